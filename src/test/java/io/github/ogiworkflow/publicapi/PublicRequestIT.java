package io.github.ogiworkflow.publicapi;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.IntegrationTest;
import io.github.ogiworkflow.calendar.OfficeTime;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/** The applicants' API over HTTP: submission, validation, idempotency, lookup, correction. */
@IntegrationTest
class PublicRequestIT {

  static final String BASE = "/api/public/requests";
  static final String VALID_ID = "11010519491231002X";

  @Autowired TestRestTemplate rest;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired PublicRateLimiter limiter;
  @Autowired io.github.ogiworkflow.letter.Letters letters;
  @Autowired io.github.ogiworkflow.register.CaseRegister cases;
  @Autowired io.github.ogiworkflow.intake.TrackingNumbers trackingNumbers;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired io.github.ogiworkflow.deadline.PauseLedger pauses;
  final ObjectMapper json = new ObjectMapper();

  /** Register rows inserted here without a process instance (counter cases). */
  private final List<String> inserted = new ArrayList<>();

  @BeforeEach
  void freshLimits() {
    limiter.reset();
  }

  /**
   * The counter rows inserted here have no process instance: once done they are set aside
   * (VOIDED), so they leave the shared context's running views (期限监控, 领导视图) as
   * ReceiptQueryCodeIT's do.
   */
  @org.junit.jupiter.api.AfterEach
  void setAsideInsertedRows() {
    inserted.forEach(n -> jdbc.update("UPDATE ogi_case SET status = 'VOIDED'"
        + " WHERE tracking_number = ?", n));
    inserted.clear();
  }

