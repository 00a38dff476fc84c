package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.appeal.AppealScenario.RECEIVED;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_DELAYED_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_EXTENSION;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_ASSESS_REASONS;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_EXTENSION;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_SUPPLEMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_REMINDER;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Audit round 28, F1: a reply date a reconsideration decision ordered (责令限期答复, ADR 0096)
 * binds the round; the office cannot give itself more time by an Art. 33 extension, whether it
 * asks after the decision or leadership approves after it. Before, the extension moved the
 * deadline past the ordered date and the 延期答复告知书 told the applicant the later date.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/litigation.bpmn",
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class OrderedDateBindsScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST);

  ProcessEngine engine;
  AppealScenario scenario;
  CaseRegister cases;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    cases = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void anExtensionAskedAfterAnOrderedReplyDateMayNotPassIt() {
    String trackingNumber = scenario.searchingRequest();
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = decidedOn.plusDays(7);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);

    scenario.request.fireTimer(TIMER_REPLY_REMINDER);
    // The form's hint names the date instead of promising 20 working days (ADR 0111).
    Assertions.assertThat(scenario.request.variable(ORDERED_REPLY_DUE_TEXT))
        .isEqualTo(orderedBy.toString());
    assertThatThrownBy(() -> scenario.request.complete(TASK_CONSIDER_EXTENSION, OFFICE_USER,
        EXTENSION_REQUESTED, true, EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(EXTENSION_DAYS + ": ")
        .hasMessageContaining("行政复议决定或判决责令本机关于"
            + CaseLetters.chinese(orderedBy) + "前作出答复");
    assertThat(scenario.request.instance).isWaitingAt(TASK_CONSIDER_EXTENSION);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
  }

  @Test
  void anExtensionAskedBeforeTheOrderIsNotApprovedPastIt() {
    String trackingNumber = scenario.searchingRequest();
    scenario.request.fireTimer(TIMER_REPLY_REMINDER)
        .complete(TASK_CONSIDER_EXTENSION, OFFICE_USER, EXTENSION_REQUESTED, true,
            EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案");
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = decidedOn.plusDays(7);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);

    assertThatThrownBy(() -> scenario.request.complete(TASK_APPROVE_EXTENSION, LEADER,
        EXTENSION_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(EXTENSION_APPROVAL + ": ")
        .hasMessageContaining("责令本机关于" + CaseLetters.chinese(orderedBy) + "前作出答复");
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(ProcessTestEngine.bean(engine, "letters", Letters.class)
        .of(trackingNumber)).extracting(Letters.Letter::kind)
        .doesNotContain(LetterKind.EXTENSION_NOTICE);

    // Refusing it is still possible, and leaves the ordered date.
    scenario.request.complete(TASK_APPROVE_EXTENSION, LEADER, EXTENSION_APPROVAL, "REFUSE");
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
  }

  /**
   * Audit round 29, F5 d–e: the order leaves a running period that ends earlier (ADR 0096), so
   * an extension within the ordered date is allowed. The extension forms read the ordered date
   * (their hints name it instead of promising 20 working days), and the 延期答复告知书 tells the
   * applicant the date the body fixed; while a consultation runs, its "the deadline moves by the
   * consultation's time" is capped at that date, as the register caps it (ADR 0101). Before,
   * the forms had no such variable (the deadline did not move) and the letter promised a move
   * without end.
   */
  @Test
  void anExtensionWithinTheOrderedDateTellsTheApplicantTheDate() {
    String trackingNumber = scenario.searchingRequest();
    LocalDate runningDue = cases.get(trackingNumber).dueOn();
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = LocalDate.of(2026, 4, 10);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(runningDue);
    Assertions.assertThat(scenario.request.variable(ORDERED_REPLY_DUE_TEXT))
        .isEqualTo(orderedBy.toString());

    scenario.request.fireTimer(TIMER_REPLY_REMINDER)
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("某企业年度检查材料",
            "HELD", "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
    assertThat(scenario.request.instance)
        .isWaitingAt(io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE);
    scenario.request.complete(TASK_CONSIDER_EXTENSION, OFFICE_USER, EXTENSION_REQUESTED, true,
            EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案")
        .complete(TASK_APPROVE_EXTENSION, LEADER, EXTENSION_APPROVAL, "APPROVE");

    Assertions.assertThat(letterBody(trackingNumber, LetterKind.EXTENSION_NOTICE))
        .contains("答复期限延长10个工作日，至2026年3月30日。",
            "行政复议决定（案号：示复〔2026〕301号）责令本机关于2026年4月10日前作出答复",
            "延长后的答复期限不晚于2026年4月10日",
            "相应顺延，但不晚于2026年4月10日。")
        .doesNotContain("相应顺延。", "${");
  }

  /**
   * ADR 0103, the Art. 35 delay: a reasons request (要求说明理由) still waits when the decision
   * orders the reply by a date; the office accepts the reasons and asks a delay of 10 working
   * days past that date. Refused on the delay's field, naming the ordered date; nothing is sent
   * to leadership, the deadline stays the ordered date and no 延迟答复告知书 goes out. Accepting
   * the reasons without a delay is still possible.
   */
  @Test
  void aDelayAssessedAfterAnOrderedReplyDateMayNotPassIt() {
    today(RECEIVED);
    String trackingNumber = scenario.request.start(registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "REASONS_REQUEST",
            REASONS_REQUEST_BASIS, "您自2026年1月1日至2月10日共提出政府信息公开申请120件")
        .trackingNumber();
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = decidedOn.plusDays(7);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);

    today(decidedOn.plusDays(1));
    assertThatThrownBy(() -> scenario.request.complete(TASK_ASSESS_REASONS, OFFICE_USER,
        REASONS_DECISION, "ACCEPTED_DELAYED", REASONS_RECEIVED_ON, decidedOn.toString(),
        REASONS_ASSESSMENT, "申请公开的信息数量较多，需逐件检索", DELAYED_REPLY_WORKING_DAYS, 10))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(DELAYED_REPLY_WORKING_DAYS + ": ")
        .hasMessageContaining("行政复议决定或判决责令本机关于"
            + CaseLetters.chinese(orderedBy) + "前作出答复");
    assertThat(scenario.request.instance).isWaitingAt(TASK_ASSESS_REASONS);
    Assertions.assertThat(scenario.request.tasks(TASK_APPROVE_DELAYED_REPLY)).isEmpty();
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(ProcessTestEngine.bean(engine, "letters", Letters.class)
        .of(trackingNumber)).extracting(Letters.Letter::kind)
        .doesNotContain(LetterKind.DELAYED_REPLY_NOTICE);

    scenario.request.complete(TASK_ASSESS_REASONS, OFFICE_USER, REASONS_DECISION, "ACCEPTED",
        REASONS_RECEIVED_ON, decidedOn.toString(), REASONS_ASSESSMENT, "申请公开的信息确为申请人经营所需");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
  }

  /**
   * Audit round 28, F3: the order against the failure to reply, decided after the reply was
   * delivered and a correction of that reply reopened the request, leaves the reopened round's
   * date (the reply ended the failure to reply; ADR 0096). Before, it cut that date to its own.
   */
  @Test
  void anOrderAgainstTheFailureToReplyLeavesARoundReopenedAfterTheReply() {
    String trackingNumber = scenario.searchingRequest();
    LocalDate filedOn = RECEIVED.plusDays(3);
    fileAndAnswer(trackingNumber, filedOn, "301");
    LocalDate deliveredOn = filedOn.plusDays(2);
    today(deliveredOn);
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, deliveredOn.toString());
    fileAndAnswer(trackingNumber, deliveredOn, "302");

    LocalDate decidedOn = deliveredOn.plusDays(5);
    LocalDate reopenedDue = decidedOn.plusDays(40);
    today(decidedOn);
    AppealEvents events = new AppealEvents(engine.getRuntimeService(),
        engine.getHistoryService(),
        ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class),
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class),
        ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class));
    events.reconsiderationDecided(trackingNumber, new java.util.HashMap<>(java.util.Map.of(
        APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "REVOKED",
        DECIDED_ON, decidedOn.toString(), CORRECTED_DUE_ON, reopenedDue.toString(),
        "challengedAct", "REPLY")));
    scenario.request.runAsyncSteps();
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(reopenedDue);

    events.reconsiderationDecided(trackingNumber, new java.util.HashMap<>(java.util.Map.of(
        APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT",
        DECIDED_ON, decidedOn.toString(), CORRECTED_DUE_ON, decidedOn.plusDays(3).toString(),
        "challengedAct", "NON_REPLY")));
    scenario.request.runAsyncSteps();

    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(reopenedDue);
    Assertions.assertThat(cases.orderedDueOn(trackingNumber)).contains(reopenedDue);
    // The decision's answer says why its date moved nothing (audit round 29, F12).
    AppealRegister appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
    Assertions.assertThat(appeals.of(trackingNumber)).filteredOn(AppealRegister.Appeal::againstNonReply)
        .singleElement().extracting(a -> appeals.decisionNotice(a.id())).asString()
        .contains("该申请已于" + CaseLetters.chinese(deliveredOn) + "作出答复或办结，答复期限不因本决定变动");
  }

  /**
   * Audit round 29, F13: an order decided while the request waits for a correction asked for in
   * time binds the round all the same (ADR 0103): the ordered date is recorded although no
   * deadline runs, and once the corrected request restarts the clock, an extension past the
   * ordered date is refused. Before, the order was dropped and the extension approved.
   */
  @Test
  void anOrderDecidedWhileTheCorrectionIsAwaitedBindsTheRoundAfterIt() {
    today(RECEIVED);
    String trackingNumber = scenario.request.start(registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
            CORRECTION_POINTS, "请写明所需信息的名称。")
        .trackingNumber();
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = decidedOn.plusDays(14);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);
    Assertions.assertThat(cases.orderedDueOn(trackingNumber)).contains(orderedBy);
    // The ordered date is the round's deadline while the correction is awaited (ADR 0111), and
    // 登记补正材料's hint names it instead of the restart (ADR 0108).
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(orderedBy.toString());
    Assertions.assertThat(scenario.request.variable(CORRECTION_ORDERED_DUE_TEXT))
        .isEqualTo(orderedBy.toString());

    scenario.request.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, decidedOn.toString(), SUPPLEMENT_STILL_UNCLEAR, false);
    scenario.request.fireTimer(TIMER_REPLY_REMINDER);
    Assertions.assertThat(scenario.request.variable(ORDERED_REPLY_DUE_TEXT))
        .isEqualTo(orderedBy.toString());
    assertThatThrownBy(() -> scenario.request.complete(TASK_CONSIDER_EXTENSION, OFFICE_USER,
        EXTENSION_REQUESTED, true, EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(EXTENSION_DAYS + ": ")
        .hasMessageContaining("责令本机关于" + CaseLetters.chinese(orderedBy) + "前作出答复");
  }

  /**
   * Audit round 29, F12: a withdrawn request reopened by a decision (ADR 0099) is a new round; an
   * order against that round's failure to reply, on an appeal served in it, moves the round's
   * deadline to the ordered date. Before, the withdrawal (the first closing) made the order
   * move nothing, silently.
   */
  @Test
  void anOrderOnAnAppealServedInARoundReopenedAfterAWithdrawalBindsThatRound() {
    String trackingNumber = scenario.searchingRequest();
    LocalDate withdrawnOn = RECEIVED.plusDays(1);
    today(withdrawnOn);
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, withdrawnOn.toString(), "ORAL", null, OFFICE_USER);
    LocalDate reopenedOn = RECEIVED.plusDays(7);
    fileAndAnswer(trackingNumber, RECEIVED.plusDays(2), "311");
    today(reopenedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, reopenedOn.toString());
    scenario.request.instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).singleResult();
    LocalDate reopenedDue = cases.get(trackingNumber).dueOn();

    LocalDate decidedOn = reopenedOn.plusDays(7);
    LocalDate orderedBy = decidedOn.plusDays(3);
    Assertions.assertThat(reopenedDue).isAfter(orderedBy);
    fileAndAnswer(trackingNumber, reopenedOn.plusDays(1), "312");
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());

    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(cases.orderedDueOn(trackingNumber)).contains(orderedBy);
  }

  /**
   * Audit round 29, F1: a fee notice (Art. 42, 国办函〔2020〕109号) in a round bound by an ordered
   * date would give the agency the applicant's 20 working days to pay on top of the date the body
   * fixed, and its letter would promise a pause the register does not hold (ADR 0101). Refused on
   * the office's 是否收费, naming the decision; the reply goes out without a fee. Before, the
   * notice was issued and the case waited for payment past the ordered date.
   */
  @Test
  void noFeeIsChargedInARoundBoundByAnOrderedDate() {
    String trackingNumber = scenario.searchingRequest();
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = decidedOn.plusDays(14);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件卷宗", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");

    assertThatThrownBy(() -> scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER,
        CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE", PAGE_COUNT, 150))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(CHARGE_FEE + ": ")
        .hasMessageContaining("行政复议决定（案号：示复〔2026〕301号）责令本机关于"
            + CaseLetters.chinese(orderedBy) + "前作出答复");
    assertThat(scenario.request.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(letterKinds(trackingNumber)).doesNotContain(LetterKind.FEE_NOTICE);

    scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.request.instance).isWaitingAt(TASK_DELIVER_REPLY);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
  }

  /**
   * The same on leadership's route: the office proposed the fee before the decision came, and
   * leadership's approval after it is refused on its own field (the notice would go out in the
   * same step); sending the reply back lets the office drop the fee.
   */
  @Test
  void leadershipDoesNotIssueAFeeNoticeProposedBeforeTheOrder() {
    String trackingNumber = scenario.searchingRequest();
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("执法检查记录", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
            REDACTION_NOTE, "遮盖当事人姓名", WITHHOLDING_GROUND, "THIRD_PARTY",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150);
    assertThat(scenario.request.instance).isWaitingAt(TASK_APPROVE_REPLY);
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = decidedOn.plusDays(14);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);

    assertThatThrownBy(() -> scenario.request.complete(TASK_APPROVE_REPLY, LEADER,
        REPLY_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(REPLY_APPROVAL + ": ")
        .hasMessageContaining("案号：示复〔2026〕301号")
        .hasMessageContaining(CaseLetters.chinese(orderedBy));
    assertThat(scenario.request.instance).isWaitingAt(TASK_APPROVE_REPLY);
    Assertions.assertThat(letterKinds(trackingNumber)).doesNotContain(LetterKind.FEE_NOTICE);
  }

  /**
   * Audit round 29, F4: a correction notice sent in time after a decision ordered a reply by a
   * date. The Art. 30 restart counts the agency's own period; it does not move the deadline past
   * the date the body fixed (ADR 0101, 0103), and the notice tells the applicant that date
   * instead of "the period restarts". Before, the supplement's arrival moved the deadline 20
   * working days on, past the ordered date, and the letter promised a restart.
   */
  @Test
  void aCorrectionAfterTheOrderDoesNotMoveTheDeadlinePastIt() {
    today(RECEIVED);
    String trackingNumber = scenario.request.start(registration(RECEIVED)).trackingNumber();
    LocalDate decidedOn = RECEIVED.plusDays(2);
    LocalDate orderedBy = RECEIVED.plusDays(28);
    fileAndAnswer(trackingNumber, RECEIVED.plusDays(1), "301");
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());
    Assertions.assertThat(cases.orderedDueOn(trackingNumber)).contains(orderedBy);

    scenario.request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请明确所需信息的名称和文号");
    Assertions.assertThat(letterBody(trackingNumber, LetterKind.CORRECTION_NOTICE))
        .doesNotContain("答复期限自本机关收到补正后的申请之日起计算")
        .contains("示复〔2026〕301号", CaseLetters.chinese(orderedBy));
    Assertions.assertThat(scenario.request.variable(CORRECTION_ORDERED_DUE_TEXT))
        .isEqualTo(orderedBy.toString());

    LocalDate supplementOn = LocalDate.of(2026, 3, 2);
    today(supplementOn);
    scenario.request.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, supplementOn.toString(), SUPPLEMENT_STILL_UNCLEAR, false);
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE))
        .isEqualTo(io.github.ogiworkflow.calendar.OfficeTime.endOf(orderedBy));
  }

  /**
   * ADR 0108, left open (b): a correction notice sent in time in a round bound by an ordered date
   * (the running period, ending earlier, stayed). The correction restarts a period capped at the
   * ordered date, so that date is the round's deadline while the correction is awaited: Tasklist's
   * column, 期限监控 and 领导视图 (the cases with a running clock) and the ledger show it, not
   * 补正后重新计算 (ADR 0111). The correction then restarts the period from its arrival, within
   * the date. Before, the case left 期限监控 and every view read 补正后重新计算.
   */
  @Test
  void theViewsShowTheOrderedDateWhileATimelyCorrectionIsAwaited() {
    today(RECEIVED);
    String trackingNumber = scenario.request.start(registration(RECEIVED)).trackingNumber();
    LocalDate runningDue = cases.get(trackingNumber).dueOn();
    LocalDate decidedOn = RECEIVED.plusDays(2);
    LocalDate orderedBy = LocalDate.of(2026, 4, 10);
    fileAndAnswer(trackingNumber, RECEIVED.plusDays(1), "301");
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(runningDue);

    scenario.request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请明确所需信息的名称和文号");
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(orderedBy.toString());
    Assertions.assertThat(cases.withRunningClock()).filteredOn(c -> c.trackingNumber()
        .equals(trackingNumber)).singleElement()
        .extracting(CaseRegister.RunningCase::dueOn).isEqualTo(orderedBy);
    Assertions.assertThat(io.github.ogiworkflow.deadline.CorrectionWait.clockWaits(cases,
        trackingNumber)).isFalse();

    LocalDate supplementOn = LocalDate.of(2026, 3, 2);
    today(supplementOn);
    scenario.request.complete(TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, supplementOn.toString(), SUPPLEMENT_STILL_UNCLEAR, false);
    // 2 Mar + 20 working days: 30 Mar, before the ordered date.
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
  }

  /**
   * ADR 0108, left open (c): a fee notice issued before the decision and still unpaid (here not
   * yet served) stays with the payment period it told the applicant, but the reply follows
   * payment, which may come after the ordered date. The decision's warning names the notice and
   * the way to keep the order (撤销收费通知书, the reply without a fee) (ADR 0111). Before, the
   * decision said nothing and the case waited for payment past the date.
   */
  @Test
  void anUnpaidFeeNoticeWhenTheOrderArrivesIsNamedInTheDecisionsNotice() {
    String trackingNumber = scenario.searchingRequest();
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件卷宗", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150);
    Assertions.assertThat(letterKinds(trackingNumber)).contains(LetterKind.FEE_NOTICE);
    LocalDate decidedOn = RECEIVED.plusDays(10);
    LocalDate orderedBy = decidedOn.plusDays(14);
    orderReplyBy(trackingNumber, decidedOn, orderedBy);

    AppealRegister appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(a -> appeals.decisionNotice(a.id())).asString()
        .contains("收费通知书尚未缴费", "尚未登记送达",
            "责令本机关于" + CaseLetters.chinese(orderedBy) + "前作出答复", "请撤销收费通知书");
  }

  /**
   * ADR 0108, left open (a) and (d): the periods the agency gives the applicant in a bound round,
   * to correct (Art. 30) and to give reasons (Art. 35), end on the last working day before the
   * ordered date, so that the agency can still reply, or close a request the applicant let lapse,
   * by that date (ADR 0111). Before, both ran their 15 working days past it.
   */
  @Test
  void theApplicantsPeriodsEndBeforeTheOrderedDate() {
    io.github.ogiworkflow.calendar.WorkingDayCalendar calendar = ProcessTestEngine.bean(engine,
        "workingDayCalendar", io.github.ogiworkflow.calendar.WorkingDayCalendar.class);
    LocalDate decidedOn = RECEIVED.plusDays(2);
    LocalDate orderedBy = LocalDate.of(2026, 3, 3);
    LocalDate lastDay = calendar.workingDaysBefore(orderedBy, 1);
    Assertions.assertThat(calendar.addWorkingDays(decidedOn, 15)).isAfter(orderedBy);

    String correcting = orderedToActWhileRegistered("301", decidedOn, orderedBy);
    scenario.request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请明确所需信息的名称和文号");
    Assertions.assertThat(cases.correctionPeriod(correcting)).get()
        .extracting(CaseRegister.CorrectionPeriod::dueOn).isEqualTo(lastDay);
    Assertions.assertThat(letterBody(correcting, LetterKind.CORRECTION_NOTICE))
        .contains("请您于" + CaseLetters.chinese(lastDay) + "前", CaseLetters.chinese(orderedBy));

    scenario = new AppealScenario(engine);
    String reasoning = orderedToActWhileRegistered("302", decidedOn, orderedBy);
    scenario.request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "REASONS_REQUEST", REASONS_REQUEST_BASIS, "您自2026年1月1日至2月10日共提出政府信息公开申请120件");
    Assertions.assertThat(scenario.request.variable(REASONS_DUE_AT))
        .isEqualTo(io.github.ogiworkflow.calendar.OfficeTime.endOf(lastDay));
    Assertions.assertThat(letterBody(reasoning, LetterKind.REASONS_REQUEST))
        .contains("于" + CaseLetters.chinese(lastDay) + "前（"
            + calendar.workingDaysBetween(decidedOn, lastDay) + "个工作日内）");
  }

  /**
   * ADR 0120 (ADR 0111's open point): a round bound before ADR 0111 has no orderedReplyDueText
   * until its deadline next moves, so its extension forms promised 20 working days the server
   * refuses. At start-up {@code OrderedReplyDueTexts} gives every running bound round the
   * register's date, once.
   */
  @Test
  void aRoundBoundBeforeTheUpgradeGetsTheOrderedDateForItsForms() {
    LocalDate orderedBy = LocalDate.of(2026, 3, 20);
    String trackingNumber = orderedToActWhileRegistered("306", RECEIVED.plusDays(2), orderedBy);
    // As an instance bound before ADR 0111 stands: no variable.
    engine.getRuntimeService().removeVariable(scenario.request.instance.getId(),
        ORDERED_REPLY_DUE_TEXT);
    Assertions.assertThat(scenario.request.variable(ORDERED_REPLY_DUE_TEXT)).isNull();

    var upgrade = new io.github.ogiworkflow.deadline.OrderedReplyDueTexts(null, cases);
    Assertions.assertThat(upgrade.fill(engine)).isPositive();
    Assertions.assertThat(scenario.request.variable(ORDERED_REPLY_DUE_TEXT))
        .isEqualTo(orderedBy.toString());
    Assertions.assertThat(cases.orderedDueOn(trackingNumber)).contains(orderedBy);
    Assertions.assertThat(upgrade.fill(engine)).isZero();
  }

  /**
   * ADR 0120 (ADR 0111's open point): more time to correct (延长补正期限) in a round bound by an
   * ordered date ends before it, as the notice's period does; a later date the office chose is
   * refused on 新的补正期限 naming the decision and the date, nothing recorded, and the last
   * working day before the ordered date is accepted.
   */
  @Test
  void moreTimeToCorrectEndsBeforeTheOrderedDate() {
    io.github.ogiworkflow.calendar.WorkingDayCalendar calendar = ProcessTestEngine.bean(engine,
        "workingDayCalendar", io.github.ogiworkflow.calendar.WorkingDayCalendar.class);
    LocalDate decidedOn = RECEIVED.plusDays(2);
    LocalDate orderedBy = LocalDate.of(2026, 3, 20);
    LocalDate lastDay = calendar.workingDaysBefore(orderedBy, 1);
    String trackingNumber = orderedToActWhileRegistered("305", decidedOn, orderedBy);
    scenario.request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请明确所需信息的名称和文号");
    LocalDate periodEnd = cases.correctionPeriod(trackingNumber).orElseThrow().dueOn();
    Assertions.assertThat(periodEnd).isBefore(lastDay);

    today(calendar.addWorkingDays(periodEnd, 1));
    scenario.request.fireTimer(io.github.ogiworkflow.process.ElementIds.TIMER_CORRECTION_DEADLINE);
    assertThatThrownBy(() -> scenario.request.complete(
        io.github.ogiworkflow.process.ElementIds.TASK_CONFIRM_NO_CORRECTION, OFFICE_USER,
        NO_CORRECTION_DECISION, "MORE_TIME", NEW_CORRECTION_DUE_ON, orderedBy.toString(),
        NO_CORRECTION_COMMENT, "申请人住院，无法按期补正"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(NEW_CORRECTION_DUE_ON + ": ")
        .hasMessageContaining("责令本机关于" + CaseLetters.chinese(orderedBy) + "前作出答复",
            "新的补正期限不能晚于该日期前的最后一个工作日" + CaseLetters.chinese(lastDay));
    Assertions.assertThat(cases.correctionPeriod(trackingNumber).orElseThrow().dueOn())
        .isEqualTo(periodEnd);

    scenario.request.complete(
        io.github.ogiworkflow.process.ElementIds.TASK_CONFIRM_NO_CORRECTION, OFFICE_USER,
        NO_CORRECTION_DECISION, "MORE_TIME", NEW_CORRECTION_DUE_ON, lastDay.toString(),
        NO_CORRECTION_COMMENT, "申请人住院，无法按期补正");
    Assertions.assertThat(cases.correctionPeriod(trackingNumber).orElseThrow().dueOn())
        .isEqualTo(lastDay);
    Assertions.assertThat(letterBody(trackingNumber, LetterKind.CORRECTION_EXTENSION_NOTICE))
        .contains(CaseLetters.chinese(lastDay), CaseLetters.chinese(orderedBy));
  }

  /**
   * Audit round 29, F5: the ordered date is a calendar date the body fixed; no holiday notice
   * moves it, so it is never shown as 暂算 (here in 2027, whose notice the calendar lacks). A
   * correction notice sent late in such a round states that date, not "the period runs from the
   * receipt" (which ended long ago). Before, the forms read "2027-01-15（暂算：…）" and the
   * letter said 仍自本机关收到申请之日起计算.
   */
  @Test
  void anOrderedDateIsNeverProvisionalAndALateCorrectionNoticeStatesIt() {
    LocalDate received = LocalDate.of(2026, 11, 2);
    today(received);
    String trackingNumber = scenario.request.start(registration(received)).trackingNumber();
    LocalDate decidedOn = LocalDate.of(2026, 12, 7);
    LocalDate orderedBy = LocalDate.of(2027, 1, 15);
    fileAndAnswer(trackingNumber, LocalDate.of(2026, 12, 4), "304");
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(orderedBy);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(orderedBy.toString());
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_PROVISIONAL)).isEqualTo(false);

    scenario.request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请明确所需信息的名称和文号");
    Assertions.assertThat(letterBody(trackingNumber, LetterKind.CORRECTION_NOTICE))
        .doesNotContain("仍自本机关收到申请之日起计算")
        .contains("示复〔2026〕304号", CaseLetters.chinese(orderedBy));
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT))
        .isEqualTo(orderedBy.toString());
  }

  private java.util.List<LetterKind> letterKinds(String trackingNumber) {
    return ProcessTestEngine.bean(engine, "letters", Letters.class).of(trackingNumber).stream()
        .map(Letters.Letter::kind).toList();
  }

  private String letterBody(String trackingNumber, LetterKind kind) {
    return ProcessTestEngine.bean(engine, "letters", Letters.class).of(trackingNumber).stream()
        .filter(l -> l.kind() == kind).reduce((a, b) -> b).orElseThrow().body();
  }

  /** Registered, found complete, at its search; the reply period runs. */
  /** The applicant's reconsideration, filed, served and answered on {@code filedOn}. */
  private void fileAndAnswer(String trackingNumber, LocalDate filedOn, String number) {
    today(filedOn);
    scenario.fileReconsideration(trackingNumber, filedOn, number);
    scenario.submitAnswer(filedOn);
  }

  /**
   * The applicant's reconsideration against the failure to reply, filed early (recorded with a
   * warning), answered, and decided: ordered to reply by {@code orderedBy}. Today is the day
   * of the decision afterwards.
   */
  private void orderReplyBy(String trackingNumber, LocalDate decidedOn, LocalDate orderedBy) {
    fileAndAnswer(trackingNumber, RECEIVED.plusDays(3), "301");
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());
  }

  /**
   * A request registered on {@link AppealScenario#RECEIVED} and still at the completeness check,
   * appealed the next day for not being answered ({@code number} names the docket) and ordered
   * to act by {@code orderedBy} on {@code decidedOn}; today is {@code decidedOn} afterwards.
   */
  private String orderedToActWhileRegistered(String number, LocalDate decidedOn,
      LocalDate orderedBy) {
    today(RECEIVED);
    String trackingNumber = scenario.request.start(registration(RECEIVED)).trackingNumber();
    fileAndAnswer(trackingNumber, RECEIVED.plusDays(1), number);
    today(decidedOn);
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, decidedOn.toString(),
        CORRECTED_DUE_ON, orderedBy.toString());
    return trackingNumber;
  }
}
