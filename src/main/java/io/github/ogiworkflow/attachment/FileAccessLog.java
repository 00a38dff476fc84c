package io.github.ogiworkflow.attachment;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every upload and download of a case's files (ogi_file_access), read by the audit trail. */
@Repository
public class FileAccessLog {

  /** What was done with the file. */
  public enum Action {
    UPLOAD("上传附件"),
    DOWNLOAD("工作人员下载附件"),
    APPLICANT_DOWNLOAD("申请人网上下载公开文件"),
    APPLICANT_LETTER_DOWNLOAD("申请人网上下载答复书");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Who did it: a staff member's user id, or this for the applicant (query code and link). */
  public static final String APPLICANT = "applicant";

  public record Entry(String caseRef, Long attachmentId, String fileName, Action action,
      String actor, Instant at) {}

  private final JdbcTemplate jdbc;

  public FileAccessLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String caseRef, Long attachmentId, String fileName, Action action,
      String actor) {
    jdbc.update("INSERT INTO ogi_file_access (case_ref, attachment_id, file_name, action, actor,"
        + " accessed_at) VALUES (?, ?, ?, ?, ?, ?)", caseRef, attachmentId, fileName,
        action.name(), actor, Timestamp.from(OfficeTime.now()));
  }

  public List<Entry> of(String caseRef) {
    return jdbc.query("SELECT case_ref, attachment_id, file_name, action, actor, accessed_at"
        + " FROM ogi_file_access WHERE case_ref = ? ORDER BY id", (rs, n) -> {
          long attachment = rs.getLong(2);
          return new Entry(rs.getString(1), rs.wasNull() ? null : attachment, rs.getString(3),
              Action.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant());
        }, caseRef);
  }
}
