package io.github.ogiworkflow.attachment;

import io.github.ogiworkflow.attachment.AttachmentRegister.Attachment;
import io.github.ogiworkflow.attachment.AttachmentRegister.NewAttachment;
import io.github.ogiworkflow.attachment.FileAccessLog.Action;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff attach files to a case and its items: every rule checked here, before anything is
 * written (size, type from the bytes, purpose, item of this case); each upload and download is
 * written to the file access log in the same transaction as what it records.
 */
@Service
public class Attachments {

  static final int MAX_NAME = 200;

  private final AttachmentRegister register;
  private final FileAccessLog accessLog;
  private final CaseRegister cases;
  private final ItemRegister items;
  private final AttachmentProperties properties;

  public Attachments(AttachmentRegister register, FileAccessLog accessLog, CaseRegister cases,
      ItemRegister items, AttachmentProperties properties) {
    this.register = register;
    this.accessLog = accessLog;
    this.cases = cases;
    this.items = items;
    this.properties = properties;
  }

  /** A file as uploaded: its name as the browser sent it, and its bytes. */
  public record Upload(String fileName, byte[] bytes) {}

  @Transactional
  public Attachment upload(String caseRef, String itemIdText, String purposeText, Upload file,
      String user) {
    requireCase(caseRef);
    AttachmentPurpose purpose = purpose(purposeText);
    if (purpose != AttachmentPurpose.RELEASE && isPublicationBatch(caseRef)) {
      throw AttachmentRejected.invalid("purpose", "主动公开批次只能上传拟公开文件（所属信息项的待发布文件）");
    }
    Long itemId = item(caseRef, itemIdText);
    if (purpose == AttachmentPurpose.RELEASE && itemId == null) {
      throw AttachmentRejected.invalid("itemId", "拟公开文件须指明所属的信息项（公开以信息项为单位）");
    }
    if (purpose == AttachmentPurpose.RELEASE) {
      // Held until this upload commits: a review being written meanwhile waits and then sees
      // the file, or was committed first and is seen here (ADR 0142; audit 33b, F3).
      items.lockItem(itemId);
    }
    if (purpose == AttachmentPurpose.RELEASE && items.reviewedAt(itemId).isPresent()) {
      // One review per item covers the files it saw; a later file would leave unreviewed.
      throw AttachmentRejected.invalid("itemId", "该信息项已完成保密审查，审查后上传的文件未经审查，"
          + "不能作为拟公开文件（先审查、后公开，一事一审）");
    }
    if (file == null || file.bytes() == null || file.bytes().length == 0) {
      throw AttachmentRejected.invalid("file", "请选择要上传的文件（文件不能为空）");
    }
    if (file.bytes().length > properties.maxSize().toBytes()) {
      throw AttachmentRejected.invalid("file", "文件超过大小上限 " + megabytes() + "，请压缩或拆分后上传");
    }
    String type = AttachmentTypes.detect(file.bytes());
    if (!properties.allowedTypes().contains(type)) {
      throw AttachmentRejected.invalid("file", "文件类型不受支持：只接受 " + allowedLabels()
          + "。文件类型按文件内容判断，与文件名无关");
    }
    String name = fileName(file.fileName(), type);
    long id = register.insert(new NewAttachment(caseRef, itemId, purpose, name, type,
        file.bytes(), sha256(file.bytes()), user));
    accessLog.record(caseRef, id, name, Action.UPLOAD, user);
    return register.find(id).orElseThrow();
  }

  /** The file and its bytes for a staff member; the download is recorded. */
  @Transactional
  public Download download(String caseRef, long id, String user) {
    Attachment attachment = register.find(id).filter(a -> a.caseRef().equals(caseRef))
        .orElseThrow(() -> new AttachmentRejected(HttpStatus.NOT_FOUND, "id", "本案没有该附件"));
    accessLog.record(caseRef, id, attachment.fileName(), Action.DOWNLOAD, user);
    return new Download(attachment, register.content(id));
  }

  public record Download(Attachment attachment, byte[] bytes) {}

  /**
   * A request in the case register, or a proactive publication batch (ZDGK-…), whose items are
   * registered under the batch number (ogi_info_item) without a case: the office attaches the
   * document to publish to each item, which legal reviews and leadership approves (先审查、后公开).
   */
  void requireCase(String caseRef) {
    if (caseRef == null || cases.find(caseRef).isEmpty() && !isPublicationBatch(caseRef)) {
      throw new AttachmentRejected(HttpStatus.NOT_FOUND, "trackingNumber", "受理编号不存在");
    }
  }

  /** A batch of proactive disclosure: items under a number that is no request's. */
  boolean isPublicationBatch(String caseRef) {
    return caseRef != null && cases.find(caseRef).isEmpty() && !items.of(caseRef).isEmpty();
  }

  /** The item, if one was named, checked to be an item of this case. */
  Long item(String caseRef, String itemIdText) {
    if (itemIdText == null || itemIdText.isBlank()) {
      return null;
    }
    long id;
    try {
      id = Long.parseLong(itemIdText.trim());
    } catch (NumberFormatException e) {
      throw AttachmentRejected.invalid("itemId", "信息项编号应为数字");
    }
    Optional<String> owner = items.findCaseRef(id);
    if (owner.isEmpty() || !owner.get().equals(caseRef)) {
      throw AttachmentRejected.invalid("itemId", "该信息项不属于本案");
    }
    return id;
  }

  private static AttachmentPurpose purpose(String text) {
    try {
      return AttachmentPurpose.valueOf(text == null ? "" : text.trim());
    } catch (IllegalArgumentException e) {
      throw AttachmentRejected.invalid("purpose", "请选择文件用途：" + Arrays.stream(
          AttachmentPurpose.values()).map(AttachmentPurpose::label).collect(
              Collectors.joining("、")));
    }
  }

  /** The name without any path, control characters or an extension that contradicts the bytes. */
  static String fileName(String sent, String type) {
    String name = sent == null ? "" : sent.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "")
        .strip();
    String extension = AttachmentTypes.extension(type);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String given = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    if (base.isBlank()) {
      base = "附件";
    }
    if (base.length() > MAX_NAME) {
      base = base.substring(0, MAX_NAME);
    }
    boolean fits = given.equals(extension) || given.equals("jpeg") && extension.equals("jpg");
    return base + "." + (fits ? given : extension);
  }

  String allowedLabels() {
    return properties.allowedTypes().stream().map(AttachmentTypes::label)
        .collect(Collectors.joining("、"));
  }

  String megabytes() {
    return properties.maxSize().toMegabytes() + " MB";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
