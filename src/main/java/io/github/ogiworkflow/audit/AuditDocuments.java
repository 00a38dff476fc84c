package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.audit.CaseTimeline.CaseHeader;
import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.audit.CaseTimeline.Trail;
import io.github.ogiworkflow.audit.ComplianceQueries.Report;
import io.github.ogiworkflow.audit.ComplianceQueries.Rule;
import io.github.ogiworkflow.audit.ComplianceQueries.Violation;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.webapp.StaffPages;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The trail as CSV (Excel) and printable Chinese HTML, and the compliance page. */
final class AuditDocuments {

  static final String BOM = "\uFEFF";
  static final List<String> CSV_HEADER =
      List.of("时间", "类型", "环节", "办理人", "结果", "意见", "说明");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String STYLE = """
      <style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em}
      table{border-collapse:collapse;width:100%;font-size:0.9em}
      td,th{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}
      th{background:#eee}.ok{color:#060}.bad{color:#b00;font-weight:bold}
      nav.ogi-nav{margin-bottom:12px}nav.ogi-nav a{margin-right:16px}
      @media print{body{margin:0}a{display:none}tr{page-break-inside:avoid}}</style>""";

  private AuditDocuments() {}

  /** Beijing time; the day only for entries the register knows by date. */
  static String time(Entry e) {
    var local = e.at().atZone(OfficeTime.ZONE);
    return e.dateOnly() ? local.toLocalDate().toString() : TIME.format(local);
  }

