package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.EngineClock;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Art. 30 correction period over the engine's REST API (ADR 0071): more time given after a
 * timer an administrator fired early, on the notice's own day, may reach past the running
 * period; the date given is the register's, so an administrator's rewritten
 * {@code correctionDeadline} (PUT /engine-rest/process-instance/{id}/variables/...) neither
 * opens 视为放弃 early nor changes the ledger's 补正期限.
 */
@IntegrationTest
class CorrectionPeriodHttpIT {

  /** A Monday; the engine clock is set to 10:00 Beijing time on it. */
  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired CaseRegister register;
  @Autowired WorkingDayCalendar calendar;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;

  @BeforeEach
  void fixTheClock() {
    engineRest = new EngineRest(rest);
    EngineClock.at(TODAY);
  }

  @AfterEach
  void resetTheClock() {
    EngineClock.reset();
  }

  @Test
  void aRewrittenDeadlineVariableNeitherClosesEarlyNorMovesTheLedger() throws Exception {
    String trackingNumber = engineRest.startRequest("wangli", EngineRest.postalRequest(TODAY,
        "补正期限测试" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "有限公司"));
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
        ElementIds.TASK_CHECK_COMPLETENESS), Map.of("completenessDecision", text("CORRECTION"),
            "correctionPoints", text("请写明所需信息的名称或文号")));
    EngineRest.runJobs(management);
    String instance = register.dates(trackingNumber).orElseThrow().processInstanceId();
    LocalDate noticeDue = calendar.addWorkingDays(TODAY, 15);

    // Fired on the notice's own day, as an administrator can: more time is refused on 处理决定
    // while the register's period runs (audit round 26, F5); the day after it, more time
    // reaching past it is accepted (Art. 30).
    fireCorrectionTimer(instance);
    LocalDate extended = calendar.addWorkingDays(noticeDue, 5);
    String confirm = engineRest.onlyTask("wangli", trackingNumber,
        ElementIds.TASK_CONFIRM_NO_CORRECTION);
    ResponseEntity<String> tooEarly = submit(confirm, Map.of("noCorrectionDecision",
        text("MORE_TIME"), "newCorrectionDueOn", text(extended.toString()),
        "noCorrectionComment", text("申请人因公出国，补正告知书无法签收")));
    assertThat(tooEarly.getStatusCode()).as(tooEarly.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tooEarly.getBody()).path("fields").path("noCorrectionDecision")
        .asText()).contains("目前尚未届满，无需延长", "已收到补正");
    EngineClock.at(noticeDue.plusDays(1));
    ResponseEntity<String> moreTime = submit(confirm, Map.of("noCorrectionDecision",
        text("MORE_TIME"), "newCorrectionDueOn", text(extended.toString()),
        "noCorrectionComment", text("申请人因公出国，补正告知书无法签收")));
    assertThat(moreTime.getStatusCode()).as(moreTime.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    EngineRest.runJobs(management);

    // The administrator moves the variable back to today; the ledger keeps the register's date.
    ResponseEntity<String> rewritten = Http.asUser(rest, "admin", HttpMethod.PUT,
        "/engine-rest/process-instance/" + instance + "/variables/correctionDeadline",
        "{\"value\":\"" + TODAY + "T23:59:59.000+0800\",\"type\":\"Date\"}");
    assertThat(rewritten.getStatusCode()).as(rewritten.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode deadline = ledgerRow(trackingNumber).path("deadline");
    assertThat(deadline.path("kind").asText()).isEqualTo("补正期限");
    assertThat(deadline.path("dueOn").asText()).isEqualTo(extended.toString());

    // After the notice's period, before the extended one: the timer (on the variable) fires,
    // and closing as abandoned is refused in Chinese, naming the register's date.
    EngineClock.at(noticeDue.plusDays(1));
    fireCorrectionTimer(instance);
    String again = engineRest.onlyTask("wangli", trackingNumber,
        ElementIds.TASK_CONFIRM_NO_CORRECTION);
    ResponseEntity<String> early = submit(again, Map.of("noCorrectionDecision", text("CLOSE")));
    assertThat(early.getStatusCode()).as(early.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(early.getBody()).path("message").asText())
        .contains("补正期限于" + CaseLetters.chinese(extended) + "届满", "不能视为放弃申请");
    // On 处理决定, a field of the form, so Tasklist shows it there (audit round 23, F10).
    assertThat(json.readTree(early.getBody()).path("fields").path("noCorrectionDecision")
        .asText()).contains("不能视为放弃申请");
    EngineRest.runJobs(management);
    assertThat(register.get(trackingNumber).status()).isEqualTo("AWAITING_CORRECTION");

    // The day after the extended period: the office's confirmation closes the case (6.1).
    EngineClock.at(extended.plusDays(1));
    engineRest.submitTaskForm("wangli", again, Map.of("noCorrectionDecision", text("CLOSE")));
    EngineRest.runJobs(management);
    assertThat(register.get(trackingNumber).status()).isEqualTo("CLOSED");
    assertThat(register.get(trackingNumber).outcomeCode()).isEqualTo("6.1");
  }

  private void fireCorrectionTimer(String instance) {
    management.executeJob(management.createJobQuery().timers().processInstanceId(instance)
        .activityId(ElementIds.TIMER_CORRECTION_DEADLINE).singleResult().getId());
    EngineRest.runJobs(management);
  }

  private ResponseEntity<String> submit(String taskId, Map<String, Object> variables) {
    return Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + taskId
        + "/submit-form", EngineRest.variables(variables));
  }

  private JsonNode ledgerRow(String trackingNumber) throws Exception {
    ResponseEntity<String> response = Http.get(rest, "/api/ledger?trackingNumber="
        + trackingNumber, "wangli", null);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    for (JsonNode row : json.readTree(response.getBody()).path("cases")) {
      if (row.path("trackingNumber").asText().equals(trackingNumber)) {
        return row;
      }
    }
    throw new AssertionError(trackingNumber + " not in the ledger");
  }
}
