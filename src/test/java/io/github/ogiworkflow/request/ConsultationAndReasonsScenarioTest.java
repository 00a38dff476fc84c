package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.CALL_SECRECY_REVIEW;
import static io.github.ogiworkflow.process.ElementIds.SERVICE_RECORD_DELIVERY;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_PUBLIC_INTEREST;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
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

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.LateConsultationAnswers;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, points 4–6, with hand-counted dates across 春节 2026 (15–23 Feb off; Sat 14 and
 * Sat 28 Feb are make-up working days, cn-2026.txt) and 清明 (4–6 Apr off). The request is
 * received Tue 10 Feb 2026 and due Mon 16 Mar (DisclosureRequestScenarioTest's hand count).
 *
 * <ul>
 *   <li>Point 4 (Art. 32, 34): the 15 working days run from the letter's service; the pause of
 *       the reply clock ends on the answer's date, or on the 15th working day of silence.
 *   <li>Point 5 (Art. 32): an override is told to the third party before release.
 *   <li>Point 6 (Art. 35): 5.4 only after the applicant was asked for reasons; a delay moves the
 *       deadline.
 * </ul>
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ConsultationAndReasonsScenarioTest {

  // DisclosureRequestScenarioTest covers the models; these tests are about dates and refusals.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);
  static final String BASIS = "您自2026年1月1日至2月10日共提出政府信息公开申请120件";

  ProcessEngine engine;
  RequestScenario scenario;
  JdbcTemplate jdbc;
  CaseRegister register;
  Letters letters;
  io.github.ogiworkflow.register.ReasonsRequestRegister reasonsRegister;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    reasonsRegister = ProcessTestEngine.bean(engine, "reasonsRequestRegister",
        io.github.ogiworkflow.register.ReasonsRequestRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  // ---- Point 4: consultations (Art. 32, 34)

  @Test
  void theAnswerEndsThePauseOnTheDayItWasGivenNotTheDayItWasTyped() {
    letterSentThu12Feb();
    Assertions.assertThat(letter(LetterKind.CONSULTATION_THIRD_PARTY).body())
        .contains("示范市某食品有限公司：", "自收到本函之日起15个工作日内", "1. 某企业年度检查材料")
        .doesNotContain("${");

    today(LocalDate.of(2026, 2, 13));
    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-14"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CONSULTATION_SERVED_ON)
        .hasMessageContaining("征求意见函送达日期不得晚于今天");
    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-11"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("征求意见函送达日期不得早于征求意见函发出日期2026年2月12日");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_CONSULTATION_SERVICE);

    scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-13");
    // Served Fri 13 Feb; 15 working days: 14 (Sat, 调休) = 1; 15–23 春节; 24–28 (28 Sat, 调休)
    // = 6; 2–6 Mar = 11; 9, 10, 11, Thu 12 Mar = 15.
    LocalDate consultationDue = LocalDate.of(2026, 3, 12);
    Task answer = scenario.task(TASK_RECORD_CONSULTATION_ANSWER);
    Assertions.assertThat(answer.getDueDate()).isEqualTo(OfficeTime.endOf(consultationDue));
    Assertions.assertThat(engine.getTaskService().getVariable(answer.getId(),
        CONSULTATION_DUE_ON_TEXT)).isEqualTo("2026-03-12");
    Assertions.assertThat(scenario.timerJobs(ElementIds.TIMER_CONSULTATION_SILENCE))
        .extracting(Job::getDuedate).containsExactly(OfficeTime.endOf(consultationDue));
    Assertions.assertThat(consultationDates()).containsEntry("SERVED_ON",
        java.sql.Date.valueOf("2026-02-13")).containsEntry("DUE_ON",
        java.sql.Date.valueOf(consultationDue));

    // The answer came on Wed 4 Mar; the office types it in on Mon 9 Mar.
    today(LocalDate.of(2026, 3, 9));
    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER,
        CONSULTATION_ANSWER, "CONSENT", CONSULTATION_ANSWERED_ON, "2026-02-12"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CONSULTATION_ANSWERED_ON)
        .hasMessageContaining("收到答复日期不得早于征求意见函送达日期2026年2月13日");
    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER,
        CONSULTATION_ANSWER, "CONSENT", CONSULTATION_ANSWERED_ON, "2026-03-10"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("收到答复日期不得晚于今天");
    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER,
        CONSULTATION_ANSWER, "SILENCE", CONSULTATION_ANSWERED_ON, "2026-03-04"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CONSULTATION_ANSWER);
    scenario.complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER,
        CONSULTATION_ANSWER, "CONSENT", CONSULTATION_ANSWERED_ON, "2026-03-04");

    // Paused Thu 12 Feb → Wed 4 Mar: 13, 14, 24–28 Feb, 2, 3, 4 Mar = 10 working days (the
    // typing day 9 Mar would have made 13). 16 Mar + 10: 17–20 = 4; 23–27 = 9; Mon 30 Mar.
    Assertions.assertThat(pause()).containsEntry("ENDED_ON", java.sql.Date.valueOf("2026-03-04"))
        .containsEntry("WORKING_DAYS", 10);
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-03-30");
    assertThat(scenario.instance).isWaitingAt(CALL_SECRECY_REVIEW);
  }

  @Test
  void silenceEndsThePauseOnTheFifteenthWorkingDayNotWhenTheJobRan() {
    servedFri13Feb();

    // The timer is due at 23:59:59 on Thu 12 Mar; its job runs just after midnight.
    silenceTimerOnFri13Mar();

    // Paused Thu 12 Feb → Thu 12 Mar: 13, 14, 24–28 Feb = 7; 2–6 Mar = 12; 9–12 Mar = 16.
    // 16 Mar + 16: 17–20 = 4; 23–27 = 9; 30 Mar–3 Apr = 14; 4–6 Apr 清明; 7, Wed 8 Apr = 16
    // (ending on the job's day, 13 Mar, would have given 9 Apr).
    Assertions.assertThat(pause()).containsEntry("ENDED_ON", java.sql.Date.valueOf("2026-03-12"))
        .containsEntry("WORKING_DAYS", 16);
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(LocalDate.of(2026, 4, 8));
    Assertions.assertThat(jdbc.queryForObject("SELECT answer FROM ogi_consultation"
        + " WHERE tracking_number = ?", String.class, tn())).isEqualTo("SILENCE");
  }

  // ---- Audit 35a F4 (Art. 32; ADR 0172): silence, and answers after the period

  /**
   * The third party stayed silent: the agency decides (Art. 32). The reviewer of its item sees
   * whom it consulted, the period and that nothing came; 审核答复书 (and 领导审批答复, the same
   * case variable) see the party's item with its review's conclusion.
   */
  @Test
  void silenceIsShownToTheReviewerAndToWhoeverApprovesTheRelease() {
    silentAfterThu12Mar();
    Assertions.assertThat((String) engine.getTaskService().getVariable(
        reviewTask("某企业年度检查材料").getId(), "thirdPartySilence"))
        .contains("第三方：示范市某食品有限公司", "《某企业年度检查材料》", "答复期限：2026年3月12日",
            "期限内未提出意见", "第三十二条")
        .doesNotContain("逾期答复：");

    scenario.reviewItem("某企业年度检查材料", REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat((String) scenario.variable("thirdPartySilence"))
        .contains("示范市某食品有限公司", "《某企业年度检查材料》（保密审查结论：可以公开）");
  }

  /**
   * A genuinely late objection (posted and received after the 15th working day) is recorded with
   * its dates and kept beside the silence: the item is not withheld for it, the reviewer and the
   * approver see it as late, the trail shows it. Once the item is reviewed, no more.
   */
  @Test
  void aLateObjectionIsKeptBesideTheSilenceAndShownToTheReviewerAndApprover() {
    silentAfterThu12Mar();
    today(LocalDate.of(2026, 3, 17));
    LateConsultationAnswers.Recorded recorded = lateAnswer(null, "OBJECTION",
        "2026-03-17", "2026-03-16", "年检材料含生产工艺，属商业秘密");
    Assertions.assertThat(recorded.inTime()).isFalse();
    Assertions.assertThat(recorded.party()).isEqualTo("示范市某食品有限公司");

    Assertions.assertThat(jdbc.queryForMap("SELECT answer, late_answer, late_received_on,"
        + " posted_on, late_opinion, after_period_recorded_by FROM ogi_consultation"
        + " WHERE tracking_number = ?", tn()))
        .containsEntry("ANSWER", "SILENCE").containsEntry("LATE_ANSWER", "OBJECTION")
        .containsEntry("LATE_RECEIVED_ON", java.sql.Date.valueOf("2026-03-17"))
        .containsEntry("POSTED_ON", java.sql.Date.valueOf("2026-03-16"))
        .containsEntry("LATE_OPINION", "年检材料含生产工艺，属商业秘密")
        .containsEntry("AFTER_PERIOD_RECORDED_BY", OFFICE_USER);
    Assertions.assertThat(jdbc.queryForList("SELECT title FROM ogi_info_item WHERE case_ref = ?"
        + " AND third_party_objected_on IS NOT NULL", String.class, tn())).isEmpty();
    Assertions.assertThat(scenario.variable(THIRD_PARTY_OBJECTED)).isNotEqualTo(true);
    // The pause still ended on the 15th working day (Art. 33).
    Assertions.assertThat(pause()).containsEntry("ENDED_ON", java.sql.Date.valueOf("2026-03-12"));
    // The review already waiting shows it as late.
    Assertions.assertThat((String) engine.getTaskService().getVariable(
        reviewTask("某企业年度检查材料").getId(), "thirdPartySilence"))
        .contains("期限内未提出意见", "逾期答复：不同意公开", "收到日期：2026年3月17日",
            "邮戳日期：2026年3月16日", "年检材料含生产工艺", "答复期限届满后提出");
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(tn()).orElseThrow().entries())
        .filteredOn(e -> e.kind().equals("CONSULTATION")).singleElement()
        .satisfies(e -> {
          Assertions.assertThat(e.outcome()).isEqualTo("逾期未答复");
          Assertions.assertThat(e.detail()).contains("逾期答复：不同意公开（2026年3月17日收到，"
              + "邮戳日期2026年3月16日，答复期限届满后提出）");
        });
    // One answer after the period per consultation.
    assertThatThrownBy(() -> lateAnswer(null, "CONSENT", "2026-03-17", null,
        null)).isInstanceOf(LateConsultationAnswers.NotRecordable.class);

    scenario.reviewItem("某企业年度检查材料", REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat((String) scenario.variable("thirdPartySilence"))
        .contains("（保密审查结论：可以公开）", "逾期答复：不同意公开");
  }

  /**
   * The case page offers 登记逾期第三方答复 (ADR 0172) exactly while the API takes it: not while
   * the period runs, the silent party once it closed, nobody once the party's item is reviewed
   * or its answer recorded.
   */
  @Test
  void theLateAnswerIsOfferedOnlyWhileItCanBeRecorded() {
    servedFri13Feb();
    Assertions.assertThat(lateAnswers().recordable(engine.getRuntimeService(), tn())).isEmpty();
    silenceTimerOnFri13Mar();
    Assertions.assertThat(lateAnswers().recordable(engine.getRuntimeService(), tn()))
        .extracting(c -> c.party()).containsExactly("示范市某食品有限公司");

    scenario.reviewItem("某企业年度检查材料", REVIEW_CONCLUSION, "RELEASABLE");
    Assertions.assertThat(lateAnswers().recordable(engine.getRuntimeService(), tn())).isEmpty();
  }

  /** Recorded, the party's late answer is not offered again. */
  @Test
  void aRecordedLateAnswerIsNotOfferedAgain() {
    silentAfterThu12Mar();
    today(LocalDate.of(2026, 3, 17));
    lateAnswer(null, "CONSENT", "2026-03-17", null, null);
    Assertions.assertThat(lateAnswers().recordable(engine.getRuntimeService(), tn())).isEmpty();
  }

  /**
   * ADR 0172's open point (Art. 32; ADR 0179): legal releases the item of a party whose objection
   * came after its period. The silence stands and nothing is withheld, but the reply (予以公开)
   * goes to leadership, by the model's table and by the register's check (delivery, issuing),
   * and leadership's form shows the late objection with its reasons.
   */
  @Test
  void releasingOverALateObjectionNeedsLeadershipWhoSeesIt() {
    silentAfterThu12Mar();
    today(LocalDate.of(2026, 3, 17));
    lateAnswer(null, "OBJECTION", "2026-03-17", "2026-03-16", "年检材料含生产工艺，属商业秘密");
    scenario.reviewItem("某企业年度检查材料", REVIEW_CONCLUSION, "RELEASABLE");

    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("1");
    Assertions.assertThat(scenario.variable(APPROVAL_REQUIRED)).isEqualTo(true);
    Assertions.assertThat(releaseChecks().approvalRequired(engine, tn(), "1")).isTrue();
    Assertions.assertThat(scenario.variable("disclosureAfterDeadline")).isNull();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);
    Task approval = engine.getTaskService().createTaskQuery()
        .processInstanceId(scenario.instance.getId())
        .taskDefinitionKey(TASK_APPROVE_REPLY).singleResult();
    Assertions.assertThat((String) engine.getTaskService().getVariable(approval.getId(),
        "thirdPartySilence")).contains("示范市某食品有限公司", "（保密审查结论：可以公开）",
            "逾期答复：不同意公开", "年检材料含生产工艺", "答复期限届满后提出");
  }

  /** A late consent changes nothing: the release needs no approval. */
  @Test
  void releasingAfterALateConsentNeedsNoApproval() {
    silentAfterThu12Mar();
    today(LocalDate.of(2026, 3, 16));
    lateAnswer(null, "CONSENT", "2026-03-16", null, null);
    scenario.reviewItem("某企业年度检查材料", REVIEW_CONCLUSION, "RELEASABLE");

    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(scenario.variable(APPROVAL_REQUIRED)).isEqualTo(false);
    Assertions.assertThat(releaseChecks().approvalRequired(engine, tn(), "1")).isFalse();
  }

  /** A late consent is kept the same way; the silence stands, the reviewer sees the consent. */
  @Test
  void aLateConsentIsKeptBesideTheSilence() {
    silentAfterThu12Mar();
    today(LocalDate.of(2026, 3, 16));
    Assertions.assertThat(lateAnswer("示范市某食品有限公司", "CONSENT",
        "2026-03-16", null, "（同意时的理由不记）").inTime()).isFalse();
    Assertions.assertThat(jdbc.queryForMap("SELECT answer, late_answer, late_opinion"
        + " FROM ogi_consultation WHERE tracking_number = ?", tn()))
        .containsEntry("ANSWER", "SILENCE").containsEntry("LATE_ANSWER", "CONSENT")
        .containsEntry("LATE_OPINION", null);
    Assertions.assertThat((String) engine.getTaskService().getVariable(
        reviewTask("某企业年度检查材料").getId(), "thirdPartySilence"))
        .contains("逾期答复：同意公开", "收到日期：2026年3月16日").doesNotContain("不同意公开的理由");
  }

  /**
   * An objection posted on the last day (邮戳 Thu 12 Mar) and received on Mon 16 Mar is in time:
   * it is the consultation's answer (not 逾期), the party's item is withheld unless the public
   * interest overrides, the trail gives the postmark; the pause still ends on 12 Mar.
   */
  @Test
  void anObjectionPostedWithinThePeriodAndReceivedAfterItCountsAsInTime() {
    silentAfterThu12Mar();
    today(LocalDate.of(2026, 3, 16));
    Assertions.assertThat(lateAnswer(null, "OBJECTION", "2026-03-16",
        "2026-03-12", "年检材料含生产工艺，属商业秘密").inTime()).isTrue();

    Assertions.assertThat(jdbc.queryForMap("SELECT answer, answered_on, posted_on, late_answer"
        + " FROM ogi_consultation WHERE tracking_number = ?", tn()))
        .containsEntry("ANSWER", "OBJECTION")
        .containsEntry("ANSWERED_ON", java.sql.Date.valueOf("2026-03-16"))
        .containsEntry("POSTED_ON", java.sql.Date.valueOf("2026-03-12"))
        .containsEntry("LATE_ANSWER", null);
    Assertions.assertThat(jdbc.queryForList("SELECT title FROM ogi_info_item WHERE case_ref = ?"
        + " AND third_party_objected_on IS NOT NULL", String.class, tn()))
        .containsExactly("某企业年度检查材料");
    Assertions.assertThat(pause()).containsEntry("ENDED_ON", java.sql.Date.valueOf("2026-03-12"))
        .containsEntry("WORKING_DAYS", 16);
    Assertions.assertThat(engine.getTaskService().getVariable(
        reviewTask("某企业年度检查材料").getId(), "thirdPartySilence")).isNull();
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(tn()).orElseThrow().entries())
        .filteredOn(e -> e.kind().equals("CONSULTATION")).singleElement()
        .satisfies(e -> {
          Assertions.assertThat(e.outcome()).isEqualTo("不同意公开");
          Assertions.assertThat(e.detail()).contains("2026年3月16日答复（期限届满后收到，"
              + "邮戳日期2026年3月12日，在答复期限内寄出").doesNotContain("逾期");
        });

    scenario.reviewItem("某企业年度检查材料", REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_CONSIDER_PUBLIC_INTEREST);
    Assertions.assertThat((String) scenario.variable(THIRD_PARTY_OBJECTION))
        .contains("示范市某食品有限公司", "邮戳日期：2026年3月12日", "年检材料含生产工艺");
    Assertions.assertThat(scenario.variable("thirdPartySilence")).isNull();
    scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, false);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("3.4");
  }

  /** Bad input is refused on the field in Chinese, and nothing is written. */
  @Test
  void aBadAnswerAfterThePeriodIsRefusedOnItsFieldAndNothingIsWritten() {
    silentAfterThu12Mar();
    today(LocalDate.of(2026, 3, 16));
    assertThatThrownBy(() -> lateAnswer(null, "OBJECTION", "2026-03-17", null,
        "理由")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("receivedOn").hasMessageContaining("收到答复日期不得晚于今天");
    assertThatThrownBy(() -> lateAnswer(null, "OBJECTION", "2026-03-16",
        "2026-03-17", "理由")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("postedOn").hasMessageContaining("邮戳日期不得晚于收到答复日期");
    assertThatThrownBy(() -> lateAnswer(null, "OBJECTION", "2026-03-16", null,
        " ")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("opinion").hasMessageContaining("不同意公开的理由");
    assertThatThrownBy(() -> lateAnswer(null, "SILENCE", "2026-03-16", null,
        null)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("answer").hasMessageContaining("答复意见");
    assertThatThrownBy(() -> lateAnswer(null, "CONSENT", "16.3.2026", null,
        null)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("receivedOn").hasMessageContaining("日期格式");
    assertThatThrownBy(() -> lateAnswer("示范市某乳业有限公司", "CONSENT",
        "2026-03-16", null, null)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("party").hasMessageContaining("被征求意见的第三方");
    Assertions.assertThat(jdbc.queryForMap("SELECT answer, late_answer, posted_on"
        + " FROM ogi_consultation WHERE tracking_number = ?", tn()))
        .containsEntry("ANSWER", "SILENCE").containsEntry("LATE_ANSWER", null)
        .containsEntry("POSTED_ON", null);
  }

  /**
   * Each letter to a consulted party numbers its own list from 1: the case's item numbers would
   * make the letter look as if items were missing (the third-party letter would start at 2, the
   * agency's at 3).
   */
  @Test
  void eachConsultationLetterNumbersItsOwnItemsFromOne() {
    today(LocalDate.of(2026, 2, 12));
    scenario.startWithItems(registration(RECEIVED), items(
        item("2025年度食品抽检结果汇总表", "HELD"),
        item("某乳业有限公司抽检报告", "HELD", "thirdParty", true,
            "thirdPartyName", "示范市某乳业有限公司"),
        item("联合检查工作方案", "HELD", "otherAgency", true,
            "otherAgencyName", "示范市卫生健康委员会"),
        item("某乳业有限公司整改报告", "HELD", "thirdParty", true,
            "thirdPartyName", "示范市某乳业有限公司")));

    Assertions.assertThat(letter(LetterKind.CONSULTATION_THIRD_PARTY).body())
        .contains("涉及的信息：\n1. 某乳业有限公司抽检报告\n2. 某乳业有限公司整改报告\n")
        .doesNotContain("食品抽检结果汇总表", "联合检查工作方案", "4. ");
    Assertions.assertThat(letter(LetterKind.CONSULTATION_AGENCY).body())
        .contains("示范市卫生健康委员会：", "涉及的信息：\n1. 联合检查工作方案\n")
        .doesNotContain("某乳业有限公司", "3. ");
  }

  /**
   * Audit 35a F1 (Art. 15, 32; ADR 0166): two third parties are consulted each on its own: its
   * own letter naming only its items, its own service date and 15 working days, its own answer.
   * 乙 objects, 甲 consents: only 乙's item is withheld (3.4), 甲's is released; the objection
   * the office weighs names 乙's item alone.
   */
  @Test
  void eachThirdPartyIsConsultedOnItsOwnItemsAndOnlyTheObjectorsItemsAreWithheld() {
    today(LocalDate.of(2026, 2, 10));
    scenario.startWithItems(registration(RECEIVED), items(
        item("甲公司产品检验报告", "HELD", "thirdParty", true, "thirdPartyName", "甲食品有限公司"),
        item("乙公司产品检验报告", "HELD", "thirdParty", true, "thirdPartyName", "乙贸易有限公司")));

    List<Letters.Letter> sent = letters.of(tn()).stream()
        .filter(l -> l.kind() == LetterKind.CONSULTATION_THIRD_PARTY).toList();
    Assertions.assertThat(sent).hasSize(2);
    Assertions.assertThat(sent).filteredOn(l -> l.body().contains("甲食品有限公司："))
        .singleElement().satisfies(l -> Assertions.assertThat(l.body())
            .contains("涉及的信息：\n1. 甲公司产品检验报告\n")
            .doesNotContain("乙公司", "乙贸易有限公司", "2. "));
    Assertions.assertThat(sent).filteredOn(l -> l.body().contains("乙贸易有限公司："))
        .singleElement().satisfies(l -> Assertions.assertThat(l.body())
            .contains("涉及的信息：\n1. 乙公司产品检验报告\n")
            .doesNotContain("甲公司", "甲食品有限公司", "2. "));

    // Each service is recorded on its own: 甲 received its letter on Tue 10 Feb, 乙 on Fri 13.
    Assertions.assertThat(scenario.tasks(TASK_RECORD_CONSULTATION_SERVICE)).hasSize(2);
    scenario.complete(partysTask(TASK_RECORD_CONSULTATION_SERVICE, "甲食品有限公司"), OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-10");
    today(LocalDate.of(2026, 2, 13));
    scenario.complete(partysTask(TASK_RECORD_CONSULTATION_SERVICE, "乙贸易有限公司"), OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-13");
    // 15 working days each (春节 15–23 Feb off, Sat 14 and 28 Feb worked): from 10 Feb: 11–14
    // = 4, 24–28 = 9, 2–6 Mar = 14, Mon 9 Mar = 15; from 13 Feb: Thu 12 Mar (above).
    Assertions.assertThat(engine.getTaskService().getVariable(partysTask(
        TASK_RECORD_CONSULTATION_ANSWER, "甲食品有限公司").getId(), CONSULTATION_DUE_ON_TEXT))
        .isEqualTo("2026-03-09");
    Assertions.assertThat(engine.getTaskService().getVariable(partysTask(
        TASK_RECORD_CONSULTATION_ANSWER, "乙贸易有限公司").getId(), CONSULTATION_DUE_ON_TEXT))
        .isEqualTo("2026-03-12");

    today(LocalDate.of(2026, 2, 24));
    scenario.complete(partysTask(TASK_RECORD_CONSULTATION_ANSWER, "乙贸易有限公司"), OFFICE_USER,
        CONSULTATION_ANSWER, "OBJECTION", CONSULTATION_ANSWERED_ON, "2026-02-24",
        CONSULTATION_OPINION, "检验报告含配方，属商业秘密");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_CONSULTATION_ANSWER);
    scenario.complete(partysTask(TASK_RECORD_CONSULTATION_ANSWER, "甲食品有限公司"), OFFICE_USER,
        CONSULTATION_ANSWER, "CONSENT", CONSULTATION_ANSWERED_ON, "2026-02-24");

    Assertions.assertThat(jdbc.queryForList("SELECT party_name || ':' || answer FROM"
        + " ogi_consultation WHERE tracking_number = ? ORDER BY party_name", String.class, tn()))
        .containsExactly("乙贸易有限公司:OBJECTION", "甲食品有限公司:CONSENT");
    Assertions.assertThat(jdbc.queryForList("SELECT title FROM ogi_info_item WHERE case_ref = ?"
        + " AND third_party_objected_on IS NOT NULL", String.class, tn()))
        .containsExactly("乙公司产品检验报告");
    // The audit trail says whom each consultation went to and what each answered.
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(tn()).orElseThrow().entries())
        .filteredOn(e -> e.kind().equals("CONSULTATION"))
        .extracting(e -> e.detail().substring(0, e.detail().indexOf('；')) + "/" + e.outcome())
        .containsExactlyInAnyOrder("被征求意见的第三方：甲食品有限公司/同意公开",
            "被征求意见的第三方：乙贸易有限公司/不同意公开");

    scenario.reviewItem("甲公司产品检验报告", REVIEW_CONCLUSION, "RELEASABLE");
    scenario.reviewItem("乙公司产品检验报告", REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_CONSIDER_PUBLIC_INTEREST);
    Assertions.assertThat((String) scenario.variable(THIRD_PARTY_OBJECTION))
        .contains("乙贸易有限公司", "《乙公司产品检验报告》", "检验报告含配方")
        .doesNotContain("甲公司产品检验报告");
    scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, false);

    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("2");
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .containsPattern("甲公司产品检验报告：予以公开")
        .containsPattern("乙公司产品检验报告：[^\n]*不予公开");
  }

  /**
   * Audit 35a F1 leftover, F5 (Art. 15, 32; ADR 0166, 0171): two parties objected, each to its
   * own item, both items' reviews release them and leadership discloses over both objections.
   * Each party gets its own 公开决定告知书 naming only its item and the disclosure date, and its
   * own service step. Delivery is refused while one notice is unserved and before the date the
   * notices state (issued Wed 11 Feb: 5 working days for service, then 15, disclosure from the
   * next working day, Wed 18 Mar 2026), and before 15 full working days from a late service
   * (乙 served Thu 26 Feb: its days run to Wed 18 Mar, disclosure from Thu 19 Mar); allowed
   * then.
   */
  @Test
  void eachObjectingPartyGetsItsOwnNoticeAndTheReplyWaitsForEveryNoticesDisclosureDate() {
    today(LocalDate.of(2026, 2, 10));
    scenario.startWithItems(registration(RECEIVED), items(
        item("甲公司产品检验报告", "HELD", "thirdParty", true, "thirdPartyName", "甲食品有限公司"),
        item("乙公司产品检验报告", "HELD", "thirdParty", true, "thirdPartyName", "乙贸易有限公司")));
    for (String party : List.of("甲食品有限公司", "乙贸易有限公司")) {
      scenario.complete(partysTask(TASK_RECORD_CONSULTATION_SERVICE, party), OFFICE_USER,
          CONSULTATION_SERVED_ON, "2026-02-10");
      scenario.complete(partysTask(TASK_RECORD_CONSULTATION_ANSWER, party), OFFICE_USER,
          CONSULTATION_ANSWER, "OBJECTION", CONSULTATION_ANSWERED_ON, "2026-02-10",
          CONSULTATION_OPINION, "检验报告含配方，属商业秘密");
    }
    scenario.reviewItem("甲公司产品检验报告", REVIEW_CONCLUSION, "RELEASABLE");
    scenario.reviewItem("乙公司产品检验报告", REVIEW_CONCLUSION, "RELEASABLE");
    scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, true,
        "overridePartyReasons", partyReasons(
            "甲食品有限公司", "涉及公众健康，不公开会对公共利益造成重大影响",
            "乙贸易有限公司", "涉及公众健康，不公开会对公共利益造成重大影响"));
    today(LocalDate.of(2026, 2, 11));
    scenario.complete(ElementIds.TASK_APPROVE_OVERRIDE, LEADER, OVERRIDE_APPROVAL, "APPROVE");

    List<Letters.Letter> notices = letters.of(tn()).stream()
        .filter(l -> l.kind() == LetterKind.OVERRIDE_NOTICE).toList();
    Assertions.assertThat(notices).hasSize(2);
    Assertions.assertThat(notices).filteredOn(l -> l.body().contains("甲食品有限公司："))
        .singleElement().satisfies(l -> Assertions.assertThat(l.body())
            .contains("决定公开的政府信息：\n1. 甲公司产品检验报告\n",
                "本机关将自2026年3月18日起向申请人公开上述政府信息")
            .doesNotContain("乙公司", "乙贸易有限公司", "2. "));
    Assertions.assertThat(notices).filteredOn(l -> l.body().contains("乙贸易有限公司："))
        .singleElement().satisfies(l -> Assertions.assertThat(l.body())
            .contains("决定公开的政府信息：\n1. 乙公司产品检验报告\n", "2026年3月18日")
            .doesNotContain("甲公司", "甲食品有限公司", "2. "));

    List<Task> services = scenario.tasks(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE);
    Assertions.assertThat(services).hasSize(2);
    scenario.complete(noticeServiceOf("甲食品有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE);
    Assertions.assertThat(jdbc.queryForList("SELECT party_name FROM ogi_consultation WHERE"
        + " tracking_number = ? AND override_notice_served_on IS NOT NULL", String.class, tn()))
        .containsExactly("甲食品有限公司");
    // 乙 receives its notice late, on Thu 26 Feb: its 15 working days run to Wed 18 Mar.
    today(LocalDate.of(2026, 2, 26));
    scenario.complete(noticeServiceOf("乙贸易有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-26");
    // ADR 0179: both days fall after the reply deadline; 审核答复书 warns, naming each day.
    LocalDate due = register.get(tn()).dueOn();
    Assertions.assertThat(due).isBefore(LocalDate.of(2026, 3, 18));
    Assertions.assertThat((String) scenario.variable("disclosureAfterDeadline"))
        .contains("公开决定告知书载明的公开日期晚于答复期限（"
                + io.github.ogiworkflow.letter.CaseLetters.chinese(due) + "）",
            "请依法延期答复", "甲食品有限公司：2026年3月18日", "乙贸易有限公司：2026年3月19日");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");

    // Before the day the notices state: refused, naming each party's day.
    assertThatThrownBy(() -> deliverOn("2026-02-26"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("replyDelivery")
        .hasMessageContaining("早于公开决定告知书载明的公开日期")
        .hasMessageContaining("甲食品有限公司：2026年3月18日")
        .hasMessageContaining("乙贸易有限公司：2026年3月19日");
    // 甲's day has come, 乙's not.
    today(LocalDate.of(2026, 3, 18));
    assertThatThrownBy(() -> deliverOn("2026-03-18"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("乙贸易有限公司：2026年3月19日")
        .satisfies(e -> Assertions.assertThat(e.getMessage()).doesNotContain("甲食品有限公司："));
    // A notice whose service the register lacks (a path past the model): refused, naming 乙.
    today(LocalDate.of(2026, 3, 19));
    jdbc.update("UPDATE ogi_consultation SET override_notice_served_on = NULL WHERE"
        + " tracking_number = ? AND party_name = ?", tn(), "乙贸易有限公司");
    assertThatThrownBy(() -> deliverOn("2026-03-19"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("未登记送达的不得答复：乙贸易有限公司");
    jdbc.update("UPDATE ogi_consultation SET override_notice_served_on = ? WHERE"
        + " tracking_number = ? AND party_name = ?", java.sql.Date.valueOf("2026-02-26"), tn(),
        "乙贸易有限公司");

    deliverOn("2026-03-19");
    Assertions.assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    Assertions.assertThat(register.get(tn()).outcomeCode()).isEqualTo("1");
  }

  /**
   * ADR 0182 (Art. 15, 32): each objecting party's 公开决定告知书 states the reason concerning that
   * party. 判断是否涉及重大公共利益 lists the parties the notices go to; one reason for the case is
   * refused while two parties object (400 naming who lacks one, nothing kept); each notice then
   * carries its own party's reason and not the other's, and leadership reads both.
   */
  @Test
  void eachObjectingPartysNoticeStatesTheReasonConcerningIt() {
    twoPartiesObjectedAndReleased();
    Task consider = scenario.task(TASK_CONSIDER_PUBLIC_INTEREST);
    Assertions.assertThat(String.valueOf(engine.getTaskService().getVariable(
        consider.getId(), "overridePartyReasons")))
        .contains("甲食品有限公司", "乙贸易有限公司");
    assertThatThrownBy(() -> scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER,
        OVERRIDE_PROPOSED, true, OVERRIDE_REASON, "涉及公众健康"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("overridePartyReasons")
        .hasMessageContaining("尚未填写：甲食品有限公司、乙贸易有限公司");
    assertThatThrownBy(() -> scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER,
        OVERRIDE_PROPOSED, true, "overridePartyReasons", partyReasons(
            "甲食品有限公司", "甲公司产品抽检不合格，涉及公众健康", "乙贸易有限公司", " ")))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("尚未填写：乙贸易有限公司");
    Assertions.assertThat(jdbc.queryForList("SELECT override_reason FROM ogi_consultation"
        + " WHERE tracking_number = ? AND override_reason IS NOT NULL", String.class, tn()))
        .isEmpty();
    scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, true,
        "overridePartyReasons", partyReasons(
            "甲食品有限公司", "甲公司产品抽检不合格，涉及公众健康",
            "乙贸易有限公司", "乙公司进口食品涉及食品安全风险警示"));
    Assertions.assertThat((String) engine.getTaskService().getVariable(
        scenario.task(ElementIds.TASK_APPROVE_OVERRIDE).getId(), OVERRIDE_REASON))
        .contains("甲食品有限公司：甲公司产品抽检不合格", "乙贸易有限公司：乙公司进口食品");
    today(LocalDate.of(2026, 2, 11));
    scenario.complete(ElementIds.TASK_APPROVE_OVERRIDE, LEADER, OVERRIDE_APPROVAL, "APPROVE");

    List<Letters.Letter> notices = letters.of(tn()).stream()
        .filter(l -> l.kind() == LetterKind.OVERRIDE_NOTICE).toList();
    Assertions.assertThat(notices).filteredOn(l -> l.body().contains("甲食品有限公司："))
        .singleElement().satisfies(l -> Assertions.assertThat(l.body())
            .contains("甲公司产品抽检不合格，涉及公众健康").doesNotContain("乙公司进口食品"));
    Assertions.assertThat(notices).filteredOn(l -> l.body().contains("乙贸易有限公司："))
        .singleElement().satisfies(l -> Assertions.assertThat(l.body())
            .contains("乙公司进口食品涉及食品安全风险警示").doesNotContain("甲公司产品抽检"));
  }

  /**
   * Review37 F10: a party whose own 公开决定告知书 has not been served has no periods yet, though
   * another party's notice was: only a round from before per-party notices takes the latest.
   * Before, 甲 took 乙's service day (11 Feb) and could be registered as appealing from it.
   */
  @Test
  void aPartyWithoutItsOwnServedNoticeTakesNoOtherPartysDay() {
    twoPartiesOverriddenOn11Feb();
    scenario.complete(noticeServiceOf("乙贸易有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    io.github.ogiworkflow.appeal.AppealWindow window = ProcessTestEngine.bean(engine,
        "appealWindow", io.github.ogiworkflow.appeal.AppealWindow.class);
    Assertions.assertThat(window.overrideNoticeServedOn(tn(), "乙贸易有限公司"))
        .contains(LocalDate.of(2026, 2, 11));
    Assertions.assertThat(window.overrideNoticeServedOn(tn(), "甲食品有限公司")).isEmpty();
  }

  /**
   * ADR 0182: the appeal window runs from the latest service of the case's 公开决定告知书, and a
   * third party's own periods from its own notice's service. 乙 (consulted second) is served on
   * Wed 11 Feb, 甲 only on Thu 26 Feb: the case's window counts from 26 Feb, 乙's reconsideration
   * may be filed on 20 Feb, 甲's not before its notice reached it.
   */
  @Test
  void theAppealWindowRunsFromTheLatestNoticeAndEachPartysFromItsOwn() {
    twoPartiesOverriddenOn11Feb();
    scenario.complete(noticeServiceOf("乙贸易有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    today(LocalDate.of(2026, 2, 26));
    scenario.complete(noticeServiceOf("甲食品有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-26");

    io.github.ogiworkflow.appeal.AppealWindow window = ProcessTestEngine.bean(engine,
        "appealWindow", io.github.ogiworkflow.appeal.AppealWindow.class);
    Assertions.assertThat(window.overrideNoticeServedOn(tn()))
        .contains(LocalDate.of(2026, 2, 26));
    LocalDate feb20 = LocalDate.of(2026, 2, 20);
    Assertions.assertThat(window.notBeforeChallengedAct(tn(),
        new io.github.ogiworkflow.appeal.AppealWindow.Filer(
            io.github.ogiworkflow.appeal.Appellant.THIRD_PARTY, "乙贸易有限公司"),
        feb20, "filedOn", "申请复议日期")).isEqualTo(feb20);
    assertThatThrownBy(() -> window.notBeforeChallengedAct(tn(),
        new io.github.ogiworkflow.appeal.AppealWindow.Filer(
            io.github.ogiworkflow.appeal.Appellant.THIRD_PARTY, "甲食品有限公司"),
        feb20, "filedOn", "申请复议日期"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("公开决定告知书送达日期2026年2月26日");
  }

  /**
   * ADR 0182 (ADR 0179's open point): 送达答复书 shows the disclosure-day warning as the server
   * computes it when the task is created, not as 审核答复书 had it: the deadline moved later
   * since (an extension, here written into the register) leaves no warning; moved earlier, the
   * warning names the new deadline.
   */
  @Test
  void theDeliveryStepShowsTheDisclosureWarningComputedWhenItIsCreated() {
    twoPartiesOverriddenOn11Feb();
    scenario.complete(noticeServiceOf("甲食品有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    scenario.complete(noticeServiceOf("乙贸易有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    Assertions.assertThat((String) scenario.variable("disclosureAfterDeadline"))
        .contains("甲食品有限公司：2026年3月18日");
    jdbc.update("UPDATE ogi_case SET due_on = ? WHERE tracking_number = ?",
        java.sql.Date.valueOf("2026-04-30"), tn());
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
    Assertions.assertThat(engine.getTaskService().getVariable(
        scenario.task(TASK_DELIVER_REPLY).getId(), "disclosureAfterDeadline")).isNull();
  }

  @Test
  void theDeliveryStepNamesTheDeadlineInForceWhenItIsCreated() {
    twoPartiesOverriddenOn11Feb();
    scenario.complete(noticeServiceOf("甲食品有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    scenario.complete(noticeServiceOf("乙贸易有限公司"), OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    jdbc.update("UPDATE ogi_case SET due_on = ? WHERE tracking_number = ?",
        java.sql.Date.valueOf("2026-03-17"), tn());
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    Assertions.assertThat((String) engine.getTaskService().getVariable(
        scenario.task(TASK_DELIVER_REPLY).getId(), "disclosureAfterDeadline"))
        .contains("晚于答复期限（2026年3月17日）", "甲食品有限公司：2026年3月18日",
            "乙贸易有限公司：2026年3月18日");
  }

  /**
   * ADR 0182 (Art. 32, 33; ADR 0172's open point): an answer received on Tue 10 Mar, within the
   * period (last day Thu 12 Mar), but recorded only after the silence closed the consultation,
   * ends the pause on 10 Mar: 14 working days paused instead of 16, and the reply deadline moves
   * from Wed 8 Apr back to Fri 3 Apr (4–6 Apr 清明), in the register, the case and the response.
   */
  @Test
  void anAnswerReceivedInTimeButRecordedLateEndsThePauseOnTheDayItCame() {
    silentAfterThu12Mar();
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(LocalDate.of(2026, 4, 8));
    today(LocalDate.of(2026, 3, 16));
    Assertions.assertThat(lateAnswers().record(engine, tn(), null, "CONSENT",
        "2026-03-10", null, null, OFFICE_USER).inTime()).isTrue();
    Assertions.assertThat(pause()).containsEntry("ENDED_ON", java.sql.Date.valueOf("2026-03-10"))
        .containsEntry("WORKING_DAYS", 14);
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(LocalDate.of(2026, 4, 3));
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-04-03");
    Assertions.assertThat(jdbc.queryForList("SELECT reason FROM ogi_date_change WHERE"
        + " tracking_number = ? AND field = 'replyDueDate'", String.class, tn()))
        .singleElement().asString().contains("征求意见时间计至收到答复之日2026年3月10日");
  }

  /**
   * ADR 0182: an answer after the party's items were reviewed is still refused (the agency
   * decided on the silence, Art. 32), with a message naming the reviewed item and telling the
   * office what to do; an answer that was in time says so and sends it to leadership.
   */
  @Test
  void anAnswerAfterTheReviewIsRefusedTellingTheOfficeWhatToDo() {
    silentAfterThu12Mar();
    scenario.reviewItem("某企业年度检查材料", REVIEW_CONCLUSION, "RELEASABLE");
    today(LocalDate.of(2026, 3, 17));
    assertThatThrownBy(() -> lateAnswers().record(engine, tn(), null,
        "OBJECTION", "2026-03-11", null, "年检材料含生产工艺", OFFICE_USER))
        .isInstanceOf(LateConsultationAnswers.NotRecordable.class)
        .hasMessageContaining("《某企业年度检查材料》已作出保密审查结论")
        .hasMessageContaining("附卷").hasMessageContaining("属于期限内的答复：请立即报审批领导");
    assertThatThrownBy(() -> lateAnswers().record(engine, tn(), null,
        "OBJECTION", "2026-03-17", null, "年检材料含生产工艺", OFFICE_USER))
        .isInstanceOf(LateConsultationAnswers.NotRecordable.class)
        .hasMessageContaining("之后提出，请报审批人知悉");
    Assertions.assertThat(jdbc.queryForMap("SELECT answer, late_answer FROM ogi_consultation"
        + " WHERE tracking_number = ?", tn())).containsEntry("ANSWER", "SILENCE")
        .containsEntry("LATE_ANSWER", null);
  }

  /**
   * ADR 0182 (ADR 0171's open point): a case on the model before ADR 0171 (one service step, its
   * flow listener; its 判断是否涉及重大公共利益 form has one reason) with two objecting parties
   * gets both notices, each with the one reason, and its one service step records the service
   * of both: the reply is released on the day they state, not held for a service no step records.
   */
  @Test
  void aCaseOnTheModelBeforeOneNoticePerPartyServesBothNoticesInItsOneStep() {
    String deployment = engine.getRepositoryService().createDeployment()
        .addClasspathResource("earlier-models/disclosure-request-before-adr-0171.bpmn")
        .addClasspathResource("earlier-models/public-interest-before-adr-0182.form")
        .addClasspathResource("processes/secrecy-review.bpmn")
        .addClasspathResource("processes/reply-outcome.dmn")
        .addClasspathResource("processes/approval-required.dmn").deploy().getId();
    try {
      twoPartiesObjectedAndReleased();
      scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, true,
          OVERRIDE_REASON, "涉及公众健康，不公开会对公共利益造成重大影响");
      today(LocalDate.of(2026, 2, 11));
      scenario.complete(ElementIds.TASK_APPROVE_OVERRIDE, LEADER, OVERRIDE_APPROVAL, "APPROVE");
      Assertions.assertThat(letters.of(tn()).stream()
          .filter(l -> l.kind() == LetterKind.OVERRIDE_NOTICE))
          .hasSize(2).allSatisfy(l -> Assertions.assertThat(l.body())
              .contains("涉及公众健康，不公开会对公共利益造成重大影响"));
      Assertions.assertThat(scenario.tasks(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE))
          .hasSize(1);
      scenario.complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
          OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
      Assertions.assertThat(jdbc.queryForList("SELECT party_name FROM ogi_consultation WHERE"
          + " tracking_number = ? AND override_notice_served_on = ?", String.class, tn(),
          java.sql.Date.valueOf("2026-02-11")))
          .containsExactlyInAnyOrder("甲食品有限公司", "乙贸易有限公司");
      scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
          .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
      today(LocalDate.of(2026, 3, 18));
      deliverOn("2026-03-18");
      Assertions.assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  /** Two parties, each objecting to its own item, both items released by their reviews. */
  private void twoPartiesObjectedAndReleased() {
    today(LocalDate.of(2026, 2, 10));
    scenario.startWithItems(registration(RECEIVED), items(
        item("甲公司产品检验报告", "HELD", "thirdParty", true, "thirdPartyName", "甲食品有限公司"),
        item("乙公司产品检验报告", "HELD", "thirdParty", true, "thirdPartyName", "乙贸易有限公司")));
    for (String party : List.of("甲食品有限公司", "乙贸易有限公司")) {
      scenario.complete(partysTask(TASK_RECORD_CONSULTATION_SERVICE, party), OFFICE_USER,
          CONSULTATION_SERVED_ON, "2026-02-10");
      scenario.complete(partysTask(TASK_RECORD_CONSULTATION_ANSWER, party), OFFICE_USER,
          CONSULTATION_ANSWER, "OBJECTION", CONSULTATION_ANSWERED_ON, "2026-02-10",
          CONSULTATION_OPINION, "检验报告含配方，属商业秘密");
    }
    scenario.reviewItem("甲公司产品检验报告", REVIEW_CONCLUSION, "RELEASABLE");
    scenario.reviewItem("乙公司产品检验报告", REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_CONSIDER_PUBLIC_INTEREST);
  }

  /**
   * Review37 F3: with ONE objecting party, the reason entered in the form's list (as Tasklist
   * and /engine-rest send it, with no single overrideReason) is what leadership's
   * 审批公共利益公开 shows as 提请公开的理由; on that form the single field alone is refused.
   */
  @Test
  void leadershipSeesTheReasonOfTheOneObjectingPartyEnteredInTheList() {
    scenario.objectedOnTue10Feb(items(item("某企业排污数据", "HELD", "thirdParty", true,
        "thirdPartyName", "示范市某化工有限公司")));
    scenario.reviewItem("某企业排污数据", REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_CONSIDER_PUBLIC_INTEREST);
    // The form has the list: the old single field no longer stands for its row (ADR 0182).
    assertThatThrownBy(() -> scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER,
        OVERRIDE_PROPOSED, true, OVERRIDE_REASON, "涉及公众健康"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("overridePartyReasons")
        .hasMessageContaining("尚未填写：示范市某化工有限公司");
    scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, true,
        "overridePartyReasons", partyReasons("示范市某化工有限公司", "排污数据涉及周边居民健康"));
    Assertions.assertThat((String) engine.getTaskService().getVariable(
        scenario.task(ElementIds.TASK_APPROVE_OVERRIDE).getId(), OVERRIDE_REASON))
        .isEqualTo("排污数据涉及周边居民健康");
  }

  /** As above, and leadership discloses over both objections on Wed 11 Feb. */
  private void twoPartiesOverriddenOn11Feb() {
    twoPartiesObjectedAndReleased();
    scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, true,
        "overridePartyReasons", partyReasons(
            "甲食品有限公司", "甲公司产品抽检不合格，涉及公众健康",
            "乙贸易有限公司", "乙公司进口食品涉及食品安全风险警示"));
    today(LocalDate.of(2026, 2, 11));
    scenario.complete(ElementIds.TASK_APPROVE_OVERRIDE, LEADER, OVERRIDE_APPROVAL, "APPROVE");
  }

  /**
   * Second read of session 36: a notice's service step finds its notice by the party it was
   * started for, never by its place among the notices. When the register no longer shows 甲's
   * notice as sent (a path past the model), 甲's service is refused; the old fallback by place
   * booked it to 乙's notice, now first in the list.
   */
  @Test
  void aNoticesServiceIsNeverBookedToAnotherPartysNoticeByItsPlace() {
    twoPartiesOverriddenOn11Feb();
    Task first = noticeServiceOf("甲食品有限公司");
    jdbc.update("UPDATE ogi_consultation SET override_notice_sent_on = NULL WHERE"
        + " tracking_number = ? AND party_name = ?", tn(), "甲食品有限公司");

    assertThatThrownBy(() -> scenario.complete(first, OFFICE_USER, OVERRIDE_NOTICE_SERVED_ON,
        "2026-02-11")).hasMessageContaining("No override notice sent to party 甲食品有限公司");
    Assertions.assertThat(jdbc.queryForList("SELECT party_name FROM ogi_consultation WHERE"
        + " tracking_number = ? AND override_notice_served_on IS NOT NULL", String.class, tn()))
        .isEmpty();
  }

  /** The form's list of reasons as Tasklist sends it: party, reason, party, reason... */
  private static Object partyReasons(String... partyThenReason) {
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < partyThenReason.length; i += 2) {
      rows.add(Map.of("party", partyThenReason[i], "overridePartyReason", partyThenReason[i + 1]));
    }
    return org.camunda.spin.Spin.JSON(rows);
  }

  private void deliverOn(String day) {
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, day);
  }

  private Task noticeServiceOf(String party) {
    return scenario.tasks(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE).stream()
        .filter(task -> party.equals(engine.getTaskService().getVariable(task.getId(),
            OVERRIDE_NOTICE_PARTY))).findFirst()
        .orElseThrow(() -> new AssertionError("no notice service step for " + party));
  }

  /**
   * Audit 35a F3 (Art. 34; ADR 0169): the co-producing agency objects with reasons; the reviewer
   * of its item (and only of its item), the drafter and leadership see the objection with the
   * agency's name and the item; legal releases the item anyway, so the reply (予以公开) needs
   * leadership's approval, by the model's table and by the register's check; the trail shows the
   * reasons.
   */
  @Test
  void releasingOverAnAgencysObjectionIsShownAndNeedsLeadershipsApproval() {
    agencyAnswered("OBJECTION", AGENCY_REASONS);

    Task jointReview = reviewTask("联合检查工作方案");
    Assertions.assertThat((String) engine.getTaskService().getVariable(jointReview.getId(),
        AGENCY_OBJECTION)).contains("示范市卫生健康委员会", "《联合检查工作方案》",
            "2026年2月10日", "联合执法行动");
    Assertions.assertThat(engine.getTaskService().getVariable(reviewTask("本局年度工作总结")
        .getId(), AGENCY_OBJECTION)).isNull();
    scenario.reviewItem("联合检查工作方案", REVIEW_CONCLUSION, "RELEASABLE");
    scenario.reviewItem("本局年度工作总结", REVIEW_CONCLUSION, "RELEASABLE");

    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("1");
    Assertions.assertThat(scenario.variable(APPROVAL_REQUIRED)).isEqualTo(true);
    Assertions.assertThat((String) scenario.variable(AGENCY_OBJECTION))
        .contains("示范市卫生健康委员会", "《联合检查工作方案》", "联合执法行动")
        .doesNotContain("本局年度工作总结");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);
    Assertions.assertThat(releaseChecks().approvalRequired(engine, tn(), "1")).isTrue();
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(tn()).orElseThrow().entries())
        .filteredOn(e -> e.kind().equals("CONSULTATION")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.outcome()).isEqualTo("不同意公开"))
        .satisfies(e -> Assertions.assertThat(e.detail())
            .contains("不同意公开的理由：" + AGENCY_REASONS));
  }

  /** The agency consents: nothing to weigh, the reply of released items needs no approval. */
  @Test
  void anAgencysConsentLeavesTheReplyAsBefore() {
    agencyAnswered("CONSENT", null);

    Assertions.assertThat(engine.getTaskService().getVariable(reviewTask("联合检查工作方案")
        .getId(), AGENCY_OBJECTION)).isNull();
    scenario.reviewItem("联合检查工作方案", REVIEW_CONCLUSION, "RELEASABLE");
    scenario.reviewItem("本局年度工作总结", REVIEW_CONCLUSION, "RELEASABLE");

    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("1");
    Assertions.assertThat(scenario.variable(APPROVAL_REQUIRED)).isEqualTo(false);
    Assertions.assertThat(scenario.variable(AGENCY_OBJECTION)).isNull();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
    Assertions.assertThat(releaseChecks().approvalRequired(engine, tn(), "1")).isFalse();
  }

  /**
   * A consultation opened before ADR 0166 (one letter to all of the case's third parties, its
   * register row and instance without a party) still closes: an objection withholds every
   * third-party item of the case, as it did when the letter went out.
   */
  @Test
  void aConsultationOpenedBeforeOneLetterPerPartyClosesAsBefore() {
    today(LocalDate.of(2026, 2, 10));
    scenario.startWithItems(registration(RECEIVED), items(
        item("某企业年度检查材料", "HELD", "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
    Task service = scenario.task(TASK_RECORD_CONSULTATION_SERVICE);
    // As the register and the instance were before: no party on either.
    jdbc.update("UPDATE ogi_consultation SET party_name = NULL WHERE tracking_number = ?", tn());
    engine.getRuntimeService().removeVariableLocal(
        engine.getRuntimeService().createExecutionQuery().processInstanceId(
            scenario.instance.getId()).variableValueEquals(CONSULTATION_PARTY, "示范市某食品有限公司")
            .singleResult().getId(), CONSULTATION_PARTY);
    jdbc.update("UPDATE ogi_info_item SET third_party_name = NULL WHERE case_ref = ?", tn());
    scenario.complete(service, OFFICE_USER, CONSULTATION_SERVED_ON, "2026-02-10")
        .complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER, CONSULTATION_ANSWER, "OBJECTION",
            CONSULTATION_ANSWERED_ON, "2026-02-10", CONSULTATION_OPINION, "涉及商业秘密，不同意公开");
    assertThat(scenario.instance).isWaitingAt(CALL_SECRECY_REVIEW);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_info_item WHERE case_ref = ?"
        + " AND third_party_objected_on IS NOT NULL", Integer.class, tn())).isEqualTo(1);
  }

  // ---- Point 5: the override notice to the third party (Art. 32)

  @Test
  void anOverrideIsToldToTheThirdPartyBeforeTheReplyIsReleased() {
    overrideApprovedOnWed11Feb();
    Letters.Letter notice = letter(LetterKind.OVERRIDE_NOTICE);
    Assertions.assertThat(notice.title()).isEqualTo("公开决定告知书");
    Assertions.assertThat(notice.body()).startsWith("公开决定告知书")
        .contains("本机关于2026年2月10日就一件政府信息公开申请书面征求贵方意见",
            "第三十二条", "决定予以公开", "1. 某企业排污数据",
            "涉及公众健康，不公开会对公共利益造成重大影响",
            "六十日内向" + ProcessTestEngine.RECONSIDERATION_BODY + "申请行政复议")
        .doesNotContain("张三", "${");
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE)
        .hasPassed(ElementIds.SERVICE_SEND_OVERRIDE_NOTICE);

    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE,
        OFFICE_USER, OVERRIDE_NOTICE_SERVED_ON, "2026-02-10"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(OVERRIDE_NOTICE_SERVED_ON)
        .hasMessageContaining("告知书送达日期不得早于告知书发出日期2026年2月11日");
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE,
        OFFICE_USER, OVERRIDE_NOTICE_SERVED_ON, "2026-02-12"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("告知书送达日期不得晚于今天");
    scenario.complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");

    approveAndDeliver();
    Assertions.assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    Assertions.assertThat(register.get(tn()).outcomeCode()).isEqualTo("1");
  }

  /**
   * Audit 35a F5 (Art. 32; ADR 0171): the notice issued Wed 11 Feb states the day of disclosure
   * (5 working days for its service, 15 for the third party, then the next: Wed 18 Mar 2026); the
   * notice served the same day, the reply approved the same day is refused on 11 Feb and on Tue
   * 17 Mar with the day in Chinese, delivered on 18 Mar. Before, it went out on the 11th.
   */
  @Test
  void theReplyOverAnObjectionWaitsForTheDayTheNoticeStates() {
    overrideApprovedOnWed11Feb();
    Assertions.assertThat(letter(LetterKind.OVERRIDE_NOTICE).body())
        .contains("本机关将自2026年3月18日起向申请人公开上述政府信息",
            "满15个工作日的次日晚于该日的，公开日期相应顺延");
    scenario.complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
            OVERRIDE_NOTICE_SERVED_ON, "2026-02-11")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");

    assertThatThrownBy(() -> deliverOn("2026-02-11"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("replyDelivery")
        .hasMessageContaining("送达日期2026年2月11日早于公开决定告知书载明的公开日期")
        .hasMessageContaining("示范市某化工有限公司：2026年3月18日");
    today(LocalDate.of(2026, 3, 17));
    assertThatThrownBy(() -> deliverOn("2026-03-17"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("2026年3月18日");
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
    today(LocalDate.of(2026, 3, 18));
    deliverOn("2026-03-18");
    Assertions.assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
  }

  @Test
  void theOverrideNoticeNumbersItsOwnItemsFromOne() {
    overrideApprovedOnWed11Feb(items(
        item("2025年度企业排污许可发放情况", "HELD"),
        item("某企业排污数据", "HELD", "thirdParty", true,
            "thirdPartyName", "示范市某化工有限公司")));

    Assertions.assertThat(letter(LetterKind.CONSULTATION_THIRD_PARTY).body())
        .contains("涉及的信息：\n1. 某企业排污数据\n");
    Assertions.assertThat(letter(LetterKind.OVERRIDE_NOTICE).body())
        .contains("决定公开的政府信息：\n1. 某企业排污数据\n",
            // Its remedies cite their articles, as every other letter's do.
            "六十日内", "六个月内", "《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条")
        .doesNotContain("2. 某企业排污数据", "排污许可发放情况");
  }

  /**
   * 先审查、后公开 (handbook §2.7, audit 25 F5): the item the third party objected to is a state
   * secret by its own review. The public interest is not weighed and no 公开决定告知书 is issued
   * for it; the reply refuses it on the review's ground (3.1), not the third party's.
   */
  @Test
  void aReviewThatWithholdsTheObjectedItemLeavesNoDecisionToDiscloseAndNoNotice() {
    scenario.objectedOnTue10Feb(items(item("某食品企业许可现场核查记录", "HELD",
        "thirdParty", true, "thirdPartyName", "示范市某某食品有限公司")));
    assertThat(scenario.instance).isWaitingAt(CALL_SECRECY_REVIEW)
        .hasNotPassed(TASK_CONSIDER_PUBLIC_INTEREST);

    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条");

    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY)
        .hasNotPassed(TASK_CONSIDER_PUBLIC_INTEREST, ElementIds.TASK_APPROVE_OVERRIDE,
            ElementIds.SERVICE_SEND_OVERRIDE_NOTICE);
    Assertions.assertThat(scenario.variable(OBJECTED_ITEMS_RELEASABLE)).isEqualTo(false);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("3.1");
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .doesNotContain(LetterKind.OVERRIDE_NOTICE);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_consultation WHERE"
        + " tracking_number = ? AND override_notice_sent_on IS NOT NULL", Integer.class, tn()))
        .isZero();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE")
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, "2026-02-10");
    Assertions.assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    Assertions.assertThat(register.get(tn()).outcomeCode()).isEqualTo("3.1");
  }

  /**
   * The review itself withholds the item to protect the third party (Art. 15): nothing is left
   * to weigh against the objection, and the reply refuses it as 3.4.
   */
  @Test
  void aReviewThatWithholdsForTheThirdPartyAnswers34WithoutAskingThePublicInterest() {
    scenario.objectedOnTue10Feb(items(item("某企业排污数据", "HELD", "thirdParty", true,
        "thirdPartyName", "示范市某化工有限公司")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "THIRD_PARTY", LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");

    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY)
        .hasNotPassed(TASK_CONSIDER_PUBLIC_INTEREST);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("3.4");
  }

  /**
   * Two items of the same third party, one released by its review and one a state secret: the
   * public interest is weighed for the released one, and the notice names only it; the reply
   * releases it and refuses the other on the review's ground (部分公开).
   */
  @Test
  void theNoticeNamesOnlyTheObjectedItemsTheReviewReleased() {
    scenario.objectedOnTue10Feb(items(
        item("某企业排污数据", "HELD", "thirdParty", true, "thirdPartyName", "示范市某化工有限公司"),
        item("某企业涉密生产工艺", "HELD", "thirdParty", true, "thirdPartyName", "示范市某化工有限公司")));
    scenario.reviewItem("某企业涉密生产工艺", REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条");
    scenario.reviewItem("某企业排污数据", REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_CONSIDER_PUBLIC_INTEREST);
    Assertions.assertThat(scenario.variable(OBJECTED_ITEMS_RELEASABLE)).isEqualTo(true);

    scenario.publicInterestOverriddenOnWed11Feb();
    Assertions.assertThat(letter(LetterKind.OVERRIDE_NOTICE).body())
        .contains("决定公开的政府信息：\n1. 某企业排污数据\n")
        .doesNotContain("涉密生产工艺", "2. ");
    scenario.complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("2");
    approveAndDeliver();
    Assertions.assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
  }

  /**
   * The server's own check (ADR 0088), whatever the route: an administrator's process-instance
   * modification that starts 发出公开决定告知书 for an item its review withheld is refused, and no
   * notice is written.
   */
  @Test
  void noNoticeForAnItemWithoutAReleasingReviewWhateverTheRoute() {
    scenario.objectedOnTue10Feb(items(item("某食品企业许可现场核查记录", "HELD",
        "thirdParty", true, "thirdPartyName", "示范市某某食品有限公司")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);

    assertThatThrownBy(() -> engine.getRuntimeService()
        .createProcessInstanceModification(scenario.instance.getId())
        .startBeforeActivity(ElementIds.SERVICE_SEND_OVERRIDE_NOTICE)
        .setVariable(OVERRIDE_REASON, "涉及公众食品安全，不公开会对公共利益造成重大影响")
        .execute())
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(OVERRIDE_APPROVAL)
        .hasMessageContaining("先审查、后公开");
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .doesNotContain(LetterKind.OVERRIDE_NOTICE);
    Assertions.assertThat(scenario.tasks(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE)).isEmpty();
  }

  /**
   * A case whose leadership approved disclosure before its review (a model before ADR 0088, here
   * its approval written into the register): the review may not withhold the item to protect
   * that third party (the reply would contradict the decision), but may on another ground.
   */
  @Test
  void aReviewCannotWithholdForTheThirdPartyWhoseObjectionWasOverridden() {
    scenario.objectedOnTue10Feb(items(item("某企业排污数据", "HELD", "thirdParty", true,
        "thirdPartyName", "示范市某化工有限公司")));
    ProcessTestEngine.bean(engine, "decisionRegister", DecisionRegister.class)
        .record(tn(), DecisionRegister.Kind.OVERRIDE, "APPROVE", null, LEADER);

    assertThatThrownBy(() -> scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION,
        "WITHHOLD", WITHHOLDING_GROUND, "THIRD_PARTY", LEGAL_BASIS,
        "《中华人民共和国政府信息公开条例》第十五条"))
        .hasMessageContaining("不能再以保护第三方合法权益为由不予公开");
    Assertions.assertThat(scenario.tasks(TASK_REVIEW_ITEM)).hasSize(1);

    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
  }

  @Test
  void noReleaseWhileTheOverrideNoticeIsNotServed() {
    overrideApprovedOnWed11Feb();
    scenario.complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
        OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    // As for a case whose notice step was skipped (an older model, or a forged route): the
    // register has no service of the notice.
    jdbc.update("UPDATE ogi_consultation SET override_notice_served_on = NULL"
        + " WHERE tracking_number = ?", tn());

    String problems = deliveryRefused(this::approveAndDeliver);
    Assertions.assertThat(problems).contains("公开决定告知书", "第三十二条");
    Assertions.assertThat(register.get(tn()).status()).isNotEqualTo("DELIVERED");
  }

  // ---- Point 6: excessive requests (Art. 35)

  @Test
  void unreasonableReasonsLeadTo54AfterTheApplicantWasAsked() {
    scenario.start(registration(RECEIVED));
    assertThatThrownBy(() -> scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "REASONS_REQUEST"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("申请数量、频次明显超过合理范围的情况");
    askForReasons();

    // Asked Tue 10 Feb; 15 working days: 11–14 = 4; 24–28 Feb = 9; 2–6 Mar = 14; Mon 9 Mar.
    Assertions.assertThat(letter(LetterKind.REASONS_REQUEST).body())
        .startsWith("说明理由通知书").contains("张三：", BASIS + "，申请公开政府信息的数量、频次明显超过合理范围",
            "第三十五条", "请您于2026年3月9日前（15个工作日内）以书面形式向本机关说明申请理由")
        .doesNotContain("${");
    Assertions.assertThat(scenario.task(ElementIds.TASK_ASSESS_REASONS).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 9)));
    Assertions.assertThat(scenario.timerJobs(ElementIds.TIMER_REASONS_DEADLINE))
        .extracting(Job::getDuedate).containsExactly(OfficeTime.endOf(LocalDate.of(2026, 3, 9)));

    today(LocalDate.of(2026, 2, 24));
    assertThatThrownBy(() -> assessReasons("REJECTED", "2026-02-09", null))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REASONS_RECEIVED_ON)
        .hasMessageContaining("不得早于说明理由通知书发出日期2026年2月10日");
    assertThatThrownBy(() -> assessReasons("REJECTED", "2026-02-25", null))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("收到说明理由日期不得晚于今天");
    assertThatThrownBy(() -> assessReasons("ACCEPTED_DELAYED", "2026-02-24", 0))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(DELAYED_REPLY_WORKING_DAYS);
    assertThatThrownBy(() -> assessReasons("NOT_ANSWERED", "2026-02-24", null))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REASONS_DECISION);
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_ASSESS_REASONS);

    assessReasons("REJECTED", "2026-02-24", null);
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY)
        .hasPassed(ElementIds.SERVICE_RECORD_EXCESSIVE).hasNotPassed(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("5.4");
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", "REJECTED")
        .containsEntry("DECIDED_BY", OFFICE_USER)
        .containsEntry("ANSWERED_ON", java.sql.Date.valueOf("2026-02-24"));
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("您说明的理由不合理", "第三十五条").doesNotContain("未在规定期限内说明理由");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, "2026-02-24");
    Assertions.assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
  }

  @Test
  void silenceOfTheApplicantIsConfirmedByAPersonAndLeadsTo54() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 3, 10));
    scenario.fireTimer(ElementIds.TIMER_REASONS_DEADLINE);
    // The timer alone writes nothing and sends nothing (audit round 26, F1).
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_CONFIRM_NO_REASONS);
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", null);
    // Due 3 working days after Mon 9 Mar: Thu 12 Mar.
    Assertions.assertThat(scenario.task(ElementIds.TASK_CONFIRM_NO_REASONS).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 12)));
    scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER, NO_REASONS_DECISION,
        "NOT_GIVEN");

    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("5.4");
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", "NOT_ANSWERED")
        .containsEntry("ANSWERED_ON", null).containsEntry("DECIDED_BY", OFFICE_USER)
        .containsEntry("DECIDED_ON", java.sql.Date.valueOf("2026-03-10"));
    // The letter says what happened: silence, not reasons found unreasonable (Art. 35).
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("您未在规定期限内说明理由", "第三十五条").doesNotContain("说明的理由不合理");
  }

  /**
   * Audit round 26, F1: the reasons timer fired on the day the 说明理由通知书 went out (an
   * administrator's early firing). The office cannot confirm silence before the period in the
   * register (to Mon 9 Mar) has run, and nothing is recorded or sent.
   */
  @Test
  void aTimerFiredEarlyLeadsToNoLetter() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    scenario.fireTimer(ElementIds.TIMER_REASONS_DEADLINE);
    for (LocalDate day : List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 9))) {
      today(day);
      assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER,
          NO_REASONS_DECISION, "NOT_GIVEN"))
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith(NO_REASONS_DECISION + ": ")
          .hasMessageContaining("说明理由期限于2026年3月9日届满，目前尚未届满");
    }
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_CONFIRM_NO_REASONS);
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", null);
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .containsExactly(LetterKind.REASONS_REQUEST);
  }

  /**
   * Audit round 26, F1: an administrator starts 不予处理（无正当理由大量反复申请） directly, before
   * the applicant's period ran: the step refuses (an incident, not a letter). A NOT_ANSWERED
   * record dated on or before the last day never lets 5.4 be released either.
   */
  @Test
  void silenceIsNeverRecordedOrReleasedBeforeThePeriodRan() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 2, 24));
    assertThatThrownBy(() -> engine.getRuntimeService()
        .createProcessInstanceModification(scenario.instance.getId())
        .cancelAllForActivity(ElementIds.TASK_ASSESS_REASONS)
        .startBeforeActivity(ElementIds.SERVICE_RECORD_EXCESSIVE).execute())
        .hasMessageContaining("说明理由期限于2026年3月9日届满，目前尚未届满");
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", null);

    // A silence written (by hand) on the last day: 5.4 is not released on it.
    jdbc.update("UPDATE ogi_reasons_request SET decision = 'NOT_ANSWERED', decided_on = ?"
        + " WHERE tracking_number = ?", java.sql.Date.valueOf("2026-03-09"), tn());
    Assertions.assertThat(reasonsRegister.allowsNotProcessing(tn())).isFalse();
    jdbc.update("UPDATE ogi_reasons_request SET decided_on = ? WHERE tracking_number = ?",
        java.sql.Date.valueOf("2026-03-10"), tn());
    Assertions.assertThat(reasonsRegister.allowsNotProcessing(tn())).isTrue();
  }

  /**
   * Audit 34a F6, ADR 0163: the applicant gave reasons on the public page on Thu 5 Mar, within
   * the period (to Mon 9 Mar); the office had not assessed them when the timer fired. The
   * register's online reasons decide the route: silence (5.4) is refused on the form and on the
   * step itself, and the day received is not later than the day they came online.
   */
  @Test
  void reasonsGivenOnlineInTimeAreNeverSilenceAndFixTheDayReceived() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 3, 5));
    Assertions.assertThat(reasonsRegister.recordOnline(reasonsRegister.latest(tn()).orElseThrow()
        .id(), "本公司申请系为应对行政诉讼所需。", OfficeTime.now())).isTrue();
    // Once per request for reasons.
    Assertions.assertThat(reasonsRegister.recordOnline(reasonsRegister.latest(tn()).orElseThrow()
        .id(), "再说一次", OfficeTime.now())).isFalse();
    today(LocalDate.of(2026, 3, 11));
    scenario.fireTimer(ElementIds.TIMER_REASONS_DEADLINE);

    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER,
        NO_REASONS_DECISION, "NOT_GIVEN"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(NO_REASONS_DECISION + ": ")
        .hasMessageContaining("申请人已于2026年3月5日通过网上申请平台说明理由，未逾期");
    assertThatThrownBy(() -> engine.getRuntimeService()
        .createProcessInstanceModification(scenario.instance.getId())
        .cancelAllForActivity(ElementIds.TASK_CONFIRM_NO_REASONS)
        .startBeforeActivity(ElementIds.SERVICE_RECORD_EXCESSIVE).execute())
        .hasMessageContaining("申请人已在期限内通过网上申请平台说明理由，不能不予处理");
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER,
        NO_REASONS_DECISION, "GIVEN", REASONS_RECEIVED_ON, "2026-03-09"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REASONS_RECEIVED_ON)
        .hasMessageContaining("不得晚于申请人通过网上申请平台说明理由的日期2026年3月5日");
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", null);

    scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER, NO_REASONS_DECISION,
        "GIVEN", REASONS_RECEIVED_ON, "2026-03-05");
    scenario.complete(ElementIds.TASK_ASSESS_ENTERED_REASONS, OFFICE_USER, REASONS_DECISION,
        "ACCEPTED", REASONS_RECEIVED_ON, "2026-03-05", REASONS_ASSESSMENT, "理由合理。");
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasNotPassed(ElementIds.SERVICE_RECORD_EXCESSIVE);
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", "ACCEPTED")
        .containsEntry("ANSWERED_ON", java.sql.Date.valueOf("2026-03-05"));
    Assertions.assertThat(jdbc.queryForMap("SELECT online_text, online_received_on FROM"
        + " ogi_reasons_request WHERE tracking_number = ?", tn()))
        .containsEntry("ONLINE_TEXT", "本公司申请系为应对行政诉讼所需。")
        .containsEntry("ONLINE_RECEIVED_ON", java.sql.Date.valueOf("2026-03-05"));
  }

  /**
   * Audit round 26, F1: the reasons were posted on the last day, Mon 9 Mar, and entered on Wed
   * 11 Mar, after the timer fired. 确认逾期未说明理由 records 已说明理由 with the day received, and
   * the reasons are assessed as usual; a date after the period needs the reason they are
   * assessed all the same.
   */
  @Test
  void reasonsEnteredAfterTheTimerAreAssessed() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 3, 11));
    scenario.fireTimer(ElementIds.TIMER_REASONS_DEADLINE);
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER,
        NO_REASONS_DECISION, "GIVEN"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REASONS_RECEIVED_ON);
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER,
        NO_REASONS_DECISION, "GIVEN", REASONS_RECEIVED_ON, "2026-03-10"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REASONS_RECEIVED_ON)
        .hasMessageContaining("收到说明理由日期晚于说明理由期限2026年3月9日");
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER,
        NO_REASONS_DECISION, "GIVEN", REASONS_RECEIVED_ON, "2026-03-12"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("收到说明理由日期不得晚于今天");

    scenario.complete(ElementIds.TASK_CONFIRM_NO_REASONS, OFFICE_USER, NO_REASONS_DECISION,
        "GIVEN", REASONS_RECEIVED_ON, "2026-03-09");
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_ASSESS_ENTERED_REASONS);
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", null);
    scenario.complete(ElementIds.TASK_ASSESS_ENTERED_REASONS, OFFICE_USER, REASONS_DECISION,
        "ACCEPTED", REASONS_RECEIVED_ON, "2026-03-09", REASONS_ASSESSMENT, "理由合理。");
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT)
        .hasNotPassed(ElementIds.SERVICE_RECORD_EXCESSIVE);
    Assertions.assertThat(reasonsRecord()).containsEntry("DECISION", "ACCEPTED")
        .containsEntry("ANSWERED_ON", java.sql.Date.valueOf("2026-03-09"));
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .containsExactly(LetterKind.REASONS_REQUEST);
  }

  @Test
  void acceptedReasonsWithADelayMoveTheDeadlineAcrossQingming() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 2, 24));
    assessReasons("ACCEPTED_DELAYED", "2026-02-24", 15);
    // Leadership approves first (audit round 26, F8): it sees the new date; nothing is sent yet.
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_APPROVE_DELAYED_REPLY);
    Assertions.assertThat(scenario.variable(DELAYED_REPLY_NEW_DUE_TEXT)).isEqualTo("2026-04-07");
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .containsExactly(LetterKind.REASONS_REQUEST);
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    approveDelay();

    // 16 Mar + 15 working days: 17–20 = 4; 23–27 = 9; 30 Mar–3 Apr = 14; 4–6 Apr 清明;
    // Tue 7 Apr = 15. Reminder 3 working days before: 3, 2, Wed 1 Apr.
    LocalDate due = LocalDate.of(2026, 4, 7);
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(due);
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-04-07");
    Assertions.assertThat(scenario.variable(REPLY_REMINDER_AT))
        .isEqualTo(OfficeTime.morningOf(LocalDate.of(2026, 4, 1)));
    Assertions.assertThat(scenario.timerJobs(ElementIds.TIMER_REPLY_OVERDUE))
        .extracting(Job::getDuedate).containsExactly(OfficeTime.after(due));
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(scenario.task(TASK_SEARCH_AND_SPLIT).getDueDate())
        .isEqualTo(OfficeTime.endOf(due));
    Assertions.assertThat(letter(LetterKind.DELAYED_REPLY_NOTICE).body())
        .startsWith("延迟答复告知书").contains("于2026年2月10日要求您说明申请理由",
            "您于2026年2月24日说明了理由", "但是申请公开的信息数量较多，需逐件检索，无法在",
            "第三十三条", "第三十五条", "经本机关负责人同意，本机关确定延迟答复的合理期限为15个工作日",
            "将于2026年4月7日前作出答复")
        .doesNotContain("${");
    Assertions.assertThat(reasonsRecord()).containsEntry("DELAY_WORKING_DAYS", 15)
        .containsEntry("REPLY_DUE_ON", java.sql.Date.valueOf(due));
  }

  @Test
  void anExtensionLetterDuringAConsultationSaysTheConsultationIsNotCounted() {
    // Received Tue 10 Feb, due Mon 16 Mar; the reminder has put 临近答复期限 on the list when the
    // third party is consulted (Art. 32): the clock stands still from Thu 12 Feb.
    today(LocalDate.of(2026, 2, 12));
    scenario.start(registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .fireTimer(ElementIds.TIMER_REPLY_REMINDER)
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("某企业年度检查材料",
            "HELD", "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_CONSULTATION_SERVICE);

    scenario.complete(ElementIds.TASK_CONSIDER_EXTENSION, OFFICE_USER, EXTENSION_REQUESTED, true,
            EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案")
        .complete(ElementIds.TASK_APPROVE_EXTENSION, LEADER, EXTENSION_APPROVAL, "APPROVE");
    // 16 Mar + 10 working days: 17–20 = 4; 23–27 = 9; Mon 30 Mar = 10, not yet counting the
    // consultation, which moves it later when it ends (Art. 33(3)).
    Assertions.assertThat(letter(LetterKind.EXTENSION_NOTICE).body())
        .contains("答复期限延长10个工作日，至2026年3月30日。",
            "征求第三方和其他机关意见所需时间不计算在上述期限内", "第三十三条第三款")
        .doesNotContain("${");
  }

  @Test
  void anExtensionLetterWithoutAConsultationNamesTheDateAlone() {
    today(LocalDate.of(2026, 2, 12));
    scenario.start(registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .fireTimer(ElementIds.TIMER_REPLY_REMINDER)
        .complete(ElementIds.TASK_CONSIDER_EXTENSION, OFFICE_USER, EXTENSION_REQUESTED, true,
            EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案")
        .complete(ElementIds.TASK_APPROVE_EXTENSION, LEADER, EXTENSION_APPROVAL, "APPROVE");
    Assertions.assertThat(letter(LetterKind.EXTENSION_NOTICE).body())
        .contains("答复期限延长10个工作日，至2026年3月30日。")
        .doesNotContain("征求第三方", "${");
  }

  @Test
  void aDelayDecidedAfterTheDeadlineCountsFromTheDayOfTheDecision() {
    // Due Mon 16 Mar; the office decides only on Mon 20 Apr 2026. The reasonable period
    // (Art. 35) counts from that day, not from the passed deadline (16 Mar + 5 = 23 Mar):
    // 21, 22, 23, 24 Apr = 4; Mon 27 Apr = 5.
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 4, 20));
    assessReasons("ACCEPTED_DELAYED", "2026-02-24", 5);
    approveDelay();

    LocalDate due = LocalDate.of(2026, 4, 27);
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(due);
    Assertions.assertThat(letter(LetterKind.DELAYED_REPLY_NOTICE).body())
        .contains("延迟答复的合理期限为5个工作日", "将于2026年4月27日前作出答复")
        .doesNotContain("2026年3月23日");
    Assertions.assertThat(reasonsRecord()).containsEntry("REPLY_DUE_ON", java.sql.Date.valueOf(due));
  }

  /**
   * Audit round 26, F8: leadership sends a delay back, with a comment, to the office, which
   * assesses again on the task without the reasons timer; the new delay needs a new approval.
   */
  @Test
  void aDelaySentBackIsAssessedAgainAndNeedsAFreshApproval() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 2, 24));
    assessReasons("ACCEPTED_DELAYED", "2026-02-24", 120);
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_APPROVE_DELAYED_REPLY, LEADER,
        DELAYED_REPLY_APPROVAL, "SEND_BACK"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(DELAYED_REPLY_APPROVAL_COMMENT);
    scenario.complete(ElementIds.TASK_APPROVE_DELAYED_REPLY, LEADER, DELAYED_REPLY_APPROVAL,
        "SEND_BACK", DELAYED_REPLY_APPROVAL_COMMENT, "120个工作日过长，请按检索工作量确定");
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_ASSESS_ENTERED_REASONS)
        .hasNotPassed(ElementIds.SERVICE_SEND_DELAYED_REPLY_NOTICE);
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .containsExactly(LetterKind.REASONS_REQUEST);
    Assertions.assertThat(jdbc.queryForList("SELECT decision, decided_by FROM ogi_approval"
        + " WHERE tracking_number = ? AND kind = 'DELAY'", tn())).singleElement()
        .satisfies(row -> Assertions.assertThat(row).containsEntry("DECISION", "SEND_BACK")
            .containsEntry("DECIDED_BY", LEADER));

    // A path around the approval (a modification that starts the notice) is refused.
    scenario.complete(ElementIds.TASK_ASSESS_ENTERED_REASONS, OFFICE_USER, REASONS_DECISION,
        "ACCEPTED_DELAYED", REASONS_RECEIVED_ON, "2026-02-24", REASONS_ASSESSMENT,
        "申请公开的信息数量较多，需逐件检索。", DELAYED_REPLY_WORKING_DAYS, 15);
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_APPROVE_DELAYED_REPLY);
    assertThatThrownBy(this::startTheNoticeByModification)
        .hasMessageContaining("延迟答复未经领导审批同意");
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .containsExactly(LetterKind.REASONS_REQUEST);

    approveDelay();
    // The register links the approval to the delay it approved (who, when: ogi_approval).
    Assertions.assertThat(jdbc.queryForMap("SELECT r.delay_working_days, a.decision,"
        + " a.decided_by FROM ogi_reasons_request r JOIN ogi_approval a"
        + " ON a.id = r.delay_approval_id WHERE r.tracking_number = ?", tn()))
        .containsEntry("DELAY_WORKING_DAYS", 15).containsEntry("DECISION", "APPROVE")
        .containsEntry("DECIDED_BY", LEADER);
    Assertions.assertThat(letter(LetterKind.DELAYED_REPLY_NOTICE).body())
        .contains("延迟答复的合理期限为15个工作日", "将于2026年4月7日前作出答复");
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  /**
   * Audit round 26, F8: without an approval on record, 发出延迟答复告知书 refuses, however it is
   * reached (here a modification that starts it while leadership has not decided).
   */
  @Test
  void noDelayedReplyNoticeWithoutLeadershipsApproval() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 2, 24));
    assessReasons("ACCEPTED_DELAYED", "2026-02-24", 120);
    assertThatThrownBy(this::startTheNoticeByModification)
        .hasMessageContaining("延迟答复未经领导审批同意");
    Assertions.assertThat(letters.of(tn())).extracting(Letters.Letter::kind)
        .containsExactly(LetterKind.REASONS_REQUEST);
    Assertions.assertThat(register.get(tn()).dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void noReleaseOf54WithoutARequestForReasonsOnRecord() {
    scenario.start(registration(RECEIVED));
    askForReasons();
    today(LocalDate.of(2026, 2, 24));
    assessReasons("REJECTED", "2026-02-24", null);
    // The register no longer shows the applicant was asked (e.g. the row removed by hand).
    jdbc.update("DELETE FROM ogi_reasons_request WHERE tracking_number = ?", tn());

    String problems = deliveryRefused(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER,
        CHARGE_FEE, false).complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-02-24"));
    Assertions.assertThat(problems).contains("5.4", "第三十五条");
  }

  // ---- helpers

  /**
   * The letter of Thu 12 Feb was served Fri 13 Feb; nothing came by Thu 12 Mar: the silence
   * timer closed the consultation on Fri 13 Mar, and the item waits for its review.
   */
  private void silentAfterThu12Mar() {
    servedFri13Feb();
    silenceTimerOnFri13Mar();
    assertThat(scenario.instance).isWaitingAt(CALL_SECRECY_REVIEW);
  }

  /** The letter of Thu 12 Feb is served on Fri 13 Feb: its 15 working days run to Thu 12 Mar. */
  private void servedFri13Feb() {
    letterSentThu12Feb();
    today(LocalDate.of(2026, 2, 13));
    scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-13");
  }

  /** Nothing came: the silence timer's job runs just after midnight on Fri 13 Mar. */
  private void silenceTimerOnFri13Mar() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(2026, 3, 13),
        LocalTime.of(0, 0, 30)).atZone(OfficeTime.ZONE).toInstant()));
    scenario.fireTimer(ElementIds.TIMER_CONSULTATION_SILENCE);
  }

  private io.github.ogiworkflow.consultation.LateConsultationAnswers lateAnswers() {
    return ProcessTestEngine.bean(engine, "lateConsultationAnswers",
        io.github.ogiworkflow.consultation.LateConsultationAnswers.class);
  }

  /**
   * The office records the silent party's answer after the period on this case (ADR 0172), as
   * its API does: {@code party} may be null when one party stayed silent.
   */
  private LateConsultationAnswers.Recorded lateAnswer(String party, String answer,
      String receivedOn, String postedOn, String opinion) {
    return lateAnswers().record(engine, tn(), party, answer, receivedOn,
        postedOn, opinion, OFFICE_USER);
  }

  private void letterSentThu12Feb() {
    today(LocalDate.of(2026, 2, 12));
    scenario.startWithItems(registration(RECEIVED),
        items(item("某企业年度检查材料", "HELD", "thirdParty", true,
            "thirdPartyName", "示范市某食品有限公司")));
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_CONSULTATION_SERVICE);
    Assertions.assertThat(pause()).containsEntry("STARTED_ON", java.sql.Date.valueOf("2026-02-12"))
        .containsEntry("ENDED_ON", null);
  }

  private void overrideApprovedOnWed11Feb() {
    overrideApprovedOnWed11Feb(items(item("某企业排污数据", "HELD", "thirdParty", true,
        "thirdPartyName", "示范市某化工有限公司")));
  }

  /** The items' third party objects; leadership approves disclosure over it on Wed 11 Feb. */
  private void overrideApprovedOnWed11Feb(Object items) {
    scenario.objectionOverriddenOnWed11Feb(items);
  }

  /** The review came before the decision to disclose (ADR 0088): the reply is next. */
  private void approveAndDeliver() {
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    // ADR 0171: not before the disclosure day the notice of Wed 11 Feb states, Wed 18 Mar.
    today(LocalDate.of(2026, 3, 18));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-18");
  }

  private void askForReasons() {
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "REASONS_REQUEST", REASONS_REQUEST_BASIS, BASIS + "。");
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_ASSESS_REASONS);
  }

  private void approveDelay() {
    scenario.complete(ElementIds.TASK_APPROVE_DELAYED_REPLY, LEADER, DELAYED_REPLY_APPROVAL,
        "APPROVE");
  }

  private void startTheNoticeByModification() {
    engine.getRuntimeService().createProcessInstanceModification(scenario.instance.getId())
        .startBeforeActivity(ElementIds.SERVICE_SEND_DELAYED_REPLY_NOTICE).execute();
  }

  private void assessReasons(String decision, String receivedOn, Integer delay) {
    scenario.complete(ElementIds.TASK_ASSESS_REASONS, OFFICE_USER, REASONS_DECISION, decision,
        REASONS_RECEIVED_ON, receivedOn, REASONS_ASSESSMENT, "申请公开的信息数量较多，需逐件检索。",
        DELAYED_REPLY_WORKING_DAYS, delay);
  }

  /**
   * Runs the steps up to delivery; 送达答复书 must then be refused on the form with the checks of
   * 登记送达 (audit 31a, F6): the office keeps the task, no delivery job is created. Returns the
   * refusal's message.
   */
  private String deliveryRefused(Runnable steps) {
    Throwable refusal = Assertions.catchThrowable(steps::run);
    Assertions.assertThat(refusal).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("答复书不能送达");
    Assertions.assertThat(scenario.tasks(TASK_DELIVER_REPLY)).hasSize(1);
    Assertions.assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).activityId(SERVICE_RECORD_DELIVERY)
        .count()).isZero();
    return refusal.getMessage();
  }

  /** The open task of that step in the consultation of {@code party} (ADR 0166). */
  private Task partysTask(String taskDefinitionKey, String party) {
    return scenario.tasks(taskDefinitionKey).stream().filter(task -> party.equals(
        engine.getTaskService().getVariable(task.getId(), CONSULTATION_PARTY))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + taskDefinitionKey + " for " + party));
  }

  private Letters.Letter letter(LetterKind kind) {
    List<Letters.Letter> sent = letters.of(tn()).stream().filter(l -> l.kind() == kind).toList();
    Assertions.assertThat(sent).as("letters %s", kind).hasSize(1);
    return sent.get(0);
  }

  private Map<String, Object> pause() {
    return jdbc.queryForMap("SELECT started_on, ended_on, working_days FROM ogi_case_pause"
        + " WHERE tracking_number = ?", tn());
  }

  private Map<String, Object> consultationDates() {
    return jdbc.queryForMap("SELECT served_on, due_on FROM ogi_consultation"
        + " WHERE tracking_number = ?", tn());
  }

  private Map<String, Object> reasonsRecord() {
    return jdbc.queryForMap("SELECT decision, decided_by, answered_on, delay_working_days,"
        + " reply_due_on, decided_on FROM ogi_reasons_request WHERE tracking_number = ?", tn());
  }

  static final String AGENCY_REASONS = "本委不同意公开：该通知涉及尚未结束的联合执法行动";

  /** An item made with 示范市卫生健康委员会 and one of ours; the agency answers on Tue 10 Feb. */
  private void agencyAnswered(String answer, String reasons) {
    today(LocalDate.of(2026, 2, 10));
    scenario.startWithItems(registration(RECEIVED), items(
        item("联合检查工作方案", "HELD", "otherAgency", true,
            "otherAgencyName", "示范市卫生健康委员会"),
        item("本局年度工作总结", "HELD")));
    scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-10");
    if (reasons == null) {
      scenario.complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER, CONSULTATION_ANSWER, answer,
          CONSULTATION_ANSWERED_ON, "2026-02-10");
    } else {
      scenario.complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER, CONSULTATION_ANSWER, answer,
          CONSULTATION_ANSWERED_ON, "2026-02-10", CONSULTATION_OPINION, reasons);
    }
  }

  private Task reviewTask(String title) {
    return scenario.tasks(TASK_REVIEW_ITEM).stream()
        .filter(t -> t.getName() != null && t.getName().endsWith("：" + title)).findFirst()
        .orElseThrow(() -> new AssertionError("no review of " + title));
  }

  private io.github.ogiworkflow.reply.ReleaseChecks releaseChecks() {
    return ProcessTestEngine.bean(engine, "releaseChecks",
        io.github.ogiworkflow.reply.ReleaseChecks.class);
  }

  private String tn() {
    return scenario.trackingNumber();
  }
}
