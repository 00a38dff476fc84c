package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.appeal.AppealScenario.RECEIVED;
import static io.github.ogiworkflow.process.ElementIds.BOUNDARY_CORRECTED_IN_HANDLING;
import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.SERVICE_REOPEN_REQUEST;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DECIDE_AGENCY_APPEAL;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_JUDGMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.EVENT_REPLY_OVERDUE_MOVED;
import static io.github.ogiworkflow.process.ElementIds.TASK_HANDLE_OVERDUE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_OVERDUE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_OVERDUE_AGAIN;
import static io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_REMINDER;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.correction.DateCorrections;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.reply.DeliveryDates;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.report.AnnualReports;
import io.github.ogiworkflow.report.PublishedYears;
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

/**
 * ADR 0081 (audit round 24, F8): the applicant's reconsideration or lawsuit against the agency's
 * failure to reply in time (逾期未作答复, Art. 33, 51) is recorded, not refused: early ones with a
 * warning (admissibility is the body's, handbook §2.13); its correction reopens nothing, and a
 * reply delivered later keeps its own window and dates.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/litigation.bpmn",
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class OverdueAppealScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST);

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
  }

  /**
   * The audit's case: the reply period ran out, 超期督办 is open, no reply delivered. The
   * reconsideration is recorded against the failure to reply, without a warning; the answer
   * names that conduct, no reply; the body orders the agency to reply (纠正, counted in table 四),
   * and the request, still at its search, is not reopened. The reply delivered afterwards opens
   * its own window, and the applicant's reconsideration against it is one against the reply.
   */
  @Test
  void aReconsiderationAgainstTheFailureToReplyIsRecordedAndItsCorrectionReopensNothing() {
    String trackingNumber = overdueRequest();
    LocalDate dueOn = cases.get(trackingNumber).dueOn();
    LocalDate filedOn = dueOn.plusDays(14);
    today(filedOn);
    AppealRegister.Counts before = appeals.counts(AppealKind.RECONSIDERATION, 2026, null);

    ProcessInstance reconsideration = scenario.fileReconsideration(trackingNumber, filedOn, "211");

    assertThat(reconsideration).isWaitingAt(TASK_DRAFT_ANSWER);
    AppealRegister.Appeal appeal = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(appeal.challenged()).isEqualTo(ChallengedAct.NON_REPLY);
    Assertions.assertThat(appeal.filingWarning()).isNull();
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(
        reconsideration.getId(), APPEAL_SUBJECT))
        .isEqualTo("申请人张三不服本机关未在法定期限内对其政府信息公开申请作出答复（逾期未作答复），申请行政复议");

    scenario.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT,
            "被申请人正在办理该申请，将依法作出答复。", EVIDENCE_LIST, "1. 申请表")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, filedOn.toString());
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    Letters.Letter answer = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.RECONSIDERATION_ANSWER).findFirst().orElseThrow();
    Assertions.assertThat(LetterDocuments.text(
            letters.file(trackingNumber, answer.id()).orElseThrow().bytes()))
        .contains("申请人张三不服被申请人未在法定期限内对其政府信息公开申请作出答复（逾期未作答复），"
            + "申请行政复议（案号：示复〔2026〕211号）。被申请人现答复如下：")
        .doesNotContain("答复书》");

    LocalDate decidedOn = filedOn.plusDays(7);
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString());

    assertThat(reconsideration).isEnded();
    // The request runs on toward its reply: not interrupted, not reopened.
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasNotPassed(BOUNDARY_CORRECTED_IN_HANDLING);
    Assertions.assertThat(appeals.lastReopening(trackingNumber)).isEmpty();
    AppealRegister.Counts now = appeals.counts(AppealKind.RECONSIDERATION, 2026, null);
    Assertions.assertThat(now.corrected()).isEqualTo(before.corrected() + 1);
    Assertions.assertThat(now.total()).isEqualTo(before.total() + 1);
    // Table 四 lists it under 结果纠正 as any reconsideration (no delivered reply needed).
    Assertions.assertThat(new AnnualReports(ProcessTestEngine.jdbc(engine), appeals,
            ProcessTestEngine.bean(engine, "publicationRegister", PublicationRegister.class), 2025)
        .compute(2026).drillDown("t4.RECONSIDERATION.CORRECTED").orElseThrow())
        .contains(trackingNumber);

    // The reply, delivered later, is no reply made anew and opens its own window.
    LocalDate deliveredOn = decidedOn.plusDays(3);
    today(deliveredOn);
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")));
    Assertions.assertThat((String) scenario.request.variable(REPLY_LETTER_TEXT))
        .doesNotContain("重新答复", "示复〔2026〕211号");
    scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, deliveredOn.toString());
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    WorkingDayCalendar calendar =
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class);
    Assertions.assertThat(scenario.request.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo(
        AppealWindow.litigationLastDay(calendar, deliveredOn).toString());

    ProcessInstance againstReply = scenario.fileReconsideration(trackingNumber, deliveredOn, "230");
    assertThat(againstReply).isWaitingAt(TASK_DRAFT_ANSWER);
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::challenged)
        .containsExactly(ChallengedAct.NON_REPLY, ChallengedAct.REPLY);
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(
        againstReply.getId(), APPEAL_SUBJECT)).contains("《政府信息公开申请答复书》");
  }

  /**
   * ADR 0096: the body orders the agency to reply by a date (责令限期答复). The request, overdue
   * and still at its search, is not reopened, but its reply deadline becomes that date: in the
   * register, the variables every form and timer read, the reminder timer, and the audit trail
   * (重算答复期限 by 系统, naming the decision). Before, the deadline stayed on the date long past.
   */
  @Test
  void aCorrectionOrderingAReplyByADateMovesTheRunningRequestsDeadlineToIt() {
    String trackingNumber = overdueRequest();
    LocalDate dueOn = cases.get(trackingNumber).dueOn();
    LocalDate filedOn = dueOn.plusDays(14);
    today(filedOn);
    LocalDate orderedBy = orderReplyWithinFifteenDays(trackingNumber, filedOn, "213");

    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasNotPassed(BOUNDARY_CORRECTED_IN_HANDLING);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    ReplyDeadline deadline =
        ProcessTestEngine.bean(engine, "replyDeadline", ReplyDeadline.class);
    java.util.Map<String, Object> expected = deadline.variablesFor(orderedBy);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE))
        .isEqualTo(expected.get(REPLY_DUE_DATE));
    Assertions.assertThat(scenario.request.variable(REPLY_OVERDUE_AT))
        .isEqualTo(expected.get(REPLY_OVERDUE_AT));
    Assertions.assertThat(scenario.request.timerJobs(TIMER_REPLY_REMINDER))
        .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactly((java.util.Date) expected.get(REPLY_REMINDER_AT));
    Assertions.assertThat(ProcessTestEngine.bean(engine, "dateChangeRegister",
            DateChangeRegister.class).of(trackingNumber))
        .filteredOn(change -> change.field().equals("replyDueDate"))
        .singleElement().satisfies(change -> {
          Assertions.assertThat(change.kind()).isEqualTo(DateChangeRegister.Kind.RECOMPUTED);
          Assertions.assertThat(change.oldDate()).isEqualTo(dueOn);
          Assertions.assertThat(change.newDate()).isEqualTo(orderedBy);
          Assertions.assertThat(change.changedBy()).isEqualTo(DateChangeRegister.SYSTEM);
          Assertions.assertThat(change.reason()).isEqualTo("行政复议决定（案号：示复〔2026〕213号）"
              + "责令本机关于" + io.github.ogiworkflow.letter.CaseLetters.chinese(orderedBy)
              + "前作出答复");
        });
  }

  /**
   * ADR 0101: the escalation (超期督办) fired for the deadline missed; the decision orders a reply
   * by a date, and when that date passes too without a reply, leadership is asked again, once.
   * (On the code before, the escalation's event sub-process had ended with its first round.)
   */
  @Test
  void theOverdueEscalationComesAgainWhenTheOrderedDateAlsoPasses() {
    String trackingNumber = overdueRequest();
    LocalDate filedOn = cases.get(trackingNumber).dueOn().plusDays(14);
    today(filedOn);
    scenario.request.complete(TASK_HANDLE_OVERDUE, LEADER, OVERDUE_COMMENT, "请于两日内答复");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT,
        EVENT_REPLY_OVERDUE_MOVED);
    Assertions.assertThat(scenario.request.timerJobs(TIMER_REPLY_OVERDUE_AGAIN)).isEmpty();

    LocalDate orderedBy = orderReplyWithinFifteenDays(trackingNumber, filedOn, "215");

    // The escalation waits for the ordered date to pass.
    Object overdueAt = ProcessTestEngine.bean(engine, "replyDeadline", ReplyDeadline.class)
        .variablesFor(orderedBy).get(REPLY_OVERDUE_AT);
    Assertions.assertThat(scenario.request.timerJobs(TIMER_REPLY_OVERDUE_AGAIN))
        .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactly((java.util.Date) overdueAt);
    Assertions.assertThat(scenario.request.tasks(TASK_HANDLE_OVERDUE)).isEmpty();

    today(orderedBy.plusDays(1));
    scenario.request.fireTimer(TIMER_REPLY_OVERDUE_AGAIN);
    Assertions.assertThat(scenario.request.tasks(TASK_HANDLE_OVERDUE)).hasSize(1);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(orderedBy.toString());

    // Once per deadline: done, it waits for a later one.
    scenario.request.complete(TASK_HANDLE_OVERDUE, LEADER, OVERDUE_COMMENT, "请立即答复");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT,
        EVENT_REPLY_OVERDUE_MOVED);
    Assertions.assertThat(scenario.request.timerJobs(TIMER_REPLY_OVERDUE_AGAIN)).isEmpty();
  }

  /**
   * Audit round 28, F6 (ADR 0104): 超期督办 is still open when the decision orders a reply by a
   * date still ahead. By the register the case is no longer overdue: the task ends at
   * 答复期限已后移，督办结束 instead of telling leadership "已超过法定答复期限" about that date, and
   * the escalation waits for the ordered date to pass. (On the code before, the task stayed open.)
   */
  @Test
  void anOpenEscalationEndsWhenTheDecisionOrdersAReplyByALaterDate() {
    String trackingNumber = overdueRequest();
    LocalDate filedOn = cases.get(trackingNumber).dueOn().plusDays(14);
    today(filedOn);
    Assertions.assertThat(scenario.request.tasks(TASK_HANDLE_OVERDUE)).hasSize(1);

    LocalDate orderedBy = orderReplyWithinFifteenDays(trackingNumber, filedOn, "217");

    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(scenario.request.tasks(TASK_HANDLE_OVERDUE)).isEmpty();
    assertThat(scenario.request.instance).hasPassed(
        io.github.ogiworkflow.process.ElementIds.END_EVENT_OVERDUE_LIFTED)
        .isWaitingAt(TASK_SEARCH_AND_SPLIT, TIMER_REPLY_OVERDUE_AGAIN);
    Assertions.assertThat(scenario.request.timerJobs(TIMER_REPLY_OVERDUE_AGAIN))
        .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactly(io.github.ogiworkflow.calendar.OfficeTime.after(orderedBy));
  }

  /**
   * ADR 0101 left open, decided in ADR 0104: a fee payment date corrected after the decision
   * fixed the deadline on the ordered date. Received Tue 10 Feb, fee notice served Fri 13 Feb,
   * paid Wed 25 Feb (due Fri 20 March); the decision of Mon 2 March orders the reply by Fri 13
   * March. The payment corrected to Fri 27 Feb (two working days more paused) is recorded, the
   * deadline stays the ordered date, and the office is told. (On the code before, it moved to
   * Tue 17 March, past the ordered date.)
   */
  @Test
  void aCorrectedFeePaymentDateLeavesTheOrderedReplyDate() {
    today(RECEIVED);
    RequestScenario request = scenario.request.startWithItems(registration(RECEIVED),
        items(item("2025年行政处罚案件统计表", "HELD")));
    String trackingNumber = request.trackingNumber();
    request.complete(io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM, LEGAL_USER,
        REVIEW_CONCLUSION, "RELEASABLE");
    today(LocalDate.of(2026, 2, 12));
    request.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
        PAGE_COUNT, 150);
    today(LocalDate.of(2026, 2, 13));
    request.complete(io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE,
        OFFICE_USER, FEE_NOTICE_SERVED_ON, "2026-02-13");
    today(LocalDate.of(2026, 2, 25));
    request.complete(io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PAYMENT, OFFICE_USER,
        FEE_PAID_ON, "2026-02-25");
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));

    LocalDate filedOn = LocalDate.of(2026, 2, 26);
    today(filedOn);
    scenario.fileReconsideration(trackingNumber, filedOn, "218");
    scenario.submitAnswer(filedOn);
    LocalDate orderedBy = LocalDate.of(2026, 3, 13);
    today(LocalDate.of(2026, 3, 2));
    request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-03-02",
        CORRECTED_DUE_ON, orderedBy.toString());
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);

    // Paid a day earlier than recorded (a later day than the payment was recorded is refused,
    // ADR 0124): the ordered date stays all the same.
    DateCorrections.Correction correction = dateCorrections().correct(trackingNumber,
        "feePaidOn", "2026-02-24", "按银行回单更正缴费日期", OFFICE_USER);

    Assertions.assertThat(cases.dates(trackingNumber).orElseThrow().feePaidOn())
        .isEqualTo(LocalDate.of(2026, 2, 24));
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(request.variable(REPLY_DUE_DATE_TEXT)).isEqualTo(orderedBy.toString());
    Assertions.assertThat(correction.warnings()).anySatisfy(warning -> Assertions
        .assertThat(warning).contains("行政复议决定或判决责令的答复期限（2026年3月13日）",
            "不随本次缴费日期更正变动"));
    Assertions.assertThat(ProcessTestEngine.bean(engine, "dateChangeRegister",
            DateChangeRegister.class).of(trackingNumber))
        .extracting(DateChangeRegister.DateChange::field)
        .containsOnlyOnce("replyDueDate"); // the decision's move only
  }

  /**
   * ADR 0101: a consultation (Art. 32) is open when the decision orders a reply by a date the
   * running period has passed. The ordered date is the body's: the pause ends, the reminder and
   * overdue timers run again, and the consultation's answer moves nothing. (On the code before,
   * the answer moved the ordered date later by the working days paused.)
   */
  @Test
  void aPauseOpenWhenTheDecisionArrivesDoesNotMoveTheOrderedDate() {
    today(RECEIVED);
    scenario.request.startWithItems(registration(RECEIVED), items(item("某企业年度检查材料",
        "HELD", "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
    String trackingNumber = scenario.request.trackingNumber();
    PauseLedger pauses = ProcessTestEngine.bean(engine, "pauseLedger", PauseLedger.class);
    Assertions.assertThat(pauses.isPaused(trackingNumber)).isTrue();
    LocalDate servedOn = LocalDate.of(2026, 2, 24);
    today(servedOn);
    scenario.request.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, servedOn.toString());

    LocalDate filedOn = LocalDate.of(2026, 3, 2);
    today(filedOn);
    scenario.fileReconsideration(trackingNumber, filedOn, "216");
    scenario.submitAnswer(filedOn);
    LocalDate decidedOn = cases.get(trackingNumber).dueOn().plusDays(2);
    LocalDate orderedBy = decidedOn.plusDays(15);
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);

    today(decidedOn.plusDays(1));
    scenario.request.complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER,
        CONSULTATION_ANSWER, "CONSENT", CONSULTATION_ANSWERED_ON, "2026-03-10");

    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(orderedBy.toString());
    Assertions.assertThat(pauses.isPaused(trackingNumber)).isFalse();
    Assertions.assertThat(scenario.request.timerJobs(TIMER_REPLY_OVERDUE))
        .extracting(org.camunda.bpm.engine.runtime.Job::isSuspended).containsExactly(false);
  }

  /**
   * Audit round 28, F7: a receipt date corrected after the decision ordered the reply by a date
   * leaves that date (the body fixed it as a calendar date); the answer says so. Before, the
   * deadline was counted again from the corrected receipt and moved past the ordered date.
   */
  @Test
  void aReceiptDateCorrectedAfterAnOrderedReplyDateLeavesIt() {
    String trackingNumber = overdueRequest();
    LocalDate filedOn = cases.get(trackingNumber).dueOn().plusDays(14);
    today(filedOn);
    LocalDate orderedBy = orderReplyWithinFifteenDays(trackingNumber, filedOn, "216");
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);

    DateCorrections.Correction correction = dateCorrections().correct(trackingNumber,
        "receivedOn", RECEIVED.minusDays(1).toString(), "登记时收到日期录入有误", OFFICE_USER);

    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(correction.warnings()).anySatisfy(warning -> Assertions
        .assertThat(warning).contains("行政复议决定或判决责令的答复期限（"
            + io.github.ogiworkflow.letter.CaseLetters.chinese(orderedBy) + "）", "不随本次更正变动"));
  }

  /**
   * Audit round 28, F10: a delivery date corrected to before the applicant's appeal recorded as
   * against the failure to reply is refused on the date (the register would say the applicant
   * held the reply when appealing its absence); the day of the filing itself stays possible.
   */
  @Test
  void aDeliveryDateIsNotCorrectedToBeforeAnAppealAgainstTheFailureToReply() {
    String trackingNumber = overdueRequest();
    // The reply is finalised, then the applicant, not yet holding it, appeals its absence.
    LocalDate finalisedOn = cases.get(trackingNumber).dueOn().plusDays(5);
    today(finalisedOn);
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    LocalDate filedOn = finalisedOn.plusDays(2);
    today(filedOn);
    scenario.fileReconsideration(trackingNumber, filedOn, "217");
    scenario.submitAnswer(filedOn);
    LocalDate deliveredOn = filedOn.plusDays(2);
    today(deliveredOn);
    scenario.request.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, deliveredOn.toString());
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(AppealRegister.Appeal::challenged).isEqualTo(ChallengedAct.NON_REPLY);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dateCorrections().correct(
            trackingNumber, "deliveredOn", filedOn.minusDays(1).toString(), "送达回证日期登记有误",
            OFFICE_USER))
        .isInstanceOf(io.github.ogiworkflow.process.InvalidInput.class)
        .hasMessageStartingWith("deliveredOn: ")
        .hasMessageContaining("已登记为不服逾期未作答复；送达日期不得早于该日期");
    Assertions.assertThat(cases.deliveredOn(trackingNumber)).isEqualTo(deliveredOn);
    dateCorrections().correct(trackingNumber, "deliveredOn", filedOn.toString(),
        "送达回证日期登记有误", OFFICE_USER);
    Assertions.assertThat(cases.deliveredOn(trackingNumber)).isEqualTo(filedOn);
  }

  /**
   * Filed while the reply period runs: recorded, with the warning that the period has not run
   * out, as a late filing is (the body decides). A direct suit against a failure to reply need
   * not go to reconsideration first (ARL Art. 23(1)(四) names 不予公开 only).
   */
  @Test
  void anAppealBeforeTheReplyPeriodRanOutIsRecordedWithAWarning() {
    scenario.request.start(registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String trackingNumber = scenario.request.trackingNumber();
    LocalDate dueOn = cases.get(trackingNumber).dueOn();
    LocalDate servedOn = RECEIVED.plusDays(1);
    today(servedOn);
    AppealRegister.Counts before = appeals.counts(AppealKind.LITIGATION, 2026, false);

    ProcessInstance suit = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初9号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, servedOn.toString(), AFTER_RECONSIDERATION, false);

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    AppealRegister.Appeal appeal = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(appeal.challenged()).isEqualTo(ChallengedAct.NON_REPLY);
    Assertions.assertThat(appeal.filingWarning()).contains("Art. 33", dueOn.toString(),
        "答复期限（" + io.github.ogiworkflow.letter.CaseLetters.chinese(dueOn) + "）尚未届满",
        "第三十三条", "是否受理由人民法院决定").doesNotContain("第二十三条", "六个月");
    Assertions.assertThat(engine.getRuntimeService().getVariable(suit.getId(),
        FILING_WARNING_NOTE)).isEqualTo(appeal.filingWarning());
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(suit.getId(),
        FILING_WARNING_TEXT)).startsWith("起诉日期").contains("尚未届满");
    Assertions.assertThat(appeals.counts(AppealKind.LITIGATION, 2026, false).pending())
        .isEqualTo(before.pending() + 1);

    // Judged for the applicant (ordered to reply) and not appealed: nothing reopens.
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT, "答辩意见：答复期限尚未届满。",
            EVIDENCE_LIST, "1. 申请表")
        .complete("Task_ApproveDefence", LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, servedOn.toString(),
            HEARING_ON, servedOn.plusDays(20).toString());
    LocalDate judgedOn = servedOn.plusDays(25);
    today(judgedOn);
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, judgedOn.toString(),
        APPEALED_TO_HIGHER_COURT, false)
        .complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER, AGENCY_APPEAL, "NO_APPEAL");
    assertThat(suit).hasPassed(SERVICE_REOPEN_REQUEST);
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasNotPassed(BOUNDARY_CORRECTED_IN_HANDLING);
    Assertions.assertThat(appeals.lastReopening(trackingNumber)).isEmpty();
  }

  /**
   * Against the failure to reply the 60 days of reconsideration run from the day after the
   * reply period's last day (ARL Art. 20): filed later, recorded with the late warning.
   */
  @Test
  void aReconsiderationMoreThanSixtyDaysAfterTheReplyPeriodIsRecordedAsLate() {
    String trackingNumber = overdueRequest();
    LocalDate dueOn = cases.get(trackingNumber).dueOn();
    WorkingDayCalendar calendar =
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class);
    LocalDate lastDay = AppealWindow.reconsiderationLastDay(calendar, dueOn);
    today(lastDay);
    scenario.fileReconsideration(trackingNumber, lastDay, "300");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).filingWarning()).isNull();

    String late = overdueRequest();
    LocalDate lateDueOn = cases.get(late).dueOn();
    LocalDate filedOn = AppealWindow.reconsiderationLastDay(calendar, lateDueOn).plusDays(1);
    today(filedOn);
    scenario.fileReconsideration(late, filedOn, "301");
    Assertions.assertThat(appeals.of(late).get(0).filingWarning()).contains("ARL Art. 20",
        "已超过自答复期限届满（" + io.github.ogiworkflow.letter.CaseLetters.chinese(lateDueOn)
            + "）起六十日的复议申请期限", "是否受理由复议机关决定");
  }

  /**
   * A reply delivered after the applicant appealed against the failure to reply: that appeal
   * does not challenge the reply, so the reply's signed-for day may be corrected to a day after
   * it (the check binds the appeals against the reply only).
   */
  @Test
  void theReplyDeliveredAfterAnAppealAgainstTheFailureToReplyKeepsItsOwnDates() {
    String trackingNumber = overdueRequest();
    LocalDate dueOn = cases.get(trackingNumber).dueOn();
    LocalDate filedOn = dueOn.plusDays(7);
    today(filedOn);
    scenario.fileReconsideration(trackingNumber, filedOn, "212");

    LocalDate postedOn = filedOn.plusDays(2);
    today(postedOn);
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
            DELIVERED_ON, postedOn.toString(), REPLY_RECEIVED_ON, postedOn.toString());
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);

    today(postedOn.plusDays(5));
    dateCorrections().correct(trackingNumber, "replyReceivedOn", postedOn.plusDays(2).toString(),
        "回执核对后更正签收日期", OFFICE_USER);
    Assertions.assertThat(cases.replyReceivedOn(trackingNumber)).isEqualTo(postedOn.plusDays(2));
  }

  /**
   * ADR 0096 (was 409 under ADR 0038, 0081): the reply delivered while the applicant's
   * reconsideration against the failure to reply is pending is another act, which the applicant
   * may contest separately; the register tells the two apart (challenged_act). A second appeal
   * against the same reply is still a conflict. A decision sent through the API names which of
   * the applicant's two it is for ({@code challengedAct}); without it, 400 on that field.
   */
  @Test
  void theReplyDeliveredWhileAnAppealAgainstTheFailureToReplyIsPendingMayBeAppealedSeparately() {
    String trackingNumber = overdueRequest();
    LocalDate filedOn = cases.get(trackingNumber).dueOn().plusDays(7);
    today(filedOn);
    scenario.fileReconsideration(trackingNumber, filedOn, "214");
    scenario.submitAnswer(filedOn);

    LocalDate deliveredOn = filedOn.plusDays(2);
    today(deliveredOn);
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, deliveredOn.toString());

    ProcessInstance againstReply = scenario.fileReconsideration(trackingNumber, deliveredOn, "215");
    assertThat(againstReply).isWaitingAt(TASK_DRAFT_ANSWER);
    Assertions.assertThat(appeals.of(trackingNumber))
        .extracting(AppealRegister.Appeal::challenged, AppealRegister.Appeal::pending)
        .containsExactly(Assertions.tuple(ChallengedAct.NON_REPLY, true),
            Assertions.tuple(ChallengedAct.REPLY, true));
    // The same reply once more: one pending appeal per appellant and act.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.start(
            ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
            DOCKET_NO, "（2026）示0502行初215号", APPEAL_BODY, "示范市人民法院",
            SERVED_ON, deliveredOn.toString(), AFTER_RECONSIDERATION, false))
        .isInstanceOf(AppealConflict.class).hasMessageContaining("申请人本人在该申请上已有尚未审结");
    scenario.submitAnswer(deliveredOn);

    AppealEvents events = new AppealEvents(engine.getRuntimeService(),
        engine.getHistoryService(),
        ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class), appeals,
        ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class));
    LocalDate decidedOn = deliveredOn.plusDays(5);
    today(decidedOn);
    java.util.Map<String, Object> decision = new java.util.HashMap<>(java.util.Map.of(
        APPEAL_RESULT, "MAINTAINED", DECIDED_ON, decidedOn.toString(), APPELLANT, "APPLICANT"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> events.reconsiderationDecided(trackingNumber, decision))
        .isInstanceOf(io.github.ogiworkflow.process.InvalidInput.class)
        .hasMessageStartingWith("challengedAct")
        .hasMessageContaining("请填写所针对的行为");
    decision.put("challengedAct", "NON_REPLY");
    events.reconsiderationDecided(trackingNumber, decision);
    scenario.request.runAsyncSteps();
    Assertions.assertThat(appeals.of(trackingNumber))
        .extracting(AppealRegister.Appeal::challenged, AppealRegister.Appeal::pending)
        .containsExactly(Assertions.tuple(ChallengedAct.NON_REPLY, false),
            Assertions.tuple(ChallengedAct.REPLY, true));
    assertThat(againstReply).isWaitingAt(TASK_RECORD_DECISION);
  }

  /**
   * The applicant's reconsideration against the failure to reply, filed and answered on
   * {@code filedOn}, decided a week later ordering a reply within 15 days; today is the
   * decision's day. Returns the ordered date.
   */
  private LocalDate orderReplyWithinFifteenDays(String trackingNumber, LocalDate filedOn,
      String number) {
    scenario.fileReconsideration(trackingNumber, filedOn, number);
    scenario.submitAnswer(filedOn);
    LocalDate decidedOn = filedOn.plusDays(7);
    LocalDate orderedBy = decidedOn.plusDays(15);
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());
    return orderedBy;
  }

  /** Registered, found complete, its reply period run out and 超期督办 open: no reply yet. */
  private String overdueRequest() {
    String trackingNumber = scenario.searchingRequest();
    scenario.request.fireTimer(TIMER_REPLY_OVERDUE);
    return trackingNumber;
  }

  private DateCorrections dateCorrections() {
    return new DateCorrections(cases,
        ProcessTestEngine.bean(engine, "dateChangeRegister", DateChangeRegister.class),
        ProcessTestEngine.bean(engine, "deliveryDates", DeliveryDates.class),
        ProcessTestEngine.bean(engine, "replyDeadline", ReplyDeadline.class),
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class), engine,
        ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class),
        ProcessTestEngine.bean(engine, "letters", Letters.class), appeals,
        ProcessTestEngine.bean(engine, "pauseLedger", PauseLedger.class),
        ProcessTestEngine.bean(engine, "publishedYears", PublishedYears.class));
  }
}
