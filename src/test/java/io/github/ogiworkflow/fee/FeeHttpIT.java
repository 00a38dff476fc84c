package io.github.ogiworkflow.fee;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.EngineClock;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fees over the engine's REST API as Tasklist calls it (issue 14, points 2–3): a fee on a reply
 * that gives no information is refused whatever the client sends; the payment period is
 * computed on the server from the service date; non-payment closes a case only when the office
 * confirms it.
 */
@IntegrationTest
class FeeHttpIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired CaseRegister register;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingDayCalendar calendar;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;

  @BeforeEach
  void engineRestAsTasklist() {
    engineRest = new EngineRest(rest);
  }

  @AfterEach
  void realTime() {
    EngineClock.reset();
  }

  @Test
  void aFeeOnAReplyWithoutInformationIsRefusedWhateverTheClientSends() throws Exception {
    String trackingNumber = caseAtReplyEdit("NOT_HELD");
    String edit = engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_EDIT_REPLY);

    ResponseEntity<String> refused = submit("wangli", edit, Map.of("chargeFee", bool(true),
        "feeScheme", text("PER_PAGE"), "pageCount", number(250)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).path("message").asText())
        .contains("不得收取信息处理费").doesNotContain("No fee may be charged");
    // On 收取信息处理费, where Tasklist shows it (audit round 23, F10: it had no field).
    assertThat(json.readTree(refused.getBody()).path("fields").path("chargeFee").asText())
        .contains("不得收取信息处理费");
    // By its effect: the task is still open, no notice, no fee in the register.
    assertThat(engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_EDIT_REPLY))
        .isEqualTo(edit);
    assertThat(feeNotices(trackingNumber)).isZero();
    assertThat(feeAmount(trackingNumber)).isNull();

    // Positive control: the same reply without a fee goes on.
    engineRest.submitTaskForm("wangli", edit, Map.of("chargeFee", bool(false)));
    assertThat(engineRest.tasks("wangli", trackingNumber, ElementIds.TASK_EDIT_REPLY)).isEmpty();
  }

  @Test
  void thePaymentPeriodRunsFromServiceAndOnlyTheOfficeClosesForNonPayment() throws Exception {
    String trackingNumber = caseAtReplyEdit("HELD");
    String today = OfficeTime.today().toString();
    String edit = engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_EDIT_REPLY);
    // A count outside the form's bounds says so (it was "请填写页数" for 0; audit 24, F12).
    for (int pages : new int[] {0, 100_001}) {
      ResponseEntity<String> outOfRange = submit("wangli", edit, Map.of("chargeFee", bool(true),
          "feeScheme", text("PER_PAGE"), "pageCount", number(pages)));
      assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(outOfRange.getBody()).path("fields").path("pageCount").asText())
          .contains("页数应为1至100000");
    }
    engineRest.submitTaskForm("wangli",
        engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_EDIT_REPLY),
        Map.of("chargeFee", bool(true), "feeScheme", text("PER_PAGE"), "pageCount", number(150)));
    assertThat(feeAmount(trackingNumber)).isEqualByComparingTo("1700");
    assertThat(feeNotices(trackingNumber)).isEqualTo(1);

    String service = engineRest.onlyTask("wangli", trackingNumber,
        ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE);
    // The due date is the server's: a client cannot send its own.
    ResponseEntity<String> forged = submit("wangli", service, Map.of("feeNoticeServedOn",
        text(today), "feeDueAt", text("2099-01-01T23:59:59.000+0800")));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody()).contains("feeDueAt");
    ResponseEntity<String> future = submit("wangli", service, Map.of("feeNoticeServedOn",
        text(OfficeTime.today().plusDays(1).toString())));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(future.getBody()).path("message").asText()).contains("不得晚于今天");
    assertThat(engineRest.onlyTask("wangli", trackingNumber,
        ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE)).isEqualTo(service);

    engineRest.submitTaskForm("wangli", service, Map.of("feeNoticeServedOn", text(today)));
    String payment = engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_RECORD_PAYMENT);

    // A payment dated tomorrow, or before the notice was received (today): 400, still waiting.
    ResponseEntity<String> paidTomorrow = submit("wangli", payment, Map.of("feePaidOn",
        text(OfficeTime.today().plusDays(1).toString())));
    assertThat(paidTomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(paidTomorrow.getBody()).path("message").asText())
        .contains("缴费日期不得晚于今天");
    ResponseEntity<String> paidBeforeService = submit("wangli", payment, Map.of("feePaidOn",
        text(OfficeTime.today().minusDays(1).toString())));
    assertThat(paidBeforeService.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(paidBeforeService.getBody()).path("message").asText())
        .contains("缴费日期不得早于收费通知送达日期");
    assertThat(engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_RECORD_PAYMENT))
        .isEqualTo(payment);

    // The payment period passes: the timer fires (as the job executor would), nothing closes.
    var timer = management.createJobQuery().timers()
        .activityId(ElementIds.TIMER_PAYMENT_DEADLINE).processInstanceId(processInstanceOf(
            trackingNumber)).singleResult();
    management.executeJob(timer.getId());
    EngineRest.runJobs(management);
    assertThat(register.get(trackingNumber).status()).isNotEqualTo("CLOSED");
    assertThat(engineRest.tasks("lina", trackingNumber, ElementIds.TASK_CONFIRM_UNPAID)).isEmpty();
    String confirm = engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_CONFIRM_UNPAID);

    // The timer was fired early, as an administrator can (PUT /engine-rest/job/{id}/duedate):
    // the period (20 working days from today's service) has not run, so closing for
    // non-payment is refused on the field, computed from the register (ADR 0064).
    LocalDate dueOn = calendar.addWorkingDays(OfficeTime.today(), 20);
    ResponseEntity<String> early = submit("wangli", confirm, Map.of("unpaidDecision",
        text("CLOSE"), "unpaidComment", text("申请人明确表示不缴费")));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(early.getBody()).path("fields").path("unpaidDecision").asText())
        .contains("缴费期限于" + CaseLetters.chinese(dueOn) + "届满", "不能视为放弃申请");
    EngineRest.runJobs(management);
    assertThat(engineRest.onlyTask("wangli", trackingNumber, ElementIds.TASK_CONFIRM_UNPAID))
        .isEqualTo(confirm);
    assertThat(register.get(trackingNumber).status()).isNotEqualTo("CLOSED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_letter WHERE case_ref = ? AND kind"
        + " = 'TERMINATION_NOTICE'", Integer.class, trackingNumber)).isZero();

    // The day after the last day to pay: the office's confirmation closes the case.
    EngineClock.at(dueOn.plusDays(1));
    engineRest.submitTaskForm("wangli", confirm, Map.of("unpaidDecision", text("CLOSE"),
        "unpaidComment", text("申请人明确表示不缴费")));
    EngineRest.runJobs(management);
    assertThat(register.get(trackingNumber).status()).isEqualTo("CLOSED");
    assertThat(register.get(trackingNumber).outcomeCode()).isEqualTo("6.2");
  }

  /** A case registered today whose one item has this finding, waiting at 审核答复书. */
  private String caseAtReplyEdit(String finding) throws Exception {
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(Map.of("channel", text("POST"),
            "receivedOn", text(OfficeTime.today().toString()),
            "applicantType", text("COMMERCIAL"), "applicantName", text("示范市某收费测试有限公司"),
            "requestDescription", text("2025年本局统计年鉴"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    engineRest.submitTaskForm("wangli",
        engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS),
        Map.of("completenessDecision", text("COMPLETE")));
    engineRest.submitTaskForm("wangli",
        engineRest.onlyTask("wangli", trackingNumber, TASK_SEARCH_AND_SPLIT),
        Map.of("items", Map.of("type", "Json", "value", "[{\"title\":\"2025年统计年鉴\","
            + "\"finding\":\"" + finding + "\""
            + ("HELD".equals(finding) ? "" : ",\"wherePublic\":\"本局网站\"")
            + ("NOT_HELD".equals(finding) ? ",\"notOursReason\":\"该信息由示范市统计局制作\"" : "")
            + "}]")));
    EngineRest.runJobs(management);
    if ("HELD".equals(finding)) {
      // Released after its review: the agency provides the item, so a fee may apply.
      engineRest.submitTaskForm("lina", engineRest.onlyTask("lina", trackingNumber,
          ElementIds.TASK_REVIEW_ITEM), Map.of("reviewConclusion", text("RELEASABLE")));
      EngineRest.runJobs(management);
    }
    return trackingNumber;
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> vars) {
    return Http.asUser(rest, user, HttpMethod.POST, "/engine-rest/task/" + taskId
        + "/submit-form", EngineRest.variables(vars));
  }

  private String processInstanceOf(String trackingNumber) {
    return jdbc.queryForObject("SELECT process_instance_id FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber);
  }

  private int feeNotices(String trackingNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_letter WHERE case_ref = ? AND kind = ?",
        Integer.class, trackingNumber, "FEE_NOTICE");
  }

  private java.math.BigDecimal feeAmount(String trackingNumber) {
    return jdbc.queryForObject("SELECT fee_amount FROM ogi_case WHERE tracking_number = ?",
        java.math.BigDecimal.class, trackingNumber);
  }


  private static Map<String, Object> bool(boolean value) {
    return Map.of("type", "Boolean", "value", value);
  }

  private static Map<String, Object> number(int value) {
    return Map.of("type", "Integer", "value", value);
  }
}
