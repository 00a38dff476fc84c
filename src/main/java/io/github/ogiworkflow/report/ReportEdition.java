package io.github.ogiworkflow.report;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The report as it is shown (page, JSON, workbook): the six sections of Art. 50 (handbook
 * section 7) in order — 一、总体情况, 二–四 the tables, 五、存在的主要问题及改进情况,
 * 六、其他需要报告的事项 with the fees — and the 附表. A published year is the approved snapshot
 * with its approved text and the dates of approval and publication; any other year is computed
 * live from the register, a draft (草稿，未发布) with whatever text the office has stored so far.
 */
public record ReportEdition(AnnualReport report, String overview, String problems,
    String other, boolean published, String approvedBy, Instant approvedAt,
    LocalDate publishedOn) {

  /** A section of the report: its title, the office's text (null for a table section), tables. */
  public record Section(String title, String text, List<String> tableIds) {}

  static final String OVERVIEW = "一、总体情况";
  static final String PROBLEMS = "五、存在的主要问题及改进情况";
  static final String OTHER = "六、其他需要报告的事项";
  /** Shown for a narrative section the office has not written yet (drafts only). */
  static final String NOT_WRITTEN = "（尚未撰写）";

  /** Computed live, with the text stored so far (null: none). */
  static ReportEdition draft(AnnualReport report, AnnualReportRegister.Entry entry) {
    return entry == null ? new ReportEdition(report, null, null, null, false, null, null, null)
        : new ReportEdition(report, entry.overview(), entry.problems(), entry.other(), false,
            null, null, null);
  }

  static ReportEdition published(AnnualReport snapshot, AnnualReportRegister.Entry entry) {
    return new ReportEdition(snapshot, entry.overview(), entry.problems(), entry.other(), true,
        entry.approvedBy(), entry.approvedAt(), entry.publishedOn());
  }

  /** The six sections in the order of Art. 50; the tables by id ({@code t2}, …, {@code fees}). */
  public List<Section> sections() {
    return List.of(new Section(OVERVIEW, text(overview), List.of()),
        new Section("二、主动公开政府信息情况", null, tables("t2")),
        new Section("三、收到和处理政府信息公开申请情况", null, tables("t3")),
        new Section("四、政府信息公开行政复议、行政诉讼情况", null, tables("t4")),
        new Section(PROBLEMS, text(problems), List.of()),
        new Section(OTHER, text(other), tables("fees")));
  }

  /** The tables after the six sections: the legacy 附表. */
  public List<ReportTable> annexes() {
    List<String> inSections = sections().stream().flatMap(s -> s.tableIds().stream()).toList();
    return report.tables().stream().filter(t -> !inSections.contains(t.id())).toList();
  }

  private List<String> tables(String id) {
    return report.tables().stream().map(ReportTable::id).filter(id::equals).toList();
  }

  /** "已发布" or "草稿（未发布）". */
  public String statusLabel() {
    return published ? "已发布" : "草稿（未发布）";
  }

  /** One line for the top of the page and workbook: what this edition is. */
  public String statusNote() {
    if (published) {
      return "本报告已于" + chineseDate(approvedDate()) + "经审批，" + chineseDate(publishedOn)
          + "发布。以下为审批时的统计表和文字，发布后不再随登记簿变化。";
    }
    return "草稿（未发布）：统计表按办件登记簿实时计算，数字可能变化；文字部分为办公室目前保存的稿件。";
  }

  public LocalDate approvedDate() {
    return approvedAt == null ? null : LocalDate.ofInstant(approvedAt, OfficeTime.ZONE);
  }

  private String text(String written) {
    return written == null || written.isBlank() ? (published ? "" : NOT_WRITTEN) : written;
  }

  /** 2026年1月20日. */
  public static String chineseDate(LocalDate day) {
    return day == null ? "" : io.github.ogiworkflow.letter.CaseLetters.chinese(day);
  }
}
