package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.appeal.PleadingBlocks.Document;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.privacy.ApplicantWebConfiguration;
import io.github.ogiworkflow.privacy.PersonalDataAccessLog;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.security.AccessDenied;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.webapp.StaffPages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The free texts of appeals that the engine keeps masked, read whole from the register (ADR
 * 0129), each read recorded in the personal-data access log as the applicant page's are:
 * <ul>
 *   <li>申诉举报内容: a complaint's text as the higher authority passed it on, for the office
 *       (and administrators), as the applicant's full data;</li>
 *   <li>the answer or pleading as drafted, with its evidence list, for the person the drafting
 *       task is assigned to: after a send-back Tasklist shows the draft masked, and the drafter
 *       copies the full text from here.</li>
 * </ul>
 */
@RestController
@ConditionalOnWebApplication
public class AppealTextController {

  static final String COMPLAINT_TEXT = "/complaint-text";
  static final String ANSWER_DRAFT = "/answer-draft";

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  private static final String STYLE = """
      <style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em}
      table{border-collapse:collapse;margin-bottom:1.5em}
      th,td{border:1px solid #999;padding:.4em .8em;text-align:left;vertical-align:top}
      th{background:#f0f0f0;white-space:nowrap}td.text{white-space:pre-wrap}.note{color:#a00}
      </style>
      """;

  private final AppealRegister appeals;
  private final PersonalDataAccessLog accessLog;
  private final StaffAccess access;
  private final TaskService tasks;

  public AppealTextController(AppealRegister appeals, PersonalDataAccessLog accessLog,
      StaffAccess access, TaskService tasks) {
    this.appeals = appeals;
    this.accessLog = accessLog;
    this.access = access;
    this.tasks = tasks;
  }

  /** One complaint as the page shows it. */
  record Complaint(long id, String trackingNumber, String kind, String body, String docketNo,
      LocalDate servedOn, String text) {}

  /**
   * 申诉举报内容 in full: every complaint registered under this number (a request's tracking
   * number, or a complaint's own SSJB-… number), office only.
   */
  @GetMapping(ApplicantWebConfiguration.CASE_PAGES + "{number}" + COMPLAINT_TEXT)
  public ResponseEntity<String> complaintText(@PathVariable String number) {
    access.require(Groups.OFFICE);
    String key = number.trim();
    List<Complaint> complaints = complaints(key);
    if (complaints.isEmpty()) {
      return page(HttpStatus.NOT_FOUND, "未找到", "编号 " + escape(key) + " 下没有登记申诉举报。");
    }
    StringBuilder html = StaffPages.begin("申诉举报内容 " + key, STYLE)
        .append("<h1>申诉举报内容</h1>\n<p>编号 ").append(escape(key)).append("</p>\n")
        .append("<p class=\"note\">申诉举报内容可能含有申诉人、举报人的个人信息，仅限政府信息公开办公室"
            + "用于起草答复。本次查看已记录在案；请勿复制、转发。</p>\n");
    String user = access.currentUser();
    for (Complaint complaint : complaints) {
      accessLog.record(complaint.trackingNumber(), complaint.id(), user,
          PersonalDataAccessLog.Purpose.COMPLAINT_TEXT);
      html.append("<table>\n");
      row(html, "类别", kindLabel(complaint.kind()));
      row(html, "转办机关", complaint.body());
      row(html, "来文编号", complaint.docketNo());
      row(html, "收到日期", complaint.servedOn() == null ? null
          : CaseLetters.chinese(complaint.servedOn()));
      html.append("<tr><th>申诉举报内容</th><td class=\"text\">")
          .append(complaint.text() == null ? "（本件登记时未在登记簿保存完整内容，见已发出的答复）"
              : escape(complaint.text())).append("</td></tr>\n</table>\n");
    }
    return page(HttpStatus.OK, html.append("</body></html>\n").toString());
  }

