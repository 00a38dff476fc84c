package io.github.ogiworkflow.receipt;

import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;
import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DateChangeRegister.DateChange;
import io.github.ogiworkflow.register.DateChangeRegister.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 受理回执: what the applicant takes home from the counter, or keeps after applying online — the
 * tracking number, the receipt date (Art. 31), the reply due date (20 working days, Art. 33),
 * how to follow the case, what happens next, and the agency. A standalone A4 page in Chinese
 * with print CSS, read from the register.
 */
@Component
public class ApplicationReceipt {

  /** The case as the receipt needs it. */
  record ReceiptCase(String trackingNumber, String applicantName, String applicantType,
      String channel, String description, String deliveryMethod, String status,
      LocalDate receivedOn, LocalDate dueOn, boolean correctionNoticeLate,
      LocalDate orderedDueOn, ReceiptCorrection corrected) {

    ReceiptCase(String trackingNumber, String applicantName, String applicantType,
        String channel, String description, String deliveryMethod, String status,
        LocalDate receivedOn, LocalDate dueOn, boolean correctionNoticeLate,
        LocalDate orderedDueOn) {
      this(trackingNumber, applicantName, applicantType, channel, description, deliveryMethod,
          status, receivedOn, dueOn, correctionNoticeLate, orderedDueOn, null);
    }
  }

  /**
   * The receipt date as first registered and the day of its latest correction (audit round 31a,
   * F4; ADR 0124): a reprint says the date was corrected, so it never silently contradicts the
   * receipt the applicant was handed.
   */
  record ReceiptCorrection(LocalDate originalOn, LocalDate correctedOn) {}

  static final String STYLE = """
      <style>
      @page{size:A4;margin:25mm 26mm 22mm}
      body{font-family:"FangSong","仿宋","STFangsong","SimSun","宋体","Noto Serif CJK SC",
        "Noto Sans CJK SC",serif;font-size:15pt;line-height:1.75;color:#000;margin:2em auto;
        max-width:170mm}
      h1{font-family:"SimSun","宋体","Noto Serif CJK SC",serif;font-size:20pt;text-align:center;
        letter-spacing:.1em;margin:0 0 .2em}
      .agency{text-align:center;font-size:13pt;margin:0 0 1.2em}
      table{border-collapse:collapse;width:100%;margin:.6em 0}
      th,td{border:1px solid #000;padding:.25em .6em;text-align:left;vertical-align:top}
      th{width:8em;white-space:nowrap;font-weight:normal}
      h2{font-size:15pt;margin:1em 0 .2em}
      ol{margin:.2em 0;padding-left:1.6em}
      .sign{margin-top:2.5em;text-align:right}
      .seal{display:inline-block;margin-top:.4em;color:#666;font-size:12pt}
      .note{font-size:12pt}
      .noprint{margin:1.5em 0;font-family:sans-serif;font-size:11pt}
      @media print{.noprint,.ogi-logout{display:none}body{margin:0}}
      </style>
      """;

  private final JdbcTemplate jdbc;
  private final DateChangeRegister changes;
  private final AgencyProperties agency;
  private final DeadlineTexts deadlines;
  private final ReplyDeadline replyDeadline;
  private final CaseRegister cases;
  private final OfficeQueryCodes officeCodes;

  public ApplicationReceipt(JdbcTemplate jdbc, DateChangeRegister changes,
      AgencyProperties agency, DeadlineTexts deadlines, ReplyDeadline replyDeadline,
      CaseRegister cases, OfficeQueryCodes officeCodes) {
    this.officeCodes = officeCodes;
    this.cases = cases;
    this.changes = changes;
    this.replyDeadline = replyDeadline;
    this.jdbc = jdbc;
    this.agency = agency;
    this.deadlines = deadlines;
  }

  /** The receipt page, or empty for an unknown number. */
  public Optional<String> html(String trackingNumber) {
    return find(trackingNumber).map(c -> noReceipt(c).orElseGet(() -> render(c)));
  }

