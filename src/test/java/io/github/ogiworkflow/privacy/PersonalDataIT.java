package io.github.ogiworkflow.privacy;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publicapi.PublicRateLimiter;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.SampleIds;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * H4 (issue 13): an applicant's identity number, phone, e-mail and address are readable in full
 * by the office only, on the applicant page; legal, leadership and auditors reading variables
 * and history over /engine-rest find them masked, for a case registered at the counter (start
 * form) and one submitted online waiting at 确认收到网上申请, before and after confirmation.
 */
@IntegrationTest
class PersonalDataIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;
  static final List<String> NOT_OFFICE = List.of("lina", "chengang", "sunyue");
  static final List<String> PERSONAL = List.of("idNumber", "idNumberMasked", "contactPhone",
      "contactEmail", "contactAddress");

  @Autowired TestRestTemplate rest;
  @Autowired PersonalDataAccessLog accessLog;
  @Autowired CaseRegister register;
  @Autowired ItemRegister items;
  @Autowired PublicRateLimiter limiter;
  @Autowired PersonalDataBackfill backfill;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  final ObjectMapper json = new ObjectMapper();

  /** One applicant's data, unique to this run so a hit can only come from this test's cases. */
  record Applicant(String idNumber, String phone, String email, String address) {
    List<String> full() {
      // The whole values and the parts a mask hides (the ID's middle, the address's street).
      return List.of(idNumber, phone, email, address, idNumber.substring(3, 14),
          phone.substring(0, 7), email.substring(0, email.indexOf('@')), address.substring(6));
    }

    List<String> masked() {
      return List.of(PersonalDataMaskerView.id(idNumber), PersonalDataMaskerView.phone(phone),
          PersonalDataMaskerView.email(email), "示范市海淀区***");
    }
  }

  /** The masks the variables must hold (the unit test proves the masks themselves). */
  static final class PersonalDataMaskerView {
    static String id(String v) {
      return io.github.ogiworkflow.logging.PersonalDataMasker.maskIdNumber(v);
    }

    static String phone(String v) {
      return io.github.ogiworkflow.logging.PersonalDataMasker.maskPhone(v);
    }

    static String email(String v) {
      return io.github.ogiworkflow.logging.PersonalDataMasker.maskEmail(v);
    }
  }

  @BeforeEach
  void freshLimits() {
    limiter.reset();
  }

  @Test
  void onlyTheOfficeReadsAnApplicantsFullDataAndOnlyOnItsPage() throws Exception {
    Applicant atCounter = newApplicant();
    Applicant online = newApplicant();
    String counterCase = registerAtCounter(atCounter);
    String onlineCase = submitOnline(online);

    // The online case waits at 确认收到网上申请: the moment H4 read the full number.
    String confirm = new EngineRest(rest).onlyTask("wangli", onlineCase,
        ElementIds.TASK_CONFIRM_RECEIPT);
    assertNothingFullOutsideTheOffice(List.of(atCounter, online), List.of(counterCase, onlineCase));

    // The task form links the office to the applicant page instead of showing the data.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/engine-rest/task/" + confirm
        + "/deployed-form", null).getBody()).contains("/cases/{{trackingNumber}}/applicant");

    // The office confirms receipt as Tasklist does, the read-only fields sent back masked.
    new EngineRest(rest).submitTaskForm("wangli", confirm, Map.of(
        "receiptConfirmed", Map.of("type", "Boolean", "value", true),
        "idNumberMasked", text(PersonalDataMaskerView.id(online.idNumber())),
        "contactPhone", text(PersonalDataMaskerView.phone(online.phone()))));
    assertThat(register.get(onlineCase).status()).isEqualTo("REGISTERED");
    assertNothingFullOutsideTheOffice(List.of(atCounter, online), List.of(counterCase, onlineCase));

    // The office reads the full data on the applicant page, and each read is logged.
    for (var c : Map.of(counterCase, atCounter, onlineCase, online).entrySet()) {
      int readsBefore = accessLog.count(c.getKey(), "wangli");
      ResponseEntity<String> page = Http.asUser(rest, "wangli", HttpMethod.GET,
          "/cases/" + c.getKey() + "/applicant", null);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
      assertThat(page.getHeaders().getCacheControl()).contains("no-store");
      assertThat(page.getBody()).contains("申请人完整信息", c.getValue().idNumber(),
          c.getValue().phone(), c.getValue().email(), c.getValue().address());
      assertThat(accessLog.count(c.getKey(), "wangli")).isEqualTo(readsBefore + 1);
    }
  }

  /**
   * ADR 0136: the redaction note is masked in the engine; the office reads it as the reviewer
   * wrote it on the applicant page (office only, each read logged), from ogi_item_review.
   */
  @Test
  void theOfficeReadsTheRedactionNoteWholeOnTheApplicantPage() {
    String tn = String.format("YSQ-2026-3%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(tn, null, "COUNTER", "NATURAL_PERSON", "周九",
        "RESIDENT_ID", "110101199003077777", "13800000000", null, "示范市北街3号", "统计年鉴",
        "PAPER", "POST", java.time.LocalDate.of(2026, 2, 10),
        java.time.LocalDate.of(2026, 3, 10)));
    items.add(tn, List.of(new ItemRegister.NewItem("2025年行政处罚决定书汇编",
        io.github.ogiworkflow.vocabulary.ItemFinding.HELD, null, null, false, false)));
    String note = "遮盖当事人李四（身份证号350102198001011234，电话13700002222）的个人信息";
    items.recordReview(items.heldItemIds(tn).get(0), new ItemRegister.Review("lina",
        io.github.ogiworkflow.vocabulary.ReviewConclusion.RELEASABLE_REDACTED,
        io.github.ogiworkflow.vocabulary.WithholdingGround.THIRD_PARTY,
        "《中华人民共和国政府信息公开条例》第十五条", note, null, false, null));
    int readsBefore = accessLog.count(tn, "wangli");

    ResponseEntity<String> page = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/cases/" + tn + "/applicant", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("保密审查：删除或遮盖的内容（信息项 1「2025年行政处罚决定书汇编」）",
        note);
    assertThat(accessLog.count(tn, "wangli")).isEqualTo(readsBefore + 1);
    for (String user : NOT_OFFICE) {
      assertThat(Http.asUser(rest, user, HttpMethod.GET, "/cases/" + tn + "/applicant", null)
          .getBody()).as(user).doesNotContain("350102198001011234");
    }
  }

  @Test
  void legalLeadershipAndAuditorsAreRefusedTheApplicantPageAndNoReadIsLogged() throws Exception {
    Applicant applicant = newApplicant();
    String trackingNumber = registerAtCounter(applicant);
    for (String user : NOT_OFFICE) {
      ResponseEntity<String> page = Http.asUser(rest, user, HttpMethod.GET,
          "/cases/" + trackingNumber + "/applicant", null);
      assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(page.getBody()).as(user).doesNotContain(applicant.full());
      assertThat(accessLog.count(trackingNumber, user)).as(user).isZero();
    }
    ResponseEntity<String> anonymous = rest.getForEntity("/cases/" + trackingNumber
        + "/applicant", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody() == null ? "" : anonymous.getBody())
        .doesNotContain(applicant.full());
    // Positive control: the office is let in.
    assertThat(Http.asUser(rest, "zhangwei", HttpMethod.GET, "/cases/" + trackingNumber
        + "/applicant", null).getBody()).contains(applicant.idNumber());
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/cases/YSQ-1999-999999/applicant",
        null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aFullValueWrittenLaterThroughTheTaskApiIsStoredMasked() throws Exception {
    Applicant applicant = newApplicant();
    String trackingNumber = registerAtCounter(applicant);
    String check = new EngineRest(rest).onlyTask("wangli", trackingNumber,
        TASK_CHECK_COMPLETENESS);
    Applicant other = newApplicant();
    // Whether the API accepts the write or refuses it, no full value may become readable.
    Http.asUser(rest, "wangli", HttpMethod.PUT, "/engine-rest/task/" + check
        + "/variables/contactPhone", "{\"value\":\"" + other.phone() + "\",\"type\":\"String\"}");
    Http.asUser(rest, "wangli", HttpMethod.PUT, "/engine-rest/task/" + check
        + "/localVariables/contactAddress", "{\"value\":\"" + other.address()
        + "\",\"type\":\"String\"}");

    String instance = instanceOf(trackingNumber);
    String everything = read("lina", "/engine-rest/variable-instance?processInstanceIdIn="
        + instance) + read("sunyue", "/engine-rest/history/detail?processInstanceId=" + instance);
    assertThat(everything).doesNotContain(other.phone(), other.address(), applicant.phone(),
        applicant.address());
    assertThat(everything).contains(PersonalDataMaskerView.phone(applicant.phone()));
  }

  /**
   * Audit 30b F4: a 送达说明 holds where and to whom the letter went (a posting address, a
   * phone number); it is stored masked as the contact fields are, whoever writes it.
   */
  @Test
  void aDeliveryNoteIsStoredMasked() throws Exception {
    Applicant applicant = newApplicant();
    String trackingNumber = registerAtCounter(applicant);
    String instance = instanceOf(trackingNumber);
    String note = "EMS 1234567890123 寄至示范市鼓楼区东街15号3单元501室，收件人电话13810110866";
    runtime.setVariable(instance, "deliveryNote", note);

    String stored = jdbc.queryForObject("SELECT TEXT_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?"
        + " AND NAME_ = 'deliveryNote'", String.class, instance);
    assertThat(stored).startsWith("EMS ").contains("寄至示范市")
        .doesNotContain("东街15号", "501室", "13810110866");
    assertThat(read("sunyue", "/engine-rest/history/detail?processInstanceId=" + instance))
        .doesNotContain("东街15号", "13810110866");
  }

  /**
   * Audit 30b F4, as reproduced: the office registers a complaint passed on by the higher
   * authority whose text names the complainant with ID number, phone and address; leadership
   * and the auditor read the engine's history as before and find it masked, while the register
   * keeps it whole for the answer. Then every masked free text, written through the engine's
   * API, is found masked in the three tables.
   */
  @Test
  void aComplaintsTextAndEveryMaskedFreeTextAreStoredMasked() throws Exception {
    Applicant applicant = newApplicant();
    String trackingNumber = registerAtCounter(applicant);
    Applicant complainant = newApplicant();
    String text = "投诉人周测试（身份证号" + complainant.idNumber() + "，电话" + complainant.phone()
        + "，住" + complainant.address() + "）投诉申请未及时处理";
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("trackingNumber", text(trackingNumber));
    form.put("complaintKind", text("COMPLAINT"));
    form.put("appealBody", text("示范市人民政府办公室"));
    form.put("docketNo", text("示府办转〔2026〕" + complainant.phone().substring(7) + "号"));
    form.put("servedOn", text(OfficeTime.today().toString()));
    form.put("complaintText", text(text));
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.COMPLAINT + "/submit-form",
        EngineRest.variables(form));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String complaint = json.readTree(started.getBody()).path("id").asText();

    List<String> full = List.of(complainant.idNumber(), complainant.phone(),
        complainant.address().substring(6), complainant.idNumber().substring(3, 14));
    for (String user : List.of("chengang", "sunyue")) {
      String everything = read(user, "/engine-rest/history/variable-instance?variableName="
          + "complaintText") + read(user, "/engine-rest/history/variable-instance?processInstanceId="
          + complaint) + read(user, "/engine-rest/history/detail?processInstanceId=" + complaint)
          + read(user, "/engine-rest/variable-instance?processInstanceIdIn=" + complaint);
      assertThat(everything).as(user).contains("投诉人周测试", "[ID-MASKED]", "[PHONE-MASKED]");
      for (String value : full) {
        assertThat(everything).as("%s reads %s", user, value).doesNotContain(value);
      }
    }
    assertThat(jdbc.queryForObject("SELECT complaint_text FROM ogi_appeal"
        + " WHERE process_instance_id = ?", String.class, complaint)).isEqualTo(text);

    // Whoever writes them: each masked name, set through the engine's API on a case.
    String instance = instanceOf(trackingNumber);
    for (String name : PersonalVariables.names()) {
      runtime.setVariable(instance, name, "备注：" + text);
    }
    List<String> names = new ArrayList<>();
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      for (Map<String, Object> row : jdbc.queryForList("SELECT NAME_, TEXT_ FROM " + table
          + " WHERE PROC_INST_ID_ IN (?, ?)", instance, complaint)) {
        names.add((String) row.get("NAME_"));
        // The request keeps an address (it mostly names the information sought), no number.
        List<String> hidden = "requestDescription".equals(row.get("NAME_"))
            ? full.subList(0, 2) : full;
        assertThat(String.valueOf(row.get("TEXT_"))).as("%s %s", table, row.get("NAME_"))
            .doesNotContain(hidden);
      }
    }
    assertThat(names).contains(PersonalVariables.names());
  }

  /**
   * ADR 0129: the office reads a complaint's full text on its page (others 403 in Chinese, no
   * read logged), each read logged; after a send-back the drafter the task is assigned to reads
   * the full draft the form shows masked, and no one else. Failed on the code before: neither
   * page existed (404).
   */
  @Test
  void theOfficeReadsAComplaintsFullTextAndTheDrafterTheFullDraft() throws Exception {
    Applicant applicant = newApplicant();
    String trackingNumber = registerAtCounter(applicant);
    Applicant complainant = newApplicant();
    String text = "投诉人周测试（身份证号" + complainant.idNumber() + "，电话" + complainant.phone()
        + "）投诉申请未及时处理";
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("trackingNumber", text(trackingNumber));
    form.put("complaintKind", text("COMPLAINT"));
    form.put("appealBody", text("示范市人民政府办公室"));
    form.put("servedOn", text(OfficeTime.today().toString()));
    form.put("complaintText", text(text));
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.COMPLAINT + "/submit-form",
        EngineRest.variables(form));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    long appealId = jdbc.queryForObject("SELECT id FROM ogi_appeal WHERE process_instance_id = ?",
        Long.class, json.readTree(started.getBody()).path("id").asText());

    String page = "/cases/" + trackingNumber + "/complaint-text";
    for (String user : NOT_OFFICE) {
      ResponseEntity<String> refused = Http.asUser(rest, user, HttpMethod.GET, page, null);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).as(user).contains("仅限政府信息公开办公室")
          .doesNotContain(complainant.idNumber(), complainant.phone());
      assertThat(accessLog.countForAppeal(appealId, user,
          PersonalDataAccessLog.Purpose.COMPLAINT_TEXT)).as(user).isZero();
    }
    ResponseEntity<String> read = Http.asUser(rest, "wangli", HttpMethod.GET, page, null);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getHeaders().getCacheControl()).contains("no-store");
    assertThat(read.getBody()).contains("申诉举报内容", "示范市人民政府办公室", complainant.idNumber(),
        complainant.phone());
    assertThat(accessLog.countForAppeal(appealId, "wangli",
        PersonalDataAccessLog.Purpose.COMPLAINT_TEXT)).isEqualTo(1);

    // The drafter, after a send-back: the form links the full draft, which only they read.
    EngineRest engine = new EngineRest(rest);
    String draftTask = engine.onlyTask("wangli", trackingNumber,
        ElementIds.TASK_DRAFT_COMPLAINT_ANSWER);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/engine-rest/task/" + draftTask
        + "/deployed-form", null).getBody()).contains("/cases/{{trackingNumber}}/answer-draft",
        "/cases/{{trackingNumber}}/complaint-text");
    String answer = "经核查，投诉人（电话" + complainant.phone() + "）的申请已依法答复。";
    engine.submitTaskForm("wangli", draftTask, Map.of("answerText", text(answer)));
    engine.submitTaskForm("chengang", engine.onlyTask("chengang", trackingNumber,
        "Task_ApproveComplaintAnswer"), Map.of("answerApproval", text("SEND_BACK"),
        "answerApprovalComment", text("请写明答复日期")));
    String redraft = engine.onlyTask("wangli", trackingNumber,
        ElementIds.TASK_DRAFT_COMPLAINT_ANSWER);
    String draftPage = "/cases/" + trackingNumber + "/answer-draft";
    ResponseEntity<String> unclaimed = Http.asUser(rest, "wangli", HttpMethod.GET, draftPage,
        null);
    assertThat(unclaimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unclaimed.getBody()).contains("仅限已认领").doesNotContain(complainant.phone());
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + redraft
        + "/claim", "{\"userId\":\"wangli\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    for (String other : List.of("zhangwei", "lina", "chengang", "sunyue")) {
      ResponseEntity<String> refused = Http.asUser(rest, other, HttpMethod.GET, draftPage, null);
      assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).as(other).doesNotContain(complainant.phone());
    }
    ResponseEntity<String> draft = Http.asUser(rest, "wangli", HttpMethod.GET, draftPage, null);
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(draft.getBody()).contains(answer);
    assertThat(accessLog.countForAppeal(appealId, "wangli",
        PersonalDataAccessLog.Purpose.ANSWER_DRAFT)).isEqualTo(1);
    assertThat(read("sunyue", "/engine-rest/variable-instance?variableName=answerText"))
        .doesNotContain(complainant.phone());
  }

  @Test
  void dataStoredInFullBeforeTheMaskingIsMaskedOnceAtStartup() throws Exception {
    Applicant applicant = newApplicant();
    String trackingNumber = registerAtCounter(applicant);
    String instance = instanceOf(trackingNumber);
    // As an earlier version stored it: the phone in full in the variable and all its history.
    jdbc.update("UPDATE ACT_RU_VARIABLE SET TEXT_ = ? WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
        applicant.phone(), instance, "contactPhone");
    jdbc.update("UPDATE ACT_HI_VARINST SET TEXT_ = ? WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
        applicant.phone(), instance, "contactPhone");
    jdbc.update("UPDATE ACT_HI_DETAIL SET TEXT_ = ? WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
        applicant.phone(), instance, "contactPhone");
    assertThat(read("lina", "/engine-rest/variable-instance?processInstanceIdIn=" + instance))
        .as("the old data is readable before the backfill").contains(applicant.phone());

    assertThat(backfill.maskExistingData()).isPositive();

    assertNothingFullOutsideTheOffice(List.of(applicant), List.of(trackingNumber));
    assertThat(register.applicantContact(trackingNumber).orElseThrow().contactPhone())
        .isEqualTo(applicant.phone());
    assertThat(backfill.maskExistingData()).as("nothing left to mask").isZero();
  }

  @Test
  void aShortIdentityNumberStoredUnderTheOldMaskIsMaskedAgain() throws Exception {
    Applicant applicant = newApplicant();
    String trackingNumber = registerAtCounter(applicant);
    String instance = instanceOf(trackingNumber);
    // Until audit round 24 (F9) a 9-character passport number kept 7 of its characters.
    String oldMask = "E98**5432";
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.update("UPDATE " + table + " SET TEXT_ = ? WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
          oldMask, instance, "idNumberMasked");
    }

    assertThat(backfill.maskExistingData()).isPositive();

    String everything = read("lina", "/engine-rest/variable-instance?processInstanceIdIn="
        + instance) + read("sunyue", "/engine-rest/history/variable-instance?processInstanceId="
        + instance) + read("sunyue", "/engine-rest/history/detail?processInstanceId=" + instance);
    assertThat(everything).doesNotContain(oldMask).contains("******432");
  }

  /**
   * Every way H4 read the data, as each non-office group: no full value, nor a longer piece of
   * one, anywhere in the raw bodies; and the masked values are there (the reads did succeed).
   */
  private void assertNothingFullOutsideTheOffice(List<Applicant> applicants,
      List<String> trackingNumbers) throws Exception {
    List<String> instances = new ArrayList<>();
    for (String trackingNumber : trackingNumbers) {
      instances.add(register.find(trackingNumber).map(c -> instanceOf(trackingNumber))
          .orElseThrow());
    }
    List<String> full = applicants.stream().flatMap(a -> a.full().stream()).toList();
    for (String user : NOT_OFFICE) {
      StringBuilder everything = new StringBuilder();
      for (String name : PERSONAL) {
        everything.append(read(user, "/engine-rest/variable-instance?variableName=" + name));
        everything.append(read(user, "/engine-rest/history/variable-instance?variableName="
            + name));
      }
      for (String instance : instances) {
        everything.append(read(user, "/engine-rest/variable-instance?processInstanceIdIn="
            + instance));
        everything.append(read(user, "/engine-rest/history/variable-instance?processInstanceId="
            + instance));
        everything.append(read(user, "/engine-rest/history/detail?processInstanceId=" + instance));
        everything.append(read(user, "/engine-rest/history/detail?processInstanceId=" + instance
            + "&formFields=true"));
        everything.append(read(user, "/engine-rest/history/user-operation?processInstanceId="
            + instance));
      }
      for (String value : full) {
        assertThat(everything).as("%s reads %s", user, value).doesNotContain(value);
      }
      for (Applicant applicant : applicants) {
        assertThat(everything.toString()).as("%s sees the masked values", user)
            .contains(applicant.masked());
      }
    }
  }

  private String read(String user, String path) {
    ResponseEntity<String> answer = Http.asUser(rest, user, HttpMethod.GET, path, null);
    assertThat(answer.getStatusCode()).as("%s GET %s", user, path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private String instanceOf(String trackingNumber) {
    try {
      JsonNode found = json.readTree(Http.asUser(rest, "wangli", HttpMethod.GET,
          "/engine-rest/process-instance?businessKey=" + trackingNumber, null).getBody());
      assertThat(found).hasSize(1);
      return found.get(0).path("id").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The office registers a request at the counter through the start form, as Tasklist does. */
  private String registerAtCounter(Applicant applicant) throws Exception {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("channel", text("IN_PERSON"));
    form.put("receivedOn", text(OfficeTime.today().toString()));
    form.put("applicantType", text("NATURAL_PERSON"));
    form.put("applicantName", text("周八"));
    form.put("idType", text("RESIDENT_ID"));
    form.put("idNumber", text(applicant.idNumber()));
    form.put("contactPhone", text(applicant.phone()));
    form.put("contactEmail", text(applicant.email()));
    form.put("contactAddress", text(applicant.address()));
    form.put("requestDescription", text("2025年本局行政许可办理情况统计"));
    form.put("deliveryForm", text("PAPER"));
    form.put("deliveryMethod", text("POST"));
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(form));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    assertThat(register.applicantContact(trackingNumber).orElseThrow().idNumber())
        .isEqualTo(applicant.idNumber());
    return trackingNumber;
  }

  /** An applicant applies on the public API. */
  private String submitOnline(Applicant applicant) throws Exception {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("applicantType", "NATURAL_PERSON");
    form.put("applicantName", "吴九");
    form.put("idType", "RESIDENT_ID");
    form.put("idNumber", applicant.idNumber());
    form.put("contactPhone", applicant.phone());
    form.put("contactEmail", applicant.email());
    form.put("contactAddress", applicant.address());
    form.put("description", "2025年本局行政处罚案件统计表");
    form.put("deliveryForm", "PAPER");
    form.put("deliveryMethod", "POST");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.exchange("/api/public/requests", HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsBytes(form), headers), String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    String trackingNumber = json.readTree(answer.getBody()).path("trackingNumber").asText();
    assertThat(register.applicantContact(trackingNumber).orElseThrow().contactAddress())
        .isEqualTo(applicant.address());
    return trackingNumber;
  }


  /** A fresh resident ID (valid checksum), mobile number, e-mail and address. */
  static Applicant newApplicant() {
    String tag = Integer.toString(100_000 + ThreadLocalRandom.current().nextInt(900_000));
    return new Applicant(SampleIds.residentId(), SampleIds.mobile(),
        "applicant" + tag + "@example.cn",
        "示范市海淀区幸福路" + tag + "号");
  }
}
