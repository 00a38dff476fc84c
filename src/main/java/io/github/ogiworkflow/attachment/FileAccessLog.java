package io.github.ogiworkflow.attachment;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.StaffAtTheTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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

  /**
   * {@code actorName}: a staff member's name at the act (V109, ADR 0153); null for the applicant,
   * for rows recorded before and where no identity service was at hand. {@code purpose} and
   * {@code sha256}: the file's as the register keeps it (null for a letter, which is no
   * attachment; audit 34b F8).
   */
  public record Entry(String caseRef, Long attachmentId, String fileName, Action action,
      String actor, Instant at, String actorName, AttachmentPurpose purpose, String sha256) {}

  private final JdbcTemplate jdbc;
  private final ObjectProvider<IdentityService> identity;

  /** A log that reads, or records without names (no identity service at hand). */
  public FileAccessLog(JdbcTemplate jdbc) {
    this(jdbc, null);
  }

  @Autowired
  public FileAccessLog(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  public void record(String caseRef, Long attachmentId, String fileName, Action action,
      String actor) {
    // The staff member by his name at the act (ADR 0153): the trail keeps it after a rename.
    String actorName = identity == null || APPLICANT.equals(actor) ? null
        : StaffAtTheTime.now(identity, actor).name();
    jdbc.update("INSERT INTO ogi_file_access (case_ref, attachment_id, file_name, action, actor,"
        + " accessed_at, actor_name) VALUES (?, ?, ?, ?, ?, ?, ?)", caseRef, attachmentId,
        fileName, action.name(), actor, Timestamp.from(OfficeTime.now()), actorName);
  }

  /** The case's accesses, each with its file's purpose and hash (ogi_attachment, read only). */
  public List<Entry> of(String caseRef) {
    return jdbc.query("SELECT f.case_ref, f.attachment_id, f.file_name, f.action, f.actor,"
        + " f.accessed_at, f.actor_name, a.purpose, a.sha256 FROM ogi_file_access f"
        + " LEFT JOIN ogi_attachment a ON a.id = f.attachment_id WHERE f.case_ref = ?"
        + " ORDER BY f.id", (rs, n) -> {
          long attachment = rs.getLong(2);
          Long attachmentId = rs.wasNull() ? null : attachment;
          String purpose = rs.getString(8);
          return new Entry(rs.getString(1), attachmentId, rs.getString(3),
              Action.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
              rs.getString(7), purpose == null ? null : AttachmentPurpose.valueOf(purpose),
              rs.getString(9));
        }, caseRef);
  }
}
