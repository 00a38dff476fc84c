package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.SERVICE_REOPEN_REQUEST;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_DECIDE_AGENCY_APPEAL;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_JOINED_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_JOINED_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_JOINED_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_JUDGMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PLAINTIFF_APPEAL;
import static io.github.ogiworkflow.process.ElementIds.TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_DEFENCE;
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

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
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
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through {@code Litigation} (行政诉讼应诉): defence, approval and send-back, hearing
 * reminder, each judgment, an appeal to the higher court (second instance), the reopening of the
 * request after a correction, and the rule that a refusal goes to reconsideration first.
 */
@Deployment(resources = {
    "processes/litigation.bpmn", "processes/reconsideration.bpmn",
   "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class LitigationScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      1.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW,
      // Deployed for the suit after an overdue reconsideration (audit 37a F3); its paths are
      // ReconsiderationScenarioTest's.
      ProcessKeys.RECONSIDERATION);

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void aDirectSuitWithHearingReminderEndsMaintained() {
    String trackingNumber = scenario.deliveredCase(false);
    AppealRegister.Counts before = appeals.counts(AppealKind.LITIGATION, 2026, false);
    ProcessInstance suit = sue(trackingNumber, false);

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    // Served 10 Feb + 15 calendar days.
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 2, 25)));
    draftAndApprove(TASK_DRAFT_DEFENCE, "SEND_BACK");
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    assertThatThrownBy(() -> scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER,
        SUBMITTED_ON, "2026-02-10", HEARING_ON, "2026-03-10",
        SECOND_INSTANCE_DOCKET_NO, "（2026）示行终1号")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(SECOND_INSTANCE_DOCKET_NO);
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-10", SECOND_INSTANCE_DOCKET_NO, null);
    Assertions.assertThat(scenario.request.timerJobs("Timer_HearingReminder").get(0).getDuedate())
        .isEqualTo(OfficeTime.morningOf(LocalDate.of(2026, 3, 7)));
    scenario.request.fireTimer("Timer_HearingReminder")
        .complete("Task_PrepareHearing", LEGAL_USER, REMINDER_COMMENT, "出庭人员：刘洋");

    today(LocalDate.of(2026, 3, 20));
    scenario.correlate("JudgmentDelivered", trackingNumber, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-03-18");

    // Not final before the plaintiff's appeal period (ALL Art. 85) has passed (ADR 0049).
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL)
        .hasPassed("Boundary_JudgmentDelivered", "EndEvent_HearingPrepared");
    scenario.request.fireTimer(TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED);
    assertThat(suit).isEnded().hasPassed("EndEvent_FirstInstanceFinal")
        .hasNotPassed("EndEvent_JudgmentFinal");
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal -> {
      Assertions.assertThat(appeal.kind()).isEqualTo(AppealKind.LITIGATION);
      Assertions.assertThat(appeal.afterReconsideration()).isFalse();
      Assertions.assertThat(appeal.hearingOn()).isEqualTo(LocalDate.of(2026, 3, 10));
      Assertions.assertThat(appeal.approvedBy()).isEqualTo(LEADER);
      Assertions.assertThat(appeal.result()).isEqualTo("MAINTAINED");
    });
    AppealRegister.Counts after = appeals.counts(AppealKind.LITIGATION, 2026, false);
    Assertions.assertThat(after.maintained()).isEqualTo(before.maintained() + 1);
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
  }

  @Test
  void anAppealToTheHigherCourtEndsInACorrectionThatReopensTheRequest() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judgedAndAppealed(trackingNumber, "OTHER", "DISMISSED", "APPLICANT",
        "（2026）示行终1号");

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE).hasPassed("Service_StartSecondInstance");
    Assertions.assertThat(scenario.request.instance).isNotNull();
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(engine.getRuntimeService().getVariable(suit.getId(), INSTANCE_NO))
        .isEqualTo(2);
    // Second instance: a new brief due 15 days after the appeal was recorded (20 Mar): Sat 4
    // Apr, in the 清明 days off (4–6 Apr), so Tue 7 Apr (CPL Art. 85 via ALL Art. 102).
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 7)));
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-20",
        HEARING_ON, "2026-04-15");
    // First instance: 答辩人 and 原告, the docket once bracketed; second: 被上诉人 answers the
    // applicant's appeal against the first-instance judgment (ADR 0043).
    java.util.List<String> defences = defences(trackingNumber, LetterKind.LITIGATION_DEFENCE);
    Assertions.assertThat(defences).hasSize(2);
    // A pleading, not a 公文 (ADR 0051): 此致 the court, the party's signature with （盖章）, a
    // copy for the other party attached.
    Assertions.assertThat(defences.get(0)).startsWith("行政答辩状\n").contains(
        "答辩人：示范市市场监督管理局\n住所：示范市人民路1号\n法定代表人：王明，局长\n原告：张三\n"
            + "原告张三不服答辩人于",
        "提起行政诉讼（案号：（2026）示0502行初3号）。答辩人现答辩如下：",
        "答辩意见：被告已依法答复。\n此致\n示范市人民法院\n答辩人：示范市市场监督管理局（盖章）\n",
        "附：1.本答辩状副本1份")
        .doesNotContain("（（", "本机关", trackingNumber, "（印章）", "示范市人民法院：");
    Assertions.assertThat(defences.get(1)).startsWith("行政答辩状\n").contains(
        "被上诉人（原审被告）：示范市市场监督管理局\n住所：示范市人民路1号\n法定代表人：王明，局长\n"
            + "上诉人（原审原告）：张三\n"
            + "上诉人（原审原告）张三不服示范市人民法院2026年3月18日作出的（2026）示0502行初3号行政判决，"
            + "提起上诉（案号：（2026）示行终1号）。被上诉人现答辩如下：",
        // The court of second instance.
        "此致\n示范市中级人民法院\n被上诉人：示范市市场监督管理局（盖章）\n")
        .doesNotContain("原告张三不服", "提起行政诉讼", "（（", trackingNumber);

    today(LocalDate.of(2026, 5, 6));
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER,
        APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-05-06", APPEALED_TO_HIGHER_COURT, true,
        APPEALED_BY, "AGENCY", APPEAL_BODY, "示范省高级人民法院"))
        .isInstanceOf(AppealConflict.class).hasMessageContaining("终审");
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-05-06",
        APPEALED_TO_HIGHER_COURT, false);

    assertThat(suit).isEnded().hasPassed(SERVICE_REOPEN_REQUEST, "EndEvent_Corrected");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    // Judgment Wed 6 May + 20 working days: 7, 8, 9 (Sat, 调休) = 3; 11–15 = 8; 18–22 = 13;
    // 25–29 = 18; 1, 2 Jun = 20.
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-06-02");
    Assertions.assertThat(scenario.request.variable(REOPEN_REASON)).isEqualTo("行政诉讼判决责令履行");
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::result, AppealRegister.Appeal::appealedBy,
            AppealRegister.Appeal::bodyOrCourt)
        .containsExactly(
            Assertions.tuple(1, "OTHER", "APPLICANT", "示范市人民法院"),
            Assertions.tuple(2, "CORRECTED", null, "示范市中级人民法院"));
    // The reply made anew names the final judgment: the second instance's court and 案号
    // (ADR 0044).
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")));
    Assertions.assertThat((String) scenario.request.variable(REPLY_LETTER_TEXT)).contains(
        "2026年5月6日，示范市中级人民法院作出行政判决（案号：（2026）示行终1号），"
            + "责令本机关就您的政府信息公开申请依法重新作出答复。经重新审查，现重新答复如下：")
        .doesNotContain("示0502行初3号");
  }

  /**
   * Handbook §3, ADR 0044: a first-instance judgment that corrects the agency and is not
   * appealed reopens the request; the reply made anew names the court, the judgment's date and
   * 案号, and what it held of which reply (date and 文号), and an edit must keep that sentence.
   */
  @Test
  void theReplyMadeAnewNamesTheJudgmentThatCorrectedTheAgency() {
    String trackingNumber = scenario.deliveredCase(false);
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    String firstNumber = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.REPLY).findFirst().orElseThrow().documentNumber();
    ProcessInstance suit = sue(trackingNumber, false);
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-10");
    today(LocalDate.of(2026, 3, 20));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-18",
        APPEALED_TO_HIGHER_COURT, false)
        .complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER, AGENCY_APPEAL, "NO_APPEAL");
    // Reopened at once; the plaintiff may still appeal (ADR 0057). A revocation: 确认违法 no
    // longer reopens (audit 37a F4, ADR 0187).
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL).hasPassed(SERVICE_REOPEN_REQUEST);

    scenario.request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")));
    String reference = "2026年3月18日，示范市人民法院作出行政判决（案号：（2026）示0502行初3号），"
        + "撤销本机关于2026年2月10日作出的《政府信息公开申请答复书》（" + firstNumber + "）。";
    String draft = (String) scenario.request.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(draft).contains(reference + "经重新审查，现重新答复如下：");
    assertThatThrownBy(() -> scenario.request.complete(TASK_EDIT_REPLY, OFFICE_USER,
        CHARGE_FEE, false, REPLY_LETTER_TEXT, draft.replace("撤销本机关于", "认为本机关于")))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REPLY_LETTER_TEXT + " lacks")
        .hasMessageContaining("重新答复所依据的复议决定或判决“" + reference + "”");
    assertThat(scenario.request.instance).isWaitingAt(TASK_EDIT_REPLY);
  }

  @Test
  void aRefusalGoesToReconsiderationBeforeAnySuit() {
    String trackingNumber = scenario.deliveredCase(true);
    assertThatThrownBy(() -> sue(trackingNumber, true))
        .isInstanceOf(AppealConflict.class).hasMessageContaining("没有已作出决定的行政复议");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();

    long reconsideration = appeals.insert(new AppealRegister.NewAppeal(trackingNumber, null,
        AppealKind.RECONSIDERATION, 1, false, "示复〔2026〕9号", "示范市人民政府", "SIMPLIFIED",
        RECEIVED, RECEIVED, RECEIVED));
    appeals.recordResult(reconsideration, "MAINTAINED", null, RECEIVED, null);
    AppealRegister.Counts before = appeals.counts(AppealKind.LITIGATION, 2026, true);
    sue(trackingNumber, true);

    Assertions.assertThat(appeals.counts(AppealKind.LITIGATION, 2026, true).pending())
        .isEqualTo(before.pending() + 1);
  }

  /**
   * Audit round 27, F3 A: whether a suit follows a reconsideration is the register's. After the
   * applicant's reconsideration was decided, an entry 未经复议直接起诉 is refused on the field,
   * naming the decision; without the entry the suit is recorded as 复议后起诉 (table 四) and warned
   * about the 15 days of ALL Art. 45, not about reconsideration coming first (ARL Art. 23).
   */
  @Test
  void aSuitAfterADecidedReconsiderationIsRecordedAsSuchWhateverTheEntry() {
    String trackingNumber = scenario.deliveredCase(true);
    long reconsideration = appeals.insert(new AppealRegister.NewAppeal(trackingNumber, null,
        AppealKind.RECONSIDERATION, 1, false, "示复〔2026〕9号", "示范市人民政府", "SIMPLIFIED",
        RECEIVED, RECEIVED, RECEIVED));
    appeals.recordResult(reconsideration, "MAINTAINED", null, RECEIVED, null);
    today(LocalDate.of(2026, 3, 20));
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初21号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-03-20", AFTER_RECONSIDERATION, false))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(AFTER_RECONSIDERATION)
        .hasMessageContaining("示复〔2026〕9号").hasMessageContaining("2026年2月10日")
        .hasMessageContaining("复议后起诉");
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(1);

    scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0502行初21号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-03-20");
    AppealRegister.Appeal suit = appeals.of(trackingNumber).stream()
        .filter(a -> a.kind() == AppealKind.LITIGATION).findFirst().orElseThrow();
    Assertions.assertThat(suit.afterReconsideration()).isTrue();
    Assertions.assertThat(appeals.filingWarning(suit.id())).contains("ALL Art. 45", "第四十五条")
        .doesNotContain("ARL Art. 23");
  }

  /**
   * Audit 37a F3 (ADR 0187): the applicant's reconsideration, simplified, served Tue 10 Feb, is
   * not decided within the body's 30 days (Thu 12 Mar, ARL 2023 Art. 62). The applicant may
   * then sue within 15 days (ALL Art. 45, second sentence): the suit served Fri 20 Mar is
   * registered as one after reconsideration, its defence due 15 days later (ALL Art. 67: Sat 4
   * Apr, in the 清明 days off, so Tue 7 Apr); the reconsideration stays pending. On the last
   * day of the body's period the suit is still refused. Before, it was refused (409) whenever
   * the reconsideration was pending.
   */
  @Test
  void aSuitAfterTheBodyFailedToDecideInTimeIsRegisteredAndDefended() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance reconsideration = scenario.fileReconsideration(trackingNumber, RECEIVED, "40");
    scenario.submitAnswer(RECEIVED);
    today(LocalDate.of(2026, 3, 12));
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初9号", APPEAL_BODY, "示范市人民法院",
        FILED_ON, "2026-03-12", SERVED_ON, "2026-03-12"))
        .isInstanceOf(AppealConflict.class).hasMessageContaining("尚未审结");

    today(LocalDate.of(2026, 3, 20));
    ProcessInstance suit = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初9号", APPEAL_BODY, "示范市人民法院",
        FILED_ON, "2026-03-20", SERVED_ON, "2026-03-20");

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 7)));
    AppealRegister.Appeal registered = appeals.of(trackingNumber).stream()
        .filter(a -> a.kind() == AppealKind.LITIGATION).findFirst().orElseThrow();
    Assertions.assertThat(registered.afterReconsideration()).isTrue();
    Assertions.assertThat(registered.pending()).isTrue();
    Assertions.assertThat(appeals.filingWarning(registered.id())).isNull();
    assertThat(reconsideration).isWaitingAt(io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION);
  }

  /**
   * Audit round 27, F3 B: a suit after reconsideration can be neither filed nor served before
   * the decision it follows (ALL Art. 45): refused on the field, nothing recorded.
   */
  @Test
  void aSuitAfterReconsiderationCannotPrecedeTheDecision() {
    String trackingNumber = scenario.deliveredCase(true);
    long reconsideration = appeals.insert(new AppealRegister.NewAppeal(trackingNumber, null,
        AppealKind.RECONSIDERATION, 1, false, "示复〔2026〕31号", "示范市人民政府", "SIMPLIFIED",
        RECEIVED, RECEIVED, RECEIVED));
    LocalDate decidedOn = LocalDate.of(2026, 3, 2);
    today(decidedOn);
    appeals.recordResult(reconsideration, "MAINTAINED", null, decidedOn, null);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初22号", APPEAL_BODY, "示范市人民法院",
        FILED_ON, "2026-02-12", SERVED_ON, "2026-03-02", AFTER_RECONSIDERATION, true))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(FILED_ON)
        .hasMessageContaining("示复〔2026〕31号").hasMessageContaining("第四十五条");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初22号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-12", AFTER_RECONSIDERATION, true))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(SERVED_ON)
        .hasMessageContaining("2026年3月2日");
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(1);
  }

  /**
   * Issue 14, points 7 and 9: a direct suit against a refusal is recorded (admissibility is for
   * the court) with the warning that reconsideration comes first (ARL Art. 23); a suit against
   * a disclosure within its 6 months carries no warning.
   */
  @Test
  void aDirectSuitAgainstARefusalIsRecordedWithTheReconsiderationFirstWarning() {
    String refused = scenario.deliveredCase(true);
    ProcessInstance suit = sue(refused, false);
    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(appeals.of(refused)).hasSize(1);
    String warning = appeals.filingWarning(appeals.of(refused).get(0).id());
    Assertions.assertThat(warning).contains("ARL Art. 23", "须先申请行政复议", "第二十三条",
        "是否受理由人民法院决定").doesNotContain("六个月");
    Assertions.assertThat(scenario.engine.getRuntimeService().getVariable(suit.getId(),
        FILING_WARNING_NOTE)).isEqualTo(warning);

    String released = scenario.deliveredCase(false);
    sue(released, false);
    Assertions.assertThat(appeals.of(released)).hasSize(1);
    Assertions.assertThat(appeals.filingWarning(appeals.of(released).get(0).id())).isNull();
  }

  /**
   * ALL Art. 67: the defence is due 15 days after the complaint's copy was served; served Sat
   * 5 Dec 2026, the 15th day is Sun 20 Dec, so the defence is due Mon 21 Dec (CPL Art. 85).
   */
  @Test
  void aDefenceDueOnASundayIsDueOnMonday() {
    String trackingNumber = scenario.deliveredCase(false);
    today(LocalDate.of(2026, 12, 5));
    scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0502行初9号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-12-05", AFTER_RECONSIDERATION, false);
    Assertions.assertThat(appeals.of(trackingNumber).get(0).answerDueOn())
        .isEqualTo(LocalDate.of(2026, 12, 21));
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 12, 21)));
  }

  /**
   * ADR 0056: legal names the agency's 委托代理人 on the drafting task (optional, at most two,
   * name and position or unit); they are checked there (400 on the field, the task stays open,
   * nothing recorded), kept with the appeal, replaced by a redraft, and printed in the 答辩状
   * after 法定代表人, where they are no party: one copy for the one plaintiff.
   */
  @Test
  void theDefenceNamesTheAgentsLegalEnteredAfterTheLegalRepresentative() {
    String trackingNumber = scenario.deliveredCase(false);
    sue(trackingNumber, false);
    long id = appeals.of(trackingNumber).get(0).id();
    String tooLong = "某".repeat(51);
    String[][] refused = {
        {AGENT_1_POSITION, "李华", null, null, null},
        {AGENT_1_NAME, null, "本机关法规科科长", null, null},
        {AGENT_2_NAME, "李华", "本机关法规科科长", tooLong, "律师"},
        {AGENT_2_NAME, "李华", "本机关法规科科长", "李华", "律师"},
        {AGENT_2_POSITION, "李华", "本机关法规科科长", "周平", "律师\n另一行"}};
    for (String[] wrong : refused) {
      assertThatThrownBy(() -> scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER,
          ANSWER_TEXT, "答辩意见：被告已依法答复。", AGENT_1_NAME, wrong[1], AGENT_1_POSITION,
          wrong[2], AGENT_2_NAME, wrong[3], AGENT_2_POSITION, wrong[4]))
          .as(String.join("|", java.util.Arrays.asList(wrong).subList(1, 5).stream()
              .map(String::valueOf).toList()))
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith(wrong[0])
          .hasMessageContaining("委托代理人");
      Assertions.assertThat(appeals.agents(id)).isEmpty();
    }
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT,
        "答辩意见：被告已依法答复。", AGENT_1_NAME, "刘洋", AGENT_1_POSITION, "本机关办公室主任")
        .complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "SEND_BACK",
            ANSWER_APPROVAL_COMMENT, "请改由法规科出庭");
    Assertions.assertThat(appeals.agents(id))
        .containsExactly(new AppealRegister.Agent("刘洋", "本机关办公室主任"));
    // The redraft replaces them (the first place left empty: the second moves up).
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT,
        "答辩意见：被告已依法答复。", AGENT_1_NAME, "", AGENT_1_POSITION, " ",
        AGENT_2_NAME, " 李华 ", AGENT_2_POSITION, "本机关法规科科长")
        .complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    Assertions.assertThat(appeals.agents(id))
        .containsExactly(new AppealRegister.Agent("李华", "本机关法规科科长"));
    // Frozen with the latest approval (ADR 0073): the block the 答辩状 is printed from.
    Assertions.assertThat(blocks().approved(id, PleadingBlocks.Document.ANSWER))
        .hasValueSatisfying(block -> Assertions.assertThat(block.agents())
            .containsExactly(new AppealRegister.Agent("李华", "本机关法规科科长")));
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-10");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE))
        .singleElement().asString().contains("答辩人：示范市市场监督管理局\n住所：示范市人民路1号\n"
            + "法定代表人：王明，局长\n委托代理人：李华，本机关法规科科长\n原告：张三\n",
            "附：本答辩状副本1份").doesNotContain("刘洋");
  }

  /**
   * ADR 0063: a suit of three plaintiffs (the applicant 张三 and 共同原告 李四, 王五) with a 第三人,
   * entered when it is registered, and a second 第三人 the court added, entered on the drafting
   * task. Each wrong list is refused on its field (nothing recorded); the defence names every
   * party, one line each, and attaches a copy for each: 3 plaintiffs + 2 第三人 = 5. The second
   * instance goes on between the same parties (上诉人（原审原告） ×3, 原审第三人 ×2: 5 copies).
   */
  @Test
  void aJointSuitWithThirdPartiesNamesEveryPartyAndAttachesACopyForEach() {
    String trackingNumber = scenario.deliveredCase(false);
    String[][] refused = {
        {CO_APPELLANTS, "张三", "提起人本人"},
        {CO_APPELLANTS, "李四\n李四", "不能重复"},
        {THIRD_PARTIES, "李四", "不能重复"},
        {CO_APPELLANTS, "李四、王五", "每行填写一个当事人"},
        // Commas separate names too (audit round 23): full-width or not, not only 、；;.
        {CO_APPELLANTS, "李四，王五", "每行填写一个当事人"},
        {THIRD_PARTIES, "示范市某科技有限公司,王五", "每行填写一个当事人"},
        {THIRD_PARTIES, "——", "没有填写名称"},
        {CO_APPELLANTS, "某".repeat(201), "不得超过200个字"},
        {THIRD_PARTIES, "示范市\u202E某科技有限公司", "双向文字控制符"},
        // Names compared as NFKC without spaces (ADR 0068): one person, one company.
        {CO_APPELLANTS, "张\u3000三", "提起人本人"},
        {THIRD_PARTIES, "李 四", "不能重复"},
        {CO_APPELLANTS, "ＡＢＣ公司\nABC公司", "不能重复"},
        // Latin case and trailing punctuation do not make another party (audit round 23).
        {CO_APPELLANTS, "abc公司\nABC公司", "不能重复"},
        {CO_APPELLANTS, "李四\n李四。", "不能重复"},
        {CO_APPELLANTS, "张三；", "提起人本人"},
        // The agency answers the suit: it is no 第三人 of it (ADR 0068), nor a 共同原告, with a
        // full stop after its name or not.
        {THIRD_PARTIES, ProcessTestEngine.AGENCY, "是本机关"},
        {CO_APPELLANTS, ProcessTestEngine.AGENCY + "。", "是本机关"},
        // Nor with a clerk's remark in brackets (audit round 24), full-width or not.
        {THIRD_PARTIES, ProcessTestEngine.AGENCY + "（本机关）", "去掉括号中的说明后是本机关"},
        {THIRD_PARTIES, ProcessTestEngine.AGENCY + "(被告)", "去掉括号中的说明后是本机关"},
        {CO_APPELLANTS, "李四\n李四（原告）", "去掉括号中的说明后已列为当事人"}};
    for (String[] wrong : refused) {
      String co = wrong[0].equals(CO_APPELLANTS) ? wrong[1] : "李四";
      String third = wrong[0].equals(THIRD_PARTIES) ? wrong[1] : null;
      assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
          trackingNumber, DOCKET_NO, "（2026）示0502行初3号", APPEAL_BODY, "示范市人民法院",
          SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false, CO_APPELLANTS, co,
          THIRD_PARTIES, third))
          .as(wrong[1]).isInstanceOf(InvalidInput.class).hasMessageStartingWith(wrong[0])
          .hasMessageContaining(wrong[2]);
      Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();
    }
    ProcessInstance suit = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0502行初3号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false,
        CO_APPELLANTS, " 李四 \n\n王五\n", THIRD_PARTIES, "示范市某科技有限公司");
    AppealParties parties = ProcessTestEngine.bean(engine, "appealParties", AppealParties.class);
    long first = appeals.of(trackingNumber).get(0).id();
    Assertions.assertThat(parties.of(first)).isEqualTo(new AppealParties.Parties(
        java.util.List.of("李四", "王五"), java.util.List.of("示范市某科技有限公司")));
    // The drafting form shows them as registered; a wrong entry there is refused too.
    Assertions.assertThat(engine.getRuntimeService().getVariable(suit.getId(), CO_APPELLANTS))
        .isEqualTo("李四\n王五");
    assertThatThrownBy(() -> scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER,
        ANSWER_TEXT, "答辩意见：被告已依法答复。", CO_APPELLANTS, "李四\n王五",
        THIRD_PARTIES, "示范市某科技有限公司\n王五"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(THIRD_PARTIES)
        .hasMessageContaining("第三人第2行“王五”已列为当事人");
    // The agency's 委托代理人 is no party of the suit (ADR 0068), however the name is spaced.
    assertThatThrownBy(() -> scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER,
        ANSWER_TEXT, "答辩意见：被告已依法答复。", CO_APPELLANTS, "李四\n王五",
        THIRD_PARTIES, "示范市某科技有限公司", AGENT_1_NAME, "王 五",
        AGENT_1_POSITION, "本机关法规科科长"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(AGENT_1_NAME)
        .hasMessageContaining("委托代理人一是本案当事人");
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT,
            "答辩意见：被告已依法答复。", EVIDENCE_LIST, "1. 答复书；2. 送达回证",
            CO_APPELLANTS, "李四\n王五", THIRD_PARTIES, "示范市某科技有限公司\n赵六")
        .complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
            HEARING_ON, "2026-03-10");
    Assertions.assertThat(parties.of(first).thirdParties())
        .containsExactly("示范市某科技有限公司", "赵六");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).singleElement()
        .asString().startsWith("行政答辩状\n").contains(
            "法定代表人：王明，局长\n原告：张三\n原告：李四\n原告：王五\n第三人：示范市某科技有限公司\n"
                + "第三人：赵六\n原告张三、李四、王五不服答辩人于",
            "附：1.本答辩状副本5份");

    today(LocalDate.of(2026, 3, 20));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "OTHER",
        APPEAL_RESULT_DETAIL, "DISMISSED", DECIDED_ON, "2026-03-18",
        APPEALED_TO_HIGHER_COURT, true, APPEALED_BY, "APPLICANT",
        APPEAL_BODY, "示范市中级人民法院", DOCKET_NO, "（2026）示行终1号");
    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    long second = appeals.of(trackingNumber).stream().filter(a -> a.instanceNo() == 2)
        .findFirst().orElseThrow().id();
    Assertions.assertThat(parties.of(second)).isEqualTo(parties.of(first));
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-20",
        HEARING_ON, "2026-04-15");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).hasSize(2)
        .last().asString().contains("法定代表人：王明，局长\n上诉人（原审原告）：张三\n"
            + "上诉人（原审原告）：李四\n上诉人（原审原告）：王五\n原审第三人：示范市某科技有限公司\n"
            + "原审第三人：赵六\n上诉人（原审原告）张三、李四、王五不服示范市人民法院",
            "附：1.本答辩状副本5份");
  }

  /**
   * The agency appeals the first-instance judgment itself: what it submits in the second
   * instance is its 行政上诉状, as 上诉人（原审被告）, not a 答辩状 (ALL Art. 85, ADR 0043).
   */
  @Test
  void anAppealByTheAgencyIsIssuedAsItsAppealPetition() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judgedAndAppealed(trackingNumber, "CORRECTED", "ORDERED_TO_ACT",
        "AGENCY", "（2026）示行终2号");
    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    // Named for what is written (ADR 0045), due on the appeal period's last day: judgment of
    // Wed 18 Mar, no service date recorded, so counted from it: Thu 2 Apr (ALL Art. 85).
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getName())
        .isEqualTo("起草行政上诉状");
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 2)));
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-20",
        HEARING_ON, "2026-04-15");

    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).hasSize(1);
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_APPEAL)).singleElement()
        .asString().contains("行政上诉状", "上诉人（原审被告）：示范市市场监督管理局\n住所：示范市人民路1号\n"
            + "法定代表人：王明，局长\n被上诉人（原审原告）：张三\n上诉人不服示范市人民法院2026年3月18日作出的"
            + "（2026）示0502行初3号行政判决，现提出上诉。上诉请求及理由如下：",
            "此致\n示范市中级人民法院\n上诉人：示范市市场监督管理局（盖章）\n", "附：1.本上诉状副本1份")
        // Lodged before the higher court dockets the appeal: no 行终 number in it.
        .doesNotContain("行政答辩状", "答辩如下", "（（", trackingNumber, "示行终2号");
  }

  /**
   * ALL Art. 85: a first-instance correction asks legal whether the agency appeals, due on the
   * last day of its period: judgment served Fri 20 Mar + 15 days = Sat 4 Apr, in the 清明 days
   * off (4–6 Apr), so Tue 7 Apr (CPL Art. 85). After that day an appeal is refused (400 on the
   * field, the task stays open, nothing recorded); not appealing reopens the request.
   */
  @Test
  void aFirstInstanceCorrectionAsksWhetherToAppealByTheLastDayOfTheAppealPeriod() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judged(trackingNumber, "CORRECTED", "ORDERED_TO_ACT",
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20");

    assertThat(suit).isWaitingAt(TASK_DECIDE_AGENCY_APPEAL);
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(scenario.request.task(TASK_DECIDE_AGENCY_APPEAL).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 7)));

    today(LocalDate.of(2026, 4, 8));
    assertThatThrownBy(() -> scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER,
        AGENCY_APPEAL, "APPEAL", APPEAL_BODY, "示范市中级人民法院"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(AGENCY_APPEAL)
        .hasMessageContaining("上诉期限已于2026年4月7日届满", "第八十五条");
    assertThat(suit).isWaitingAt(TASK_DECIDE_AGENCY_APPEAL);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(AppealRegister.Appeal::appealedBy).isNull();

    scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER, AGENCY_APPEAL, "NO_APPEAL");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    // Not final while the plaintiff may still appeal (ADR 0057): the same wait as after a
    // judgment for the agency, then 一审判决生效.
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL)
        .hasPassed("Gateway_ReopenJoin", SERVICE_REOPEN_REQUEST, "Gateway_AwaitPlaintiffAppeal");
    scenario.request.fireTimer(TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED);
    assertThat(suit).isEnded().hasPassed("EndEvent_FirstInstanceFinal")
        .hasNotPassed("EndEvent_Corrected");
  }

  /**
   * Audit round 30, F1: no court is the agency itself, on any entry that names one: the suit's
   * 受理法院, the 二审法院 of a judgment recorded as appealed, of the agency's own appeal and of
   * the plaintiff's appeal (task form and the API's route). Each is refused on the field, names
   * compared as ADR 0068 compares them, and nothing is recorded.
   */
  @Test
  void theAgencyItselfIsNoCourt() {
    String trackingNumber = scenario.deliveredCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初3号", APPEAL_BODY, ProcessTestEngine.AGENCY,
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY)
        .hasMessageContaining("受理法院不能是本机关");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();

    ProcessInstance suit = sue(trackingNumber, false);
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-10");
    today(LocalDate.of(2026, 3, 20));
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER,
        APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT",
        DECIDED_ON, "2026-03-18", JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20",
        APPEALED_TO_HIGHER_COURT, true, APPEALED_BY, "APPLICANT",
        APPEAL_BODY, ProcessTestEngine.AGENCY + "（本机关）", DOCKET_NO, "（2026）示行终9号"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY)
        .hasMessageContaining("二审法院不能是本机关");
    assertThat(suit).isWaitingAt(TASK_RECORD_JUDGMENT);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(AppealRegister.Appeal::result).isNull();

    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-03-18",
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20",
        APPEALED_TO_HIGHER_COURT, false);
    assertThatThrownBy(() -> scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER,
        AGENCY_APPEAL, "APPEAL", APPEAL_BODY, "示范市市场监督管理局。"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY)
        .hasMessageContaining("二审法院不能是本机关");
    assertThat(suit).isWaitingAt(TASK_DECIDE_AGENCY_APPEAL);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(AppealRegister.Appeal::appealedBy).isNull();

    scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER, AGENCY_APPEAL, "NO_APPEAL");
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL);
    today(LocalDate.of(2026, 4, 3));
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", APPEAL_BODY, ProcessTestEngine.AGENCY))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY)
        .hasMessageContaining("二审法院不能是本机关");
    PlaintiffAppeals plaintiffs =
        ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class);
    assertThatThrownBy(() -> plaintiffs.served(engine.getRuntimeService(),
        engine.getHistoryService(), trackingNumber, java.util.Map.of(
            PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", APPEAL_BODY, ProcessTestEngine.AGENCY),
        java.util.Map.of()))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("二审法院不能是本机关");
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(AppealRegister.Appeal::appealedBy).isNull();
  }

  /**
   * ADR 0057: a plaintiff may appeal a first-instance correction too (wanting more, e.g. where
   * part of its claims was dismissed). The agency does not appeal and the request is reopened
   * at once; the copy of the plaintiff's appeal, served within the period, still starts the
   * second instance, in which the agency answers with a 答辩状.
   */
  @Test
  void aPlaintiffsAppealAfterACorrectionTheAgencyAcceptsStartsTheSecondInstance() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judged(trackingNumber, "CORRECTED", "ORDERED_TO_ACT",
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20");
    scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER, AGENCY_APPEAL, "NO_APPEAL");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL);

    today(LocalDate.of(2026, 4, 3));
    scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", PLAINTIFF_APPEAL_FILED_ON, "2026-03-30",
        APPEAL_BODY, "示范市中级人民法院");

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE).hasPassed("Service_RecordPlaintiffAppeal",
        "Service_StartSecondInstance").hasNotPassed("EndEvent_FirstInstanceFinal");
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getName()).isEqualTo("起草答辩状");
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::result, AppealRegister.Appeal::appealedBy,
            AppealRegister.Appeal::pending)
        .containsExactly(Assertions.tuple(1, "CORRECTED", "APPLICANT", false),
            Assertions.tuple(2, null, null, true));
  }

  /**
   * ADR 0057: the copy of the plaintiff's appeal may be served while legal still decides
   * whether the agency appeals a correction; it starts the second instance (which reviews the
   * whole judgment, ALL Art. 87) and the decision task ends.
   */
  @Test
  void aPlaintiffsAppealServedBeforeTheAgencyDecidesStartsTheSecondInstance() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judged(trackingNumber, "CORRECTED", "REVOKED",
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20");
    assertThat(suit).isWaitingAt(TASK_DECIDE_AGENCY_APPEAL);

    today(LocalDate.of(2026, 3, 27));
    scenario.correlate("PlaintiffAppealServed", trackingNumber,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27", APPEAL_BODY, "示范市中级人民法院");

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE)
        .hasPassed("Boundary_PlaintiffAppealBeforeDecision", "Service_StartSecondInstance")
        .hasNotPassed(SERVICE_REOPEN_REQUEST);
    Assertions.assertThat(scenario.request.tasks(TASK_DECIDE_AGENCY_APPEAL)).isEmpty();
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::appealedBy)
        .containsExactly(Assertions.tuple(1, "APPLICANT"), Assertions.tuple(2, null));
  }

  /**
   * ADR 0057: a copy served after the suit ended at 一审判决生效 (the court forwarded a posted
   * appeal late) is recorded all the same: a new instance for the same first instance, with the
   * warning that the judgment had been taken as final; a refused input starts nothing.
   */
  @Test
  void aPlaintiffsAppealServedAfterTheSuitEndedIsRecordedInANewInstance() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judged(trackingNumber, "MAINTAINED", null,
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20");
    today(LocalDate.of(2026, 4, 23));
    scenario.request.fireTimer(TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED);
    assertThat(suit).isEnded().hasPassed("EndEvent_FirstInstanceFinal");

    LatePlaintiffAppeals late =
        ProcessTestEngine.bean(engine, "latePlaintiffAppeals", LatePlaintiffAppeals.class);
    var runtime = engine.getRuntimeService();
    var history = engine.getHistoryService();
    Assertions.assertThat(late.ended(runtime, trackingNumber)).hasSize(1);
    today(LocalDate.of(2026, 4, 28));
    assertThatThrownBy(() -> late.record(runtime, history, trackingNumber, java.util.Map.of(
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-27", APPEAL_BODY, "示范市人民法院"), null, null, "-"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY);
    Assertions.assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.LITIGATION).count()).isZero();

    LatePlaintiffAppeals.Recorded recorded = late.record(runtime, history, trackingNumber,
        java.util.Map.of(PLAINTIFF_APPEAL_SERVED_ON, "2026-04-27", PLAINTIFF_APPEAL_FILED_ON,
            "2026-04-07", APPEAL_BODY, "示范市中级人民法院"), null, null, "-");
    scenario.request.runAsyncSteps();

    Assertions.assertThat(recorded.warning()).contains("2026年4月23日", "一审判决生效", "进入二审");
    ProcessInstance reopened = runtime.createProcessInstanceQuery()
        .processInstanceId(recorded.processInstanceId()).singleResult();
    assertThat(reopened).isWaitingAt(TASK_DRAFT_DEFENCE)
        .hasPassed("Service_RecordPlaintiffAppeal", "Service_StartSecondInstance");
    Assertions.assertThat(reopened.getBusinessKey()).isEqualTo(trackingNumber);
    // The 答辩状 is due 15 days after the copy's service: Tue 12 May.
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 5, 12)));
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::appealedBy, AppealRegister.Appeal::pending)
        .containsExactly(Assertions.tuple(1, "APPLICANT", false), Assertions.tuple(2, null, true));
    Assertions.assertThat(appeals.of(trackingNumber).get(1).filingWarning())
        .isEqualTo(recorded.warning());
    // Nothing more has ended unappealed: a second copy is a conflict.
    Assertions.assertThat(late.ended(runtime, trackingNumber)).isEmpty();
    assertThatThrownBy(() -> late.record(runtime, history, trackingNumber, java.util.Map.of(
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-27", APPEAL_BODY, "示范市中级人民法院"), null, null,
        "nothing（无）")).isInstanceOf(AppealConflict.class);
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-04-28",
        HEARING_ON, "2026-05-20");
    today(LocalDate.of(2026, 6, 1));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-06-01", APPEALED_TO_HIGHER_COURT, false);
    assertThat(reopened).isEnded().hasPassed("EndEvent_JudgmentFinal");
  }

  /**
   * ADR 0060: the agency appealed the judgment and its second instance runs; the copy of the
   * plaintiff's own appeal served then is heard by the higher court in the same case (ALL Art.
   * 85, 87): recorded into that second instance (register, audit trail), no second instance
   * started, table 四 counting the suit once. A different court is refused on the field
   * (nothing recorded); the same copy again is a duplicate (409).
   */
  @Test
  void aPlaintiffsAppealOfAJudgmentTheAgencyAppealedIsHeardInItsSecondInstance() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judgedAndAppealed(trackingNumber, "CORRECTED", "ORDERED_TO_ACT",
        "AGENCY", "（2026）示行终2号");
    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    PlaintiffAppeals plaintiffs =
        ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class);
    var runtime = engine.getRuntimeService();
    var history = engine.getHistoryService();
    AppealRegister.Appeal second = appeals.of(trackingNumber).get(1);

    today(LocalDate.of(2026, 3, 27));
    assertThatThrownBy(() -> plaintiffs.served(runtime, history, trackingNumber, java.util.Map.of(
        PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27", APPEAL_BODY, "示范市另一中级人民法院"),
        java.util.Map.of())).isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY)
        .hasMessageContaining("一并审理");
    Assertions.assertThat(appeals.joinedPlaintiffAppeal(second.id())).isEmpty();

    PlaintiffAppeals.Recorded recorded = plaintiffs.served(runtime, history, trackingNumber,
        java.util.Map.of(PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27", PLAINTIFF_APPEAL_FILED_ON,
            "2026-03-25", APPEAL_BODY, "示范市中级人民法院"), java.util.Map.of());
    scenario.request.runAsyncSteps();

    Assertions.assertThat(recorded.route())
        .isEqualTo(PlaintiffAppeals.Route.AGENCY_SECOND_INSTANCE);
    // Filed within the period (judgment of 18 Mar, counted from it: Thu 2 Apr): no warning.
    Assertions.assertThat(recorded.warning()).isNull();
    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.LITIGATION).count()).isEqualTo(1);
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::appealedBy, AppealRegister.Appeal::pending)
        .containsExactly(Assertions.tuple(1, "AGENCY", false), Assertions.tuple(2, null, true));
    Assertions.assertThat(appeals.joinedPlaintiffAppeal(second.id())).hasValueSatisfying(j -> {
      Assertions.assertThat(j.servedOn()).isEqualTo(LocalDate.of(2026, 3, 27));
      Assertions.assertThat(j.filedOn()).isEqualTo(LocalDate.of(2026, 3, 25));
    });
    // Table 四: one suit, pending.
    Assertions.assertThat(counted(trackingNumber)).containsExactly("pending");
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
            .entries()).filteredOn(e -> e.activity().endsWith("原告上诉"))
        .singleElement().satisfies(e -> Assertions.assertThat(e.detail())
            .contains("2026年3月27日", "上诉日期 2026年3月25日", "一并审理"));

    assertThatThrownBy(() -> plaintiffs.served(runtime, history, trackingNumber, java.util.Map.of(
        PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27", APPEAL_BODY, "示范市中级人民法院"),
        java.util.Map.of())).isInstanceOf(AppealConflict.class);

    // The agency answers the plaintiff's appeal with a 答辩状 of its own (ADR 0066), due 15
    // days after the copy's service (Fri 27 Mar + 15 = Sat 11 Apr, moved to Mon 13 Apr), beside
    // its 行政上诉状, which keeps its own task, text and due day.
    var answer = scenario.request.task(TASK_DRAFT_JOINED_DEFENCE);
    Assertions.assertThat(answer.getName()).isEqualTo("起草答辩状");
    Assertions.assertThat(answer.getDueDate()).isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 13)));
    Assertions.assertThat(engine.getTaskService().getVariable(answer.getId(), ANSWER_DOCUMENT))
        .isEqualTo("答辩状");
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getName())
        .isEqualTo("起草行政上诉状");
    Assertions.assertThat(engine.getTaskService().getVariable(
        scenario.request.task(TASK_DRAFT_DEFENCE).getId(), ANSWER_DOCUMENT)).isEqualTo("行政上诉状");
    scenario.request.complete(TASK_DRAFT_JOINED_DEFENCE, LEGAL_USER,
        ANSWER_TEXT, "答辩意见：一审判决认定事实清楚，上诉人（一审原告）的上诉请求不能成立。",
        EVIDENCE_LIST, "1. 答复书");
    // The 行政上诉状's own draft is still empty: the two documents do not share variables.
    Assertions.assertThat(engine.getRuntimeService().getVariable(suit.getId(), ANSWER_TEXT))
        .isNotEqualTo("答辩意见：一审判决认定事实清楚，上诉人（一审原告）的上诉请求不能成立。");
    scenario.request.complete(TASK_APPROVE_JOINED_DEFENCE, LEADER, ANSWER_APPROVAL, "SEND_BACK",
        ANSWER_APPROVAL_COMMENT, "请补充理由");
    scenario.request.complete(TASK_DRAFT_JOINED_DEFENCE, LEGAL_USER,
        ANSWER_TEXT, "答辩意见：上诉人（一审原告，电话13700001111）的上诉请求不能成立，请求驳回。",
        EVIDENCE_LIST, "1. 答复书");
    scenario.request.complete(TASK_APPROVE_JOINED_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    // ADR 0129: the engine holds the 答辩状 masked (its variables local to the sub-process); the
    // register's approved copy, printed below, is whole.
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForList("SELECT NAME_ FROM"
        + " ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND TEXT_ LIKE ?", String.class, suit.getId(),
        "%13700001111%")).isEmpty();
    Assertions.assertThat(scenario.request.task(TASK_SUBMIT_JOINED_DEFENCE).getName())
        .isEqualTo("提交答辩状");
    // Only the approved text is issued (the register's copy), submitted not before the service.
    assertThatThrownBy(() -> scenario.request.complete(TASK_SUBMIT_JOINED_DEFENCE, LEGAL_USER,
        SUBMITTED_ON, "2026-03-27", ANSWER_TEXT, "未经审批的答辩意见。"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("领导审批");
    assertThatThrownBy(() -> scenario.request.complete(TASK_SUBMIT_JOINED_DEFENCE, LEGAL_USER,
        SUBMITTED_ON, "2026-03-26")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(SUBMITTED_ON);
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).hasSize(1);
    scenario.request.complete(TASK_SUBMIT_JOINED_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-27");

    // The 答辩状: both sides are 上诉人, each with its first-instance role; the agency signs as
    // 答辩人; one copy for the one other party (ADR 0063).
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).hasSize(2)
        .last().satisfies(text -> Assertions.assertThat(text)
            .contains("答辩人（上诉人、一审被告）：示范市市场监督管理局\n住所：示范市人民路1号\n"
                + "法定代表人：王明，局长\n上诉人（一审原告）：张三\n上诉人（一审原告）张三不服示范市"
                + "人民法院2026年3月18日作出的（2026）示0502行初3号行政判决，提起上诉（案号：（2026）"
                + "示行终2号）。答辩人就其上诉答辩如下：", "上诉请求不能成立，请求驳回。",
                "答辩人：示范市市场监督管理局（盖章）", "本答辩状副本1份",
                "上诉人（一审原告，电话13700001111）的上诉请求不能成立")
            .doesNotContain("被上诉人", "未经审批"));
    // The register and the audit trail: due, and when it was submitted.
    Assertions.assertThat(appeals.joinedPlaintiffAppeal(second.id())).hasValueSatisfying(j -> {
      Assertions.assertThat(j.answerDueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
      Assertions.assertThat(j.answerSubmittedOn()).isEqualTo(LocalDate.of(2026, 3, 27));
    });
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
            .entries()).filteredOn(e -> e.activity().endsWith("原告上诉"))
        .singleElement().satisfies(e -> Assertions.assertThat(e.detail())
            .contains("答辩期限 2026年4月13日", "答辩状于2026年3月27日提交"));

    // The second instance goes on as the agency's appeal: one judgment, final.
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-27",
        HEARING_ON, "2026-04-20");
    // Its 行政上诉状, submitted after the plaintiff's copy, names both as 上诉人 too.
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_APPEAL)).singleElement()
        .satisfies(text -> Assertions.assertThat(text)
            .contains("上诉人（一审被告）：示范市市场监督管理局\n住所：示范市人民路1号\n"
                + "法定代表人：王明，局长\n上诉人（一审原告）：张三\n上诉人（一审被告）不服示范市人民法院"
                + "2026年3月18日作出的（2026）示0502行初3号行政判决，现提出上诉。",
                "上诉人：示范市市场监督管理局（盖章）", "本上诉状副本1份")
            .doesNotContain("被上诉人"));
    today(LocalDate.of(2026, 5, 6));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-05-06", APPEALED_TO_HIGHER_COURT, false);
    assertThat(suit).isEnded().hasPassed("EndEvent_JudgmentFinal",
        "EndEvent_JoinedDefenceSubmitted");
    Assertions.assertThat(counted(trackingNumber)).containsExactly("MAINTAINED");
  }

  /**
   * ADR 0070: the second-instance judgment recorded in Tasklist while the 答辩状 to the joined
   * plaintiff's appeal is still being drafted ends it (a terminate end: the judgment made the
   * defence moot) and the suit ends at 诉讼审结 as without it: nothing left open, the draft task
   * cancelled in the history, no 答辩状 issued or recorded as submitted, and the audit trail
   * says it was not submitted because the judgment came first.
   */
  @Test
  void aSecondInstanceJudgmentRecordedInTasklistEndsTheJoinedDefenceStillBeingDrafted() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = joinedDefenceOpen(trackingNumber);
    AppealRegister.Appeal second = appeals.of(trackingNumber).get(1);
    scenario.request.complete(TASK_DRAFT_JOINED_DEFENCE, LEGAL_USER,
        ANSWER_TEXT, "答辩意见：上诉人（一审原告）的上诉请求不能成立。", EVIDENCE_LIST, "1. 答复书");
    scenario.request.complete(TASK_APPROVE_JOINED_DEFENCE, LEADER, ANSWER_APPROVAL, "SEND_BACK",
        ANSWER_APPROVAL_COMMENT, "请补充理由");
    assertThat(suit).isWaitingAt(TASK_DRAFT_JOINED_DEFENCE, TASK_RECORD_JUDGMENT);

    today(LocalDate.of(2026, 4, 10));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-04-10", APPEALED_TO_HIGHER_COURT, false);

    assertThat(suit).isEnded().hasPassed("EndEvent_JudgmentFinal")
        .hasNotPassed("EndEvent_JoinedDefenceSubmitted", "Service_RecordJoinedDefence");
    Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(suit.getId()).count()).isZero();
    Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(suit.getId()).activityId(TASK_DRAFT_JOINED_DEFENCE)
            .orderByHistoricActivityInstanceStartTime().asc().list())
        .extracting(org.camunda.bpm.engine.history.HistoricActivityInstance::isCanceled)
        .containsExactly(false, true);
    assertJoinedDefenceNotSubmitted(trackingNumber, second.id());
    Assertions.assertThat(counted(trackingNumber)).containsExactly("MAINTAINED");
  }

  /**
   * ADR 0070: the court's event (收到判决) of a second-instance correction arriving while the
   * approved 答辩状 waits to be submitted ends it too: the request is reopened and the suit ends
   * at 已纠正，重新办理; the approval stays in the register, nothing is recorded as submitted.
   */
  @Test
  void aSecondInstanceCorrectionFromTheCourtsEventEndsTheApprovedJoinedDefence() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = joinedDefenceOpen(trackingNumber);
    AppealRegister.Appeal second = appeals.of(trackingNumber).get(1);
    scenario.request.complete(TASK_DRAFT_JOINED_DEFENCE, LEGAL_USER,
        ANSWER_TEXT, "答辩意见：上诉人（一审原告）的上诉请求不能成立。", EVIDENCE_LIST, "1. 答复书");
    scenario.request.complete(TASK_APPROVE_JOINED_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    assertThat(suit).isWaitingAt(TASK_SUBMIT_JOINED_DEFENCE, TASK_RECORD_JUDGMENT);

    today(LocalDate.of(2026, 4, 10));
    scenario.correlate("JudgmentDelivered", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-04-10",
        APPEALED_TO_HIGHER_COURT, false);

    assertThat(suit).isEnded().hasPassed(SERVICE_REOPEN_REQUEST, "EndEvent_Corrected")
        .hasNotPassed("EndEvent_JoinedDefenceSubmitted", "Service_RecordJoinedDefence");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(suit.getId()).activityId(TASK_SUBMIT_JOINED_DEFENCE).singleResult()
            .isCanceled()).isTrue();
    assertJoinedDefenceNotSubmitted(trackingNumber, second.id());
    Assertions.assertThat(appeals.approvedJoinedDefence(second.id())).isPresent();
    Assertions.assertThat(counted(trackingNumber)).containsExactly("CORRECTED");
  }

  /**
   * The agency's appeal in its second instance with the 行政上诉状 submitted (hearing 20 Apr),
   * the plaintiff's copy recorded into it on Fri 27 Mar: 起草答辩状 open, due Mon 13 Apr.
   */
  private ProcessInstance joinedDefenceOpen(String trackingNumber) {
    ProcessInstance suit = judgedAndAppealed(trackingNumber, "CORRECTED", "ORDERED_TO_ACT",
        "AGENCY", "（2026）示行终2号");
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-20",
        HEARING_ON, "2026-04-20");
    today(LocalDate.of(2026, 3, 27));
    ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class).served(
        engine.getRuntimeService(), engine.getHistoryService(), trackingNumber,
        java.util.Map.of(PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27",
            APPEAL_BODY, "示范市中级人民法院"), java.util.Map.of());
    scenario.request.runAsyncSteps();
    assertThat(suit).isWaitingAt(TASK_DRAFT_JOINED_DEFENCE, TASK_RECORD_JUDGMENT);
    return suit;
  }

  /**
   * The register after a judgment ended the joined 答辩状: its due day kept, nothing submitted,
   * no 答辩状 issued in the second instance (only the first instance's), and the audit trail
   * saying the judgment came first.
   */
  private void assertJoinedDefenceNotSubmitted(String trackingNumber, long secondId) {
    Assertions.assertThat(appeals.joinedPlaintiffAppeal(secondId)).hasValueSatisfying(j -> {
      Assertions.assertThat(j.answerDueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
      Assertions.assertThat(j.answerSubmittedOn()).isNull();
    });
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).hasSize(1);
    var entries = ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow().entries();
    Assertions.assertThat(entries).filteredOn(e -> e.activity().endsWith("原告上诉"))
        .singleElement().satisfies(e -> Assertions.assertThat(e.detail())
            .contains("答辩期限 2026年4月13日", "答辩状未提交（二审判决在先")
            .doesNotContain("答辩状于"));
    Assertions.assertThat(entries).filteredOn(e -> e.activity().endsWith("答辩状")
            && "TASK".equals(e.kind()) && e.detail().contains("已取消（未办理）"))
        .as("the joined defence's task ended by the judgment").hasSize(1);
  }

  /**
   * ADR 0073 (audit F2): the 行政上诉状 leadership approved naming 委托代理人 李娜 and no third
   * party is issued so, although the joined 答辩状's draft (not yet approved) then names 刘洋 and
   * a 第三人: its variables are its own, and each pleading prints the agents and parties block
   * frozen with its approval. The 答辩状, approved in its turn, is issued with its own block.
   */
  @Test
  void theJoinedDefencesDraftLeavesTheApprovedAppealPetitionsAgentsAndPartiesAlone() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judgedAndAppealed(trackingNumber, "CORRECTED", "REVOKED", "AGENCY",
        "（2026）示行终2号");
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER,
            ANSWER_TEXT, "上诉理由：一审判决认定事实错误。", EVIDENCE_LIST, "一审判决书",
            AGENT_1_NAME, "李娜", AGENT_1_POSITION, "法规科科员")
        .complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    joinPlaintiffsAppeal(trackingNumber);
    scenario.request.complete(TASK_DRAFT_JOINED_DEFENCE, LEGAL_USER,
        ANSWER_TEXT, "答辩：原告上诉理由不成立。", EVIDENCE_LIST, "证据甲",
        AGENT_1_NAME, "刘洋", AGENT_1_POSITION, "法规科科长", THIRD_PARTIES, "示范某某科技有限公司");

    // The open 提交行政上诉状 task still shows its own draft's block.
    var submit = scenario.request.task(TASK_SUBMIT_DEFENCE);
    var tasks = engine.getTaskService();
    Assertions.assertThat(tasks.getVariable(submit.getId(), AGENT_1_NAME)).isEqualTo("李娜");
    Assertions.assertThat((String) tasks.getVariable(submit.getId(), THIRD_PARTIES))
        .isNullOrEmpty();
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-27",
        HEARING_ON, "2026-04-20");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_APPEAL)).singleElement()
        .satisfies(text -> Assertions.assertThat(text)
            .contains("法定代表人：王明，局长\n委托代理人：李娜，法规科科员\n上诉人（一审原告）：张三\n"
                + "上诉人（一审被告）不服")
            .doesNotContain("刘洋", "示范某某科技有限公司", "原审第三人"));

    scenario.request.complete(TASK_APPROVE_JOINED_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_JOINED_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-27");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).hasSize(2)
        .last().satisfies(text -> Assertions.assertThat(text)
            .contains("法定代表人：王明，局长\n委托代理人：刘洋，法规科科长\n上诉人（一审原告）：张三\n"
                + "原审第三人：示范某某科技有限公司\n")
            .doesNotContain("李娜"));
    assertThat(suit).isWaitingAt(TASK_RECORD_JUDGMENT);
  }

  /**
   * ADR 0073, the reverse: the joined 答辩状 approved with 委托代理人 刘洋 and a 第三人, then the
   * 行政上诉状 drafted (李娜), sent back and re-drafted (周平, another 第三人) and approved. Each is
   * issued with the block of its own latest approval: the re-draft changes neither the approved
   * 答辩状 nor, being replaced, the 行政上诉状 (no 李娜).
   */
  @Test
  void anAppealPetitionRedraftedAfterTheJoinedDefenceWasApprovedLeavesTheDefencesBlockAlone() {
    String trackingNumber = scenario.deliveredCase(false);
    judgedAndAppealed(trackingNumber, "CORRECTED", "REVOKED", "AGENCY", "（2026）示行终2号");
    joinPlaintiffsAppeal(trackingNumber);
    scenario.request.complete(TASK_DRAFT_JOINED_DEFENCE, LEGAL_USER,
            ANSWER_TEXT, "答辩：原告上诉理由不成立。", AGENT_1_NAME, "刘洋",
            AGENT_1_POSITION, "法规科科长", THIRD_PARTIES, "示范某某科技有限公司")
        .complete(TASK_APPROVE_JOINED_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");

    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER,
            ANSWER_TEXT, "上诉理由：一审判决认定事实错误。", AGENT_1_NAME, "李娜",
            AGENT_1_POSITION, "法规科科员")
        .complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "SEND_BACK",
            ANSWER_APPROVAL_COMMENT, "请改由周平出庭")
        .complete(TASK_DRAFT_DEFENCE, LEGAL_USER,
            ANSWER_TEXT, "上诉理由：一审判决认定事实错误。", AGENT_1_NAME, "周平",
            AGENT_1_POSITION, "法规科副科长", THIRD_PARTIES, "示范另一某某有限公司")
        .complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");

    scenario.request.complete(TASK_SUBMIT_JOINED_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-27");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).hasSize(2)
        .last().satisfies(text -> Assertions.assertThat(text)
            .contains("委托代理人：刘洋，法规科科长\n", "原审第三人：示范某某科技有限公司\n")
            .doesNotContain("周平", "示范另一某某有限公司", "李娜"));
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-27",
        HEARING_ON, "2026-04-20");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_APPEAL)).singleElement()
        .satisfies(text -> Assertions.assertThat(text)
            .contains("委托代理人：周平，法规科副科长\n", "原审第三人：示范另一某某有限公司\n")
            .doesNotContain("刘洋", "示范某某科技有限公司", "李娜"));
  }

  /**
   * ADR 0073: a 答辩状 approved before V52 has no block frozen with it and is printed, as then,
   * with the register's current agents and parties.
   */
  @Test
  void aDefenceApprovedBeforeTheBlocksWereKeptIsIssuedWithTheRegistersCurrentBlock() {
    String trackingNumber = scenario.deliveredCase(false);
    sue(trackingNumber, false);
    long id = appeals.of(trackingNumber).get(0).id();
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT,
            "答辩意见：被告已依法答复。", AGENT_1_NAME, "李华", AGENT_1_POSITION, "本机关法规科科长",
            THIRD_PARTIES, "示范某某科技有限公司")
        .complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    ProcessTestEngine.jdbc(engine).update(
        "DELETE FROM ogi_appeal_pleading_block WHERE appeal_id = ?", id);
    Assertions.assertThat(blocks().approved(id, PleadingBlocks.Document.ANSWER)).isEmpty();
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-10");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE)).singleElement()
        .asString().contains("委托代理人：李华，本机关法规科科长\n原告：张三\n第三人：示范某某科技有限公司\n");
  }

  private PleadingBlocks blocks() {
    return ProcessTestEngine.bean(engine, "pleadingBlocks", PleadingBlocks.class);
  }

  /** The copy of the plaintiff's appeal served on Fri 27 Mar into the agency's second instance. */
  private void joinPlaintiffsAppeal(String trackingNumber) {
    today(LocalDate.of(2026, 3, 27));
    ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class).served(
        engine.getRuntimeService(), engine.getHistoryService(), trackingNumber,
        java.util.Map.of(PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27", APPEAL_BODY, "示范市中级人民法院"),
        java.util.Map.of());
    scenario.request.runAsyncSteps();
  }

  /** The case's lines of table 四 (litigation, 2026): each suit's result, or pending. */
  private java.util.List<String> counted(String trackingNumber) {
    return appeals.counted(AppealKind.LITIGATION, 2026, null).stream()
        .filter(c -> c.trackingNumber().equals(trackingNumber))
        .map(c -> c.pending() ? "pending" : c.result()).toList();
  }

  /**
   * The period counts from the register's service date, not from what the decision's client
   * sends: a 判决书 served Fri 20 Mar gives 15 days, Sat 4 Apr, a day off until Tue 7 Apr (a 撤销
   * is a judgment, ALL Art. 70: a 裁定 that corrects is refused since audit 37a, F8). The agency
   * appeals within it; the second instance's tasks are named for the 行政上诉状 (ADR 0045), due
   * on that last day.
   */
  @Test
  void anAgencyAppealWithinItsPeriodIsDraftedAsItsAppealPetition() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judged(trackingNumber, "CORRECTED", "REVOKED",
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20");
    Assertions.assertThat(scenario.request.task(TASK_DECIDE_AGENCY_APPEAL).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 7)));

    today(LocalDate.of(2026, 4, 8));
    // A later service date sent with the decision changes nothing: the register's counts.
    assertThatThrownBy(() -> scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER,
        AGENCY_APPEAL, "APPEAL", APPEAL_BODY, "示范市中级人民法院",
        JUDGMENT_SERVED_ON, "2026-04-07")).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("判决书送达之日起15日");
    today(LocalDate.of(2026, 3, 25));
    assertThatThrownBy(() -> scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER,
        AGENCY_APPEAL, "APPEAL", APPEAL_BODY, "示范市人民法院"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY);
    scenario.request.complete(TASK_DECIDE_AGENCY_APPEAL, LEGAL_USER, AGENCY_APPEAL, "APPEAL",
        APPEAL_BODY, "示范市中级人民法院");

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE).hasPassed("Gateway_SecondInstanceJoin",
        "Service_StartSecondInstance");
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    var draft = scenario.request.task(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(draft.getName()).isEqualTo("起草行政上诉状");
    Assertions.assertThat(draft.getDueDate()).isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 7)));
    Assertions.assertThat(engine.getRuntimeService().getVariable(suit.getId(), ANSWER_DOCUMENT))
        .isEqualTo("行政上诉状");
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT, "上诉请求：撤销一审判决。",
        EVIDENCE_LIST, "1. 答复书");
    Assertions.assertThat(scenario.request.task(TASK_APPROVE_DEFENCE).getName())
        .isEqualTo("审批行政上诉状");
    scenario.request.complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    Assertions.assertThat(scenario.request.task(TASK_SUBMIT_DEFENCE).getName())
        .isEqualTo("提交行政上诉状并登记开庭日期");
    // The higher court's 案号, unknown when the agency decided to appeal, is entered with the
    // submission (ADR 0049): the register and the audit trail name it; the petition, lodged
    // before the higher court docketed the appeal, cites the first-instance 行政判决 only.
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-03-25",
        HEARING_ON, "2026-04-20", SECOND_INSTANCE_DOCKET_NO, " （2026）示行终9号 ");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_APPEAL)).singleElement()
        .satisfies(text -> Assertions.assertThat(text).contains(
            "上诉人不服示范市人民法院2026年3月18日作出的（2026）示0502行初3号行政判决，现提出上诉。")
            .doesNotContain("示行终9号", "行政裁定"));
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> "APPEAL".equals(entry.kind()))
        .extracting(entry -> entry.detail())
        .anySatisfy(detail -> Assertions.assertThat(detail).endsWith("；案号 （2026）示行终9号"));
    Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(suit.getId()).taskDefinitionKey(TASK_DRAFT_DEFENCE).list())
        // A history query without an order answers in the database's order.
        .extracting(t -> t.getName()).containsExactlyInAnyOrder("起草答辩状", "起草行政上诉状");
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::appealedBy, AppealRegister.Appeal::bodyOrCourt,
            AppealRegister.Appeal::docketNo)
        .containsExactly(Assertions.tuple(1, "AGENCY", "示范市人民法院", "（2026）示0502行初3号"),
            Assertions.tuple(2, null, "示范市中级人民法院", "（2026）示行终9号"));
  }

  /**
   * An agency appeal entered with the judgment is refused after ALL Art. 85's 15 days from the
   * judgment's service (served Tue 3 Mar: last day Wed 18 Mar; recorded Fri 20 Mar): 400 on
   * {@code appealedBy}, nothing recorded, the task stays open.
   */
  @Test
  void anAgencyAppealRecordedWithTheJudgmentAfterItsPeriodIsRefused() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = sue(trackingNumber, false);
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-02");
    today(LocalDate.of(2026, 3, 20));
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER,
        APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02",
        JUDGMENT_SERVED_ON, "2026-03-03", APPEALED_TO_HIGHER_COURT, true, APPEALED_BY, "AGENCY",
        APPEAL_BODY, "示范市中级人民法院"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEALED_BY)
        .hasMessageContaining("上诉期限已于2026年3月18日届满");
    assertThat(suit).isWaitingAt(TASK_RECORD_JUDGMENT);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal -> {
      Assertions.assertThat(appeal.pending()).isTrue();
      Assertions.assertThat(appeal.appealedBy()).isNull();
    });
    // A served date before the judgment, or a kind the form does not offer: 400 on the field.
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER,
        APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-03-02", JUDGMENT_SERVED_ON, "2026-03-01"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(JUDGMENT_SERVED_ON);
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER,
        APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-03-02", JUDGMENT_KIND, "ORDER"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(JUDGMENT_KIND);
  }

  /**
   * ADR 0049: Cockpit's diagram names the brief tasks for both documents they may write
   * (答辩状或上诉状), and each task instance is named for its own: a first-instance defence is
   * 起草/审批/提交答辩状.
   */
  @Test
  void theModelNamesTheBriefTasksForBothDocumentsAndEachTaskForItsOwn() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = sue(trackingNumber, false);
    var model = engine.getRepositoryService().getBpmnModelInstance(suit.getProcessDefinitionId());
    Assertions.assertThat(java.util.stream.Stream.of(TASK_DRAFT_DEFENCE, TASK_APPROVE_DEFENCE,
            TASK_SUBMIT_DEFENCE)
        .map(id -> model.<org.camunda.bpm.model.bpmn.instance.FlowElement>getModelElementById(id)
            .getName()))
        .containsExactly("起草答辩状或上诉状", "审批答辩状或上诉状", "提交答辩状或上诉状并登记开庭日期");
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getName()).isEqualTo("起草答辩状");
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT, "答辩意见：被告已依法答复。");
    Assertions.assertThat(scenario.request.task(TASK_APPROVE_DEFENCE).getName()).isEqualTo("审批答辩状");
    scenario.request.complete(TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    Assertions.assertThat(scenario.request.task(TASK_SUBMIT_DEFENCE).getName())
        .isEqualTo("提交答辩状并登记开庭日期");
    // The names of models before ADR 0049 stay right for running instances.
    Assertions.assertThat(LitigationDelegates.briefTaskName("起草答辩状", "行政上诉状"))
        .isEqualTo("起草行政上诉状");
    Assertions.assertThat(LitigationDelegates.briefTaskName("起草答辩状", "答辩状"))
        .isEqualTo("起草答辩状");
  }

  /**
   * ADR 0049: a first-instance judgment for the agency (维持) is not final while the plaintiff may
   * appeal: 判决书 served Fri 20 Mar, last day Sun 5 Apr, in the 清明 days off (4–6 Apr), so Tue
   * 7 Apr (ALL Art. 85, CPL Art. 85). The request's appeal window stays open meanwhile. The copy
   * of the plaintiff's appeal served Thu 2 Apr starts the second instance: a 答辩状 due 15 days
   * after that service (Fri 17 Apr), with no warning; a second-instance 维持 ends the suit.
   */
  @Test
  void aPlaintiffsAppealServedWithinItsPeriodStartsTheSecondInstance() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judged(trackingNumber, "MAINTAINED", null,
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20");

    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL);
    Assertions.assertThat(engine.getRuntimeService().getVariable(suit.getId(),
        PLAINTIFF_APPEAL_LAST_DAY_TEXT)).isEqualTo("2026-04-07");
    // Waits 15 days more for a copy forwarded by the court: closes on the morning of 23 Apr.
    Assertions.assertThat(scenario.request.timerJobs(TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED).get(0)
        .getDuedate()).isEqualTo(OfficeTime.morningOf(LocalDate.of(2026, 4, 23)));
    AppealWindow window = ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class);
    Assertions.assertThat(window.stillOpenUntil(trackingNumber, LocalDate.of(2026, 4, 20)))
        .contains(LocalDate.of(2026, 4, 23));

    today(LocalDate.of(2026, 4, 3));
    // Checked by the server: not the first-instance court, not served before the judgment.
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", APPEAL_BODY, "示范市人民法院"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY);
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-03-01", APPEAL_BODY, "示范市中级人民法院"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(PLAINTIFF_APPEAL_SERVED_ON);
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(AppealRegister.Appeal::appealedBy).isNull();

    scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", PLAINTIFF_APPEAL_FILED_ON, "2026-03-30",
        APPEAL_BODY, "示范市中级人民法院", SECOND_INSTANCE_DOCKET_NO, "（2026）示行终7号");

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE).hasPassed("Service_RecordPlaintiffAppeal",
        "Service_StartSecondInstance");
    var draft = scenario.request.task(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(draft.getName()).isEqualTo("起草答辩状");
    Assertions.assertThat(draft.getDueDate()).isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 17)));
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::appealedBy, AppealRegister.Appeal::bodyOrCourt,
            AppealRegister.Appeal::docketNo, AppealRegister.Appeal::servedOn,
            AppealRegister.Appeal::filingWarning)
        .containsExactly(
            Assertions.tuple(1, "APPLICANT", "示范市人民法院", "（2026）示0502行初3号",
                LocalDate.of(2026, 2, 10), null),
            Assertions.tuple(2, null, "示范市中级人民法院", "（2026）示行终7号",
                LocalDate.of(2026, 4, 2), null));

    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-04-03",
        HEARING_ON, "2026-05-10");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE).get(1))
        .contains("上诉人（原审原告）张三不服示范市人民法院2026年3月18日作出的（2026）示0502行初3号行政判决，"
            + "提起上诉（案号：（2026）示行终7号）。被上诉人现答辩如下：");
    today(LocalDate.of(2026, 5, 20));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-05-20", APPEALED_TO_HIGHER_COURT, false);
    assertThat(suit).isEnded().hasPassed("EndEvent_JudgmentFinal")
        .hasNotPassed("EndEvent_FirstInstanceFinal");
  }

  /**
   * ADR 0049: the handbook's rule that every appeal served is recorded (the court decides
   * whether it is late): a copy served after the last day (裁定书 served Fri 20 Mar, 10 days:
   * Mon 30 Mar), filing date unknown, is recorded with a warning, kept with the second
   * instance; its 答辩状 is due 15 days after the service (Thu 2 Apr: Fri 17 Apr).
   */
  @Test
  void aPlaintiffsAppealServedAfterItsPeriodIsRecordedWithAWarning() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = judged(trackingNumber, "OTHER", "DISMISSED",
        JUDGMENT_KIND, "RULING", JUDGMENT_SERVED_ON, "2026-03-20");
    Assertions.assertThat(engine.getRuntimeService().getVariable(suit.getId(),
        PLAINTIFF_APPEAL_LAST_DAY_TEXT)).isEqualTo("2026-03-30");

    today(LocalDate.of(2026, 4, 3));
    // A filing date after the service cannot be.
    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", PLAINTIFF_APPEAL_FILED_ON, "2026-04-03",
        APPEAL_BODY, "示范市中级人民法院")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(PLAINTIFF_APPEAL_FILED_ON);
    // The court's event (POST lawsuits/appeal) records it as the task would.
    scenario.correlate("PlaintiffAppealServed", trackingNumber,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", APPEAL_BODY, "示范市中级人民法院");

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE).hasPassed("Boundary_PlaintiffAppealServed");
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_DEFENCE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 17)));
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::docketNo)
        .containsExactly(Assertions.tuple(1, "（2026）示0502行初3号"), Assertions.tuple(2, null));
    Assertions.assertThat(appeals.of(trackingNumber).get(1).filingWarning())
        .contains("上诉期限已于2026年3月30日届满", "裁定书送达之日起10日", "由人民法院审查");
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(suit.getId(),
        FILING_WARNING_TEXT)).startsWith("收到上诉状副本时上诉期限已于2026年3月30日届满");
    // Filed (posted) on the last day: in time, no warning (CPL Art. 85).
    Assertions.assertThat(LitigationDelegates.plaintiffAppealWarning(LocalDate.of(2026, 3, 30),
        new AppealRegister.JudgmentService(JudgmentKind.RULING, LocalDate.of(2026, 3, 20)),
        LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2))).isNull();
    // The 答辩状 cites the act appealed as the register knows it: a 裁定书 is a 行政裁定.
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-04-03",
        HEARING_ON, "2026-05-10");
    Assertions.assertThat(defences(trackingNumber, LetterKind.LITIGATION_DEFENCE).get(1))
        .contains("张三不服示范市人民法院2026年3月18日作出的（2026）示0502行初3号行政裁定，提起上诉")
        .doesNotContain("行政判决");
  }

  /** The text of the case's issued documents of this kind (.docx), oldest first. */
  private java.util.List<String> defences(String trackingNumber, LetterKind kind) {
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    return letters.of(trackingNumber).stream().filter(l -> l.kind() == kind)
        .map(l -> LetterDocuments.text(letters.file(trackingNumber, l.id()).orElseThrow().bytes()))
        .toList();
  }

  /**
   * A first instance defended (submitted 10 Feb, hearing 10 Mar) and judged on 18 Mar, then
   * appealed to 示范市中级人民法院 on 20 Mar by {@code appealedBy} under {@code docketNo}.
   */
  private ProcessInstance judgedAndAppealed(String trackingNumber, String result, String detail,
      String appealedBy, String docketNo) {
    ProcessInstance suit = sue(trackingNumber, false);
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-10");
    today(LocalDate.of(2026, 3, 20));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, result,
        APPEAL_RESULT_DETAIL, detail, DECIDED_ON, "2026-03-18",
        APPEALED_TO_HIGHER_COURT, true, APPEALED_BY, appealedBy,
        APPEAL_BODY, "示范市中级人民法院", DOCKET_NO, docketNo);
    return suit;
  }

  /**
   * A first instance defended (submitted 10 Feb, hearing 10 Mar) and judged on 18 Mar without
   * an appeal, recorded on 20 Mar with {@code extra} fields.
   */
  private ProcessInstance judged(String trackingNumber, String result, String detail,
      Object... extra) {
    ProcessInstance suit = sue(trackingNumber, false);
    draftAndApprove(TASK_DRAFT_DEFENCE, "APPROVE");
    scenario.request.complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
        HEARING_ON, "2026-03-10");
    today(LocalDate.of(2026, 3, 20));
    Object[] fields = new Object[8 + extra.length];
    Object[] base = {APPEAL_RESULT, result, APPEAL_RESULT_DETAIL, detail, DECIDED_ON,
        "2026-03-18", APPEALED_TO_HIGHER_COURT, false};
    System.arraycopy(base, 0, fields, 0, 8);
    System.arraycopy(extra, 0, fields, 8, extra.length);
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, fields);
    return suit;
  }

  private ProcessInstance sue(String trackingNumber, boolean afterReconsideration) {
    return scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0502行初3号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, afterReconsideration);
  }

  private void draftAndApprove(String draftTask, String approval) {
    scenario.request.complete(draftTask, LEGAL_USER, ANSWER_TEXT, "答辩意见：被告已依法答复。",
            EVIDENCE_LIST, "1. 答复书；2. 送达回证")
        .complete("Task_ApproveDefence", LEADER, ANSWER_APPROVAL, approval,
            ANSWER_APPROVAL_COMMENT, "SEND_BACK".equals(approval) ? "请补充法律依据" : null);
  }
}
