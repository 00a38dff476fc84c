package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.SERVICE_REOPEN_REQUEST;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONFIRM_UNPAID;
import static io.github.ogiworkflow.process.ElementIds.TIMER_PAYMENT_DEADLINE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_APPEAL_WINDOW_CLOSED;
import static io.github.ogiworkflow.appeal.AppealScenario.RECEIVED;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.audit.ComplianceQueries;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.reply.ReplyLetter;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
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
 * Every path through {@code Reconsideration} (行政复议答复) against a delivered request: answer,
 * approval and send-back, submission, each result, the reminder when the body's time limit
 * passes, and the reopening of the request after a correction (纠正).
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class ReconsiderationScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      1.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;
  CaseRegister cases;
  AppealRegister.Counts countedBefore;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
    cases = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    // The register outlives each test's deployment: count what this test adds.
    countedBefore = appeals.counts(AppealKind.RECONSIDERATION, 2026, null);
  }

  /** Table 四 counts the reconsiderations of this test so. */
  private void assertCounted(int maintained, int corrected, int other, int pending) {
    AppealRegister.Counts now = appeals.counts(AppealKind.RECONSIDERATION, 2026, null);
    Assertions.assertThat(new AppealRegister.Counts(now.maintained() - countedBefore.maintained(),
        now.corrected() - countedBefore.corrected(), now.other() - countedBefore.other(),
        now.pending() - countedBefore.pending()))
        .isEqualTo(new AppealRegister.Counts(maintained, corrected, other, pending));
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * Audit round 31a, F2 (ADR 0124): the answer leadership approved on Wed 25 February cannot have
   * reached the reconsideration body on Tue 24 February; the old code recorded that date, which
   * hid a late answer. 400 on 提交日期, nothing recorded; the day of approval is accepted.
   */
  @Test
  void anAnswerIsNotSubmittedBeforeLeadershipApprovedIt() {
    String trackingNumber = scenario.deliveredCase(false);
    file(trackingNumber, "SIMPLIFIED");
    today(LocalDate.of(2026, 2, 25));
    draftAndApprove("APPROVE");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.request.complete(
        TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-24"))
        .isInstanceOf(io.github.ogiworkflow.process.InvalidInput.class)
        .hasMessageStartingWith(SUBMITTED_ON)
        .hasMessageContaining("提交日期不能早于领导审批通过答复书或答辩状的日期2026年2月25日");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).submittedOn()).isNull();
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-25");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).submittedOn())
        .isEqualTo(LocalDate.of(2026, 2, 25));
  }

  /**
   * ADR 0129: the answer and evidence list are stored masked in the engine; the answer submitted
   * as the submission form shows it (masked) is the one leadership approved, and the issued
   * 行政复议答复书 prints it whole from the register. A changed text is still refused. Failed on
   * the code before: the engine stored both as typed.
   */
  @Test
  void anAnswerNamingTheApplicantIsStoredMaskedAndSubmittedWhole() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance reconsideration = file(trackingNumber, "SIMPLIFIED");
    String answer = "申请人（身份证号350502198001011235，电话13700001111）的申请已依法答复。";
    scenario.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT, answer,
            EVIDENCE_LIST, "1. 申请表（身份证号350502198001011235）")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE");
    Object shown = engine.getRuntimeService().getVariable(reconsideration.getId(), ANSWER_TEXT);
    Assertions.assertThat(shown).asString().contains("[ID-MASKED]")
        .doesNotContain("350502198001011235", "13700001111");
    Object shownEvidence = engine.getRuntimeService().getVariable(reconsideration.getId(),
        EVIDENCE_LIST);
    Assertions.assertThat(shownEvidence).asString().doesNotContain("350502198001011235");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.request.complete(
        TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10", ANSWER_TEXT,
        shown + "另补充一句。", EVIDENCE_LIST, shownEvidence))
        .hasMessageContaining("与领导审批通过的内容不一致");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        ANSWER_TEXT, shown, EVIDENCE_LIST, shownEvidence);

    io.github.ogiworkflow.letter.Letters letters = ProcessTestEngine.bean(engine, "letters",
        io.github.ogiworkflow.letter.Letters.class);
    Assertions.assertThat(letters.of(trackingNumber)).filteredOn(l ->
            l.kind() == LetterKind.RECONSIDERATION_ANSWER)
        .singleElement().satisfies(letter -> Assertions.assertThat(letter.body())
            .contains(answer).doesNotContain("[ID-MASKED]"));
  }

  @Test
  void aMaintainedDecisionAfterTheAnswerWasSentBackOnce() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance reconsideration = file(trackingNumber, "SIMPLIFIED");

    assertThat(reconsideration).isWaitingAt(TASK_DRAFT_ANSWER);
    // The drafter sees what is challenged: the reply, its date and 文号.
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(
        reconsideration.getId(), APPEAL_SUBJECT)).contains("不服本机关于",
        "作出的《政府信息公开申请答复书》（示市监信公开答〔2026〕", "申请行政复议");
    // Copy received Tue 10 Feb + 5 working days: 11, 12, 13, 14 (Sat, 调休); 15–23 春节; 24 Feb.
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_ANSWER).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 2, 24)));
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_ANSWER).getProcessInstanceId())
        .isEqualTo(reconsideration.getId());

    draftAndApprove("SEND_BACK");
    Assertions.assertThat(scenario.request.tasks(TASK_SUBMIT_ANSWER)).isEmpty();
    draftAndApprove("APPROVE");
    // Not submitted before the reconsideration was served on the agency (10 Feb).
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.request.complete(
        TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-09"))
        .hasMessageContaining("提交日期不能早于收到日期2026年2月10日");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");

    today(LocalDate.of(2026, 3, 2));
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-03-01");

    assertThat(reconsideration).isEnded().hasPassed("Gateway_DecisionIn", "EndEvent_Decided")
        .hasNotPassed(SERVICE_REOPEN_REQUEST);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal -> {
      Assertions.assertThat(appeal.kind()).isEqualTo(AppealKind.RECONSIDERATION);
      Assertions.assertThat(appeal.docketNo()).isEqualTo("示复〔2026〕7号");
      Assertions.assertThat(appeal.answerDueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
      Assertions.assertThat(appeal.approvedBy()).isEqualTo(LEADER);
      Assertions.assertThat(appeal.submittedOn()).isEqualTo(RECEIVED);
      Assertions.assertThat(appeal.result()).isEqualTo("MAINTAINED");
      Assertions.assertThat(appeal.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
      Assertions.assertThat(appeal.pending()).isFalse();
    });
    assertCounted(1, 0, 0, 0);
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    // ADR 0161 (audit 34b F4): the register names who recorded the filing and the decision, and
    // who issued the answer, so the trail names them once the history is gone. Before, the
    // appeal line and the letter named nobody.
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).satisfies(trail -> {
          Assertions.assertThat(trail).filteredOn(e -> "APPEAL".equals(e.kind()))
              .singleElement().satisfies(e -> {
                Assertions.assertThat(e.who()).isEqualTo(LEGAL_USER);
                Assertions.assertThat(e.comment()).isEqualTo("结果登记人：" + LEGAL_USER);
              });
          Assertions.assertThat(trail).filteredOn(e -> "LETTER".equals(e.kind())
                  && e.activity().contains("行政复议答复书")).singleElement()
              .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::who)
              .isEqualTo(LEGAL_USER);
        });

    // Issue 15: the submitted answer is an issued 行政复议答复书 to the reconsideration body.
    io.github.ogiworkflow.letter.Letters letters = ProcessTestEngine.bean(engine, "letters",
        io.github.ogiworkflow.letter.Letters.class);
    io.github.ogiworkflow.letter.Letters.Letter answer = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == io.github.ogiworkflow.letter.LetterKind.RECONSIDERATION_ANSWER)
        .findFirst().orElseThrow();
    Assertions.assertThat(answer.documentNumber()).matches("示市监信公开复〔2026〕\\d+号");
    String document = io.github.ogiworkflow.letter.LetterDocuments.text(
        letters.file(trackingNumber, answer.id()).orElseThrow().bytes());
    Assertions.assertThat(document).startsWith("行政复议答复书\n").contains(
        // The answering party first (ADR 0043), then the applicant; the body names the agency
        // as the block does.
        "被申请人：示范市市场监督管理局\n住所：示范市人民路1号\n法定代表人：王明，局长\n申请人：张三\n"
            + "申请人张三不服被申请人于",
        "作出的《政府信息公开申请答复书》（示市监信公开答〔2026〕",
        "申请行政复议（案号：示复〔2026〕7号）。被申请人现答复如下：",
        // A pleading, not a 公文 (ADR 0051): 此致 the reconsideration body, signed with the seal,
        // the evidence list attached; the 文号 only as the file reference at the foot.
        "被申请人已依法答复，事实清楚。\n此致\n示范市人民政府\n被申请人：示范市市场监督管理局（印章）\n",
        "附：证据及依据清单（附后）\n证据及依据清单\n1. 申请表；2. 答复书；3. 送达回证\n"
            + "文书编号：" + answer.documentNumber())
        .doesNotContain("本机关", "（（", trackingNumber, "示范市人民政府：");
    // The register keeps the document as its text, in the same layout.
    Assertions.assertThat(answer.body().replace("\n\n", "\n")).isEqualTo(document);
  }

  /** The answer leadership approved is the one issued: a text changed afterwards is refused. */
  @Test
  void anAnswerChangedAfterApprovalIsNotSubmitted() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance reconsideration = file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    engine.getRuntimeService().setVariable(reconsideration.getId(), ANSWER_TEXT,
        "未经审批的改动文本：本机关承认答复违法。");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.request.complete(
        TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10"))
        .hasMessageContaining("与领导审批通过的内容不一致");
    assertThat(reconsideration).isWaitingAt(TASK_SUBMIT_ANSWER);
    Assertions.assertThat(appeals.of(trackingNumber).get(0).submittedOn()).isNull();

    // Put back as approved, it is submitted and issued as approved.
    engine.getRuntimeService().setVariable(reconsideration.getId(), ANSWER_TEXT,
        "被申请人已依法答复，事实清楚。");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).submittedOn()).isEqualTo(RECEIVED);
  }

  @Test
  void aCorrectionArrivingAsMessageReopensTheRequestWithTheDueDateItSets() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance reconsideration = file(trackingNumber, "ORDINARY");
    // Ordinary procedure: 10 working days, 24 Feb = 5 … 28 Feb (Sat, 调休) = 9, Mon 2 Mar = 10.
    Assertions.assertThat(appeals.of(trackingNumber).get(0).answerDueOn())
        .isEqualTo(LocalDate.of(2026, 3, 2));
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    assertCounted(0, 0, 0, 1);

    // The body's 60 days (from 10 Feb, Sat 11 Apr, so Mon 13 Apr: ARL Art. 88, CPL Art. 85)
    // pass without a decision: legal is asked to follow up once Mon 13 Apr has passed, not on
    // its morning, when the body still had the day (audit 31b, F7).
    Assertions.assertThat(scenario.request.timerJobs("Timer_DecisionOverdue").get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 4, 13)));
    scenario.request.fireTimer("Timer_DecisionOverdue")
        .complete("Task_FollowUpDecision", LEGAL_USER, REMINDER_COMMENT, "已电话询问复议机关");
    assertThat(reconsideration).isWaitingAt(TASK_RECORD_DECISION);

    today(LocalDate.of(2026, 4, 20));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-04-17",
        CORRECTED_DUE_ON, "2026-05-20");

    assertThat(reconsideration).isEnded().hasPassed("Boundary_ReconsiderationDecided",
        SERVICE_REOPEN_REQUEST, "EndEvent_Corrected").hasPassed("EndEvent_DecisionFollowedUp");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-05-20");
    Assertions.assertThat(scenario.request.variable(REOPEN_REASON)).isEqualTo("行政复议决定撤销");
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("IN_PROGRESS");
    assertCounted(0, 1, 0, 0);
    // ADR 0044: the register keeps the date the decision set, and the reply made anew cites it.
    Assertions.assertThat(appeals.of(trackingNumber).get(0).correctedDueOn())
        .isEqualTo(LocalDate.of(2026, 5, 20));
    // The audit trail shows it with the decision.
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> "APPEAL".equals(entry.kind())).singleElement()
        .satisfies(entry -> Assertions.assertThat(entry.detail())
            .contains("审结于2026年4月17日；案号 示复〔2026〕7号；重新答复期限 2026年5月20日")
            .doesNotContain("未登记"));
    Assertions.assertThat(ProcessTestEngine.bean(engine, "replyLetter", ReplyLetter.class)
            .draft(trackingNumber, OutcomeCode.DISCLOSED, false))
        .contains("2026年4月17日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），撤销本机关于",
            "，并责令本机关于2026年5月20日前重新作出答复。经重新审查，现重新答复如下：");

    // The new round's draft outcome is not read into the earlier delivery and closing: they
    // keep the outcome they had, the first closing's (audit round 29, F9). Before, they read
    // （四）无法提供 for the 予以公开 reply delivered in February.
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2019年某专项检查记录", "NONEXISTENT")));
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("IN_PROGRESS");
    String delivered = "答复类型 " + io.github.ogiworkflow.audit.FormLabels.outcome("1");
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> entry.dateOnly()
            && ("DELIVERY".equals(entry.kind()) || "CLOSED".equals(entry.kind())))
        .isNotEmpty().allSatisfy(entry -> Assertions.assertThat(entry.outcome())
            .isEqualTo(delivered));
  }

  /**
   * Handbook §3: "A correction reopens the request: a new reply decision with a fresh
   * deadline" — every time. The applicant's reconsideration of the reply given after a first
   * reopening is corrected as well: the request is reopened again, properly (ADR 0045): it
   * leaves the appeal window for 办理与答复, gets the second decision's deadline and reason, the
   * second round's items are superseded like the first's, and the third round starts with none.
   */
  @Test
  void aCorrectionAfterTheRequestWasReopenedOnceReopensItAgain() {
    String trackingNumber = scenario.deliveredCase(false);
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);

    // Second round: searched, answered and delivered again on Tue 10 Mar.
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚决定书目录", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(LocalDate.of(2026, 3, 10));
    scenario.request.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-10");
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);

    // The applicant's reconsideration of the second reply, corrected on Fri 20 Mar.
    today(LocalDate.of(2026, 3, 11));
    ProcessInstance second = scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "示复〔2026〕12号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-03-11", SERVED_ON, "2026-03-11", PROCEDURE, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-03-11");
    today(LocalDate.of(2026, 3, 20));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-03-20");

    assertThat(second).isEnded().hasPassed(SERVICE_REOPEN_REQUEST, "EndEvent_Corrected");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    // Fri 20 Mar + 20 working days: 23–27 = 5, 30 Mar–3 Apr = 10, 7–10 Apr (4–6 off) = 14,
    // 13–17 = 19, Mon 20 Apr = 20.
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-04-20");
    Assertions.assertThat(scenario.request.variable(REOPEN_REASON)).isEqualTo("行政复议决定责令履行");
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("IN_PROGRESS");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).count()).isEqualTo(1);
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::result)
        .containsExactly("CORRECTED", "CORRECTED");
    Assertions.assertThat(ProcessTestEngine.bean(engine, "itemRegister",
            io.github.ogiworkflow.register.ItemRegister.class).of(trackingNumber)).isEmpty();
  }


  /**
   * Handbook §3, ADR 0044: the reply made anew after a correction opens by naming the decision,
   * from the appeal register: the body, its date, its 案号, what it decided and the reply it
   * revoked by date and 文号 (no tracking number in the document). An edit that drops that
   * sentence is refused on replyLetterText; one that rewords the rest is accepted.
   */
  @Test
  void theReplyMadeAnewNamesTheDecisionThatCorrectedTheAgency() {
    String trackingNumber = scenario.deliveredCase(false);
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    Letters.Letter first = replies(letters, trackingNumber).get(0);
    Assertions.assertThat(first.body()).contains("经审查，现答复如下：")
        .doesNotContain("行政复议决定", "重新答复");
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-02-27");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);

    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item(
        "2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站“统计数据”栏目")));
    String reference = "2026年2月27日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），"
        + "撤销本机关于2026年2月10日作出的《政府信息公开申请答复书》（" + first.documentNumber()
        + "）。";
    String draft = (String) scenario.request.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(draft).contains("申请获取“" , "”。" + reference
        + "经重新审查，现重新答复如下：").doesNotContain("经审查，现答复如下：", "前重新作出答复");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).correctedDueOn()).isNull();
    // No date in the register (none set, or a decision recorded before V31 kept it): the audit
    // trail says so in words, and the letter cites none (ADR 0044).
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> "APPEAL".equals(entry.kind())).singleElement()
        .satisfies(entry -> Assertions.assertThat(entry.detail()).endsWith(
            "；重新答复期限：未登记（决定未指定，或该决定登记时系统尚不保存此项；重新办理的期限以本案答复期限为准）"));

    assertThatThrownBy(() -> scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER,
        CHARGE_FEE, false, REPLY_LETTER_TEXT, draft.replace(reference, "")))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REPLY_LETTER_TEXT + " lacks")
        .hasMessageContaining("重新答复所依据的复议决定或判决“" + reference + "”")
        .hasMessageNotContaining("救济途径").hasMessageNotContaining("称谓");
    assertThat(scenario.request.instance).isWaitingAt(TASK_EDIT_REPLY);

    scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
            REPLY_LETTER_TEXT, draft.replace("经重新审查，现重新答复如下：", "本机关依法重新办理，现答复如下：")
                .replace("\n", "\r\n"))
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
            DELIVERED_ON, "2026-03-02");
    Letters.Letter again = replies(letters, trackingNumber).get(1);
    String document = LetterDocuments.text(letters.file(trackingNumber, again.id())
        .orElseThrow().bytes());
    Assertions.assertThat(document).contains(reference + "本机关依法重新办理，现答复如下：")
        .doesNotContain(trackingNumber);
  }

  /**
   * Audit 30b F2 (handbook §7 table 四, §3): the reply made anew is a new act. Delivered on the
   * day of the decision that revoked the first, a suit against it does not follow that
   * reconsideration: it is 未经复议直接起诉 (six months, ALL Art. 46), not 复议后起诉 (15 days,
   * Art. 45). Before the new reply the same suit would follow the decision.
   */
  @Test
  void aSuitAgainstTheReplyMadeAnewOnTheDayOfTheDecisionIsADirectSuit() {
    String trackingNumber = scenario.deliveredCase(false);
    AppealWindow window = ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class);
    revokedOnReconsideration(trackingNumber, "示复〔2026〕7号", RECEIVED, LocalDate.of(2026, 3, 2));
    // Positive control: against the revoked reply (no new one yet) a suit follows the decision.
    Assertions.assertThat(window.reconsiderationSuitFollows(trackingNumber,
        AppealWindow.Filer.APPLICANT)).isPresent();

    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item(
        "2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站“统计数据”栏目")));
    scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
            REPLY_LETTER_TEXT, scenario.request.variable(REPLY_LETTER_TEXT))
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, "2026-03-02");

    Assertions.assertThat(window.reconsiderationSuitFollows(trackingNumber,
        AppealWindow.Filer.APPLICANT)).isEmpty();
    Assertions.assertThat(window.checkAfterReconsideration(trackingNumber,
        AppealWindow.Filer.APPLICANT, false)).isEmpty();
  }

  /**
   * Handbook §3, ADR 0044: a reopened round may end without a reply. Here the applicant does not
   * pay the fee of the new round (6.2, Art. 42): the termination notice names the decision that
   * reopened the case in the same sentence the reply made anew would, with the date the decision
   * set for the new reply, from the register. The decision sets no date here: a round bound by
   * an ordered date takes no fee (ADR 0108), and 20 working days from the decision run instead.
   */
  @Test
  void aReopenedCaseClosedByATerminationNoticeNamesTheDecision() {
    String trackingNumber = scenario.deliveredCase(false);
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    Letters.Letter first = replies(letters, trackingNumber).get(0);
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-02-27");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).correctedDueOn()).isNull();
    Assertions.assertThat(cases.orderedDueOn(trackingNumber)).isEmpty();

    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 250)
        .complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2026-03-02");
    today(LocalDate.of(2026, 4, 20));
    scenario.request.fireTimer(TIMER_PAYMENT_DEADLINE)
        .complete(TASK_CONFIRM_UNPAID, OFFICE_USER, UNPAID_DECISION, "CLOSE",
            UNPAID_COMMENT, "电话联系申请人，申请人表示不再缴费");

    Assertions.assertThat(cases.get(trackingNumber).outcomeCode()).isEqualTo("6.2");
    Letters.Letter notice = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.TERMINATION_NOTICE).findFirst().orElseThrow();
    String reference = "2026年2月27日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），"
        + "撤销本机关于2026年2月10日作出的《政府信息公开申请答复书》（" + first.documentNumber()
        + "）。";
    Assertions.assertThat(notice.body()).contains("”。" + reference + "本机关于2026年3月2日",
        "第四十二条", "本机关不再处理该政府信息公开申请").doesNotContain(trackingNumber + "）\n本");
  }

  /**
   * A reconsideration decided 维持 corrects nothing: the reply the server would draft for the
   * case names no decision, and an edit need keep none.
   */
  @Test
  void aReplyWithoutACorrectionNamesNoDecision() {
    String trackingNumber = scenario.deliveredCase(false);
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10")
        .complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
            DECIDED_ON, "2026-02-10");
    ReplyLetter replyLetter = ProcessTestEngine.bean(engine, "replyLetter", ReplyLetter.class);

    Assertions.assertThat(replyLetter.draft(trackingNumber, OutcomeCode.DISCLOSED, false))
        .contains("”。经审查，现答复如下：").doesNotContain("行政复议决定", "重新答复", "示复〔2026〕7号");
    Assertions.assertThat(replyLetter.requiredParts(trackingNumber, OutcomeCode.DISCLOSED, false))
        .extracting(ReplyLetter.RequiredPart::name)
        .doesNotContain("重新答复所依据的复议决定或判决");
  }

  private static java.util.List<Letters.Letter> replies(Letters letters, String trackingNumber) {
    return letters.of(trackingNumber).stream().filter(l -> l.kind() == LetterKind.REPLY).toList();
  }

  @Test
  void anotherResultNeedsItsKindAndIsRecorded() {
    String trackingNumber = scenario.deliveredCase(false);
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");

    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER,
        APPEAL_RESULT, "OTHER", APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-02-10"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("与结果不符");
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER,
        APPEAL_RESULT, "OTHER", APPEAL_RESULT_DETAIL, "DISMISSED", DECIDED_ON, "2026-02-11"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不能晚于今天");
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "OTHER",
        APPEAL_RESULT_DETAIL, "DISMISSED", DECIDED_ON, "2026-02-10");

    Assertions.assertThat(appeals.of(trackingNumber).get(0).resultDetail()).isEqualTo("DISMISSED");
    assertCounted(0, 0, 1, 0);
  }

  @Test
  void aFilingThatDoesNotFitTheCaseIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> file("YSQ-2026-999999", "SIMPLIFIED"))
        .isInstanceOf(UnknownCase.class).hasMessageContaining("不存在");
    // A request not replied to yet is no conflict: its failure to reply may be appealed
    // (ADR 0081, OverdueAppealScenarioTest).
  }

  /**
   * ADR 0072: a refusal names the field as the form being submitted labels it, not by its
   * shortest label on any form: the further parties are 共同申请人 on the filing (共同原告, the
   * shortest, is a lawsuit's word) and 共同申请人或共同原告 on the drafting task.
   */
  @Test
  void aRefusalNamesTheFieldAsTheSubmittedFormLabelsIt() {
    String trackingNumber = scenario.deliveredCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕7号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-10", SERVED_ON, "2026-02-10", PROCEDURE, "SIMPLIFIED",
        CO_APPELLANTS, "某".repeat(4001)))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CO_APPELLANTS)
        .hasMessageContaining("（共同申请人不得超过4000个字");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();
    ProcessInstance reconsideration = file(trackingNumber, "SIMPLIFIED");
    assertThatThrownBy(() -> scenario.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER,
        ANSWER_TEXT, "被申请人已依法答复，事实清楚。", CO_APPELLANTS, "某".repeat(4001)))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CO_APPELLANTS)
        .hasMessageContaining("（共同申请人或共同原告不得超过4000个字");
    assertThat(reconsideration).isWaitingAt(TASK_DRAFT_ANSWER);
  }

  /**
   * Audit round 30, F1: the agency does not decide a reconsideration of its own reply (ARL Art.
   * 24): its own name as the 复议机关, however written (ADR 0068), is refused on the field and
   * nothing is recorded, so no 行政复议答复书 ends 此致 the agency. A body other than the one the
   * reply letters name (示范市人民政府) is recorded with a warning, not refused: the applicant
   * may have chosen another competent body; the usual body, written with a full-width space,
   * gets none.
   */
  @Test
  void theAgencyItselfIsNoReconsiderationBodyAndAnotherBodyIsWarnedAbout() {
    String trackingNumber = scenario.deliveredCase(false);
    for (String agency : List.of(ProcessTestEngine.AGENCY, "示范市 市场监督管理局。",
        "示范市市场监督管理局(本机关)")) {
      assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
          TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示市监复〔2026〕99号", APPEAL_BODY, agency,
          FILED_ON, "2026-02-10", SERVED_ON, "2026-02-10", PROCEDURE, "SIMPLIFIED"))
          .as(agency).isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY)
          .hasMessageContaining("复议机关不能是本机关");
    }
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();

    ProcessInstance other = scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕9号",
        APPEAL_BODY, "福建省市场监督管理局", FILED_ON, "2026-02-10", SERVED_ON, "2026-02-10",
        PROCEDURE, "SIMPLIFIED");
    assertThat(other).isWaitingAt(TASK_DRAFT_ANSWER);
    String warning = appeals.filingWarning(appeals.of(trackingNumber).get(0).id());
    Assertions.assertThat(warning).contains("ARL Art. 24",
        "复议机关“福建省市场监督管理局”不是本机关答复书告知的复议机关“示范市人民政府”", "请核对");
    Assertions.assertThat(engine.getRuntimeService().getVariable(other.getId(),
        FILING_WARNING_TEXT).toString()).startsWith("复议机关“福建省市场监督管理局”");

    String usual = scenario.deliveredCase(false);
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, usual,
        DOCKET_NO, "示复〔2026〕10号", APPEAL_BODY, "示范市 人民政府", FILED_ON, "2026-02-10",
        SERVED_ON, "2026-02-10", PROCEDURE, "SIMPLIFIED");
    Assertions.assertThat(appeals.filingWarning(appeals.of(usual).get(0).id())).isNull();
  }

  @Test
  void onlyOneReconsiderationAtATimeAndNoFilingFromTheFuture() {
    String trackingNumber = scenario.deliveredCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "1", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-11", PROCEDURE, "SIMPLIFIED"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("申请复议日期不能晚于今天");
    // Nor from before the request itself came in: a typing error.
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "1", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-01-05", PROCEDURE, "SIMPLIFIED"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("申请复议日期不能早于政府信息公开申请的收到日期");
    file(trackingNumber, "SIMPLIFIED");
    assertThatThrownBy(() -> file(trackingNumber, "ORDINARY"))
        .isInstanceOf(AppealConflict.class).hasMessageContaining("尚未审结");
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(1);
  }

  /**
   * Issue 14, point 9: a reconsideration filed after its 60 days is recorded, with a warning
   * (ARL Art. 20: the body decides); on the last day there is none. The period runs from the
   * applicant's receipt: reply delivered (posted) and received Tue 10 Feb 2026 → the 60th day
   * is Sat 11 Apr (18 days left in Feb + 31 in Mar + 11), a day off, so the period ends on Mon
   * 13 Apr (CPL Art. 85 via ARL Art. 88), and so does the window of a refusal.
   */
  @Test
  void aLateReconsiderationIsRecordedWithAWarningNotRefused() {
    String onTime = scenario.deliveredCase(false);
    String late = scenario.deliveredCase(false);
    today(LocalDate.of(2026, 4, 14));

    ProcessInstance lastDay = fileOn(onTime, "2026-04-13");
    assertThat(lastDay).isWaitingAt(TASK_DRAFT_ANSWER);
    Assertions.assertThat(appeals.filingWarning(appeals.of(onTime).get(0).id())).isNull();

    ProcessInstance afterIt = fileOn(late, "2026-04-14");
    assertThat(afterIt).isWaitingAt(TASK_DRAFT_ANSWER);
    Assertions.assertThat(appeals.of(late)).hasSize(1);
    String warning = appeals.filingWarning(appeals.of(late).get(0).id());
    Assertions.assertThat(warning).contains("ARL Art. 20", "2026-04-14", "2026-02-10",
        "《行政复议法》第二十条", "是否受理由复议机关决定");
    Assertions.assertThat(scenario.engine.getRuntimeService().getVariable(afterIt.getId(),
        FILING_WARNING_NOTE)).isEqualTo(warning);
  }

  /**
   * A refusal delivered Tue 10 Feb 2026: the case closes for good when its 60 days have run,
   * on Mon 13 Apr, not on the counted Sat 11 Apr (CPL Art. 85); the timer fires after it.
   */
  @Test
  void theCloseForGoodDayOfARefusalMovesOffTheWeekend() {
    scenario.deliveredCase(true);
    Assertions.assertThat(engine.getRuntimeService().getVariable(
        scenario.request.instance.getId(), APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-04-13");
    Assertions.assertThat(scenario.request.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0)
        .getDuedate()).isEqualTo(OfficeTime.after(LocalDate.of(2026, 4, 13)));
  }

  /**
   * A decision dated before the agency submitted its answer is recorded with a warning, not
   * refused: the body need not wait for an answer not submitted within its period (ARL 2023
   * Art. 48, 70), so the date may be true. Dated in the future or before the appeal was served,
   * it is refused. Served Tue 10 Feb, answer due Tue 24 Feb, submitted late on Mon 2 Mar; the
   * decision is dated Fri 27 Feb.
   */
  @Test
  void aDecisionDatedBeforeTheAnswerWasSubmittedIsRecordedWithAWarning() {
    String trackingNumber = scenario.deliveredCase(false);
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    today(LocalDate.of(2026, 3, 2));
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-03-02");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.request.complete(
        TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-03-03"))
        .hasMessageContaining("决定或判决日期不能晚于今天");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.request.complete(
        TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-02-09"))
        .hasMessageContaining("决定或判决日期不能早于收到日期");
    long id = appeals.of(trackingNumber).get(0).id();
    Assertions.assertThat(appeals.get(id).pending()).isTrue();

    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-02-27");
    Assertions.assertThat(appeals.get(id).decidedOn()).isEqualTo(LocalDate.of(2026, 2, 27));
    Assertions.assertThat(appeals.decisionWarning(id))
        .startsWith("Decided on 2026-02-27, before the agency's answer was submitted on 2026-03-02")
        .contains("复议决定日期2026年2月27日早于本机关提交答复书的日期2026年3月2日",
            "《行政复议法》第四十八条、第七十条");
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(e -> e.kind().equals("APPEAL")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.detail())
            .contains("决定日期提示：复议决定日期2026年2月27日早于本机关提交答复书的日期2026年3月2日")
            .doesNotContain("Decided on"));
  }

  /**
   * Audit 37a F1 (ADR 0187): a refusal delivered Tue 10 Feb, its window closed Mon 13 Apr and
   * the case closed for good (终结归档) on Tue 14 Apr. A late reconsideration is filed on Mon 20
   * Apr (the body admits it for 正当理由, ARL Art. 20(2)) and the body revokes the refusal on Mon
   * 11 May. The agency must carry out the decision (ARL Art. 77): the case is reopened in a new
   * round (as a withdrawn case, ADR 0099), 20 working days from the decision, its 终结归档 day
   * cleared; the reconsideration ends counted as 纠正. Before, the decision could not be
   * recorded at all (409 该申请不在救济期间，无法重新办理) and stayed 尚未审结.
   */
  @Test
  void aCorrectionOfACaseClosedForGoodReopensItInANewRound() {
    String trackingNumber = scenario.deliveredCase(true);
    ProcessInstance ended = scenario.request.instance;
    today(LocalDate.of(2026, 4, 14));
    scenario.request.fireTimer(TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(ended).isEnded().hasPassed("Service_CloseForGood");
    Assertions.assertThat(cases.finalOn(trackingNumber)).isEqualTo(LocalDate.of(2026, 4, 14));

    today(LocalDate.of(2026, 4, 20));
    ProcessInstance reconsideration = scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕70号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-04-20", SERVED_ON, "2026-04-20", PROCEDURE, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-04-20");
    assertCounted(0, 0, 0, 1);
    today(LocalDate.of(2026, 5, 11));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-05-11");

    assertThat(reconsideration).isEnded().hasPassed(SERVICE_REOPEN_REQUEST, "EndEvent_Corrected");
    ProcessInstance round = runningRequest(trackingNumber);
    Assertions.assertThat(round).isNotNull();
    Assertions.assertThat(round.getId()).isNotEqualTo(ended.getId());
    scenario.request.instance = round;
    assertThat(round).hasPassed(SERVICE_REOPEN_REQUEST).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(scenario.request.variable(REOPEN_REASON)).isEqualTo("行政复议决定撤销");
    CaseRegister.CaseRecord record = cases.get(trackingNumber);
    Assertions.assertThat(record.status()).isEqualTo("IN_PROGRESS");
    Assertions.assertThat(record.clockStartedOn()).isEqualTo(LocalDate.of(2026, 5, 11));
    Assertions.assertThat(cases.finalOn(trackingNumber)).isNull();
    assertCounted(0, 1, 0, 0);
    AppealRegister.Appeal decided = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(appeals.decisionNotice(decided.id()))
        .contains("2026年4月14日终结归档", "系统已重新开启办理");
  }

  /**
   * Audit 37a F4 (ADR 0187): 确认违法 leaves the reply standing and orders nothing (ARL 2023
   * Art. 65; ALL Art. 74), 变更 replaces it by the body's own decision (ARL Art. 63; ALL Art.
   * 77): neither reopens the request. The reconsideration ends counted as 纠正 in table 四, the
   * case stays delivered in its appeal window with no new reply deadline, and a reply date
   * entered with such a result is refused on the field. Before, the request was reopened with
   * a new 20-working-day deadline and a second reply.
   */
  @Test
  void aDecisionConfirmingTheReplyUnlawfulEndsTheAppealWithoutReopening() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance reconsideration = file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> scenario.correlate("ReconsiderationDecided", trackingNumber,
        APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "CHANGED", DECIDED_ON, "2026-03-02",
        CORRECTED_DUE_ON, "2026-03-30")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(CORRECTED_DUE_ON).hasMessageContaining("变更无需重新答复");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).pending()).isTrue();

    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "CONFIRMED_UNLAWFUL", DECIDED_ON, "2026-03-02");

    assertThat(reconsideration).isEnded();
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("DELIVERED");
    Assertions.assertThat(scenario.request.variable(REOPEN_REASON)).isNull();
    assertCounted(0, 1, 0, 0);
    AppealRegister.Appeal decided = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(decided.resultDetail()).isEqualTo("CONFIRMED_UNLAWFUL");
    Assertions.assertThat(appeals.decisionNotice(decided.id())).contains("确认违法：无需重新答复");
    Assertions.assertThat(appeals.lastReopening(trackingNumber)).isEmpty();
  }

  /**
   * Audit 37a F2 (ADR 0187): a suit after reconsideration runs 15 days from the applicant's
   * receipt of the decision (ALL Art. 45: 自收到复议决定书之日起), not from its date. The refusal's
   * reconsideration is decided (维持) on Mon 6 Apr and received by the applicant on Fri 10 Apr:
   * the suit's last day is Sat 25 Apr, so Mon 27 Apr (CPL Art. 85), and the case is not closed
   * for good before it (its own window ended Mon 13 Apr). A suit filed Fri 24 Apr is in time; one
   * filed Tue 28 Apr is warned about, counted from the receipt. A receipt before the decision or
   * in the future is refused on the field. Before, the 15 days ran from the decision (Tue 21 Apr).
   */
  @Test
  void aSuitAfterReconsiderationRunsFromTheApplicantsReceiptOfTheDecision() {
    String trackingNumber = scenario.deliveredCase(true);
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 4, 10));
    assertThatThrownBy(() -> scenario.correlate("ReconsiderationDecided", trackingNumber,
        APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-04-06", DECISION_RECEIVED_ON,
        "2026-04-05")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(DECISION_RECEIVED_ON).hasMessageContaining("不能早于复议决定日期");
    assertThatThrownBy(() -> scenario.correlate("ReconsiderationDecided", trackingNumber,
        APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-04-06", DECISION_RECEIVED_ON,
        "2026-04-11")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(DECISION_RECEIVED_ON);
    Assertions.assertThat(appeals.of(trackingNumber).get(0).pending()).isTrue();
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-04-06", DECISION_RECEIVED_ON, "2026-04-10");

    today(LocalDate.of(2026, 4, 14));
    scenario.request.fireTimer(TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(scenario.request.variable(APPEAL_WINDOW_CLOSES_ON_TEXT))
        .isEqualTo("2026-04-27");
    Assertions.assertThat(cases.finalOn(trackingNumber)).isNull();
    AppealWindow window = ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class);
    Assertions.assertThat(window.lawsuitWarning(cases.get(trackingNumber), true,
        LocalDate.of(2026, 4, 24))).isNull();
    Assertions.assertThat(window.lawsuitWarning(cases.get(trackingNumber), true,
        LocalDate.of(2026, 4, 28))).contains("自收到复议决定书之日（2026年4月10日）起十五日",
        "《行政诉讼法》第四十五条");
  }

  private ComplianceQueries compliance() {
    return new ComplianceQueries(ProcessTestEngine.jdbc(engine),
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults(),
        ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class), engine,
        ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class));
  }

  /**
   * The applicant's reconsideration filed, served and answered on {@code filedOn}, decided on
   * {@code decidedOn}: the act is revoked (纠正). Today is {@code decidedOn} afterwards.
   */
  private void revokedOnReconsideration(String trackingNumber, String docketNo,
      LocalDate filedOn, LocalDate decidedOn) {
    today(filedOn);
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, docketNo, APPEAL_BODY, "示范市人民政府", FILED_ON, filedOn.toString(),
        SERVED_ON, filedOn.toString(), PROCEDURE, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, filedOn.toString());
    today(decidedOn);
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, decidedOn.toString());
  }

  private ProcessInstance fileOn(String trackingNumber, String filedOn) {
    return scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕8号", APPEAL_BODY, "示范市人民政府", FILED_ON, filedOn,
        SERVED_ON, "2026-04-14", PROCEDURE, "SIMPLIFIED");
  }

  /**
   * ADR 0099 (audit round 27, F2; handbook §3: "A correction reopens the request: a new reply
   * decision with a fresh deadline"): the applicant's withdrawal ended the request (6.3, ADR
   * 0085), then it disputes the termination; the reconsideration body revokes it on Mon 2 Mar.
   * The case is reopened in a new DisclosureRequest instance under its tracking number: the
   * withdrawal is set aside in the register, the case is in handling again with a fresh deadline
   * (20 working days: Mon 30 Mar), office searches anew, and the reply made anew names the
   * decision and the termination notice it revoked. The withdrawal stays the first closing (6.3,
   * which the annual report counts). A retry of the step starts no second round; the withdrawal
   * set aside no longer closes the new round. Before, only a notice was recorded.
   */
  @Test
  void aCorrectionOfACaseClosedByWithdrawalReopensItInANewRound() {
    scenario.request.start(RequestScenario.registration(RECEIVED));
    String trackingNumber = scenario.request.trackingNumber();
    ProcessInstance withdrawn = scenario.request.instance;
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, "2026-02-10", "ORAL", null, OFFICE_USER);
    assertThat(withdrawn).isEnded();
    ProcessInstance reconsideration = file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");

    assertThat(reconsideration).isEnded().hasPassed(SERVICE_REOPEN_REQUEST, "EndEvent_Corrected");
    ProcessInstance round = runningRequest(trackingNumber);
    Assertions.assertThat(round).isNotNull();
    Assertions.assertThat(round.getId()).isNotEqualTo(withdrawn.getId());
    scenario.request.instance = round;
    // Withdrawn while 审查申请内容是否明确 was open: the round is checked again (ADR 0120), its
    // Art. 30 window from the decision (7 working days: Wed 11 Mar).
    assertThat(round).hasPassed(SERVICE_REOPEN_REQUEST).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("REGISTERED");
    Assertions.assertThat(scenario.request.task(TASK_CHECK_COMPLETENESS).getDueDate())
        .isEqualTo(io.github.ogiworkflow.calendar.OfficeTime.endOf(LocalDate.of(2026, 3, 11)));
    scenario.request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "COMPLETE");
    assertThat(round).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    assertThat(round).task().hasCandidateGroup("office");
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-03-30");
    Assertions.assertThat(scenario.request.variable(REOPEN_REASON)).isEqualTo("行政复议决定撤销");
    Assertions.assertThat(scenario.request.variable(APPLICANT_NAME))
        .isEqualTo(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(withdrawn.getId()).variableName(APPLICANT_NAME).singleResult()
            .getValue());
    Assertions.assertThat(scenario.request.variable(REQUEST_WITHDRAWN_ON)).isNull();

    AppealRegister.Appeal decided = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(decided.pending()).isFalse();
    Assertions.assertThat(decided.result()).isEqualTo("CORRECTED");
    Assertions.assertThat(appeals.decisionNotice(decided.id()))
        .contains("因申请人撤回而终止办理", "系统已重新开启办理");
    assertCounted(0, 1, 0, 0);
    CaseRegister.CaseRecord record = cases.get(trackingNumber);
    // 已登记受理 until 登记信息项, as in a first round (checked again, ADR 0120).
    Assertions.assertThat(record.status()).isEqualTo("REGISTERED");
    Assertions.assertThat(record.clockStartedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    Assertions.assertThat(record.dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    CaseRegister.Withdrawal setAside = cases.withdrawal(trackingNumber).orElseThrow();
    Assertions.assertThat(setAside.inForce()).isFalse();
    Assertions.assertThat(setAside.setAsideBy()).isEqualTo(decided.id());
    Assertions.assertThat(setAside.setAsideOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    Assertions.assertThat(setAside.withdrawnOn()).isEqualTo(RECEIVED);
    Assertions.assertThat(cases.withdrawalInForce(trackingNumber)).isEmpty();
    // The server's own start at 重新办理 is no start past the start event (audit 29, F2).
    Assertions.assertThat(compliance().check(RECEIVED, LocalDate.of(2026, 3, 2)).rules().stream()
        .filter(r -> r.id().equals(ComplianceQueries.NOT_STARTED_AT_START_EVENT))
        .flatMap(r -> r.violations().stream())).isEmpty();
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForMap("SELECT process_instance_id,"
        + " first_closed_on, first_outcome_code FROM ogi_case WHERE tracking_number = ?",
        trackingNumber)).containsEntry("PROCESS_INSTANCE_ID", round.getId())
        .containsEntry("FIRST_CLOSED_ON", java.sql.Date.valueOf(RECEIVED))
        .containsEntry("FIRST_OUTCOME_CODE", "6.3");

    // A retry of the step (or a second correction of the withdrawal) starts no second round.
    Assertions.assertThat(ProcessTestEngine.bean(engine, "withdrawnCaseReopening",
            WithdrawnCaseReopening.class).reopen(engine, trackingNumber, decided,
            LocalDate.of(2026, 3, 2), null, "行政复议决定撤销")).isTrue();
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).count()).isEqualTo(1);
    Assertions.assertThat(appeals.decisionNotice(decided.id()))
        .contains("本决定不再另行开启办理");
    // The withdrawal set aside ends nothing: the message sent to the new round is refused.
    assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(
            "ApplicationWithdrawn").processInstanceBusinessKey(trackingNumber).correlate())
        .isInstanceOf(InvalidInput.class).hasMessageContaining("登记簿中没有该申请的撤回记录");
    assertThat(round).isWaitingAt(TASK_SEARCH_AND_SPLIT);

    // The new round answers: the reply made anew names the decision and the revoked notice.
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")));
    Assertions.assertThat((String) scenario.request.variable(REPLY_LETTER_TEXT)).contains(
        "2026年3月2日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），撤销本机关于"
            + "2026年2月10日作出的《", "终止", "经重新审查，现重新答复如下：");
    scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
            DELIVERED_ON, "2026-03-02");
    assertThat(round).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("DELIVERED");
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForMap("SELECT first_closed_on,"
        + " first_outcome_code FROM ogi_case WHERE tracking_number = ?", trackingNumber))
        .containsEntry("FIRST_CLOSED_ON", java.sql.Date.valueOf(RECEIVED))
        .containsEntry("FIRST_OUTCOME_CODE", "6.3");

    // The applicant's reconsideration of the new reply (served after the withdrawal was set
    // aside) is a correction of the new round: it reopens that round as any case's.
    revokedOnReconsideration(trackingNumber, "示复〔2026〕12号", LocalDate.parse("2026-03-03"),
        LocalDate.parse("2026-03-10"));
    Assertions.assertThat(runningRequest(trackingNumber).getId()).isEqualTo(round.getId());
    assertThat(round).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(cases.get(trackingNumber).clockStartedOn())
        .isEqualTo(LocalDate.of(2026, 3, 10));
    Assertions.assertThat(cases.withdrawal(trackingNumber).orElseThrow().setAsideBy())
        .isEqualTo(decided.id());
  }

  /**
   * ADR 0109 (audit round 29, F7): a request withdrawn while it waited for the applicant's
   * correction (Art. 30) returns there when a correction sets the withdrawal aside, not to the
   * search as if the correction had come. Correction notice Tue 10 Feb (due 9 Mar), withdrawn
   * Thu 12 Feb, the termination revoked Mon 2 Mar: the 补正申请告知书 stands (one notice, Art.
   * 30), the applicant is given 15 working days from the reopening (3–6 Mar = 4, 9–13 = 9,
   * 16–20 = 14, Mon 23 Mar = 15) by a 延长补正期限告知书 saying why, and the reply clock waits for
   * the correction. It arrives Thu 5 Mar: 20 working days from then (6 = 1, 9–13 = 6, 16–20 =
   * 11, 23–27 = 16, 30 Mar–2 Apr = 20), Thu 2 Apr.
   */
  @Test
  void aRequestWithdrawnWhileAwaitingItsCorrectionAwaitsItAgainWhenReopened() {
    scenario.request.start(RequestScenario.registration(RECEIVED))
        .complete(ElementIds.TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
            "CORRECTION", CORRECTION_POINTS, "请写明所需信息的文号。");
    String trackingNumber = scenario.request.trackingNumber();
    assertThat(scenario.request.instance).isWaitingAt(ElementIds.TASK_RECORD_SUPPLEMENT);
    today(LocalDate.of(2026, 2, 12));
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, "2026-02-12", "WRITTEN", null, OFFICE_USER);
    assertThat(scenario.request.instance).isEnded();
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕21号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-12",
        SERVED_ON, "2026-02-12", PROCEDURE, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-12");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");

    ProcessInstance round = runningRequest(trackingNumber);
    scenario.request.instance = round;
    assertThat(round).hasPassed(SERVICE_REOPEN_REQUEST, ElementIds.GATEWAY_REOPENED_AT)
        .isWaitingAt(ElementIds.TASK_RECORD_SUPPLEMENT);
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("AWAITING_CORRECTION");
    Assertions.assertThat(cases.correctionPeriod(trackingNumber).orElseThrow().dueOn())
        .isEqualTo(LocalDate.of(2026, 3, 23));
    Assertions.assertThat(scenario.request.task(ElementIds.TASK_RECORD_SUPPLEMENT).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 23)));
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("补正后重新计算");
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    Assertions.assertThat(letters.of(trackingNumber))
        .filteredOn(letter -> letter.kind() == LetterKind.CORRECTION_NOTICE).hasSize(1);
    Assertions.assertThat(letters.of(trackingNumber))
        .filteredOn(letter -> letter.kind() == LetterKind.CORRECTION_EXTENSION_NOTICE)
        .singleElement().satisfies(letter -> Assertions.assertThat(letter.body()).contains(
            "您于2026年2月12日撤回申请，本机关已终止办理。该终止办理行为已于2026年3月2日经行政复议决定撤销，"
                + "本机关恢复办理该申请，补正申请告知书所列事项仍需补正",
            "补正期限延长至2026年3月23日", "答复期限自本机关收到补正后的申请之日起计算。")
            .doesNotContain("有正当理由", "${"));

    today(LocalDate.of(2026, 3, 5));
    scenario.request.complete(ElementIds.TASK_RECORD_SUPPLEMENT, OFFICE_USER,
        SUPPLEMENT_RECEIVED_ON, "2026-03-05", SUPPLEMENT_STILL_UNCLEAR, false);
    assertThat(round).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    CaseRegister.CaseRecord record = cases.get(trackingNumber);
    Assertions.assertThat(record.status()).isEqualTo("IN_PROGRESS");
    Assertions.assertThat(record.clockStartedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    Assertions.assertThat(record.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
  }

  /**
   * ADR 0120 (as ADR 0111 for the notice): a request withdrawn while it awaited its correction,
   * reopened by a decision that orders the reply by Fri 20 Mar, gets a correction period that
   * ends on the last working day before that date, Thu 19 Mar, not the 15 working days from the
   * reopening (Mon 23 Mar, as above).
   */
  @Test
  void aReopenedCorrectionWaitEndsBeforeTheOrderedDate() {
    scenario.request.start(RequestScenario.registration(RECEIVED))
        .complete(ElementIds.TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
            "CORRECTION", CORRECTION_POINTS, "请写明所需信息的文号。");
    String trackingNumber = scenario.request.trackingNumber();
    today(LocalDate.of(2026, 2, 12));
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, "2026-02-12", "WRITTEN", null, OFFICE_USER);
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕22号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-12",
        SERVED_ON, "2026-02-12", PROCEDURE, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-12");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02",
        CORRECTED_DUE_ON, "2026-03-20");

    ProcessInstance round = runningRequest(trackingNumber);
    scenario.request.instance = round;
    assertThat(round).isWaitingAt(ElementIds.TASK_RECORD_SUPPLEMENT);
    Assertions.assertThat(cases.correctionPeriod(trackingNumber).orElseThrow().dueOn())
        .isEqualTo(LocalDate.of(2026, 3, 19));
    Assertions.assertThat(scenario.request.task(ElementIds.TASK_RECORD_SUPPLEMENT).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 19)));
  }

  /**
   * Audit round 29, F8: an appeal against a withdrawal's 终止办理告知书 cannot be dated before
   * the notice went out. Withdrawn orally on Tue 10 Feb, entered (and the notice issued) Thu 12
   * Feb: a reconsideration filed Wed 11 Feb is refused on 申请复议日期, naming the notice's date,
   * and nothing is recorded; one filed on the 12th is.
   */
  @Test
  void anAppealAgainstAWithdrawalsTerminationNoticeIsNotDatedBeforeIt() {
    scenario.request.start(RequestScenario.registration(RECEIVED));
    String trackingNumber = scenario.request.trackingNumber();
    today(LocalDate.of(2026, 2, 12));
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, "2026-02-10", "ORAL", null, OFFICE_USER);
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕22号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-11", SERVED_ON, "2026-02-12", PROCEDURE, "SIMPLIFIED"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(FILED_ON)
        .hasMessageContaining("申请复议日期不能早于终止办理告知书发出日期2026年2月12日");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(instances);

    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕22号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-12",
        SERVED_ON, "2026-02-12", PROCEDURE, "SIMPLIFIED");
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::docketNo)
        .containsExactly("示复〔2026〕22号");
  }

  /**
   * Audit round 29: a withdrawal entered after the reply deadline had passed, then set aside by a
   * correction. 合规检查's 撤回前已逾期未答复 keeps the failure, but says the withdrawal was set
   * aside and where the case stands now (the new round and its deadline), not as if the
   * withdrawal still ended the case. Before, the line read as for a withdrawal in force.
   */
  @Test
  void aLateWithdrawalSetAsideShowsTheCurrentRound() {
    scenario.request.start(RequestScenario.registration(RECEIVED));
    String trackingNumber = scenario.request.trackingNumber();
    LocalDate dueOn = cases.get(trackingNumber).dueOn();
    LocalDate withdrawnOn = dueOn.plusDays(3);
    today(withdrawnOn);
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, withdrawnOn.toString(), "WRITTEN", null, OFFICE_USER);
    LocalDate decidedOn = withdrawnOn.plusDays(7);
    revokedOnReconsideration(trackingNumber, "示复〔2026〕31号", withdrawnOn, decidedOn);
    Assertions.assertThat(runningRequest(trackingNumber)).isNotNull();
    LocalDate newDue = cases.get(trackingNumber).dueOn();

    Assertions.assertThat(compliance().check(RECEIVED, decidedOn).rules().stream()
        .filter(r -> r.id().equals(ComplianceQueries.OVERDUE_BEFORE_WITHDRAWAL))
        .flatMap(r -> r.violations().stream())
        .filter(v -> v.trackingNumber().equals(trackingNumber)))
        .singleElement().satisfies(v -> Assertions.assertThat(v.detail()).contains(
            "申请人撤回申请（" + io.github.ogiworkflow.letter.CaseLetters.chinese(withdrawnOn) + "）",
            "；该撤回已因" + io.github.ogiworkflow.letter.CaseLetters.chinese(decidedOn)
                + "的复议决定或判决纠正，重新办理；正在重新办理，本次答复期限"
                + io.github.ogiworkflow.letter.CaseLetters.chinese(newDue)));

    // The reopening the decision caused is labelled as what the system did with it, not as a
    // remark on the decision's date (audit round 29); that label stays for a date warning.
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(e -> e.kind().equals("APPEAL")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.detail())
            .contains("决定执行情况：该申请已于" + io.github.ogiworkflow.letter.CaseLetters.chinese(
                withdrawnOn) + "因申请人撤回而终止办理", "系统已重新开启办理")
            .doesNotContain("决定日期提示", "The case closed"));

    // The round's 重新办理 step shows the reopening, not another step's 审查结论 (the reset of
    // the round sets completenessDecision; audit round 29).
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(e -> e.activity().equals("重新办理")).isNotEmpty()
        .allSatisfy(e -> Assertions.assertThat(e.outcome() + e.comment() + e.detail())
            .doesNotContain("审查结论", "申请内容明确"));

    // The applicant's status page marks the termination notice as revoked by the decision.
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    java.util.List<Letters.Letter> issued = letters.of(trackingNumber);
    Letters.Letter notice = issued.stream()
        .filter(l -> l.kind() == LetterKind.TERMINATION_NOTICE).findFirst().orElseThrow();
    // The withdrawal as the page's one read of the register row has it.
    Assertions.assertThat(io.github.ogiworkflow.publicapi.SetAsideLetters.notes(issued,
        cases.applicantStatus(trackingNumber).orElseThrow().withdrawal(), cases, appeals,
        trackingNumber)).containsOnlyKeys(notice.id()).extractingByKey(notice.id())
        .asString().startsWith("已撤销：本告知书已被"
            + io.github.ogiworkflow.letter.CaseLetters.chinese(decidedOn)
            + "的行政复议决定（案号：示复〔2026〕31号）撤销，本机关已重新办理您的申请");
  }

  /**
   * ADR 0105: the applicant withdraws the round a correction opened. Withdrawn on 10 Feb, the
   * withdrawal revoked on 2 Mar (a new round, ADR 0099), withdrawn again on 5 Mar: the round
   * ends as the first did (6.3, a 终止办理告知书 naming the decision), the register keeps both
   * withdrawals (the earlier one moved to ogi_earlier_withdrawal, still set aside by the
   * decision) and the first closing (10 Feb, 6.3) stays the one the report counts; a third
   * withdrawal in that round is 409. A reconsideration served after the second withdrawal and
   * corrected on 20 Mar reopens the case again (a third round); the decision of 2 Mar, recorded
   * again, reopens nothing.
   */
  @Test
  void theApplicantMayWithdrawTheRoundACorrectionOpened() {
    // Found clear before the withdrawal: the reopened round goes on to the search (ADR 0120).
    scenario.request.start(RequestScenario.registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String trackingNumber = scenario.request.trackingNumber();
    var withdrawals = ProcessTestEngine.bean(engine, "withdrawals",
        io.github.ogiworkflow.intake.Withdrawals.class);
    withdrawals.record(engine, trackingNumber, "2026-02-10", "WRITTEN", null, OFFICE_USER);
    file(trackingNumber, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");
    AppealRegister.Appeal first = appeals.of(trackingNumber).get(0);
    ProcessInstance round = runningRequest(trackingNumber);
    assertThat(round).isWaitingAt(TASK_SEARCH_AND_SPLIT);

    today(LocalDate.of(2026, 3, 5));
    withdrawals.record(engine, trackingNumber, "2026-03-05", "ORAL", "已通过其他途径获取",
        OFFICE_USER);

    assertThat(round).isEnded().hasPassed("EndEvent_Withdrawn");
    Assertions.assertThat(runningRequest(trackingNumber)).isNull();
    CaseRegister.CaseRecord record = cases.get(trackingNumber);
    Assertions.assertThat(record.status()).isEqualTo("CLOSED");
    Assertions.assertThat(record.outcomeCode()).isEqualTo("6.3");
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForMap("SELECT closed_on,"
        + " first_closed_on, first_outcome_code FROM ogi_case WHERE tracking_number = ?",
        trackingNumber)).containsEntry("CLOSED_ON", java.sql.Date.valueOf("2026-03-05"))
        .containsEntry("FIRST_CLOSED_ON", java.sql.Date.valueOf(RECEIVED))
        .containsEntry("FIRST_OUTCOME_CODE", "6.3");
    CaseRegister.Withdrawal latest = cases.withdrawal(trackingNumber).orElseThrow();
    Assertions.assertThat(latest.inForce()).isTrue();
    Assertions.assertThat(latest.withdrawnOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    Assertions.assertThat(latest.form()).isEqualTo("ORAL");
    Assertions.assertThat(latest.roundStartedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    Assertions.assertThat(cases.earlierWithdrawals(trackingNumber)).singleElement()
        .satisfies(earlier -> {
          Assertions.assertThat(earlier.withdrawnOn()).isEqualTo(RECEIVED);
          Assertions.assertThat(earlier.form()).isEqualTo("WRITTEN");
          Assertions.assertThat(earlier.setAsideBy()).isEqualTo(first.id());
          Assertions.assertThat(earlier.setAsideOn()).isEqualTo(LocalDate.of(2026, 3, 2));
          Assertions.assertThat(earlier.inForce()).isFalse();
        });
    // The second round's 终止办理告知书 confirms the withdrawal and names the decision first.
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    java.util.List<Letters.Letter> notices = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.TERMINATION_NOTICE).toList();
    Assertions.assertThat(notices).hasSize(2);
    Assertions.assertThat(LetterDocuments.text(letters.file(trackingNumber,
        notices.get(1).id()).orElseThrow().bytes())).contains("2026年3月2日，示范市人民政府作出"
        + "行政复议决定（案号：示复〔2026〕7号），撤销本机关于2026年2月10日作出的《", "2026年3月5日");
    // One withdrawal per round: the one in force refuses another.
    assertThatThrownBy(() -> withdrawals.record(engine, trackingNumber, "2026-03-05", "WRITTEN",
        null, OFFICE_USER)).isInstanceOf(io.github.ogiworkflow.intake.Withdrawals.Refused.class)
        .hasMessageContaining("该申请已于2026年3月5日撤回，不能再次登记撤回");
    Assertions.assertThat(cases.earlierWithdrawals(trackingNumber)).hasSize(1);

    // The decision of 2 Mar, recorded again, finds its reopening answered: nothing reopens.
    Assertions.assertThat(ProcessTestEngine.bean(engine, "withdrawnCaseReopening",
            WithdrawnCaseReopening.class).reopen(engine, trackingNumber, first,
            LocalDate.of(2026, 3, 2), null, "行政复议决定撤销")).isTrue();
    Assertions.assertThat(runningRequest(trackingNumber)).isNull();
    Assertions.assertThat(cases.withdrawal(trackingNumber).orElseThrow().inForce()).isTrue();

    // A reconsideration of the second withdrawal's notice, corrected: a third round.
    revokedOnReconsideration(trackingNumber, "示复〔2026〕21号", LocalDate.parse("2026-03-06"),
        LocalDate.parse("2026-03-20"));
    AppealRegister.Appeal second = appeals.of(trackingNumber).stream()
        .filter(a -> "示复〔2026〕21号".equals(a.docketNo())).findFirst().orElseThrow();
    ProcessInstance third = runningRequest(trackingNumber);
    assertThat(third).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(third.getId()).isNotEqualTo(round.getId());
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("IN_PROGRESS");
    Assertions.assertThat(cases.withdrawal(trackingNumber).orElseThrow().setAsideBy())
        .isEqualTo(second.id());
    Assertions.assertThat(cases.earlierWithdrawals(trackingNumber)).hasSize(1);
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForMap("SELECT first_closed_on,"
        + " first_outcome_code FROM ogi_case WHERE tracking_number = ?", trackingNumber))
        .containsEntry("FIRST_CLOSED_ON", java.sql.Date.valueOf(RECEIVED))
        .containsEntry("FIRST_OUTCOME_CODE", "6.3");
    // Two withdrawals set aside, two rounds started at 重新办理: neither is listed as a start
    // past the start event (audit 29, F2).
    Assertions.assertThat(compliance().check(RECEIVED, LocalDate.of(2026, 3, 20)).rules()
        .stream().filter(r -> r.id().equals(ComplianceQueries.NOT_STARTED_AT_START_EVENT))
        .flatMap(r -> r.violations().stream())).isEmpty();
  }

  /**
   * ADR 0099: a reconsideration against the failure to reply is pending when the applicant
   * withdraws: the withdrawal warns of it; the order to act that follows reopens the request as
   * a correction does (a new reply decision, the deadline 20 working days from the decision).
   */
  @Test
  void aWithdrawalWithAPendingReconsiderationWarnsAndTheOrderToActReopensIt() {
    // Found clear before the withdrawal: the reopened round goes on to the search (ADR 0120).
    scenario.request.start(RequestScenario.registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String trackingNumber = scenario.request.trackingNumber();
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕8号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10",
        SERVED_ON, "2026-02-10", PROCEDURE, "SIMPLIFIED");
    var warning = ProcessTestEngine.bean(engine, "withdrawalAppealWarning",
        io.github.ogiworkflow.intake.WithdrawalAppealWarning.class);
    Assertions.assertThat(warning.warning(trackingNumber)).contains("示复〔2026〕8号", "须重新办理");
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, "2026-02-10", "WRITTEN", null, OFFICE_USER);
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-03-02");

    AppealRegister.Appeal decided = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(decided.pending()).isFalse();
    Assertions.assertThat(appeals.decisionNotice(decided.id())).contains("系统已重新开启办理");
    Assertions.assertThat(warning.warning(trackingNumber)).isNull();
    ProcessInstance round = runningRequest(trackingNumber);
    assertThat(round).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(cases.get(trackingNumber).dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    Assertions.assertThat(cases.get(trackingNumber).status()).isEqualTo("IN_PROGRESS");
  }

  /**
   * ADR 0105 (completing 0099): the reply of the round an order to reply opened on a withdrawn
   * request names the order, as a reply made anew after any correction does (ADR 0044): the
   * decision against the failure to reply set the withdrawal aside. The audit trail names the
   * decision's step as the reopening it was, not 责令答复（…不重新办理）.
   */
  @Test
  void theReplyAfterAnOrderToReplyOnAWithdrawnRequestNamesTheOrder() {
    // Found clear before the withdrawal: the reopened round goes on to the search (ADR 0120).
    scenario.request.start(RequestScenario.registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String trackingNumber = scenario.request.trackingNumber();
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕8号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10",
        SERVED_ON, "2026-02-10", PROCEDURE, "SIMPLIFIED");
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, "2026-02-10", "WRITTEN", null, OFFICE_USER);
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-10");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-03-02");
    Assertions.assertThat(appeals.of(trackingNumber).get(0).againstNonReply()).isTrue();
    scenario.request.instance = runningRequest(trackingNumber);

    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")));
    Assertions.assertThat((String) scenario.request.variable(REPLY_LETTER_TEXT)).contains(
        "2026年3月2日，示范市人民政府作出行政复议决定（案号：示复〔2026〕8号），责令本机关就您的"
            + "政府信息公开申请依法重新作出答复。经重新审查，现重新答复如下：");

    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
            .entries()).extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::activity)
        .contains("重新办理申请", "已纠正，重新办理").doesNotContain("责令答复（逾期未作答复，不重新办理）");
  }

  /**
   * ADR 0136: a reply signed with its fee notice (先签发、后编号) and never served is recorded
   * void when the applicant withdraws; a reconsideration then revokes the termination (纠正)
   * and the request is answered anew. The void reply stays void with its reason; the new round
   * signs and serves a new reply under a new 文号; the trail says so.
   */
  @Test
  void aReplyRecordedVoidStaysVoidWhenACorrectionReopensTheCase() {
    scenario.request.startWithItems(RequestScenario.registration(RECEIVED),
            items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150)
        .complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2026-02-10");
    String trackingNumber = scenario.request.trackingNumber();
    ReplyLetterRegister replies = ProcessTestEngine.bean(engine, "replyLetterRegister",
        ReplyLetterRegister.class);
    String voided = replies.latest(trackingNumber).orElseThrow().documentNumber();
    today(LocalDate.of(2026, 2, 26));
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, trackingNumber, "2026-02-26", "WRITTEN", "不愿缴纳信息处理费", OFFICE_USER);
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕9号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-26",
        SERVED_ON, "2026-02-26", PROCEDURE, "SIMPLIFIED");
    draftAndApprove("APPROVE");
    scenario.request.complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-26");
    today(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");
    ProcessInstance round = runningRequest(trackingNumber);
    scenario.request.instance = round;
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, "2026-03-02");

    // The void reply stays void as recorded; the new round signed and served another number.
    List<ReplyLetterRegister.IssuedReply> issued = replies.issuedOf(trackingNumber);
    Assertions.assertThat(issued).hasSize(2);
    Assertions.assertThat(issued.get(0).documentNumber()).isEqualTo(voided);
    Assertions.assertThat(issued.get(0).voidedOn()).isEqualTo(LocalDate.of(2026, 2, 26));
    Assertions.assertThat(issued.get(0).voidReason()).isEqualTo("已签发未送达，申请人撤回申请");
    String served = issued.get(1).documentNumber();
    Assertions.assertThat(served).isNotEqualTo(voided).matches(".*答〔2026〕\\d+号");
    Assertions.assertThat(issued.get(1).voidedOn()).isNull();
    // The trail: the void with its issue day and reason, the withdrawal it followed marked as
    // set aside, and only the new reply as a letter sent.
    List<io.github.ogiworkflow.audit.CaseTimeline.Entry> trail = ProcessTestEngine
        .timeline(engine).of(trackingNumber).orElseThrow().entries();
    Assertions.assertThat(trail).filteredOn(e -> e.kind().equals("VOID")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.detail()).contains("文号 " + voided,
            "2026年2月10日签发", "已签发未送达，申请人撤回申请"));
    Assertions.assertThat(trail).filteredOn(e -> e.kind().equals("WITHDRAWAL")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.detail()).contains("纠正，重新办理"));
    Assertions.assertThat(trail).filteredOn(e -> e.kind().equals("LETTER"))
        .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::detail)
        .anyMatch(d -> d.contains("文号 " + served)).noneMatch(d -> d.contains(voided));

    // The ledger's case page lists the void reply in 文书 with its 作废 mark and no link (it
    // showed only the letters sent: the void reply was missing, its mark with it).
    List<Map<String, Object>> letters = io.github.ogiworkflow.ledger.CaseFile.letters(
        ProcessTestEngine.jdbc(engine), replies, trackingNumber);
    Assertions.assertThat(letters).filteredOn(l -> voided.equals(l.get("documentNumber")))
        .singleElement().satisfies(l -> {
          Assertions.assertThat(l).containsEntry("voided", true)
              .containsEntry("issuedOn", "2026-02-10").doesNotContainKey("path");
          Assertions.assertThat(l.get("voidNote"))
              .isEqualTo("作废（2026年2月26日：已签发未送达，申请人撤回申请）");
        });
    Assertions.assertThat(letters).filteredOn(l -> served.equals(l.get("documentNumber")))
        .singleElement().satisfies(l -> Assertions.assertThat(l)
            .doesNotContainKey("voided").containsKey("path"));
  }

  private ProcessInstance runningRequest(String trackingNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).singleResult();
  }

  private ProcessInstance file(String trackingNumber, String procedure) {
    return scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕7号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10",
        SERVED_ON, "2026-02-10", PROCEDURE, procedure);
  }

  private void draftAndApprove(String approval) {
    scenario.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT,
            "被申请人已依法答复，事实清楚。", EVIDENCE_LIST, "1. 申请表；2. 答复书；3. 送达回证")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, approval,
            ANSWER_APPROVAL_COMMENT, "SEND_BACK".equals(approval) ? "请补充送达证据" : null);
  }
}
