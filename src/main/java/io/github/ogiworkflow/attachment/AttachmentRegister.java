package io.github.ogiworkflow.attachment;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Files of cases and items (ogi_attachment); the bytes are read only when a file is sent. */
@Repository
public class AttachmentRegister {

  /** A file without its bytes. */
  public record Attachment(long id, String caseRef, Long itemId, AttachmentPurpose purpose,
      String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
      Instant uploadedAt) {}

  /** A new file as checked by {@link Attachments}. */
  record NewAttachment(String caseRef, Long itemId, AttachmentPurpose purpose, String fileName,
      String contentType, byte[] content, String sha256, String uploadedBy) {}

  private static final String COLUMNS = "id, case_ref, item_id, purpose, file_name, content_type,"
      + " size_bytes, sha256, uploaded_by, uploaded_at";

  private final JdbcTemplate jdbc;

  public AttachmentRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewAttachment a) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO ogi_attachment (case_ref, item_id, purpose, file_name, content_type,
            size_bytes, sha256, content, uploaded_by, uploaded_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setString(1, a.caseRef());
      insert.setObject(2, a.itemId());
      insert.setString(3, a.purpose().name());
      insert.setString(4, a.fileName());
      insert.setString(5, a.contentType());
      insert.setLong(6, a.content().length);
      insert.setString(7, a.sha256());
      insert.setBytes(8, a.content());
      insert.setString(9, a.uploadedBy());
      insert.setTimestamp(10, Timestamp.from(OfficeTime.now()));
      return insert;
    }, key);
    return Objects.requireNonNull(key.getKey()).longValue();
  }

  public List<Attachment> ofCase(String caseRef) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_attachment WHERE case_ref = ? ORDER BY id",
        (rs, n) -> attachment(rs), caseRef);
  }

  public List<Attachment> ofItem(long itemId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_attachment WHERE item_id = ? ORDER BY id",
        (rs, n) -> attachment(rs), itemId);
  }

  public Optional<Attachment> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_attachment WHERE id = ?",
        (rs, n) -> attachment(rs), id).stream().findFirst();
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("SELECT content FROM ogi_attachment WHERE id = ?",
        (rs, n) -> rs.getBytes(1), id);
  }

  private static Attachment attachment(ResultSet rs) throws SQLException {
    long item = rs.getLong("item_id");
    return new Attachment(rs.getLong("id"), rs.getString("case_ref"),
        rs.wasNull() ? null : item, AttachmentPurpose.valueOf(rs.getString("purpose")),
        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
        rs.getString("sha256"), rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant());
  }

}
