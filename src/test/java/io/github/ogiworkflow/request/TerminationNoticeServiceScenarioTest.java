package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.END_EVENT_TERMINATION_NOTICE_SERVED;
import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_SERVE_TERMINATION_NOTICE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_APPEAL_WINDOW_CLOSED;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.appeal.AppealWindow;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.TerminationService;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 送达终止告知书 (ADR 0067): a case closed without a reply (6.1 视为放弃, Art. 30; 6.2 逾期未缴费,
 * Art. 42) gets a termination notice citing the remedies, whose periods run from the applicant's
 * receipt (handbook §2.13; ARL Art. 20, ALL Art. 46). The office records its service; the appeal
 * periods and late-filing warnings count from the receipt, by post from the signed-for day.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn",
    "processes/termination-notice-service.bpmn"})
class TerminationNoticeServiceScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      1.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  RequestScenario scenario;
  CaseRegister register;
  AppealWindow window;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    window = ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * 6.1: abandoned on Tue 10 Mar 2026; the request ends at once as before, the office gets
   * 送达终止告知书 (due 3 working days later, Fri 13 Mar), dates that make no sense are refused on
   * their field with nothing written, and the notice handed over on Thu 12 Mar starts the periods.
   */
  @Test
  void anAbandonedCasesNoticeServedInPersonStartsThePeriodsThatDay() {
    String tn = scenario.abandonedOnTue10Mar();
    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_Abandoned");
    Assertions.assertThat(register.get(tn).outcomeCode()).isEqualTo("6.1");
    ProcessInstance service = service(tn);
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);
    assertThat(service).task().hasCandidateGroup("office").hasName("送达终止告知书");
    Task task = scenario.task(TASK_SERVE_TERMINATION_NOTICE);
    Assertions.assertThat(task.getDueDate()).isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 13)));
    Assertions.assertThat(engine.getRuntimeService().getVariable(service.getId(),
        TERMINATION_CLOSED_ON)).isEqualTo("2026-03-10");
    // Not served yet: the periods are not running as far as the register knows.
    Assertions.assertThat(register.replyReceivedOn(tn)).isNull();

    today(LocalDate.of(2026, 3, 12));
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-09"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("送达日期不得早于终止办理日期");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-13"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("送达日期不得晚于今天");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-11", REPLY_RECEIVED_ON, "2026-03-10"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("申请人签收日期不得早于送达日期");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-11", REPLY_RECEIVED_ON, "2026-03-13"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("申请人签收日期不得晚于今天");
    // Only a posted notice is received after its service (one rule with the reply's).
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-11", REPLY_RECEIVED_ON, "2026-03-12"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("申请人签收日期应与送达日期2026年3月11日相同");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, DELIVERED_BY, "PIGEON",
        DELIVERED_ON, "2026-03-11"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("送达方式");
    Assertions.assertThat(register.terminationService(tn).orElseThrow().servedOn()).isNull();
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);

    scenario.complete(task, OFFICE_USER, DELIVERED_BY, "IN_PERSON", DELIVERED_ON, "2026-03-12",
        DELIVERY_NOTE, "申请人到窗口签收");
    assertThat(service).hasPassed(END_EVENT_TERMINATION_NOTICE_SERVED).isEnded();
    TerminationService recorded = register.terminationService(tn).orElseThrow();
    Assertions.assertThat(recorded.servedBy()).isEqualTo("IN_PERSON");
    Assertions.assertThat(recorded.servedOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    Assertions.assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 12));
    // Table 三 counts the closing: the first closing stays the closing day.
    Assertions.assertThat(register.dates(tn).orElseThrow().firstClosedOn())
        .isEqualTo(LocalDate.of(2026, 3, 10));
    // 60 days from Thu 12 Mar end Mon 11 May: a reconsideration that day is in time.
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 11))).isNull();
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 12)))
        .contains("2026年3月12日");
  }

  /**
   * 6.1, the notice posted on the closing day, Tue 10 Mar, and signed for Tue 17 Mar: the 60 days
   * end Sat 16 May → Mon 18 May, so a reconsideration filed that day is not called late. Counted
   * from the closing (9 May, a Saturday → Mon 11 May) it was.
   */
  @Test
  void aLateFilingWarningCountsFromThePostedNoticesSignedForDay() {
    String tn = scenario.abandonedOnTue10Mar();
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-10");
    // Posted, not yet signed for: no filing is called late.
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 8, 3))).isNull();
    today(LocalDate.of(2026, 3, 20));
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-10", REPLY_RECEIVED_ON, "2026-03-17");
    assertThat(service(tn)).isNull();

    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 18))).isNull();
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 19)))
        .contains("60 days", "2026-03-17", "收到终止办理告知书之日（2026年3月17日）");
  }

  /**
   * Audit round 23, F6 and F3: the task back for a posted notice's signed-for day records that
   * day only (a changed way or posting day would rewrite the service unseen: that is a date
   * correction, with its reason); and neither day may come after the applicant appealed against
   * the notice, as for a reply. Posted Tue 10 Mar, reconsideration filed Fri 20 Mar.
   */
  @Test
  void theTaskBackForTheSignedForDayRecordsThatDayOnlyAndNotAfterTheApplicantsAppeal() {
    String tn = scenario.abandonedOnTue10Mar();
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-10");
    today(LocalDate.of(2026, 3, 25));
    Task again = scenario.task(TASK_SERVE_TERMINATION_NOTICE);
    assertThatThrownBy(() -> scenario.completeOnly(again, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-12", REPLY_RECEIVED_ON, "2026-03-12"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("请通过日期更正办理");
    assertThatThrownBy(() -> scenario.completeOnly(again, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-11", REPLY_RECEIVED_ON, "2026-03-13"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("送达方式和送达日期已于前次登记");

    ProcessTestEngine.bean(engine, "appealRegister", io.github.ogiworkflow.appeal.AppealRegister.class)
        .insert(new io.github.ogiworkflow.appeal.AppealRegister.NewAppeal(tn, null,
            io.github.ogiworkflow.appeal.AppealKind.RECONSIDERATION, 1, false, "示复〔2026〕5号",
            "示范市人民政府", "ORDINARY", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23),
            LocalDate.of(2026, 4, 6)));
    assertThatThrownBy(() -> scenario.completeOnly(again, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-10", REPLY_RECEIVED_ON, "2026-03-24"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REPLY_RECEIVED_ON)
        .hasMessageContaining("申请人签收日期不得晚于申请人申请行政复议");
    Assertions.assertThat(register.terminationService(tn).orElseThrow().signedForOn()).isNull();
    scenario.complete(again, OFFICE_USER, DELIVERED_BY, "POST", DELIVERED_ON, "2026-03-10",
        REPLY_RECEIVED_ON, "2026-03-16");
    Assertions.assertThat(register.terminationService(tn).orElseThrow().signedForOn())
        .isEqualTo(LocalDate.of(2026, 3, 16));
    // The audit trail shows the service as it shows a reply's delivery (F6: it showed neither).
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(tn).orElseThrow().entries())
        .filteredOn(e -> e.activity().equals("终止办理告知书送达")).singleElement()
        .satisfies(e -> {
          Assertions.assertThat(e.at()).isEqualTo(LocalDate.of(2026, 3, 10)
              .atStartOfDay(OfficeTime.ZONE).toInstant());
          Assertions.assertThat(e.outcome()).isEqualTo("送达方式 邮寄");
          Assertions.assertThat(e.detail()).isEqualTo("申请人收到 2026年3月16日（复议、诉讼期限自此起算）");
          // Who recorded the service, from the register (ADR 0161; it named nobody before).
          Assertions.assertThat(e.who()).isEqualTo(OFFICE_USER);
        });
  }

  /**
   * 6.2 after a third party's notice (ADR 0038): closed Wed 18 Mar 2026, the notice posted the
   * same day and signed for Wed 25 Mar. Until the signed-for day is recorded the window is
   * 待确认签收 and no filing is called late; then the periods run from 25 Mar: a reconsideration
   * of Fri 22 May is in time (60 days end Sun 24 May → Mon 25 May), which counted from the
   * closing (17 May, a Sunday → Mon 18 May) was warned as late; the window's 6 months end on
   * Fri 25 Sep, 中秋节, so it closes Mon 28 Sep (CPL Art. 85), not Fri 18 Sep.
   */
  @Test
  void aPostedNoticeCountsFromTheSignedForDayForWarningsAndTheWindow() {
    String tn = scenario.closedUnpaidAfterAThirdPartysNoticeOnWed18Mar();
    assertThat(scenario.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo(AppealWindow.AWAITING_SIGNED_FOR);
    ProcessInstance service = service(tn);

    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-18", DELIVERY_NOTE, "挂号信XA123");
    // Posted, not signed for: the task comes again, due 30 days after the posting.
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);
    Assertions.assertThat(scenario.task(TASK_SERVE_TERMINATION_NOTICE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 16)));
    Assertions.assertThat(register.replyReceivedOn(tn)).isNull();
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 9, 1))).isNull();
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo(AppealWindow.AWAITING_SIGNED_FOR);

    today(LocalDate.of(2026, 3, 26));
    assertThatThrownBy(() -> scenario.completeOnly(
        scenario.task(TASK_SERVE_TERMINATION_NOTICE), OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-18", REPLY_RECEIVED_ON, "2026-03-17"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("申请人签收日期不得早于送达日期");
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-18", REPLY_RECEIVED_ON, "2026-03-25");
    assertThat(service).hasPassed(END_EVENT_TERMINATION_NOTICE_SERVED).isEnded();
    Assertions.assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 25));

    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 22))).isNull();
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 26)))
        .contains("2026年3月25日");
    CaseRegister.CaseRecord record = register.get(tn);
    Assertions.assertThat(window.lawsuitWarning(record, false, LocalDate.of(2026, 9, 22)))
        .isNull();
    // The window, and its timer, from the signed-for day: Mon 28 Sep 2026.
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-09-28");
    Assertions.assertThat(scenario.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 9, 28)));
    Assertions.assertThat(register.dates(tn).orElseThrow().firstClosedOn())
        .isEqualTo(LocalDate.of(2026, 3, 18));
    // The audit trail shows the window's closing day set from the receipt (it was 待确认签收).
    Assertions.assertThat(ProcessTestEngine.bean(engine, "dateChangeRegister",
            DateChangeRegister.class).of(tn))
        .filteredOn(change -> change.field().equals(DateChangeRegister.APPEAL_WINDOW_CLOSES_ON))
        .extracting(DateChangeRegister.DateChange::oldDate, DateChangeRegister.DateChange::newDate,
            DateChangeRegister.DateChange::changedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(null, LocalDate.of(2026, 9, 28),
            DateChangeRegister.SYSTEM));

    today(LocalDate.of(2026, 9, 29));
    scenario.fireTimer(TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_ClosedForGood");
  }

  /**
   * Until the service is recorded the window's check keeps the case open (待确认签收), looked at
   * again every 30 days, as for a posted reply without its signed-for date.
   */
  @Test
  void aClosedCaseWaitsForTheNoticesReceiptBeforeClosingForGood() {
    String tn = scenario.closedUnpaidAfterAThirdPartysNoticeOnWed18Mar();
    today(LocalDate.of(2026, 9, 19));
    scenario.fireTimer(TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(scenario.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(register.finalOn(tn)).isNull();
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo(AppealWindow.AWAITING_SIGNED_FOR);

    // Handed over late, on Mon 21 Sep: the window moves to 6 months from then, Mon 22 Mar 2027.
    today(LocalDate.of(2026, 9, 21));
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-09-21");
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo(
        "2027-03-22（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）");
  }

  /**
   * ADR 0069: a posted notice's signed-for day recorded by a date correction (the office's
   * correction API) while the task waits for it: the task ends (签收日期已另行登记), not asking
   * for a day already recorded, and the periods run from it.
   */
  @Test
  void aSignedForDayRecordedByACorrectionEndsTheTaskWaitingForIt() {
    String tn = scenario.abandonedOnTue10Mar();
    ProcessInstance service = service(tn);
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-10");
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);
    today(LocalDate.of(2026, 3, 20));
    ProcessTestEngine.dateCorrections(engine).correct(tn, "terminationSignedForOn",
        "2026-03-17", "回执已寄回，补登签收日期", OFFICE_USER);
    assertThat(service).hasPassed(ElementIds.BOUNDARY_TERMINATION_SIGNED_FOR_RECORDED,
        ElementIds.END_EVENT_TERMINATION_SIGNED_FOR_RECORDED).isEnded();
    Assertions.assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 17));
  }

  /**
   * ADR 0069: the third party's appeal corrects the agency (纠正) on Mon 30 Mar and the closed
   * case reopens while its notice's service is still to be recorded. The closing no longer
   * stands: 送达终止告知书 ends (申请已重新办理), the audit trail says why on its end event, and
   * the compliance check no longer lists the reopened case's notice as unserved.
   */
  @Test
  void aReopenedCaseEndsItsOpenServiceTaskWithTheReason() {
    String tn = scenario.closedUnpaidAfterAThirdPartysNoticeOnWed18Mar();
    ProcessInstance service = service(tn);
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);

    today(LocalDate.of(2026, 4, 1));
    reopenedByACorrectionOnMon30Mar(tn);
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_SEARCH_AND_SPLIT);
    assertThat(service).hasPassed(ElementIds.BOUNDARY_TERMINATION_NOTICE_SUPERSEDED,
        ElementIds.END_EVENT_TERMINATION_NOTICE_SUPERSEDED)
        .hasNotPassed(END_EVENT_TERMINATION_NOTICE_SERVED).isEnded();
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(tn)
        .taskDefinitionKey(TASK_SERVE_TERMINATION_NOTICE).count()).isZero();
    java.util.List<io.github.ogiworkflow.audit.CaseTimeline.Entry> trail =
        ProcessTestEngine.timeline(engine).of(tn).orElseThrow().entries();
    Assertions.assertThat(trail)
        .filteredOn(entry -> entry.activity().equals("任务结束（申请已重新办理）"))
        .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::comment).singleElement()
        .asString().contains("申请已重新办理（行政复议决定撤销，决定日期2026年3月30日）");
    Assertions.assertThat(trail).filteredOn(entry -> entry.activity().equals("送达终止告知书"))
        .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::detail).singleElement()
        .asString().contains("已取消");
    Assertions.assertThat(compliance().check(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31)).rules().stream()
        .filter(rule -> rule.id().equals("terminationNotServed"))
        .flatMap(rule -> rule.violations().stream())
        .filter(violation -> violation.trackingNumber().equals(tn))).isEmpty();
  }

  /**
   * ADR 0069: a posted notice waiting for its signed-for day when the case reopens: the task
   * ends as well, and the service already recorded stays in the register as recorded.
   */
  @Test
  void aReopenedCaseKeepsTheServiceAlreadyRecorded() {
    String tn = scenario.closedUnpaidAfterAThirdPartysNoticeOnWed18Mar();
    ProcessInstance service = service(tn);
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-18");
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);

    today(LocalDate.of(2026, 4, 1));
    reopenedByACorrectionOnMon30Mar(tn);
    assertThat(service).hasPassed(ElementIds.END_EVENT_TERMINATION_NOTICE_SUPERSEDED).isEnded();
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForMap("SELECT"
            + " termination_served_by, termination_served_on FROM ogi_case"
            + " WHERE tracking_number = ?", tn))
        .containsValues("POST", java.sql.Date.valueOf(LocalDate.of(2026, 3, 18)));
  }

  /** A start by another path, for a case whose notice needs no recording, is refused. */
  @Test
  void noServiceTaskForACaseNotClosedWithoutAReply() {
    scenario.start(registration(RECEIVED));
    String tn = scenario.trackingNumber();
    assertThatThrownBy(() -> engine.getRuntimeService()
        .createMessageCorrelation(ElementIds.MESSAGE_TERMINATION_NOTICE_ISSUED)
        .processInstanceBusinessKey(tn).correlateStartMessage())
        .isInstanceOf(InvalidInput.class).hasMessageContaining("没有待登记送达情况的终止办理告知书");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TERMINATION_NOTICE_SERVICE).count()).isZero();
  }

  /**
   * F5: the notice is served only by a way the register can reach the applicant by, as the
   * reply. A case registered before the counter checked the contact data (e-mail asked for, no
   * e-mail or address on record) is refused e-mail, online and post on 送达方式 and served in
   * person.
   */
  @Test
  void aNoticeIsNotServedByAWayTheApplicantCannotBeReachedBy() {
    String tn = scenario.abandonedOnTue10Mar();
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_case SET contact_email = NULL,"
        + " contact_address = NULL WHERE tracking_number = ?", tn);
    Task task = scenario.task(TASK_SERVE_TERMINATION_NOTICE);
    for (String[] refused : new String[][] {
        {"EMAIL", "申请人未提供电子邮箱，不能以电子邮件送达"},
        {"ONLINE", "没有查询码，不能网上送达"},
        {"POST", "申请人未提供通信地址，不能邮寄送达"}}) {
      assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, DELIVERED_BY, refused[0],
          DELIVERED_ON, "2026-03-10"))
          .as(refused[0]).isInstanceOf(InvalidInput.class)
          .hasMessageContaining("deliveredBy: ").hasMessageContaining(refused[1]);
    }
    Assertions.assertThat(register.terminationService(tn).orElseThrow().servedOn()).isNull();

    scenario.complete(task, OFFICE_USER, DELIVERED_BY, "IN_PERSON", DELIVERED_ON, "2026-03-10");
    assertThat(service(tn)).isNull();
    Assertions.assertThat(register.terminationService(tn).orElseThrow().servedBy())
        .isEqualTo("IN_PERSON");
  }

  /** The third party's reconsideration decided Mon 30 Mar: 撤销, the request reopened. */
  private void reopenedByACorrectionOnMon30Mar(String tn) {
    engine.getRuntimeService().createMessageCorrelation(ElementIds.MESSAGE_REPLY_CORRECTED)
        .processInstanceBusinessKey(tn)
        .setVariable(REOPEN_DECIDED_ON, "2026-03-30")
        .setVariable(REOPEN_REASON, "行政复议决定撤销")
        .correlate();
    scenario.runAsyncSteps();
  }

  private io.github.ogiworkflow.audit.ComplianceQueries compliance() {
    return new io.github.ogiworkflow.audit.ComplianceQueries(ProcessTestEngine.jdbc(engine),
        ProcessTestEngine.bean(engine, "workingDayCalendar",
            io.github.ogiworkflow.calendar.WorkingDayCalendar.class),
        io.github.ogiworkflow.deadline.DeadlineProperties.defaults(),
        ProcessTestEngine.bean(engine, "publicationAudit",
            io.github.ogiworkflow.publication.PublicationAudit.class), engine,
        ProcessTestEngine.bean(engine, "releaseChecks", io.github.ogiworkflow.reply.ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister",
            io.github.ogiworkflow.register.ReplyLetterRegister.class));
  }

  private ProcessInstance service(String tn) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TERMINATION_NOTICE_SERVICE)
        .processInstanceBusinessKey(tn).singleResult();
  }
}
