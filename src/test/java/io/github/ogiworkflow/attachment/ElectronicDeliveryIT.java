package io.github.ogiworkflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.attachment.DownloadLinks.Kind;
import io.github.ogiworkflow.attachment.DownloadLinks.Link;
import io.github.ogiworkflow.attachment.OnlineCases.Applied;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.publicapi.PublicRateLimiter;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import io.github.ogiworkflow.support.IntegrationTest;
import io.github.ogiworkflow.support.Http;
import java.sql.Date;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 电子送达 over HTTP: the applicant of a delivered online/e-mail case downloads the files of
 * released items through expiring links, nothing else; post gets nothing online.
 */
@IntegrationTest
class ElectronicDeliveryIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ItemRegister items;
  @Autowired DownloadLinks links;
  @Autowired PublicRateLimiter limiter;

  @BeforeEach
  void freshLimits() {
    limiter.reset();
  }

  /** A case with a redacted-release item, a withheld one and an unreviewed one, each with files. */
  record Prepared(Applied applied, long releasedFile, long foundFile, long withheldFile,
      long unreviewedFile) {}

  private Prepared prepare(String method) {
    Applied applied = OnlineCases.apply(rest, method);
    String tn = applied.trackingNumber();
    items.add(tn, List.of(
        new NewItem("2025年行政处罚案件统计表", ItemFinding.HELD, null, null, false, false),
        new NewItem("局务会议纪要", ItemFinding.HELD, null, null, false, false),
        new NewItem("尚未审查的文件", ItemFinding.HELD, null, null, false, false)));
    List<ItemRegister.Item> caseItems = items.of(tn);
    // The files first: the review covers what was uploaded before it (先审查、后公开).
    long released = uploaded(tn, "RELEASE", caseItems.get(0).id(), "统计表（已处理）.pdf");
    long found = uploaded(tn, "FOUND", caseItems.get(0).id(), "统计表（原件）.pdf");
    long withheld = uploaded(tn, "RELEASE", caseItems.get(1).id(), "会议纪要.pdf");
    long unreviewed = uploaded(tn, "RELEASE", caseItems.get(2).id(), "未审查.pdf");
    items.recordReview(caseItems.get(0).id(), new Review("lina",
        ReviewConclusion.RELEASABLE_REDACTED, null, null, "遮盖当事人姓名", null, false, null));
    items.recordReview(caseItems.get(1).id(), new Review("lina", ReviewConclusion.WITHHOLD,
        WithholdingGround.PROCESS_INFO, "《条例》第十六条第二款", null, null, false, null));
    return new Prepared(applied, released, found, withheld, unreviewed);
  }

  private long uploaded(String tn, String purpose, long itemId, String name) {
    ResponseEntity<String> answer = OnlineCases.upload(rest, "wangli", tn, purpose, itemId, name,
        SampleFiles.pdf());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return OnlineCases.json(answer.getBody()).get("id").asLong();
  }

  /** The register as delivery leaves it: delivered today with 部分公开. */
  private void delivered(String tn) {
    jdbc.update("UPDATE ogi_case SET status = 'DELIVERED', delivered_on = ?, outcome_code = '2'"
        + " WHERE tracking_number = ?", Date.valueOf(OfficeTime.today()), tn);
  }

  @Test
  void afterDeliveryOnlyTheReleaseFileOfAReleasedItemCanBeDownloadedAndEachDownloadIsRecorded() {
    Prepared p = prepare("ONLINE");
    String tn = p.applied().trackingNumber();

    JsonNode before = downloads(tn, p.applied().queryCode());
    assertThat(before.get("available").asBoolean()).isFalse();
    assertThat(before.get("message").asText()).startsWith("答复书送达后");
    assertThat(before.get("files")).isEmpty();

    delivered(tn);
    JsonNode offer = downloads(tn, p.applied().queryCode());
    assertThat(offer.get("available").asBoolean()).isTrue();
    assertThat(offer.get("message").asText()).contains("24 小时内有效");
    JsonNode files = offer.get("files");
    assertThat(files).hasSize(1);
    assertThat(files.get(0).get("fileName").asText()).isEqualTo("统计表（已处理）.pdf");
    assertThat(files.get(0).get("title").asText()).isEqualTo("2025年行政处罚案件统计表");
    assertThat(files.get(0).get("kind").asText()).isEqualTo("FILE");

    ResponseEntity<byte[]> file = rest.getForEntity(files.get(0).get("url").asText(),
        byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(SampleFiles.pdf());
    assertThat(file.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("统计表（已处理）.pdf");
    assertThat(jdbc.queryForList("SELECT file_name FROM ogi_file_access WHERE case_ref = ?"
        + " AND action = 'APPLICANT_DOWNLOAD' AND actor = 'applicant'", String.class, tn))
        .containsExactly("统计表（已处理）.pdf");
  }

  /**
   * Audit 34a F1: the reply letter's link answered 500 for every applicant, because the access
   * log's action APPLICANT_LETTER_DOWNLOAD did not fit its column; no test followed that link.
   * The issued letter row is written as Letters does (a .docx and its hash).
   */
  @Test
  void theApplicantDownloadsTheIssuedReplyLetterAndTheDownloadIsRecorded() {
    Prepared p = prepare("ONLINE");
    String tn = p.applied().trackingNumber();
    byte[] docx = SampleFiles.pdf();
    jdbc.update("INSERT INTO ogi_letter (case_ref, kind, title, body, issued_on, created_at,"
        + " document_number, docx, docx_sha256) VALUES (?, 'REPLY', '政府信息公开申请答复书', '正文',"
        + " ?, CURRENT_TIMESTAMP, '示市监信公开答〔2026〕99号', ?, ?)", tn,
        Date.valueOf(OfficeTime.today()), docx, "0".repeat(64));
    delivered(tn);

    JsonNode letter = null;
    for (JsonNode offered : downloads(tn, p.applied().queryCode()).get("files")) {
      if ("LETTER".equals(offered.get("kind").asText())) {
        letter = offered;
      }
    }
    assertThat(letter).as("the reply letter is offered").isNotNull();
    ResponseEntity<byte[]> file = rest.getForEntity(letter.get("url").asText(), byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(docx);
    assertThat(jdbc.queryForList("SELECT file_name FROM ogi_file_access WHERE case_ref = ?"
        + " AND action = 'APPLICANT_LETTER_DOWNLOAD' AND actor = 'applicant'", String.class, tn))
        .hasSize(1);
  }

  /**
   * Audit finding F1 (round 23): a 拟公开文件 uploaded after its item's review, even after the
   * delivery, went to the applicant unreviewed. Now the upload is refused, and a file the register
   * holds from after the review (an upload racing it, or one made before the refusal) is not
   * offered nor served.
   */
  @Test
  void aReleaseFileUploadedAfterItsItemsReviewIsRefusedAndNeverOffered() {
    Prepared p = prepare("ONLINE");
    String tn = p.applied().trackingNumber();
    delivered(tn);
    long reviewedItem = items.of(tn).get(0).id();
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_attachment", Long.class);
    ResponseEntity<String> late = OnlineCases.upload(rest, "wangli", tn, "RELEASE",
        reviewedItem, "未经审查的版本.pdf", SampleFiles.pdf());
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(OnlineCases.json(late.getBody()).get("fieldErrors").get("itemId").asText())
        .contains("已完成保密审查", "先审查、后公开");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_attachment", Long.class))
        .isEqualTo(before);
    // Files of other purposes may still be attached to a reviewed item: they are never released.
    assertThat(OnlineCases.upload(rest, "wangli", tn, "FOUND", reviewedItem, "补充检索.pdf",
        SampleFiles.pdf()).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(downloads(tn, p.applied().queryCode()).get("files")).hasSize(1);
    jdbc.update("UPDATE ogi_attachment SET uploaded_at = ? WHERE id = ?",
        java.sql.Timestamp.from(items.reviewedAt(reviewedItem).orElseThrow().plusSeconds(1)),
        p.releasedFile());
    assertThat(downloads(tn, p.applied().queryCode()).get("files")).isEmpty();
    String token = links.sign(new Link(tn, Kind.FILE, p.releasedFile(),
        OfficeTime.now().plus(Duration.ofHours(1))));
    assertThat(rest.getForEntity("/api/public/downloads/" + token, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void linksSignedForWithheldFoundOrUnreviewedFilesAreRefused() {
    Prepared p = prepare("EMAIL");
    String tn = p.applied().trackingNumber();
    delivered(tn);
    List<Long> notReleased = new ArrayList<>(List.of(p.foundFile(), p.withheldFile(),
        p.unreviewedFile()));
    assertThat(notReleased).hasSize(3);
    for (long id : notReleased) {
      String token = links.sign(new Link(tn, Kind.FILE, id,
          OfficeTime.now().plus(Duration.ofHours(1))));
      ResponseEntity<String> refused = rest.getForEntity("/api/public/downloads/" + token,
          String.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(OnlineCases.json(refused.getBody()).get("message").asText())
          .isEqualTo("下载链接无效，或该文件不再提供下载");
    }
    // The released file under another case's number, and a token whose signature was altered.
    Applied other = OnlineCases.apply(rest, "EMAIL");
    delivered(other.trackingNumber());
    String foreign = links.sign(new Link(other.trackingNumber(), Kind.FILE, p.releasedFile(),
        OfficeTime.now().plus(Duration.ofHours(1))));
    assertThat(rest.getForEntity("/api/public/downloads/" + foreign, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String genuine = links.sign(new Link(tn, Kind.FILE, p.releasedFile(),
        OfficeTime.now().plus(Duration.ofHours(1))));
    String forged = genuine.substring(0, genuine.length() - 2)
        + (genuine.endsWith("AA") ? "BB" : "AA");
    assertThat(rest.getForEntity("/api/public/downloads/" + forged, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/public/downloads/" + genuine, byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_file_access WHERE case_ref = ?"
        + " AND action = 'APPLICANT_DOWNLOAD'", Integer.class, tn)).isEqualTo(1);
  }

  @Test
  void anExpiredLinkIsRefusedWith410() {
    Prepared p = prepare("EMAIL");
    String tn = p.applied().trackingNumber();
    delivered(tn);
    String expired = links.sign(new Link(tn, Kind.FILE, p.releasedFile(),
        OfficeTime.now().minusSeconds(1)));
    ResponseEntity<String> refused = rest.getForEntity("/api/public/downloads/" + expired,
        String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(OnlineCases.json(refused.getBody()).get("message").asText())
        .startsWith("下载链接已过期");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_file_access WHERE case_ref = ?"
        + " AND action = 'APPLICANT_DOWNLOAD'", Integer.class, tn)).isZero();
  }

  @Test
  void aWrongQueryCodeSeesNothingAndPostGetsPaperOnly() {
    Prepared p = prepare("ONLINE");
    delivered(p.applied().trackingNumber());
    ResponseEntity<String> wrong = downloadsAnswer(p.applied().trackingNumber(),
        "AAAA-BBBB-CCCC-DDDD");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrong.getBody()).contains("未找到该申请，或查询码不正确").doesNotContain("downloads/");

    Prepared post = prepare("POST");
    delivered(post.applied().trackingNumber());
    JsonNode offer = downloads(post.applied().trackingNumber(), post.applied().queryCode());
    assertThat(offer.get("available").asBoolean()).isFalse();
    assertThat(offer.get("message").asText()).contains("邮寄", "纸质方式送达");
    assertThat(offer.get("files")).isEmpty();
    String token = links.sign(new Link(post.applied().trackingNumber(), Kind.FILE,
        post.releasedFile(), OfficeTime.now().plus(Duration.ofHours(1))));
    assertThat(rest.getForEntity("/api/public/downloads/" + token, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private JsonNode downloads(String tn, String code) {
    ResponseEntity<String> answer = downloadsAnswer(tn, code);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return OnlineCases.json(answer.getBody());
  }

  private ResponseEntity<String> downloadsAnswer(String tn, String code) {
    return Http.withQueryCode(rest, "/api/public/requests/" + tn + "/downloads", code);
  }
}
