package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.appeal.AppealScenario.RECEIVED;
import static io.github.ogiworkflow.process.ElementIds.SERVICE_REOPEN_REQUEST;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_OVERDUE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.audit.CaseTimeline;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Audit round 28 on the dates and acts of appeal decisions: a decision names the act it is on
 * even when only one appeal waits (F4); a 重新答复期限 years ahead is a typing error (F9); a
 * correction of the failure to reply reads as what it did in the audit trail, not as a
 * reopening (F12); a holiday notice leaves a reply date a decision ordered (F13).
 *
 * <p>Hand count (F13). The 2027 calendar is provisional (元旦 Friday 1 January off); the test
 * notice gives Monday 4 and Tuesday 5 January off as well. A date a decision ordered, Friday 15
 * January 2027, would be recounted as working days to Tuesday 19 January. 20 working days from a
 * decision of Monday 14 December 2026 (no date ordered): 15–18 Dec (4), 21–25 (9), 28–31 (13),
 * 4–8 Jan (18), 11, Tuesday 12 January (20); on the notice 6–8 Jan (16), 11–14, Thursday 14
 * January (20).
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class OrderedReplyDateScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final String NOTICE_2027 = """
      # test notice, invented: 元旦 from Friday 1 to Tuesday 5 January
      holiday 2027-01-01..2027-01-05
      """;
  static final LocalDate DECISION_DAY = LocalDate.of(2026, 12, 14);
  static final LocalDate ORDERED_BY = LocalDate.of(2027, 1, 15);

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;
  CaseRegister cases;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
    cases = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
    ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class)
        .withdrawYear(2027);
  }

  /**
   * F4: only the appeal against the failure to reply waits; a decision the API says is on the
   * reply is refused on {@code challengedAct} (it was booked on this appeal and moved the
   * deadline), nothing recorded. F12: the correction recorded, the audit trail does not say the
   * request was reopened. F13: the holiday notice leaves the ordered date where it is.
   */
  @Test
  void anOrderAgainstTheFailureToReplyIsCheckedNamedAndKeptByAHolidayNotice() {
    LocalDate received = LocalDate.of(2026, 11, 2);
    today(received);
    scenario.request.start(registration(received))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .fireTimer(TIMER_REPLY_OVERDUE);
    String tn = scenario.request.trackingNumber();
    LocalDate filedOn = LocalDate.of(2026, 12, 7);
    today(filedOn);
    ProcessInstance reconsideration = scenario.fileReconsideration(tn, filedOn, "281");
    scenario.submitAnswer(filedOn);
    Assertions.assertThat(appeals.of(tn)).singleElement()
        .extracting(AppealRegister.Appeal::challenged).isEqualTo(ChallengedAct.NON_REPLY);
    LocalDate dueBefore = cases.get(tn).dueOn();

    today(DECISION_DAY);
    Map<String, Object> decision = new HashMap<>(Map.of(APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, DECISION_DAY.toString(),
        CORRECTED_DUE_ON, ORDERED_BY.toString(), AppealEvents.CHALLENGED_ACT, "REPLY"));
    Assertions.assertThatThrownBy(() -> events().reconsiderationDecided(tn, decision))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("challengedAct")
        .hasMessageContaining("该申请没有对答复或决定提起且等待决定或判决的复议、诉讼");
    assertThat(reconsideration).isWaitingAt(TASK_RECORD_DECISION);
    Assertions.assertThat(appeals.of(tn).get(0).pending()).isTrue();
    Assertions.assertThat(cases.get(tn).dueOn()).isEqualTo(dueBefore);

    decision.put(AppealEvents.CHALLENGED_ACT, "NON_REPLY");
    events().reconsiderationDecided(tn, decision);
    scenario.request.runAsyncSteps();
    assertThat(reconsideration).isEnded().hasPassed(SERVICE_REOPEN_REQUEST);
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(cases.get(tn).dueOn()).isEqualTo(ORDERED_BY);

    // F12: what happened, not 重新办理申请 / 已纠正，重新办理.
    List<CaseTimeline.Entry> trail = ProcessTestEngine.timeline(engine).of(tn).orElseThrow()
        .entries();
    Assertions.assertThat(trail).extracting(CaseTimeline.Entry::activity)
        .contains("责令答复（逾期未作答复，不重新办理）", "已纠正，责令答复")
        .doesNotContain("重新办理申请", "已纠正，重新办理");
    Assertions.assertThat(trail)
        .filteredOn(e -> e.activity().equals("责令答复（逾期未作答复，不重新办理）"))
        .extracting(CaseTimeline.Entry::detail).singleElement().asString()
        .contains("决定责令于2027年1月15日前作出答复");

    // F13: the notice counts working days again; the ordered date is no count.
    List<Moved> moved = recomputeWithNotice();
    Assertions.assertThat(moved).filteredOn(m -> m.trackingNumber().equals(tn)).isEmpty();
    Assertions.assertThat(cases.get(tn).dueOn()).isEqualTo(ORDERED_BY);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE))
        .isEqualTo(OfficeTime.endOf(ORDERED_BY));
  }

  /**
   * F13 for a correction of the reply (ADR 0044): the reopened round's date the decision set
   * stays; where the decision set none, the 20 working days from it the system counted are
   * counted again on the notice. F4 the other way round: only the appeal against the reply
   * waits, a decision said to be on the failure to reply is refused. F12: a reopening still
   * reads 重新办理申请.
   */
  @Test
  void theDateACorrectionOfTheReplyOrderedStaysAndTheCountedOneMoves() {
    String ordered = scenario.deliveredCase(false);
    AppealScenario other = new AppealScenario(engine);
    String counted = other.deliveredCase(false);
    ProcessInstance first = scenario.fileReconsideration(ordered, RECEIVED, "282");
    scenario.submitAnswer(RECEIVED);
    ProcessInstance second = scenario.fileReconsideration(counted, RECEIVED, "283");
    other.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT, "被申请人已依法答复。",
            EVIDENCE_LIST, "1. 申请表")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, RECEIVED.toString());

    today(DECISION_DAY);
    Assertions.assertThatThrownBy(() -> events().reconsiderationDecided(ordered, new HashMap<>(
            Map.of(APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "REVOKED",
                DECIDED_ON, DECISION_DAY.toString(), AppealEvents.CHALLENGED_ACT,
                "NON_REPLY"))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("challengedAct")
        .hasMessageContaining("该申请没有对逾期未作答复提起");
    assertThat(first).isWaitingAt(TASK_RECORD_DECISION);

    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, DECISION_DAY.toString(),
        CORRECTED_DUE_ON, ORDERED_BY.toString());
    other.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, DECISION_DAY.toString());
    assertThat(first).isEnded();
    assertThat(second).isEnded();
    Assertions.assertThat(cases.get(ordered).dueOn()).isEqualTo(ORDERED_BY);
    Assertions.assertThat(cases.get(counted).dueOn()).isEqualTo(LocalDate.of(2027, 1, 12));
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(ordered).orElseThrow().entries())
        .extracting(CaseTimeline.Entry::activity).contains("重新办理申请", "已纠正，重新办理");

    List<Moved> moved = recomputeWithNotice();

    Assertions.assertThat(moved).filteredOn(m -> m.trackingNumber().equals(ordered)).isEmpty();
    Assertions.assertThat(cases.get(ordered).dueOn()).isEqualTo(ORDERED_BY);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE))
        .isEqualTo(OfficeTime.endOf(ORDERED_BY));
    Assertions.assertThat(moved).contains(new Moved(counted, "replyDueDate",
        LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 14)));
  }

  /**
   * F9: a 重新答复期限 typed with the wrong century (2206) is refused on the field in Tasklist,
   * nothing recorded; one year after the decision is still accepted.
   */
  @Test
  void aReplyDateMoreThanAYearAfterTheDecisionIsRefusedOnTheField() {
    String tn = scenario.deliveredCase(false);
    ProcessInstance reconsideration = scenario.fileReconsideration(tn, RECEIVED, "284");
    scenario.submitAnswer(RECEIVED);
    LocalDate decidedOn = LocalDate.of(2026, 3, 2);
    today(decidedOn);

    Assertions.assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_DECISION,
            LEGAL_USER, APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "REVOKED",
            DECIDED_ON, decidedOn.toString(), CORRECTED_DUE_ON, "2206-03-31"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("correctedDueOn")
        .hasMessageContaining("重新答复期限不能晚于决定日期后一年（2027年3月2日）");
    Assertions.assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_DECISION,
            LEGAL_USER, APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "REVOKED",
            DECIDED_ON, decidedOn.toString(), CORRECTED_DUE_ON, "2027-03-03"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("correctedDueOn");
    assertThat(reconsideration).isWaitingAt(TASK_RECORD_DECISION);
    Assertions.assertThat(appeals.of(tn).get(0).pending()).isTrue();

    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, "2027-03-02");
    assertThat(reconsideration).isEnded();
    Assertions.assertThat(cases.get(tn).dueOn()).isEqualTo(LocalDate.of(2027, 3, 2));
  }

  private List<Moved> recomputeWithNotice() {
    WorkingDayCalendar calendar =
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class);
    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    return ProcessTestEngine.bean(engine, "deadlineRecomputation", DeadlineRecomputation.class)
        .recompute(engine, before, 2027);
  }

  private AppealEvents events() {
    return new AppealEvents(engine.getRuntimeService(), engine.getHistoryService(),
        ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class), appeals,
        ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class));
  }
}
