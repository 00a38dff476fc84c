package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_SUPPLEMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.deadline.WaitingCorrectionTexts;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dates of the request process as the 2019 Regulation counts them (handbook 2.3, 2.11, 6):
 * a late correction notice (Art. 30), a delay after a reasons request (Art. 35), the extension
 * letter during a consultation (Art. 33). Every date is counted by hand in the comments.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class RequestDatesScenarioTest {

  // DisclosureRequestScenarioTest covers the models; these tests are about dates.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  /**
   * Friday 13 February 2026. + 7 working days (Art. 30): 14 Feb (Sat, 调休) = 1; 15–23 Feb
   * 春节; 24, 25, 26, 27 = 5; 28 Feb (Sat, 调休) = 6; Mon 2 Mar = 7. + 20 working days: 3, 4,
   * 5, 6 Mar = 11; 9–13 = 16; 16, 17, 18, Thu 19 Mar = 20.
   */
  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 13);
  static final LocalDate NOTICE_DUE = LocalDate.of(2026, 3, 2);
  static final LocalDate REPLY_DUE = LocalDate.of(2026, 3, 19);

  ProcessEngine engine;
  RequestScenario scenario;
  CaseRegister register;
  Letters letters;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  // ---- 1. a correction notice after the 7 working days does not restart the reply clock ----

  @Test
  void aLateCorrectionNoticeLeavesTheReplyDeadlineCountedFromTheReceipt() {
    scenario.start(registration(RECEIVED));
    String trackingNumber = scenario.trackingNumber();

    // Wed 3 Mar: the 8th working day after receipt, one day late.
    today(LocalDate.of(2026, 3, 3));
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    // Waiting for the correction, its reply clock still runs (期限监控 lists it), and Tasklist's
    // 答复期限 column keeps the date.
    Assertions.assertThat(register.get(trackingNumber).status()).isEqualTo("AWAITING_CORRECTION");
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(REPLY_DUE.toString());
    Assertions.assertThat(register.withRunningClock()).extracting(c -> c.trackingNumber())
        .contains(trackingNumber);

    // The correction arrives on 5 Dec 2026: the deadline stays Thu 19 Mar 2026, overdue.
    today(LocalDate.of(2026, 12, 5));
    scenario.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, "2026-12-05", SUPPLEMENT_STILL_UNCLEAR, false);
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    CaseRegister.CaseRecord record = register.get(trackingNumber);
    Assertions.assertThat(record.dueOn()).isEqualTo(REPLY_DUE);
    Assertions.assertThat(record.clockStartedOn()).isEqualTo(RECEIVED);
    Assertions.assertThat(record.status()).isEqualTo("IN_PROGRESS");
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE)).isEqualTo(OfficeTime.endOf(REPLY_DUE));
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(REPLY_DUE.toString());
    // Still on the overdue lists (期限监控 and compliance read the running clocks).
    Assertions.assertThat(register.withRunningClock()).extracting(c -> c.trackingNumber())
        .contains(trackingNumber);
    // The letter promised no restarted period; the form had the day the notice was due. The
    // correction deadline (3 Mar + 15 working days: 4–6 = 3, 9–13 = 8, 16–20 = 13, Tue 24 Mar)
    // lies after the reply deadline (Thu 19 Mar), so the letter does not promise a reply within
    // the statutory period either; it says the period is not restarted (ADR 0064).
    Assertions.assertThat(letters.of(trackingNumber)).singleElement().satisfies(letter -> {
      Assertions.assertThat(letter.kind()).isEqualTo(LetterKind.CORRECTION_NOTICE);
      Assertions.assertThat(letter.body()).doesNotContain("收到补正后的申请之日起计算")
          .doesNotContain("法定答复期限内")
          .contains("请您于2026年3月24日前", "答复期限不因补正而重新计算，仍自本机关收到申请之日起计算",
              "本机关将在收到补正后的申请后及时作出答复");
    });
    Assertions.assertThat(scenario.variable(CORRECTION_NOTICE_LATE)).isEqualTo(true);
    Assertions.assertThat(scenario.variable(CORRECTION_NOTICE_DUE_ON))
        .isEqualTo(NOTICE_DUE.toString());
  }

  @Test
  void aCorrectionNoticeOnTheSeventhWorkingDayStillRestartsTheClock() {
    scenario.start(registration(RECEIVED));
    String trackingNumber = scenario.trackingNumber();
    today(NOTICE_DUE);
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    Assertions.assertThat(letters.of(trackingNumber)).singleElement().satisfies(letter ->
        Assertions.assertThat(letter.body()).contains("答复期限自本机关收到补正后的申请之日起计算"));
    Assertions.assertThat(register.withRunningClock()).extracting(c -> c.trackingNumber())
        .doesNotContain(trackingNumber);
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(CorrectionWait.RECOMPUTED_AFTER_CORRECTION);

    // Correction received Tue 3 Mar: 4, 5, 6 = 3; 9–13 = 8; 16–20 = 13; 23–27 = 18; 30, Tue 31.
    today(LocalDate.of(2026, 3, 3));
    scenario.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, "2026-03-03", SUPPLEMENT_STILL_UNCLEAR, false);
    Assertions.assertThat(register.get(trackingNumber).dueOn())
        .isEqualTo(LocalDate.of(2026, 3, 31));
    Assertions.assertThat(register.get(trackingNumber).clockStartedOn())
        .isEqualTo(LocalDate.of(2026, 3, 3));
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-03-31");
  }

  // ---- 7. Tasklist's 答复期限 column and due dates follow the register while the clock waits --

  /**
   * Art. 30, an on-time notice: Tasklist's column (replyDueDateText) reads 补正后重新计算 from the
   * notice until the clock is restarted, as the ledger and the status page say, and then the new
   * date. The correction arrives online on Fri 20 Mar, the day after the old reply date (Thu 19
   * Mar): 审查网上补正材料 is due on the deadline the correction starts, not the old one, so 已超期
   * and 即将到期 (due date, follow-up date) do not list it for a date that no longer counts.
   * 20 Mar + 20 working days: 23–27 Mar = 5; 30, 31 Mar, 1, 2, 3 Apr = 10; 4–6 Apr 清明;
   * 7–10 = 14; 13–17 = 19; Mon 20 Apr = 20.
   */
  @Test
  void whileTheClockWaitsTasklistSaysSoAndTheCorrectionBringsTheNewDate() {
    WorkingDayCalendar calendar = ProcessTestEngine.bean(engine, "workingDayCalendar",
        WorkingDayCalendar.class);
    scenario.start(registration(RECEIVED));
    String trackingNumber = scenario.trackingNumber();
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(REPLY_DUE.toString());

    today(NOTICE_DUE);
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    Assertions.assertThat(register.get(trackingNumber).status()).isEqualTo("AWAITING_CORRECTION");
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(CorrectionWait.RECOMPUTED_AFTER_CORRECTION).isEqualTo("补正后重新计算");
    // 登记补正材料 is due at the correction deadline: 2 Mar + 15 working days = Mon 23 Mar.
    Assertions.assertThat(scenario.task(TASK_RECORD_SUPPLEMENT).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 23)));

    LocalDate arrived = LocalDate.of(2026, 3, 20);
    LocalDate newDue = LocalDate.of(2026, 4, 20);
    today(arrived);
    scenario.supplementArrives(arrived);
    assertThat(scenario.instance).isWaitingAt("Task_AssessOnlineSupplement");
    // Until the office records it, the register still waits, and so does the column.
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(CorrectionWait.RECOMPUTED_AFTER_CORRECTION);
    Task assess = scenario.task("Task_AssessOnlineSupplement");
    Assertions.assertThat(assess.getDueDate()).isEqualTo(OfficeTime.endOf(newDue));
    Assertions.assertThat(assess.getFollowUpDate())
        .isEqualTo(DueSoonDates.followUpFor(calendar, newDue));

    scenario.complete(assess, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, arrived.toString(), SUPPLEMENT_STILL_UNCLEAR, false);
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(register.get(trackingNumber).dueOn()).isEqualTo(newDue);
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(newDue.toString());
    Assertions.assertThat(scenario.task(TASK_SEARCH_AND_SPLIT).getDueDate())
        .isEqualTo(OfficeTime.endOf(newDue));
  }

  /**
   * A late notice (8th working day): the clock runs on, so the column keeps Thu 19 Mar and 审查网上
   * 补正材料 is due on it (overdue on 20 Mar, as the ledger's red 答复期限 says).
   */
  @Test
  void afterALateNoticeTasklistKeepsTheReplyDateAndTheOnlineCorrectionIsDueOnIt() {
    scenario.start(registration(RECEIVED));
    today(LocalDate.of(2026, 3, 3));
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(REPLY_DUE.toString());

    today(LocalDate.of(2026, 3, 20));
    scenario.supplementArrives(LocalDate.of(2026, 3, 20));
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(REPLY_DUE.toString());
    Assertions.assertThat(scenario.task("Task_AssessOnlineSupplement").getDueDate())
        .isEqualTo(OfficeTime.endOf(REPLY_DUE));
    scenario.complete("Task_AssessOnlineSupplement", OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, "2026-03-20", SUPPLEMENT_STILL_UNCLEAR, false);
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(REPLY_DUE.toString());
  }

  /**
   * A case that entered the wait before 发出补正告知书 set the column (ADR 0041) still showed the
   * date counted from the receipt (Thu 19 Mar), which no longer counts (Art. 30, 33): the start
   * brings it to what the register says now (补正后重新计算), once (a second start changes nothing).
   */
  @Test
  void aCaseThatWaitedBeforeTheColumnFollowedTheRegisterReadsTheSameAfterAStart() {
    scenario.start(registration(RECEIVED));
    today(NOTICE_DUE);
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    // As a notice sent before ADR 0041 left it.
    engine.getRuntimeService().setVariable(scenario.instance.getId(), REPLY_DUE_DATE_TEXT,
        REPLY_DUE.toString());
    WaitingCorrectionTexts texts = ProcessTestEngine.bean(engine, "waitingCorrectionTexts",
        WaitingCorrectionTexts.class);

    Assertions.assertThat(texts.refresh(engine.getRuntimeService())).isEqualTo(1);
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("补正后重新计算");
    Assertions.assertThat(texts.refresh(engine.getRuntimeService())).isZero();

    // The correction restarts the clock and the column shows the new date: 3 Mar + 20 working
    // days = Tue 31 Mar (see aCorrectionNoticeOnTheSeventhWorkingDayStillRestartsTheClock).
    today(LocalDate.of(2026, 3, 3));
    scenario.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER, SUPPLEMENT_RECEIVED_ON, "2026-03-03",
        SUPPLEMENT_STILL_UNCLEAR, false);
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-03-31");
    Assertions.assertThat(texts.refresh(engine.getRuntimeService())).isZero();
  }

  /** After a late notice the clock ran on (ADR 0036): the start leaves the date. */
  @Test
  void aCaseWaitingAfterALateNoticeKeepsItsDateAfterAStart() {
    scenario.start(registration(RECEIVED));
    today(LocalDate.of(2026, 3, 3));
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    Assertions.assertThat(ProcessTestEngine.bean(engine, "waitingCorrectionTexts",
        WaitingCorrectionTexts.class).refresh(engine.getRuntimeService())).isZero();
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(REPLY_DUE.toString());
  }

  // ---- 6. the audit trail marks provisional dates and has none while the clock waits ------

  @Test
  void theAuditTrailMarksADeadlineInAYearWithoutTheHolidayNoticeAsProvisional() {
    // Received Fri 4 Dec 2026: 7–11 = 5; 14–18 = 10; 21–25 = 15; 28–31 = 19; 1 Jan 2027 (a
    // statutory holiday, 2027 without its notice); Mon 4 Jan 2027 = 20, provisional.
    LocalDate received = LocalDate.of(2026, 12, 4);
    today(received);
    scenario.start(registration(received))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String mark = "（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）";
    var trail = ProcessTestEngine.timeline(engine).of(scenario.trackingNumber()).orElseThrow();
    Assertions.assertThat(trail.header().dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
    Assertions.assertThat(trail.header().dueText()).isEqualTo("2027-01-04" + mark);
    Assertions.assertThat(trail.entries()).filteredOn(e -> e.kind().equals("DUE"))
        .singleElement().satisfies(e ->
            Assertions.assertThat(e.activity()).isEqualTo("答复期限（当前）" + mark));
    Assertions.assertThat(trail.entries())
        .filteredOn(e -> e.activity().equals("检索信息并拆分信息项")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.detail()).startsWith("期限 2027-01-04" + mark));
  }

  @Test
  void whileTheClockWaitsForTheCorrectionTheTrailHasNoReplyDate() {
    scenario.start(registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
            CORRECTION_POINTS, "请写明所需信息的文号。");
    var header = ProcessTestEngine.timeline(engine).of(scenario.trackingNumber()).orElseThrow()
        .header();
    Assertions.assertThat(header.dueOn()).isNull();
    Assertions.assertThat(header.dueText()).isEqualTo("补正后重新计算");
  }
}
