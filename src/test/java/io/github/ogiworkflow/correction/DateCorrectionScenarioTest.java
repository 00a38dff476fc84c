package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PAYMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_SUPPLEMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TIMER_APPEAL_WINDOW_CLOSED;
import static io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_OVERDUE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.AppealRegister.NewAppeal;
import io.github.ogiworkflow.appeal.Appellant;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.appeal.AppealWindow;
import io.github.ogiworkflow.audit.CaseTimeline;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.reply.DeliveryDates;
import io.github.ogiworkflow.report.AnnualReport;
import io.github.ogiworkflow.report.AnnualReports;
import io.github.ogiworkflow.report.Invariant;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, point 11: a date entered wrongly is corrected by the office with a reason, checked
 * as at entry, written through the register and shown in the audit trail. The issue's example:
 * a reply delivered on 10 March 2026 but recorded as 10 March 2025 (a year too early, as
 * entered before the delivery form checked the date) makes both years' reports fail
 * 一+二=三（七）+四; after the correction both hold, and the case counts as received and closed
 * in 2026.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class DateCorrectionScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
  static final LocalDate FINALISED = LocalDate.of(2026, 3, 5);
  static final LocalDate DELIVERED = LocalDate.of(2026, 3, 10);

  ProcessEngine engine;
  JdbcTemplate jdbc;
  DateCorrections corrections;
  CaseRegister register;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = bean("caseRegister", CaseRegister.class);
    corrections = dateCorrections(engine, register, bean("appealRegister", AppealRegister.class));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aDeliveryDatedAYearTooEarlyBreaksBothReportsUntilTheOfficeCorrectsIt() {
    AnnualReports reports = new AnnualReports(jdbc, bean("appealRegister", AppealRegister.class),
        bean("publicationRegister", PublicationRegister.class), 2025);
    String tn = deliveredPublicDisclosure();
    AnnualReport right2025 = reports.compute(2025);
    AnnualReport right2026 = reports.compute(2026);
    assertThat(right2025.failedInvariants()).isEmpty();
    assertThat(right2026.failedInvariants()).isEmpty();
    assertThat(right2026.drillDown("t3.o1.TOTAL").orElseThrow()).contains(tn);

    // The wrong year, as a delivery entered before the form's check left it in the register.
    jdbc.update("UPDATE ogi_case SET delivered_on = ?, closed_on = ?, first_closed_on = ?"
        + " WHERE tracking_number = ?", java.sql.Date.valueOf("2025-03-10"),
        java.sql.Date.valueOf("2025-03-10"), java.sql.Date.valueOf("2025-03-10"), tn);
    assertThat(reports.compute(2025).failedInvariants()).extracting(Invariant::rule)
        .anyMatch(rule -> rule.contains("一 + 二 = 三（七） + 四"));
    assertThat(reports.compute(2026).failedInvariants()).extracting(Invariant::rule)
        .anyMatch(rule -> rule.contains("一 + 二 = 三（七） + 四"));

    // Refused: in the future, before the letter was finalised, no reason; nothing written.
    today(LocalDate.of(2026, 3, 20));
    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-03-21", "送达日期录错年份",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("送达日期不得晚于今天");
    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-03-04", "送达日期录错年份",
        OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("送达日期不得早于答复书审批或定稿日期2026年3月5日");
    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-03-10", " ",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("更正理由");
    assertThatThrownBy(() -> corrections.correct(tn, "closedOn", "2026-03-10", "送达日期录错年份",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("one of receivedOn")
        .hasMessageContaining("请选择要更正的日期：收到申请日期");
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();

    DateCorrections.Correction done = corrections.correct(tn, "deliveredOn", "2026-03-10",
        "送达日期误录为2025年，按邮寄回执更正", OFFICE_USER);
    assertThat(done.oldDate()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(done.newDate()).isEqualTo(DELIVERED);

    AnnualReport r2025 = reports.compute(2025);
    AnnualReport r2026 = reports.compute(2026);
    assertThat(r2025.failedInvariants()).isEmpty();
    assertThat(r2026.failedInvariants()).isEmpty();
    // Received and closed (予以公开) in 2026 again, the reports as before the wrong date.
    assertThat(r2026.drillDown("t3.o1.TOTAL").orElseThrow()).contains(tn);
    assertThat(r2025.drillDown("t3.o1.TOTAL").orElseThrow()).doesNotContain(tn);
    for (String row : new String[] {"new", "o1", "closed", "forward"}) {
      assertThat(r2026.table("t3").count(row, "TOTAL")).as(row)
          .isEqualTo(right2026.table("t3").count(row, "TOTAL"));
      assertThat(r2025.table("t3").count(row, "TOTAL")).as(row)
          .isEqualTo(right2025.table("t3").count(row, "TOTAL"));
    }
    CaseRegister.CaseDates dates = register.dates(tn).orElseThrow();
    assertThat(dates.deliveredOn()).isEqualTo(DELIVERED);
    assertThat(dates.closedOn()).isEqualTo(DELIVERED);
    assertThat(dates.firstClosedOn()).isEqualTo(DELIVERED);

    CaseTimeline timeline = ProcessTestEngine.timeline(engine);
    assertThat(timeline.of(tn).orElseThrow().entries())
        .filteredOn(e -> e.kind().equals("DATE_CHANGE")).singleElement().satisfies(e -> {
          assertThat(e.activity()).isEqualTo("更正送达日期");
          assertThat(e.who()).contains("wangli");
          assertThat(e.outcome()).isEqualTo("2025年3月10日 → 2026年3月10日");
          assertThat(e.comment()).isEqualTo("送达日期误录为2025年，按邮寄回执更正");
        });
  }

  @Test
  void aReceiptDateCorrectedOnAnOpenCaseMovesItsReplyDeadline() {
    // Received Monday 2 March 2026 but entered as Wednesday 4 March: due 20 working days
    // later, 1 April (4 March + 20: 5–6 (2), 9–13 (7), 16–20 (12), 23–27 (17), 30, 31, 1 Apr).
    today(LocalDate.of(2026, 3, 6));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 3, 4)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String tn = scenario.trackingNumber();
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-03-07", "登记时录错日期",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("收到申请日期不得晚于今天");
    // 2 March + 20 working days: 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), 30 March (20).
    corrections.correct(tn, "receivedOn", "2026-03-02", "登记时录错日期，以收文登记簿为准",
        OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(RECEIVED);
    assertThat(register.get(tn).clockStartedOn()).isEqualTo(RECEIVED);
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(scenario.variable(RECEIVED_ON)).isEqualTo("2026-03-02");
    assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-03-30");
    assertThat(scenario.task(TASK_SEARCH_AND_SPLIT).getDueDate())
        .isEqualTo(io.github.ogiworkflow.calendar.OfficeTime.endOf(LocalDate.of(2026, 3, 30)));
    // 即将到期 moves with it, as after an extension (audit round 25, F8).
    assertThat(scenario.task(TASK_SEARCH_AND_SPLIT).getFollowUpDate()).isEqualTo(
        io.github.ogiworkflow.deadline.DueSoonDates.followUpFor(
            bean("workingDayCalendar", WorkingDayCalendar.class), LocalDate.of(2026, 3, 30)));
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field)
        .containsExactly("receivedOn", "replyDueDate");
  }

  /**
   * Audit 32b F12: a date correction's reason is where the office writes what the applicant said
   * or sent; the audit trail (page, CSV, the ledger's case JSON: all read {@link CaseTimeline})
   * showed it whole to auditors and leadership. Masked as the withdrawal's reason is (ADR 0131);
   * the register keeps it whole for the office.
   */
  @Test
  void aDateCorrectionsReasonIsMaskedInTheAuditTrail() {
    today(LocalDate.of(2026, 3, 6));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 3, 4)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String tn = scenario.trackingNumber();
    String reason = "申请人钱小审（身份证11010519491231002X，电话13912345678，邮箱qianxs@example.cn，"
        + "住示范市鼓楼区西湖路99号3单元501）于3月2日来信，登记有误";
    corrections.correct(tn, "receivedOn", "2026-03-02", reason, OFFICE_USER);

    String comment = ProcessTestEngine.timeline(engine).of(tn).orElseThrow().entries().stream()
        .filter(e -> "更正收到申请日期".equals(e.activity())).findFirst().orElseThrow().comment();
    assertThat(comment).contains("申请人钱小审", "示范市鼓楼区***", "q***@example.cn", "来信，登记有误")
        .doesNotContain("11010519491231002X", "13912345678", "qianxs@", "西湖路99号");
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::reason).contains(reason);
  }

  /**
   * Audit round 27, F4: the 延期答复告知书 told the applicant the extended deadline as a date. A
   * receipt corrected from Wed 4 to Mon 2 March afterwards leaves that deadline where the letter
   * put it (the old code moved it two working days earlier) and says why in the warnings.
   */
  @Test
  void aReceiptDateCorrectedAfterAnExtensionNoticeKeepsTheDateTheNoticeNamed() {
    today(LocalDate.of(2026, 3, 6));
    RequestScenario scenario = new RequestScenario(engine)
        .startWithItems(registration(LocalDate.of(2026, 3, 4)), items(item("大量历史档案", "HELD")))
        .fireTimer(io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_REMINDER)
        .complete(io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_EXTENSION, OFFICE_USER,
            EXTENSION_REQUESTED, true, EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案")
        .complete(io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_EXTENSION,
            RequestScenario.LEADER, EXTENSION_APPROVAL, "APPROVE");
    String tn = scenario.trackingNumber();
    LocalDate stated = register.get(tn).dueOn();

    DateCorrections.Correction done = corrections.correct(tn, "receivedOn", "2026-03-02",
        "登记时录错日期，以收文登记簿为准", OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(RECEIVED);
    assertThat(register.get(tn).dueOn()).isEqualTo(stated);
    assertThat(done.warnings()).anySatisfy(w -> assertThat(w)
        .contains("延期（延迟）答复告知书", "答复期限仍以该告知书为准"));
    // The notice also prints the receipt date: the office is told to correct or reissue it.
    Letters.Letter notice = issued(tn, LetterKind.EXTENSION_NOTICE);
    assertThat(done.warnings()).contains("已发出的延期答复告知书（" + notice.documentNumber() + "，"
        + "2026年3月6日发出）载明收到申请日期为2026年3月4日，与更正后的收到申请日期2026年3月2日不符；"
        + "请更正或重新出具该延期答复告知书，告知申请人正确的收到申请日期。");
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field).containsExactly("receivedOn");
  }

  /**
   * Audit round 27, F4 rest: the 补正申请告知书 sent Tue 3 March states the receipt on Mon 2 March
   * and, sent within 7 working days of it, that the reply period restarts with the correction.
   * The receipt corrected to Mon 2 February: the answer names the notice by 文号 and date, and
   * says it would now have been late (2 Feb + 7 working days is Wed 11 Feb, with 春节 even
   * later, before 3 March). Corrected again to 3 March: the letter states neither date, and the
   * notice is in time again as it said. The old code warned of neither.
   */
  @Test
  void aReceiptDateCorrectedAfterTheCorrectionNoticeNamesTheNotice() {
    today(LocalDate.of(2026, 3, 3));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 3, 2)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
            CORRECTION_POINTS, "请写明所需信息的名称。");
    String tn = scenario.trackingNumber();
    Letters.Letter notice = issued(tn, LetterKind.CORRECTION_NOTICE);
    today(LocalDate.of(2026, 3, 10));

    DateCorrections.Correction earlier = corrections.correct(tn, "receivedOn", "2026-02-02",
        "登记时录错月份，以收文登记簿为准", OFFICE_USER);
    assertThat(earlier.warnings()).containsExactly("已发出的补正申请告知书（"
        + notice.documentNumber() + "，2026年3月3日发出）载明收到申请日期为2026年3月2日，与更正后的"
        + "收到申请日期2026年2月2日不符；请更正或重新出具该补正申请告知书，告知申请人正确的收到申请日期；"
        + "按更正后的日期，该告知书系在收到申请之日起7个工作日后发出，答复期限不因补正而重新计算"
        + "（条例第三十条），与告知书“答复期限自本机关收到补正后的申请之日起计算”的说明不符，"
        + "答复期限仍按告知书所述计算，请核实处理。");

    // The first correction made the case overdue (due 6 March); moving that passed deadline
    // ahead again is leadership's correction (ADR 0124).
    DateCorrections.Correction again = corrections.correct(tn, "receivedOn", "2026-03-03",
        "再次核对收文登记簿", RequestScenario.LEADER);
    assertThat(again.warnings()).containsExactly("已发出的补正申请告知书（"
        + notice.documentNumber() + "，2026年3月3日发出）载明的收到申请日期，与更正后的"
        + "收到申请日期2026年3月3日不符；请更正或重新出具该补正申请告知书，告知申请人正确的收到申请日期。");
  }

  /**
   * The 说明理由通知书 (Art. 35) sent on the day of receipt states it: a receipt corrected to the
   * day before names it in the answer.
   */
  @Test
  void aReceiptDateCorrectedAfterARequestForReasonsNamesIt() {
    today(LocalDate.of(2026, 2, 10));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 2, 10)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "REASONS_REQUEST",
            REASONS_REQUEST_BASIS, "您自2026年1月1日至2月10日共提出政府信息公开申请120件。");
    String tn = scenario.trackingNumber();
    Letters.Letter request = issued(tn, LetterKind.REASONS_REQUEST);

    DateCorrections.Correction done = corrections.correct(tn, "receivedOn", "2026-02-09",
        "登记时录错日期，以收文登记簿为准", OFFICE_USER);
    assertThat(done.warnings()).containsExactly("已发出的说明理由通知书（"
        + request.documentNumber() + "，2026年2月10日发出）载明收到申请日期为2026年2月10日，与更正后的"
        + "收到申请日期2026年2月9日不符；请更正或重新出具该说明理由通知书，告知申请人正确的收到申请日期。");
  }

  /**
   * The 收费通知书 sent Thu 12 February (per page, the fee's own pause running) states the
   * receipt on Tue 10 February, and so does the reply numbered with it, which is delivered as
   * issued once the fee is paid. Until audit round 32a, F3 (ADR 0132) a receipt corrected to
   * Mon 9 February was accepted with a warning naming only the fee notice; now refused, nothing
   * written.
   */
  @Test
  void aReceiptDateIsNotCorrectedWhileTheFeeIsAwaitedOnceTheReplyIsNumbered() {
    RequestScenario scenario = feeNoticeSentOn12February();
    String tn = scenario.trackingNumber();
    LocalDate due = register.get(tn).dueOn();

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-02-09",
        "登记时录错日期，以收文登记簿为准", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已于2026年2月12日签发编号，载明了收到申请日期2026年2月10日");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(register.get(tn).dueOn()).isEqualTo(due);
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();
  }

  /**
   * Audit round 28, F8 (ADR 0104) let a receipt be corrected after a 撤销收费通知书 sent
   * Fri 13 Feb, keeping the deadline it named. The reply numbered with the fee notice stays the
   * reply delivered after the withdrawal and states the receipt: refused (ADR 0132).
   */
  @Test
  void aReceiptDateIsNotCorrectedAfterAFeeWithdrawalOnceTheReplyIsNumbered() {
    RequestScenario scenario = feeNoticeSentOn12February();
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 2, 13));
    bean("feeCorrections", io.github.ogiworkflow.fee.FeeCorrections.class).correct(engine, tn,
        io.github.ogiworkflow.fee.FeeCorrections.Action.WITHDRAW, null, "经复核本申请不应收费",
        OFFICE_USER);
    LocalDate stated = register.get(tn).dueOn();
    BpmnAwareTests.assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-02-09",
        "登记时录错日期，以收文登记簿为准", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("载明了收到申请日期2026年2月10日，将按原文送达");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(register.get(tn).dueOn()).isEqualTo(stated);
  }

  /** The case's one issued letter of this kind. */
  private Letters.Letter issued(String tn, LetterKind kind) {
    return bean("letters", Letters.class).of(tn).stream().filter(l -> l.kind() == kind)
        .reduce((a, b) -> {
          throw new AssertionError("two letters of kind " + kind);
        }).orElseThrow();
  }

  /**
   * Audit round 26, F9: the completeness check is still open when the receipt is corrected from
   * Wed 4 March to Mon 2 March. The correction notice's last day (7 working days: 3–6, 9, 10,
   * Wed 11 March, no longer Fri 13 March) moves on the form, on the task and the reminder
   * (5 working days: Mon 9 March, no longer Wed 11 March) with it.
   */
  @Test
  void aReceiptDateCorrectedBeforeTheCompletenessCheckMovesTheCorrectionNoticeDate() {
    today(LocalDate.of(2026, 3, 6));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 3, 4)));
    String tn = scenario.trackingNumber();
    assertThat(scenario.variable(
        io.github.ogiworkflow.process.ProcessVariables.CORRECTION_NOTICE_DUE_ON))
        .isEqualTo("2026-03-13");

    corrections.correct(tn, "receivedOn", "2026-03-02", "登记时录错日期，以收文登记簿为准",
        OFFICE_USER);
    assertThat(scenario.variable(
        io.github.ogiworkflow.process.ProcessVariables.CORRECTION_NOTICE_DUE_ON))
        .isEqualTo("2026-03-11");
    assertThat(scenario.task(TASK_CHECK_COMPLETENESS).getDueDate())
        .isEqualTo(io.github.ogiworkflow.calendar.OfficeTime.endOf(LocalDate.of(2026, 3, 11)));
    assertThat(scenario.timerJobs(
        io.github.ogiworkflow.process.ElementIds.TIMER_CORRECTION_NOTICE_DUE))
        .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactly(io.github.ogiworkflow.calendar.OfficeTime.morningOf(
            LocalDate.of(2026, 3, 9)));
  }

  /**
   * Audit round 23, F4: an application sent through the public page is received on the day the
   * office confirms it (Art. 31), never before it was sent; a correction to an earlier day made
   * the register show a late reply. Here the submission's row says 3 March.
   */
  @Test
  void aReceiptDateBeforeTheOnlineSubmissionIsRefused() {
    today(LocalDate.of(2026, 3, 6));
    RequestScenario scenario = new RequestScenario(engine).start(registration(
        LocalDate.of(2026, 3, 4)));
    String tn = scenario.trackingNumber();
    jdbc.update("INSERT INTO ogi_online_access (tracking_number, code_salt, code_hash,"
        + " submitted_at) VALUES (?, 'salt', 'hash', ?)", tn, java.sql.Timestamp.from(
            LocalDate.of(2026, 3, 3).atTime(23, 30).atZone(OfficeTime.ZONE).toInstant()));

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-03-02", "登记时录错日期",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("receivedOn")
        .hasMessageContaining("收到申请日期不得早于网上提交申请的日期2026年3月3日");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    corrections.correct(tn, "receivedOn", "2026-03-03", "以网上提交日期为准", OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  /** A letter of the case answered the application: it cannot have come in after it. */
  @Test
  void aReceiptDateAfterTheCasesFirstLetterIsRefused() {
    today(LocalDate.of(2026, 3, 3));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 3, 2)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
            CORRECTION_POINTS, "请写明所需信息的名称。");
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 3, 10));

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-03-05", "登记时录错日期",
        OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("收到申请日期不得晚于本案后续环节的日期2026年3月3日");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    corrections.correct(tn, "receivedOn", "2026-03-03", "以收文登记簿为准", OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    // The case still waits for its correction (an on-time notice, Art. 30): the moved date
    // does not replace what Tasklist's 答复期限 column says.
    assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("补正后重新计算");
  }

  /**
   * The appeal window runs from the applicant's receipt, here the delivery in person (no
   * separate signed-for date): 予以公开 can go to court within 6 months (ALL Art. 46). A corrected delivery date
   * moves the running case's closing day and its timer, recorded after the correction.
   */
  @Test
  void aCorrectedDeliveryDateMovesTheRunningAppealWindow() {
    String tn = deliveredPublicDisclosure();
    String instance = register.dates(tn).orElseThrow().processInstanceId();
    ManagementService jobs = engine.getManagementService();
    assertThat(jobs.createJobQuery().processInstanceId(instance)
        .activityId(TIMER_APPEAL_WINDOW_CLOSED).singleResult().getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 9, 10)));

    today(LocalDate.of(2026, 3, 20));
    corrections.correct(tn, "deliveredOn", "2026-03-09", "按送达回证更正送达日期", OFFICE_USER);

    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("2026-09-09");
    assertThat(jobs.createJobQuery().processInstanceId(instance)
        .activityId(TIMER_APPEAL_WINDOW_CLOSED).singleResult().getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 9, 9)));
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field, DateChangeRegister.DateChange::newDate)
        .containsExactly(tuple("deliveredOn", LocalDate.of(2026, 3, 9)),
            tuple(DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, LocalDate.of(2026, 9, 9)));
  }

  /**
   * A reply not posted is received the day it is delivered (ServiceDates; in person the
   * applicant signs on the spot, handbook §2.13), so a corrected delivery date moves the
   * signed-for day recorded on that day along (recorded by 系统 after the correction), and the
   * window counts from it, as a termination notice's does (ADR 0069). Before, the signed-for
   * day stayed: corrected to Mon 9 Mar, the window still ran from Tue 10 Mar, and a correction
   * to a later day was refused as after the signed-for day. A posted reply's signed-for day is
   * its own and stays.
   */
  @Test
  void aCorrectedDeliveryDateOfAReplyNotPostedMovesItsSignedForDay() {
    String tn = deliveredPublicDisclosure("IN_PERSON", REPLY_RECEIVED_ON, DELIVERED.toString());
    String instance = register.dates(tn).orElseThrow().processInstanceId();

    today(LocalDate.of(2026, 3, 20));
    corrections.correct(tn, "deliveredOn", "2026-03-09", "按送达回证更正送达日期", OFFICE_USER);
    LocalDate monday = LocalDate.of(2026, 3, 9);
    assertThat(register.dates(tn).orElseThrow().replyReceivedOn()).isEqualTo(monday);
    assertThat(register.replyReceivedOn(tn)).isEqualTo(monday);
    assertThat(engine.getRuntimeService().getVariable(instance, REPLY_RECEIVED_ON))
        .isEqualTo("2026-03-09");
    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("2026-09-09");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(TIMER_APPEAL_WINDOW_CLOSED).singleResult().getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 9, 9)));
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field, DateChangeRegister.DateChange::oldDate,
            DateChangeRegister.DateChange::newDate, DateChangeRegister.DateChange::changedBy)
        .containsExactly(tuple("deliveredOn", DELIVERED, monday, OFFICE_USER),
            tuple("replyReceivedOn", DELIVERED, monday, DateChangeRegister.SYSTEM),
            tuple(DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, LocalDate.of(2026, 9, 10),
                LocalDate.of(2026, 9, 9), DateChangeRegister.SYSTEM));

    // Later than the day first recorded: moved along too, no longer refused.
    corrections.correct(tn, "deliveredOn", "2026-03-11", "按送达回证再次更正送达日期", OFFICE_USER);
    assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("2026-09-11");
  }

  /** Posted: the signed-for day is the applicant's own, after the posting; it does not move. */
  @Test
  void aCorrectedPostingDateKeepsTheSignedForDay() {
    String tn = deliveredPublicDisclosure("POST");
    today(LocalDate.of(2026, 3, 20));
    corrections.correct(tn, "replyReceivedOn", "2026-03-12", "邮件回执已寄回", OFFICE_USER);
    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-03-13",
        "交邮日期登记有误", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("送达日期不得晚于申请人签收日期2026年3月12日");
    corrections.correct(tn, "deliveredOn", "2026-03-09", "交邮日期登记有误", OFFICE_USER);
    assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 12));
  }

  /**
   * Posted Sat 5 Dec 2026 with no signed-for date: service by post takes effect on the day the
   * applicant signs for it, so the window shows 待确认签收, not the 6 months counted from the
   * posting (Mon 7 Jun 2027: the counted Sat 5 Jun is a day off, CPL Art. 85 via ALL Art. 102);
   * the timer waits until that earliest possible day only to look again. The return receipt
   * comes back later, signed Tue 8 Dec: the office records it through the correction (the same
   * checks, a reason), the window then closes on Tue 8 Jun 2027 and the timer moves.
   */
  @Test
  void aSignedForDateMissingAtDeliveryIsRecordedLaterAndThenStartsTheWindow() {
    today(LocalDate.of(2026, 12, 1));
    RequestScenario scenario = new RequestScenario(engine).startWithItems(
        registration(LocalDate.of(2026, 12, 1)), items(item("统计年鉴", "PUBLIC", "wherePublic",
            "本局网站")));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(LocalDate.of(2026, 12, 5));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-12-05");
    String tn = scenario.trackingNumber();
    String instance = register.dates(tn).orElseThrow().processInstanceId();
    ManagementService jobs = engine.getManagementService();
    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("待确认签收");
    assertThat(register.replyReceivedOn(tn)).isNull();
    assertThat(jobs.createJobQuery().processInstanceId(instance)
        .activityId(TIMER_APPEAL_WINDOW_CLOSED).singleResult().getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2027, 6, 7)));

    today(LocalDate.of(2026, 12, 10));
    // The same checks as a correction: not before the delivery, not in the future, a reason.
    assertThatThrownBy(() -> corrections.correct(tn, "replyReceivedOn", "2026-12-04",
        "邮寄回执已退回", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("申请人签收日期不得早于送达日期");
    assertThatThrownBy(() -> corrections.correct(tn, "replyReceivedOn", "2026-12-11",
        "邮寄回执已退回", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("申请人签收日期不得晚于今天");
    assertThatThrownBy(() -> corrections.correct(tn, "replyReceivedOn", "2026-12-08", "",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("更正理由");
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();

    DateCorrections.Correction done = corrections.correct(tn, "replyReceivedOn", "2026-12-08",
        "邮寄回执已退回，申请人12月8日签收", OFFICE_USER);
    assertThat(done.oldDate()).isNull();
    assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("2027-06-08（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）");
    assertThat(jobs.createJobQuery().processInstanceId(instance)
        .activityId(TIMER_APPEAL_WINDOW_CLOSED).singleResult().getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2027, 6, 8)));
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field, DateChangeRegister.DateChange::oldDate,
            DateChangeRegister.DateChange::newDate)
        .containsExactly(tuple("replyReceivedOn", null, LocalDate.of(2026, 12, 8)),
            tuple(DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, null, LocalDate.of(2027, 6, 8)));
  }

  /**
   * A refusal (3.1) posted Tue 10 Mar 2026 whose return receipt never came back: the 60 days
   * counted from the posting would end Sat 9 May 2026, a make-up working day (调休), so on that
   * day. They are not the applicant's: the window shows 待确认签收; a reconsideration filed on
   * Mon 18 May (69 days after the posting) gets no lateness warning (nothing shows it late);
   * when the timer looks (Mon 11 May) the case is not closed for good but kept open, still
   * 待确认签收, looked at again 30 days after the look (Mon 11 May → Wed 10 Jun). The
   * signed-for date, Fri 13 Mar, recorded on Wed 20 May, gives the window its day: 13 Mar + 60
   * days = Tue 12 May 2026; the moved timer is due, and the case closes for good.
   * An in-person delivery without a separate signed-for date runs from the delivery as before.
   */
  @Test
  void aPostedReplyWithoutSignedForDateShowsNoDeadlineAndIsNotClosedForGood() {
    today(LocalDate.of(2026, 3, 2));
    RequestScenario scenario = new RequestScenario(engine).startWithItems(
        registration(LocalDate.of(2026, 3, 2)), items(item("内部人事档案", "HELD")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
            WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY,
            RequestScenario.LEADER, REPLY_APPROVAL, "APPROVE");
    today(LocalDate.of(2026, 3, 10));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-10");
    String tn = scenario.trackingNumber();
    String instance = register.dates(tn).orElseThrow().processInstanceId();
    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("待确认签收");
    assertThat(register.replyReceivedOn(tn)).isNull();
    assertThat(scenario.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 5, 9)));

    AppealWindow window = bean("appealWindow", AppealWindow.class);
    assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 18))).isNull();

    today(LocalDate.of(2026, 5, 11));
    scenario.fireTimer(TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(register.finalOn(tn)).isNull();
    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("待确认签收");
    assertThat(scenario.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 6, 10)));

    today(LocalDate.of(2026, 5, 20));
    corrections.correct(tn, "replyReceivedOn", "2026-03-13", "邮寄回执已退回，申请人3月13日签收",
        OFFICE_USER);
    assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(engine.getRuntimeService().getVariable(instance, APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("2026-05-12");
    assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 18)))
        .contains("2026-03-13", "起六十日的复议申请期限");
    scenario.fireTimer(TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(register.finalOn(tn)).isEqualTo(LocalDate.of(2026, 5, 20));
  }

  /**
   * In person: the delivery is the day signed for on the spot; the window runs from it. A later
   * signed-for date (only a posted reply is received after its delivery) is refused on the
   * delivery form and as a date correction: it would move the window by as much.
   */
  @Test
  void anInPersonDeliveryRunsFromTheDeliveryDate() {
    today(LocalDate.of(2026, 12, 1));
    RequestScenario scenario = new RequestScenario(engine).startWithItems(
        registration(LocalDate.of(2026, 12, 1)), items(item("统计年鉴", "PUBLIC", "wherePublic",
            "本局网站")));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(LocalDate.of(2026, 12, 7));
    assertThatThrownBy(() -> scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY,
        "IN_PERSON", DELIVERED_ON, "2026-12-04", REPLY_RECEIVED_ON, "2026-12-07"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("申请人签收日期应与送达日期2026年12月4日相同");
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-12-04", REPLY_RECEIVED_ON, "2026-12-04");
    String tn = scenario.trackingNumber();
    assertThatThrownBy(() -> corrections.correct(tn, "replyReceivedOn", "2026-12-07",
        "申请人称12月7日才收到答复书", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("只有邮寄送达的签收日期可以晚于送达日期");
    // Fri 4 Dec 2026 + 6 months = Fri 4 Jun 2027, a working day.
    assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(engine.getRuntimeService().getVariable(
        register.dates(tn).orElseThrow().processInstanceId(), APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("2027-06-04（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）");
  }

  /**
   * At entry (issue 14, point 11): a correction cannot have arrived before the correction
   * notice went out (4 March) nor in the future; refused on the office's form, which stays.
   */
  @Test
  void aSupplementReceivedBeforeTheCorrectionNoticeIsRefused() {
    today(RECEIVED);
    RequestScenario scenario = new RequestScenario(engine).start(registration(RECEIVED));
    today(LocalDate.of(2026, 3, 4));
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请写明所需信息的文号。");
    today(LocalDate.of(2026, 3, 9));
    String task = scenario.task(TASK_RECORD_SUPPLEMENT).getId();
    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, "2026-03-03", SUPPLEMENT_STILL_UNCLEAR, false))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("收到补正材料日期不得早于补正告知书发出日期2026年3月4日");
    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, "2026-03-10", SUPPLEMENT_STILL_UNCLEAR, false))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("收到补正材料日期不能晚于今天");
    assertThat(scenario.task(TASK_RECORD_SUPPLEMENT).getId()).isEqualTo(task);
    // The notice's own day is accepted: the clock runs again from it.
    scenario.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, "2026-03-04", SUPPLEMENT_STILL_UNCLEAR, false);
    assertThat(register.get(scenario.trackingNumber()).clockStartedOn())
        .isEqualTo(LocalDate.of(2026, 3, 4));
  }

  /**
   * The register may not say the reply reached the applicant after the applicant appealed
   * against it (at entry, a filing before the delivery is refused): a delivery or signed-for
   * date is corrected no later than the applicant's first reconsideration or lawsuit against
   * that reply (its filing date; its service where none was recorded). A third party's appeal
   * against the decision to disclose runs from its 公开决定告知书 (Art. 32) and does not bind
   * the reply's dates.
   */
  @Test
  void aDeliveryOrSignedForDateIsNotCorrectedToAfterTheApplicantsAppeal() {
    // Posted: only a posted reply's signed-for date may lie after its delivery.
    String tn = deliveredPublicDisclosure("POST");
    AppealRegister appeals = bean("appealRegister", AppealRegister.class);
    today(LocalDate.of(2026, 3, 12));
    appeals.insert(new NewAppeal(tn, "third-party", AppealKind.RECONSIDERATION, 1, false,
        "市政复〔2026〕7号", "市人民政府", "ORDINARY", LocalDate.of(2026, 3, 11),
        LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 26), Appellant.THIRD_PARTY, "某公司"));
    today(LocalDate.of(2026, 3, 23));
    appeals.insert(new NewAppeal(tn, "applicant", AppealKind.RECONSIDERATION, 1, false,
        "市政复〔2026〕12号", "市人民政府", "ORDINARY", LocalDate.of(2026, 3, 20),
        LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 6)));
    today(LocalDate.of(2026, 4, 1));

    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-03-21",
        "回执核对后更正送达日期", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("deliveredOn:")
        .hasMessageContaining("送达日期不得晚于申请人对该答复申请行政复议（案号市政复〔2026〕12号）的日期"
            + "2026年3月20日");
    assertThatThrownBy(() -> corrections.correct(tn, "replyReceivedOn", "2026-03-21",
        "回执核对后补录签收日期", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("replyReceivedOn:")
        .hasMessageContaining("申请人签收日期不得晚于申请人对该答复申请行政复议");
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();
    assertThat(register.dates(tn).orElseThrow().deliveredOn()).isEqualTo(DELIVERED);

    // The day of the filing itself, and after the third party's filing (11 March): accepted.
    corrections.correct(tn, "replyReceivedOn", "2026-03-20", "回执核对后补录签收日期", OFFICE_USER);
    corrections.correct(tn, "deliveredOn", "2026-03-13", "回执核对后更正送达日期", OFFICE_USER);
    assertThat(register.dates(tn).orElseThrow().deliveredOn()).isEqualTo(LocalDate.of(2026, 3, 13));
  }

  /**
   * A correction (纠正) reopened the request: the appeals before it challenged the first reply.
   * While the register still holds that reply's delivery they bind its date; once the reply made
   * anew was delivered, only the appeals against it do.
   */
  @Test
  void afterAReopeningOnlyTheAppealsAgainstTheReplyOnRecordBindItsDelivery() {
    String tn = deliveredPublicDisclosure();
    AppealRegister appeals = bean("appealRegister", AppealRegister.class);
    today(LocalDate.of(2026, 3, 23));
    long first = appeals.insert(new NewAppeal(tn, "applicant", AppealKind.RECONSIDERATION, 1,
        false, "市政复〔2026〕12号", "市人民政府", "ORDINARY", LocalDate.of(2026, 3, 20),
        LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 6)));
    today(LocalDate.of(2026, 4, 20));
    appeals.recordResult(first, "CORRECTED", "ORDERED_TO_ACT", LocalDate.of(2026, 4, 20), null);
    // Reopened: handled again, the first delivery still on record.
    jdbc.update("UPDATE ogi_case SET status = 'IN_PROGRESS' WHERE tracking_number = ?", tn);
    today(LocalDate.of(2026, 4, 22));
    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-03-21",
        "回执核对后更正送达日期", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("2026年3月20日");

    // The reply made anew delivered on 5 May, appealed on 11 May.
    jdbc.update("UPDATE ogi_case SET status = 'DELIVERED', delivered_on = ?, closed_on = ?"
        + " WHERE tracking_number = ?", java.sql.Date.valueOf("2026-05-05"),
        java.sql.Date.valueOf("2026-05-05"), tn);
    today(LocalDate.of(2026, 5, 12));
    appeals.insert(new NewAppeal(tn, "applicant", AppealKind.LITIGATION, 1, true,
        "（2026）京0101行初88号", "某区人民法院", null, LocalDate.of(2026, 5, 11),
        LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 27)));
    today(LocalDate.of(2026, 5, 20));
    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-05-12",
        "回执核对后更正送达日期", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("送达日期不得晚于申请人对该答复提起行政诉讼（案号（2026）京0101行初88号）的日期"
            + "2026年5月11日");
    corrections.correct(tn, "deliveredOn", "2026-05-08", "回执核对后更正送达日期", OFFICE_USER);
    assertThat(register.dates(tn).orElseThrow().deliveredOn()).isEqualTo(LocalDate.of(2026, 5, 8));
  }

  /**
   * Audit round 24, F2: the issued reply states the receipt date; a correction afterwards left the
   * served letter saying another day than the register. Refused once the reply is issued.
   */
  @Test
  void aReceiptDateIsNotCorrectedOnceTheReplyStatingItIsIssued() {
    String tn = deliveredPublicDisclosure();
    today(LocalDate.of(2026, 3, 20));

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-02-27", "以收文登记簿为准",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("receivedOn")
        .hasMessageContaining("答复书已于2026年3月5日签发，载明了收到申请日期");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(RECEIVED);
  }

  /**
   * Audit round 32a, F3 (ADR 0132): a reply numbered and dated but not yet served states the
   * receipt date as well and is delivered as issued; the correction was accepted and the served
   * letter then said another day than the register. Refused, and not offered on the case page.
   */
  @Test
  void aReceiptDateIsNotCorrectedOnceTheReplyIsNumberedThoughNotYetServed() {
    today(RECEIVED);
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(RECEIVED),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    String tn = scenario.trackingNumber();
    today(FINALISED);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    BpmnAwareTests.assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
    today(LocalDate.of(2026, 3, 6));

    assertThat(corrections.correctable(tn)).extracting(DateCorrections.Correctable::field)
        .doesNotContain(CorrectableDate.receivedOn);
    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-02-27", "以收文登记簿为准",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("receivedOn")
        .hasMessageMatching("(?s).*答复书示\\S*答〔2026〕\\d+号已于2026年3月5日签发编号，载明了收到申请日期"
            + "2026年3月2日.*");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(RECEIVED);
  }

  /** A complaint (Art. 51) may come before any letter: the request came in before it too. */
  @Test
  void aReceiptDateAfterAComplaintAboutTheRequestIsRefused() {
    // Registered 4 March (a receipt after the registration is refused since ADR 0124).
    today(LocalDate.of(2026, 3, 4));
    RequestScenario scenario = new RequestScenario(engine).start(registration(RECEIVED));
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 3, 4));
    bean("appealRegister", AppealRegister.class).insert(new NewAppeal(tn, "complaint",
        AppealKind.COMPLAINT, 1, false, "督办〔2026〕3号", "市政府办公厅", "COMPLAINT", null,
        LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 25)));
    today(LocalDate.of(2026, 3, 6));
    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-03-05", "登记时录错日期",
        OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("收到申请日期不得晚于本案后续环节的日期2026年3月4日");
    corrections.correct(tn, "receivedOn", "2026-03-04", "以收文登记簿为准", OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
  }

  /**
   * The reply clock stands still from the fee notice until payment (Art. 42, 国办函〔2020〕109号;
   * {@code DisclosureRequestScenarioTest.aPaidFeeResumesTheClock}): notice Thu 12 Feb 2026,
   * served Fri 13 Feb, paid Wed 25 Feb; paused 4 working days (13, Sat 14 调休, 24, 25), the
   * deadline Mon 16 March + 4 = Fri 20 March. A corrected payment date moves the pause's end,
   * the 答复期限, the due date of the open task and the reply timers with it.
   */
  @Test
  void aCorrectedPaymentDateMovesThePauseAndTheReplyDeadline() {
    RequestScenario scenario = feeNoticeSentOn12February();
    today(LocalDate.of(2026, 2, 13));
    scenario.complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
        "2026-02-13");
    // Recorded on Fri 27 Feb: the payment cannot be corrected to a later day (ADR 0124).
    today(LocalDate.of(2026, 2, 27));
    scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2026-02-25");
    String tn = scenario.trackingNumber();
    PauseLedger pauses = bean("pauseLedger", PauseLedger.class);
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(pauses.pausesOf(tn)).extracting(PauseLedger.Pause::workingDays).containsExactly(4);

    // Paid on Tue 24 Feb: 3 working days paused, due Thu 19 March.
    today(LocalDate.of(2026, 3, 2));
    corrections.correct(tn, "feePaidOn", "2026-02-24", "按银行回单更正缴费日期", OFFICE_USER);
    assertThat(pauses.pausesOf(tn)).singleElement().satisfies(p -> {
      assertThat(p.endedOn()).isEqualTo(LocalDate.of(2026, 2, 24));
      assertThat(p.workingDays()).isEqualTo(3);
    });
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-03-19");
    assertThat(scenario.task(TASK_DELIVER_REPLY).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 19)));
    assertThat(scenario.timerJobs(TIMER_REPLY_OVERDUE)).singleElement().satisfies(timer ->
        assertThat(timer.getDuedate()).isEqualTo(OfficeTime.after(LocalDate.of(2026, 3, 19))));

    // Paid on Fri 27 Feb: 6 working days (13, 14, 24–27), due Tue 24 March.
    corrections.correct(tn, "feePaidOn", "2026-02-27", "再次核对银行回单", OFFICE_USER);
    assertThat(pauses.pausesOf(tn)).extracting(PauseLedger.Pause::workingDays).containsExactly(6);
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 24));
    assertThat(scenario.task(TASK_DELIVER_REPLY).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 24)));
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field, DateChangeRegister.DateChange::newDate)
        .containsExactly(tuple("feePaidOn", LocalDate.of(2026, 2, 24)),
            tuple("replyDueDate", LocalDate.of(2026, 3, 19)),
            tuple("feePaidOn", LocalDate.of(2026, 2, 27)),
            tuple("replyDueDate", LocalDate.of(2026, 3, 24)));

    // Audit round 31a, F4 (ADR 0124): not after the day 登记缴费 recorded it (Fri 27 Feb): a
    // later day lengthens the pause and the deadline; nothing written.
    assertThatThrownBy(() -> corrections.correct(tn, "feePaidOn", "2026-03-02", "再次核对银行回单",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("feePaidOn:")
        .hasMessageContaining("缴费日期不得晚于登记缴费的日期2026年2月27日");
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 24));

    // Delivered 2 March: it cannot be corrected to before the payment.
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-02");
    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-02-26",
        "回执核对后更正送达日期", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("送达日期不得早于缴费日期2026年2月27日");
  }

  /**
   * Audit round 31a, F4 (ADR 0124): the office registered the application on Wed 4 March; the
   * receipt cannot be corrected to a later day (the old code took Thu 5 March: no letter, no
   * delivery bounded it), nor to one after the first step taken on it.
   */
  @Test
  void aReceiptDateAfterTheDayTheCaseWasRegisteredIsRefused() {
    today(LocalDate.of(2026, 3, 4));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 3, 2)));
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 3, 10));

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-03-05", "登记时录错日期",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("receivedOn:")
        .hasMessageContaining("收到申请日期不得晚于本案登记受理（或确认收到网上申请）及办理第一个环节的日期"
            + "2026年3月4日");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();
    corrections.correct(tn, "receivedOn", "2026-03-04", "以收文登记簿为准", OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
  }

  /**
   * Audit round 31a, F4 (ADR 0124): the receipt entered as 2 February (it came on 4 March, the
   * day it was registered) made the case overdue and leadership was given 超期督办. Correcting
   * it moves the passed deadline ahead and would end the escalation: refused to the office,
   * nothing written; a member of 领导小组 makes it, and the escalation ends (ADR 0104). The
   * reprinted 受理回执 says the date was corrected and names the original one.
   */
  @Test
  void aCorrectionThatMovesAPassedDeadlineAheadNeedsLeadership() {
    today(LocalDate.of(2026, 3, 4));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 2, 2)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String tn = scenario.trackingNumber();
    LocalDate passed = register.get(tn).dueOn();
    WorkingDayCalendar calendar = bean("workingDayCalendar", WorkingDayCalendar.class);
    today(calendar.addWorkingDays(passed, 2));
    scenario.fireTimer(TIMER_REPLY_OVERDUE);
    assertThat(scenario.tasks(io.github.ogiworkflow.process.ElementIds.TASK_HANDLE_OVERDUE))
        .hasSize(1);

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-03-04",
        "登记时误录收到日期，以收文登记簿为准", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("receivedOn:")
        .hasMessageContaining("答复期限" + io.github.ogiworkflow.letter.CaseLetters.chinese(passed)
            + "已届满，本案已逾期")
        .hasMessageContaining("须经领导小组同意");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(register.get(tn).dueOn()).isEqualTo(passed);
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();
    assertThat(scenario.tasks(io.github.ogiworkflow.process.ElementIds.TASK_HANDLE_OVERDUE))
        .hasSize(1);

    corrections.correct(tn, "receivedOn", "2026-03-04", "登记时误录收到日期，以收文登记簿为准",
        RequestScenario.LEADER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(register.get(tn).dueOn()).isAfter(OfficeTime.today());
    assertThat(scenario.tasks(io.github.ogiworkflow.process.ElementIds.TASK_HANDLE_OVERDUE))
        .isEmpty();
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field, DateChangeRegister.DateChange::changedBy)
        .startsWith(tuple("receivedOn", RequestScenario.LEADER));

    String receipt = receipt().html(tn).orElseThrow();
    assertThat(receipt).contains("本机关已于2026年3月4日收到并登记")
        .contains("（更正）本回执载明的收到申请日期已由原登记的2026年2月2日更正为2026年3月4日")
        .contains("原登记的收到申请日期为2026年2月2日，本机关已于"
            + io.github.ogiworkflow.letter.CaseLetters.chinese(OfficeTime.today()) + "更正");
  }

  /**
   * ADR 0127 (audit 31a, F4 rest): a reply delivered two working days after its deadline is a
   * late reply (逾期答复). Correcting the delivery to the deadline's day makes it timely: refused
   * to the office (the old code took it), nothing written; a correction that leaves it late stays
   * the office's; a member of 领导小组 makes it, recorded under that name with the deadline then
   * in force.
   */
  @Test
  void aDeliveryCorrectionThatMakesALateReplyTimelyNeedsLeadership() {
    today(RECEIVED);
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(RECEIVED),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    String tn = scenario.trackingNumber();
    LocalDate due = register.get(tn).dueOn();
    WorkingDayCalendar calendar = bean("workingDayCalendar", WorkingDayCalendar.class);
    today(due);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    LocalDate late = calendar.addWorkingDays(due, 2);
    today(late);
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, late.toString());
    today(late.plusDays(7));
    DateChangeRegister changes = bean("dateChangeRegister", DateChangeRegister.class);

    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", due.toString(),
        "按送达回证更正送达日期", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("deliveredOn:")
        .hasMessageContaining("晚于答复期限" + io.github.ogiworkflow.letter.CaseLetters.chinese(due)
            + "，属逾期答复")
        .hasMessageContaining("须经领导小组同意");
    assertThat(register.dates(tn).orElseThrow().deliveredOn()).isEqualTo(late);
    assertThat(changes.of(tn)).isEmpty();

    // Still late after it: the office's.
    LocalDate stillLate = calendar.addWorkingDays(due, 1);
    corrections.correct(tn, "deliveredOn", stillLate.toString(), "按送达回证更正送达日期",
        OFFICE_USER);
    assertThat(register.dates(tn).orElseThrow().deliveredOn()).isEqualTo(stillLate);

    corrections.correct(tn, "deliveredOn", due.toString(), "送达回证载明的送达日期为期限当日",
        RequestScenario.LEADER);
    assertThat(register.dates(tn).orElseThrow().deliveredOn()).isEqualTo(due);
    assertThat(changes.of(tn)).filteredOn(c -> c.field().equals("deliveredOn"))
        .extracting(DateChangeRegister.DateChange::newDate, DateChangeRegister.DateChange::changedBy)
        .containsExactly(tuple(stillLate, OFFICE_USER), tuple(due, RequestScenario.LEADER));
    assertThat(jdbc.queryForList("SELECT reply_due_on FROM ogi_date_change WHERE"
        + " tracking_number = ? AND field = 'deliveredOn'", java.sql.Date.class, tn))
        .extracting(java.sql.Date::toLocalDate).containsOnly(due);
  }

  /**
   * ADR 0127: a payment recorded on Fri 27 Feb as made on Tue 24 Feb (due Thu 19 March), the
   * reply delivered on Mon 23 March, late. Corrected to 27 Feb the pause grows and the deadline
   * moves to Tue 24 March, which makes the reply timely: refused to the office (the old code
   * took it: the case was delivered), made by leadership.
   */
  @Test
  void aPaymentCorrectionThatMakesALateReplyTimelyNeedsLeadership() {
    RequestScenario scenario = feeNoticeSentOn12February();
    today(LocalDate.of(2026, 2, 13));
    scenario.complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
        "2026-02-13");
    today(LocalDate.of(2026, 2, 27));
    scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2026-02-24");
    String tn = scenario.trackingNumber();
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    today(LocalDate.of(2026, 3, 23));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-23");
    today(LocalDate.of(2026, 3, 25));

    // In one transaction, as the app's API calls it: a refusal writes nothing.
    org.springframework.transaction.support.TransactionTemplate transaction =
        new org.springframework.transaction.support.TransactionTemplate(
            ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration()).getBeans().values().stream()
                .filter(org.springframework.transaction.PlatformTransactionManager.class::isInstance)
                .map(org.springframework.transaction.PlatformTransactionManager.class::cast)
                .findFirst().orElseThrow());
    assertThatThrownBy(() -> transaction.executeWithoutResult(done -> corrections.correct(tn,
        "feePaidOn", "2026-02-27", "按银行回单更正缴费日期", OFFICE_USER)))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("feePaidOn:")
        .hasMessageContaining("晚于答复期限2026年3月19日，属逾期答复")
        .hasMessageContaining("答复期限将后移至2026年3月24日")
        .hasMessageContaining("须经领导小组同意");
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    assertThat(register.dates(tn).orElseThrow().feePaidOn()).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();

    corrections.correct(tn, "feePaidOn", "2026-02-27", "按银行回单更正缴费日期",
        RequestScenario.LEADER);
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 24));
  }

  /**
   * ADR 0137 (ADR 0127's open point): a payment correction that leadership must make is refused
   * before anything is written, not rolled back after: called here without a transaction (as
   * nothing outside the API wraps the use case), the refusal leaves the payment, the fee pause,
   * the engine's variable and the deadline as they were. The old code moved the pause's end,
   * the register's payment and the variable first and only then refused.
   */
  @Test
  void aPaymentCorrectionLeadershipMustMakeIsRefusedBeforeAnythingIsWritten() {
    RequestScenario scenario = feeNoticeSentOn12February();
    today(LocalDate.of(2026, 2, 13));
    scenario.complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
        "2026-02-13");
    today(LocalDate.of(2026, 2, 27));
    scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2026-02-24");
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 3, 23));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-23");
    today(LocalDate.of(2026, 3, 25));
    java.util.List<PauseLedger.Pause> pausesBefore = bean("pauseLedger", PauseLedger.class)
        .pausesOf(tn);

    assertThatThrownBy(() -> corrections.correct(tn, "feePaidOn", "2026-02-27",
        "按银行回单更正缴费日期", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("feePaidOn:").hasMessageContaining("须经领导小组同意");
    assertThat(register.dates(tn).orElseThrow().feePaidOn()).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    assertThat(bean("pauseLedger", PauseLedger.class).pausesOf(tn)).isEqualTo(pausesBefore);
    assertThat(engine.getRuntimeService().getVariable(scenario.instance.getId(), FEE_PAID_ON))
        .isEqualTo("2026-02-24");
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).isEmpty();
  }

  /** An uncorrected receipt says nothing of a correction. */
  @Test
  void anUncorrectedReceiptSaysNothingOfACorrection() {
    today(LocalDate.of(2026, 3, 4));
    String tn = new RequestScenario(engine).start(registration(LocalDate.of(2026, 3, 2)))
        .trackingNumber();
    assertThat(receipt().html(tn).orElseThrow()).contains("本机关已于2026年3月2日收到并登记")
        .doesNotContain("更正");
  }

  private io.github.ogiworkflow.receipt.ApplicationReceipt receipt() {
    var beans = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans().values();
    return new io.github.ogiworkflow.receipt.ApplicationReceipt(jdbc,
        bean("dateChangeRegister", DateChangeRegister.class),
        beans.stream().filter(io.github.ogiworkflow.letter.AgencyProperties.class::isInstance)
            .map(io.github.ogiworkflow.letter.AgencyProperties.class::cast).findFirst()
            .orElseThrow(),
        bean("deadlineTexts", io.github.ogiworkflow.deadline.DeadlineTexts.class),
        bean("replyDeadline", ReplyDeadline.class), register,
        new io.github.ogiworkflow.online.OfficeQueryCodes(jdbc));
  }

  /** Received 2 March, finalised 5 March, delivered 10 March 2026 (予以公开, no approval). */
  private String deliveredPublicDisclosure() {
    // In person: served on the day signed for on the spot, the delivery date.
    return deliveredPublicDisclosure("IN_PERSON");
  }

  /** {@code more}: further fields of 送达答复书 (key, value, …), e.g. the signed-for day. */
  private String deliveredPublicDisclosure(String deliveredBy, Object... more) {
    today(RECEIVED);
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(RECEIVED),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    today(FINALISED);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(DELIVERED);
    Object[] fields = java.util.stream.Stream.concat(java.util.stream.Stream.of(DELIVERED_BY,
        deliveredBy, DELIVERED_ON, DELIVERED.toString()), java.util.Arrays.stream(more))
        .toArray();
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, fields);
    assertThat(register.get(scenario.trackingNumber()).status()).isEqualTo("DELIVERED");
    return scenario.trackingNumber();
  }

  /** DateCorrections as the app wires it, from the test engine's beans (shared by the tests). */
  static DateCorrections dateCorrections(ProcessEngine engine, CaseRegister register,
      AppealRegister appealRegister) {
    return new DateCorrections(register,
        ProcessTestEngine.bean(engine, "dateChangeRegister", DateChangeRegister.class),
        ProcessTestEngine.bean(engine, "deliveryDates", DeliveryDates.class),
        ProcessTestEngine.bean(engine, "replyDeadline", ReplyDeadline.class),
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class), engine,
        ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class),
        ProcessTestEngine.bean(engine, "letters", io.github.ogiworkflow.letter.Letters.class),
        appealRegister,
        ProcessTestEngine.bean(engine, "pauseLedger",
            io.github.ogiworkflow.deadline.PauseLedger.class),
        ProcessTestEngine.bean(engine, "publishedYears",
            io.github.ogiworkflow.report.PublishedYears.class));
  }

  private <T> T bean(String name, Class<T> type) {
    return ProcessTestEngine.bean(engine, name, type);
  }

  /**
   * Received Tue 10 February 2026, its one item releasable, a 收费通知书 (per page, 150 pages)
   * sent Thu 12 February, which is today afterwards.
   */
  private RequestScenario feeNoticeSentOn12February() {
    today(LocalDate.of(2026, 2, 10));
    RequestScenario scenario = new RequestScenario(engine).startWithItems(
        registration(LocalDate.of(2026, 2, 10)), items(item("2025年行政处罚案件统计表", "HELD")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    today(LocalDate.of(2026, 2, 12));
    return scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME,
        "PER_PAGE", PAGE_COUNT, 150);
  }
}
