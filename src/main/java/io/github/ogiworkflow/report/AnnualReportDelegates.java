package io.github.ogiworkflow.report;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the {@code AnnualReport} process (年度报告, Art. 49): one small bean per step.
 * The tables come from {@link AnnualReports#compute(int)}; this class only stores, shows and
 * moves them through writing, approval and publication.
 */
@Configuration(proxyBeanMethods = false)
public class AnnualReportDelegates {

  /** Business key of a year's report: NB-2026 is the report on 2026 (年报). */
  public static final String BUSINESS_KEY_PREFIX = "NB-";
  /** The first year the 2008 regulation required a report. */
  static final int FIRST_YEAR = 2008;
  /** Working days before 31 January when the office is reminded. */
  static final int REMINDER_WORKING_DAYS = 5;
  /** Priority that puts a reminded task at the top of Tasklist (default is 50). */
  static final int REMINDED_PRIORITY = 80;

  public static String businessKey(int year) {
    return BUSINESS_KEY_PREFIX + year;
  }

  /**
   * A report is on a past year since the regulation's first (2008): the year the office asks
   * for, refused with HTTP 400 in Chinese (also by the engine API guard, before a message
   * starts a run whose refusal the engine would answer with 500).
   */
  public static void checkReportYear(int year) {
    int thisYear = OfficeTime.today().getYear();
    if (year < FIRST_YEAR || year >= thisYear) {
      throw new InvalidInput("reportYear must be a past year from " + FIRST_YEAR + " to "
          + (thisYear - 1) + "（报告年度应为" + FIRST_YEAR + "年至" + (thisYear - 1) + "年）");
    }
  }

  /**
   * 确定报告年度和发布期限: the year set by hand, else the year before today (the yearly timer
   * fires on 2 January); the business key; the legal deadline 31 January of the next year and
   * the reminder and escalation times. Refuses a year not yet over, a second open run and a
   * published year ({@link AnnualReportRuns}). Overdue means the due day has passed: the
   * escalation fires at the start of 1 February, Beijing time (Art. 49: by 31 January).
   */
  @Bean
  JavaDelegate prepareAnnualReportDelegate(WorkingDayCalendar calendar,
      AnnualReportRuns runs) {
    return execution -> {
      Integer asked = Vars.number(execution, REPORT_YEAR);
      int year = asked == null ? OfficeTime.today().getYear() - 1 : asked;
      // Registered as the year's run, or refused (ADR 0059).
      runs.register(execution.getProcessEngineServices().getRuntimeService(), year,
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(businessKey(year));
      LocalDate due = LocalDate.of(year + 1, 1, 31);
      // The 5th working day before the deadline (31 January may fall on a weekend).
      LocalDate remindOn = calendar.workingDaysBefore(due, REMINDER_WORKING_DAYS);
      execution.setVariable(REPORT_YEAR, year);
      execution.setVariable(REPORT_DUE_DATE, OfficeTime.endOf(due));
      execution.setVariable(REPORT_DUE_DATE_TEXT, (year + 1) + "年1月31日");
      execution.setVariable(REPORT_REMINDER_AT, OfficeTime.morningOf(remindOn));
      execution.setVariable(REPORT_ESCALATE_AT, OfficeTime.after(due));
    };
  }

  /** 计算年度报告统计表: computes, keeps the snapshot and shows figures and invariants. */
  @Bean
  JavaDelegate computeAnnualReportDelegate(AnnualReports reports,
      AnnualReportRegister register) {
    ObjectMapper json = new ObjectMapper();
    return execution -> {
      int year = Vars.number(execution, REPORT_YEAR);
      AnnualReport report = reports.compute(year);
      register.saveComputed(year, execution.getProcessInstanceId(), report.consistent(),
          snapshot(json, report), OfficeTime.now());
      execution.setVariable(REPORT_CONSISTENT, report.consistent());
      execution.setVariable(REPORT_INVARIANT_STATUS, invariantStatus(report));
      execution.setVariable(REPORT_KEY_FIGURES, keyFigures(report));
    };
  }

  /**
   * 核对并登记文字部分, in the office's transaction: refused while an invariant fails (the
   * tables are wrong: a bug to fix and recompute, never to publish) or a section is empty, and
   * when a section states a count or amount (…件, …条, …万元, …元) that no cell of the snapshot
   * has: the text cannot contradict the tables it is published with (handbook section 8,
   * ADR 0091).
   */
  @Bean
  JavaDelegate submitAnnualReportNarrativeDelegate(AnnualReportRegister register) {
    return execution -> {
      if (!Vars.flag(execution, REPORT_CONSISTENT)) {
        throw new InvalidInput("the tables fail their invariants: "
            + Vars.text(execution, REPORT_INVARIANT_STATUS)
            + "（统计表未通过校验，不能提交审批；请更正登记簿后选择“重新计算统计表”）");
      }
      String overview = Vars.requiredText(execution, NARRATIVE_OVERVIEW, "一、总体情况");
      String problems =
          Vars.requiredText(execution, NARRATIVE_PROBLEMS, "五、存在的主要问题及改进情况");
      String other = Vars.requiredText(execution, NARRATIVE_OTHER, "六、其他需要报告的事项");
      int year = Vars.number(execution, REPORT_YEAR);
      JsonNode snapshot = ReportFigures.parse(register.of(year)
          .filter(row -> execution.getProcessInstanceId().equals(row.processInstanceId()))
          .orElseThrow(() -> AnnualReportRegister.notTheRun(year)).tablesJson());
      // Every section the report publishes, each wrong one named at once.
      InvalidInput.Collector errors = new InvalidInput.Collector();
      errors.check(() -> ReportFigures.requireStatedInTables(snapshot, NARRATIVE_OVERVIEW,
          "一、总体情况", overview));
      errors.check(() -> ReportFigures.requireStatedInTables(snapshot, NARRATIVE_PROBLEMS,
          "五、存在的主要问题及改进情况", problems));
      errors.check(() -> ReportFigures.requireStatedInTables(snapshot, NARRATIVE_OTHER,
          "六、其他需要报告的事项", other));
      errors.throwIfAny();
      register.saveNarrative(year, execution.getProcessInstanceId(), overview, problems, other,
          CompletedBy.lastTask(execution, ElementIds.TASK_WRITE_REPORT_NARRATIVE),
          OfficeTime.now());
      // A return's comment was for this round of the text (its form shows it; the register
      // keeps it): it leaves the run here, so a later return must give its own (ADR 0079).
      Vars.dropHidden(execution, REPORT_APPROVAL_COMMENT);
      // So is the note of what changed in the register (ADR 0091).
      Vars.dropHidden(execution, REPORT_FIGURE_CHANGES);
    };
  }

  /**
   * 登记审批意见, in the leader's transaction: approve, or return with a comment. An approval
   * counts only for the figures the register still gives: the year is computed again, and when
   * a cell moved since 计算年度报告统计表 (a delivery, receipt, appeal or fee recorded or
   * corrected meanwhile) the run goes back to recomputation and the office's text with a note
   * naming the changed cells; nothing is approved (audit round 26 F2, ADR 0091).
   */
  @Bean
  JavaDelegate recordAnnualReportApprovalDelegate(AnnualReports reports,
      AnnualReportRegister register) {
    ObjectMapper json = new ObjectMapper();
    return execution -> {
      String decision = Vars.requiredText(execution, REPORT_APPROVAL, "审批意见");
      int year = Vars.number(execution, REPORT_YEAR);
      // Decided here, never by a form: the gateway reads it.
      execution.setVariable(REPORT_FIGURES_CHANGED, false);
      switch (decision) {
        case "APPROVE" -> {
          // The year's row first: a date being recorded in the year commits before this
          // recomputation or waits for the publication and is refused (ADR 0142).
          register.lockYear(year);
          List<String> changes = changesSinceSnapshot(reports, register, json, year,
              execution.getProcessInstanceId());
          if (!changes.isEmpty()) {
            String note = "统计表计算后，办件登记簿发生变化，以下数字已与报告不一致："
                + ReportFigures.describe(changes) + "。本次审批未生效，系统已重新计算统计表，"
                + "请核对文字部分后重新提交审批。";
            register.returned(year, execution.getProcessInstanceId(), note, OfficeTime.now());
            execution.setVariable(REPORT_FIGURES_CHANGED, true);
            execution.setVariable(REPORT_FIGURE_CHANGES, note);
            return;
          }
          register.approved(year, execution.getProcessInstanceId(),
              CompletedBy.lastTask(execution, ElementIds.TASK_APPROVE_REPORT), OfficeTime.now());
        }
        case "RETURN" -> register.returned(year, execution.getProcessInstanceId(),
            Vars.requiredText(execution, REPORT_APPROVAL_COMMENT, "退回修改意见"),
            OfficeTime.now());
        default -> throw new InvalidInput("reportApproval has no value '" + decision
            + "'（审批意见的取值无效）");
      }
    };
  }

  /**
   * 登记发布日期: the approved report is published today, in the approval's transaction, and
   * only with the figures the register gives now (a path that reaches this step without the
   * approval's check, such as an administrator's modification, is refused when a cell moved).
   * With the row marked published, the lists behind its cells are stored ({@link PublishedCells}).
   */
  @Bean
  JavaDelegate publishAnnualReportDelegate(AnnualReports reports,
      AnnualReportRegister register, PublishedCells cells) {
    ObjectMapper json = new ObjectMapper();
    return execution -> {
      int year = Vars.number(execution, REPORT_YEAR);
      // Locked before the figures are computed again (ADR 0142; audit 33b, F4).
      register.lockYear(year);
      AnnualReport now = reports.compute(year);
      List<String> changes = changesSinceSnapshot(register, json, year,
          execution.getProcessInstanceId(), now);
      if (!changes.isEmpty()) {
        throw new InvalidInput("reportApproval: the register changed since the tables were"
            + " computed（统计表计算后，办件登记簿发生变化，以下数字已与报告不一致："
            + ReportFigures.describe(changes) + "；不能发布，请退回办公室重新计算统计表）");
      }
      register.published(year, execution.getProcessInstanceId(), OfficeTime.today(),
          OfficeTime.now());
      // The cases and items behind each published figure, from the computation that matched
      // the snapshot, in this transaction (ADR 0157; handbook section 8).
      cells.store(now);
    };
  }

  /** The cells of the run's snapshot that a computation now gives differently. */
  static List<String> changesSinceSnapshot(AnnualReports reports, AnnualReportRegister register,
      ObjectMapper json, int year, String processInstanceId) {
    return changesSinceSnapshot(register, json, year, processInstanceId, reports.compute(year));
  }

  /** The cells of the run's snapshot that {@code now}, computed in this transaction, differs in. */
  static List<String> changesSinceSnapshot(AnnualReportRegister register, ObjectMapper json,
      int year, String processInstanceId, AnnualReport now) {
    AnnualReportRegister.Entry row = register.of(year)
        .filter(r -> processInstanceId.equals(r.processInstanceId()) && !r.published())
        .orElseThrow(() -> AnnualReportRegister.notTheRun(year));
    return ReportFigures.changes(ReportFigures.parse(row.tablesJson()),
        ReportFigures.parse(snapshot(json, now)));
  }

  /** 提醒临近发布期限: the open tasks of the report go to the top of Tasklist. */
  @Bean
  JavaDelegate remindAnnualReportDelegate() {
    return execution -> {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      for (Task task : tasks.createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).list()) {
        task.setPriority(REMINDED_PRIORITY);
        tasks.saveTask(task);
      }
    };
  }

  static String snapshot(ObjectMapper json, AnnualReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Annual report " + report.year() + " not serializable", e);
    }
  }

  static String invariantStatus(AnnualReport report) {
    // Warnings do not block the report (ADR 0096); the office and the approver read them here.
    String warnings = report.warnings().isEmpty() ? ""
        : "。提示：" + String.join("；", report.warnings());
    if (report.consistent()) {
      return "全部通过（" + report.invariants().size() + "项）" + warnings;
    }
    return "未通过 " + report.failedInvariants().size() + " 项：" + report.failedInvariants()
        .stream().map(i -> i.rule() + "（" + i.detail() + "）").collect(Collectors.joining("；"))
        + warnings;
  }

  /**
   * Every table row with its values, one line each, for the read-only summary field: each
   * figure named by its column (the last part of the column's label), "一、本年新收政府信息公开申请数量：
   * 自然人 0、商业企业 0、…、总计 0"; a row with a unit (the 附表's 条, 件) names it after its label:
   * "主动公开信息数（条）：2025年度 2、2008年—2025年累计 5".
   */
  static String keyFigures(AnnualReport report) {
    StringBuilder text = new StringBuilder();
    for (ReportTable table : report.tables()) {
      text.append(table.title()).append('\n');
      for (ReportTable.Row row : table.rows()) {
        text.append("  ").append(row.label())
            .append(row.unit() == null ? "" : "（" + row.unit() + "）").append("：")
            .append(row.cells().stream().map(c -> columnName(table, row, c) + " "
                + ReportLayout.format(c.value())).collect(Collectors.joining("、")))
            .append('\n');
      }
    }
    return text.toString();
  }

  private static String columnName(ReportTable table, ReportTable.Row row, ReportTable.Cell cell) {
    String column = table.columnOf(row, cell);
    List<String> parts = table.column(column).map(c -> ReportLayout.parts(c.label()))
        .orElse(List.of(column));
    return parts.get(parts.size() - 1);
  }
}
