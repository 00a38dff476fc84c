package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.fee.FeeCorrections;
import static io.github.ogiworkflow.process.ProcessVariables.NEW_FEE_DUE_ON;
import static io.github.ogiworkflow.process.ProcessVariables.UNPAID_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.UNPAID_DECISION;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_NOTICE_SERVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_RECOUNT_NOTICE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_PAYMENT_DEADLINE;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONFIRM_UNPAID;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.END_EVENT_VOIDED;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_VOID;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.AFTER_RECONSIDERATION;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_BODY;
import static io.github.ogiworkflow.process.ProcessVariables.APPLICANT_NAME;
import static io.github.ogiworkflow.process.ProcessVariables.CHARGE_FEE;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLETENESS_DECISION;
import static io.github.ogiworkflow.process.ProcessVariables.DOCKET_NO;
import static io.github.ogiworkflow.process.ProcessVariables.DUPLICATE_CONFIRMED;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_SCHEME;
import static io.github.ogiworkflow.process.ProcessVariables.FILED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.ITEMS;
import static io.github.ogiworkflow.process.ProcessVariables.PROCEDURE;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_DESCRIPTION;
import static io.github.ogiworkflow.process.ProcessVariables.REVIEW_CONCLUSION;
import static io.github.ogiworkflow.process.ProcessVariables.SERVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.TRACKING_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_APPROVAL;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_APPROVAL_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_DUPLICATE_OF;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_NOTHING_ISSUED;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_QUERY_CODE_NOTICE;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_REASON;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 登记错误、作废 (ADR 0119, audit 30b F3): a counter registration made in error is voided at the
 * completeness check with leadership's approval, keeps its number (the next registration takes
 * the next one) and ends as VOIDED in the register; every rule is checked by the server, on
 * whatever path: a reason and the statement that nothing went to the applicant, a named
 * duplicate that exists, no letter issued, not the proposer approving. All failed on the old
 * code (no such decision: the case went on as 申请内容明确).
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reconsideration.bpmn", "processes/litigation.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class VoidRegistrationScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST);

  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 4);
  static final String REASON = "同一份信函申请被两名工作人员重复录入";

  ProcessEngine engine;
  RequestScenario first;
  RequestScenario copy;
  CaseRegister register;

  @BeforeEach
  void setUp() {
    RequestScenario.begin(engine, RECEIVED);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
  }

  /** The application and its copy (the deployment is made after set-up, per test). */
  private void registerTwice() {
    first = new RequestScenario(engine).start(registration(RECEIVED));
    copy = new RequestScenario(engine).start(registration(RECEIVED));
  }

  @AfterEach
  void tearDown() {
    // A year published by a test is final for the tests after it on a shared database.
    ProcessTestEngine.jdbc(engine).update("DELETE FROM ogi_annual_report WHERE report_year IN"
        + " (2024, 2025)");
    RequestScenario.end();
  }

  /**
   * ADR 0157 (audit 34b, F2): a void takes the case out of every year it is counted in, so, as
   * for a date recorded or corrected there (ADR 0080), a published year refuses it — at the
   * proposal and, when the year was published meanwhile, at leadership's approval (400, nothing
   * written) — also for a case received in an earlier year and carried over into the published
   * one. Before, each void was accepted and the published figures lost their cases.
   */
  @Test
  void aRegistrationCountedInAPublishedYearIsNotVoided() {
    RequestScenario.today(LocalDate.of(2025, 12, 30));
    first = new RequestScenario(engine).start(registration(LocalDate.of(2025, 12, 30)));
    copy = new RequestScenario(engine).start(registration(LocalDate.of(2025, 12, 30)));
    RequestScenario.today(LocalDate.of(2026, 1, 8));
    publish(2025);

    assertThatThrownBy(this::proposeVoid)
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(COMPLETENESS_DECISION)
        .hasMessageContaining("本案收到申请日期为2025年12月30日，已计入已发布的2025年度政府信息公开工作年度报告")
        .hasMessageContaining("不能作废本案登记");
    assertThat(copy.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("REGISTERED");

    // Proposed before the publication, approved after it: the approval is refused.
    ProcessTestEngine.jdbc(engine).update("DELETE FROM ogi_annual_report WHERE report_year = 2025");
    proposeVoid();
    publish(2025);
    assertThatThrownBy(() -> copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(VOID_APPROVAL)
        .hasMessageContaining("已计入已发布的2025年度");
    assertThat(copy.instance).isWaitingAt(TASK_APPROVE_VOID);
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("REGISTERED");
    Assertions.assertThat(register.voiding(copy.trackingNumber())).isEmpty();
  }

  /** Received in 2024 (not published), still open: 2025's 上年结转 and 结转下年度 count it. */
  @Test
  void aRegistrationCarriedOverIntoAPublishedYearIsNotVoided() {
    RequestScenario.today(LocalDate.of(2024, 12, 30));
    first = new RequestScenario(engine).start(registration(LocalDate.of(2024, 12, 30)));
    copy = new RequestScenario(engine).start(registration(LocalDate.of(2024, 12, 30)));
    RequestScenario.today(LocalDate.of(2026, 1, 8));
    publish(2025);

    assertThatThrownBy(this::proposeVoid)
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(COMPLETENESS_DECISION)
        .hasMessageContaining("本案收到申请日期为2024年12月30日，已计入已发布的2025年度");
    assertThat(copy.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
  }

  /** A published row as the report process leaves it (ADR 0035). */
  private void publish(int year) {
    ProcessTestEngine.jdbc(engine).update("INSERT INTO ogi_annual_report (report_year, status,"
        + " computed_at, consistent, tables_json, published_on, updated_at) VALUES (?,"
        + " 'PUBLISHED', CURRENT_TIMESTAMP, TRUE, '{}', ?, CURRENT_TIMESTAMP)", year,
        java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 6)));
  }

  @Test
  void leadershipApprovesAndTheCopyEndsVoidedWithItsNumberKept() {
    registerTwice();
    copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "VOID",
        VOID_REASON, REASON, VOID_DUPLICATE_OF, " " + first.trackingNumber().toLowerCase() + " ",
        VOID_NOTHING_ISSUED, true);
    assertThat(copy.instance).isWaitingAt(TASK_APPROVE_VOID);
    Assertions.assertThat(copy.task(TASK_APPROVE_VOID).getTaskDefinitionKey())
        .isEqualTo(TASK_APPROVE_VOID);

    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");

    assertThat(copy.instance).isEnded().hasPassed(END_EVENT_VOIDED);
    String voided = copy.trackingNumber();
    Assertions.assertThat(register.get(voided).status()).isEqualTo("VOIDED");
    CaseRegister.Voiding voiding = register.voiding(voided).orElseThrow();
    Assertions.assertThat(voiding.voidedOn()).isEqualTo(RECEIVED);
    Assertions.assertThat(voiding.reason()).isEqualTo(REASON);
    Assertions.assertThat(voiding.duplicateOf()).isEqualTo(first.trackingNumber());
    Assertions.assertThat(voiding.proposedBy()).isEqualTo(OFFICE_USER);
    Assertions.assertThat(voiding.approvedBy()).isEqualTo(LEADER);
    Assertions.assertThat(CaseRegister.Status.labelOf("VOIDED")).startsWith("已作废");

    // The number stays used: the next registration takes the next one, no gap, no reuse.
    String next = new RequestScenario(engine).start(registration(RECEIVED)).trackingNumber();
    Assertions.assertThat(sequence(next)).isEqualTo(sequence(voided) + 1);
    // The first registration goes on as any other.
    assertThat(first.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
  }

  @Test
  void aRefusalNeedsAReasonAndSendsTheCaseBackToTheCompletenessCheck() {
    registerTwice();
    proposeVoid();
    assertThatThrownBy(() -> copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "REFUSE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(VOID_APPROVAL_COMMENT)
        .hasMessageContaining("审批说明");
    assertThatThrownBy(() -> copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "MAYBE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(VOID_APPROVAL);

    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "REFUSE", VOID_APPROVAL_COMMENT,
        "申请人确认提交了两份申请");

    assertThat(copy.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("REGISTERED");
    copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    assertThat(copy.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    assertThat(copy.instance).variables().doesNotContainKeys(VOID_REASON, VOID_APPROVAL,
        VOID_NOTHING_ISSUED);
  }

  @Test
  void theProposalIsCheckedOnTheServer() {
    registerTwice();
    assertThatThrownBy(() -> copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "VOID"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("voidReason").hasMessageContaining("作废理由")
        .hasMessageContaining("voidNothingIssued").hasMessageContaining("不能作废");
    assertThatThrownBy(() -> copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "VOID", VOID_REASON, REASON, VOID_NOTHING_ISSUED, true,
        VOID_DUPLICATE_OF, "YSQ-2000-000001"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(VOID_DUPLICATE_OF)
        .hasMessageContaining("登记簿中没有受理编号YSQ-2000-000001");
    assertThatThrownBy(() -> copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "VOID", VOID_REASON, REASON, VOID_NOTHING_ISSUED, true,
        VOID_DUPLICATE_OF, copy.trackingNumber()))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("重复的受理编号不能是本案");
    assertThat(copy.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);

    // A letter already issued to the applicant: the number is theirs, no voiding.
    ProcessTestEngine.bean(engine, "letters", Letters.class)
        .keep(copy.trackingNumber(), LetterKind.CORRECTION_NOTICE, "补正申请告知书");
    assertThatThrownBy(this::proposeVoid)
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(COMPLETENESS_DECISION)
        .hasMessageContaining("不能作废；请按撤回申请或答复办理");
    assertThat(copy.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("REGISTERED");
  }

  @Test
  void theProposerCannotApproveAndALetterSinceTheProposalStopsTheApproval() {
    registerTwice();
    proposeVoid();
    // Someone in both groups approving their own proposal (the engine's group check aside).
    assertThatThrownBy(() -> copy.complete(TASK_APPROVE_VOID, OFFICE_USER, VOID_APPROVAL,
        "APPROVE"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("报请作废的人员不能审批本人的报请");

    ProcessTestEngine.bean(engine, "letters", Letters.class)
        .keep(copy.trackingNumber(), LetterKind.CORRECTION_NOTICE, "补正申请告知书");
    assertThatThrownBy(() -> copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不能作废");
    assertThat(copy.instance).isWaitingAt(TASK_APPROVE_VOID);
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("REGISTERED");
  }

  /**
   * ADR 0128 (ADR 0119's open point): a voided registration takes no date correction and no
   * reconsideration or lawsuit, on the paths every entry runs (DateCorrections, the appeal
   * processes' registration steps): 400 naming the voiding, nothing written. Before, the receipt
   * was corrected (an audit-trail entry on a number no longer handled) and the reconsideration
   * and the lawsuit were registered as appeals against a failure to reply.
   */
  @Test
  void aVoidedRegistrationTakesNoDateCorrectionAndNoAppeal() {
    registerTwice();
    proposeVoid();
    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");
    String voided = copy.trackingNumber();
    io.github.ogiworkflow.correction.DateCorrections corrections = dateCorrections();

    Assertions.assertThat(corrections.correctable(voided)).isEmpty();
    assertThatThrownBy(() -> corrections.correct(voided, "receivedOn", "2026-03-03",
        "登记时录错日期，以收文登记簿为准", OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("trackingNumber")
        .hasMessageContaining("作为登记错误作废").hasMessageContaining("不能更正收到申请日期");
    Assertions.assertThat(register.get(voided).firstReceivedOn()).isEqualTo(RECEIVED);
    Assertions.assertThat(ProcessTestEngine.bean(engine, "dateChangeRegister",
        io.github.ogiworkflow.register.DateChangeRegister.class).of(voided)).isEmpty();

    AppealRegister appeals = ProcessTestEngine.bean(engine, "appealRegister",
        AppealRegister.class);
    assertThatThrownBy(() -> startAppeal(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, voided,
        DOCKET_NO, "示复〔2026〕401号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-03-04",
        SERVED_ON, "2026-03-04", PROCEDURE, "SIMPLIFIED"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(TRACKING_NUMBER)
        .hasMessageContaining("作为登记错误作废").hasMessageContaining("不能登记行政复议或行政诉讼");
    assertThatThrownBy(() -> startAppeal(ProcessKeys.LITIGATION, TRACKING_NUMBER, voided,
        DOCKET_NO, "（2026）示0502行初401号", APPEAL_BODY, "示范市人民法院",
        FILED_ON, "2026-03-04", SERVED_ON, "2026-03-04", AFTER_RECONSIDERATION, false))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(TRACKING_NUMBER)
        .hasMessageContaining("作为登记错误作废");
    Assertions.assertThat(appeals.of(voided)).isEmpty();
    Assertions.assertThat(register.get(voided).status()).isEqualTo("VOIDED");
  }

  /**
   * ADR 0138's open point: a complaint about the copy, registered and then voided as registered
   * in error, is no appeal of the case and does not stop the copy's void (before, any appeal
   * row refused it: 本案已登记复议、诉讼或申诉举报); one not voided still does.
   */
  @Test
  void aVoidedComplaintDoesNotStopTheVoidOfTheRequest() {
    registerTwice();
    AppealRegister appeals = ProcessTestEngine.bean(engine, "appealRegister",
        AppealRegister.class);
    long complaint = appeals.insert(new AppealRegister.NewAppeal(copy.trackingNumber(), null,
        io.github.ogiworkflow.appeal.AppealKind.COMPLAINT, 1, false,
        "示政办转〔2026〕" + copy.trackingNumber(), "示范市人民政府办公室", null, RECEIVED,
        RECEIVED, RECEIVED));
    assertThatThrownBy(this::proposeVoid).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(COMPLETENESS_DECISION)
        .hasMessageContaining("本案已登记复议、诉讼或申诉举报");
    Assertions.assertThat(appeals.voidComplaint(complaint, RECEIVED, "来文登记到错误的受理编号",
        OFFICE_USER, LEADER)).isTrue();

    proposeVoid();
    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");

    assertThat(copy.instance).isEnded().hasPassed(END_EVENT_VOIDED);
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("VOIDED");
  }

  /**
   * Audit 36a F2: a voided registration was never an application (ADR 0119), so it is none of
   * the applicant's requests of the month the per-request scale counts (109号, handbook 2.12:
   * the 1st to 10th free). Eleven registrations of one applicant in March, the second a copy
   * of the first, voided: by hand, 11 − 1 = 10 requests, so the last is the 10th and per request
   * it costs nothing (400 按收费标准本申请不收费); the month's other requests a receipt-date
   * correction weighs are the 9 real ones. Failed on the old code: the copy counted, the last
   * was the 11th and the fee of ¥100 was accepted.
   */
  @Test
  void aVoidedRegistrationIsNotOneOfTheApplicantsRequestsOfTheMonth() {
    Map<String, Object> applicant = registration(RECEIVED);
    // Other tests share the database: this applicant is only here.
    applicant.put(APPLICANT_NAME, "作废计件测试人");
    applicant.put(ID_NUMBER, "440106198001010123");
    List<RequestScenario> registered = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      registered.add(new RequestScenario(engine).start(applicant));
    }
    first = registered.get(0);
    copy = registered.get(1);
    proposeVoid();
    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("VOIDED");
    RequestScenario last = registered.get(10);

    Assertions.assertThat(register.requestNumberInMonth(last.trackingNumber())).isEqualTo(10);
    Assertions.assertThat(register.sameApplicantCases(last.trackingNumber(),
            List.of(YearMonth.from(RECEIVED))))
        .hasSize(9).doesNotContain(copy.trackingNumber());
    last.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThatThrownBy(() -> last.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true,
        FEE_SCHEME, "PER_REQUEST"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CHARGE_FEE)
        .hasMessageContaining("按收费标准本申请不收费");
    assertThat(last.instance).isWaitingAt(TASK_EDIT_REPLY);
  }

  /**
   * Session 37 (ADR 0184): a registration voided as made in error (here: entered under the
   * wrong applicant's details would be typical; the test keeps the data) was never an
   * application (ADR 0119), so registering the application again the same day is not refused
   * as a duplicate of the voided copy. A live registration still is. Failed on the old code:
   * the duplicate check compared cases in any status and named the voided one.
   */
  @Test
  void aVoidedRegistrationIsNoSameDayDuplicate() {
    Map<String, Object> application = registration(RECEIVED);
    application.remove(DUPLICATE_CONFIRMED);
    application.put(REQUEST_DESCRIPTION, "2026年作废后重新登记测试材料 " + java.util.UUID.randomUUID());
    copy = new RequestScenario(engine).start(application);
    proposeVoid();
    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");
    Assertions.assertThat(register.get(copy.trackingNumber()).status()).isEqualTo("VOIDED");

    RequestScenario again = new RequestScenario(engine).start(application);
    Assertions.assertThat(again.trackingNumber()).isNotEqualTo(copy.trackingNumber());
    assertThat(again.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    // The registration that stands is a duplicate to a third one.
    assertThatThrownBy(() -> new RequestScenario(engine).start(application))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("requestDescription")
        .hasMessageContaining(again.trackingNumber());
  }

  /**
   * Session 37 (ADR 0184, audit 36a F2's follow-up): the 11th request of an applicant's month
   * got a fee notice of 100 yuan (per request, the 11th to 30th 100 each); then the month's
   * second registration, a copy, is voided: by hand 11 − 1 = 10, the last is the 10th and the
   * scale asks nothing. The unpaid notice is not changed by itself (a correction is a letter the
   * office sends), but the server says so on the case's fee forms and the case page, refuses
   * to close the case for non-payment of the old amount or to give more time to pay it, and the
   * office withdraws the fee (撤销收费), which clears the prompt. Failed on the old code: no
   * prompt, no correction offer text, and 视为放弃 for not paying 100 yuan was accepted.
   */
  @Test
  void aVoidAfterAFeeNoticeOfTheMonthLeadsToItsCorrectionNotAClosing() {
    Map<String, Object> applicant = registration(RECEIVED);
    // Other tests share the database: this applicant is only here.
    applicant.put(APPLICANT_NAME, "作废后收费复核测试人");
    applicant.put(ID_NUMBER, "440106198001010166");
    List<RequestScenario> registered = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      registered.add(new RequestScenario(engine).start(applicant));
    }
    first = registered.get(0);
    copy = registered.get(1);
    RequestScenario last = registered.get(10);
    String number = last.trackingNumber();
    last.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_REQUEST");
    assertThat(last.instance).isWaitingAt(TASK_RECORD_FEE_NOTICE_SERVICE);
    Assertions.assertThat(register.latestFeeNotice(number).orElseThrow().amount())
        .isEqualByComparingTo("100");
    FeeCorrections fees = ProcessTestEngine.bean(engine, "feeCorrections",
        FeeCorrections.class);
    Assertions.assertThat(fees.correctable(engine, number).orElseThrow().overcharge()).isNull();

    proposeVoid();
    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");

    // Told on the fee forms (the variable they show) and on the case page's correction offer.
    Assertions.assertThat((String) last.variable(FEE_RECOUNT_NOTICE))
        .contains("第11件", "第10件", "不收费", "撤销收费", "国办函〔2020〕109号");
    Assertions.assertThat(fees.correctable(engine, number).orElseThrow().overcharge())
        .contains("第10件");
    // The notice itself is unchanged until the office corrects it.
    Assertions.assertThat(register.latestFeeNotice(number).orElseThrow().amount())
        .isEqualByComparingTo("100");

    last.complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
        RECEIVED.toString());
    RequestScenario.today(LocalDate.of(2026, 4, 15));
    last.fireTimer(TIMER_PAYMENT_DEADLINE);
    assertThatThrownBy(() -> last.complete(TASK_CONFIRM_UNPAID, OFFICE_USER, UNPAID_DECISION,
        "CLOSE", UNPAID_COMMENT, "申请人未缴费"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(UNPAID_DECISION)
        .hasMessageContaining("更正前不能以逾期未缴费视为放弃申请");
    assertThatThrownBy(() -> last.complete(TASK_CONFIRM_UNPAID, OFFICE_USER, UNPAID_DECISION,
        "MORE_TIME", NEW_FEE_DUE_ON, "2026-04-30", UNPAID_COMMENT, "申请人称未收到"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(UNPAID_DECISION);
    assertThat(last.instance).isWaitingAt(TASK_CONFIRM_UNPAID);

    fees.correct(engine, number, FeeCorrections.Action.WITHDRAW, null,
        "本申请人本月另一件申请登记作废，本申请为本月第10件", OFFICE_USER);
    Assertions.assertThat(last.variable(FEE_RECOUNT_NOTICE)).isNull();
    Assertions.assertThat(register.latestFeeNotice(number).orElseThrow().inForce()).isFalse();
  }

  /** Starts an appeal process as legal does with its start form in Tasklist. */
  private void startAppeal(String processKey, Object... keyValues) {
    engine.getIdentityService().setAuthenticatedUserId(RequestScenario.LEGAL_USER);
    try {
      engine.getRuntimeService().startProcessInstanceByKey(processKey,
          RequestScenario.vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private io.github.ogiworkflow.correction.DateCorrections dateCorrections() {
    return new io.github.ogiworkflow.correction.DateCorrections(register,
        ProcessTestEngine.bean(engine, "dateChangeRegister",
            io.github.ogiworkflow.register.DateChangeRegister.class),
        ProcessTestEngine.bean(engine, "deliveryDates",
            io.github.ogiworkflow.reply.DeliveryDates.class),
        ProcessTestEngine.bean(engine, "replyDeadline",
            io.github.ogiworkflow.deadline.ReplyDeadline.class),
        ProcessTestEngine.bean(engine, "workingDayCalendar",
            io.github.ogiworkflow.calendar.WorkingDayCalendar.class), engine,
        ProcessTestEngine.bean(engine, "appealWindow",
            io.github.ogiworkflow.appeal.AppealWindow.class),
        ProcessTestEngine.bean(engine, "letters", Letters.class),
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class),
        ProcessTestEngine.bean(engine, "pauseLedger",
            io.github.ogiworkflow.deadline.PauseLedger.class),
        ProcessTestEngine.bean(engine, "publishedYears",
            io.github.ogiworkflow.report.PublishedYears.class));
  }

  /**
   * Audit 34b F3 (ADR 0161): the trail of a voided registration says so from the register, with
   * the reason, the duplicated request, the proposer and the approver, also once the engine's
   * history of the case is removed; its reply deadline is no longer 当前. Before, the void was
   * shown by the history's steps only, and after their removal the trail showed a running
   * 答复期限（当前）.
   */
  @Test
  void theTrailShowsTheVoidFromTheRegisterOnceTheHistoryIsGone() {
    registerTwice();
    proposeVoid();
    copy.complete(TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");
    String voided = copy.trackingNumber();
    engine.getHistoryService().deleteHistoricProcessInstance(copy.instance.getId());

    io.github.ogiworkflow.audit.CaseTimeline.Trail trail = ProcessTestEngine.timeline(engine)
        .of(voided).orElseThrow();
    Assertions.assertThat(trail.processes()).isEmpty();
    Assertions.assertThat(trail.entries()).filteredOn(e -> e.kind().equals("REGISTRATION_VOID"))
        .singleElement().satisfies(e -> {
          Assertions.assertThat(e.kindLabel()).isEqualTo("登记作废");
          Assertions.assertThat(e.at().atZone(io.github.ogiworkflow.calendar.OfficeTime.ZONE)
              .toLocalDate()).isEqualTo(RECEIVED);
          Assertions.assertThat(e.who()).isEqualTo(LEADER);
          Assertions.assertThat(e.outcome()).isEqualTo("已作废");
          Assertions.assertThat(e.detail()).contains("作废理由：" + REASON, "报请：" + OFFICE_USER,
              "审批：" + LEADER);
        });
    Assertions.assertThat(trail.entries()).filteredOn(e -> e.kind().equals("DUE"))
        .singleElement().satisfies(e -> Assertions.assertThat(e.activity())
            .startsWith("答复期限").doesNotContain("当前"));
    // Who registered it, from the register too (ADR 0161).
    Assertions.assertThat(trail.entries()).filteredOn(e -> e.kind().equals("RECEIPT"))
        .singleElement().extracting(e -> e.who()).isEqualTo(OFFICE_USER);
  }

  /**
   * ADR 0177's open point, ADR 0180: when the office handed the applicant a query code (ADR
   * 0170), the proposal form (审查申请内容是否明确, once the code is issued) and leadership's
   * approval form say so read-only, as the server computed it from the register; a case without
   * a code says nothing. Before, neither form knew of the code (no such variable).
   */
  @Test
  void theVoidsFormsSayThatAQueryCodeWasHandedOver() throws Exception {
    registerTwice();
    OfficeQueryCodes codes = ProcessTestEngine.bean(engine, "officeQueryCodes",
        OfficeQueryCodes.class);
    Assertions.assertThat(copy.variable(VOID_QUERY_CODE_NOTICE)).isNull();
    codes.replace(new OnlineRegister.Access(copy.trackingNumber(), "salt", "hash"),
        RECEIVED.atTime(10, 0).atZone(io.github.ogiworkflow.calendar.OfficeTime.ZONE)
            .toInstant(), OFFICE_USER);
    VoidQueryCodeNotice.afterIssue(engine, copy.trackingNumber(), codes);
    String notice = "已为本申请出具查询码（2026年3月4日）：作废后申请人凭查询码查询将看到作废说明，请告知申请人";
    Assertions.assertThat(copy.variable(VOID_QUERY_CODE_NOTICE)).isEqualTo(notice);

    // A value posted with the form is not taken: the proposal sets it from the register.
    copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "VOID",
        VOID_REASON, REASON, VOID_NOTHING_ISSUED, true, VOID_QUERY_CODE_NOTICE, "无");
    assertThat(copy.instance).isWaitingAt(TASK_APPROVE_VOID);
    Assertions.assertThat(copy.variable(VOID_QUERY_CODE_NOTICE)).isEqualTo(notice);
    // The case without a code has no notice.
    Assertions.assertThat(first.variable(VOID_QUERY_CODE_NOTICE)).isNull();

    // Both forms show it read-only (a text, never a field the form submits), only when set.
    for (String form : new String[] {"forms/completeness-check.form",
        "forms/void-approval.form"}) {
      com.fasterxml.jackson.databind.JsonNode shown = null;
      for (com.fasterxml.jackson.databind.JsonNode c : new com.fasterxml.jackson.databind
          .ObjectMapper().readTree(java.nio.file.Path.of(form).toFile()).path("components")) {
        if (c.path("text").asText().contains("{{voidQueryCodeNotice}}")) {
          shown = c;
        }
      }
      Assertions.assertThat(shown).as(form).isNotNull();
      Assertions.assertThat(shown.path("type").asText()).isEqualTo("text");
      Assertions.assertThat(shown.path("conditional").path("hide").asText())
          .contains("voidQueryCodeNotice = null");
    }
  }

  private void proposeVoid() {
    copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "VOID",
        VOID_REASON, REASON, VOID_NOTHING_ISSUED, true);
  }

  private static int sequence(String trackingNumber) {
    return Integer.parseInt(trackingNumber.substring(trackingNumber.lastIndexOf('-') + 1));
  }
}
