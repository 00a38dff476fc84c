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
          access.action().label() + "《" + access.fileName() + "》",
          FileAccessLog.APPLICANT.equals(access.actor()) ? "申请人（凭查询码）"
              // By the name recorded at the act (V109, ADR 0153); looked up for older rows.
              : subject.names().of(access.actor(), access.actorName()), "", "", ""));
    }
  }
}
