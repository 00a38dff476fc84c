package io.github.ogiworkflow.publicapi;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 网上撤回申请 (audit 34a F6's open rest, ADR 0175): the online applicant withdraws a request
 * being handled with the query code; the server decides whether it still may, records it in the
 * register (网上, the day, the reason, no staff recorder), ends the case by the withdrawal's own
 * path (6.3 and a 终止办理告知书), and the annual report counts it in （六）3. Refusals are 400 or
 * 409 in Chinese and write nothing.
 */
@IntegrationTest
class OnlineWithdrawalIT {

  static final String BASE = PublicRequestIT.BASE;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired PublicRateLimiter limiter;
  @Autowired io.github.ogiworkflow.register.CaseRegister cases;
  @Autowired io.github.ogiworkflow.intake.TrackingNumbers trackingNumbers;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void freshLimits() {
    limiter.reset();
  }

  @Test
  void anOnlineApplicantWithdrawsARequestBeingHandledAndTheReportCountsItAsOtherHandling()
      throws Exception {
    JsonNode submitted = submitted();
    String number = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();

    // Not yet received (Art. 31): nothing to withdraw yet, and the page offers nothing.
    assertThat(status(number, code).path("mayWithdraw").asBoolean()).isFalse();
    ResponseEntity<String> early = withdraw(number, code, confirmed("不再需要"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(early)).contains("尚未确认收到");
    assertNothingWithdrawn(number);

    confirmReceiptInTasklist(number);
    tasks.complete(task(number, TASK_CHECK_COMPLETENESS), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "COMPLETE"));
    EngineRest.runJobs(management);
    assertThat(status(number, code).path("mayWithdraw").asBoolean()).isTrue();

    // The server asks for the confirmation and checks the reason; a wrong code is unknown.
    ResponseEntity<String> unconfirmed = withdraw(number, code, Map.of("reason", "不再需要"));
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unconfirmed.getBody()).path("fieldErrors").path("confirmation")
        .asText()).contains("请确认撤回申请");
    ResponseEntity<String> tooLong = withdraw(number, code, confirmed("理".repeat(1001)));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tooLong.getBody()).path("fieldErrors").has("reason")).isTrue();
    assertThat(withdraw(number, "AAAA-BBBB-CCCC-DDDD", confirmed(null)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertNothingWithdrawn(number);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);

    LocalDate today = OfficeTime.today();
    ResponseEntity<String> done = withdraw(number, code,
        confirmed("已通过其他途径获取，联系电话13900001111"));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(done.getBody());
    assertThat(answer.path("withdrawnOn").asText()).isEqualTo(today.toString());
    assertThat(answer.path("message").asText()).contains(CaseLetters.chinese(today), "终止办理")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

    // The register: who (the applicant online, no staff recorder), when, why (whole).
    Map<String, Object> row = jdbc.queryForMap("SELECT status, outcome_code, withdrawn_on,"
        + " withdrawal_form, withdrawal_reason, withdrawal_recorded_by,"
        + " withdrawal_recorded_at FROM ogi_case WHERE tracking_number = ?", number);
    assertThat(row).containsEntry("STATUS", "CLOSED").containsEntry("OUTCOME_CODE", "6.3")
        .containsEntry("WITHDRAWAL_FORM", "ONLINE")
        .containsEntry("WITHDRAWAL_REASON", "已通过其他途径获取，联系电话13900001111");
    assertThat(row.get("WITHDRAWN_ON")).hasToString(today.toString());
    assertThat(row.get("WITHDRAWAL_RECORDED_BY")).isNull();
    assertThat(row.get("WITHDRAWAL_RECORDED_AT")).isNotNull();
    // The case ended by the withdrawal's own path.
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isZero();

    JsonNode after = status(number, code);
    assertThat(after.path("mayWithdraw").asBoolean()).isFalse();
    assertThat(after.path("stage").asText()).contains("已撤回", "通过网上申请平台",
        CaseLetters.chinese(today));
    assertThat(after.path("letters")).anySatisfy(letter -> {
      assertThat(letter.path("kind").asText()).isEqualTo("TERMINATION_NOTICE");
      assertThat(letter.path("text").asText()).contains("通过本机关政府信息公开网上申请平台申请");
    });

    ResponseEntity<String> again = withdraw(number, code, confirmed(null));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(again)).contains("不能重复撤回");

    // Counted where a withdrawal is: table 三 （六）其他处理 3.其他.
    JsonNode cell = json.readTree(Http.asUser(rest, "wangli", HttpMethod.GET, "/api/reports/"
        + today.getYear() + "/cells?table=t3&row=o6.3&column=TOTAL", null).getBody());
    assertThat(cell.path("trackingNumbers").toString()).contains(number);

    // The trail names the applicant on the platform as the one who withdrew, reason masked.
    String trail = Http.asUser(rest, "wangli", HttpMethod.GET, "/api/audit/cases/" + number,
        null).getBody();
    assertThat(trail).contains("申请人（网上申请平台）", "[PHONE-MASKED]")
        .doesNotContain("13900001111");
  }

  /**
   * Once this round's reply is signed (ADR 0132) the platform takes no withdrawal (the reply is
   * on its way; the office decides), nor after delivery; nothing is written.
   */
  @Test
  void aSignedOrDeliveredReplyIsNotWithdrawnOnline() throws Exception {
    JsonNode submitted = submitted();
    String number = submitted.path("trackingNumber").asText();
    String code = submitted.path("queryCode").asText();
    confirmReceiptInTasklist(number);
    tasks.complete(task(number, TASK_CHECK_COMPLETENESS), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "COMPLETE"));
    EngineRest.runJobs(management);
    tasks.complete(task(number, ElementIds.TASK_SEARCH_AND_SPLIT), Map.of(
        ProcessVariables.ITEMS, RequestScenario.items(RequestScenario.item("2025年统计年鉴",
            "PUBLIC", "wherePublic", "本局网站"))));
    EngineRest.runJobs(management);
    tasks.complete(task(number, ElementIds.TASK_EDIT_REPLY), Map.of(
        ProcessVariables.CHARGE_FEE, false));
    EngineRest.runJobs(management);

    assertThat(status(number, code).path("mayWithdraw").asBoolean()).isFalse();
    ResponseEntity<String> signed = withdraw(number, code, confirmed(null));
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(signed)).contains("已对该申请作出答复", "不能在网上撤回");
    assertNothingWithdrawn(number);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);

    tasks.complete(task(number, ElementIds.TASK_DELIVER_REPLY), Map.of(
        ProcessVariables.DELIVERED_BY, "IN_PERSON",
        ProcessVariables.DELIVERED_ON, OfficeTime.today().toString()));
    EngineRest.runJobs(management);
    ResponseEntity<String> delivered = withdraw(number, code, confirmed(null));
    assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(delivered)).contains("答复书已送达");
    assertNothingWithdrawn(number);
  }

  /** A counter or post case's office code (ADR 0170) looks up; it withdraws nothing. */
  @Test
  void aCounterCodeHolderIsToldToWithdrawInWriting() throws Exception {
    String counter = trackingNumbers.next(LocalDate.now().getYear());
    cases.insert(new io.github.ogiworkflow.register.CaseRegister.NewCase(counter, null,
        "IN_PERSON", "NATURAL_PERSON", "赵六", "RESIDENT_ID", PublicRequestIT.VALID_ID,
        "13812345678", null, null, "柜台申请的政府信息", "PAPER", "PICK_UP", LocalDate.now(),
        LocalDate.now().plusDays(30)));
    try {
      counterCodeRefused(counter);
    } finally {
      // No process instance behind this row: it leaves the shared context's running views
      // (the deadline overview behind 领导视图 needs an instance) once done.
      jdbc.update("UPDATE ogi_case SET status = 'VOIDED' WHERE tracking_number = ?", counter);
    }
  }

  private void counterCodeRefused(String counter) throws Exception {
    String code = json.readTree(Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + counter + "/query-code", "{\"identityChecked\":true}").getBody())
        .path("queryCode").asText();
    assertThat(status(counter, code).path("mayWithdraw").asBoolean()).isFalse();
    ResponseEntity<String> refused = withdraw(counter, code, confirmed(null));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(refused)).contains("当面或邮寄提交", "书面形式或者当面");
    assertNothingWithdrawn(counter);
  }

  private void assertNothingWithdrawn(String number) {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case WHERE tracking_number = ?"
        + " AND withdrawn_on IS NULL AND status <> 'CLOSED'", Integer.class, number))
        .isEqualTo(1);
  }

  private static Map<String, Object> confirmed(String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("confirmation", "确认撤回");
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }

  private String message(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody()).path("message").asText();
  }

  private JsonNode submitted() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.exchange(BASE, HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsBytes(PublicRequestIT.application()), headers),
        String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(answer.getBody());
  }

  private JsonNode status(String number, String code) throws Exception {
    ResponseEntity<String> answer = Http.withQueryCode(rest, BASE + "/" + number, code);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private ResponseEntity<String> withdraw(String number, String code, Map<String, Object> body)
      throws Exception {
    return Http.withQueryCode(rest, HttpMethod.POST, BASE + "/" + number + "/withdrawal", code,
        json.writeValueAsBytes(body));
  }

  /** The office confirms receipt as Tasklist's form does (it sends the shown number back). */
  private void confirmReceiptInTasklist(String number) {
    String confirm = task(number, ElementIds.TASK_CONFIRM_RECEIPT);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + confirm + "/submit-form", "{\"variables\":{"
            + "\"receiptConfirmed\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"idNumberMasked\":{\"value\":\"" + tasks.getVariable(confirm, "idNumberMasked")
            + "\",\"type\":\"String\"}}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String task(String number, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(key).singleResult().getId();
  }
}