  /** UTF-8 with a byte order mark, so Excel opens the Chinese text correctly. */
  static String csv(Trail trail) {
    StringBuilder out = new StringBuilder(BOM);
    out.append(String.join(",", CSV_HEADER)).append("\r\n");
    for (Entry e : trail.entries()) {
      out.append(String.join(",", List.of(cell(time(e)), cell(e.kindLabel()),
          cell(e.activity()), cell(e.who()), cell(e.outcome()), cell(e.comment()),
          cell(e.detail())))).append("\r\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    String value = text == null ? "" : text;
    // A leading =, +, - or @ would be run as a formula by Excel (CSV injection).
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      value = "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  static String trailPage(String trackingNumber, Trail trail) {
    return trailPage(trackingNumber, trail, List.of(), "");
  }

  /** The trail with the case's letters on top: each with its 文号 and its document. */
  static String trailPage(String trackingNumber, Trail trail,
      List<io.github.ogiworkflow.letter.Letters.Letter> letters, String navigation) {
    StringBuilder html = StaffPages.begin("办理过程记录 " + trackingNumber, STYLE, navigation);
    html.append("<h1>办理过程记录</h1>\n<p>").append(trail.complaint() != null ? "申诉举报编号"
        : trail.batch() != null ? "批次编号" : "受理编号").append("：<b>").append(escape(trackingNumber))
        .append("</b>　流程：").append(escape(String.join("、", trail.processes()))).append("</p>\n");
    CaseHeader c = trail.header();
    if (c != null) {
      html.append("<p>收到日期：").append(c.receivedOn()).append("　答复期限：")
          .append(escape(c.dueText() == null ? "—" : c.dueText()))
          .append(c.extensionDays() > 0 ? "（含延期" + c.extensionDays() + "个工作日）" : "")
          .append("　状态：").append(escape(FormLabels.code(c.status()))).append("　答复类型：")
          .append(escape(c.outcomeCode() == null ? "—" : FormLabels.outcome(c.outcomeCode())))
          .append("　送达日期：").append(c.deliveredOn() == null ? "—" : c.deliveredOn())
          .append("</p>\n");
    }
    CaseTimeline.ComplaintHeader complaint = trail.complaint();
    if (complaint != null) {
      html.append("<p>类别：").append(escape(complaint.kindLabel())).append("　转办机关：")
          .append(escape(complaint.body() == null ? "—" : complaint.body()))
          .append("　来文编号：").append(escape(complaint.docketNo() == null ? "—"
              : complaint.docketNo()))
          .append("　所涉：").append(escape(complaint.reference() == null
              ? "本机关政府信息公开工作" : complaint.reference())).append("</p>\n<p>收到日期：")
          .append(complaint.receivedOn()).append("　答复期限：")
          .append(escape(complaint.dueText() == null ? "—" : complaint.dueText()))
          .append("　状态：").append(escape(complaint.statusLabel())).append("　答复日期：")
          .append(complaint.answeredOn() == null ? "—" : complaint.answeredOn())
          .append("</p>\n");
    }
    CaseTimeline.BatchHeader batch = trail.batch();
    if (batch != null) {
      batchSection(html, batch);
    }
    if (!letters.isEmpty()) {
      html.append("<h2>文书</h2>\n<table class=\"ogi-letters\"><thead><tr><th>文书</th><th>文号</th>"
          + "<th>文书日期</th><th>文件</th></tr></thead><tbody>\n");
      for (io.github.ogiworkflow.letter.Letters.Letter letter : letters) {
        String href = io.github.ogiworkflow.reply.LetterController.letterHref(trackingNumber,
            letter.id());
        html.append("<tr><td>《").append(escape(letter.title())).append("》</td><td>")
            .append(escape(letter.documentNumber() == null ? "（无文号）" : letter.documentNumber()))
            .append("</td><td>").append(letter.issuedOn()).append("</td><td>");
        if (letter.documentNumber() != null) {
          html.append("<a href=\"").append(escape(href)).append("\">查看、打印</a>　<a href=\"")
              .append(escape(href)).append(".docx\">下载</a>");
        }
        html.append("</td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    if (batch != null || !letters.isEmpty()) {
      html.append("<h2>办理记录</h2>\n");
    }
    html.append("<p><a href=\"/api/audit/cases/").append(escape(trackingNumber))
        .append(".csv\">导出 CSV</a></p>\n<table><thead><tr>");
    CSV_HEADER.forEach(h -> html.append("<th>").append(h).append("</th>"));
    html.append("</tr></thead><tbody>\n");
    for (Entry e : trail.entries()) {
      html.append("<tr>");
      for (String value : List.of(time(e), e.kindLabel(), e.activity(), e.who(), e.outcome(),
          e.comment(), e.detail())) {
        html.append("<td>").append(escape(value)).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody></table>\n<p>共 ").append(trail.entries().size())
        .append(" 条记录</p>\n</body></html>\n").toString();
  }

  /**
   * A publication batch's register section: the batch (registered, 发布期限, status, the request
   * of an Art. 44 batch) and each line with its review, approval, status and channels.
   */
  private static void batchSection(StringBuilder html, CaseTimeline.BatchHeader batch) {
    html.append("<p>登记日期：").append(batch.registeredOn()).append("　发布期限：")
        .append(escape(batch.dueText() == null ? "—" : batch.dueText()))
        .append("　状态：").append(escape(batch.statusLabel()));
    if (batch.sourceRequest() != null) {
      html.append("　来源：依申请公开转主动公开（第四十四条），受理编号 ")
          .append(escape(batch.sourceRequest()));
    }
    html.append("</p>\n<h2>发布信息项</h2>\n<table class=\"ogi-batch-lines\"><thead><tr>"
        + "<th>序号</th><th>信息项编号</th><th>信息名称</th><th>文号</th><th>保密审查</th><th>审查人</th>"
        + "<th>领导审批</th><th>发布期限</th><th>状态</th><th>首次发布日期</th><th>发布渠道</th>"
        + "</tr></thead><tbody>\n");
    for (CaseTimeline.BatchLine line : batch.lines()) {
      html.append("<tr><td>").append(line.seq()).append("</td><td>").append(line.itemId())
          .append("</td><td>").append(escape(line.title())).append("</td><td>")
          .append(escape(line.docNumber() == null ? "—" : line.docNumber())).append("</td><td>")
          .append(escape(line.review())).append("</td><td>")
          .append(escape(line.reviewer() == null ? "—" : line.reviewer())).append("</td><td>")
          .append(escape(line.approval())).append("</td><td>")
          .append(escape(line.dueText() == null ? "—" : line.dueText()))
          .append(line.late() ? "<br><span class=\"bad\">逾期（第二十六条）</span>" : "")
          .append("</td><td>").append(escape(line.statusLabel()))
          .append(line.statusReason() == null ? ""
              : "<br>" + escape(line.statusReason())).append("</td><td>")
          .append(line.firstPublishedOn() == null ? "—" : line.firstPublishedOn())
          .append("</td><td>").append(String.join("<br>", line.channels().stream()
              .map(StaffPages::escape).toList())).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  static String notFoundPage(String trackingNumber, String navigation) {
    return StaffPages.begin("未找到", STYLE, navigation).append("<h1>未找到</h1><p>受理编号 ").append(escape(trackingNumber))
        .append(" 不存在。</p></body></html>\n").toString();
  }

  /** /audit/cases without a number: ask for one. */
  static String searchPage(String navigation) {
    return StaffPages.begin("办理过程记录", STYLE, navigation).append("<h1>办理过程记录</h1>\n")
        .append("<form method=\"get\" action=\"/audit/cases\"><label>受理编号 <input")
        .append(" name=\"trackingNumber\" required placeholder=\"例如 YSQ-2026-000001\"></label>")
        .append(" <button type=\"submit\">查看</button></form>\n</body></html>\n").toString();
  }

  static String compliancePage(Report report, String navigation) {
    StringBuilder html = StaffPages.begin("合规检查 " + report.from() + " 至 " + report.to(), STYLE,
        navigation);
    html.append("<h1>政府信息公开合规检查</h1>\n<form method=\"get\" action=\"/audit/compliance\">")
        .append("起始日期 <input name=\"from\" value=\"").append(report.from())
        .append("\"> 截止日期 <input name=\"to\" value=\"").append(report.to())
        .append("\"> <button type=\"submit\">检查</button></form>\n<p>")
        .append(report.total() == 0 ? "<span class=\"ok\">未发现问题</span>"
            : "<span class=\"bad\">发现 " + report.total() + " 项问题</span>").append("</p>\n");
    for (Rule rule : report.rules()) {
      html.append("<h2>").append(escape(rule.title())).append("（").append(rule.violations().size())
          .append("）</h2>\n<p>规则：").append(escape(rule.rule())).append("</p>\n");
      if (rule.violations().isEmpty()) {
        html.append("<p class=\"ok\">无</p>\n");
        continue;
      }
      html.append("<table><thead><tr><th>受理编号</th><th>情况</th></tr></thead><tbody>\n");
      for (Violation v : rule.violations()) {
        html.append("<tr><td><a href=\"/audit/cases/").append(escape(v.trackingNumber()))
            .append("\">").append(escape(v.trackingNumber())).append("</a></td><td>")
            .append(escape(v.detail())).append("</td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    return html.append("</body></html>\n").toString();
  }
}
