package io.github.ogiworkflow.report;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.publication.PublicationRegister.CountedItem;
import io.github.ogiworkflow.report.ReportLayout.Grid;
import io.github.ogiworkflow.report.ReportLayout.Placed;
import io.github.ogiworkflow.webapp.StaffPages;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The annual report as a printable Chinese page for managers: published (with its dates) or
 * draft, the invariants (a red banner when one fails), then the six sections of Art. 50 in
 * order, the office's text and each table as the template draws it, every figure with a case
 * list a link to it; and the page of one cell's tracking numbers.
 */
final class ReportPage {

  static final String STYLE = """
      <style>
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei",SimSun,sans-serif;margin:2em;color:#222}
      h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}
      table{border-collapse:collapse;margin:.5em 0}
      th,td{border:1px solid #555;padding:3px 6px;font-size:.9em}
      th{background:#f2f2f2;font-weight:normal}td.n{text-align:right;min-width:3em}
      td.l{text-align:left}td.sub{padding-left:2em}td.u{text-align:center}
      .ok{border:1px solid #2e7d32;background:#e8f5e9;padding:.6em 1em}
      .failed{border:3px solid #b71c1c;background:#c62828;color:#fff;padding:1em;font-size:1.15em}
      .failed li{margin:.2em 0}
      .warning{border:2px solid #e65100;background:#fff3e0;padding:.6em 1em;margin:.5em 0}
      nav a{margin-right:1.5em}h3{font-size:1em;margin-top:1em}
      .published{border:1px solid #1565c0;background:#e3f2fd;padding:.6em 1em;margin:.5em 0}
      .draft{border:2px dashed #e65100;background:#fff3e0;padding:.6em 1em;margin:.5em 0}
      .narrative p{text-indent:2em;line-height:1.7;margin:.3em 0}
      @page{size:A4 landscape;margin:12mm}
      @media print{nav,.noprint{display:none}a{color:inherit;text-decoration:none}
        body{margin:0}h2{page-break-after:avoid}table{page-break-inside:avoid}
        .failed{background:#fff;color:#b71c1c}}
      </style>""";

  /** A sub-item of the 附表: "1.网站公开", or the first of its breakdown "其中：1.当面申请数". */
  private static final Pattern SUB_ITEM = Pattern.compile("(其中：)?\\d+\\..*");

  private ReportPage() {}

  static String report(AnnualReport report) {
    return report(ReportEdition.draft(report, null));
  }

  /**
   * The whole report: whether it is the published edition (approved and published on …) or a
   * draft, the invariants, the six sections of Art. 50 in order (the office's text, the tables)
   * and the 附表.
   */
  static String report(ReportEdition edition) {
    AnnualReport report = edition.report();
    int year = report.year();
    String title = year + "年政府信息公开工作年度报告" + (edition.published() ? "" : "（草稿）");
    StringBuilder html = StaffPages.begin(title, STYLE);
    html.append("<nav class=\"noprint\"><a href=\"/api/reports/").append(year)
        .append(".xlsx\">下载Excel（.xlsx）</a><a href=\"/api/reports/").append(year)
        .append("\">数据（JSON）</a><a href=\"javascript:window.print()\">打印</a></nav>\n");
    html.append("<h1>").append(escape(title)).append("</h1>\n");
    html.append("<div id=\"edition\" class=\"").append(edition.published() ? "published" : "draft")
        .append("\"><strong>").append(edition.statusLabel()).append("</strong> ")
        .append(escape(edition.statusNote())).append("</div>\n");
    invariants(html, report);
    warnings(html, report);
    for (ReportEdition.Section section : edition.sections()) {
      html.append("<h2>").append(escape(section.title())).append("</h2>\n");
      if (section.text() != null) {
        html.append("<div class=\"narrative\">");
        for (String paragraph : section.text().split("\\R+")) {
          if (!paragraph.isBlank()) {
            html.append("<p>").append(escape(paragraph.strip())).append("</p>");
          }
        }
        html.append("</div>\n");
      }
      for (String tableId : section.tableIds()) {
        ReportTable table = report.table(tableId);
        if (!table.title().equals(section.title())) {
          html.append("<h3>").append(escape(table.title())).append("</h3>\n");
        }
        grid(html, ReportLayout.of(table), year);
      }
    }
    for (ReportTable table : edition.annexes()) {
      html.append("<h2>").append(escape(table.title())).append("</h2>\n");
      grid(html, ReportLayout.of(table), year);
    }
    html.append("<p>统计表由办件登记簿按年度自动统计；点击数字可查看对应的办件编号。附表累计数自")
        .append(report.cumulativeSince()).append("年起算。</p>\n");
    return html.append("</body></html>\n").toString();
  }

