package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.attachment.FileAccessLog;
import io.github.ogiworkflow.audit.CaseTimeline.Entry;

/** Uploads and downloads of the case's files (attachment/FileAccessLog), issue 15. */
final class FileAccessSource implements TimelineSource {

  private final FileAccessLog fileAccess;

  FileAccessSource(FileAccessLog fileAccess) {
    this.fileAccess = fileAccess;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (FileAccessLog.Entry access : fileAccess.of(subject.key())) {
      lines.add(new Entry(access.at(), false, "FILE",
          access.action().label() + "《" + access.fileName() + "》" + fileFacts(access),
          FileAccessLog.APPLICANT.equals(access.actor()) ? "申请人（凭查询码）"
              // By the name recorded at the act (V109, ADR 0153); looked up for older rows.
              : subject.names().of(access.actor(), access.actorName()), "", "", ""));
    }
  }

  /** How many hex digits of the SHA-256 a line shows; the file list has them all (ADR 0159). */
  static final int SHORT_HASH = 12;

  /**
   * The file's purpose (用途) and the start of its SHA-256, from the register (audit 34b F8), so
   * that an auditor tells a found original from a released version and matches the file the
   * list shows; nothing for a letter's download, which is no attachment.
   */
  static String fileFacts(FileAccessLog.Entry access) {
    if (access.purpose() == null) {
      return "";
    }
    String sha = access.sha256();
    return "（用途：" + access.purpose().label() + (sha == null ? "" : "；SHA-256："
        + sha.substring(0, Math.min(SHORT_HASH, sha.length())) + "…") + "）";
  }
}
