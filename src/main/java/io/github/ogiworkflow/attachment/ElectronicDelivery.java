package io.github.ogiworkflow.attachment;

import io.github.ogiworkflow.attachment.AttachmentRegister.Attachment;
import io.github.ogiworkflow.attachment.DownloadLinks.Kind;
import io.github.ogiworkflow.attachment.DownloadLinks.Link;
import io.github.ogiworkflow.attachment.FileAccessLog.Action;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.intake.DeliveryMethod;
import io.github.ogiworkflow.letter.LetterFile;
import io.github.ogiworkflow.letter.LetterFiles;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.reply.ItemSummary;
import io.github.ogiworkflow.reply.ItemSummary.Result;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.reply.ReleaseChecks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 电子送达 (Art. 29: the applicant chose to receive the information online or by e-mail): once
 * the reply has been delivered, the applicant downloads the reply letter and the files released
 * with it from the public page. Computed from the register on every request: the case's delivery
 * method and delivery; each item's result as the reply has it (review conclusion, an upheld
 * third-party objection, Art. 32); only files marked for release (拟公开) on items released
 * whole or in part. Never the files found, nor anything of a withheld or unreviewed item.
 * Post and pick-up get paper, so nothing is offered online.
 */
@Service
public class ElectronicDelivery {

  static final Set<DeliveryMethod> ONLINE_METHODS =
      EnumSet.of(DeliveryMethod.ONLINE, DeliveryMethod.EMAIL);
  static final Set<Result> RELEASING = EnumSet.of(Result.RELEASED, Result.REDACTED);
  /** Outcomes under which something is released (table 三: 予以公开, 部分公开). */
  static final Set<OutcomeCode> RELEASING_OUTCOMES =
      EnumSet.of(OutcomeCode.DISCLOSED, OutcomeCode.PARTIAL);

  /** Why the applicant can (not) download anything, in words for the public page. */
  public record Offer(boolean available, String message, List<Offered> files) {}

  /** One downloadable file with its signed link. */
  public record Offered(String kind, String title, String fileName, String token,
      Instant expiresAt) {}

  /** A file as it goes to the applicant. */
  public record PublicFile(String fileName, String contentType, byte[] bytes) {}

  private record Delivered(String status, String deliveryMethod, String outcomeCode,
      boolean delivered) {}

  private final JdbcTemplate jdbc;
  private final ItemRegister items;
  private final AttachmentRegister attachments;
  private final FileAccessLog accessLog;
  private final LetterFiles letters;
  private final ReleaseChecks releaseChecks;
  private final DownloadLinks links;
  private final AttachmentProperties properties;

  public ElectronicDelivery(JdbcTemplate jdbc, ItemRegister items, AttachmentRegister attachments,
      FileAccessLog accessLog, LetterFiles letters, ReleaseChecks releaseChecks,
      DownloadLinks links, AttachmentProperties properties) {
    this.jdbc = jdbc;
    this.items = items;
    this.attachments = attachments;
    this.accessLog = accessLog;
    this.letters = letters;
    this.releaseChecks = releaseChecks;
    this.links = links;
    this.properties = properties;
  }

  /** What the applicant of this case may download now (the query code was checked before). */
  public Offer offer(String trackingNumber) {
    Optional<Delivered> found = delivered(trackingNumber);
    if (found.isEmpty()) {
      return new Offer(false, "未找到该申请", List.of());
    }
    Delivered c = found.get();
    if ("VOIDED".equals(c.status())) {
      // Voided as registered in error (ADR 0119, 0177): no reply will come, whatever the method.
      return new Offer(false, "本次登记已作废，本受理编号不作答复，没有文件可供下载。", List.of());
    }
    if (!onlineMethod(c.deliveryMethod())) {
      return new Offer(false, "您选择的获取信息方式为" + methodLabel(c.deliveryMethod())
          + "，答复书和公开的政府信息以纸质方式送达，不提供网上下载。", List.of());
    }
    if (!c.delivered()) {
      // Closed without a reply (withdrawn, terminated): none will come (audit 34a F4).
      // Not confirmed as an application (ADR 0158): no reply will come either.
      return new Offer(false, "CLOSED".equals(c.status()) ? "本申请已办结，没有答复书可供下载。"
          : "NOT_CONFIRMED".equals(c.status()) ? "本次网上提交不予确认，不作答复，没有文件可供下载。"
          : "答复书送达后，可在此下载答复书和公开的政府信息。", List.of());
    }
    Instant expiresAt = OfficeTime.now().plus(properties.linkValidity());
    List<Offered> offered = new ArrayList<>();
    letters.deliveredReply(trackingNumber).ifPresent(letter -> offered.add(new Offered(
        Kind.LETTER.name(), "政府信息公开申请答复书", letter.fileName(),
        links.sign(new Link(trackingNumber, Kind.LETTER, 0, expiresAt)), expiresAt)));
    for (Released file : releasedFiles(trackingNumber, c)) {
      offered.add(new Offered(Kind.FILE.name(), file.itemTitle(), file.attachment().fileName(),
          links.sign(new Link(trackingNumber, Kind.FILE, file.attachment().id(), expiresAt)),
          expiresAt));
    }
    return new Offer(true, offered.isEmpty() ? "本申请没有可供下载的文件。"
        : "下载链接 " + properties.linkValidity().toHours() + " 小时内有效，过期后请重新查询以获取新链接。",
        offered);
  }