  private List<Complaint> complaints(String key) {
    List<Complaint> found = new ArrayList<>();
    if (key.startsWith(ComplaintDelegates.COMPLAINT_NUMBER_PREFIX + "-")) {
      appeals.standaloneComplaint(key).ifPresent(c -> found.add(new Complaint(c.id(), null,
          c.procedureKind(), c.bodyOrCourt(), c.docketNo(), c.servedOn(),
          appeals.complaintText(c.id()).orElse(null))));
      return found;
    }
    for (AppealRegister.Appeal a : appeals.of(key)) {
      if (a.kind() == AppealKind.COMPLAINT) {
        found.add(new Complaint(a.id(), a.trackingNumber(), a.procedureKind(), a.bodyOrCourt(),
            a.docketNo(), a.servedOn(), appeals.complaintText(a.id()).orElse(null)));
      }
    }
    return found;
  }

  /**
   * The answer or pleading as last drafted, whole, for the person a drafting task under this
   * number is assigned to (after a send-back the form shows it masked, ADR 0129).
   */
  @GetMapping(ApplicantWebConfiguration.CASE_PAGES + "{number}" + ANSWER_DRAFT)
  public ResponseEntity<String> answerDraft(@PathVariable String number) {
    String key = number.trim();
    String user = access.currentUser();
    List<Task> mine = user == null ? List.of() : access.withoutAuthorizations(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(key).taskAssignee(user)
            .taskDefinitionKeyIn(AnswerDrafts.DRAFT_TASKS.keySet().toArray(String[]::new))
            .list());
    if (mine.isEmpty()) {
      throw new AccessDenied("only the drafter the task is assigned to（完整草稿仅限已认领该答复书、"
          + "答辩状或申诉举报答复起草任务的承办人查看）");
    }
    StringBuilder html = StaffPages.begin("完整草稿 " + key, STYLE)
        .append("<h1>答复书、答辩状完整草稿</h1>\n<p>编号 ").append(escape(key)).append("</p>\n")
        .append("<p class=\"note\">表单中的正文和证据清单脱敏显示。修改时请将下方完整内容复制到表单后再修改；"
            + "本次查看已记录在案，请勿转发。</p>\n");
    for (Task task : mine) {
      Object id = access.withoutAuthorizations(() ->
          tasks.getVariable(task.getId(), ProcessVariables.APPEAL_ID));
      if (!(id instanceof Number appealId)) {
        continue;
      }
      Document document = AnswerDrafts.DRAFT_TASKS.get(task.getTaskDefinitionKey());
      AppealRegister.ApprovedAnswer draft = appeals.draft(appealId.longValue(), document)
          .orElse(null);
      accessLog.record(appeals.get(appealId.longValue()).trackingNumber(), appealId.longValue(),
          user, PersonalDataAccessLog.Purpose.ANSWER_DRAFT);
      html.append("<h2>").append(escape(task.getName())).append("</h2>\n<table>\n");
      html.append("<tr><th>正文</th><td class=\"text\">").append(draft == null
          ? "（尚无草稿）" : escape(draft.text())).append("</td></tr>\n");
      html.append("<tr><th>证据及依据清单</th><td class=\"text\">").append(
          draft == null || draft.evidence() == null ? "（未填写）" : escape(draft.evidence()))
          .append("</td></tr>\n</table>\n");
    }
    return page(HttpStatus.OK, html.append("</body></html>\n").toString());
  }

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<String> refused(AccessDenied e) {
    String message = e.getMessage();
    int chinese = message.indexOf('（');
    return page(HttpStatus.FORBIDDEN, "无权查看", "您无权查看本页："
        + escape(chinese < 0 ? message : message.substring(chinese + 1,
            message.endsWith("）") ? message.length() - 1 : message.length())) + "。");
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String message) {
    return page(status, StaffPages.begin(title, STYLE).append("<h1>").append(title)
        .append("</h1><p>").append(message).append("</p></body></html>\n").toString());
  }

  private static ResponseEntity<String> page(HttpStatus status, String html) {
    // Personal data: never kept by a browser or proxy cache.
    return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
        .header("Pragma", "no-cache").body(html);
  }

  private static String kindLabel(String kind) {
    for (ComplaintKind known : ComplaintKind.values()) {
      if (known.name().equals(kind)) {
        return known.label();
      }
    }
    return kind;
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(label).append("</th><td>")
        .append(value == null || value.isBlank() ? "（未填写）" : escape(value))
        .append("</td></tr>\n");
  }
}
