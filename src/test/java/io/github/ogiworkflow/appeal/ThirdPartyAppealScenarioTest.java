package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.appeal.AppealScenario.THIRD_PARTY;
import static io.github.ogiworkflow.process.ElementIds.BOUNDARY_CORRECTED_IN_HANDLING;
import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.audit.FormLabels;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Third-party appeals (ADR 0032): a third party whose objection was overridden in the public
 * interest and who was served the 公开决定告知书 (Art. 32) contests the decision to disclose by
 * reconsideration or lawsuit. Its periods run from its receipt of the notice (ARL Art. 20, ALL
 * Art. 46), reconsideration first (ARL Art. 23(1)(四)) does not apply to it, the answer names
 * it and the decision to disclose, and the case stays open until its 6 months have run. Dates
 * hand-counted: notice served Wed 11 Feb 2026, reply delivered Fri 13 Feb 2026.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/litigation.bpmn",
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ThirdPartyAppealScenarioTest {

  // The other appeal scenario tests cover the models; these are about who filed.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;
  Letters letters;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * The third party's 60 days run from Wed 11 Feb: 17 days to 28 Feb, 31 in March (48), 12 in
   * April: the 60th day is Sun 12 Apr, so the period ends on Mon 13 Apr (CPL Art. 85). Filed
   * Tue 14 Apr it is late, and recorded with the warning; counted from the applicant's receipt
   * (Fri 13 Feb, 60th day Tue 14 Apr) it would not have been.
   */
  @Test
  void aThirdPartyReconsiderationRunsFromTheNoticeAndItsAnswerNamesTheThirdParty() {
    String trackingNumber = scenario.overriddenCase(false);
    AppealRegister.Counts before = appeals.counts(AppealKind.RECONSIDERATION, 2026, null);
    today(LocalDate.of(2026, 4, 14));

    // No name given: the case has one consulted third party, the register's name is taken.
    ProcessInstance reconsideration = scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕9号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-04-14", SERVED_ON, "2026-04-14", PROCEDURE, "SIMPLIFIED",
        APPELLANT, "THIRD_PARTY");

    assertThat(reconsideration).isWaitingAt(TASK_DRAFT_ANSWER);
    AppealRegister.Appeal appeal = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(appeal.appellant()).isEqualTo(Appellant.THIRD_PARTY);
    Assertions.assertThat(appeal.appellantName()).isEqualTo(THIRD_PARTY);
    Assertions.assertThat(appeal.appellantLabel()).isEqualTo("第三方（" + THIRD_PARTY + "）");
    Assertions.assertThat(appeal.filingWarning()).contains("ARL Art. 20", "2026-04-14",
        "第三方收到公开决定告知书之日（2026年2月11日）", "《行政复议法》第二十条", "是否受理由复议机关决定")
        .doesNotContain("2026-02-13", "收到答复之日")
        // Staff read the Chinese part: dates as letters print them, not as 2026-02-11.
        .satisfies(warning -> Assertions.assertThat(FormLabels.chineseOf(warning))
            .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
    // The drafter sees who contests what: the third party, the decision to disclose.
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(
        reconsideration.getId(), APPEAL_SUBJECT)).startsWith("申请人" + THIRD_PARTY)
        .contains("就张三的政府信息公开申请征求意见的第三方）不服本机关于2026年2月11日作出的予以公开的决定（《公开决定告知书》（",
            "申请行政复议")
        .doesNotContain("申请人张三", "答复书", trackingNumber);

    scenario.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT,
            "本机关认为不公开将对公共利益造成重大影响，决定予以公开，程序合法。",
            EVIDENCE_LIST, "1. 征求第三方意见函；2. 第三方意见；3. 公开决定告知书及送达回证")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-04-14");

    Letters.Letter answer = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.RECONSIDERATION_ANSWER).findFirst().orElseThrow();
    Letters.Letter notice = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.OVERRIDE_NOTICE).findFirst().orElseThrow();
    String document = LetterDocuments.text(
        letters.file(trackingNumber, answer.id()).orElseThrow().bytes());
    // Named by the consultation, not by the internal tracking number (no Latin, no ids).
    Letters.Letter consultation = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.CONSULTATION_THIRD_PARTY).findFirst().orElseThrow();
    Assertions.assertThat(document).contains("行政复议答复书",
        "被申请人：示范市市场监督管理局\n住所：示范市人民路1号\n法定代表人：王明，局长\n",
        "申请人" + THIRD_PARTY + "（被申请人于" + io.github.ogiworkflow.letter.CaseLetters.chinese(
            consultation.issuedOn()) + "以《征求第三方意见函》（" + consultation.documentNumber()
            + "）就张三的政府信息公开申请征求意见的第三方）"
            + "不服被申请人于2026年2月11日作出的予以公开的决定（《公开决定告知书》（"
            + notice.documentNumber() + "）），即不采纳其不同意公开的意见、决定向申请人公开涉及该第三方的政府信息，"
            + "申请行政复议（案号：示复〔2026〕9号）。被申请人现答复如下：")
        .doesNotContain("申请人张三", "《政府信息公开申请答复书》", trackingNumber, "受理编号");

    today(LocalDate.of(2026, 5, 6));
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-05-06");
    assertThat(reconsideration).isEnded();
    // Table 四 counts it like every reconsideration.
    AppealRegister.Counts now = appeals.counts(AppealKind.RECONSIDERATION, 2026, null);
    Assertions.assertThat(now.maintained() - before.maintained()).isEqualTo(1);
    Assertions.assertThat(now.total() - before.total()).isEqualTo(1);
    // The audit trail says who filed.
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> "APPEAL".equals(entry.kind())).singleElement()
        .satisfies(entry -> Assertions.assertThat(entry.detail())
            .startsWith("提起人：第三方（" + THIRD_PARTY + "）；审结于2026年5月6日"));
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
  }

  /**
   * The item overridden for the third party was then withheld on another ground: the reply is a
   * refusal, whose applicant window is 60 days (13 Feb → Tue 14 Apr), but the third party was
   * told of a decision to disclose and may sue for 6 months from Wed 11 Feb: the case may not be
   * closed for good before Tue 11 Aug. A direct suit by the third party carries no
   * reconsideration-first warning (that rule is for refusals, ARL Art. 23(1)(四)), and on its last
   * day no late warning either.
   */
  @Test
  void theCaseStaysOpenForTheThirdPartysSixMonthsAndItsDirectSuitIsNoRefusalCase() {
    String trackingNumber = scenario.overriddenCase(true);
    Assertions.assertThat(engine.getRuntimeService().getVariable(
        scenario.request.instance.getId(), APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-08-11");

    today(LocalDate.of(2026, 8, 11));
    ProcessInstance suit = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0102行初88号", APPEAL_BODY, "示范市某区人民法院",
        SERVED_ON, "2026-08-11", FILED_ON, "2026-08-11", AFTER_RECONSIDERATION, false,
        APPELLANT, "THIRD_PARTY", APPELLANT_NAME, THIRD_PARTY);

    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal -> {
      Assertions.assertThat(appeal.appellant()).isEqualTo(Appellant.THIRD_PARTY);
      Assertions.assertThat(appeal.filingWarning()).isNull();
    });
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(suit.getId(),
        APPEAL_SUBJECT)).startsWith("原告" + THIRD_PARTY).contains("予以公开的决定", "提起行政诉讼");

    // The applicant's direct suit after its own 6 months (13 Feb → 13 Aug): both warnings, as
    // before; the third party's a day after its last day: only the late one.
    AppealWindow window = ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class);
    Assertions.assertThat(window.lawsuitWarning(window.requireCase(trackingNumber), false,
        LocalDate.of(2026, 8, 14))).contains("ARL Art. 23", "ALL Art. 46", "2026-02-13");
    Assertions.assertThat(window.lawsuitWarning(window.requireCase(trackingNumber), false,
        LocalDate.of(2026, 8, 13))).contains("ARL Art. 23").doesNotContain("ALL Art. 46");
    Assertions.assertThat(window.lawsuitWarning(window.requireCase(trackingNumber), false,
        LocalDate.of(2026, 8, 12), new AppealWindow.Filer(Appellant.THIRD_PARTY, THIRD_PARTY)))
        .contains("ALL Art. 46", "第三方收到公开决定告知书之日（2026年2月11日）")
        .doesNotContain("ARL Art. 23");
  }

  /**
   * A third-party appeal needs a third party's overridden objection with a served notice in the
   * register (Art. 32): on a case without one it is refused on the field, whichever process, and
   * nothing is recorded; on a case with one, the name must be a consulted third party's.
   */
  @Test
  void aThirdPartyAppealWithoutAnOverriddenObjectionIsRefusedOnTheField() {
    String plain = scenario.deliveredCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, plain,
        DOCKET_NO, "示复〔2026〕10号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10",
        SERVED_ON, "2026-02-10", PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY",
        APPELLANT_NAME, "某公司"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPELLANT)
        .hasMessageContaining("不能登记为第三方提起");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, plain,
        DOCKET_NO, "（2026）示0102行初89号", APPEAL_BODY, "示范市某区人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false, APPELLANT, "THIRD_PARTY",
        APPELLANT_NAME, "某公司"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPELLANT)
        .hasMessageContaining("条例第三十二条");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, plain,
        DOCKET_NO, "示复〔2026〕10号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10",
        PROCEDURE, "SIMPLIFIED", APPELLANT, "NEIGHBOUR"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("提起人的取值无效");
    Assertions.assertThat(appeals.of(plain)).isEmpty();

    String overridden = scenario.overriddenCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER,
        overridden, DOCKET_NO, "示复〔2026〕11号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-13", PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY",
        APPELLANT_NAME, "示范市另一家公司"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPELLANT_NAME)
        .hasMessageContaining("第三方名称须为本案征求意见的第三方：" + THIRD_PARTY);
    Assertions.assertThat(appeals.of(overridden)).isEmpty();
    // The applicant's own appeal on that case is recorded as before, as the applicant's.
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, overridden,
        DOCKET_NO, "示复〔2026〕12号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-13",
        PROCEDURE, "SIMPLIFIED");
    Assertions.assertThat(appeals.of(overridden)).singleElement()
        .satisfies(appeal -> Assertions.assertThat(appeal.appellantLabel()).isEqualTo("申请人本人"));
  }

  /**
   * An appeal cannot be dated before the act it challenges reached the appellant: the applicant
   * received the reply (delivered Fri 13 Feb), the third party the 公开决定告知书 (served Wed
   * 11 Feb). Refused on the field, nothing recorded; a lawsuit served on the agency before it
   * was filed likewise.
   */
  @Test
  void anAppealDatedBeforeTheChallengedActIsRefused() {
    String trackingNumber = scenario.overriddenCase(false);
    today(LocalDate.of(2026, 2, 20));

    // The applicant on Thu 12 Feb, the day before the reply was delivered.
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕11号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-12", SERVED_ON, "2026-02-12", PROCEDURE, "SIMPLIFIED"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(FILED_ON)
        .hasMessageContaining("申请复议日期不能早于答复送达日期2026年2月13日");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "（2026）示行初11号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-12", AFTER_RECONSIDERATION, false))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(SERVED_ON)
        .hasMessageContaining("收到起诉状副本日期不能早于答复送达日期2026年2月13日");
    // The third party on Tue 10 Feb, the day before the notice was served.
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "（2026）示行初12号", APPEAL_BODY, "示范市人民法院",
        FILED_ON, "2026-02-10", SERVED_ON, "2026-02-16", AFTER_RECONSIDERATION, false,
        APPELLANT, "THIRD_PARTY"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(FILED_ON)
        .hasMessageContaining("起诉日期不能早于公开决定告知书送达日期2026年2月11日");
    // Served on the agency (Mon 16 Feb) before the suit was filed (Tue 17 Feb).
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "（2026）示行初13号", APPEAL_BODY, "示范市人民法院",
        FILED_ON, "2026-02-17", SERVED_ON, "2026-02-16", AFTER_RECONSIDERATION, false,
        APPELLANT, "THIRD_PARTY"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(SERVED_ON)
        .hasMessageContaining("收到日期不能早于申请日期");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();

    // The third party files on Thu 12 Feb, after its notice: recorded.
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕12号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-12",
        SERVED_ON, "2026-02-16", PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY");
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(1);
  }

  /**
   * ADR 0038: the third party's right arises when its 公开决定告知书 is served (Art. 32), before
   * the disclosure and the reply. Before the service its filing is refused on the field; from
   * the service (Wed 11 Feb) it is recorded while the request is still handled (here at 审核答复书,
   * the review having come before the decision to disclose, ADR 0088), and the applicant, with no reply yet, still gets 409. A correction of the
   * third party's reconsideration reaches the request there and reopens it.
   */
  @Test
  void aThirdPartyFilesOnceItsNoticeIsServedBeforeTheReply() {
    scenario.request.objectionOverriddenOnWed11Feb(RequestScenario.items(RequestScenario.item(
        "某企业排污数据", "HELD", "thirdParty", true, "thirdPartyName", THIRD_PARTY)));
    String trackingNumber = scenario.request.trackingNumber();
    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕20号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-11", PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPELLANT)
        .hasMessageContaining("不能登记为第三方提起");
    scenario.request.complete(TASK_RECORD_OVERRIDE_NOTICE_SERVICE, RequestScenario.OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    assertThat(scenario.request.instance).isWaitingAt(ElementIds.TASK_EDIT_REPLY);

    today(LocalDate.of(2026, 2, 12));
    ProcessInstance reconsideration = scenario.start(ProcessKeys.RECONSIDERATION,
        TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕21号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-12", PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY");
    assertThat(reconsideration).isWaitingAt(TASK_DRAFT_ANSWER);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal -> {
      Assertions.assertThat(appeal.appellant()).isEqualTo(Appellant.THIRD_PARTY);
      Assertions.assertThat(appeal.filingWarning()).isNull();
    });

    scenario.request.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT, "程序合法。",
            EVIDENCE_LIST, "公开决定告知书及送达回证")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-12");
    today(LocalDate.of(2026, 3, 2));
    scenario.request.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");

    assertThat(reconsideration).isEnded().hasPassed("EndEvent_Corrected");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasPassed(BOUNDARY_CORRECTED_IN_HANDLING).hasNotPassed(TASK_DELIVER_REPLY);

    // The reply names the decision and the act it revoked, the decision to disclose by its
    // notice's date and 文号; not the third party, whose name the applicant is not told (ADR 0044).
    Letters letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    Letters.Letter notice = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.OVERRIDE_NOTICE).findFirst().orElseThrow();
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, RequestScenario.OFFICE_USER, ITEMS,
        RequestScenario.items(RequestScenario.item("某企业排污数据", "NONEXISTENT")));
    Assertions.assertThat((String) scenario.request.variable(REPLY_LETTER_TEXT)).contains(
        "2026年3月2日，示范市人民政府作出行政复议决定（案号：示复〔2026〕21号），撤销本机关于"
            + "2026年2月11日作出的予以公开的决定（《公开决定告知书》（" + notice.documentNumber()
            + "））。经重新审查，现重新答复如下：").doesNotContain(THIRD_PARTY);
  }

  /**
   * ADR 0038: the applicant and the third party may each have a reconsideration or lawsuit
   * pending on the case at once; one appellant still only one at a time, and a suit after
   * reconsideration needs that appellant's own decided reconsideration.
   */
  @Test
  void theApplicantAndTheThirdPartyMayBothHaveAnAppealPending() {
    String trackingNumber = scenario.overriddenCase(false);
    today(LocalDate.of(2026, 2, 16));
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕30号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-16",
        PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY");
    scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0102行初30号", APPEAL_BODY, "示范市某区人民法院",
        FILED_ON, "2026-02-16", SERVED_ON, "2026-02-16", AFTER_RECONSIDERATION, false);
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::appellant)
        .containsExactly(Appellant.THIRD_PARTY, Appellant.APPLICANT);
    Assertions.assertThat(appeals.of(trackingNumber)).allMatch(AppealRegister.Appeal::pending);

    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "示复〔2026〕31号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-16", PROCEDURE, "SIMPLIFIED"))
        .isInstanceOf(AppealConflict.class).hasMessageContaining("申请人本人在该申请上已有尚未审结");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0102行初31号", APPEAL_BODY, "示范市某区人民法院",
        FILED_ON, "2026-02-16", SERVED_ON, "2026-02-16", AFTER_RECONSIDERATION, false,
        APPELLANT, "THIRD_PARTY"))
        .isInstanceOf(AppealConflict.class)
        .hasMessageContaining("第三方（" + THIRD_PARTY + "）在该申请上已有尚未审结");
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(2);
  }

  /**
   * Handbook §3 (ADR 0045): the applicant's appeal of the first reply is corrected while the
   * request is already handled anew after the third party's correction (round 2: searched, an
   * item in its secrecy review). The correction reopens the request properly once more, never
   * in a broken way: round 2 ends (its review with it, its items superseded), round 3 starts at
   * the search with the applicant's decision's deadline and reason, one request instance, no
   * incident, and both corrections are counted.
   */
  @Test
  void anApplicantsCorrectionAfterTheRequestWasReopenedReopensItProperlyAgain() {
    String trackingNumber = scenario.overriddenCase(false);
    today(LocalDate.of(2026, 2, 16));
    ProcessInstance thirdParty = scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "示复〔2026〕40号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-16", PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY");
    ProcessInstance applicant = scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "示复〔2026〕41号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, "2026-02-16", PROCEDURE, "SIMPLIFIED");
    for (ProcessInstance appeal : java.util.List.of(thirdParty, applicant)) {
      completeIn(appeal, TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT, "程序合法。",
          EVIDENCE_LIST, "答复书及送达回证");
      completeIn(appeal, TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE");
      completeIn(appeal, TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-02-16");
    }
    today(LocalDate.of(2026, 3, 2));
    completeIn(thirdParty, TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);

    // Round 2 under way: searched, one item in its secrecy review.
    scenario.request.complete(TASK_SEARCH_AND_SPLIT, RequestScenario.OFFICE_USER, ITEMS,
        RequestScenario.items(RequestScenario.item("2025年排污许可证核发情况", "HELD")));
    Assertions.assertThat(scenario.request.tasks("Task_ReviewItem")).hasSize(1);

    today(LocalDate.of(2026, 3, 10));
    completeIn(applicant, TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT", DECIDED_ON, "2026-03-10");

    assertThat(applicant).isEnded().hasPassed("EndEvent_Corrected");
    assertThat(scenario.request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasPassed(BOUNDARY_CORRECTED_IN_HANDLING);
    Assertions.assertThat(scenario.request.tasks("Task_ReviewItem")).isEmpty();
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW).count()).isZero();
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).count()).isEqualTo(1);
    Assertions.assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    // Tue 10 Mar + 20 working days: 11–13 = 3, 16–20 = 8, 23–27 = 13, 30 Mar–3 Apr = 18,
    // (4–6 Apr off) 7, 8 Apr = 20.
    Assertions.assertThat(scenario.request.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-04-08");
    Assertions.assertThat(scenario.request.variable(REOPEN_REASON)).isEqualTo("行政复议决定责令履行");
    Assertions.assertThat(ProcessTestEngine.bean(engine, "itemRegister",
        io.github.ogiworkflow.register.ItemRegister.class).of(trackingNumber)).isEmpty();
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::result)
        .containsExactly("CORRECTED", "CORRECTED");
  }

  /**
   * ADR 0060: the copy of the applicant's appeal served after its suit had ended at 一审判决生效
   * concerns that suit's first instance, whatever another suit of the case waits for: here the
   * third party's suit waits at 登记原告上诉. The copy no longer goes to the waiting suit (it did
   * when nobody was named, and the applicant's was refused as not waiting): naming nobody is
   * refused on {@code appellant} (both judgments may take it), the applicant's is recorded in a
   * new instance for its own first instance, and the third party's suit still waits. The same
   * copy again is a duplicate (409).
   */
  @Test
  void aLateCopyOfTheApplicantsAppealIsRecordedWhileTheThirdPartysSuitWaits() {
    String trackingNumber = scenario.overriddenCase(false);
    today(LocalDate.of(2026, 2, 16));
    ProcessInstance applicants = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初3号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-16", AFTER_RECONSIDERATION, false);
    defendAndJudge(applicants, "2026-02-16", LocalDate.of(2026, 3, 18));
    today(LocalDate.of(2026, 4, 23));
    scenario.request.fireTimer(ElementIds.TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED);
    assertThat(applicants).isEnded().hasPassed("EndEvent_FirstInstanceFinal");

    today(LocalDate.of(2026, 4, 24));
    ProcessInstance thirdPartys = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER,
        trackingNumber, DOCKET_NO, "（2026）示0502行初9号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-04-24", AFTER_RECONSIDERATION, false,
        APPELLANT, "THIRD_PARTY", APPELLANT_NAME, THIRD_PARTY);
    defendAndJudge(thirdPartys, "2026-04-24", LocalDate.of(2026, 5, 15));
    assertThat(thirdPartys).isWaitingAt(ElementIds.TASK_RECORD_PLAINTIFF_APPEAL);

    PlaintiffAppeals plaintiffs =
        ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class);
    var runtime = engine.getRuntimeService();
    var history = engine.getHistoryService();
    java.util.Map<String, Object> copy = java.util.Map.of(PLAINTIFF_APPEAL_SERVED_ON,
        "2026-05-15", PLAINTIFF_APPEAL_FILED_ON, "2026-04-03", APPEAL_BODY, "示范市中级人民法院");
    assertThatThrownBy(() -> plaintiffs.served(runtime, history, trackingNumber, copy,
        java.util.Map.of())).isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPELLANT);
    assertThat(thirdPartys).isWaitingAt(ElementIds.TASK_RECORD_PLAINTIFF_APPEAL);

    PlaintiffAppeals.Recorded recorded = plaintiffs.served(runtime, history, trackingNumber,
        copy, java.util.Map.of(APPELLANT, "APPLICANT"));
    scenario.request.runAsyncSteps();

    Assertions.assertThat(recorded.route()).isEqualTo(PlaintiffAppeals.Route.ENDED);
    Assertions.assertThat(recorded.warning()).contains("2026年4月23日", "一审判决生效");
    assertThat(thirdPartys).isWaitingAt(ElementIds.TASK_RECORD_PLAINTIFF_APPEAL);
    ProcessInstance secondInstance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber).processDefinitionKey(ProcessKeys.LITIGATION)
        .list().stream().filter(p -> !p.getId().equals(thirdPartys.getId())).findFirst()
        .orElseThrow();
    assertThat(secondInstance).isWaitingAt(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::instanceNo,
            AppealRegister.Appeal::appellant, AppealRegister.Appeal::appealedBy,
            AppealRegister.Appeal::pending)
        .containsExactly(Assertions.tuple(1, Appellant.APPLICANT, "APPLICANT", false),
            Assertions.tuple(1, Appellant.THIRD_PARTY, null, false),
            Assertions.tuple(2, Appellant.APPLICANT, null, true));

    // A true duplicate: the applicant's judgment is appealed already.
    assertThatThrownBy(() -> plaintiffs.served(runtime, history, trackingNumber, copy,
        java.util.Map.of(APPELLANT, "APPLICANT"))).isInstanceOf(AppealConflict.class);
    // The third party's own copy, now the only one that fits, reaches its waiting suit.
    plaintiffs.served(runtime, history, trackingNumber, java.util.Map.of(
        PLAINTIFF_APPEAL_SERVED_ON, "2026-05-15", APPEAL_BODY, "示范市中级人民法院"),
        java.util.Map.of(DOCKET_NO, "（2026）示0502行初9号"));
    scenario.request.runAsyncSteps();
    assertThat(thirdPartys).isWaitingAt(TASK_DRAFT_DEFENCE)
        .hasPassed("Boundary_PlaintiffAppealServed");
  }

  /** Defends the suit (served {@code servedOn}) and records a judgment for the agency. */
  private void defendAndJudge(ProcessInstance suit, String servedOn, LocalDate judgedOn) {
    completeIn(suit, TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT, "答辩意见：被告已依法答复。",
        EVIDENCE_LIST, "1. 答复书");
    completeIn(suit, ElementIds.TASK_APPROVE_DEFENCE, LEADER, ANSWER_APPROVAL, "APPROVE");
    completeIn(suit, ElementIds.TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, servedOn,
        HEARING_ON, judgedOn.minusDays(3).toString());
    today(judgedOn);
    completeIn(suit, ElementIds.TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, judgedOn.toString(), APPEALED_TO_HIGHER_COURT, false);
  }

  /** Completes the task {@code key} of this appeal instance (several appeals wait at once). */
  private void completeIn(ProcessInstance appeal, String key, String user, Object... keyValues) {
    scenario.request.complete(engine.getTaskService().createTaskQuery()
        .processInstanceId(appeal.getId()).taskDefinitionKey(key).singleResult(), user, keyValues);
  }
}