  /**
   * The file behind a link, if the link is ours, unexpired, and the file is still released to
   * this case's applicant; the download is recorded.
   */
  @Transactional
  public PublicFile download(String token) {
    Link link = links.verify(token).orElseThrow(DownloadRefused::invalid);
    if (!OfficeTime.now().isBefore(link.expiresAt())) {
      throw DownloadRefused.linkExpired();
    }
    Delivered c = delivered(link.trackingNumber()).orElseThrow(DownloadRefused::gone);
    if (!onlineMethod(c.deliveryMethod()) || !c.delivered()) {
      throw DownloadRefused.gone();
    }
    if (link.kind() == Kind.LETTER) {
      LetterFile letter = letters.deliveredReply(link.trackingNumber())
          .orElseThrow(DownloadRefused::gone);
      accessLog.record(link.trackingNumber(), null, letter.fileName(),
          Action.APPLICANT_LETTER_DOWNLOAD, FileAccessLog.APPLICANT);
      return new PublicFile(letter.fileName(), AttachmentTypes.DOCX, letter.bytes());
    }
    Released file = releasedFiles(link.trackingNumber(), c).stream()
        .filter(f -> f.attachment().id() == link.ref()).findFirst()
        .orElseThrow(DownloadRefused::gone);
    accessLog.record(link.trackingNumber(), file.attachment().id(), file.attachment().fileName(),
        Action.APPLICANT_DOWNLOAD, FileAccessLog.APPLICANT);
    return new PublicFile(file.attachment().fileName(), file.attachment().contentType(),
        attachments.content(file.attachment().id()));
  }

  private record Released(String itemTitle, Attachment attachment) {}

  /** The release files of the items the delivered reply released (whole or redacted). */
  private List<Released> releasedFiles(String trackingNumber, Delivered c) {
    OutcomeCode outcome;
    try {
      outcome = c.outcomeCode() == null ? null : OutcomeCode.ofCode(c.outcomeCode());
    } catch (IllegalArgumentException unknown) {
      outcome = null;
    }
    if (outcome == null || !RELEASING_OUTCOMES.contains(outcome)) {
      return List.of();
    }
    boolean objectionUpheld = releaseChecks.objectionUpheld(trackingNumber);
    List<Released> released = new ArrayList<>();
    for (Item item : items.of(trackingNumber)) {
      if (item.review() == null || !RELEASING.contains(resultOf(item, objectionUpheld))) {
        continue;
      }
      // Only what the review saw: a file uploaded after it (before uploads were refused) was
      // never reviewed. A file racing the review is ordered by the item's row lock (ADR 0142):
      // committed before the review was written, or refused.
      Instant reviewedAt = items.reviewedAt(item.id()).orElseThrow();
      for (Attachment a : attachments.ofItem(item.id())) {
        if (a.purpose() == AttachmentPurpose.RELEASE && a.caseRef().equals(trackingNumber)
            && !a.uploadedAt().isAfter(reviewedAt)) {
          released.add(new Released(item.title(), a));
        }
      }
    }
    return released;
  }

  private static Result resultOf(Item item, boolean objectionUpheld) {
    try {
      return ItemSummary.resultOf(item, objectionUpheld);
    } catch (IllegalStateException unreviewed) {
      return Result.WITHHELD;
    }
  }

  private Optional<Delivered> delivered(String trackingNumber) {
    return jdbc.query("SELECT status, delivery_method, outcome_code, delivered_on"
        + " FROM ogi_case WHERE tracking_number = ?", (rs, n) -> new Delivered(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getDate(4) != null
                && ("DELIVERED".equals(rs.getString(1)) || "CLOSED".equals(rs.getString(1)))),
        trackingNumber).stream().findFirst();
  }

  private static boolean onlineMethod(String method) {
    return method != null && ONLINE_METHODS.stream().anyMatch(m -> m.name().equals(method));
  }

  private static String methodLabel(String method) {
    if (method == null) {
      return "纸质送达";
    }
    return switch (method) {
      case "POST" -> "邮寄";
      case "PICK_UP" -> "自行领取";
      default -> "纸质送达";
    };
  }

  /** A link that no longer leads to a released file (expired, withdrawn, never released). */
  public static final class DownloadRefused extends RuntimeException {
    private final boolean expired;

    private DownloadRefused(String english, boolean expired) {
      super(english);
      this.expired = expired;
    }

    public boolean expired() {
      return expired;
    }

    /** Chinese text for the applicant; an invalid link and a withdrawn file read the same. */
    public String chineseMessage() {
      return expired ? "下载链接已过期，请重新查询办理进度以获取新的下载链接"
          : "下载链接无效，或该文件不再提供下载";
    }

    static DownloadRefused gone() {
      return new DownloadRefused("file not available", false);
    }

    static DownloadRefused invalid() {
      return new DownloadRefused("download link not valid", false);
    }

    static DownloadRefused linkExpired() {
      return new DownloadRefused("download link expired", true);
    }
  }
}
