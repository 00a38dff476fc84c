package io.github.ogiworkflow.deadline;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.audit.CaseTimeline;
import io.github.ogiworkflow.calendar.HolidayFileException;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.holidaynotice.HolidayNotices;
import io.github.ogiworkflow.holidaynotice.StoredHolidayNotices;
import io.github.ogiworkflow.support.AtOnce;
import java.time.Duration;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, point 14: the 2027 notice arrives while cases run on the provisional 2027 calendar.
 *
 * <p>Hand count. Case A, received Sunday 20 December 2026: working days after it are 21–25 Dec
 * (5), 28–31 Dec (9); provisionally 1 January 2027 (元旦, Friday) is off, so 4–8 Jan (14),
 * 11–15 Jan (19), Monday 18 Jan (20): due 2027-01-18, reminder 3 working days before (13 Jan).
 * The test notice (invented) also gives Monday 4 January off: 5–8 Jan (13), 11–15 Jan (18),
 * 18 Jan (19), Tuesday 19 Jan (20): due 2027-01-19, reminder on 14 Jan. Case B, received Tuesday
 * 1 December 2026: 2–4 Dec (3), 7–11 (8), 14–18 (13), 21–25 (18), 28 (19), 29 (20): due
 * 2026-12-29, nothing in 2027, unchanged.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class HolidayNoticeRecomputationScenarioTest {

  // The request models are fixtures here; their own scenarios cover them.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  /** An invented 2027 notice: 元旦 from Friday 1 to Monday 4 January (one day more). */
  static final String NOTICE_2027 = """
      # test notice, invented: 元旦 with Monday 4 January off as well
      holiday 2027-01-01..2027-01-04
      """;

  ProcessEngine engine;
  JdbcTemplate jdbc;
  WorkingDayCalendar calendar;
  CaseRegister register;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc = ProcessTestEngine.jdbc(engine);
    calendar = ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    // Each test adds its own 2027 notice to the engine's calendar.
    calendar.readThrough(null, null);
    calendar.withdrawYear(2027);
    jdbc.update("DELETE FROM ogi_holiday_notice WHERE notice_year = 2027");
  }

  /**
   * A node of the app: its calendar reading through to the stored notices, and its
   * HolidayNotices (upload and directory scan) over its own recount (ADR 0141).
   */
  private HolidayNotices node(WorkingDayCalendar nodeCalendar, String directory) {
    StoredHolidayNotices stored = new StoredHolidayNotices(jdbc, nodeCalendar, Duration.ZERO);
    DeadlineRecomputation recount = nodeCalendar == calendar
        ? ProcessTestEngine.bean(engine, "deadlineRecomputation", DeadlineRecomputation.class)
        : new DeadlineRecomputation(nodeCalendar, register,
            bean("dateChangeRegister", DateChangeRegister.class),
            bean("replyDeadline", ReplyDeadline.class),
            bean("letters", io.github.ogiworkflow.letter.Letters.class),
            bean("deadlineTexts", DeadlineTexts.class),
            bean("reasonsRequestRegister",
                io.github.ogiworkflow.register.ReasonsRequestRegister.class),
            new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(NoticeRecomputation.class),
            bean("orderedReplyDates", OrderedReplyDates.class),
            bean("letterServiceSteps", LetterServiceSteps.class));
    return new HolidayNotices(nodeCalendar, recount, engine,
        ((org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration)
            engine.getProcessEngineConfiguration()).getTransactionManager(), stored, directory);
  }

  private <T> T bean(String name, Class<T> type) {
    T found = ProcessTestEngine.bean(engine, name, type);
    assertThat(found).as(name).isNotNull();
    return found;
  }

  /**
   * Audit 33b, F1: the notice of 2027 is added on one node; then the same notice is uploaded on
   * a second node (which had not counted on it yet), and a restarted node finds it in the
   * holiday directory. Case A (received Sun 20 Dec 2026, class comment) moves once, 18 → 19
   * January; the second upload is refused as a duplicate and the directory's file is not added
   * again: nothing moves a second time, and both other nodes count on the notice.
   */
  @Test
  void theSameNoticeAddedOnAnotherNodeOrReadAfterARestartMovesNothingAgain(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario a = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 20)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    LocalDate counted = LocalDate.of(2027, 1, 19);

    node(calendar, "").add(2027, NOTICE_2027, "upload on node 1");
    assertThat(register.get(a.trackingNumber()).dueOn()).isEqualTo(counted);

    WorkingDayCalendar second = WorkingDayCalendar.fromClasspath();
    assertThatThrownBy(() -> node(second, "").add(2027, NOTICE_2027, "upload on node 2"))
        .isInstanceOf(io.github.ogiworkflow.process.InvalidInput.class)
        .hasMessageContaining("2027 年已有节假日安排");
    assertThat(second.hasDataFor(2027)).isTrue();
    assertThat(second.addWorkingDays(LocalDate.of(2026, 12, 20), 20)).isEqualTo(counted);

    java.nio.file.Files.writeString(directory.resolve("cn-2027.txt"), NOTICE_2027);
    WorkingDayCalendar restarted = WorkingDayCalendar.fromClasspath();
    node(restarted, directory.toString()).scanDirectory();
    assertThat(restarted.hasDataFor(2027)).isTrue();

    assertThat(register.get(a.trackingNumber()).dueOn()).isEqualTo(counted);
    assertThat(a.variable(REPLY_DUE_DATE)).isEqualTo(OfficeTime.endOf(counted));
    assertThat(timer(a, ElementIds.TIMER_REPLY_OVERDUE).getDuedate())
        .isEqualTo(OfficeTime.after(counted));
    assertThat(ProcessTestEngine.bean(engine, "dateChangeRegister", DateChangeRegister.class)
        .of(a.trackingNumber())).singleElement()
        .satisfies(change -> assertThat(change.newDate()).isEqualTo(counted));
  }

  /**
   * Audit 33b, F1: two administrators upload the notice at once, one on each node. The year's
   * row serializes them: one counts the deadlines again, the other is refused as a duplicate,
   * and case A moves once (18 → 19 January), not twice.
   */
  @Test
  void twoNodesAddingTheNoticeAtOnceCountTheDeadlinesAgainOnce() throws Exception {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario a = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 20)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    HolidayNotices first = node(calendar, "");
    WorkingDayCalendar secondCalendar = WorkingDayCalendar.fromClasspath();
    HolidayNotices second = node(secondCalendar, "");
    assertThat(secondCalendar.hasDataFor(2027)).isFalse();

    List<Throwable> failures = AtOnce.run(List.of(
        () -> first.add(2027, NOTICE_2027, "upload on node 1"),
        () -> second.add(2027, NOTICE_2027, "upload on node 2")));

    assertThat(failures).singleElement().satisfies(e -> assertThat(e)
        .isInstanceOf(io.github.ogiworkflow.process.InvalidInput.class)
        .hasMessageContaining("2027 年已有节假日安排"));
    LocalDate counted = LocalDate.of(2027, 1, 19);
    assertThat(register.get(a.trackingNumber()).dueOn()).isEqualTo(counted);
    assertThat(ProcessTestEngine.bean(engine, "dateChangeRegister", DateChangeRegister.class)
        .of(a.trackingNumber())).singleElement()
        .satisfies(change -> assertThat(change.newDate()).isEqualTo(counted));
    assertThat(calendar.hasDataFor(2027)).isTrue();
    assertThat(secondCalendar.hasDataFor(2027)).isTrue();
  }

  /**
   * The letters state the applicant's periods as fixed dates (no 暂算): a notice that makes a
   * day a working day (an invented make-up Saturday, 9 January 2027) would count the payment
   * period of a fee notice served on 21 December 2026 to Monday 18 January instead of Tuesday
   * 19 January; it stays on the 19th, the date the applicant was told. The agency's own reply
   * deadline is counted anew.
   */
  @Test
  void aNoticeNeverShortensAPeriodTheApplicantWasToldAsAFixedDate() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario c = feeNoticeServed21December();
    LocalDate stated = LocalDate.of(2027, 1, 19);
    assertThat(c.variable(FEE_DUE_AT)).isEqualTo(OfficeTime.endOf(stated));

    WorkingDayCalendar before = calendar.addYear(WorkingDayCalendar.parseNotice(2027,
        "holiday 2027-01-01..2027-01-01\nworkday 2027-01-09\n", "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).extracting(Moved::field).doesNotContain("feeDueAt");
    assertThat(c.variable(FEE_DUE_AT)).isEqualTo(OfficeTime.endOf(stated));
    assertThat(ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class)
        .latestFeePeriod(c.trackingNumber()).orElseThrow().dueOn()).isEqualTo(stated);
    assertThat(timer(c, ElementIds.TIMER_PAYMENT_DEADLINE).getDuedate())
        .isEqualTo(OfficeTime.endOf(stated));
  }

  /**
   * The 延期答复告知书 told the applicant the extended deadline as a fixed date (audit round 25,
   * F11): a notice that gives one more day off never moves the agency's deadline past it.
   * Received Mon 21 Dec 2026, due Tue 19 Jan 2027 provisionally (see the fee case below);
   * extended by 10 working days: 20–22 Jan (3), 25–29 (8), 1 Feb (9), Tue 2 Feb (10). On the
   * test notice (4 January off too) the count would end on Wed 3 Feb; it stays on 2 Feb.
   */
  @Test
  void aNoticeNeverMovesAnExtendedDeadlinePastTheDateTheLetterNamed() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario c = new RequestScenario(engine)
        .startWithItems(registration(LocalDate.of(2026, 12, 21)), RequestScenario.items(
            RequestScenario.item("大量历史档案", "HELD")))
        .fireTimer(ElementIds.TIMER_REPLY_REMINDER)
        .complete(ElementIds.TASK_CONSIDER_EXTENSION, OFFICE_USER, EXTENSION_REQUESTED, true,
            EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案")
        .complete(ElementIds.TASK_APPROVE_EXTENSION, RequestScenario.LEADER,
            EXTENSION_APPROVAL, "APPROVE");
    LocalDate stated = LocalDate.of(2027, 2, 2);
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(stated);

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).filteredOn(m -> m.trackingNumber().equals(c.trackingNumber()))
        .extracting(Moved::field).doesNotContain("replyDueDate");
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(stated);
    assertThat(c.variable(REPLY_DUE_DATE)).isEqualTo(OfficeTime.endOf(stated));
  }

  /**
   * Audit round 29, F11: a 撤销收费通知书 issued while the clock ran told the applicant the reply
   * period ends on a date (ADR 0095); a notice that gives one more day off never moves the
   * deadline past it, as for the 延期答复告知书. Received Mon 21 Dec 2026, due Tue 19 Jan 2027
   * provisionally; a fee notice issued on Tue the 22nd and withdrawn on Wed the 23rd (its pause
   * leaves the deadline one working day later): the letter names Wed 20 January. The test notice
   * (4 January off too) would count to Thu 21 January; the deadline stays on the 20th.
   */
  @Test
  void aNoticeNeverMovesTheDeadlineAFeeWithdrawalNoticeNamed() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario c = new RequestScenario(engine)
        .startWithItems(registration(LocalDate.of(2026, 12, 21)), RequestScenario.items(
            RequestScenario.item("2025年行政处罚案件统计表", "HELD")))
        .complete(ElementIds.TASK_REVIEW_ITEM, RequestScenario.LEGAL_USER, REVIEW_CONCLUSION,
            "RELEASABLE");
    today(LocalDate.of(2026, 12, 22));
    c.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
        PAGE_COUNT, 150);
    today(LocalDate.of(2026, 12, 23));
    ProcessTestEngine.bean(engine, "feeCorrections", io.github.ogiworkflow.fee.FeeCorrections.class)
        .correct(engine, c.trackingNumber(), io.github.ogiworkflow.fee.FeeCorrections.Action.WITHDRAW,
            null, "经复核本申请不应收费", OFFICE_USER);
    LocalDate stated = LocalDate.of(2027, 1, 20);
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(stated);
    assertThat(ProcessTestEngine.bean(engine, "letters", io.github.ogiworkflow.letter.Letters.class)
        .of(c.trackingNumber())).anySatisfy(l -> assertThat(l.body()).contains("至2027年1月20日届满"));

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).filteredOn(m -> m.trackingNumber().equals(c.trackingNumber()))
        .extracting(Moved::field).doesNotContain("replyDueDate");
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(stated);
  }

  /**
   * The 延迟答复告知书 (Art. 35, ADR 0092) named the date by which the agency replies, a period
   * leadership approved for that date (ADR 0094): a notice moves it neither earlier nor later.
   * Received Tue 1 Dec 2026, due Tue 29 Dec; reasons accepted on Mon 7 Dec with a delay of 20
   * working days from the 29th: 30, 31 Dec (2), 1 Jan 元旦, 4–8 Jan (7), 11–15 (12), 18–22 (17),
   * 25, 26, Wed 27 Jan (20). Counted again from receipt, a notice that makes Saturday 9 January a
   * working day would end the period on Tue 26 January; one with 4 January off on Thu 28 January.
   */
  @Test
  void aNoticeNeverMovesTheDateADelayedReplyNoticeNamedEarlier() {
    assertTheDelayedReplyDateStaysAfter(
        "holiday 2027-01-01..2027-01-01\nworkday 2027-01-09\n");
  }

  @Test
  void aNoticeNeverMovesTheDateADelayedReplyNoticeNamedLater() {
    assertTheDelayedReplyDateStaysAfter(NOTICE_2027);
  }

  private void assertTheDelayedReplyDateStaysAfter(String notice) {
    today(LocalDate.of(2026, 12, 1));
    RequestScenario c = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 1)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
            "REASONS_REQUEST", REASONS_REQUEST_BASIS, "申请人本月已提出政府信息公开申请45件。");
    today(LocalDate.of(2026, 12, 7));
    c.complete(ElementIds.TASK_ASSESS_REASONS, OFFICE_USER, REASONS_DECISION, "ACCEPTED_DELAYED",
            REASONS_RECEIVED_ON, "2026-12-07", REASONS_ASSESSMENT, "申请公开的信息数量较多，需逐件检索。",
            DELAYED_REPLY_WORKING_DAYS, 20)
        .complete(ElementIds.TASK_APPROVE_DELAYED_REPLY, RequestScenario.LEADER,
            DELAYED_REPLY_APPROVAL, "APPROVE");
    LocalDate stated = LocalDate.of(2027, 1, 27);
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(stated);

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, notice, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).filteredOn(m -> m.trackingNumber().equals(c.trackingNumber())).isEmpty();
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(stated);
    assertThat(c.variable(REPLY_DUE_DATE)).isEqualTo(OfficeTime.endOf(stated));
  }

  /**
   * The payment period is counted again from the register's last day to pay (ADR 0065), not from
   * feeDueAt: a variable an administrator moved to an earlier date (5 January) is recounted from
   * nothing; the register's 19 January becomes 20 January on the notice (as in the test below),
   * and the variable and the timer are written from it.
   */
  @Test
  void theRecountMovesThePaymentPeriodOfTheRegister() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario c = feeNoticeServed21December();
    LocalDate counted = LocalDate.of(2027, 1, 19);
    assertThat(register.latestFeePeriod(c.trackingNumber()).orElseThrow().dueOn())
        .isEqualTo(counted);
    engine.getRuntimeService().setVariable(c.instance.getId(), FEE_DUE_AT,
        OfficeTime.endOf(LocalDate.of(2027, 1, 5)));

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    LocalDate feeDue = LocalDate.of(2027, 1, 20);
    assertThat(moved).contains(new Moved(c.trackingNumber(), "feeDueAt", counted, feeDue));
    assertThat(register.latestFeePeriod(c.trackingNumber()).orElseThrow().dueOn())
        .isEqualTo(feeDue);
    assertThat(c.variable(FEE_DUE_AT)).isEqualTo(OfficeTime.endOf(feeDue));
    assertThat(c.variable(FEE_DUE_AT_TEXT)).isEqualTo("2027-01-20");
    assertThat(timer(c, ElementIds.TIMER_PAYMENT_DEADLINE).getDuedate())
        .isEqualTo(OfficeTime.endOf(feeDue));
  }

  /**
   * The Art. 30 correction period is counted again from the register's last day to correct (ADR
   * 0071), not from correctionDeadline. A correction notice sent on Monday 21 December 2026
   * gives 15 working days: 22–25 Dec (4), 28–31 (8), 4–8 Jan (13), 11 (14), Tuesday 12 January;
   * on the notice 5–8 Jan (12), 11, 12, 13 January. A variable an administrator moved to 5
   * January is recounted from nothing; the register, the variable and the timer say 13 January.
   */
  @Test
  void theRecountMovesTheCorrectionPeriodOfTheRegister() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario c = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 21)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
            CORRECTION_POINTS, "请明确所需信息的名称。");
    LocalDate counted = LocalDate.of(2027, 1, 12);
    assertThat(register.correctionPeriod(c.trackingNumber()).orElseThrow().dueOn())
        .isEqualTo(counted);
    engine.getRuntimeService().setVariable(c.instance.getId(), CORRECTION_DEADLINE,
        OfficeTime.endOf(LocalDate.of(2027, 1, 5)));

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    LocalDate correctionDue = LocalDate.of(2027, 1, 13);
    assertThat(moved).contains(
        new Moved(c.trackingNumber(), "correctionDeadline", counted, correctionDue));
    assertThat(register.correctionPeriod(c.trackingNumber()).orElseThrow().dueOn())
        .isEqualTo(correctionDue);
    assertThat(c.variable(CORRECTION_DEADLINE)).isEqualTo(OfficeTime.endOf(correctionDue));
    assertThat(timer(c, ElementIds.TIMER_CORRECTION_DEADLINE).getDuedate())
        .isEqualTo(OfficeTime.endOf(correctionDue));
  }

  /**
   * ADR 0120 (ADR 0111's open point): in a round bound by an ordered reply date the correction
   * period ends before that date, and a recount keeps it so. The notice of Monday 21 December
   * 2026 gives until Tuesday 12 January 2027 (as above), the last working day before the
   * ordered Wednesday 13 January; on the test notice the count would reach 13 January, the
   * ordered day itself. It stays on the 12th, still the last working day before it.
   */
  @Test
  void theRecountKeepsACorrectionPeriodBeforeTheOrderedDate() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario c = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 21)));
    LocalDate orderedBy = LocalDate.of(2027, 1, 13);
    // As a decision ordering the reply by that date records it (appeal/OrderedReplyDate).
    register.setOrderedDueOn(c.trackingNumber(), orderedBy);
    c.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请明确所需信息的名称。");
    LocalDate counted = LocalDate.of(2027, 1, 12);
    assertThat(register.correctionPeriod(c.trackingNumber()).orElseThrow().dueOn())
        .isEqualTo(counted);

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).extracting(Moved::trackingNumber).doesNotContain(c.trackingNumber());
    assertThat(register.correctionPeriod(c.trackingNumber()).orElseThrow().dueOn())
        .isEqualTo(counted);
    assertThat(c.variable(CORRECTION_DEADLINE)).isEqualTo(OfficeTime.endOf(counted));
    assertThat(timer(c, ElementIds.TIMER_CORRECTION_DEADLINE).getDuedate())
        .isEqualTo(OfficeTime.endOf(counted));
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(orderedBy);
  }

  @Test
  void theNoticeOf2027MovesTheDeadlinesCountedOnTheProvisionalYearAndNothingElse() {
    assertThat(calendar.hasDataFor(2027)).isFalse();
    today(LocalDate.of(2026, 12, 21));
    RequestScenario a = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 20)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    RequestScenario b = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 1)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");

    // Case C, received and replied with a fee notice on Monday 21 December 2026, served the
    // same day. Its reply deadline (paused by the fee, timers suspended) and its payment period
    // are both 20 working days after 21 December: 22–25 Dec (4), 28–31 (8), 4–8 Jan (13),
    // 11–15 (18), 18 (19), 19 Jan (20) → 2027-01-19; on the notice 5–8 Jan (12), 11–15 (17),
    // 18, 19, 20 Jan → 2027-01-20.
    RequestScenario c = feeNoticeServed21December();
    // The payment period is provisional as the reply deadline is, and its form says so.
    assertThat(c.variable(FEE_DUE_AT_TEXT))
        .isEqualTo("2027-01-19（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）");
    assertThat(register.get(c.trackingNumber()).dueOn()).isEqualTo(LocalDate.of(2027, 1, 19));

    LocalDate provisional = LocalDate.of(2027, 1, 18);
    assertThat(register.get(a.trackingNumber()).dueOn()).isEqualTo(provisional);
    assertThat(a.variable(REPLY_DUE_PROVISIONAL)).isEqualTo(true);
    assertThat(timer(a, ElementIds.TIMER_REPLY_REMINDER).getDuedate())
        .isEqualTo(OfficeTime.morningOf(LocalDate.of(2027, 1, 13)));
    assertThat(register.get(b.trackingNumber()).dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));

    // A malformed notice is refused, naming the line, and changes nothing.
    assertThatThrownBy(() -> WorkingDayCalendar.parseNotice(2027,
        "holiday 2027-01-01..2027-01-04\nworkday 2027-01-05\n", "upload"))
        .isInstanceOf(HolidayFileException.class).hasMessageContaining("第2行")
        .hasMessageContaining("不是周六或周日");
    assertThat(calendar.hasDataFor(2027)).isFalse();

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    DeadlineRecomputation recomputation = ProcessTestEngine.bean(engine,
        "deadlineRecomputation", DeadlineRecomputation.class);
    List<Moved> moved = recomputation.recompute(engine, before, 2027);

    LocalDate counted = LocalDate.of(2027, 1, 19);
    assertThat(moved).containsExactly(
        new Moved(a.trackingNumber(), "replyDueDate", provisional, counted),
        new Moved(c.trackingNumber(), "replyDueDate", counted, LocalDate.of(2027, 1, 20)),
        new Moved(c.trackingNumber(), "feeDueAt", counted, LocalDate.of(2027, 1, 20)));
    // C's payment period: variables, 登记缴费's due date and its timer.
    LocalDate feeDue = LocalDate.of(2027, 1, 20);
    assertThat(register.latestFeePeriod(c.trackingNumber()).orElseThrow().dueOn())
        .isEqualTo(feeDue);
    assertThat(c.variable(FEE_DUE_AT)).isEqualTo(OfficeTime.endOf(feeDue));
    assertThat(c.variable(FEE_DUE_AT_TEXT)).isEqualTo("2027-01-20");
    assertThat(c.task(ElementIds.TASK_RECORD_PAYMENT).getDueDate())
        .isEqualTo(OfficeTime.endOf(feeDue));
    assertThat(timer(c, ElementIds.TIMER_PAYMENT_DEADLINE).getDuedate())
        .isEqualTo(OfficeTime.endOf(feeDue));
    assertThat(timer(c, ElementIds.TIMER_REPLY_OVERDUE).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2027, 1, 20)));
    assertThat(timer(c, ElementIds.TIMER_REPLY_OVERDUE).isSuspended()).isTrue();
    // Register, variables, the task's due date and both timers follow.
    assertThat(register.get(a.trackingNumber()).dueOn()).isEqualTo(counted);
    assertThat(a.variable(REPLY_DUE_DATE)).isEqualTo(OfficeTime.endOf(counted));
    assertThat(a.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2027-01-19");
    assertThat(a.variable(REPLY_DUE_PROVISIONAL)).isEqualTo(false);
    assertThat(a.task(TASK_SEARCH_AND_SPLIT).getDueDate()).isEqualTo(OfficeTime.endOf(counted));
    assertThat(timer(a, ElementIds.TIMER_REPLY_REMINDER).getDuedate())
        .isEqualTo(OfficeTime.morningOf(LocalDate.of(2027, 1, 14)));
    assertThat(timer(a, ElementIds.TIMER_REPLY_OVERDUE).getDuedate())
        .isEqualTo(OfficeTime.after(counted));

    // The audit trail of A has the change; B has none and keeps its deadline.
    DateChangeRegister changes = ProcessTestEngine.bean(engine, "dateChangeRegister",
        DateChangeRegister.class);
    assertThat(changes.of(a.trackingNumber())).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(DateChangeRegister.Kind.RECOMPUTED);
      assertThat(change.oldDate()).isEqualTo(provisional);
      assertThat(change.newDate()).isEqualTo(counted);
      assertThat(change.reason()).isEqualTo("依国务院办公厅放假通知重算");
    });
    CaseTimeline timeline = ProcessTestEngine.timeline(engine);
    assertThat(timeline.of(a.trackingNumber()).orElseThrow().entries())
        .filteredOn(e -> e.kind().equals("DATE_CHANGE")).singleElement().satisfies(e -> {
          assertThat(e.activity()).isEqualTo("重算答复期限");
          assertThat(e.who()).isEqualTo("系统");
          assertThat(e.outcome()).isEqualTo("2027年1月18日 → 2027年1月19日");
          assertThat(e.comment()).isEqualTo("依国务院办公厅放假通知重算");
        });
    assertThat(changes.of(b.trackingNumber())).isEmpty();
    assertThat(register.get(b.trackingNumber()).dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));

    // The year cannot be added twice; counting again on the same calendar moves nothing.
    assertThatThrownBy(() -> calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "again")))
        .hasMessageContaining("2027 年已有节假日安排");
    assertThat(recomputation.recompute(engine, calendar, 2027)).isEmpty();
  }

  /**
   * Audit 31b, F8: a notice that leaves a deadline where it was still ends its 暂算. Here the
   * notice gives 元旦 as 1–3 January only (2 and 3 are a weekend): case A (received Sun 20 Dec,
   * due Mon 18 Jan 2027, see the class comment) and C's payment period (served 21 Dec, due Tue
   * 19 Jan) keep their dates; their forms, Tasklist, 期限监控 and the ledger no longer say 暂算.
   */
  @Test
  void aNoticeThatMovesNoDateStillEndsTheProvisionalMark() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario a = new RequestScenario(engine).start(registration(LocalDate.of(2026, 12, 20)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    RequestScenario c = feeNoticeServed21December();
    String provisional = "（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）";
    assertThat(a.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2027-01-18" + provisional);
    assertThat(a.variable(REPLY_DUE_PROVISIONAL)).isEqualTo(true);
    assertThat(c.variable(FEE_DUE_AT_TEXT)).isEqualTo("2027-01-19" + provisional);
    assertThat(c.variable(REPLY_DUE_PROVISIONAL)).isEqualTo(true);

    WorkingDayCalendar before = calendar.addYear(WorkingDayCalendar.parseNotice(2027,
        "holiday 2027-01-01..2027-01-03\n", "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).filteredOn(m -> m.trackingNumber().equals(a.trackingNumber())
        || m.trackingNumber().equals(c.trackingNumber())).isEmpty();
    assertThat(register.get(a.trackingNumber()).dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
    assertThat(a.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2027-01-18");
    assertThat(a.variable(REPLY_DUE_PROVISIONAL)).isEqualTo(false);
    assertThat(c.variable(FEE_DUE_AT_TEXT)).isEqualTo("2027-01-19");
    assertThat(c.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2027-01-19");
    assertThat(c.variable(REPLY_DUE_PROVISIONAL)).isEqualTo(false);
  }

  /**
   * ADR 0126 (audit 31b F1's rest): the day to record a letter's service (5 working days after
   * its issue, ADR 0122) is counted again like the other deadlines. Both letters go out on Wed
   * 30 Dec 2026: provisionally 31 Dec (1), 1 Jan off, 4, 5, 6 (4), Thu 7 Jan 2027 (5); with the
   * test notice (4 January off too) 31 Dec, 5, 6, 7, Fri 8 Jan. The step's due date, its
   * variable and its follow-up timer move to the 8th.
   */
  @Test
  void aNoticeMovesTheDayToRecordALettersService() {
    today(LocalDate.of(2026, 12, 21));
    RequestScenario fee = new RequestScenario(engine)
        .startWithItems(registration(LocalDate.of(2026, 12, 21)), RequestScenario.items(
            RequestScenario.item("2026年抽检结果统计表", "HELD")))
        .complete(ElementIds.TASK_REVIEW_ITEM, RequestScenario.LEGAL_USER, REVIEW_CONCLUSION,
            "RELEASABLE");
    today(LocalDate.of(2026, 12, 30));
    fee.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
        PAGE_COUNT, 150);
    RequestScenario consultation = new RequestScenario(engine)
        .startWithItems(registration(LocalDate.of(2026, 12, 30)), RequestScenario.items(
            RequestScenario.item("某企业抽检报告", "HELD", "thirdParty", true,
                "thirdPartyName", "示范市某食品有限公司")));
    LocalDate provisional = LocalDate.of(2027, 1, 7);
    LocalDate counted = LocalDate.of(2027, 1, 8);
    var tasks = engine.getTaskService();
    org.camunda.bpm.engine.task.Task feeStep = tasks.createTaskQuery()
        .processInstanceId(fee.instance.getId())
        .taskDefinitionKey(ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE).singleResult();
    org.camunda.bpm.engine.task.Task consultationStep = tasks.createTaskQuery()
        .processInstanceId(consultation.instance.getId())
        .taskDefinitionKey(ElementIds.TASK_RECORD_CONSULTATION_SERVICE).singleResult();
    assertThat(feeStep.getDueDate()).isEqualTo(OfficeTime.endOf(provisional));
    assertThat(consultationStep.getDueDate()).isEqualTo(OfficeTime.endOf(provisional));

    WorkingDayCalendar before = calendar.addYear(
        WorkingDayCalendar.parseNotice(2027, NOTICE_2027, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).contains(
        new Moved(fee.trackingNumber(), FEE_NOTICE_SERVICE_DUE_AT, provisional, counted),
        new Moved(consultation.trackingNumber(), CONSULTATION_SERVICE_DUE_AT, provisional,
            counted));
    assertThat(tasks.createTaskQuery().taskId(feeStep.getId()).singleResult().getDueDate())
        .isEqualTo(OfficeTime.endOf(counted));
    assertThat(tasks.createTaskQuery().taskId(consultationStep.getId()).singleResult()
        .getDueDate()).isEqualTo(OfficeTime.endOf(counted));
    assertThat(fee.variable(FEE_NOTICE_SERVICE_DUE_AT)).isEqualTo(OfficeTime.endOf(counted));
    assertThat(engine.getRuntimeService().getVariable(consultationStep.getExecutionId(),
        CONSULTATION_SERVICE_DUE_AT)).isEqualTo(OfficeTime.endOf(counted));
    assertThat(timer(fee, ElementIds.TIMER_FEE_NOTICE_SERVICE_OVERDUE).getDuedate())
        .isEqualTo(OfficeTime.endOf(counted));
    assertThat(timer(consultation, ElementIds.TIMER_CONSULTATION_SERVICE_OVERDUE).getDuedate())
        .isEqualTo(OfficeTime.endOf(counted));
  }

  private static Job timer(RequestScenario scenario, String timerId) {
    List<Job> timers = scenario.timerJobs(timerId);
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  /**
   * A request received on Monday 21 December 2026, its one item released and charged per page
   * (150 pages), the fee notice served the same day.
   */
  private RequestScenario feeNoticeServed21December() {
    return new RequestScenario(engine)
        .startWithItems(registration(LocalDate.of(2026, 12, 21)), RequestScenario.items(
            RequestScenario.item("2026年抽检结果统计表", "HELD")))
        .complete(ElementIds.TASK_REVIEW_ITEM, RequestScenario.LEGAL_USER, REVIEW_CONCLUSION,
            "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150)
        .complete(ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2026-12-21");
  }
}