  /**
   * The tracking numbers of one cell, linked to the case's view where there is one; a cell of
   * table 二 or 主动公开信息数 lists its published items instead ({@code items}, not null), their
   * batch linked to its trail (ADR 0143).
   */
  static String cell(AnnualReport report, ReportTable table, ReportTable.Row row,
      String columnLabel, String value, List<String> trackingNumbers,
      Map<String, String> caseLinks, List<CountedItem> items, String listNote,
      List<String> differences) {
    String what = table.title() + " · " + row.label() + " · " + columnLabel;
    StringBuilder html = StaffPages.begin(report.year() + "年 " + what, STYLE);
    html.append("<nav class=\"noprint\"><a href=\"/reports/").append(report.year())
        .append("\">返回").append(report.year()).append("年度报告</a></nav>\n");
    html.append("<h1>").append(report.year()).append("年度报告明细</h1>\n");
    // ADR 0157: what the list is, and where today's register differs from it.
    html.append("<p id=\"list-basis\">").append(escape(listNote)).append("</p>\n");
    if (!differences.isEmpty()) {
      html.append("<div class=\"warning\" id=\"differences\" role=\"note\"><strong>登记簿现状与发布时"
          + "不同（").append(differences.size()).append(" 项）：</strong><ul>");
      for (String difference : differences) {
        html.append("<li>").append(escape(difference)).append("</li>");
      }
      html.append("</ul></div>\n");
    }
    html.append("<p>")
        .append(escape(what)).append("：<strong>").append(escape(value)).append("</strong>，共 ");
    if (items != null) {
      html.append(items.size()).append(" 条信息</p>\n<table class=\"items\"><thead><tr>"
          + "<th>批次编号</th><th>信息项序号</th><th>信息名称</th><th>文号</th><th>发布日期</th>"
          + "<th>撤回日期</th><th>计数</th><th>说明</th></tr></thead><tbody>\n");
      for (CountedItem i : items) {
        String href = caseLinks.get(i.batchNumber());
        html.append("<tr><td>").append(href == null ? escape(i.batchNumber()) : "<a href=\""
            + escape(href) + "\">" + escape(i.batchNumber()) + "</a>").append("</td><td>第")
            .append(i.seq()).append("项</td><td>").append(escape(i.title())).append("</td><td>")
            .append(i.docNumber() == null ? "" : escape(i.docNumber())).append("</td><td>")
            .append(i.publishedOn()).append("</td><td>")
            .append(i.withdrawnOn() == null ? "" : i.withdrawnOn().toString())
            .append("</td><td>").append(escape(ReportLayout.format(i.figure())))
            .append("</td><td>").append(i.note() == null ? "" : escape(i.note()))
            .append("</td></tr>\n");
      }
      return html.append("</tbody></table>\n</body></html>\n").toString();
    }
    html.append(trackingNumbers.size()).append(" 件办件</p>\n<ol class=\"cases\">\n");
    for (String number : trackingNumbers) {
      String href = caseLinks.get(number);
      html.append("<li>");
      if (href == null) {
        html.append(escape(number));
      } else {
        html.append("<a href=\"").append(escape(href)).append("\">").append(escape(number))
            .append("</a>");
      }
      html.append("</li>\n");
    }
    return html.append("</ol>\n</body></html>\n").toString();
  }

  static String cellHref(int year, String table, String row, String column) {
    return UriComponentsBuilder.fromPath("/reports/" + year + "/cells")
        .queryParam("table", table).queryParam("row", row).queryParam("column", column)
        .encode().build().toUriString();
  }

  private static void invariants(StringBuilder html, AnnualReport report) {
    List<Invariant> failed = report.failedInvariants();
    if (failed.isEmpty()) {
      html.append("<div class=\"ok\" id=\"invariants\">校验通过：全部 ")
          .append(report.invariants().size())
          .append(" 项勾稽关系成立（一 + 二 = 三（七） + 四，各项合计等于分项之和）。</div>\n");
      return;
    }
    html.append("<div class=\"failed\" id=\"invariants\" role=\"alert\"><strong>统计数据校验未通过（")
        .append(failed.size()).append(" 项）：这是系统错误，数字不可信，请勿发布本报告，并通知系统管理员。</strong><ul>");
    for (Invariant i : failed) {
      html.append("<li>").append(escape(i.rule())).append("：").append(escape(i.detail()))
          .append("</li>");
    }
    html.append("</ul></div>\n");
  }

  /** Warnings that do not block the report (ADR 0096), shown under the invariants. */
  private static void warnings(StringBuilder html, AnnualReport report) {
    if (report.warnings().isEmpty()) {
      return;
    }
    html.append("<div class=\"warning\" id=\"warnings\" role=\"alert\"><strong>提示（")
        .append(report.warnings().size()).append(" 项）：</strong><ul>");
    for (String warning : report.warnings()) {
      html.append("<li>").append(escape(warning)).append("</li>");
    }
    html.append("</ul></div>\n");
  }

  private static void grid(StringBuilder html, Grid grid, int year) {
    List<Placed> cells = grid.cells().stream()
        .sorted(Comparator.comparingInt(Placed::row).thenComparingInt(Placed::col)).toList();
    html.append("<table class=\"report\" id=\"").append(grid.tableId()).append("\">\n");
    int i = 0;
    for (int r = 0; r < grid.rows(); r++) {
      html.append("<tr>");
      while (i < cells.size() && cells.get(i).row() == r) {
        Placed p = cells.get(i++);
        String tag = p.header() ? "th" : "td";
        html.append('<').append(tag);
        if (p.rowSpan() > 1) {
          html.append(" rowspan=\"").append(p.rowSpan()).append('"');
        }
        if (p.colSpan() > 1) {
          html.append(" colspan=\"").append(p.colSpan()).append('"');
        }
        if (p.isValue()) {
          html.append(" class=\"n\">");
          if (p.value().drillable()) {
            html.append("<a href=\"")
                .append(escape(cellHref(year, grid.tableId(), p.rowId(), p.columnId())))
                .append("\">").append(escape(p.text())).append("</a>");
          } else {
            html.append(escape(p.text()));
          }
        } else if (p.isUnit()) {
          html.append(" class=\"u\">").append(escape(p.text()));
        } else {
          // Sub-items of the 附表 ("1.网站公开", "其中：1.当面申请数") are indented under their total.
          html.append(p.header() ? ">" : SUB_ITEM.matcher(p.text()).matches() && p.colSpan() == 1
              && "legacy".equals(grid.tableId()) ? " class=\"l sub\">" : " class=\"l\">")
              .append(escape(p.text()));
        }
        html.append("</").append(tag).append('>');
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }
}