  static Map<String, Object> application() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("applicantType", "NATURAL_PERSON");
    form.put("applicantName", "李四");
    form.put("idType", "RESIDENT_ID");
    form.put("idNumber", VALID_ID);
    form.put("contactPhone", "13812345678");
    form.put("contactEmail", "lisi@example.cn");
    form.put("contactAddress", null);
    form.put("description", "2025年本局行政处罚案件统计表");
    form.put("deliveryForm", "ELECTRONIC");
    form.put("deliveryMethod", "EMAIL");
    return form;
  }

  @Test
  void aSubmissionGetsANumberAndACodeAndWaitsForTheOfficeToConfirmReceipt() throws Exception {
    ResponseEntity<String> answer = submit(application(), null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    String trackingNumber = body.path("trackingNumber").asText();
    String code = body.path("queryCode").asText();
    assertThat(trackingNumber).matches("YSQ-\\d{4}-\\d{6}");
    assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    assertThat(answer.getHeaders().getLocation()).hasToString(BASE + "/" + trackingNumber);
    assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");

    Map<String, Object> row = jdbc.queryForMap("SELECT status, channel, id_number, due_on"
        + " FROM ogi_case WHERE tracking_number = ?", trackingNumber);
    assertThat(row).containsEntry("STATUS", "SUBMITTED").containsEntry("CHANNEL", "ONLINE")
        .containsEntry("ID_NUMBER", VALID_ID);
    String storedHash = jdbc.queryForObject("SELECT code_hash FROM ogi_online_access"
        + " WHERE tracking_number = ?", String.class, trackingNumber);
    assertThat(storedHash).hasSize(64).doesNotContain(code.replace("-", ""));

    ProcessInstance instance = instanceOf(trackingNumber);
    assertThat(runtime.getActiveActivityIds(instance.getId()))
        .containsExactly(ElementIds.TASK_CONFIRM_RECEIPT);
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables).doesNotContainKey(ProcessVariables.ID_NUMBER)
        .containsEntry(ProcessVariables.ID_NUMBER_MASKED, "110***********002X")
        .containsEntry(ProcessVariables.CHANNEL, "ONLINE");
    assertThat(variables.values()).doesNotContain(VALID_ID);

    ResponseEntity<String> status = lookup(trackingNumber, code);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode state = json.readTree(status.getBody());
    assertThat(state.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(state.path("stage").asText()).isEqualTo("已提交，待确认收到");
    assertThat(state.path("dueOn").isNull()).isTrue();
    assertThat(state.path("letters")).isEmpty();
    assertThat(status.getBody()).doesNotContain(VALID_ID, "李四");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "applicantType   | <missing>            | 请选择申请人类型",
      "applicantType   | ALIEN                | 申请人类型无效",
      "applicantName   | <missing>            | 请填写申请人姓名或名称",
      "applicantName   | '   '                | 请填写申请人姓名或名称",
      "applicantName   | <101 chars>          | 不得超过 100 个字",
      "applicantName   | <control char>       | 控制字符",
      "applicantName   | <bidi override>      | 不可见字符",
      "applicantName   | <bidi isolate>       | 不可见字符",
      "applicantName   | <zero width space>   | 不可见字符",
      "description     | <zero width space>   | 不可见字符",
      "applicantName   | <number>             | 应为文本",
      "idType          | <missing>            | 请选择身份证明类型",
      "idType          | DRIVING_LICENCE      | 身份证明类型无效",
      "idType          | USCC                 | 自然人的身份证明应为居民身份证、护照或其他个人证件",
      "idNumber        | <missing>            | 请填写证件号码",
      "idNumber        | 110105194912310021   | 校验位正确",
      "idNumber        | 11010519491231002    | 校验位正确",
      "idNumber        | 11010519491331002X   | 校验位正确",
      "idNumber        | <array>              | 应为文本",
      "contactPhone    | <missing>            | 请填写联系电话",
      "contactPhone    | 12345                | 联系电话格式不正确",
      "contactEmail    | lisi@example         | 电子邮箱格式不正确",
      "contactEmail    | <missing>            | 请填写电子邮箱",
      "description     | <missing>            | 请填写所需政府信息的描述",
      "description     | <4001 chars>         | 不得超过 4000 个字",
      "deliveryForm    | <missing>            | 请选择获取信息的载体形式",
      "deliveryForm    | MICROFILM            | 获取信息的载体形式无效",
      "deliveryMethod  | PIGEON               | 获取信息的方式无效",
      "favouriteColour | blue                 | 不支持的字段"})
  void eachFieldErrorIsA400WithAChineseMessageAndWritesNothing(String field, String value,
      String message) throws Exception {
    Map<String, Object> form = application();
    switch (value) {
      case "<missing>" -> form.remove(field);
      case "<101 chars>" -> form.put(field, "张".repeat(101));
      case "<4001 chars>" -> form.put(field, "文".repeat(4001));
      case "<control char>" -> form.put(field, "李\u0007四");
      // Audit F6 f: U+202E shows "四李" for what is stored as "李四"; U+2066 and U+200B too.
      case "<bidi override>" -> form.put(field, "\u202E李四");
      case "<bidi isolate>" -> form.put(field, "李\u2066四\u2069");
      case "<zero width space>" -> form.put(field, "李\u200B四");
      case "<number>" -> form.put(field, 42);
      case "<array>" -> form.put(field, new String[] {VALID_ID});
      default -> form.put(field, value);
    }
    long before = written();

    ResponseEntity<String> answer = submit(form, null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.path("error").asText()).isEqualTo("validation failed");
    assertThat(body.path("fieldErrors").path(field).asText()).contains(message);
    assertThat(written()).isEqualTo(before);
  }

  @Test
  void anOrganisationIdentifiesWithAnOrganisationsDocument() throws Exception {
    Map<String, Object> form = application();
    form.put("applicantType", "COMMERCIAL");
    form.put("applicantName", "示范某某科技有限公司");
    long before = written();
    JsonNode errors = json.readTree(submit(form, null).getBody()).path("fieldErrors");
    assertThat(errors.path("idType").asText())
        .contains("商业企业属于法人或者其他组织，身份证明应为统一社会信用代码或其他证明文件");
    assertThat(written()).isEqualTo(before);

    form.put("idType", "USCC");
    // Audit 34a F9: a code whose check character is wrong is refused (GB 32100-2015).
    form.put("idNumber", "91350100M000100Y44");
    assertThat(json.readTree(submit(form, null).getBody()).path("fieldErrors").path("idNumber")
        .asText()).isEqualTo("统一社会信用代码校验位不正确，请核对后重新填写");
    assertThat(written()).isEqualTo(before);
    form.put("idNumber", "91350100M000100Y43");
    assertThat(submit(form, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  /** Audit 34a F9: paper cannot be sent by e-mail or fetched online; refused on the field. */
  @Test
  void paperByEmailOrOnlineIsRefused() throws Exception {
    Map<String, Object> form = application();
    form.put("deliveryForm", "PAPER");
    long before = written();
    for (String method : List.of("EMAIL", "ONLINE")) {
      form.put("deliveryMethod", method);
      assertThat(json.readTree(submit(form, null).getBody()).path("fieldErrors")
          .path("deliveryMethod").asText()).as(method).contains("纸质载体请选择自行领取或邮寄");
    }
    assertThat(written()).isEqualTo(before);
  }

  @Test
  void anAddressIsRequiredForDeliveryByPostAndOtherDocumentsAreNotChecksummed() throws Exception {
    Map<String, Object> form = application();
    form.put("deliveryMethod", "POST");
    JsonNode errors = json.readTree(submit(form, null).getBody()).path("fieldErrors");
    assertThat(errors.path("contactAddress").asText()).contains("请填写通信地址");

    form.put("contactAddress", "示范市人民路1号 100000");
    form.put("idType", "PASSPORT");
    form.put("idNumber", "E12345678");
    assertThat(submit(form, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not JSON            | application/json                | 400",
      "trailing tokens     | application/json                | 400",
      "an array            | application/json                | 400",
      "duplicate field     | application/json                | 400",
      "malformed UTF-8     | application/json                | 400",
      "empty               | application/json                | 400",
      "plain text          | text/plain                      | 415",
      "Latin-1             | application/json;charset=ISO-8859-1 | 415",
      "oversized           | application/json                | 413"})
  void badBodiesAre4xxAndWriteNothing(String kind, String contentType, int expected)
      throws Exception {
    byte[] valid = json.writeValueAsBytes(application());
    byte[] body = switch (kind) {
      case "not JSON" -> "{applicantName: 李四".getBytes(StandardCharsets.UTF_8);
      case "trailing tokens" -> (new String(valid, StandardCharsets.UTF_8) + " {}")
          .getBytes(StandardCharsets.UTF_8);
      case "an array" -> "[1, 2]".getBytes(StandardCharsets.UTF_8);
      case "duplicate field" -> "{\"applicantName\":\"李四\",\"applicantName\":\"王五\"}"
          .getBytes(StandardCharsets.UTF_8);
      case "malformed UTF-8" -> new byte[] {'{', '"', 'a', 'p', 'p', 'l', 'i', 'c', 'a', 'n',
          't', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
      case "empty" -> new byte[0];
      case "oversized" -> {
        Map<String, Object> form = application();
        form.put("description", "x".repeat(40 * 1024));
        yield json.writeValueAsBytes(form);
      }
      default -> valid;
    };
    long before = written();

    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, contentType);
    ResponseEntity<String> answer = rest.exchange(BASE, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);

    assertThat(answer.getStatusCode().value()).isEqualTo(expected);
    assertThat(json.readTree(answer.getBody()).path("message").asText()).isNotBlank();
    assertThat(written()).isEqualTo(before);
  }

  @Test
  void theSameIdempotencyKeyNeverCreatesASecondCase() throws Exception {
    String key = "retry-" + System.nanoTime();
    JsonNode first = json.readTree(submit(application(), key).getBody());
    long before = written();

    ResponseEntity<String> retry = submit(application(), key);

    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode second = json.readTree(retry.getBody());
    String trackingNumber = first.path("trackingNumber").asText();
    assertThat(second.path("trackingNumber").asText()).isEqualTo(trackingNumber);
    assertThat(second.path("replayed").asBoolean()).isTrue();
    assertThat(written()).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .count()).isOne();
    // The retry shows a fresh code (the first answer may have been lost). Coming within the
    // burst window of the first, the first still works too (either answer may be on screen).
    String newCode = second.path("queryCode").asText();
    assertThat(newCode).isNotEqualTo(first.path("queryCode").asText());
    assertThat(lookup(trackingNumber, first.path("queryCode").asText()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(lookup(trackingNumber, newCode).getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, Object> other = application();
    other.put("description", "另一份申请");
    ResponseEntity<String> reused = submit(other, key);
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(written()).isEqualTo(before);

    assertThat(submit(application(), "short").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /**
   * Audit round 25, F12 (d): four concurrent submissions with one Idempotency-Key make one case,
   * and every answer's code works, whichever of them the applicant's browser shows. A retry
   * after the burst (the answer was lost) gets a fresh code that replaces them all.
   */
  @Test
  void everyAnswerToConcurrentRetriesHoldsAWorkingCodeAndALaterRetryReplacesThem()
      throws Exception {
    String key = "burst-" + System.nanoTime();
    int clients = 4;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<ResponseEntity<String>> answers = new ArrayList<>();
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ResponseEntity<String>>> sent = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        sent.add(pool.submit(() -> {
          go.await();
          return submit(application(), key);
        }));
      }
      go.countDown();
      for (Future<ResponseEntity<String>> answer : sent) {
        answers.add(answer.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(answers).extracting(ResponseEntity::getStatusCode).containsExactlyInAnyOrder(
        HttpStatus.CREATED, HttpStatus.OK, HttpStatus.OK, HttpStatus.OK);
    Set<String> numbers = new TreeSet<>();
    Set<String> codes = new TreeSet<>();
    for (ResponseEntity<String> answer : answers) {
      JsonNode body = json.readTree(answer.getBody());
      numbers.add(body.path("trackingNumber").asText());
      codes.add(body.path("queryCode").asText());
      assertThat(body.path("replayed").asBoolean())
          .isEqualTo(answer.getStatusCode() == HttpStatus.OK);
    }
    assertThat(numbers).hasSize(1);
    String trackingNumber = numbers.iterator().next();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .count()).isOne();
    assertThat(codes).hasSize(clients);
    for (String code : codes) {
      assertThat(lookup(trackingNumber, code).getStatusCode()).as(code).isEqualTo(HttpStatus.OK);
    }

    // A retry after the burst: its code replaces every earlier one.
    jdbc.update("UPDATE ogi_online_access SET code_issued_at = ? WHERE tracking_number = ?",
        Timestamp.from(OfficeTime.now().minus(Duration.ofMinutes(10))), trackingNumber);
    ResponseEntity<String> late = submit(application(), key);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode lateBody = json.readTree(late.getBody());
    assertThat(lateBody.path("trackingNumber").asText()).isEqualTo(trackingNumber);
    String lateCode = lateBody.path("queryCode").asText();
    assertThat(codes).doesNotContain(lateCode);
    assertThat(lookup(trackingNumber, lateCode).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String code : codes) {
      assertThat(lookup(trackingNumber, code).getStatusCode()).as(code)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void wrongCodeUnknownNumberAndNoCodeLookTheSame() throws Exception {
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();

    assertThat(lookup(trackingNumber, code).getStatusCode()).isEqualTo(HttpStatus.OK);
    // Codes are read case- and dash-insensitively, from the header or the query string.
    assertThat(lookup(trackingNumber, code.replace("-", "").toLowerCase()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity(BASE + "/" + trackingNumber + "?code=" + code, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> wrongCode = lookup(trackingNumber, "AAAA-BBBB-CCCC-DDDD");
    ResponseEntity<String> unknown = lookup("YSQ-2000-999999", code);
    ResponseEntity<String> noCode = rest.getForEntity(BASE + "/" + trackingNumber, String.class);
    ResponseEntity<String> garbage = lookup("not-a-number", code);
    for (ResponseEntity<String> answer : new ResponseEntity[] {unknown, noCode, garbage}) {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).isEqualTo(wrongCode.getBody());
    }
    assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(wrongCode.getBody()).path("message").asText())
        .isEqualTo("未找到该申请，或查询码不正确");
  }

  /**
   * Audit 34a F10 (ADR 0164): until the application is ready (the demo seeding moves the engine
   * clock in a runner while Tomcat already serves), and while it shuts down, the public API
   * answers 503 in Chinese and writes nothing.
   */
  @Test
  void beforeTheApplicationIsReadyThePublicApiTakesNothing() throws Exception {
    long before = written();
    org.springframework.boot.availability.AvailabilityChangeEvent.publish(context,
        org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC);
    try {
      ResponseEntity<String> refused = submit(application(), null);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(json.readTree(refused.getBody()).path("message").asText())
          .isEqualTo("系统正在启动，请稍后再试");
      assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("30");
      assertThat(written()).isEqualTo(before);
      assertThat(lookup("YSQ-2026-000001", "AAAA-BBBB-CCCC-DDDD").getStatusCode())
          .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    } finally {
      org.springframework.boot.availability.AvailabilityChangeEvent.publish(context,
          org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(submit(application(), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  /**
   * Audit round 26, F6: once the correction period in the register has ended with no correction
   * in, the page says so (the office is confirming 视为放弃), not "补正材料已收到"; a late online
   * correction is refused in the same words. With the timer fired early (the period still
   * running), the page claims neither.
   */
  @Test
  void theStatusPageSaysWhenTheCorrectionPeriodRanOutWithoutACorrection() throws Exception {
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    String confirm = task(trackingNumber, ElementIds.TASK_CONFIRM_RECEIPT);
    tasks.complete(confirm, Map.of("receiptConfirmed", true,
        "idNumberMasked", tasks.getVariable(confirm, "idNumberMasked")));
    EngineRest.runJobs(management);
    tasks.complete(task(trackingNumber, TASK_CHECK_COMPLETENESS), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "CORRECTION",
        ProcessVariables.CORRECTION_POINTS, "请写明所需信息的文号。"));
    EngineRest.runJobs(management);
    LocalDate dueOn = jdbc.queryForObject("SELECT correction_due_on FROM ogi_case"
        + " WHERE tracking_number = ?", java.sql.Date.class, trackingNumber).toLocalDate();
    ProcessInstance instance = instanceOf(trackingNumber);
    management.executeJob(management.createJobQuery().timers().processInstanceId(instance.getId())
        .activityId(ElementIds.TIMER_CORRECTION_DEADLINE).singleResult().getId());
    JsonNode early = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(early.path("stage").asText()).isEqualTo("本机关正在核实补正情况");
    try {
      io.github.ogiworkflow.support.EngineClock.at(dueOn.plusDays(1));
      JsonNode over = json.readTree(lookup(trackingNumber, code).getBody());
      assertThat(over.path("stage").asText()).isEqualTo("补正期限已届满，本机关正在确认是否视为放弃申请");
      assertThat(over.path("awaitingSupplement").asBoolean()).isFalse();
      ResponseEntity<String> late = supplement(trackingNumber, code, "所需文件为示市监〔2025〕1号");
      assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(json.readTree(late.getBody()).path("message").asText())
          .contains("补正期限已届满，本机关正在确认是否视为放弃申请").doesNotContain("已经提交");
    } finally {
      io.github.ogiworkflow.support.EngineClock.reset();
    }
  }

  /**
   * Audit 34a F7 (ADR 0158): a second, identical submission could only be confirmed as a
   * received request. Over /engine-rest, as Tasklist sends it: 不予确认 without a reason is a
   * 400 naming the field in Chinese; with kind DUPLICATE, the first's number and a reason it
   * ends the submission unreceived; the applicant's page and receipt say so in Chinese, with no
   * receipt date and no reply date.
   */
  @Test
  void theOfficeDeclinesToConfirmADuplicateSubmission() throws Exception {
    String first = json.readTree(submit(application(), null).getBody())
        .path("trackingNumber").asText();
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String second = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    String confirm = task(second, ElementIds.TASK_CONFIRM_RECEIPT);
    String decline = "\"receiptDecision\":{\"value\":\"NOT_CONFIRM\",\"type\":\"String\"},"
        + "\"notConfirmedKind\":{\"value\":\"DUPLICATE\",\"type\":\"String\"},"
        + "\"notConfirmedDuplicateOf\":{\"value\":\"" + first + "\",\"type\":\"String\"}";
    ResponseEntity<String> noReason = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + confirm + "/submit-form", "{\"variables\":{" + decline + "}}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("notConfirmedReason").contains("不予确认的理由");
    assertThat(jdbc.queryForObject("SELECT status FROM ogi_case WHERE tracking_number = ?",
        String.class, second)).isEqualTo("SUBMITTED");

    ResponseEntity<String> declined = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + confirm + "/submit-form", "{\"variables\":{" + decline
            + ",\"notConfirmedReason\":{\"value\":\"与先前提交的申请完全相同\",\"type\":\"String\"}}}");
    assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instanceOf(second)).isNull();
    assertThat(jdbc.queryForMap("SELECT status, not_confirmed_by, not_confirmed_duplicate_of"
        + " FROM ogi_case WHERE tracking_number = ?", second)).containsValues("NOT_CONFIRMED",
        "wangli", first);

    JsonNode status = json.readTree(lookup(second, code).getBody());
    assertThat(status.path("status").asText()).isEqualTo("NOT_CONFIRMED");
    assertThat(status.path("stage").asText()).contains("不予确认", "同一申请重复提交", first,
        "与先前提交的申请完全相同", "不出具受理回执").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(status.path("receivedOn").isNull()).isTrue();
    assertThat(status.path("dueOn").isNull()).isTrue();
    assertThat(status.path("dueText").isNull()).isTrue();
    String receipt = Http.withQueryCode(rest, BASE + "/" + second + "/receipt", code).getBody();
    assertThat(receipt).contains("网上提交不予确认").doesNotContain("受理回执</h1>", "收到并登记");

    // Session 37 (ADR 0184): online withdrawal of it answers that nothing is to be withdrawn
    // (409, in Chinese), writes nothing, and the page offers no withdrawal.
    assertThat(status.path("mayWithdraw").asBoolean()).isFalse();
    HttpHeaders withdrawing = new HttpHeaders();
    withdrawing.setContentType(MediaType.APPLICATION_JSON);
    withdrawing.set("X-Query-Code", code);
    ResponseEntity<String> withdrawal = rest.exchange(BASE + "/" + second + "/withdrawal",
        HttpMethod.POST, new HttpEntity<>("{\"confirmation\":\"确认撤回\",\"reason\":\"不再需要\"}",
            withdrawing), String.class);
    assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(withdrawal.getBody()).path("message").asText())
        .startsWith("该申请未予确认").contains("没有需要撤回的申请");
    assertThat(jdbc.queryForMap("SELECT status, withdrawn_on FROM ogi_case"
        + " WHERE tracking_number = ?", second)).containsEntry("STATUS", "NOT_CONFIRMED")
        .containsEntry("WITHDRAWN_ON", null);
  }

  /**
   * Audit 34a F3 (ADR 0158): a lost query code could never be replaced. The office reissues one
   * (identity checked, else 400 on the field): the new code works, every earlier one stops, the
   * reissue is logged with who and when; a counter case has none (409), an unknown number 404,
   * legal may not (403).
   */
  /**
   * Audit 34a F7 (ADR 0158's open point): before confirming, the office's applicant page (linked
   * from 确认收到网上申请) names the same identity's other submissions never received, so a
   * duplicate is declined naming its number; a confirmed one is no longer listed.
   */
  @Test
  void theApplicantPageNamesTheSameIdentitysOtherUnconfirmedSubmissions() throws Exception {
    Map<String, Object> form = application();
    form.put("idNumber", "110101199003074477");
    form.put("description", "2024年本局食品抽检结果汇总表");
    String first = json.readTree(submit(form, null).getBody()).path("trackingNumber").asText();
    form.put("description", "2024年本局食品抽检结果汇总表（再次提交）");
    String second = json.readTree(submit(form, null).getBody()).path("trackingNumber").asText();

    String page = Http.get(rest, "/cases/" + second + "/applicant", "wangli", null).getBody();
    assertThat(page).contains("同一证件号码的其他网上提交", first + "（", "提交，待确认）：2024年本局食品抽检结果汇总表")
        .doesNotContain(second + "（");
    assertThat(Http.get(rest, "/cases/" + first + "/applicant", "wangli", null).getBody())
        .contains(second + "（");
    // Another identity's page names neither.
    assertThat(Http.get(rest, "/cases/" + json.readTree(submit(application(), null).getBody())
        .path("trackingNumber").asText() + "/applicant", "wangli", null).getBody())
        .doesNotContain(first, second);

    confirmReceiptInTasklist(first);
    assertThat(Http.get(rest, "/cases/" + second + "/applicant", "wangli", null).getBody())
        .doesNotContain(first).doesNotContain("同一证件号码的其他网上提交");
  }

  @Test
  void theOfficeReissuesALostQueryCodeAndTheOldOneStopsWorking() throws Exception {
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String trackingNumber = submitted.path("trackingNumber").asText();
    String oldCode = submitted.path("queryCode").asText();
    String path = "/api/cases/" + trackingNumber + "/query-code";

    ResponseEntity<String> unchecked = Http.asUser(rest, "wangli", HttpMethod.POST, path, "{}");
    assertThat(unchecked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unchecked.getBody()).path("message").asText())
        .contains("已核对申请人身份");
    assertThat(lookup(trackingNumber, oldCode).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, path, "{\"identityChecked\":true}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    JsonNode answer = issuedCode(path);
    String newCode = answer.path("queryCode").asText();
    assertThat(newCode).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}").isNotEqualTo(oldCode);
    assertThat(answer.path("message").asText()).contains("原查询码已失效", "仅显示这一次");
    assertThat(lookup(trackingNumber, oldCode).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(lookup(trackingNumber, newCode).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForList("SELECT user_id FROM ogi_personal_data_access"
        + " WHERE tracking_number = ? AND purpose = 'QUERY_CODE_REISSUED'", String.class,
        trackingNumber)).containsExactly("wangli");

    String counter = trackingNumbers.next(LocalDate.now().getYear());
    cases.insert(new io.github.ogiworkflow.register.CaseRegister.NewCase(counter, null,
        "IN_PERSON", "NATURAL_PERSON", "赵六", "RESIDENT_ID", VALID_ID, "13812345678", null,
        null, "柜台申请", "PAPER", "PICK_UP", LocalDate.now(), LocalDate.now().plusDays(30)));
    inserted.add(counter);
    ResponseEntity<String> counterCode = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + counter + "/query-code", "{\"identityChecked\":true}");
    assertThat(counterCode.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_online_access"
        + " WHERE tracking_number = ?", Integer.class, counter)).isZero();
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/api/cases/YSQ-2000-999999/query-code",
        "{\"identityChecked\":true}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /**
   * Audit 34a F3, ADR 0170: the office issues a query code for a counter (or post) request after
   * checking the applicant's identity. The code is shown once (no-store), opens the status page
   * and the downloads, not the online 补正/说明理由 (409 in Chinese), and leaves the case no
   * online case (no ogi_online_access row). A second issue makes the first code stop working;
   * each issue is logged with who did it.
   */
  @Test
  void theOfficeIssuesAQueryCodeForACounterCaseThatOnlyLooksItUp() throws Exception {
    String counter = trackingNumbers.next(LocalDate.now().getYear());
    cases.insert(new io.github.ogiworkflow.register.CaseRegister.NewCase(counter, null,
        "IN_PERSON", "NATURAL_PERSON", "赵六", "RESIDENT_ID", VALID_ID, "13812345678", null,
        null, "柜台申请的政府信息", "PAPER", "PICK_UP", LocalDate.now(),
        LocalDate.now().plusDays(30)));
    inserted.add(counter);
    String path = "/api/cases/" + counter + "/query-code";
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, path, "{}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, path, "{\"identityChecked\":true}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    JsonNode answer = issuedCode(path);
    String first = answer.path("queryCode").asText();
    assertThat(first).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    assertThat(answer.path("message").asText()).contains("当面或邮寄申请", "仅显示这一次");

    ResponseEntity<String> status = lookup(counter, first);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(status.getBody()).path("trackingNumber").asText())
        .isEqualTo(counter);
    assertThat(Http.withQueryCode(rest, BASE + "/" + counter + "/downloads", first)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> correction = supplement(counter, first, "补充说明所需信息的名称");
    assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(correction.getBody()).path("message").asText())
        .contains("当面或邮寄提交", "书面形式");
    assertThat(reasons(counter, first, "理由").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(lookup(counter, "AAAA-BBBB-CCCC-DDDD").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    String second = json.readTree(Http.asUser(rest, "wangli", HttpMethod.POST, path,
        "{\"identityChecked\":true}").getBody()).path("queryCode").asText();
    assertThat(second).isNotEqualTo(first);
    assertThat(lookup(counter, first).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(lookup(counter, second).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Not an online case anywhere: the online marker stays absent, the channel unchanged.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_online_access"
        + " WHERE tracking_number = ?", Integer.class, counter)).isZero();
    assertThat(jdbc.queryForObject("SELECT channel FROM ogi_case WHERE tracking_number = ?",
        String.class, counter)).isEqualTo("IN_PERSON");
    assertThat(jdbc.queryForList("SELECT user_id FROM ogi_personal_data_access"
        + " WHERE tracking_number = ? AND purpose = 'QUERY_CODE_ISSUED'", String.class,
        counter)).containsExactly("wangli", "wangli");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_office_query_code"
        + " WHERE tracking_number = ?", Integer.class, counter)).isEqualTo(1);
  }

  /**
   * ADR 0170: a case without an online access row (here an online one whose rows are removed,
   * standing for a counter case at 补正) that waits for a correction: with the office's code the
   * status page does not offer the online correction, and the correction is refused (409).
   */
  @Test
  void aCounterCodeHolderIsNotOfferedTheOnlineCorrection() throws Exception {
    JsonNode asked = askedToCorrect();
    String trackingNumber = asked.path("trackingNumber").asText();
    jdbc.update("DELETE FROM ogi_online_access_code WHERE tracking_number = ?", trackingNumber);
    jdbc.update("DELETE FROM ogi_online_access WHERE tracking_number = ?", trackingNumber);
    String code = json.readTree(Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + trackingNumber + "/query-code", "{\"identityChecked\":true}").getBody())
        .path("queryCode").asText();
    ResponseEntity<String> status = lookup(trackingNumber, code);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(status.getBody()).path("awaitingSupplement").asBoolean()).isFalse();
    // The running case's void forms are told of the code (ADR 0180), by the server, whatever
    // the office's grants on the engine.
    assertThat((String) runtime.getVariable(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber).singleResult().getId(),
        "voidQueryCodeNotice")).startsWith("已为本申请出具查询码（");
    assertThat(supplement(trackingNumber, code, "补充说明").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  /**
   * Audit 34a F6, ADR 0163: asked to explain reasons (Art. 35), the online applicant gives them
   * on the page with the query code, once, while the office waits for them. The register keeps
   * the text whole with the day received; the engine shows it masked on the office's task beside
   * that day; the case page lists it masked, the applicant page whole; the office's assessment
   * takes it as reasons given that day. A correction sent meanwhile is pointed to the reasons.
   */
  @Test
  void anApplicantAskedForReasonsGivesThemOnlineOnceAndTheOfficeAssessesThem() throws Exception {
    JsonNode submitted = askedForReasons("申请人近一个月共提出政府信息公开申请45件");
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    JsonNode asked = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(asked.path("stage").asText()).startsWith("待说明理由");
    assertThat(asked.path("awaitingReasons").asBoolean()).isTrue();

    ResponseEntity<String> correction = supplement(trackingNumber, code, "我申请系为应对行政诉讼所需");
    assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(correction.getBody()).path("message").asText())
        .contains("需要说明理由", "“说明理由”栏").doesNotContain("不需要补正");

    assertThat(reasons(trackingNumber, "AAAA-BBBB-CCCC-DDDD", "x").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> blank = reasons(trackingNumber, code, "   ");
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(blank.getBody()).path("fieldErrors").path("text").asText())
        .isEqualTo("请填写说明的理由");
    String given = "我公司申请系为应对行政诉讼所需，联系电话13900001111。";
    ResponseEntity<String> accepted = reasons(trackingNumber, code, given);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String today = OfficeTime.today().toString();
    assertThat(json.readTree(accepted.getBody()).path("reasonsReceivedOn").asText())
        .isEqualTo(today);
    assertThat(json.readTree(accepted.getBody()).path("message").asText())
        .contains("收到日期为" + CaseLetters.chinese(OfficeTime.today()))
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    // The register: whole, with the day; the engine: masked, the day on the task's form.
    assertThat(jdbc.queryForMap("SELECT online_text, online_received_on, decision FROM"
        + " ogi_reasons_request WHERE tracking_number = ?", trackingNumber))
        .containsEntry("ONLINE_TEXT", given)
        .containsEntry("ONLINE_RECEIVED_ON", java.sql.Date.valueOf(today))
        .containsEntry("DECISION", null);
    String assess = task(trackingNumber, ElementIds.TASK_ASSESS_REASONS);
    assertThat(String.valueOf(tasks.getVariable(assess, ProcessVariables.REASONS_ONLINE_TEXT)))
        .startsWith("我公司申请系为应对行政诉讼所需").doesNotContain("13900001111");
    assertThat(tasks.getVariable(assess, ProcessVariables.REASONS_RECEIVED_ON)).isEqualTo(today);

    ResponseEntity<String> again = reasons(trackingNumber, code, "再补充一点");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).path("message").asText()).contains("不能重复提交");
    JsonNode received = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(received.path("awaitingReasons").asBoolean()).isFalse();
    assertThat(received.path("stage").asText()).isEqualTo("说明的理由已收到（"
        + CaseLetters.chinese(OfficeTime.today()) + "网上提交），本机关正在审查");

    // The office: masked on the case page, whole on the applicant page.
    JsonNode casePage = json.readTree(Http.get(rest, "/api/ledger/cases/" + trackingNumber,
        "wangli", null).getBody());
    assertThat(casePage.path("onlineReasons")).singleElement().satisfies(row -> {
      assertThat(row.path("receivedOn").asText()).isEqualTo(today);
      assertThat(row.path("inTime").asBoolean()).isTrue();
      assertThat(row.path("text").asText()).startsWith("我公司申请系为应对行政诉讼所需")
          .doesNotContain("13900001111");
    });
    assertThat(Http.get(rest, "/cases/" + trackingNumber + "/applicant", "wangli", null)
        .getBody()).contains("网上说明的理由", "13900001111");

    // Tasklist's form sends the shown day back with the office's finding.
    ResponseEntity<String> assessed = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + assess + "/submit-form", "{\"variables\":{"
            + "\"reasonsDecision\":{\"value\":\"ACCEPTED\",\"type\":\"String\"},"
            + "\"reasonsReceivedOn\":{\"value\":\"" + today + "\",\"type\":\"String\"},"
            + "\"reasonsAssessment\":{\"value\":\"理由合理。\",\"type\":\"String\"}}}");
    assertThat(assessed.getStatusCode()).as(assessed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    EngineRest.runJobs(management);
    assertThat(jdbc.queryForMap("SELECT decision, answered_on FROM ogi_reasons_request WHERE"
        + " tracking_number = ?", trackingNumber)).containsEntry("DECISION", "ACCEPTED")
        .containsEntry("ANSWERED_ON", java.sql.Date.valueOf(today));
    assertThat(runtime.getActiveActivityIds(instanceOf(trackingNumber).getId()))
        .contains(ElementIds.TASK_SEARCH_AND_SPLIT);
    ResponseEntity<String> late = reasons(trackingNumber, code, "再补充一点");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(lookup(trackingNumber, code).getBody()).path("stage").asText())
        .doesNotContain("说明理由", "说明的理由");
  }

  /** Reasons are taken only while asked: before, the answer says none are needed. */
  @Test
  void reasonsAreRefusedWhileNoneAreAsked() throws Exception {
    JsonNode submitted = foundCompleteAfterApplying();
    String trackingNumber = submitted.path("trackingNumber").asText();
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_reasons_request", Long.class);
    ResponseEntity<String> sent = reasons(trackingNumber, submitted.path("queryCode").asText(),
        "我申请系为应对行政诉讼所需");
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(sent.getBody()).path("message").asText())
        .isEqualTo("该申请当前不需要说明理由");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_reasons_request", Long.class))
        .isEqualTo(before);
  }

  @Test
  void aCorrectionIsAcceptedOnlyWhileTheCaseWaitsForOne() throws Exception {
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    assertThat(supplement(trackingNumber, code, "补充：文号为示市监〔2025〕1号").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // The office confirms receipt in Tasklist (the form sends the read-only number back).
    String confirm = task(trackingNumber, ElementIds.TASK_CONFIRM_RECEIPT);
    Object shownNumber = tasks.getVariable(confirm, "idNumberMasked");
    assertThat(String.valueOf(shownNumber)).doesNotContain(VALID_ID.substring(6, 14));
    ResponseEntity<String> confirmed = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + confirm + "/submit-form", "{\"variables\":{"
            + "\"receiptConfirmed\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"idNumberMasked\":{\"value\":\"" + shownNumber + "\",\"type\":\"String\"}}}");
    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ProcessInstance instance = instanceOf(trackingNumber);
    assertThat(runtime.getVariables(instance.getId())).doesNotContainKey(ProcessVariables.ID_NUMBER);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(ProcessVariables.ID_NUMBER).includeDeleted().count()).isZero();
    JsonNode registered = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(registered.path("stage").asText()).isEqualTo("已受理，正在审查申请内容");
    assertThat(registered.path("dueOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    // The page's text is the date, marked 暂算 exactly when it rests on a year without the
    // holiday notice (as DeadlineTexts marks it for staff).
    // Audit 34a F5: the page writes dates as the receipt and letters do (2027年1月6日).
    assertThat(registered.path("dueText").asText()).startsWith(io.github.ogiworkflow.letter
        .CaseLetters.chinese(LocalDate.parse(registered.path("dueOn").asText())));
    assertThat(registered.path("receivedOnText").asText()).isEqualTo(io.github.ogiworkflow.letter
        .CaseLetters.chinese(LocalDate.parse(registered.path("receivedOn").asText())));
    assertThat(registered.path("dueText").asText() + registered.path("receivedOnText").asText())
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(registered.path("dueText").asText().contains("（暂算："))
        .isEqualTo(registered.path("dueProvisional").asBoolean());

    tasks.complete(task(trackingNumber, TASK_CHECK_COMPLETENESS), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "CORRECTION",
        ProcessVariables.CORRECTION_POINTS, "请写明所需信息的文号。"));
    EngineRest.runJobs(management);
    JsonNode waiting = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(waiting.path("awaitingSupplement").asBoolean()).isTrue();
    assertThat(waiting.path("stage").asText()).startsWith("需要补正");
    // The clock waits for the correction (Art. 30): no reply date until it arrives.
    assertThat(waiting.path("dueOn").isNull()).isTrue();
    assertThat(waiting.path("dueProvisional").asBoolean()).isFalse();
    assertThat(waiting.path("dueText").asText()).isEqualTo("补正后重新计算");
    assertThat(waiting.path("letters")).singleElement().satisfies(letter -> {
      assertThat(letter.path("kind").asText()).isEqualTo("CORRECTION_NOTICE");
      assertThat(letter.path("text").asText()).contains("请写明所需信息的文号");
      // The letter as issued (audit 32a, F5): its 文号, not the internal tracking number, the
      // signature with the seal, the 成文日期 and the office's contact.
      String number = letter.path("documentNumber").asText();
      assertThat(number).matches(".+补〔\\d{4}〕\\d+号");
      assertThat(letter.path("text").asText()).contains(number)
          .doesNotContain(trackingNumber).contains("（印章）").contains("联系人：")
          .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
    });

    assertThat(supplement(trackingNumber, "AAAA-BBBB-CCCC-DDDD", "x").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(supplement(trackingNumber, code, "  ").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> accepted = supplement(trackingNumber, code, "文号为示市监〔2025〕1号");
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(runtime.getActiveActivityIds(instance.getId()))
        .containsExactly("Task_AssessOnlineSupplement");
    assertThat(runtime.getVariable(instance.getId(), ProcessVariables.SUPPLEMENT_TEXT))
        .isEqualTo("文号为示市监〔2025〕1号");
    assertThat(runtime.getVariable(instance.getId(), ProcessVariables.SUPPLEMENT_RECEIVED_ON))
        .isEqualTo(json.readTree(accepted.getBody()).path("supplementReceivedOn").asText());
    // The applicant reads the date in the sentence as a letter prints it, not as 2026-03-05.
    assertThat(json.readTree(accepted.getBody()).path("message").asText())
        .contains("收到日期为" + CaseLetters.chinese(LocalDate.parse(
            json.readTree(accepted.getBody()).path("supplementReceivedOn").asText())) + "。")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

    assertThat(supplement(trackingNumber, code, "再补充一次").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(lookup(trackingNumber, code).getBody()).path("stage").asText())
        .isEqualTo("补正材料已收到，正在审查");
  }

  /**
   * An online application confirmed by the office and found complete; answers the submission
   * (its tracking number and query code).
   */
  private JsonNode foundCompleteAfterApplying() throws Exception {
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String trackingNumber = submitted.path("trackingNumber").asText();
    confirmReceiptInTasklist(trackingNumber);
    tasks.complete(task(trackingNumber, TASK_CHECK_COMPLETENESS), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "COMPLETE"));
    EngineRest.runJobs(management);
    return submitted;
  }

  /** The office confirms receipt as Tasklist's form does (it sends the shown number back). */
  private void confirmReceiptInTasklist(String trackingNumber) {
    String confirm = task(trackingNumber, ElementIds.TASK_CONFIRM_RECEIPT);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + confirm + "/submit-form", "{\"variables\":{"
            + "\"receiptConfirmed\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"idNumberMasked\":{\"value\":\"" + tasks.getVariable(confirm, "idNumberMasked")
            + "\",\"type\":\"String\"}}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * Audit 31b, F4: while a consultation (or an unpaid fee) stops the reply clock, the status
   * page promises no date the pause will move: it says the time is not counted and the date
   * moves, as it says 补正后重新计算 while a correction is awaited.
   */
  @Test
  void whileTheClockIsPausedThePageGivesNoFixedDate() throws Exception {
    JsonNode submitted = foundCompleteAfterApplying();
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    assertThat(json.readTree(lookup(trackingNumber, code).getBody()).path("dueOn").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}");
    tasks.complete(task(trackingNumber, ElementIds.TASK_SEARCH_AND_SPLIT), Map.of(
        ProcessVariables.ITEMS, io.github.ogiworkflow.request.RequestScenario.items(
            io.github.ogiworkflow.request.RequestScenario.item("某公司行政处罚决定书", "HELD",
                "thirdParty", true, "thirdPartyName", "示范市某某贸易有限公司"))));
    EngineRest.runJobs(management);

    JsonNode paused = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(paused.path("dueOn").isNull()).isTrue();
    assertThat(paused.path("dueProvisional").asBoolean()).isFalse();
    // Audit 35a F7: which pause and since when, not the sentence a fee notice reads too.
    assertThat(paused.path("dueText").asText()).isEqualTo("计时暂停：正在征求第三方意见（自"
        + io.github.ogiworkflow.letter.CaseLetters.chinese(pauses.pausesOf(trackingNumber).get(0)
            .startedOn()) + "起），征求意见的期间不计入答复期限，答复期限届时相应顺延");
    // And the stage says what the case waits for, not a bare 正在办理.
    assertThat(paused.path("stage").asText()).isEqualTo("正在办理：正在征求第三方意见");
  }

  /**
   * Audit 34a F11: while a served fee notice is unpaid, the page states the amount and the last
   * day to pay (missing it closes the case as 6.2), as the register holds them; nothing once
   * paid. The notice is written as the fee step leaves it after 登记收费通知送达.
   */
  @Test
  void anUnpaidServedFeeShowsItsAmountAndLastDay() throws Exception {
    JsonNode submitted = foundCompleteAfterApplying();
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    LocalDate served = io.github.ogiworkflow.calendar.OfficeTime.today();
    LocalDate due = served.plusDays(28);
    jdbc.update("INSERT INTO ogi_fee_notice (tracking_number, issued_on, amount, created_at,"
        + " served_on, due_on) VALUES (?, ?, 1700.00, CURRENT_TIMESTAMP, ?, ?)", trackingNumber,
        java.sql.Date.valueOf(served), java.sql.Date.valueOf(served), java.sql.Date.valueOf(due));

    String fee = json.readTree(lookup(trackingNumber, code).getBody()).path("feeText").asText();
    assertThat(fee).startsWith("1700元，请于" + io.github.ogiworkflow.letter.CaseLetters.chinese(due))
        .contains("收费通知书于" + io.github.ogiworkflow.letter.CaseLetters.chinese(served) + "送达");

    jdbc.update("UPDATE ogi_fee_notice SET paid_on = ? WHERE tracking_number = ?",
        java.sql.Date.valueOf(served), trackingNumber);
    assertThat(json.readTree(lookup(trackingNumber, code).getBody()).path("feeText").isNull())
        .isTrue();
  }

  /**
   * Audit 34a F11 (stage): from the fee notice's issue the page shows the notice and the paused
   * clock, so the stage says the fee is awaited (not 正在办理) before the office records the
   * notice's service as after; once paid, the case is handled again.
   */
  @Test
  void fromTheFeeNoticesIssueTheStageSaysTheFeeIsAwaited() throws Exception {
    JsonNode submitted = feeNoticeIssued();
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();

    JsonNode issued = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(issued.path("letters").findValuesAsText("kind")).contains("FEE_NOTICE");
    assertThat(issued.path("dueText").asText()).isEqualTo(OnlineIntake.PAUSED);
    assertThat(issued.path("stage").asText()).as(issued.toString())
        .isEqualTo(OnlineIntake.AWAITING_PAYMENT);

    String today = OfficeTime.today().toString();
    tasks.complete(task(trackingNumber, ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE), Map.of(
        ProcessVariables.FEE_NOTICE_SERVED_ON, today));
    JsonNode served = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(served.path("stage").asText()).isEqualTo(OnlineIntake.AWAITING_PAYMENT);
    assertThat(served.path("feeText").asText()).startsWith("1700元");

    tasks.complete(task(trackingNumber, ElementIds.TASK_RECORD_PAYMENT), Map.of(
        ProcessVariables.FEE_PAID_ON, today));
    EngineRest.runJobs(management);
    JsonNode paid = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(paid.path("stage").asText()).isEqualTo(OnlineIntake.IN_HANDLING);
    assertThat(paid.path("feeText").isNull()).isTrue();
    assertThat(paid.path("dueText").asText()).isNotEqualTo(OnlineIntake.PAUSED);
  }

  /**
   * A lookup reads the case's register row once, whatever the stage (it read it four to six
   * times: the case, its correction notice and ordered date, the withdrawal, 不予确认, delivery),
   * counted with H2's query statistics over the statements that read {@code ogi_case}. The
   * seven answers were compared byte for byte before and after the change (session 35).
   */
  @Test
  void aLookupReadsTheCaseRowOnce() throws Exception {
    Map<String, JsonNode> cases = new LinkedHashMap<>();
    JsonNode first = json.readTree(submit(application(), null).getBody());
    cases.put("submitted", first);
    cases.put("running", foundCompleteAfterApplying());
    cases.put("correction", askedToCorrect());
    cases.put("reasons", askedForReasons("您近一个月共提出政府信息公开申请120件"));
    cases.put("fee", feeNoticeIssued());
    JsonNode answered = foundCompleteAfterApplying();
    cases.put("answered", answered);
    JsonNode declined = json.readTree(submit(application(), null).getBody());
    cases.put("notConfirmed", declined);
    String number = answered.path("trackingNumber").asText();
    answeredInPersonToday(number);
    String second = declined.path("trackingNumber").asText();
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/"
        + task(second, ElementIds.TASK_CONFIRM_RECEIPT) + "/submit-form", "{\"variables\":{"
        + "\"receiptDecision\":{\"value\":\"NOT_CONFIRM\",\"type\":\"String\"},"
        + "\"notConfirmedKind\":{\"value\":\"DUPLICATE\",\"type\":\"String\"},"
        + "\"notConfirmedDuplicateOf\":{\"value\":\"" + first.path("trackingNumber").asText()
        + "\",\"type\":\"String\"},"
        + "\"notConfirmedReason\":{\"value\":\"与先前提交的申请完全相同\",\"type\":\"String\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    cases.forEach((stage, submitted) -> {
      var answer = new java.util.concurrent.atomic.AtomicReference<ResponseEntity<String>>();
      // H2 counts every session's statements: the fewest of three lookups, so that a scheduler
      // reading the register at the same moment is not counted as the page's.
      long reads = java.util.stream.IntStream.range(0, 3).mapToLong(attempt -> caseRowReads(
          () -> answer.set(lookup(submitted.path("trackingNumber").asText(),
              submitted.path("queryCode").asText())))).min().orElseThrow();
      assertThat(answer.get().getStatusCode()).as(stage).isEqualTo(HttpStatus.OK);
      assertThat(reads).as(stage).isEqualTo(1);
    });
  }

  /** Statements reading {@code ogi_case} (not {@code ogi_case_pause} and the like). */
  static final java.util.regex.Pattern CASE_ROW_READ =
      java.util.regex.Pattern.compile("(?i)\\b(from|join)\\s+ogi_case\\b");

  /** How often {@code action} reads the register's case rows, by H2's query statistics. */
  private long caseRowReads(Runnable action) {
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    try {
      action.run();
      return jdbc.queryForList("SELECT SQL_STATEMENT, EXECUTION_COUNT"
          + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS").stream()
          .filter(row -> CASE_ROW_READ.matcher((String) row.get("SQL_STATEMENT")).find())
          .mapToLong(row -> ((Number) row.get("EXECUTION_COUNT")).longValue()).sum();
    } finally {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
  }

  /** Audit 32a F9: once answered, the page names no reply deadline any more. */
  @Test
  void anAnsweredRequestShowsNoReplyDeadline() throws Exception {
    JsonNode submitted = foundCompleteAfterApplying();
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    answeredInPersonToday(trackingNumber);

    JsonNode answered = json.readTree(lookup(trackingNumber, code).getBody());
    assertThat(answered.path("stage").asText()).isEqualTo("已答复");
    assertThat(answered.path("dueOn").isNull()).isTrue();
    assertThat(answered.path("dueText").isNull()).as(answered.toString()).isTrue();
    // Audit 34a F2: when and how the reply was served, which starts the appeal periods.
    assertThat(answered.path("deliveredOnText").asText()).isEqualTo(io.github.ogiworkflow.letter
        .CaseLetters.chinese(io.github.ogiworkflow.calendar.OfficeTime.today()));
    assertThat(answered.path("deliveredByText").asText()).isEqualTo("当面送达");
    assertThat(answered.path("letters")).isNotEmpty().allSatisfy(letter ->
        assertThat(letter.path("issuedOnText").asText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日"));
  }

  /**
   * The status page shows every letter addressed to the applicant: the 说明理由通知书 (Art. 35)
   * as the process sends it, and of one letter of each kind on record, exactly the applicant's
   * (延迟答复告知书, 延长补正期限告知书, 延长缴费期限告知书 among them), never a consultation
   * letter, the secrecy referral or an appeal answer.
   */
  @Test
  void theApplicantSeesEveryLetterAddressedToThemOnline() throws Exception {
    JsonNode submitted = askedForReasons("您近一个月共提出政府信息公开申请120件");
    String trackingNumber = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    // The case waits on the applicant's reasons: the page says so (audit 32a, F9).
    assertThat(json.readTree(lookup(trackingNumber, code).getBody()).path("stage").asText())
        .isEqualTo("待说明理由：请按说明理由通知书在期限内说明理由");
    assertThat(json.readTree(lookup(trackingNumber, code).getBody()).path("letters"))
        .singleElement().satisfies(letter -> {
          assertThat(letter.path("kind").asText()).isEqualTo("REASONS_REQUEST");
          assertThat(letter.path("title").asText()).isEqualTo("说明理由通知书");
          assertThat(letter.path("text").asText()).contains("您近一个月共提出政府信息公开申请120件");
        });

    for (io.github.ogiworkflow.letter.LetterKind kind
        : io.github.ogiworkflow.letter.LetterKind.values()) {
      if (kind != io.github.ogiworkflow.letter.LetterKind.REASONS_REQUEST) {
        letters.keep(trackingNumber, kind, kind.title() + "正文");
      }
    }
    Set<String> shown = new TreeSet<>();
    json.readTree(lookup(trackingNumber, code).getBody()).path("letters")
        .forEach(letter -> shown.add(letter.path("kind").asText()));
    assertThat(shown).containsExactlyInAnyOrder("CORRECTION_NOTICE",
        "CORRECTION_EXTENSION_NOTICE", "REASONS_REQUEST", "DELAYED_REPLY_NOTICE",
        "EXTENSION_NOTICE", "FEE_NOTICE", "FEE_EXTENSION_NOTICE", "FEE_CORRECTION_NOTICE",
        "FEE_WITHDRAWAL_NOTICE", "TERMINATION_NOTICE", "REPLY");
  }

  @Test
  void tooManyRequestsFromOneClientAreRefusedWith429() throws Exception {
    ResponseEntity<String> answer = null;
    int sent = 0;
    while (sent < limiter.capacity() * 3) {
      answer = lookup("YSQ-2000-000001", "AAAA-BBBB-CCCC-DDDD");
      sent++;
      if (answer.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
        break;
      }
    }
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(sent).isGreaterThan(limiter.capacity());
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("60");
    assertThat(json.readTree(answer.getBody()).path("message").asText()).contains("请求过于频繁");
    limiter.reset();
    assertThat(lookup("YSQ-2000-000001", "AAAA-BBBB-CCCC-DDDD").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void thePageAndTheApiDescriptionAreServedAndTheEngineStaysClosed() {
    ResponseEntity<String> page = rest.getForEntity("/public/index.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("lang=\"zh-CN\"", "政府信息公开申请").doesNotContain("http://",
        "https://");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
    ResponseEntity<String> api = rest.getForEntity("/public/openapi.yaml", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.getBody()).contains("openapi: 3.", "/api/public/requests/{trackingNumber}/supplement");
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * The hand-written OpenAPI document (static/public/openapi.yaml, as served) and the
   * controllers agree: every method and path under /api/public that Spring maps is in the
   * document, and the document names nothing that is not mapped.
   */
  @Test
  void theOpenApiDocumentListsExactlyThePublicEndpoints() {
    Set<String> mapped = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> {
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/public/")) {
          continue;
        }
        String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        assertThat(methods).as("%s maps every HTTP method", pattern).isNotEmpty();
        methods.forEach(method -> mapped.add(method.name() + " " + path));
      }
    });

    ResponseEntity<String> served = rest.getForEntity("/public/openapi.yaml", String.class);
    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> document = new Yaml().load(served.getBody());
    assertThat(String.valueOf(document.get("openapi"))).startsWith("3.");
    Set<String> documented = new TreeSet<>();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
    paths.forEach((path, operations) -> operations.keySet().stream()
        .filter(Set.of("get", "put", "post", "delete", "patch", "head", "options")::contains)
        .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

    // Hand-computed: the endpoints of PublicRequestController (guards an empty scan).
    assertThat(mapped).contains("POST " + BASE, "GET " + BASE + "/{trackingNumber}",
        "POST " + BASE + "/{trackingNumber}/supplement", "POST " + BASE + "/{trackingNumber}/reasons");
    assertThat(documented).as("openapi.yaml against the controllers").isEqualTo(mapped);
  }

  private ResponseEntity<String> submit(Map<String, Object> form, String idempotencyKey)
      throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return rest.exchange(BASE, HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsBytes(form), headers), String.class);
  }

  private ResponseEntity<String> lookup(String trackingNumber, String code) {
    return Http.withQueryCode(rest, BASE + "/" + trackingNumber, code);
  }

  private ResponseEntity<String> supplement(String trackingNumber, String code, String text)
      throws Exception {
    return Http.withQueryCode(rest, HttpMethod.POST, BASE + "/" + trackingNumber + "/supplement",
        code, json.writeValueAsBytes(Map.of("text", text)));
  }

  private ResponseEntity<String> reasons(String trackingNumber, String code, String text)
      throws Exception {
    return Http.withQueryCode(rest, HttpMethod.POST, BASE + "/" + trackingNumber + "/reasons",
        code, json.writeValueAsBytes(Map.of("text", text)));
  }

  /** Rows a submission writes: register, query codes, keys and process instances. */
  private long written() {
    return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ogi_case)"
        + " + (SELECT COUNT(*) FROM ogi_online_access)"
        + " + (SELECT COUNT(*) FROM ogi_idempotency_key)"
        + " + (SELECT COUNT(*) FROM ACT_HI_PROCINST)", Long.class);
  }

  private ProcessInstance instanceOf(String trackingNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .singleResult();
  }

  private String task(String trackingNumber, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(key).singleResult().getId();
  }

  /**
   * An online application whose one item, held and released after its review, is answered with
   * a fee of 150 pages (1700元): the 收费通知书 is issued, its service not yet recorded.
   */
  private JsonNode feeNoticeIssued() throws Exception {
    JsonNode submitted = foundCompleteAfterApplying();
    String trackingNumber = submitted.path("trackingNumber").asText();
    tasks.complete(task(trackingNumber, ElementIds.TASK_SEARCH_AND_SPLIT), Map.of(
        ProcessVariables.ITEMS, io.github.ogiworkflow.request.RequestScenario.items(
            io.github.ogiworkflow.request.RequestScenario.item("2025年行政处罚决定书", "HELD"))));
    EngineRest.runJobs(management);
    // The reviewer's name goes on record: completed as Tasklist does.
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, "/engine-rest/task/"
        + task(trackingNumber, ElementIds.TASK_REVIEW_ITEM) + "/submit-form", "{\"variables\":{"
        + "\"reviewConclusion\":{\"value\":\"RELEASABLE\",\"type\":\"String\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    EngineRest.runJobs(management);
    tasks.complete(task(trackingNumber, ElementIds.TASK_EDIT_REPLY), Map.of(
        ProcessVariables.CHARGE_FEE, true, ProcessVariables.FEE_SCHEME, "PER_PAGE",
        ProcessVariables.PAGE_COUNT, 150));
    EngineRest.runJobs(management);
    return submitted;
  }

  /** An online application, confirmed, whose applicant is asked to correct it (Art. 30). */
  private JsonNode askedToCorrect() throws Exception {
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String trackingNumber = submitted.path("trackingNumber").asText();
    confirmReceiptInTasklist(trackingNumber);
    tasks.complete(task(trackingNumber, TASK_CHECK_COMPLETENESS), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "CORRECTION",
        ProcessVariables.CORRECTION_POINTS, "请写明所需信息的文号。"));
    EngineRest.runJobs(management);
    return submitted;
  }

  /** An online application, confirmed, whose applicant is asked for reasons (Art. 35). */
  private JsonNode askedForReasons(String basis) throws Exception {
    JsonNode submitted = json.readTree(submit(application(), null).getBody());
    String trackingNumber = submitted.path("trackingNumber").asText();
    confirmReceiptInTasklist(trackingNumber);
    tasks.complete(task(trackingNumber, TASK_CHECK_COMPLETENESS), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "REASONS_REQUEST",
        ProcessVariables.REASONS_REQUEST_BASIS, basis));
    EngineRest.runJobs(management);
    return submitted;
  }

  /** Splits the case into one public item, answers it without a fee and delivers it in person today. */
  private void answeredInPersonToday(String trackingNumber) {
    tasks.complete(task(trackingNumber, ElementIds.TASK_SEARCH_AND_SPLIT), Map.of(
        ProcessVariables.ITEMS, io.github.ogiworkflow.request.RequestScenario.items(
            io.github.ogiworkflow.request.RequestScenario.item("2025年统计年鉴", "PUBLIC",
                "wherePublic", "本局网站"))));
    EngineRest.runJobs(management);
    tasks.complete(task(trackingNumber, ElementIds.TASK_EDIT_REPLY), Map.of(
        ProcessVariables.CHARGE_FEE, false));
    EngineRest.runJobs(management);
    tasks.complete(task(trackingNumber, ElementIds.TASK_DELIVER_REPLY), Map.of(
        ProcessVariables.DELIVERED_BY, "IN_PERSON",
        ProcessVariables.DELIVERED_ON, OfficeTime.today().toString()));
    EngineRest.runJobs(management);
  }

  /** The office issues a query code at {@code path} (identity checked): 201, never stored. */
  private JsonNode issuedCode(String path) throws Exception {
    ResponseEntity<String> issued = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        "{\"identityChecked\":true}");
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(issued.getHeaders().getCacheControl()).contains("no-store");
    return json.readTree(issued.getBody());
  }
}
