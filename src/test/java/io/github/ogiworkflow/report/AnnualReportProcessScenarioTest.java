package io.github.ogiworkflow.report;

import static io.github.ogiworkflow.process.ElementIds.END_EVENT_PUBLISHED;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPORT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUPERVISE_REPORT;
import static io.github.ogiworkflow.process.ElementIds.TASK_WRITE_REPORT_NARRATIVE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static io.github.ogiworkflow.request.RequestScenario.vars;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.publication.RegulationKind;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code AnnualReport} (年度报告): started by its yearly timer or by hand, tables computed from
 * the register, the office's text refused while an invariant fails or a section is empty,
 * leadership approves or returns it, publication is recorded; reminder and escalation before
 * and at the legal deadline of 31 January.
 */
@Deployment(resources = "processes/annual-report.bpmn")
class AnnualReportProcessScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(1.0);

  ProcessEngine engine;
  AnnualReportRegister register;
  ProcessInstance instance;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    today(LocalDate.of(2026, 1, 2));
    register = ProcessTestEngine.bean(engine, "annualReportRegister", AnnualReportRegister.class);
    // Each test reports on its own: a year published by one is final for the next.
    jdbc().update("DELETE FROM ogi_annual_report");
  }

  @AfterEach
  void tearDown() {
    // Nor for the tests after it on a shared database (PostgreSQL): a published year refuses
    // date corrections across its end (ADR 0080).
    jdbc().update("DELETE FROM ogi_annual_report");
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void theYearlyTimerReportsOnThePreviousYearWhichIsApprovedAndPublished() {
    startByTimer();

    assertThat(instance).hasBusinessKey("NB-2025").isWaitingAt(TASK_WRITE_REPORT_NARRATIVE);
    // The key set by the first step reaches the history too (the audit trail looks it up there).
    Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("NB-2025").singleResult().getId()).isEqualTo(instance.getId());
    Assertions.assertThat(variable(REPORT_YEAR)).isEqualTo(2025);
    Assertions.assertThat(variable(REPORT_CONSISTENT)).isEqualTo(true);
    Assertions.assertThat((String) variable(REPORT_INVARIANT_STATUS)).startsWith("全部通过");
    Assertions.assertThat((String) variable(REPORT_KEY_FIGURES))
        .contains("三、收到和处理政府信息公开申请情况");
    // 31 Jan 2027 is a Sunday; the reminder comes on the 5th working day before it (weekdays,
    // no holiday data yet for 2027) and the escalation once the due day is over (Beijing time).
    Assertions.assertThat(task(TASK_WRITE_REPORT_NARRATIVE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 1, 31)));
    Assertions.assertThat(variable(REPORT_REMINDER_AT))
        .isEqualTo(OfficeTime.morningOf(LocalDate.of(2026, 1, 26)));
    Assertions.assertThat(variable(REPORT_ESCALATE_AT))
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 1, 31)))
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-01-31T16:00:00Z")));
    Assertions.assertThat(engine.getManagementService().createJobQuery().timers()
        .processInstanceId(instance.getId()).activityId(ElementIds.TIMER_REPORT_OVERDUE)
        .singleResult().getDuedate()).isEqualTo(OfficeTime.after(LocalDate.of(2026, 1, 31)));
    // The key figures name their columns (the figures depend on what other tests registered in
    // 2025: the PostgreSQL pass shares one database).
    Assertions.assertThat((String) variable(REPORT_KEY_FIGURES))
        .containsPattern("一、本年新收政府信息公开申请数量：自然人 \\d+、商业企业 \\d+、科研机构 \\d+、"
            + "社会公益组织 \\d+、法律服务机构 \\d+、其他 \\d+、总计 \\d+")
        .containsPattern("第二十条第（一）项 规章：本年制发件数 \\d+、本年废止件数 \\d+、"
            + "现行有效件数 -?\\d+")
        .doesNotContain(" / ");
    Assertions.assertThat(register.of(2025)).hasValueSatisfying(row -> {
      Assertions.assertThat(row.status()).isEqualTo("COMPUTED");
      Assertions.assertThat(row.consistent()).isTrue();
      Assertions.assertThat(row.tablesJson()).contains("\"year\":2025").contains("t3");
    });

    today(LocalDate.of(2026, 1, 20));
    write();
    Assertions.assertThat(register.of(2025).orElseThrow().status()).isEqualTo("SUBMITTED");
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");

    assertThat(instance).isEnded().hasPassed("Service_PublishReport", END_EVENT_PUBLISHED);
    Assertions.assertThat(register.of(2025)).hasValueSatisfying(row -> {
      Assertions.assertThat(row.status()).isEqualTo("PUBLISHED");
      Assertions.assertThat(row.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
      Assertions.assertThat(row.approvedBy()).isEqualTo(LEADER);
      Assertions.assertThat(row.submittedBy()).isEqualTo(OFFICE_USER);
      Assertions.assertThat(row.overview()).isEqualTo("本年度，本局认真贯彻《条例》。");
    });
  }

  @Test
  void leadershipReturnsTheReportWithACommentForRework() {
    startByTimer();
    write();
    assertThatThrownBy(() -> complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "RETURN"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("请填写退回修改意见");
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "RETURN",
        REPORT_APPROVAL_COMMENT, "请补充政务新媒体情况");

    assertThat(instance).isWaitingAt(TASK_WRITE_REPORT_NARRATIVE);
    Assertions.assertThat(variable(REPORT_APPROVAL_COMMENT)).isEqualTo("请补充政务新媒体情况");
    Assertions.assertThat(register.of(2025).orElseThrow().returnComment())
        .isEqualTo("请补充政务新媒体情况");
    Assertions.assertThat(register.of(2025).orElseThrow().status()).isEqualTo("RETURNED");
    write();
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");
    assertThat(instance).isEnded();
    Assertions.assertThat(register.of(2025).orElseThrow().status()).isEqualTo("PUBLISHED");
  }

  /**
   * Audit round 24, F5 (ADR 0079 amended): a second return carries its own comment. Round one's
   * leaves the run when the office submits the text again, so a return without a comment is
   * refused instead of recording round one's as round two's.
   */
  @Test
  void aSecondReturnNeedsItsOwnComment() {
    startByTimer();
    write();
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "RETURN",
        REPORT_APPROVAL_COMMENT, "请补充政务新媒体情况");
    write();
    Assertions.assertThat(variable(REPORT_APPROVAL_COMMENT)).isNull();

    assertThatThrownBy(() -> complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "RETURN"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("请填写退回修改意见");
    Assertions.assertThat(register.of(2025).orElseThrow().returnComment())
        .isEqualTo("请补充政务新媒体情况");
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "RETURN",
        REPORT_APPROVAL_COMMENT, "请核对表三数据");
    Assertions.assertThat(register.of(2025).orElseThrow().returnComment())
        .isEqualTo("请核对表三数据");
  }

  @Test
  void fiveWorkingDaysBeforeTheDeadlineTheOfficeIsReminded() {
    startByTimer();
    Assertions.assertThat(task(TASK_WRITE_REPORT_NARRATIVE).getPriority()).isEqualTo(50);
    fire(ElementIds.TIMER_REPORT_REMINDER);

    assertThat(instance).hasPassed("Service_RemindReport", "EndEvent_Reminded")
        .isWaitingAt(TASK_WRITE_REPORT_NARRATIVE);
    Assertions.assertThat(task(TASK_WRITE_REPORT_NARRATIVE).getPriority()).isEqualTo(80);
  }

  @Test
  void onTheDeadlineLeadershipSupervisesWhileTheWorkGoesOn() {
    startByTimer();
    fire(ElementIds.TIMER_REPORT_OVERDUE);

    assertThat(instance).isWaitingAt(TASK_WRITE_REPORT_NARRATIVE, TASK_SUPERVISE_REPORT);
    Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(TASK_SUPERVISE_REPORT).taskCandidateGroup("leadership").count())
        .isEqualTo(1);
    complete(TASK_SUPERVISE_REPORT, LEADER, SUPERVISION_COMMENT, "请办公室2月3日前报送");
    write();
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");

    assertThat(instance).isEnded().hasPassed("EndEvent_Supervised", END_EVENT_PUBLISHED);
  }

  @Test
  void publishingTheReportEndsAnOpenSupervision() {
    startByTimer();
    fire(ElementIds.TIMER_REPORT_OVERDUE);
    assertThat(instance).isWaitingAt(TASK_WRITE_REPORT_NARRATIVE, TASK_SUPERVISE_REPORT);
    write();
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");

    // "目前仍未发布" no longer holds: the supervision ends with the publication.
    assertThat(instance).isEnded().hasPassed(END_EVENT_PUBLISHED).hasNotPassed("EndEvent_Supervised");
    Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(TASK_SUPERVISE_REPORT).count()).isZero();
  }

  @Test
  void aPublishedYearIsFinalAndServedAsApproved() throws Exception {
    startByTimer();
    write();
    complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");
    AnnualReportRegister.Entry published = register.of(2025).orElseThrow();
    Assertions.assertThat(published.status()).isEqualTo("PUBLISHED");

    // The office's redo of a published year is refused; its record stays as approved.
    assertThatThrownBy(() -> startByHand(2025)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("2025年度报告已于2026年1月2日经审批发布，不能重新编制");
    runAsyncSteps();
    Assertions.assertThat(register.of(2025)).contains(published);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("NB-2025").count()).isZero();

    // A case received in 2025 registered after publication changes the live figures, not the
    // published report: it is served from the approved snapshot, with the approved text.
    ReportEditions editions = ProcessTestEngine.bean(engine, "reportEditions",
        ReportEditions.class);
    long before = editions.of(2025).report().table("t3").count("new", "TOTAL");
    JdbcTemplate jdbc = jdbc();
    String late = "YSQ-2025-999902";
    jdbc.update("INSERT INTO ogi_case (tracking_number, channel, applicant_type, applicant_name,"
        + " description, first_received_on, clock_started_on, due_on, status,"
        + " created_at, updated_at) VALUES (?, 'POST', 'NATURAL_PERSON', '测试',"
        + " '补录的申请', DATE '2025-06-02', DATE '2025-06-02', DATE '2025-06-30', 'OPEN',"
        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", late);
    try {
      AnnualReports live = ProcessTestEngine.bean(engine, "annualReports", AnnualReports.class);
      Assertions.assertThat(live.compute(2025).table("t3").count("new", "TOTAL"))
          .isEqualTo(before + 1);
      ReportEdition edition = editions.of(2025);
      Assertions.assertThat(edition.published()).isTrue();
      Assertions.assertThat(edition.report().table("t3").count("new", "TOTAL")).isEqualTo(before);
      Assertions.assertThat(edition.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 2));
      Assertions.assertThat(edition.sections()).extracting(ReportEdition.Section::title)
          .containsExactly("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
      String html = ReportPage.report(edition);
      Assertions.assertThat(html).contains("已发布", "2026年1月2日发布")
          .doesNotContain("草稿");
      int[] at = {html.indexOf("<h2>一、总体情况</h2>"), html.indexOf("本年度，本局认真贯彻《条例》。"),
          html.indexOf("<h2>二、主动公开政府信息情况</h2>"), html.indexOf("<h2>四、政府信息公开行政复议"),
          html.indexOf("<h2>五、存在的主要问题及改进情况</h2>"), html.indexOf("答复期限管理仍需加强。"),
          html.indexOf("<h2>六、其他需要报告的事项</h2>"), html.indexOf("本年度未收取信息处理费以外的费用。"),
          html.indexOf("<h2>附表")};
      for (int i = 0; i < at.length; i++) {
        Assertions.assertThat(at[i]).as("part %d of the page", i).isPositive();
        if (i > 0) {
          Assertions.assertThat(at[i]).as("part %d after %d", i, i - 1).isGreaterThan(at[i - 1]);
        }
      }
      Map<String, Object> json = ReportController.json(edition);
      Assertions.assertThat(json).containsEntry("status", "PUBLISHED")
          .containsEntry("publishedOn", "2026-01-02").containsEntry("approvedBy", LEADER);
      Assertions.assertThat(json.get("sections").toString()).contains("本年度，本局认真贯彻《条例》。",
          "答复期限管理仍需加强。", "本年度未收取信息处理费以外的费用。");
      // Drill-down lists of a published year are those stored at publication, with the
      // figures (ADR 0157); the case registered later is named as a difference.
      ReportEditions.Drillable drillable = editions.drillable(2025);
      Assertions.assertThat(drillable.basis()).isEqualTo(ReportEditions.ListBasis.STORED);
      Assertions.assertThat(drillable.edition().report().drillDown("t3.new.TOTAL"))
          .hasValueSatisfying(list -> Assertions.assertThat(list).doesNotContain(late)
              .hasSize((int) before));
      Assertions.assertThat(editions.differences(drillable, "t3.new.TOTAL"))
          .extracting(ReportEditions.Difference::note)
          .contains(late + "：发布时未计入本数字；按登记簿现状计入（发布后补录或更正，原因见办理过程记录）");
      // The workbook's first sheet is the text.
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      ReportWorkbook.write(edition, "示范市市场监督管理局", out);
      try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
          new java.io.ByteArrayInputStream(out.toByteArray()))) {
        var text = book.getSheetAt(0);
        Assertions.assertThat(text.getSheetName()).isEqualTo(ReportWorkbook.TEXT_SHEET);
        Assertions.assertThat(text.getRow(ReportWorkbook.TOP).getCell(0).getStringCellValue())
            .isEqualTo("一、总体情况");
        Assertions.assertThat(text.getRow(ReportWorkbook.TOP).getCell(1).getStringCellValue())
            .isEqualTo("本年度，本局认真贯彻《条例》。");
        Assertions.assertThat(text.getRow(ReportWorkbook.TOP + 5).getCell(1).getStringCellValue())
            .startsWith("本年度未收取信息处理费以外的费用。").contains("见工作表“六、信息处理费”");
      }
      // An unpublished year is computed live and marked as a draft.
      Assertions.assertThat(ReportPage.report(editions.of(2024))).contains("草稿（未发布）",
          "（尚未撰写）");
    } finally {
      jdbc.update("DELETE FROM ogi_case WHERE tracking_number = ?", late);
    }
  }

  /**
   * Audit 34b, F2 (ADR 0157): the published cell keeps listing the case its figure counted after
   * the register changes — here a registration voided after publication (by an administrator,
   * or before the published-year guard refused it) — and names the change (已于…作废). Before,
   * the lists were recomputed: 总计 1 with the case gone from 本年新收 and 结转下年度. A year
   * published before the lists were stored is listed from the register, marked so.
   */
  @Test
  void aPublishedCellKeepsTheCasesItCountedAndNamesALaterVoid() {
    String tn = "YSQ-2025-999903";
    jdbc().update("INSERT INTO ogi_case (tracking_number, channel, applicant_type, applicant_name,"
        + " description, first_received_on, clock_started_on, due_on, status,"
        + " created_at, updated_at) VALUES (?, 'POST', 'COMMERCIAL', '示范市某审计测试有限公司',"
        + " '2025年本局行政许可办理情况统计', DATE '2025-12-30', DATE '2025-12-30', DATE '2026-01-28',"
        + " 'REGISTERED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", tn);
    try {
      startByTimer();
      write();
      complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");
      assertThat(instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
      Assertions.assertThat(register.of(2025).orElseThrow().cellsStored()).isTrue();

      today(LocalDate.of(2026, 1, 5));
      io.github.ogiworkflow.register.CaseRegister cases = ProcessTestEngine.bean(engine,
          "caseRegister", io.github.ogiworkflow.register.CaseRegister.class);
      Assertions.assertThat(cases.voidRegistration(tn, LocalDate.of(2026, 1, 5),
          "同一份信函申请被重复录入", null, OFFICE_USER, LEADER)).isTrue();

      ReportEditions editions = ProcessTestEngine.bean(engine, "reportEditions",
          ReportEditions.class);
      ReportEditions.Drillable drillable = editions.drillable(2025);
      AnnualReport published = drillable.edition().report();
      for (String cell : List.of("t3.new.COMMERCIAL", "t3.new.TOTAL", "t3.forward.TOTAL")) {
        String[] at = cell.split("\\.");
        Assertions.assertThat(published.drillDown(cell)).as(cell)
            .hasValueSatisfying(list -> Assertions.assertThat(list).contains(tn)
                .hasSize((int) published.table("t3").count(at[1], at[2])));
        Assertions.assertThat(editions.differences(drillable, cell)).as(cell)
            .extracting(ReportEditions.Difference::note)
            .containsExactly(tn + "：发布时计入本数字；已于2026年1月5日作为登记错误作废（经领导审批），登记簿现已不计入");
      }
      Assertions.assertThat(drillable.today().drillDown("t3.new.TOTAL"))
          .hasValueSatisfying(list -> Assertions.assertThat(list).doesNotContain(tn));

      // A year published before the lists were stored (no cells_stored): the register's lists.
      AnnualReports reports = ProcessTestEngine.bean(engine, "annualReports", AnnualReports.class);
      jdbc().update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
          + " tables_json, published_on, updated_at) VALUES (2024, 'PUBLISHED', CURRENT_TIMESTAMP,"
          + " TRUE, ?, DATE '2025-01-10', CURRENT_TIMESTAMP)",
          AnnualReportDelegates.snapshot(new com.fasterxml.jackson.databind.ObjectMapper(),
              reports.compute(2024)));
      ReportEditions.Drillable older = editions.drillable(2024);
      Assertions.assertThat(older.basis()).isEqualTo(ReportEditions.ListBasis.RECOMPUTED);
      Assertions.assertThat(older.basisNote()).contains("发布时系统尚未保存各数字的名单");
      Assertions.assertThat(older.edition().report().drillDown("t3.new.TOTAL"))
          .isEqualTo(reports.compute(2024).drillDown("t3.new.TOTAL"));
      Assertions.assertThat(editions.differences(older, "t3.new.TOTAL")).isEmpty();
    } finally {
      jdbc().update("DELETE FROM ogi_case WHERE tracking_number = ?", tn);
    }
  }

  @Test
  void aRegulationRepealedFromBeforeTheSystemCountsAgainstTheOpeningStock() {
    JdbcTemplate jdbc = jdbc();
    // 2025: one 规章 repealed that the register never saw issued.
    PublicationRegister onlyARepeal = new PublicationRegister(jdbc) {
      @Override
      public RegulationCounts regulationCounts(RegulationKind kind, int reportYear) {
        // None before 2025, so 现行有效(2025) = 现行有效(2024) + 制发 − 废止 holds (ADR 0143).
        return kind != RegulationKind.RULE ? super.regulationCounts(kind, reportYear)
            : reportYear < 2025 ? new RegulationCounts(0, 0, 0) : new RegulationCounts(0, 1, -1);
      }
    };
    AppealRegister appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
    AnnualReport withoutStock = new AnnualReports(jdbc, appeals, onlyARepeal, 2008, 0, 0)
        .compute(2025);
    Assertions.assertThat(withoutStock.table("t2").count("RULE", "inForce")).isEqualTo(-1);
    Assertions.assertThat(withoutStock.consistent()).isFalse();
    Assertions.assertThat(withoutStock.failedInvariants()).extracting(Invariant::rule)
        .containsExactly("表二 规章：现行有效件数 ≥ 0（系统启用时现行有效0件 + 累计制发 − 累计废止）");

    AnnualReport withStock = new AnnualReports(jdbc, appeals, onlyARepeal, 2008, 12, 30)
        .compute(2025);
    Assertions.assertThat(withStock.table("t2").count("RULE", "inForce")).isEqualTo(11);
    // Normative documents other tests published stay counted (one database on PostgreSQL).
    Assertions.assertThat(withStock.table("t2").count("NORMATIVE", "inForce"))
        .isEqualTo(30 + withoutStock.table("t2").count("NORMATIVE", "inForce"));
    Assertions.assertThat(withStock.consistent()).isTrue();
  }

  @Test
  void aReportFailingAnInvariantOrMissingASectionIsRefusedUntilRecomputed() {
    // A register row whose dates contradict each other (closed before it was received): the
    // processes cannot produce it, so it is written directly; it breaks 一 + 二 = 三（七） + 四.
    JdbcTemplate jdbc = jdbc();
    String planted = "YSQ-2025-999901";
    jdbc.update("INSERT INTO ogi_case (tracking_number, channel, applicant_type, applicant_name,"
        + " description, first_received_on, clock_started_on, due_on, status, outcome_code,"
        + " closed_on, created_at, updated_at) VALUES (?, 'POST', 'NATURAL_PERSON', '测试',"
        + " '矛盾的登记', DATE '2025-06-02', DATE '2025-06-02', DATE '2025-06-30', 'CLOSED', '1',"
        + " DATE '2024-12-31', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", planted);
    try {
      startByTimer();
      Assertions.assertThat(variable(REPORT_CONSISTENT)).isEqualTo(false);
      Assertions.assertThat((String) variable(REPORT_INVARIANT_STATUS)).startsWith("未通过");
      Assertions.assertThat(register.of(2025).orElseThrow().consistent()).isFalse();
      assertThatThrownBy(this::write).isInstanceOf(InvalidInput.class)
          .hasMessageContaining("统计表未通过校验");
    } finally {
      jdbc.update("DELETE FROM ogi_case WHERE tracking_number = ?", planted);
    }
    complete(TASK_WRITE_REPORT_NARRATIVE, OFFICE_USER, NARRATIVE_ACTION, "RECOMPUTE");

    assertThat(instance).isWaitingAt(TASK_WRITE_REPORT_NARRATIVE);
    Assertions.assertThat(variable(REPORT_CONSISTENT)).isEqualTo(true);
    assertThatThrownBy(() -> complete(TASK_WRITE_REPORT_NARRATIVE, OFFICE_USER,
        NARRATIVE_ACTION, "SUBMIT", NARRATIVE_OVERVIEW, "总体情况", NARRATIVE_PROBLEMS, " ",
        NARRATIVE_OTHER, "无"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("五、存在的主要问题及改进情况");
    write();
    assertThat(instance).isWaitingAt(TASK_APPROVE_REPORT);
  }

  @Test
  void aRegisterChangeBetweenComputationAndApprovalSendsTheRunBackToRecomputation() {
    startByTimer();
    long computed = snapshotFigure("t3.new.TOTAL");
    write();
    // A 2025 request recorded after the tables were computed (a late entry, or a receipt date
    // corrected into 2025): the snapshot the office wrote on no longer holds (audit 26, F2).
    String late = "YSQ-2025-999902";
    jdbc().update("INSERT INTO ogi_case (tracking_number, channel, applicant_type, applicant_name,"
        + " description, first_received_on, clock_started_on, due_on, status, outcome_code,"
        + " closed_on, created_at, updated_at) VALUES (?, 'POST', 'NATURAL_PERSON', '测试',"
        + " '计算后补登的申请', DATE '2025-12-30', DATE '2025-12-30', DATE '2026-01-28', 'CLOSED',"
        + " '1', DATE '2025-12-31', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", late);
    try {
      complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");

      // Not published with stale figures: recomputed, and back to the office with a note.
      assertThat(instance).isWaitingAt(TASK_WRITE_REPORT_NARRATIVE)
          .hasNotPassed("Service_PublishReport");
      Assertions.assertThat((String) variable(REPORT_FIGURE_CHANGES))
          .contains("一、本年新收政府信息公开申请数量 总计 由" + computed + "变为" + (computed + 1))
          .contains("本次审批未生效");
      Assertions.assertThat(register.of(2025)).hasValueSatisfying(row -> {
        Assertions.assertThat(row.status()).isEqualTo("COMPUTED");
        Assertions.assertThat(row.approvedBy()).isNull();
        Assertions.assertThat(row.returnComment()).contains("办件登记簿发生变化");
      });
      Assertions.assertThat(snapshotFigure("t3.new.TOTAL")).isEqualTo(computed + 1);

      write();
      Assertions.assertThat(variable(REPORT_FIGURE_CHANGES)).isNull();
      complete(TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");
      assertThat(instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
      Assertions.assertThat(register.of(2025).orElseThrow().status()).isEqualTo("PUBLISHED");
    } finally {
      jdbc().update("DELETE FROM ogi_case WHERE tracking_number = ?", late);
    }
  }

  @Test
  void aTextStatingAFigureTheTablesDoNotHaveIsRefusedAndTheTablesFigureAccepted() {
    startByTimer();
    long received = snapshotFigure("t3.new.TOTAL");
    long wrong = received + 1000;

    // The seed's defect (69 in the text, 70 in the table): refused on the section, in every
    // section the report publishes, in digits or Chinese numerals; the report's figures listed.
    assertThatThrownBy(() -> complete(TASK_WRITE_REPORT_NARRATIVE, OFFICE_USER,
        NARRATIVE_ACTION, "SUBMIT",
        NARRATIVE_OVERVIEW, "2025年，本机关共收到政府信息公开申请" + wrong + "件，全部按期答复。",
        NARRATIVE_PROBLEMS, "全年有九千九百九十九件申请答复较迟。",
        NARRATIVE_OTHER, "本年度未收取信息处理费以外的费用。"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(NARRATIVE_OVERVIEW)
        .hasMessageContaining("一、总体情况中的“" + wrong + "件”与本年度报告统计表中的数字都不一致")
        .hasMessageContaining("本年新收申请" + received + "件")
        .hasMessageContaining(NARRATIVE_PROBLEMS + " states figures")
        .hasMessageContaining("“九千九百九十九件”")
        .hasMessageNotContaining(NARRATIVE_OTHER + " states");
    assertThat(instance).isWaitingAt(TASK_WRITE_REPORT_NARRATIVE);
    Assertions.assertThat(register.of(2025).orElseThrow().status()).isEqualTo("COMPUTED");

    // The table's own figure, articles of the regulation and years are accepted.
    String overview = "2025年，本机关共收到政府信息公开申请" + received + "件。依据《条例》第二十条，"
        + "本机关主动公开政府信息。";
    complete(TASK_WRITE_REPORT_NARRATIVE, OFFICE_USER, NARRATIVE_ACTION, "SUBMIT",
        NARRATIVE_OVERVIEW, overview, NARRATIVE_PROBLEMS, "答复期限管理仍需加强。",
        NARRATIVE_OTHER, "本年度未收取信息处理费以外的费用。");
    assertThat(instance).isWaitingAt(TASK_APPROVE_REPORT);
    Assertions.assertThat(register.of(2025).orElseThrow().overview()).isEqualTo(overview);
  }

  @Test
  void theOfficeRedoesAPastYearByHandButNotAFutureOneNorTwiceAtOnce() {
    instance = startByHand(2024);
    assertThat(instance).hasBusinessKey("NB-2024").hasPassed("StartEvent_ManualStart");
    // The trail names who asked for the redo (a message start; audit 34b F7).
    Assertions.assertThat(io.github.ogiworkflow.support.ProcessTestEngine.timeline(engine)
        .of("NB-2024").orElseThrow().entries()).anySatisfy(e -> {
          Assertions.assertThat(e.activity()).isEqualTo("手动发起（指定年度）");
          Assertions.assertThat(e.who()).contains(OFFICE_USER);
        });
    runAsyncSteps();
    assertThat(instance).isWaitingAt(TASK_WRITE_REPORT_NARRATIVE);
    Assertions.assertThat(register.of(2024).orElseThrow().status()).isEqualTo("COMPUTED");

    assertThatThrownBy(() -> startByHand(2024)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("正在编制中");
    assertThatThrownBy(() -> startByHand(2026)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("报告年度应为2008年至2025年");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void startByTimer() {
    List<Job> timers = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(ProcessKeys.ANNUAL_REPORT).list().stream()
        .filter(j -> j.getProcessInstanceId() == null).toList();
    Assertions.assertThat(timers).as("yearly start timer").hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
    instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ANNUAL_REPORT).processInstanceBusinessKey("NB-2025")
        .singleResult();
    Assertions.assertThat(instance).as("instance NB-2025").isNotNull();
    runAsyncSteps();
  }

  private ProcessInstance startByHand(int year) {
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      return engine.getRuntimeService().startProcessInstanceByMessage(
          ElementIds.MESSAGE_ANNUAL_REPORT_REQUESTED, Map.of(REPORT_YEAR, year));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void write() {
    complete(TASK_WRITE_REPORT_NARRATIVE, OFFICE_USER, NARRATIVE_ACTION, "SUBMIT",
        NARRATIVE_OVERVIEW, "本年度，本局认真贯彻《条例》。", NARRATIVE_PROBLEMS,
        "答复期限管理仍需加强。", NARRATIVE_OTHER, "本年度未收取信息处理费以外的费用。");
  }

  private void complete(String taskKey, String user, Object... keyValues) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(task(taskKey).getId(), vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runAsyncSteps();
  }

  private Task task(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  private void fire(String timerId) {
    List<Job> timers = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(instance.getId()).activityId(timerId).list();
    Assertions.assertThat(timers).as("timer %s", timerId).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
    runAsyncSteps();
  }

  private void runAsyncSteps() {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    throw new AssertionError("Asynchronous steps do not come to rest");
  }

  /** A cell of the run's snapshot in the register (other tests share the 2025 register). */
  private long snapshotFigure(String cellId) {
    return ReportFigures.of(ReportFigures.parse(register.of(2025).orElseThrow().tablesJson()))
        .get(cellId).value().longValue();
  }

  private Object variable(String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  private JdbcTemplate jdbc() {
    return ProcessTestEngine.jdbc(engine);
  }
}
