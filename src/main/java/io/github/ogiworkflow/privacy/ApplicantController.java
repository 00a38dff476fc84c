package io.github.ogiworkflow.privacy;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.vocabulary.IdType;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.ApplicantContact;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ReasonsRequestRegister;
import io.github.ogiworkflow.register.ReasonsRequestRegister.OnlineReasons;
import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.webapp.StaffPages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 申请人完整信息: the one place where staff read an applicant's full identity number, phone,
 * e-mail and address, from the register. Office (and administrators) only; every read is
 * recorded in the access log. Tasks link here (receipt confirmation, delivery); everywhere
 * else the data is masked.
 */
@RestController
@ConditionalOnWebApplication
public class ApplicantController {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private static final String STYLE = """
      <style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em}
      table{border-collapse:collapse}th,td{border:1px solid #999;padding:.4em .8em;text-align:left}
      th{background:#f0f0f0;white-space:nowrap}.note{color:#a00}</style>
      """;

  private static final Map<String, String> DELIVERY_METHODS = Map.of("PICK_UP", "自行领取",
      "POST", "邮寄", "EMAIL", "电子邮件", "ONLINE", "网上获取");

  private final CaseRegister register;
  private final PersonalDataAccessLog accessLog;
  private final StaffAccess access;
  private final ItemRegister items;
  private final ReasonsRequestRegister reasons;

  public ApplicantController(CaseRegister register, PersonalDataAccessLog accessLog,
      StaffAccess access, ItemRegister items, ReasonsRequestRegister reasons) {
    this.reasons = reasons;
    this.items = items;
    this.register = register;
    this.accessLog = accessLog;
    this.access = access;
  }

  @GetMapping(ApplicantWebConfiguration.CASE_PAGES + "{trackingNumber}"
      + ApplicantWebConfiguration.APPLICANT)
  public ResponseEntity<String> applicant(@PathVariable String trackingNumber) {
    access.require(Groups.OFFICE);
    ApplicantContact contact = register.applicantContact(trackingNumber.trim()).orElse(null);
    if (contact == null) {
      return page(HttpStatus.NOT_FOUND, StaffPages.begin("未找到", STYLE)
          .append("<h1>未找到</h1><p>受理编号 ").append(escape(trackingNumber))
          .append(" 不存在。</p></body></html>\n").toString());
    }
    accessLog.record(contact.trackingNumber(), access.currentUser(),
        PersonalDataAccessLog.Purpose.APPLICANT_PAGE);
    return page(HttpStatus.OK, render(contact,
        register.supplementText(contact.trackingNumber()).orElse(null),
        reasons.onlineReasons(contact.trackingNumber()),
        register.unreceivedOnlineSubmissionsOf(contact.idType(), contact.idNumber(),
            contact.trackingNumber(), EARLIER_SHOWN),
        redactionNotes(contact.trackingNumber())));
  }

  private static ResponseEntity<String> page(HttpStatus status, String html) {
    // Personal data: never kept by a browser or proxy cache.
    return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
        .header("Pragma", "no-cache").body(html);
  }

  /** An item's redaction note as the secrecy reviewer wrote it (ADR 0136). */
  record RedactionNote(int seq, String title, String note) {}

  /** The redaction notes of the case's current items, whole from the register. */
  private List<RedactionNote> redactionNotes(String trackingNumber) {
    return items.of(trackingNumber).stream()
        .filter(item -> item.review() != null && item.review().redactionNote() != null
            && !item.review().redactionNote().isBlank())
        .map(item -> new RedactionNote(item.seq(), item.title(), item.review().redactionNote()))
        .toList();
  }

  /**
   * The page: the applicant's identity and contact data and, where one came online, the
   * correction as sent (补正材料, ADR 0129) and the reasons given online (说明理由, ADR 0163),
   * which the engine and Tasklist show masked; and the
   * secrecy reviews' redaction notes as written (处理后公开: what the office cuts from the
   * released file, ADR 0136), which the engine, the case page and the reply show masked.
   */
  /** How many other unreceived submissions of the same identity the page names. */
  static final int EARLIER_SHOWN = 20;

  static String render(ApplicantContact c, String supplementText, List<OnlineReasons> reasons,
      List<CaseRegister.UnreceivedSubmission> unreceived, List<RedactionNote> notes) {
    StringBuilder html = StaffPages.begin("申请人完整信息 " + c.trackingNumber(), STYLE);
    html.append("<h1>申请人完整信息</h1>\n<p>受理编号 ").append(escape(c.trackingNumber()))
        .append("</p>\n<p class=\"note\">仅限政府信息公开办公室用于确认收到申请、审查补正材料和说明的理由、"
            + "按保密审查意见处理拟公开文件和送达答复。"
            + "本次查看已记录在案；请勿复制、转发。</p>\n<table>\n");
    row(html, "申请人姓名/名称", c.applicantName());
    row(html, "身份证明类型", c.idType() == null ? null
        : IdType.of(c.idType()).map(IdType::label).orElse(c.idType()));
    row(html, "证件号码", c.idNumber());
    row(html, "联系电话", c.contactPhone());
    row(html, "电子邮箱", c.contactEmail());
    row(html, "通信地址", c.contactAddress());
    row(html, "获取信息的方式", label(DELIVERY_METHODS, c.deliveryMethod()));
    if (supplementText != null) {
      html.append("<tr><th>网上提交的补正材料</th><td style=\"white-space:pre-wrap\">")
          .append(escape(supplementText)).append("</td></tr>\n");
    }
    if (!unreceived.isEmpty()) {
      // Audit 34a F7: before confirming, the office sees the same identity's other submissions
      // never received, to decline a duplicate (不予确认，同一申请重复提交) naming its number.
      html.append("<tr><th>同一证件号码的其他网上提交（尚待确认或不予确认，最多列")
          .append(EARLIER_SHOWN).append("件）</th><td>");
      for (CaseRegister.UnreceivedSubmission other : unreceived) {
        String description = other.description() == null ? "" : other.description();
        html.append("<p>").append(escape(other.trackingNumber())).append("（")
            .append(ChineseDateText.of(other.submittedOn())).append("提交，")
            .append("SUBMITTED".equals(other.status()) ? "待确认" : "已不予确认").append("）：")
            .append(escape(description.codePointCount(0, description.length()) > 60
                ? description.substring(0, description.offsetByCodePoints(0, 60)) + "…"
                : description)).append("</p>");
      }
      html.append("</td></tr>\n");
    }
    for (OnlineReasons given : reasons) {
      html.append("<tr><th>网上说明的理由（").append(ChineseDateText.of(given.receivedOn()))
          .append("收到；说明理由通知书").append(ChineseDateText.of(given.requestedOn()))
          .append("发出）</th><td style=\"white-space:pre-wrap\">").append(escape(given.text()))
          .append("</td></tr>\n");
    }
    for (RedactionNote note : notes) {
      html.append("<tr><th>保密审查：删除或遮盖的内容（信息项 ").append(note.seq()).append("「")
          .append(escape(note.title())).append("」）</th><td style=\"white-space:pre-wrap\">")
          .append(escape(note.note())).append("</td></tr>\n");
    }
    return html.append("</table>\n</body></html>\n").toString();
  }

  /** The Chinese label of a code; a case registered without it (e.g. no ID given) has none. */
  private static String label(java.util.Map<String, String> labels, String code) {
    return code == null ? null : labels.getOrDefault(code, code);
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(label).append("</th><td>")
        .append(value == null || value.isBlank() ? "（未填写）" : escape(value))
        .append("</td></tr>\n");
  }
}