  /**
   * A registration voided as made in error (ADR 0119) has no receipt: nothing under its number
   * goes to the applicant, and one holding the office's query code (ADR 0170, 0177; audit 36a
   * F5) is told it was voided, with no reply date, instead of a 受理回执.
   */
  String voided(ReceiptCase c, CaseRegister.Voiding v) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
        + "登记已作废 " + escape(c.trackingNumber()) + "</title>\n" + STYLE
        + "</head><body>\n<main class=\"receipt\">\n<h1>登记已作废</h1>\n"
        + "<p class=\"agency\">" + escape(agency.name()) + "</p>\n<p>"
        + escape(c.applicantName()) + "：</p>\n<p>　　" + escape(v.applicantText()) + "</p>\n"
        + "<table>\n<tr><th>受理编号</th><td>" + escape(c.trackingNumber())
        + "</td></tr>\n</table>\n</main>\n</body></html>\n";
  }

  /**
   * The office's receipt page (ADR 0175): for a counter or post request also the form that
   * issues a query code and prints it on the receipt (not printed itself); the applicant's
   * copy ({@link #html}) never has it.
   */
  public Optional<String> staffHtml(String trackingNumber) {
    return find(trackingNumber).map(c -> noReceipt(c).orElseGet(() -> render(c, null, true)));
  }

  /** What a not-confirmed submission or a voided registration shows instead of a receipt. */
  private Optional<String> noReceipt(ReceiptCase c) {
    return cases.notConfirmation(c.trackingNumber()).map(n -> notConfirmed(c, n))
        .or(() -> cases.voiding(c.trackingNumber()).map(v -> voided(c, v)));
  }

  /**
   * The receipt with {@code queryCode} printed in 查询办理进度 (ADR 0175): a code just issued for
   * a counter or post request, shown this once (the register keeps only its hash, a reprint
   * says when it was issued, not what it is). Empty for an unknown number.
   */
  public Optional<String> htmlWithQueryCode(String trackingNumber, String queryCode) {
    return find(trackingNumber).map(c -> noReceipt(c)
        .orElseGet(() -> render(c, queryCode, false)));
  }

  /**
   * An online submission the office did not confirm (ADR 0158) has no receipt (Art. 31): the
   * page says so, with the day, the kind and the reason, instead of a 受理回执.
   */
  String notConfirmed(ReceiptCase c, CaseRegister.NotConfirmation n) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
        + "网上提交不予确认 " + escape(c.trackingNumber()) + "</title>\n" + STYLE
        + "</head><body>\n<main class=\"receipt\">\n<h1>网上提交不予确认</h1>\n"
        + "<p class=\"agency\">" + escape(agency.name()) + "</p>\n<p>"
        + escape(c.applicantName()) + "：</p>\n<p>　　" + escape(n.applicantText()) + "</p>\n"
        + "<table>\n<tr><th>提交编号</th><td>" + escape(c.trackingNumber())
        + "</td></tr>\n</table>\n</main>\n</body></html>\n";
  }

  Optional<ReceiptCase> find(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, applicant_name, applicant_type, channel, description,
          delivery_method, status, first_received_on, due_on, correction_notice_late,
          ordered_due_on
        FROM ogi_case WHERE tracking_number = ?""",
        (rs, i) -> new ReceiptCase(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(), rs.getBoolean(10),
            rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(),
            receiptCorrection(rs.getString(1))),
        trackingNumber).stream().findFirst();
  }

  private ReceiptCorrection receiptCorrection(String trackingNumber) {
    List<DateChange> corrections = changes.of(trackingNumber).stream()
        .filter(c -> c.kind() == Kind.CORRECTED && RECEIVED_ON.equals(c.field())
            && c.oldDate() != null)
        .toList();
    if (corrections.isEmpty()) {
      return null;
    }
    return new ReceiptCorrection(corrections.get(0).oldDate(), OfficeTime.toLocalDate(
        java.util.Date.from(corrections.get(corrections.size() - 1).changedAt())));
  }

  String render(ReceiptCase c) {
    return render(c, null, false);
  }

  private String render(ReceiptCase c, String queryCode, boolean issueForm) {
    boolean organisation = !"NATURAL_PERSON".equals(c.applicantType());
    String you = organisation ? "贵单位" : "您";
    // Online: the receipt date is the day both sides confirm (Art. 31(3)); until the office
    // confirms, the dates shown are those the application would have if confirmed today.
    boolean provisional = "SUBMITTED".equals(c.status());
    boolean online = "ONLINE".equals(c.channel());
    // While the applicant corrects, the reply clock has not started (Art. 30), unless the
    // correction notice came after the 7 working days.
    boolean correcting = CorrectionWait.clockWaits(c.status(), c.correctionNoticeLate(),
        c.orderedDueOn());
    // The receipt is dated the day of receipt, so it states the deadline as it stood then:
    // receipt + 20 working days (Art. 33), not one later moved by an extension, delay or pause.
    LocalDate dueAtReceipt = provisional ? c.dueOn() : replyDeadline.dueFrom(c.receivedOn());
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>"
        + "<meta charset=\"UTF-8\"><title>政府信息公开申请受理回执 ")
        .append(escape(c.trackingNumber())).append("</title>\n").append(STYLE)
        .append("</head><body>\n<main class=\"receipt\">\n<h1>政府信息公开申请受理回执</h1>\n")
        .append("<p class=\"agency\">").append(escape(agency.name())).append("</p>\n")
        .append("<p>").append(escape(c.applicantName())).append("：</p>\n<p>　　")
        .append(you).append(provisional ? "通过网上申请平台提交的政府信息公开申请已收到，待本机关确认。"
            : "提出的政府信息公开申请，本机关已于" + CaseLetters.chinese(c.receivedOn())
                + "收到并登记。")
        // The regulation named in full at its first mention, as a letter does (audit 32a, F10).
        .append("现依据《中华人民共和国政府信息公开条例》（以下简称条例），将有关事项告知如下：</p>\n");
    if (c.corrected() != null && !provisional) {
      html.append("<p class=\"corrected\">（更正）本回执载明的收到申请日期已由原登记的")
          .append(CaseLetters.chinese(c.corrected().originalOn())).append("更正为")
          .append(CaseLetters.chinese(c.receivedOn())).append("，以本回执为准。</p>\n");
    }
    html.append("<table>\n");
    row(html, "受理编号", escape(c.trackingNumber()));
    row(html, "申请人", escape(c.applicantName()));
    row(html, "所需信息", escape(c.description()));
    row(html, provisional ? "提交日期" : "收到申请日期", CaseLetters.chinese(c.receivedOn())
        + (provisional ? "（收到申请之日以本机关确认之日为准）" : "")
        + (c.corrected() == null || provisional ? ""
            : "<br><span class=\"note\">（更正：原登记的收到申请日期为"
                + CaseLetters.chinese(c.corrected().originalOn()) + "，本机关已于"
                + CaseLetters.chinese(c.corrected().correctedOn()) + "更正；答复期限按更正后的日期计算）"
                + "</span>"));
    row(html, "答复期限", correcting
        ? "自收到补正后的申请之日起 20 个工作日内答复（条例第三十条、第三十三条）"
        : escape(deadlines.forReceipt(dueAtReceipt)) + "前"
            + (provisional ? "（按今日确认计算，以确认后的期限为准）" : "")
            + "<br><span class=\"note\">自收到申请之日起 20 个工作日内答复（条例第三十三条）</span>");
    row(html, "获取信息的方式", deliveryLabel(c.deliveryMethod()));
    // A counter or post request's query code (ADR 0170, 0175): printed once, when issued.
    Optional<java.time.Instant> officeCodeIssued = online ? Optional.empty()
        : officeCodes.issuedAt(c.trackingNumber());
    row(html, "查询办理进度", online
        ? "凭受理编号和提交申请时显示的查询码，在网上申请页面“查询办理进度”中查询。"
            + "查询码只显示一次，请妥善保存，不要告诉他人。"
        : queryCode != null
            ? "查询码：<strong class=\"query-code\">" + escape(queryCode) + "</strong><br>"
                + "凭受理编号和查询码，可在本机关政府信息公开网上申请页面“查询办理进度”中查询办理进度、"
                + "下载已送达的文书；也可向本机关政府信息公开工作机构查询。查询码只打印这一次，本机关不保存，"
                + "请妥善保存，不要告诉他人；补正、说明理由、撤回申请请以书面形式或者当面提出。"
            : officeCodeIssued.isPresent()
                ? "凭受理编号和本机关于" + CaseLetters.chinese(LocalDate.ofInstant(
                    officeCodeIssued.get(), OfficeTime.ZONE)) + "出具的查询码，在本机关政府信息公开"
                    + "网上申请页面“查询办理进度”中查询；也可凭本回执上的受理编号向本机关政府信息公开工作机构查询。"
                : "凭本回执上的受理编号向本机关政府信息公开工作机构查询。");
    // Where to ask, as every letter's 附注 gives it (audit 32a, F10).
    row(html, "联系方式", "联系人：" + escape(agency.contactPerson()) + "；联系电话："
        + escape(agency.contactPhone()) + "；地址：" + escape(agency.address()));
    html.append("</table>\n<h2>后续办理</h2>\n<ol>\n")
        .append("<li>本机关自收到申请之日起 20 个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构"
            + "负责人同意并告知").append(you).append("，延长的期限最长不超过 20 个工作日（条例第三十三条）。</li>\n")
        .append("<li>申请内容不明确的，本机关将在收到申请之日起 7 个工作日内一次性告知需要补正的事项；"
            + "答复期限自收到补正的申请之日起计算（条例第三十条）。</li>\n")
        .append("<li>需要征求第三方或者其他机关意见的，所需时间不计算在答复期限内"
            + "（条例第三十三条第三款）。</li>\n")
        // Only an online application has a query code to download with.
        .append("<li>答复书").append(online && electronic(c.deliveryMethod())
            ? "送达后，可在网上申请页面凭受理编号和查询码下载答复书及公开的政府信息。"
            : "及公开的政府信息将按" + you + "选择的方式"
                + (c.deliveryMethod() == null ? "" : "（" + deliveryLabel(c.deliveryMethod()) + "）")
                + "送达。")
        .append("</li>\n</ol>\n<p class=\"sign\">").append(escape(agency.name()))
        // Dated the day the application was received and registered, however late it is printed;
        // an online one not yet confirmed, the day it is shown.
        .append("<br>").append(CaseLetters.chinese(provisional ? OfficeTime.today()
            : c.receivedOn()))
        .append("<br><span class=\"seal\">（印章）</span></p>\n")
        .append("<p class=\"noprint\">打印：使用浏览器的“打印”功能，纸张选择 A4。</p>\n")
        .append(issueForm && !online && !provisional ? issueForm(c.trackingNumber(),
            officeCodeIssued.isPresent()) : "")
        .append(queryCode == null ? "" : "<p class=\"noprint\">查询码仅在本页显示这一次，本机关不保存；"
            + "请现在打印。刷新或再次生成将产生新的查询码，本查询码随之失效。</p>\n")
        .append("</main>\n</body></html>\n");
    return html.toString();
  }

  /**
   * The office's form (not printed) that issues a query code for a counter or post request and
   * prints it on this receipt (ADR 0175): a plain same-origin form post, no script.
   */
  private static String issueForm(String trackingNumber, boolean issuedBefore) {
    return "<form class=\"noprint query-code-form\" method=\"post\" action=\"/cases/"
        + escape(java.net.URLEncoder.encode(trackingNumber, java.nio.charset.StandardCharsets.UTF_8))
        + "/receipt\">\n<p>查询码：当面或邮寄提交的申请，可为申请人生成查询码并打印在本回执上，申请人凭受理编号和"
        + "查询码在网上查询办理进度、下载已送达的文书。查询码只打印这一次，本机关不保存"
        + (issuedBefore ? "；本申请已生成过查询码，再次生成后原查询码立即失效" : "") + "。</p>\n"
        + "<p><label><input type=\"checkbox\" name=\"identityChecked\" value=\"true\"> "
        + "已核对申请人身份证明</label> <button type=\"submit\">生成查询码并打印在回执上</button></p>\n"
        + "</form>\n";
  }

  private static boolean electronic(String method) {
    return "ONLINE".equals(method) || "EMAIL".equals(method);
  }

  private static String deliveryLabel(String method) {
    if (method == null) {
      return "（未填写）";
    }
    return switch (method) {
      case "PICK_UP" -> "自行领取";
      case "POST" -> "邮寄";
      case "EMAIL" -> "电子邮件";
      case "ONLINE" -> "网上获取";
      default -> "（未填写）";
    };
  }

  private static void row(StringBuilder html, String label, String valueHtml) {
    html.append("<tr><th>").append(label).append("</th><td>").append(valueHtml)
        .append("</td></tr>\n");
  }
}
