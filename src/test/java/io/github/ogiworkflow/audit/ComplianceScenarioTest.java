package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_EXTENSION;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_EXTENSION;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogiworkflow.audit.ComplianceQueries.Report;
import io.github.ogiworkflow.audit.ComplianceQueries.Rule;
import io.github.ogiworkflow.audit.ComplianceQueries.Violation;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The compliance queries find exactly the violations planted among cases driven through the
 * real request process, and nothing in the clean cases. Violations the processes allow (a late
 * reply, a late correction notice) are produced by driving cases with the engine clock; those
 * the processes make impossible (a reply without the review of a held item, withholding or an
 * extension without leadership approval) are planted by changing the register directly.
 * Only this test's cases are compared, so it also holds on a shared database.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ComplianceScenarioTest {

  // The request models are fixtures here: their own scenarios cover them.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  JdbcTemplate jdbc;
  ComplianceQueries queries;
  final Set<String> ours = new HashSet<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc = ProcessTestEngine.jdbc(engine);
    queries = new ComplianceQueries(jdbc,
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults(),
        ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class), engine,
        ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void theQueriesFindExactlyThePlantedViolations() {
    // Clean: a held item reviewed, partial disclosure approved by leadership, delivered in time.
    String clean = partialDisclosureApprovedAndDeliveredOn(LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 10));
    // Clean: a correction notice on the 3rd working day.
    String punctualNotice = correctionNoticeOn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5));

    // (a) Driven: received 2 March, due 30 March (20 working days), delivered 8 April.
    String late = publicDisclosureDeliveredOn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 8));
    // (e) Driven: received 2 March, correction notice on 16 March (10 working days later).
    String lateNotice = correctionNoticeOn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16));
    // (b) Planted: a held item without review added to a delivered case (the process stops a
    // case with an unreviewed held item before the reply: 核对每项均已审查).
    String unreviewed = publicDisclosureDeliveredOn(LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 7));
    jdbc.update("INSERT INTO ogi_info_item (case_ref, seq, title, finding) VALUES (?, 99,"
        + " '漏审的信息项', 'HELD')", unreviewed);
    // (c) Planted: a delivered reply turned into a refusal that no leader approved (the
    // ApprovalRequired table makes leadership approve every withholding).
    String withheld = publicDisclosureDeliveredOn(LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 8));
    jdbc.update("UPDATE ogi_case SET outcome_code = '3.7' WHERE tracking_number = ?", withheld);
    // (d) Planted: an extension without approval (the process grants one only after approval).
    String extended = publicDisclosureDeliveredOn(LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 9));
    jdbc.update("UPDATE ogi_case SET extension_days = 20 WHERE tracking_number = ?", extended);

    // (f) Planted: a delivered case whose outcome vanished from the register.
    String noOutcome = publicDisclosureDeliveredOn(LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 10));
    jdbc.update("UPDATE ogi_case SET outcome_code = NULL WHERE tracking_number = ?", noOutcome);
    // (g) Planted: the reply kept for the applicant differs from the finalised letter.
    String changedLetter = publicDisclosureDeliveredOn(LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 13));
    jdbc.update("UPDATE ogi_letter SET body = body || '另：同意公开全部信息。' WHERE case_ref = ?"
        + " AND kind = 'REPLY'", changedLetter);
    // (h) Planted in the register: a review recorded by another case's review process; and in
    // the history: a review process (started by an administrator) pointed at that item.
    String reviewed = partialDisclosureApprovedAndDeliveredOn(LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 14));
    String reviewingCase = received(LocalDate.of(2026, 4, 2)).trackingNumber();
    jdbc.update("UPDATE ogi_item_review SET reviewed_for = ? WHERE item_id IN (SELECT id FROM"
        + " ogi_info_item WHERE case_ref = ?)", reviewingCase, reviewed);
    String pointingCase = received(LocalDate.of(2026, 4, 2)).trackingNumber();
    long reviewedItem = jdbc.queryForObject("SELECT id FROM ogi_info_item WHERE case_ref = ?",
        Long.class, reviewed);
    engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.SECRECY_REVIEW,
        pointingCase, org.camunda.bpm.engine.variable.Variables.createVariables()
            .putValue(TRACKING_NUMBER, pointingCase).putValue(ITEM_ID, reviewedItem)
            .putValue(REPLY_DUE_DATE, null).putValue(REPLY_DUE_DATE_TEXT, ""));
    // (j) Driven: received 2 March (due 30 March) and still unanswered when checked (3 April).
    String overdueOpen = received(LocalDate.of(2026, 3, 2)).trackingNumber();
    // (i) Planted: a request started in the middle (C1: start instructions).
    today(LocalDate.of(2026, 4, 3));
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    String shortcutId;
    try {
      shortcutId = engine.getRuntimeService()
          .createProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST)
          .startBeforeActivity("Service_RegisterCase")
          .setVariables(registration(LocalDate.of(2026, 4, 3))).execute().getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String shortcut = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(shortcutId).singleResult().getBusinessKey();
    ours.add(shortcut);

    long decisionsBefore = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .count();
    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    // The audit only reads: evaluating ApprovalRequired again for each delivered case records
    // no decision of its own (ADR 0020).
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .isEqualTo(decisionsBefore);

    assertThat(ours).hasSize(14).contains(clean, punctualNotice, reviewed);
    // The late correction notice did not stop its clock (Art. 30, ADR 0036): received 2 March,
    // due 30 March, still waiting for the correction on 3 April, so overdue as well.
    assertThat(ofOurs(report, ComplianceQueries.OVERDUE_OPEN))
        .containsExactlyInAnyOrder(overdueOpen, lateNotice);
    assertThat(ofOurs(report, ComplianceQueries.LATE_REPLY)).containsExactly(late);
    assertThat(ofOurs(report, ComplianceQueries.RELEASED_WITHOUT_REVIEW))
        .containsExactly(unreviewed);
    assertThat(ofOurs(report, ComplianceQueries.WITHHELD_WITHOUT_APPROVAL))
        .containsExactly(withheld);
    assertThat(ofOurs(report, ComplianceQueries.EXTENDED_WITHOUT_APPROVAL))
        .containsExactly(extended);
    assertThat(ofOurs(report, ComplianceQueries.LATE_CORRECTION_NOTICE))
        .containsExactly(lateNotice);
    assertThat(rule(report, ComplianceQueries.LATE_CORRECTION_NOTICE).violations())
        .filteredOn(v -> v.trackingNumber().equals(lateNotice)).singleElement()
        .extracting(Violation::detail).asString().contains("相隔 10 个工作日");
    assertThat(rule(report, ComplianceQueries.LATE_REPLY).violations())
        .filteredOn(v -> v.trackingNumber().equals(late)).singleElement()
        .extracting(Violation::detail).asString().contains("2026年4月8日送达，期限为2026年3月30日");
    assertThat(ofOurs(report, ComplianceQueries.DELIVERED_WITHOUT_OUTCOME))
        .containsExactly(noOutcome);
    assertThat(ofOurs(report, ComplianceQueries.LETTER_CHANGED_AFTER_APPROVAL))
        .containsExactly(changedLetter);
    assertThat(ofOurs(report, ComplianceQueries.REVIEW_OF_OTHER_CASE))
        .containsExactlyInAnyOrder(reviewingCase, pointingCase);
    assertThat(rule(report, ComplianceQueries.REVIEW_OF_OTHER_CASE).violations())
        .filteredOn(v -> v.trackingNumber().equals(pointingCase)).singleElement()
        .extracting(Violation::detail).asString().contains(reviewed);
    assertThat(ofOurs(report, ComplianceQueries.NOT_STARTED_AT_START_EVENT))
        .containsExactly(shortcut);
    // The step's name, not the engine's element id (audit 29, F2).
    assertThat(rule(report, ComplianceQueries.NOT_STARTED_AT_START_EVENT).violations())
        .filteredOn(v -> v.trackingNumber().equals(shortcut)).singleElement()
        .extracting(Violation::detail).asString().isEqualTo("从“登记受理”开始，而非开始事件");
    // Every rule has its Chinese title.
    assertThat(report.rules()).extracting(Rule::title).containsExactly("逾期答复",
        "未经保密审查即公开", "须经领导审批的答复未经审批", "延期答复未经批准",
        "答复期限届满后才批准延期", "补正告知逾期",
        "已送达但无答复类型", "答复书在审批后被修改", "审查了其他案件的信息项", "未从开始事件启动的案件",
        "逾期未答复（仍在办理）", "撤回前已逾期未答复",
        "计划发布而未发布的主动公开信息", "主动公开逾期（第二十六条）",
        "邮寄送达未登记签收",
        "终止办理告知书未登记送达", "依申请转为主动公开所依据的答复已被纠正",
        "征求意见函、收费通知书未登记送达", "日期更正使答复期限后移或逾期答复变为按期",
        "行政复议答复书、行政诉讼答辩状逾期提交");

    // Outside the period, nothing of ours.
    Report before = queries.check(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    before.rules().forEach(r -> assertThat(ofOurs(before, r.id())).as(r.id()).isEmpty());
  }

  /**
   * ADR 0128 (ADR 0120): in a round a correction reopened at the completeness check (withdrawn
   * there on 10 Feb, set aside on Mon 2 Mar) the Art. 30 window counts from the decision, so a
   * notice on Thu 5 Mar (the 3rd working day) is in time; one on Mon 16 Mar (the 10th) is late,
   * counted from the decision. Before, both counted from the receipt (13 and 20 working days)
   * and the punctual one was listed as well.
   */
  @Test
  void aCorrectionNoticeInAReopenedCompletenessCheckCountsFromTheDecision() {
    String punctual = reopenedAtTheCheckWithANoticeOn(LocalDate.of(2026, 3, 5));
    String late = reopenedAtTheCheckWithANoticeOn(LocalDate.of(2026, 3, 16));

    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(ofOurs(report, ComplianceQueries.LATE_CORRECTION_NOTICE)).containsExactly(late)
        .doesNotContain(punctual);
    assertThat(rule(report, ComplianceQueries.LATE_CORRECTION_NOTICE).violations())
        .filteredOn(v -> v.trackingNumber().equals(late)).singleElement()
        .extracting(Violation::detail).asString()
        .contains("2026年3月2日经复议决定或判决纠正撤回、重新办理", "相隔 10 个工作日");
  }

  /** Received and withdrawn on 10 Feb at the check, reopened there on 2 Mar, notice sent. */
  private String reopenedAtTheCheckWithANoticeOn(LocalDate noticeOn) {
    RequestScenario scenario = received(LocalDate.of(2026, 2, 10));
    String tn = scenario.trackingNumber();
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, tn, "2026-02-10", "WRITTEN", null, OFFICE_USER);
    LocalDate decidedOn = LocalDate.of(2026, 3, 2);
    today(decidedOn);
    var round = io.github.ogiworkflow.appeal.WithdrawnCaseReopening.startNewRound(engine, tn,
        decidedOn, null, "行政复议决定撤销");
    scenario.instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(round.instanceId()).singleResult();
    io.github.ogiworkflow.register.CaseRegister register = ProcessTestEngine.bean(engine,
        "caseRegister", io.github.ogiworkflow.register.CaseRegister.class);
    register.setWithdrawalAside(tn, 0L, decidedOn, round.instanceId(),
        io.github.ogiworkflow.appeal.WithdrawnCaseReopening.foundAt(engine,
            round.endedInstanceId(), register.withdrawalStatus(tn).orElse(null)));
    scenario.runAsyncSteps();
    today(noticeOn);
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请写明所需信息的文号。");
    assertThat(jdbc.queryForList("SELECT issued_on FROM ogi_letter WHERE case_ref = ? AND kind ="
        + " 'CORRECTION_NOTICE'", tn)).hasSize(1);
    return tn;
  }

  private List<String> ofOurs(Report report, String ruleId) {
    return rule(report, ruleId).violations().stream().map(Violation::trackingNumber)
        .filter(ours::contains).distinct().sorted().collect(Collectors.toList());
  }

  /**
   * A posted reply is served when signed for (ARL Art. 20, handbook §2.13): checked on Fri 3 April
   * 2026, a reply posted Mon 2 March without a signed-for date is listed (32 days); one posted the
   * same day and signed for on 4 March is not, nor one posted on 20 March (14 days, the receipt
   * may still come).
   */
  @Test
  void aPostedReplyNotSignedForAfterThirtyDaysIsListed() {
    String unsigned = publicDisclosureDeliveredOn(LocalDate.of(2026, 2, 27),
        LocalDate.of(2026, 3, 2));
    String signed = publicDisclosureDeliveredOn(LocalDate.of(2026, 2, 27),
        LocalDate.of(2026, 3, 2));
    jdbc.update("UPDATE ogi_case SET reply_received_on = ? WHERE tracking_number = ?",
        java.sql.Date.valueOf(LocalDate.of(2026, 3, 4)), signed);
    String recent = publicDisclosureDeliveredOn(LocalDate.of(2026, 3, 16),
        LocalDate.of(2026, 3, 20));
    today(LocalDate.of(2026, 4, 3));

    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(List.of(unsigned, signed, recent)).doesNotHaveDuplicates();
    assertThat(ofOurs(report, ComplianceQueries.POSTED_NOT_SIGNED_FOR)).containsExactly(unsigned);
    assertThat(rule(report, ComplianceQueries.POSTED_NOT_SIGNED_FOR).violations())
        .filteredOn(v -> v.trackingNumber().equals(unsigned)).singleElement()
        .extracting(Violation::detail).asString()
        .isEqualTo("2026年3月2日交邮送达，尚未登记申请人签收日期");
  }

  /**
   * A termination notice's periods run from the applicant's receipt (ADR 0067): checked on Fri 3
   * April 2026, a case closed Mon 2 March whose notice's service is not recorded is listed (its
   * task was due 3 working days later), one closed Wed 1 April is not (due Mon 6 April); a notice
   * posted Mon 2 March without a signed-for date is listed, one posted 20 March is not (14 days),
   * nor one signed for, nor a case closed before V48 (no service due).
   */
  @Test
  void aTerminationNoticeNotServedOrNotSignedForIsListed() {
    List<String> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cases.add(publicDisclosureDeliveredOn(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2)));
    }
    assertThat(cases).doesNotHaveDuplicates();
    java.util.function.BiConsumer<String, Object[]> close = (tn, values) -> jdbc.update(
        "UPDATE ogi_case SET status = 'CLOSED', closed_on = ?, termination_service_due = ?,"
            + " termination_served_by = ?, termination_served_on = ?,"
            + " termination_signed_for_on = ? WHERE tracking_number = ?",
        values[0], values[1], values[2], values[3], values[4], tn);
    java.sql.Date march2 = java.sql.Date.valueOf(LocalDate.of(2026, 3, 2));
    close.accept(cases.get(0), new Object[] {march2, true, null, null, null});
    close.accept(cases.get(1), new Object[] {java.sql.Date.valueOf(LocalDate.of(2026, 4, 1)), true,
        null, null, null});
    close.accept(cases.get(2), new Object[] {march2, true, "POST", march2, null});
    close.accept(cases.get(3), new Object[] {java.sql.Date.valueOf(LocalDate.of(2026, 3, 20)), true,
        "POST", java.sql.Date.valueOf(LocalDate.of(2026, 3, 20)), null});
    close.accept(cases.get(4), new Object[] {march2, true, "POST", march2,
        java.sql.Date.valueOf(LocalDate.of(2026, 3, 5))});
    close.accept(cases.get(5), new Object[] {march2, false, null, null, null});
    today(LocalDate.of(2026, 4, 3));

    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(rule(report, ComplianceQueries.TERMINATION_NOT_SERVED).violations())
        .filteredOn(v -> cases.contains(v.trackingNumber()))
        .extracting(Violation::trackingNumber, Violation::detail)
        .containsExactly(tuple(cases.get(0), "2026年3月2日终止办理，终止办理告知书尚未登记送达"),
            tuple(cases.get(2), "2026年3月2日交邮送达终止办理告知书，尚未登记申请人签收日期"));
  }

  /**
   * Art. 30 (ADR 0036): a case waiting for a correction asked for too late keeps its reply clock,
   * so it is 逾期未答复 once its deadline passed; one asked for in time is not. Both received
   * Fri 13 Feb 2026 (notice due Mon 2 Mar, reply due Thu 19 Mar), checked on 3 April.
   */
  @Test
  void aCaseWaitingForALateCorrectionIsStillOverdue() {
    RequestScenario late = received(LocalDate.of(2026, 2, 13));
    today(LocalDate.of(2026, 3, 3));
    late.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    RequestScenario inTime = received(LocalDate.of(2026, 2, 13));
    today(LocalDate.of(2026, 3, 2));
    inTime.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    today(LocalDate.of(2026, 4, 3));

    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(ofOurs(report, ComplianceQueries.OVERDUE_OPEN))
        .containsExactly(late.trackingNumber());
  }

  /**
   * Issue 14, point 11 (Art. 33): an extension approved after the reply deadline had passed is
   * flagged; one approved in time is not. Both received Monday 2 March 2026, due 30 March
   * (20 working days, no holiday in March).
   */
  @Test
  void anExtensionApprovedAfterTheDeadlineIsFlagged() {
    String inTime = extensionApprovedOn(LocalDate.of(2026, 3, 27));
    // Planted: the process now refuses an approval after the deadline (ExtensionDelegates);
    // cases started on an earlier model, or changed outside it, can still have one.
    String late = extensionApprovedOn(LocalDate.of(2026, 3, 27));
    jdbc.update("UPDATE ogi_approval SET decided_at = ? WHERE tracking_number = ?"
        + " AND kind = 'EXTENSION'", java.sql.Timestamp.from(LocalDate.of(2026, 3, 31)
            .atTime(10, 0).atZone(io.github.ogiworkflow.calendar.OfficeTime.ZONE).toInstant()),
        late);

    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(ofOurs(report, ComplianceQueries.EXTENDED_AFTER_DEADLINE)).containsExactly(late);
    assertThat(rule(report, ComplianceQueries.EXTENDED_AFTER_DEADLINE).violations())
        .filteredOn(v -> v.trackingNumber().equals(late)).singleElement()
        .extracting(Violation::detail).asString()
        .isEqualTo("原答复期限为2026年3月30日，2026年3月31日才批准延期");
    assertThat(ofOurs(report, ComplianceQueries.EXTENDED_WITHOUT_APPROVAL)).isEmpty();
    assertThat(ours).contains(inTime);
  }

  /**
   * ADR 0122 (audit 31b, F1): a consultation letter or fee notice whose service is not recorded
   * holds the reply clock with no period running. Checked on Fri 3 April 2026: a third-party
   * letter issued Mon 2 March (recording due Mon 9 March) and a fee notice issued Thu 5 March (due
   * Thu 12 March), neither served, are listed; a letter served on 3 March is not, nor one issued
   * Mon 30 March (due Tue 7 April, after 清明 4–6 April).
   */
  @Test
  void aLetterWhoseServiceIsNotRecordedInTimeIsListed() {
    String unserved = consultationLetterOn(LocalDate.of(2026, 3, 2)).trackingNumber();
    RequestScenario servedCase = consultationLetterOn(LocalDate.of(2026, 3, 2));
    today(LocalDate.of(2026, 3, 3));
    servedCase.complete(io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE,
        OFFICE_USER, CONSULTATION_SERVED_ON, "2026-03-03");
    String served = servedCase.trackingNumber();
    String recent = consultationLetterOn(LocalDate.of(2026, 3, 30)).trackingNumber();
    RequestScenario fee = received(LocalDate.of(2026, 3, 2))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("行政许可统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    today(LocalDate.of(2026, 3, 5));
    fee.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
        PAGE_COUNT, 150);
    today(LocalDate.of(2026, 4, 3));

    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(rule(report, ComplianceQueries.LETTER_NOT_SERVED).violations())
        .filteredOn(v -> ours.contains(v.trackingNumber()))
        .extracting(Violation::trackingNumber, Violation::detail)
        .containsExactlyInAnyOrder(
            tuple(unserved, "2026年3月2日发出征求第三方意见函，应于2026年3月9日前登记送达，尚未登记，"
                + "答复期限自发出之日起暂停计时"),
            tuple(fee.trackingNumber(), "2026年3月5日发出收费通知书，应于2026年3月12日前登记送达，"
                + "尚未登记，答复期限自发出之日起暂停计时"));
    assertThat(ours).contains(served, recent);
    // Outside the period, nothing.
    assertThat(ofOurs(queries.check(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        ComplianceQueries.LETTER_NOT_SERVED)).isEmpty();
  }

  private RequestScenario consultationLetterOn(LocalDate on) {
    return received(on)
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("某企业年度检查材料", "HELD",
            "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
  }

  private String extensionApprovedOn(LocalDate approvedOn) {
    RequestScenario scenario = received(LocalDate.of(2026, 3, 2))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    today(LocalDate.of(2026, 3, 25));
    scenario.fireTimer(io.github.ogiworkflow.process.ElementIds.TIMER_REPLY_REMINDER)
        .complete(TASK_CONSIDER_EXTENSION, OFFICE_USER, EXTENSION_REQUESTED, true,
            EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取大量档案");
    today(approvedOn);
    scenario.complete(TASK_APPROVE_EXTENSION, LEADER, EXTENSION_APPROVAL, "APPROVE");
    assertThat(jdbc.queryForObject("SELECT due_before_extension FROM ogi_case"
        + " WHERE tracking_number = ?", java.sql.Date.class, scenario.trackingNumber()))
        .isEqualTo(java.sql.Date.valueOf("2026-03-30"));
    return scenario.trackingNumber();
  }

  /**
   * Rule (q), ADR 0124, 0127: a receipt correction that moved the reply deadline later (here a
   * passed one, so made by leadership) and a delivery correction that turned a late reply into a
   * timely one are listed with who made them, the dates and the deadline, by the day they were
   * made; a delivery correction that leaves the reply late and a receipt correction that moves
   * the deadline earlier are not. The old code listed none.
   */
  @Test
  void dateCorrectionsThatMovedTheDeadlineOrMadeALateReplyTimelyAreListed() {
    io.github.ogiworkflow.correction.DateCorrections corrections =
        ProcessTestEngine.dateCorrections(engine);
    // Entered as received on 2 February; it came on 4 March, the day it was registered.
    today(LocalDate.of(2026, 3, 4));
    String moved = new RequestScenario(engine).start(registration(LocalDate.of(2026, 2, 2)))
        .trackingNumber();
    ours.add(moved);
    LocalDate passed = dueOn(moved);
    today(LocalDate.of(2026, 3, 10));
    assertThat(passed).isBefore(LocalDate.of(2026, 3, 10));
    corrections.correct(moved, "receivedOn", "2026-03-04", "登记时误录收到日期，以收文登记簿为准", LEADER);
    LocalDate movedTo = dueOn(moved);

    // Received 2 March (due 30 March), finalised on 30 March, delivered on 8 April: late.
    RequestScenario late = received(LocalDate.of(2026, 3, 2))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    today(LocalDate.of(2026, 3, 30));
    late.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(LocalDate.of(2026, 4, 8));
    late.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-04-08");
    String timely = late.trackingNumber();
    today(LocalDate.of(2026, 4, 10));
    corrections.correct(timely, "deliveredOn", "2026-04-07", "交邮日期登记有误", OFFICE_USER);
    corrections.correct(timely, "deliveredOn", "2026-03-30", "以邮局交寄凭证为准", LEADER);

    // Not listed: received 1 April, entered as 2 April, corrected earlier.
    String earlier = received(LocalDate.of(2026, 4, 2)).trackingNumber();
    corrections.correct(earlier, "receivedOn", "2026-04-01", "以收文登记簿为准", OFFICE_USER);

    Report report = queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(ofOurs(report, ComplianceQueries.DEADLINE_MOVED_BY_CORRECTION))
        .containsExactlyInAnyOrder(moved, timely);
    assertThat(rule(report, ComplianceQueries.DEADLINE_MOVED_BY_CORRECTION).violations())
        .filteredOn(v -> v.trackingNumber().equals(moved)).singleElement()
        .extracting(Violation::detail).asString().contains("2026年3月10日", LEADER,
            "将收到申请日期由2026年2月2日更正为2026年3月4日",
            "答复期限由" + io.github.ogiworkflow.letter.CaseLetters.chinese(passed) + "后移至"
                + io.github.ogiworkflow.letter.CaseLetters.chinese(movedTo),
            "（更正时答复期限已届满）", "以收文登记簿为准");
    assertThat(rule(report, ComplianceQueries.DEADLINE_MOVED_BY_CORRECTION).violations())
        .filteredOn(v -> v.trackingNumber().equals(timely)).singleElement()
        .extracting(Violation::detail).asString().contains("2026年4月10日", LEADER,
            "将送达日期由2026年4月7日更正为2026年3月30日", "答复期限为2026年3月30日",
            "逾期答复变为按期答复", "以邮局交寄凭证为准");
    // By the day the correction was made.
    assertThat(ofOurs(queries.check(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31)),
        ComplianceQueries.DEADLINE_MOVED_BY_CORRECTION)).containsExactly(timely);
  }

  /**
   * ADR 0137 (ADR 0127's open point): who made a date correction is named as he was named at the
   * act. A leader who corrected a receipt date and was renamed later keeps the name of the day
   * in rule (q) and in the audit trail (the case page's too), and once his account is deleted
   * the trail still names him, marked 账号已删除. The old code looked the name up when read: the
   * new name, then the bare id.
   */
  @Test
  void aDateCorrectionNamesItsMakerAsNamedAtTheAct() {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    String leader = ProcessTestEngine.namedStaff(engine, "adr0137leader", "刘强", "leadership");
    try {
      today(LocalDate.of(2026, 3, 4));
      String moved = new RequestScenario(engine).start(registration(LocalDate.of(2026, 2, 2)))
          .trackingNumber();
      ours.add(moved);
      today(LocalDate.of(2026, 3, 10));
      ProcessTestEngine.dateCorrections(engine).correct(moved, "receivedOn", "2026-03-04",
          "登记时误录收到日期，以收文登记簿为准", leader);
      org.camunda.bpm.engine.identity.User renamed = identity.createUserQuery().userId(leader)
          .singleResult();
      renamed.setFirstName("刘国强");
      identity.saveUser(renamed);

      assertThat(rule(queries.check(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
          ComplianceQueries.DEADLINE_MOVED_BY_CORRECTION).violations())
          .filteredOn(v -> v.trackingNumber().equals(moved)).singleElement()
          .extracting(Violation::detail).asString()
          .contains("2026年3月10日 刘强（adr0137leader）将收到申请日期").doesNotContain("刘国强");
      assertThat(correctedBy(moved)).isEqualTo("刘强（adr0137leader）");

      identity.deleteUser(leader);
      assertThat(correctedBy(moved)).isEqualTo("刘强（adr0137leader，账号已删除）");
      assertThat(rule(queries.check(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
          ComplianceQueries.DEADLINE_MOVED_BY_CORRECTION).violations())
          .filteredOn(v -> v.trackingNumber().equals(moved)).singleElement()
          .extracting(Violation::detail).asString().contains("刘强（adr0137leader）");
    } finally {
      if (identity.createUserQuery().userId(leader).count() > 0) {
        identity.deleteUser(leader);
      }
    }
  }

  /**
   * ADR 0137: a reviewer who was not a member of legal when reviewing (rule 未经保密审查即公开) is
   * named by the name the review recorded (V86), also once his account is gone; the old code
   * printed his bare id.
   */
  @Test
  void aReviewerOutsideLegalIsNamedAsRecordedWithTheReview() {
    // A review recorded by 周丽, then in 办公室 only, whose account is gone since.
    String reviewed = partialDisclosureApprovedAndDeliveredOn(LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 14));
    jdbc.update("UPDATE ogi_item_review SET reviewer = 'adr0137reviewer', reviewer_name = '周丽',"
        + " reviewer_groups = 'office' WHERE item_id IN (SELECT id FROM ogi_info_item"
        + " WHERE case_ref = ?)", reviewed);
    assertThat(rule(queries.check(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
        ComplianceQueries.RELEASED_WITHOUT_REVIEW).violations())
        .filteredOn(v -> v.trackingNumber().equals(reviewed)).singleElement()
        .extracting(Violation::detail).asString()
        .contains("的审查人 周丽（adr0137reviewer） 审查时不是法规科成员");
  }

  /** Who the audit trail names for the case's 更正收到申请日期. */
  private String correctedBy(String trackingNumber) {
    return ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow().entries().stream()
        .filter(e -> "DATE_CHANGE".equals(e.kind()) && "更正收到申请日期".equals(e.activity()))
        .map(CaseTimeline.Entry::who).findFirst().orElseThrow();
  }

  private LocalDate dueOn(String trackingNumber) {
    return jdbc.queryForObject("SELECT due_on FROM ogi_case WHERE tracking_number = ?",
        java.sql.Date.class, trackingNumber).toLocalDate();
  }

  private static Rule rule(Report report, String ruleId) {
    return report.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
  }

  private RequestScenario received(LocalDate on) {
    today(on);
    RequestScenario scenario = new RequestScenario(engine).start(registration(on));
    ours.add(scenario.trackingNumber());
    return scenario;
  }

  private String publicDisclosureDeliveredOn(LocalDate receivedOn, LocalDate deliveredOn) {
    RequestScenario scenario = received(receivedOn)
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    today(deliveredOn);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
            DELIVERED_ON, deliveredOn.toString());
    return scenario.trackingNumber();
  }

  private String partialDisclosureApprovedAndDeliveredOn(LocalDate receivedOn,
      LocalDate deliveredOn) {
    RequestScenario scenario = received(receivedOn)
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("行政许可统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
            REDACTION_NOTE, "删除个人信息", WITHHOLDING_GROUND, "THIRD_PARTY",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");
    today(deliveredOn);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE")
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
            DELIVERED_ON, deliveredOn.toString());
    assertThat(jdbc.queryForObject("SELECT outcome_code FROM ogi_case WHERE tracking_number = ?",
        String.class, scenario.trackingNumber())).isEqualTo("2");
    return scenario.trackingNumber();
  }

  private String correctionNoticeOn(LocalDate receivedOn, LocalDate noticeOn) {
    RequestScenario scenario = received(receivedOn);
    today(noticeOn);
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "CORRECTION", CORRECTION_POINTS, "请写明所需信息的文号。");
    assertThat(jdbc.queryForList("SELECT issued_on FROM ogi_letter WHERE case_ref = ? AND kind ="
        + " 'CORRECTION_NOTICE'", scenario.trackingNumber())).hasSize(1);
    return scenario.trackingNumber();
  }

  /**
   * ADR 0153: the trail's review and approval lines name the reviewer and the leader by the
   * names recorded with the review and the decision (V86), and the lines of the tasks they
   * completed by the names recorded at the completion (V109), not by the names their accounts
   * have now; the old code looked them up when read (ADR 0137 left it open).
   */
  @Test
  void theTrailNamesTheReviewerAndTheApproverAsNamedAtTheAct() {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    String reviewer = "adr0153reviewer";
    String leader = "adr0153leader";
    ProcessTestEngine.namedStaff(engine, reviewer, "周丽", "legal");
    ProcessTestEngine.namedStaff(engine, leader, "陈刚", "leadership");
    try {
      RequestScenario scenario = received(LocalDate.of(2026, 5, 6))
          .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
          .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
              items(item("行政许可统计表", "HELD")))
          .complete(TASK_REVIEW_ITEM, reviewer, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
              REDACTION_NOTE, "删除个人信息", WITHHOLDING_GROUND, "THIRD_PARTY",
              LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条")
          .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
          .complete(TASK_APPROVE_REPLY, leader, REPLY_APPROVAL, "APPROVE");
      for (String[] person : new String[][] {{reviewer, "周丽华"}, {leader, "陈刚强"}}) {
        org.camunda.bpm.engine.identity.User renamed = identity.createUserQuery()
            .userId(person[0]).singleResult();
        renamed.setFirstName(person[1]);
        identity.saveUser(renamed);
      }

      List<CaseTimeline.Entry> trail = ProcessTestEngine.timeline(engine)
          .of(scenario.trackingNumber()).orElseThrow().entries();
      assertThat(trail).filteredOn(e -> e.kind().equals("REVIEW"))
          .extracting(CaseTimeline.Entry::who).containsExactly("周丽（adr0153reviewer）");
      assertThat(trail).filteredOn(e -> e.kind().equals("APPROVAL"))
          .extracting(CaseTimeline.Entry::who).containsExactly("陈刚（adr0153leader）");
      assertThat(trail).filteredOn(e -> e.kind().equals("TASK") && e.who().contains("adr0153"))
          .extracting(CaseTimeline.Entry::who)
          .containsExactly("周丽（adr0153reviewer）", "陈刚（adr0153leader）");
    } finally {
      identity.deleteUser(reviewer);
      identity.deleteUser(leader);
    }
  }
}
