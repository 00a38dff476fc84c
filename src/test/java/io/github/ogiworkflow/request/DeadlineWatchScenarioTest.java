package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_EXTENSION;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_EXTENSION;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_HANDLE_OVERDUE;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Timers and tasks that watch a step end with it (issue 14, point 15). A reminder already due
 * at registration is given at once instead of as a timer that would race the office's first
 * completion; the reply-deadline reminder and the overdue escalation live inside 办理与答复 and
 * are cancelled when the reply is delivered, so the case can end and its retention start.
 * Dates: March 2026 has no holiday, so working days are Monday to Friday.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class DeadlineWatchScenarioTest {

  // DisclosureRequestScenarioTest covers the models; these tests are about the watchers.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  /** Wednesday 4 March 2026. */
  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 4);

  ProcessEngine engine;
  RequestScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    scenario = new RequestScenario(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // ---- (a) the correction-notice reminder of a case registered late -------------------------

  @Test
  void aReminderAlreadyDueAtRegistrationIsGivenAtOnceAndNoTimerRacesTheFirstCompletion() {
    // Registered Thu 12 Mar, received Wed 4 Mar: 5, 6, 9, 10, 11, 12 Mar = 6 working days back.
    // The reminder was due on the 5th working day, Wed 11 Mar 09:00.
    today(LocalDate.of(2026, 3, 12));
    scenario.start(registration(RECEIVED));

    Assertions.assertThat(scenario.variable(CORRECTION_NOTICE_REMIND_AT))
        .isEqualTo(OfficeTime.morningOf(LocalDate.of(2026, 3, 11)));
    Assertions.assertThat(scenario.timerJobs(ElementIds.TIMER_CORRECTION_NOTICE_DUE)).isEmpty();
    Assertions.assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).executable().list())
        .as("no job is due, so none runs next to the office's first step").isEmpty();
    // The reminder itself, as the timer's step gives it: on top, due on the 7th working day
    // after receipt (5, 6, 9, 10, 11, 12, Fri 13 Mar).
    Task check = scenario.task(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(check.getPriority()).isEqualTo(80);
    Assertions.assertThat(check.getDueDate()).isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 13)));
    Assertions.assertThat(scenario.variable(CORRECTION_NOTICE_REMINDED_AT_REGISTRATION))
        .isEqualTo(true);

    scenario.complete(check, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasNotPassed("Service_RemindCorrectionNotice");
  }

  @Test
  void aReminderStillAheadAtRegistrationKeepsItsTimer() {
    // Registered Tue 10 Mar, 4 working days after receipt: the reminder is due tomorrow 09:00.
    today(LocalDate.of(2026, 3, 10));
    scenario.start(registration(RECEIVED));

    Assertions.assertThat(scenario.timerJobs(ElementIds.TIMER_CORRECTION_NOTICE_DUE))
        .singleElement().satisfies(timer -> Assertions.assertThat(timer.getDuedate())
            .isEqualTo(OfficeTime.morningOf(LocalDate.of(2026, 3, 11))));
    Task check = scenario.task(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(check.getPriority()).isEqualTo(50);
    Assertions.assertThat(scenario.variable(CORRECTION_NOTICE_REMINDED_AT_REGISTRATION)).isNull();
    // Due with the correction notice, 7 working days after receipt (5, 6, 9, 10, 11, 12, Fri
    // 13 Mar), not on the reply deadline (Wed 1 Apr); 即将到期 from 3 working days before.
    Assertions.assertThat(check.getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 13)));
    Assertions.assertThat(check.getFollowUpDate())
        .isEqualTo(Date.from(LocalDate.of(2026, 3, 10).atStartOfDay(OfficeTime.ZONE).toInstant()));

    scenario.fireTimer(ElementIds.TIMER_CORRECTION_NOTICE_DUE);
    Assertions.assertThat(scenario.task(TASK_CHECK_COMPLETENESS).getPriority()).isEqualTo(80);
    assertThat(scenario.instance).hasPassed("Service_RemindCorrectionNotice");
  }

  // ---- (b) reminder and escalation end with 办理与答复 ------------------------------------------

  @Test
  void anExtensionTaskOpenAtDeliveryEndsWithItAndTheCaseCanEnd() {
    reachReplyEdit();
    scenario.fireTimer(ElementIds.TIMER_REPLY_REMINDER);
    Task consider = scenario.task(TASK_CONSIDER_EXTENSION);

    deliver();

    Assertions.assertThat(scenario.tasks(TASK_CONSIDER_EXTENSION)).isEmpty();
    Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(scenario.instance.getId()).list()).isEmpty();
    Assertions.assertThat(scenario.timerJobs(ElementIds.TIMER_REPLY_OVERDUE)).isEmpty();
    HistoricTaskInstance history = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(consider.getId()).singleResult();
    Assertions.assertThat(history.getEndTime()).isNotNull();
    Assertions.assertThat(history.getDeleteReason()).isNotEqualTo("completed");

    closeAppealWindow();
  }

  @Test
  void anOverdueEscalationAndAnExtensionApprovalOpenAtDeliveryEndWithIt() {
    reachReplyEdit();
    scenario.fireTimer(ElementIds.TIMER_REPLY_REMINDER)
        .complete(TASK_CONSIDER_EXTENSION, OFFICE_USER, EXTENSION_REQUESTED, true,
            EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案")
        .fireTimer(ElementIds.TIMER_REPLY_OVERDUE);
    Assertions.assertThat(scenario.tasks(TASK_APPROVE_EXTENSION)).hasSize(1);
    Assertions.assertThat(scenario.tasks(TASK_HANDLE_OVERDUE)).hasSize(1);

    deliver();

    Assertions.assertThat(scenario.tasks(TASK_APPROVE_EXTENSION)).isEmpty();
    Assertions.assertThat(scenario.tasks(TASK_HANDLE_OVERDUE)).isEmpty();
    closeAppealWindow();
  }

  @Test
  void watchersThatFinishBeforeDeliveryLeaveTheReplyPathAlone() {
    reachReplyEdit();
    scenario.fireTimer(ElementIds.TIMER_REPLY_OVERDUE);
    // Due 3 working days after the passed deadline (Wed 1 Apr): Thu 2, Fri 3, [4–6 清明],
    // Tue 7 Apr; not at the deadline, which would make leadership late when asked. The task
    // names the open step and who holds it.
    org.camunda.bpm.engine.task.Task supervision = scenario.task(TASK_HANDLE_OVERDUE);
    Assertions.assertThat(supervision.getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 7)));
    Assertions.assertThat(scenario.variable(OVERDUE_STEPS_TEXT))
        .isEqualTo("审核答复书并确定是否收费（政府信息公开办公室）");
    scenario.complete(TASK_HANDLE_OVERDUE, LEADER, OVERDUE_COMMENT, "请于两日内答复");
    assertThat(scenario.instance).hasPassed("EndEvent_OverdueHandled").isWaitingAt(TASK_EDIT_REPLY);

    deliver();
    closeAppealWindow();
  }

  /** Received and registered Wed 4 Mar; a public item goes straight to the reply. */
  private void reachReplyEdit() {
    today(RECEIVED);
    scenario.startWithItems(registration(RECEIVED),
        items(item("公开出版的统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
  }

  private void deliver() {
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, OfficeTime.today().toString());
    assertThat(scenario.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS)
        .hasPassed("EndEvent_ReplyDelivered");
  }

  /** Delivered Wed 4 Mar: the 6-month window closes on Fri 4 Sep; the next day it has passed. */
  private void closeAppealWindow() {
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-09-04");
    Assertions.assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).list())
        .as("the appeal window's timer is the case's only job").singleElement()
        .satisfies(job -> Assertions.assertThat(job.getId()).isEqualTo(
            scenario.timerJobs(ElementIds.TIMER_APPEAL_WINDOW_CLOSED).get(0).getId()));
    today(LocalDate.of(2026, 9, 5));
    scenario.fireTimer(ElementIds.TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_ClosedForGood");
    Date ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(scenario.instance.getId()).singleResult().getEndTime();
    Assertions.assertThat(ended).as("history retention counts from the end").isNotNull();
  }
}
