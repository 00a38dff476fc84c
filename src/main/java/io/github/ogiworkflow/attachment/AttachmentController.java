package io.github.ogiworkflow.attachment;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.attachment.AttachmentRegister.Attachment;
import io.github.ogiworkflow.attachment.Attachments.Download;
import io.github.ogiworkflow.attachment.Attachments.Upload;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.FileItem;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.webapp.StaffPages;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files of a case and its items, for staff: the office uploads; the office, legal (who review
 * the items), leadership (who approve the reply) and auditors (who check what was reviewed and
 * released, ADR 0159) read the list; who may open which file, see {@link #mayOpen}. A JSON API
 * under /api/cases/ and a Chinese page under /cases/ with the same rules; each upload and
 * download is recorded.
 */
@RestController
@ConditionalOnWebApplication
public class AttachmentController {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  /** Who may read a case's list of files (name, purpose, item, review, size, SHA-256). */
  static final Groups[] READERS = {Groups.OFFICE, Groups.LEGAL, Groups.LEADERSHIP,
      Groups.AUDITOR};
  /**
   * Who may open the files the search found (检索到的文件): those who handle, review and approve
   * the case. Auditors list them with their SHA-256 but do not open them (ADR 0159).
   */
  static final Groups[] ORIGINAL_READERS = {Groups.OFFICE, Groups.LEGAL, Groups.LEADERSHIP};
  /** Who may upload: the office only (the form is shown to them alone). */
  static final Groups[] UPLOADERS = {Groups.OFFICE};
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final String STYLE = """
      <style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em}
      table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .6em;
      text-align:left}th{background:#f0f0f0;white-space:nowrap}.error{color:#a00}
      form p{margin:.5em 0}label{display:inline-block;min-width:7em}.note{color:#555}</style>
      """;

  private final Attachments attachments;
  private final AttachmentRegister register;
  private final ItemRegister items;
  private final StaffAccess access;

  public AttachmentController(Attachments attachments, AttachmentRegister register,
      ItemRegister items, StaffAccess access) {
    this.attachments = attachments;
    this.register = register;
    this.items = items;
    this.access = access;
  }

  // ---- JSON API ----------------------------------------------------------------------------

  @GetMapping(AttachmentWebConfiguration.API + "{trackingNumber}"
      + AttachmentWebConfiguration.ATTACHMENTS)
  public List<Map<String, Object>> list(@PathVariable String trackingNumber) {
    access.require(READERS);
    attachments.requireCase(trackingNumber);
    Map<Long, FileItem> fileItems = fileItems(trackingNumber);
    return register.ofCase(trackingNumber).stream()
        .map(a -> json(a, fileItems.get(a.itemId()), mayOpen(a))).toList();
  }

  @PostMapping(AttachmentWebConfiguration.API + "{trackingNumber}"
      + AttachmentWebConfiguration.ATTACHMENTS)
  public ResponseEntity<Map<String, Object>> upload(@PathVariable String trackingNumber,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "purpose", required = false) String purpose,
      @RequestParam(name = "itemId", required = false) String itemId) throws IOException {
    access.require(UPLOADERS);
    Attachment saved = attachments.upload(trackingNumber, itemId, purpose, upload(file),
        access.currentUser());
    return ResponseEntity.created(URI.create(AttachmentWebConfiguration.API + trackingNumber
        + AttachmentWebConfiguration.ATTACHMENTS + "/" + saved.id()))
        .body(json(saved, fileItems(trackingNumber).get(saved.itemId()), true));
  }

  @GetMapping({AttachmentWebConfiguration.API + "{trackingNumber}"
      + AttachmentWebConfiguration.ATTACHMENTS + "/{id}", AttachmentWebConfiguration.PAGES
      + "{trackingNumber}" + AttachmentWebConfiguration.ATTACHMENTS + "/{id}"})
  public ResponseEntity<byte[]> download(@PathVariable String trackingNumber,
      @PathVariable long id) {
    access.require(READERS);
    Attachment refused = register.find(id).filter(a -> !mayOpen(a)).orElse(null);
    if (refused != null) {
      throw new AttachmentRejected(HttpStatus.FORBIDDEN, "id",
          refused.purpose() == AttachmentPurpose.APPLICATION ? SCANS_OFFICE_ONLY
              : ORIGINALS_NOT_FOR_AUDITORS);
    }
    Download download = attachments.download(trackingNumber, id, access.currentUser());
    return file(download.attachment().fileName(), download.attachment().contentType(),
        download.bytes());
  }

  /**
   * The scanned application (申请材料) carries the applicant's ID number, phone and address,
   * which only the office may see (as on /cases/{n}/applicant). The files the search found are
   * the unredacted originals, with what the review withheld (third parties' personal data,
   * secrets): the office, legal and leadership, who handle the case, open them; auditors list
   * them with size and SHA-256 only (ADR 0159). The versions to release are what the applicant
   * gets: every reader opens them, auditors included.
   */
  private boolean mayOpen(Attachment attachment) {
    return switch (attachment.purpose()) {
      case APPLICATION -> access.allows(Groups.OFFICE);
      case FOUND -> access.allows(ORIGINAL_READERS);
      case RELEASE -> true;
    };
  }

  static final String SCANS_OFFICE_ONLY =
      "申请材料载有申请人身份证件号码、联系方式等个人信息，仅限政府信息公开办公室查看";
  static final String ORIGINALS_NOT_FOR_AUDITORS =
      "检索到的文件为未经处理的原件，可能含有不予公开的内容，仅限政府信息公开办公室、法规科、领导小组查看；"
          + "审计人员可在附件列表中核对其大小和SHA-256摘要";

  /** A file as a download: never shown inline, never cached. */
  public static ResponseEntity<byte[]> file(String fileName, String contentType, byte[] bytes) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .cacheControl(CacheControl.noStore()).body(bytes);
  }

  // ---- staff pages -------------------------------------------------------------------------

  @GetMapping(AttachmentWebConfiguration.PAGES + "{trackingNumber}"
      + AttachmentWebConfiguration.ATTACHMENTS)
  public ResponseEntity<String> page(@PathVariable String trackingNumber) {
    access.require(READERS);
    attachments.requireCase(trackingNumber);
    return html(HttpStatus.OK, casePage(trackingNumber, null));
  }

  /** The page's upload form: back to the page, or the page again with the refusal. */
  @PostMapping(AttachmentWebConfiguration.PAGES + "{trackingNumber}"
      + AttachmentWebConfiguration.ATTACHMENTS)
  public ResponseEntity<String> uploadFromPage(@PathVariable String trackingNumber,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "purpose", required = false) String purpose,
      @RequestParam(name = "itemId", required = false) String itemId) throws IOException {
    access.require(UPLOADERS);
    try {
      attachments.upload(trackingNumber, itemId, purpose, upload(file), access.currentUser());
    } catch (AttachmentRejected rejected) {
      if (rejected.status() == HttpStatus.NOT_FOUND) {
        throw rejected;
      }
      return html(rejected.status(), casePage(trackingNumber, rejected));
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(
        AttachmentWebConfiguration.PAGES + trackingNumber + AttachmentWebConfiguration.ATTACHMENTS))
        .build();
  }

  /** The files of one item: what the secrecy review of that item looks at. */
  @GetMapping(AttachmentWebConfiguration.PAGES + "{trackingNumber}/items/{itemId}"
      + AttachmentWebConfiguration.ATTACHMENTS)
  public ResponseEntity<String> itemPage(@PathVariable String trackingNumber,
      @PathVariable String itemId) {
    access.require(READERS);
    attachments.requireCase(trackingNumber);
    Long id = attachments.item(trackingNumber, itemId);
    if (id == null) {
      throw new AttachmentRejected(HttpStatus.NOT_FOUND, "itemId", "该信息项不属于本案");
    }
    String title = items.title(id);
    StringBuilder html = StaffPages.begin("信息项附件 " + trackingNumber, STYLE)
        .append("<h1>信息项附件</h1>\n<p>受理编号 ").append(escape(trackingNumber))
        .append("　信息项「").append(escape(title)).append("」</p>\n")
        .append("<p class=\"note\">保密审查针对本信息项的以下文件；标为“拟公开文件（已处理）”的文件，"
            + "在审查结论为可以公开或处理后可公开、且答复书送达后，向选择网上获取或电子邮件的申请人提供下载。</p>\n");
    table(html, trackingNumber, register.ofItem(id), fileItems(trackingNumber), this::mayOpen,
        access::namesOf);
    html.append("<p><a href=\"").append(AttachmentWebConfiguration.PAGES)
        .append(escape(trackingNumber)).append(AttachmentWebConfiguration.ATTACHMENTS)
        .append("\">本案全部附件</a></p>\n</body></html>\n");
    return html(HttpStatus.OK, html.toString());
  }

  private String casePage(String trackingNumber, AttachmentRejected rejected) {
    List<Item> caseItems = items.of(trackingNumber);
    boolean batch = attachments.isPublicationBatch(trackingNumber);
    StringBuilder html = StaffPages.begin((batch ? "主动公开批次附件 " : "案件附件 ")
            + trackingNumber, STYLE)
        .append(batch ? "<h1>主动公开批次附件</h1>\n<p>批次编号 " : "<h1>案件附件</h1>\n<p>受理编号 ")
        .append(escape(trackingNumber)).append("</p>\n");
    table(html, trackingNumber, register.ofCase(trackingNumber), fileItems(trackingNumber),
        this::mayOpen, access::namesOf);
    if (!access.allows(UPLOADERS)) {
      // The upload is the office's (the POST requires it): others see no form they cannot use.
      return html.append("<p class=\"note\">仅政府信息公开办公室可以上传附件。</p>\n</body></html>\n")
          .toString();
    }
    html.append("<h2>上传附件</h2>\n");
    if (rejected != null) {
      html.append("<p class=\"error\" role=\"alert\" id=\"").append(escape(rejected.field()))
          .append("-error\">").append(escape(rejected.chineseMessage())).append("</p>\n");
    }
    html.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"")
        .append(AttachmentWebConfiguration.PAGES).append(escape(trackingNumber))
        .append(AttachmentWebConfiguration.ATTACHMENTS).append("\">\n<p><label for=\"purpose\">"
            + "用途</label><select id=\"purpose\" name=\"purpose\" required>");
    for (AttachmentPurpose purpose : batch ? List.of(AttachmentPurpose.RELEASE)
        : List.of(AttachmentPurpose.values())) {
      html.append("<option value=\"").append(purpose.name()).append("\">")
          .append(purpose.label()).append("</option>");
    }
    html.append("</select></p>\n<p><label for=\"itemId\">信息项</label><select id=\"itemId\""
        + " name=\"itemId\"" + (batch ? " required>" : "><option value=\"\">（整个申请，不属于某一信息项）</option>"));
    for (Item item : caseItems) {
      html.append("<option value=\"").append(item.id()).append("\">")
          .append(escape(item.seq() + ". " + item.title())).append("</option>");
    }
    html.append("</select></p>\n<p><label for=\"file\">文件</label><input id=\"file\" name=\"file\""
        + " type=\"file\" required></p>\n<p class=\"note\">接受 ").append(attachments.allowedLabels())
        .append("，每个文件不超过 ").append(attachments.megabytes())
        .append("；文件类型按内容判断。拟公开文件须选择所属信息项。仅政府信息公开办公室可以上传。</p>\n")
        .append("<p><button type=\"submit\">上传</button></p>\n</form>\n</body></html>\n");
    return html.toString();
  }

  /** The case's items, superseded ones included, by id, with their reviews. */
  private Map<Long, FileItem> fileItems(String trackingNumber) {
    return items.fileItems(trackingNumber).stream()
        .collect(Collectors.toMap(FileItem::id, Function.identity()));
  }

  private static void table(StringBuilder html, String trackingNumber, List<Attachment> files,
      Map<Long, FileItem> fileItems, Predicate<Attachment> mayOpen,
      Function<Collection<String>, Map<String, String>> namesOf) {
    if (files.isEmpty()) {
      html.append("<p>暂无附件。</p>\n");
      return;
    }
    Map<String, String> names = namesOf.apply(Stream.concat(
        files.stream().map(Attachment::uploadedBy),
        fileItems.values().stream().map(FileItem::reviewer))
        .filter(Objects::nonNull).collect(Collectors.toSet()));
    html.append("<table>\n<tr><th>用途</th><th>信息项</th><th>保密审查结论</th><th>文件</th>"
        + "<th>类型</th><th>大小</th><th>SHA-256</th><th>上传人</th><th>上传时间</th></tr>\n");
    for (Attachment a : files) {
      FileItem item = a.itemId() == null ? null : fileItems.get(a.itemId());
      html.append("<tr><td>").append(a.purpose().label()).append("</td><td>")
          .append(item == null ? "—" : escape(item.seq() + ". " + item.title())
              + (item.superseded() ? "（已被重新办理取代）" : ""))
          .append("</td><td>").append(escape(review(item, a, names)))
          .append("</td><td>").append(mayOpen.test(a) ? "<a href=\""
              + AttachmentWebConfiguration.PAGES + escape(trackingNumber)
              + AttachmentWebConfiguration.ATTACHMENTS + "/" + a.id() + "\">"
              + escape(a.fileName()) + "</a>"
              : escape(a.fileName()) + (a.purpose() == AttachmentPurpose.APPLICATION
                  ? "（载有个人信息，仅限办公室查看）" : "（原件，审计人员仅核对摘要）"))
          .append("</td><td>").append(escape(AttachmentTypes.label(a.contentType())))
          .append("</td><td>").append(size(a.sizeBytes())).append("</td><td><code>")
          .append(escape(a.sha256())).append("</code></td><td>")
          .append(escape(names.getOrDefault(a.uploadedBy(), a.uploadedBy())))
          .append("</td><td>")
          .append(LocalDateTime.ofInstant(a.uploadedAt(), OfficeTime.ZONE).format(TIME))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /**
   * The item's review as the files' list shows it: conclusion, reviewer, time, and whether the
   * file was there when the review was given (the review covers the files uploaded until then).
   */
  private static String review(FileItem item, Attachment a, Map<String, String> names) {
    if (item == null) {
      return "—";
    }
    if (item.conclusion() == null) {
      return "尚未审查";
    }
    return item.conclusion().label() + "（" + names.getOrDefault(item.reviewer(), item.reviewer())
        + "，" + LocalDateTime.ofInstant(item.reviewedAt(), OfficeTime.ZONE).format(TIME)
        + (coveredByReview(item, a) ? "" : "；本文件在审查后上传，不在审查范围内") + "）";
  }

  private static boolean coveredByReview(FileItem item, Attachment a) {
    return item != null && item.reviewedAt() != null
        && !a.uploadedAt().isAfter(item.reviewedAt());
  }

  static String size(long bytes) {
    return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024
        ? String.format("%.1f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / 1048576.0);
  }

  private static Upload upload(MultipartFile file) throws IOException {
    return file == null ? null : new Upload(file.getOriginalFilename(), file.getBytes());
  }

  /**
   * A file as the API lists it, with its item and the item's review ({@code item}: null for a
   * file of the whole case) and whether the caller may open it.
   */
  static Map<String, Object> json(Attachment a, FileItem item, boolean mayOpen) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", a.id());
    json.put("trackingNumber", a.caseRef());
    json.put("itemId", a.itemId());
    json.put("itemSeq", item == null ? null : item.seq());
    json.put("itemTitle", item == null ? null : item.title());
    json.put("itemSuperseded", item == null ? null : item.superseded());
    json.put("reviewConclusion", item == null || item.conclusion() == null ? null
        : item.conclusion().name());
    json.put("reviewConclusionLabel", item == null || item.conclusion() == null ? null
        : item.conclusion().label());
    json.put("reviewedBy", item == null ? null : item.reviewer());
    json.put("reviewedAt", item == null || item.reviewedAt() == null ? null
        : item.reviewedAt().toString());
    json.put("coveredByReview", item == null ? null : coveredByReview(item, a));
    json.put("mayOpen", mayOpen);
    json.put("purpose", a.purpose().name());
    json.put("purposeLabel", a.purpose().label());
    json.put("fileName", a.fileName());
    json.put("contentType", a.contentType());
    json.put("sizeBytes", a.sizeBytes());
    json.put("sha256", a.sha256());
    json.put("uploadedBy", a.uploadedBy());
    json.put("uploadedAt", a.uploadedAt().toString());
    return json;
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
        .body(body);
  }

  // ---- refusals ----------------------------------------------------------------------------

  @ExceptionHandler(AttachmentRejected.class)
  ResponseEntity<Map<String, Object>> rejected(AttachmentRejected e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(error(e.status() == HttpStatus.NOT_FOUND ? "not found"
            : e.status() == HttpStatus.FORBIDDEN ? "forbidden" : "validation failed",
            e.field(), e.chineseMessage()));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
        .body(error("validation failed", "file", "请以 multipart/form-data 方式上传文件（字段 file）"));
  }

  static Map<String, Object> error(String english, String field, String chinese) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", english);
    body.put("message", chinese);
    body.put("fieldErrors", Map.of(field, chinese));
    return body;
  }
}
