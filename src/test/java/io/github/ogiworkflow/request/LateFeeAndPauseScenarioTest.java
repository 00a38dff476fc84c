package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PAYMENT;
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

import io.github.ogiworkflow.audit.ComplianceQueries;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.LetterServiceSteps;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.overview.DeadlineOverview;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.report.AnnualReport;
import io.github.ogiworkflow.report.AnnualReports;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit round 25 F1, F3 and F9: a period that has run out is not revived by a pause, a fee is
 * charged once per application and only within the processing period (国办函〔2020〕109号), and
 * overlapping consultations pause the clock until the latest answer (Art. 33(3)). Received Tue
 * 10 Feb 2026, due Mon 16 Mar (DisclosureRequestScenarioTest's hand count across 春节).
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class LateFeeAndPauseScenarioTest {

  // DisclosureRequestScenarioTest covers the models; these tests are about dates and refusals.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);
  static final LocalDate DUE = LocalDate.of(2026, 3, 16);

  ProcessEngine engine;
  RequestScenario scenario;
  JdbcTemplate jdbc;
  CaseRegister register;
  PauseLedger pauses;
  Letters letters;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    pauses = ProcessTestEngine.bean(engine, "pauseLedger", PauseLedger.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  // ---- F1: after the reply deadline

  @Test
  void noFeeNoticeAfterTheReplyDeadline() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")));
    String trackingNumber = scenario.trackingNumber();
    Assertions.assertThat(register.get(trackingNumber).dueOn()).isEqualTo(DUE);
    today(DUE.plusDays(1));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");

    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true,
        FEE_SCHEME, "PER_PAGE", PAGE_COUNT, 150))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CHARGE_FEE)
        .hasMessageContaining("答复期限已于2026年3月16日届满", "不得再收取信息处理费");
    // Nothing written: no notice, no letter, no pause; the case is still late.
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(letters.of(trackingNumber)).isEmpty();
    Assertions.assertThat(feeNotices(trackingNumber)).isZero();
    Assertions.assertThat(pauses.isPaused(trackingNumber)).isFalse();
    Assertions.assertThat(register.get(trackingNumber).dueOn()).isEqualTo(DUE);

    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /**
   * The office asks for a fee on the last day (allowed); leadership approves the next day, when
   * the notice would go out late: refused on leadership's own field, and sending the reply back
   * lets the office drop the fee.
   */
  @Test
  void leadershipCannotIssueAFeeNoticeOnceTheDeadlineHasPassed() {
    scenario.objectionOverriddenOnWed11Feb(items(item("某企业排污数据", "HELD",
            "thirdParty", true, "thirdPartyName", "示范市某化工有限公司")))
        .complete(TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
            OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    String trackingNumber = scenario.trackingNumber();
    // Consulted and answered on 10 Feb: paused no working day.
    Assertions.assertThat(register.get(trackingNumber).dueOn()).isEqualTo(DUE);

    today(DUE);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
        PAGE_COUNT, 250);
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);

    today(DUE.plusDays(1));
    int lettersBefore = letters.of(trackingNumber).size();
    assertThatThrownBy(() -> scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL,
        "APPROVE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REPLY_APPROVAL)
        .hasMessageContaining("答复期限已于2026年3月16日届满", "请退回修改并取消收费");
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);
    Assertions.assertThat(letters.of(trackingNumber)).hasSize(lettersBefore);
    Assertions.assertThat(feeNotices(trackingNumber)).isZero();
    Assertions.assertThat(pauses.isPaused(trackingNumber)).isFalse();

    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "SEND_BACK",
            REPLY_APPROVAL_COMMENT, "已逾期，不收费")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /**
   * A consultation begun after the deadline does not stop the clock: the case stays under
   * 已超期 in 期限监控 and on 逾期未答复 (handbook 2.11), and the answer moves nothing.
   */
  @Test
  void aConsultationAfterTheDeadlineLeavesTheCaseOverdue() {
    scenario.start(registration(RECEIVED)).complete(ElementIds.TASK_CHECK_COMPLETENESS,
        OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String trackingNumber = scenario.trackingNumber();
    LocalDate late = DUE.plusDays(1);
    today(late);
    scenario.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("某企业年度检查材料",
        "HELD", "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_CONSULTATION_SERVICE);

    Assertions.assertThat(pauses.isPaused(trackingNumber)).isFalse();
    Assertions.assertThat(pauses.pausesOf(trackingNumber)).isEmpty();
    Assertions.assertThat(scenario.timerJobs(ElementIds.TIMER_REPLY_OVERDUE))
        .extracting(j -> j.isSuspended()).containsExactly(false);
    DeadlineOverview.Overview overview = overview().now();
    Assertions.assertThat(overview.overdue()).extracting(DeadlineOverview.CaseDeadline::trackingNumber)
        .contains(trackingNumber);
    Assertions.assertThat(overview.later()).extracting(DeadlineOverview.CaseDeadline::trackingNumber)
        .doesNotContain(trackingNumber);
    Assertions.assertThat(overdueOpen()).contains(trackingNumber);

    scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
            CONSULTATION_SERVED_ON, late.toString())
        .complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER, CONSULTATION_ANSWER, "CONSENT",
            CONSULTATION_ANSWERED_ON, late.toString());
    Assertions.assertThat(register.get(trackingNumber).dueOn()).isEqualTo(DUE);
    Assertions.assertThat(overdueOpen()).contains(trackingNumber);
  }

  /**
   * Audit 31b F1's rest (ADR 0126): while a letter's service waits to be recorded the case is
   * 计时暂停 in 期限监控, so the day the service must be recorded by is shown there, per step.
   * Both letters go out on Tue 10 Feb 2026: 5 working days are 11, 12, 13, 14 (Sat, 调休),
   * then 春节 15–23, 24 Feb. On the 25th both are overdue.
   */
  @Test
  void theDeadlineOverviewListsTheServiceStepsWithTheirDueDates() {
    scenario.startWithItems(registration(RECEIVED), items(item("联合发文", "HELD",
        "thirdParty", true, "otherAgency", true,
        "thirdPartyName", "示范市某协会", "otherAgencyName", "示范市财政局")));
    String trackingNumber = scenario.trackingNumber();

    List<DeadlineOverview.ServiceStepDue> steps = overview().now().letterServices().stream()
        .filter(s -> s.trackingNumber().equals(trackingNumber)).toList();
    Assertions.assertThat(steps).hasSize(2).allSatisfy(s -> {
      Assertions.assertThat(s.step()).isEqualTo("登记征求意见函送达");
      Assertions.assertThat(s.issuedOn()).isEqualTo(RECEIVED);
      Assertions.assertThat(s.dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
      Assertions.assertThat(s.workingDaysLeft()).isEqualTo(5);
      Assertions.assertThat(s.overdue()).isFalse();
    });

    today(LocalDate.of(2026, 2, 25));
    Assertions.assertThat(overview().now().letterServices().stream()
        .filter(s -> s.trackingNumber().equals(trackingNumber)))
        .hasSize(2).allSatisfy(s -> Assertions.assertThat(s.overdue()).isTrue());

    for (Task service : scenario.tasks(TASK_RECORD_CONSULTATION_SERVICE)) {
      scenario.complete(service, OFFICE_USER, CONSULTATION_SERVED_ON, "2026-02-24");
    }
    Assertions.assertThat(overview().now().letterServices())
        .noneMatch(s -> s.trackingNumber().equals(trackingNumber));
  }

  /**
   * The same for a fee notice (issued Thu 12 Feb: 13, 14 (Sat, 调休), 24, 25, 26 Feb), also for
   * a step from before ADR 0122, which carries no due date.
   */
  @Test
  void theDeadlineOverviewListsTheFeeNoticeServiceStep() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    String trackingNumber = scenario.trackingNumber();
    today(LocalDate.of(2026, 2, 12));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
        PAGE_COUNT, 150);

    Assertions.assertThat(overview().now().letterServices())
        .filteredOn(s -> s.trackingNumber().equals(trackingNumber)).singleElement()
        .satisfies(s -> {
          Assertions.assertThat(s.step()).isEqualTo("登记收费通知送达");
          Assertions.assertThat(s.dueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
          Assertions.assertThat(s.overdue()).isFalse();
        });
    // A step waiting since before ADR 0122 has no due date: counted from its issue day the same.
    Task step = scenario.task(TASK_RECORD_FEE_NOTICE_SERVICE);
    step.setDueDate(null);
    engine.getTaskService().saveTask(step);
    today(LocalDate.of(2026, 2, 27));
    Assertions.assertThat(overview().now().letterServices())
        .filteredOn(s -> s.trackingNumber().equals(trackingNumber)).singleElement()
        .satisfies(s -> {
          Assertions.assertThat(s.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 12));
          Assertions.assertThat(s.dueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
          Assertions.assertThat(s.overdue()).isTrue();
        });
  }

  // ---- F3: one fee per application

  @Test
  void aReopenedRequestGetsNoSecondFee() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    String trackingNumber = scenario.trackingNumber();
    today(LocalDate.of(2026, 2, 12));
    // 150 pages: 30 free, 70 × ¥10, 50 × ¥20 = ¥1,700.
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150)
        .complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON, "2026-02-12");
    today(LocalDate.of(2026, 2, 25));
    scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2026-02-25")
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, "2026-02-25");

    // The reply is revoked (行政复议决定撤销): the agency owes a new reply to the same application.
    today(LocalDate.of(2026, 4, 1));
    engine.getRuntimeService().createMessageCorrelation("ReplyCorrected")
        .processInstanceBusinessKey(trackingNumber)
        .setVariable(REOPEN_DECIDED_ON, "2026-03-30")
        .setVariable(REOPEN_REASON, "行政复议决定撤销")
        .correlate();
    scenario.runAsyncSteps()
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表（含明细）", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    int lettersBefore = letters.of(trackingNumber).size();
    for (String scheme : List.of("PER_PAGE", "PER_REQUEST")) {
      assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true,
          FEE_SCHEME, scheme, PAGE_COUNT, 60))
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith(CHARGE_FEE)
          .hasMessageContaining("本申请已于2026年2月12日发出收费通知", "只能收取一次信息处理费");
    }
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(letters.of(trackingNumber)).hasSize(lettersBefore);
    Assertions.assertThat(feeNotices(trackingNumber)).isEqualTo(1);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /**
   * Section 六's 本年收取信息处理费 is what was paid. A second, unpaid notice on the case, as the
   * register held one before the refusal above (audit round 25: ¥300 asked again after ¥1,700
   * was paid), is a notice issued (本年发出收费通知), not money collected.
   */
  @Test
  void theReportCountsThePaidNoticeNotTheAmountAskedLast() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150)
        .complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON, "2026-02-10");
    String trackingNumber = scenario.trackingNumber();
    AnnualReports reports = ProcessTestEngine.bean(engine, "annualReports", AnnualReports.class);
    AnnualReport unpaid = reports.compute(2026);
    today(LocalDate.of(2026, 2, 12));
    scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2026-02-12");
    AnnualReport paid = reports.compute(2026);
    Assertions.assertThat(paid.feeCases() - unpaid.feeCases()).isEqualTo(1);
    Assertions.assertThat(paid.feesCollected().subtract(unpaid.feesCollected()))
        .isEqualByComparingTo("1700");

    register.setFee(trackingNumber, new BigDecimal("300"));
    AnnualReport after = reports.compute(2026);
    Assertions.assertThat(after.feeNotices() - paid.feeNotices()).isEqualTo(1);
    Assertions.assertThat(after.feeNoticeAmount().subtract(paid.feeNoticeAmount()))
        .isEqualByComparingTo("300");
    Assertions.assertThat(after.feeCases()).isEqualTo(paid.feeCases());
    Assertions.assertThat(after.feesCollected()).isEqualByComparingTo(paid.feesCollected());
  }

  // ---- F9: overlapping consultations

  /**
   * Both letters go out and are received on Tue 10 Feb. The agency answers on Tue 24 Feb,
   * entered that day; the third party's answer, dated Wed 11 Feb, is entered on Wed 25 Feb. The
   * clock stood still until the later answer, 24 Feb: 11, 12, 13, 14 (Sat, 调休) = 4; 15–23 春节;
   * 24 = 5 working days; 16 Mar + 5: 17–20 = 4, Mon 23 Mar = 5. (Ending on the answer entered
   * last, 11 Feb, would have paused 1 working day: due Tue 17 Mar.)
   */
  @Test
  void overlappingConsultationsPauseTheClockUntilTheLatestAnswer() {
    scenario.startWithItems(registration(RECEIVED), items(item("联合发文", "HELD",
        "thirdParty", true, "otherAgency", true,
        "thirdPartyName", "示范市某协会", "otherAgencyName", "示范市财政局")));
    String trackingNumber = scenario.trackingNumber();
    for (Task service : scenario.tasks(TASK_RECORD_CONSULTATION_SERVICE)) {
      scenario.complete(service, OFFICE_USER, CONSULTATION_SERVED_ON, "2026-02-10");
    }
    today(LocalDate.of(2026, 2, 24));
    scenario.complete(answerTask("AGENCY"), OFFICE_USER, CONSULTATION_ANSWER, "CONSENT",
        CONSULTATION_ANSWERED_ON, "2026-02-24");
    Assertions.assertThat(pauses.isPaused(trackingNumber)).isTrue();

    today(LocalDate.of(2026, 2, 25));
    scenario.complete(answerTask("THIRD_PARTY"), OFFICE_USER, CONSULTATION_ANSWER, "CONSENT",
        CONSULTATION_ANSWERED_ON, "2026-02-11");

    Assertions.assertThat(pauses.pausesOf(trackingNumber)).singleElement()
        .isEqualTo(new PauseLedger.Pause(RECEIVED, LocalDate.of(2026, 2, 24), 5));
    Assertions.assertThat(register.get(trackingNumber).dueOn()).isEqualTo(LocalDate.of(2026, 3, 23));
    Assertions.assertThat(scenario.variable(REPLY_DUE_DATE_TEXT)).isEqualTo("2026-03-23");
  }

  private Task answerTask(String kind) {
    return scenario.tasks(TASK_RECORD_CONSULTATION_ANSWER).stream()
        .filter(t -> kind.equals(engine.getTaskService().getVariable(t.getId(),
            CONSULTATION_KIND)))
        .findFirst().orElseThrow();
  }

  private int feeNotices(String trackingNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_fee_notice WHERE tracking_number = ?",
        Integer.class, trackingNumber);
  }

  private DeadlineOverview overview() {
    return new DeadlineOverview(register, pauses,
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        engine.getTaskService(), engine.getRuntimeService(),
        new StaffAccess(engine.getIdentityService()), DeadlineProperties.defaults(),
        engine.getIdentityService(),
        ProcessTestEngine.bean(engine, "letterServiceSteps", LetterServiceSteps.class), engine);
  }

  private List<String> overdueOpen() {
    ComplianceQueries queries = new ComplianceQueries(jdbc,
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults(),
        ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class), engine,
        ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class));
    return queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).rules().stream()
        .filter(r -> r.id().equals("overdueOpen")).flatMap(r -> r.violations().stream())
        .map(ComplianceQueries.Violation::trackingNumber).toList();
  }
}
