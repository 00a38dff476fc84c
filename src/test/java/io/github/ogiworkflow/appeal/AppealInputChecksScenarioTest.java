package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_JUDGMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_DEFENCE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Audit 37a, F7-F9: what legal records of an appeal is checked on the server whatever the path
 * (Tasklist, /engine-rest, the appeal API): an answer is a text, a result does not contradict
 * itself, a 案号 is one line. Each refusal is a 400 naming the field, nothing recorded.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/litigation.bpmn",
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class AppealInputChecksScenarioTest {

  // The other scenario tests cover the models; these are about refused input.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /** F9: a line break in a 案号 split the 复议答复书's opening sentence; tab alike. */
  @Test
  void aDocketNumberIsOneLine() {
    String trackingNumber = scenario.deliveredCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复\n〔2026〕1号",
        APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10", SERVED_ON, "2026-02-10",
        PROCEDURE, "SIMPLIFIED"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(DOCKET_NO)
        .hasMessageContaining("案号不能换行");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502\t行初3号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(DOCKET_NO)
        .hasMessageContaining("案号不能换行");
    assertThat(appeals.of(trackingNumber)).isEmpty();
    // Positive control: the same 案号 on one line is recorded.
    scenario.fileReconsideration(trackingNumber, AppealScenario.RECEIVED, "1");
    assertThat(appeals.of(trackingNumber)).singleElement()
        .satisfies(appeal -> assertThat(appeal.docketNo()).isEqualTo("示复〔2026〕1号"));
  }

  /** F7: an answer sent as a number through /engine-rest was issued as "5". */
  @Test
  void anAnswerIsAText() {
    String trackingNumber = scenario.deliveredCase(false);
    scenario.fileReconsideration(trackingNumber, AppealScenario.RECEIVED, "2");
    assertThatThrownBy(() -> scenario.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER,
        ANSWER_TEXT, 5, EVIDENCE_LIST, "1. 申请表"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(ANSWER_TEXT)
        .hasMessageContaining("应为文本");
    assertThat(scenario.request.task(TASK_DRAFT_ANSWER)).isNotNull();
  }

  /** F8: 维持 sent with 撤销 was recorded as 维持, the 撤销 dropped silently. */
  @Test
  void aMaintainedDecisionHasNoCorrection() {
    String trackingNumber = scenario.deliveredCase(false);
    scenario.fileReconsideration(trackingNumber, AppealScenario.RECEIVED, "3");
    scenario.submitAnswer(AppealScenario.RECEIVED);
    today(LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER,
        APPEAL_RESULT, "MAINTAINED", APPEAL_RESULT_DETAIL, "REVOKED",
        DECIDED_ON, "2026-03-02"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_RESULT_DETAIL)
        .hasMessageContaining("维持与撤销等纠正结果互相矛盾");
    assertThat(appeals.of(trackingNumber)).singleElement()
        .satisfies(appeal -> assertThat(appeal.result()).isNull());
    // Positive control: 维持 alone is recorded.
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        APPEAL_RESULT_DETAIL, null, DECIDED_ON, "2026-03-02");
    assertThat(appeals.of(trackingNumber)).singleElement()
        .satisfies(appeal -> assertThat(appeal.result()).isEqualTo("MAINTAINED"));
  }

  /**
   * F8: a 裁定 that "revokes" set the agency's appeal period to the 10 days of a 裁定 (ALL Art.
   * 85) where a 撤销 is a 判决 with 15 (Art. 70).
   */
  @Test
  void aRulingDoesNotCorrect() {
    String trackingNumber = scenario.deliveredCase(false);
    scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0502行初3号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false);
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT, "答辩意见：被告已依法答复。",
            EVIDENCE_LIST, "1. 答复书")
        .complete("Task_ApproveDefence", LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
            HEARING_ON, "2026-03-10");
    today(LocalDate.of(2026, 3, 20));
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER,
        APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-18",
        JUDGMENT_KIND, "RULING", APPEALED_TO_HIGHER_COURT, false))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(JUDGMENT_KIND)
        .hasMessageContaining("裁定书只能对应“其他结果”");
    assertThat(appeals.of(trackingNumber)).singleElement()
        .satisfies(appeal -> assertThat(appeal.result()).isNull());
    // Positive control: a 裁定驳回起诉 is recorded.
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "OTHER",
        APPEAL_RESULT_DETAIL, "DISMISSED", DECIDED_ON, "2026-03-18", JUDGMENT_KIND, "RULING",
        APPEALED_TO_HIGHER_COURT, false);
    assertThat(appeals.of(trackingNumber)).singleElement()
        .satisfies(appeal -> assertThat(appeal.result()).isEqualTo("OTHER"));
  }
}
