package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_COMPLAINT_ANSWER;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Complaint} (申诉、举报): recorded, answered by the office with leadership approval, counted. */
@Deployment(resources = {
    "processes/complaint.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class ComplaintScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      1.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

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

  @Test
  void aComplaintIsAnsweredAfterLeadershipApprovalAndCounted() {
    String trackingNumber = scenario.deliveredCase(false);
    int before = appeals.counts(AppealKind.COMPLAINT, 2026, null).total();
    ProcessInstance complaint = complain(trackingNumber);

    assertThat(complaint).isWaitingAt(TASK_DRAFT_COMPLAINT_ANSWER);
    Assertions.assertThat(engine.getRuntimeService().getVariable(complaint.getId(),
        APPEAL_SUBJECT)).isEqualTo("举报内容：举报该局未依法答复政府信息公开申请");
    // Received 10 Feb + 15 working days: 11–14 = 4; 24–28 Feb = 9; 2–6 Mar = 14; 9 Mar.
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_COMPLAINT_ANSWER).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 9)));
    answer("SEND_BACK");
    answer("APPROVE");

    assertThat(complaint).isEnded().hasPassed("Service_RecordComplaintAnswer",
        "EndEvent_ComplaintAnswered");
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal -> {
      Assertions.assertThat(appeal.kind()).isEqualTo(AppealKind.COMPLAINT);
      Assertions.assertThat(appeal.procedureKind()).isEqualTo("REPORT");
      Assertions.assertThat(appeal.approvedBy()).isEqualTo(LEADER);
      Assertions.assertThat(appeal.result()).isEqualTo("ANSWERED");
      Assertions.assertThat(appeal.pending()).isFalse();
    });
    Assertions.assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total())
        .isEqualTo(before + 1);
    // The audit trail shows the answered complaint (its result is no table 四 result).
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> "APPEAL".equals(entry.kind())).singleElement()
        .satisfies(entry -> Assertions.assertThat(entry.toString()).contains("已答复", "答复于"));
    // A complaint does not hold the appeal window open.
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
  }

  @Test
  void aComplaintNeedsAKnownCaseAndItsContent() {
    assertThatThrownBy(() -> complain("YSQ-2026-999998"))
        .isInstanceOf(UnknownCase.class);
    String trackingNumber = scenario.deliveredCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        trackingNumber, COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("请填写申诉举报内容");
    // Not passed on before the request it is about was received (10 Feb 2026).
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        trackingNumber, COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室",
        SERVED_ON, "2010-05-05", COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("收到日期不能早于政府信息公开申请的收到日期");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();
  }

  private ProcessInstance complain(String trackingNumber) {
    return scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER, trackingNumber,
        COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室", SERVED_ON, "2026-02-10",
        COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请");
  }

  private void answer(String approval) {
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT,
            "经核查，本局已依法答复。")
        .complete("Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, approval,
            ANSWER_APPROVAL_COMMENT, "SEND_BACK".equals(approval) ? "请写明答复日期" : null);
  }
}
