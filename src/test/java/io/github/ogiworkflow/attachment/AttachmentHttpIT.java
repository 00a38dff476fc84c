package io.github.ogiworkflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.attachment.OnlineCases.Applied;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.publicapi.PublicRateLimiter;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Staff attachments over HTTP: limits, types from the bytes, who may do what, the audit trail. */
@IntegrationTest
class AttachmentHttpIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ItemRegister items;
  @Autowired PublicRateLimiter limiter;

  Applied applied;

  @BeforeEach
  void aCase() {
    limiter.reset();
    applied = OnlineCases.apply(rest, "EMAIL");
  }

  @Test
  void realPdfPngAndDocxAreAcceptedWithTheTypeOfTheirBytes() {
    record Case(String name, byte[] bytes, String type) {}
    List<Case> files = List.of(new Case("申请表扫描件.pdf", SampleFiles.pdf(), AttachmentTypes.PDF),
        new Case("身份证.png", SampleFiles.png(), AttachmentTypes.PNG),
        new Case("统计表（已处理）.docx", SampleFiles.docx(), AttachmentTypes.DOCX));
    for (Case file : files) {
      ResponseEntity<String> answer = OnlineCases.upload(rest, "wangli",
          applied.trackingNumber(), "APPLICATION", null, file.name(), file.bytes());
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      JsonNode body = OnlineCases.json(answer.getBody());
      assertThat(body.get("contentType").asText()).isEqualTo(file.type());
      assertThat(body.get("fileName").asText()).isEqualTo(file.name());
      assertThat(body.get("sizeBytes").asLong()).isEqualTo(file.bytes().length);
      assertThat(body.get("uploadedBy").asText()).isEqualTo("wangli");
    }
    ResponseEntity<String> list = Http.asUser(rest, "lina", HttpMethod.GET,
        "/api/cases/" + applied.trackingNumber() + "/attachments", null);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode listed = OnlineCases.json(list.getBody());
    assertThat(listed).hasSize(3);
    assertThat(listed.get(0).get("purposeLabel").asText()).isEqualTo("申请材料");
  }

  @ParameterizedTest
  @ValueSource(strings = {"exe", "zip", "text", "fakeOoxml"})
  void aPdfNameOnOtherBytesIsRefusedWith400AndNothingIsWritten(String kind) {
    byte[] bytes = switch (kind) {
      case "exe" -> SampleFiles.exe();
      case "zip" -> SampleFiles.zip();
      case "text" -> SampleFiles.text();
      default -> SampleFiles.fakeOoxml();
    };
    long before = written();
    ResponseEntity<String> answer = OnlineCases.upload(rest, "wangli", applied.trackingNumber(),
        "FOUND", null, "统计表.pdf", bytes);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = OnlineCases.json(answer.getBody());
    assertThat(body.get("fieldErrors").get("file").asText())
        .startsWith("文件类型不受支持").contains("按文件内容判断");
    assertThat(body.get("message").asText()).contains("PDF", "Word", "Excel");
    assertThat(written()).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimitIsRefusedWith400AndNothingIsWritten() {
    byte[] big = new byte[20 * 1024 * 1024 + 1];
    byte[] pdf = SampleFiles.pdf();
    System.arraycopy(pdf, 0, big, 0, pdf.length);
    long before = written();
    ResponseEntity<String> answer = OnlineCases.upload(rest, "wangli", applied.trackingNumber(),
        "FOUND", null, "大文件.pdf", big);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(OnlineCases.json(answer.getBody()).get("fieldErrors").get("file").asText())
        .isEqualTo("文件超过大小上限 20 MB，请压缩或拆分后上传");
    assertThat(written()).isEqualTo(before);

    // Exactly at the limit is accepted.
    byte[] limit = new byte[20 * 1024 * 1024];
    System.arraycopy(pdf, 0, limit, 0, pdf.length);
    assertThat(OnlineCases.upload(rest, "wangli", applied.trackingNumber(), "FOUND", null,
        "正好.pdf", limit).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void badFieldsAreRefusedWithTheFieldNamed() {
    items.add(applied.trackingNumber(), List.of(new NewItem("2025年统计表", ItemFinding.HELD, null,
        null, false, false)));
    Applied other = OnlineCases.apply(rest, "EMAIL");
    items.add(other.trackingNumber(), List.of(new NewItem("别案信息项", ItemFinding.HELD, null,
        null, false, false)));
    long otherItem = items.of(other.trackingNumber()).get(0).id();
    long before = written();
    assertThat(field(OnlineCases.upload(rest, "wangli", applied.trackingNumber(), "SECRET",
        null, "a.pdf", SampleFiles.pdf()), "purpose")).startsWith("请选择文件用途");
    assertThat(field(OnlineCases.upload(rest, "wangli", applied.trackingNumber(), "RELEASE",
        null, "a.pdf", SampleFiles.pdf()), "itemId")).startsWith("拟公开文件须指明所属的信息项");
    assertThat(field(OnlineCases.upload(rest, "wangli", applied.trackingNumber(), "RELEASE",
        otherItem, "a.pdf", SampleFiles.pdf()), "itemId")).isEqualTo("该信息项不属于本案");
    assertThat(field(OnlineCases.upload(rest, "wangli", applied.trackingNumber(), "FOUND",
        null, "a.pdf", new byte[0]), "file")).startsWith("请选择要上传的文件");
    assertThat(written()).isEqualTo(before);
    assertThat(OnlineCases.upload(rest, "wangli", "YSQ-1999-999999", "FOUND", null, "a.pdf",
        SampleFiles.pdf()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void officeUploadsLegalAndLeadershipReadOthersNotAndEveryAccessIsInTheAuditTrail() {
    String tn = applied.trackingNumber();
    assertThat(OnlineCases.upload(rest, "lina", tn, "FOUND", null, "a.pdf", SampleFiles.pdf())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(OnlineCases.upload(rest, "chengang", tn, "FOUND", null, "a.pdf",
        SampleFiles.pdf()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> saved = OnlineCases.upload(rest, "zhangwei", tn, "FOUND", null,
        "检索结果.pdf", SampleFiles.pdf());
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = OnlineCases.json(saved.getBody()).get("id").asLong();
    String path = "/api/cases/" + tn + "/attachments/" + id;

    for (String reader : List.of("wangli", "lina", "chengang")) {
      ResponseEntity<byte[]> file = OnlineCases.getBytes(rest, reader, path);
      assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(file.getBody()).isEqualTo(SampleFiles.pdf());
      assertThat(file.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
      assertThat(file.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
      assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("检索结果.pdf");
    }
    assertThat(OnlineCases.getBytes(rest, "sunyue", path).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(OnlineCases.getBytes(rest, null, path).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Another case's number does not open this file.
    Applied other = OnlineCases.apply(rest, "EMAIL");
    assertThat(OnlineCases.getBytes(rest, "wangli", "/api/cases/" + other.trackingNumber()
        + "/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(jdbc.queryForList("SELECT action || ':' || actor FROM ogi_file_access"
        + " WHERE case_ref = ? ORDER BY id", String.class, tn)).containsExactly(
            "UPLOAD:zhangwei", "DOWNLOAD:wangli", "DOWNLOAD:lina", "DOWNLOAD:chengang");
    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn, null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains("上传附件《检索结果.pdf》", "工作人员下载附件《检索结果.pdf》");
  }

  @Test
  void thePageListsTheFilesAndItsFormUploadsFromOurOwnOriginOnly() {
    String tn = applied.trackingNumber();
    long scan = OnlineCases.json(OnlineCases.upload(rest, "wangli", tn, "APPLICATION", null,
        "申请表.pdf", SampleFiles.pdf()).getBody()).get("id").asLong();
    long found = OnlineCases.json(OnlineCases.upload(rest, "wangli", tn, "FOUND", null,
        "检索到的统计表.pdf", SampleFiles.pdf()).getBody()).get("id").asLong();
    // The scanned application carries the applicant's ID number and phone: the office's only.
    // Legal and leadership read the other files.
    String files = "/cases/" + tn + "/attachments/";
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, files + scan, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String reader : List.of("lina", "chengang")) {
      ResponseEntity<String> refusedScan = Http.asUser(rest, reader, HttpMethod.GET,
          files + scan, null);
      assertThat(refusedScan.getStatusCode()).as(reader).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refusedScan.getBody()).contains("仅限政府信息公开办公室查看");
      assertThat(Http.asUser(rest, reader, HttpMethod.GET, files + found, null)
          .getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
    }
    HttpHeaders auth = new HttpHeaders();
    auth.setBasicAuth("lina", Http.DEMO_PASSWORD);
    ResponseEntity<String> page = rest.exchange("/cases/" + tn + "/attachments", HttpMethod.GET,
        new HttpEntity<>(auth), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Legal reads the files but may not upload: no form it cannot use.
    assertThat(page.getBody()).contains("案件附件", "申请表.pdf（载有个人信息，仅限办公室查看）",
            "申请材料", "仅政府信息公开办公室可以上传附件")
        .doesNotContain("/attachments/" + scan + "\"")
        .doesNotContain("enctype=\"multipart/form-data\"", "<h2>上传附件</h2>", "type=\"file\"");
    ResponseEntity<String> office = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/cases/" + tn + "/attachments", null);
    assertThat(office.getBody()).contains("<h2>上传附件</h2>", "拟公开文件（已处理）",
        "enctype=\"multipart/form-data\"");
    // The uploader by name, as the ledger and the trail name staff, not by login id.
    assertThat(office.getBody()).contains("<td>王丽</td>").doesNotContain("<td>wangli</td>");

    String origin = rest.getRootUri();
    // 303 back to the page, which the test client follows: the page now lists the file.
    ResponseEntity<String> uploaded = pageUpload(tn, origin, "封面.png", SampleFiles.png());
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(uploaded.getBody()).contains("案件附件", "封面.png", "PNG 图片");
    ResponseEntity<String> refused = pageUpload(tn, origin, "封面.pdf", SampleFiles.text());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("文件类型不受支持");
    assertThat(pageUpload(tn, "https://evil.example", "x.png", SampleFiles.png())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The scan, the found file and 封面.png; nothing of the refused uploads.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_attachment WHERE case_ref = ?",
        Integer.class, tn)).isEqualTo(3);
  }

  @Test
  void theItemPageOfTheSecrecyReviewShowsThatItemsFilesOnly() {
    String tn = applied.trackingNumber();
    items.add(tn, List.of(new NewItem("统计表", ItemFinding.HELD, null, null, false, false),
        new NewItem("会议纪要", ItemFinding.HELD, null, null, false, false)));
    long first = items.of(tn).get(0).id();
    long second = items.of(tn).get(1).id();
    OnlineCases.upload(rest, "wangli", tn, "RELEASE", first, "统计表（已处理）.pdf",
        SampleFiles.pdf());
    OnlineCases.upload(rest, "wangli", tn, "FOUND", second, "会议纪要原件.pdf", SampleFiles.pdf());
    ResponseEntity<String> page = Http.asUser(rest, "lina", HttpMethod.GET,
        "/cases/" + tn + "/items/" + first + "/attachments", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("信息项「统计表」", "统计表（已处理）.pdf", "拟公开文件（已处理）")
        .doesNotContain("会议纪要原件.pdf");
    Applied other = OnlineCases.apply(rest, "EMAIL");
    assertThat(Http.asUser(rest, "lina", HttpMethod.GET, "/cases/" + other.trackingNumber()
        + "/items/" + first + "/attachments", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /**
   * A proactive publication batch (ZDGK-…) has attachments too: the office uploads the document
   * to publish to an item (拟公开文件 only), legal reads it from the review form's item page and
   * leadership from the batch's page; the old answer was 404 受理编号不存在 for both.
   */
  @Test
  void aPublicationBatchTakesTheDocumentToPublishForReviewAndApproval() throws Exception {
    var started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/ProactiveDisclosure/submit-form",
        EngineRest.variables(java.util.Map.of("publicationItems", java.util.Map.of("type", "Json",
            "value", OnlineCases.JSON.writeValueAsString(List.of(java.util.Map.of(
                "title", "示范市某行政规范性文件", "category", "NORMATIVE_DOCUMENTS",
                "channels", List.of("WEBSITE"), "publishingUnit", "示范市市场监督管理局办公室",
                "attribute", "PROACTIVE", "regulationKind", "NORMATIVE",
                "regulationAction", "ISSUE",
                "formedOn", io.github.ogiworkflow.calendar.OfficeTime.today().toString())))))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String batch = OnlineCases.json(started.getBody()).path("businessKey").asText();
    assertThat(batch).startsWith("ZDGK-");
    long item = items.of(batch).get(0).id();

    assertThat(OnlineCases.upload(rest, "wangli", batch, "FOUND", item, "原件.pdf",
        SampleFiles.pdf()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(OnlineCases.upload(rest, "lina", batch, "RELEASE", item, "规范性文件.pdf",
        SampleFiles.pdf()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> saved = OnlineCases.upload(rest, "wangli", batch, "RELEASE", item,
        "规范性文件（拟公开）.pdf", SampleFiles.pdf());
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = OnlineCases.json(saved.getBody()).get("id").asLong();

    ResponseEntity<String> reviewPage = Http.asUser(rest, "lina", HttpMethod.GET,
        "/cases/" + batch + "/items/" + item + "/attachments", null);
    assertThat(reviewPage.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reviewPage.getBody()).contains("示范市某行政规范性文件", "规范性文件（拟公开）.pdf");
    ResponseEntity<String> batchPage = Http.asUser(rest, "chengang", HttpMethod.GET,
        "/cases/" + batch + "/attachments", null);
    assertThat(batchPage.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(batchPage.getBody()).contains("主动公开批次附件", "规范性文件（拟公开）.pdf");
    for (String reader : List.of("wangli", "lina", "chengang")) {
      ResponseEntity<byte[]> file = OnlineCases.getBytes(rest, reader,
          "/api/cases/" + batch + "/attachments/" + id);
      assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(file.getBody()).isEqualTo(SampleFiles.pdf());
    }
    // The document to publish is what the public gets: the auditor opens it too (ADR 0159).
    assertThat(OnlineCases.getBytes(rest, "sunyue", "/api/cases/" + batch + "/attachments/" + id)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // A number that is neither a request nor a batch stays unknown.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/api/cases/ZDGK-1999-999999"
        + "/attachments", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /**
   * Audit 34b F8, ADR 0159: an auditor lists a case's files with purpose, item, the item's review,
   * size and SHA-256, and opens the released version (each download logged under his name), so
   * he can check what was released against what was reviewed; the found original (unredacted)
   * and the scanned application stay closed to him. The old code answered 403 to the list and
   * to every file.
   */
  @Test
  void anAuditorListsEveryFileWithItsReviewAndHashAndOpensTheReleasedVersionOnly() {
    String tn = applied.trackingNumber();
    items.add(tn, List.of(new NewItem("2025年统计表", ItemFinding.HELD, null, null, false,
        false)));
    long item = items.of(tn).get(0).id();
    long scan = OnlineCases.json(OnlineCases.upload(rest, "wangli", tn, "APPLICATION", null,
        "申请表.pdf", SampleFiles.pdf()).getBody()).get("id").asLong();
    long found = OnlineCases.json(OnlineCases.upload(rest, "wangli", tn, "FOUND", item,
        "统计表（原件）.pdf", SampleFiles.pdf()).getBody()).get("id").asLong();
    long release = OnlineCases.json(OnlineCases.upload(rest, "wangli", tn, "RELEASE", item,
        "统计表（已处理）.png", SampleFiles.png()).getBody()).get("id").asLong();
    items.recordReview(item, new ItemRegister.Review("lina",
        ReviewConclusion.RELEASABLE_REDACTED, null, null, "遮盖当事人姓名", null, false, null));

    ResponseEntity<String> list = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/cases/" + tn + "/attachments", null);
    assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode listed = OnlineCases.json(list.getBody());
    assertThat(listed).hasSize(3);
    JsonNode released = listed.get(2);
    assertThat(released.get("id").asLong()).isEqualTo(release);
    assertThat(released.get("purposeLabel").asText()).isEqualTo("拟公开文件（已处理）");
    assertThat(released.get("itemSeq").asInt()).isEqualTo(1);
    assertThat(released.get("itemTitle").asText()).isEqualTo("2025年统计表");
    assertThat(released.get("reviewConclusionLabel").asText()).isEqualTo("处理后可公开");
    assertThat(released.get("reviewedBy").asText()).isEqualTo("lina");
    assertThat(released.get("coveredByReview").asBoolean()).isTrue();
    assertThat(released.get("sizeBytes").asLong()).isEqualTo(SampleFiles.png().length);
    assertThat(released.get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(released.get("mayOpen").asBoolean()).isTrue();
    assertThat(listed.get(1).get("reviewConclusionLabel").asText()).isEqualTo("处理后可公开");
    assertThat(listed.get(1).get("mayOpen").asBoolean()).isFalse();
    assertThat(listed.get(0).get("mayOpen").asBoolean()).isFalse();

    ResponseEntity<byte[]> file = OnlineCases.getBytes(rest, "sunyue",
        "/api/cases/" + tn + "/attachments/" + release);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(SampleFiles.png());
    ResponseEntity<String> original = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/cases/" + tn + "/attachments/" + found, null);
    assertThat(original.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(OnlineCases.json(original.getBody()).get("message").asText())
        .contains("未经处理的原件", "SHA-256");
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.GET, "/cases/" + tn + "/attachments/"
        + scan, null).getBody()).contains("仅限政府信息公开办公室查看");

    ResponseEntity<String> page = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/cases/" + tn + "/attachments", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("保密审查结论", "处理后可公开（李娜，", "1. 2025年统计表",
            released.get("sha256").asText(), "统计表（原件）.pdf（原件，审计人员仅核对摘要）",
            "/attachments/" + release + "\"", "仅政府信息公开办公室可以上传附件")
        .doesNotContain("/attachments/" + found + "\"", "/attachments/" + scan + "\"",
            "enctype=\"multipart/form-data\"");
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.GET, "/cases/" + tn + "/items/" + item
        + "/attachments", null).getBody()).contains("统计表（已处理）.png", "统计表（原件）.pdf");
    // Still no upload for the auditor.
    assertThat(OnlineCases.upload(rest, "sunyue", tn, "FOUND", null, "a.pdf", SampleFiles.pdf())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Logged as every staff download is, and only the file actually served.
    assertThat(jdbc.queryForList("SELECT action || ':' || actor || ':' || attachment_id"
        + " FROM ogi_file_access WHERE case_ref = ? AND actor = 'sunyue'", String.class, tn))
        .containsExactly("DOWNLOAD:sunyue:" + release);
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.GET, "/api/audit/cases/" + tn, null)
        .getBody()).contains("工作人员下载附件《统计表（已处理）.png》");
  }

  private ResponseEntity<String> pageUpload(String tn, String origin, String name, byte[] bytes) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    parts.add("purpose", "APPLICATION");
    parts.add("itemId", "");
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("wangli", Http.DEMO_PASSWORD);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set(HttpHeaders.ORIGIN, origin);
    headers.set("Sec-Fetch-Mode", "navigate");
    return rest.exchange("/cases/" + tn + "/attachments", HttpMethod.POST,
        new HttpEntity<>(parts, headers), String.class);
  }

  private static String field(ResponseEntity<String> answer, String field) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return OnlineCases.json(answer.getBody()).get("fieldErrors").get(field).asText();
  }

  private long written() {
    return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ogi_attachment)"
        + " + (SELECT COUNT(*) FROM ogi_file_access)", Long.class);
  }
}
