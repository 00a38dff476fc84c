package io.github.ogiworkflow.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Audit of "review first, publish later" straight from the register: every item that was ever
 * published (withdrawn ones included) with its review, and the violations, which must be none.
 */
@Component
public class PublicationAudit {

  /** A published item and its review (reviewer, time, conclusion); null review = none. */
  public record AuditRow(long itemId, String batchRef, String title, LocalDate firstPublishedOn,
      String reviewer, Instant reviewedAt, String conclusion, Boolean approvalRequired,
      String approvalDecision) {}

  private static final String SELECT = """
      SELECT p.item_id, p.batch_ref, p.title, p.first_published_on, r.reviewer, r.reviewed_at,
        r.conclusion, p.approval_required, p.approval_decision
      FROM ogi_publication_item p LEFT JOIN ogi_item_review r ON r.item_id = p.item_id
      WHERE EXISTS (SELECT 1 FROM ogi_publication_channel c WHERE c.publication_id = p.id)""";

  private final JdbcTemplate jdbc;

  public PublicationAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<AuditRow> publishedItems() {
    return jdbc.query(SELECT + " ORDER BY p.id", (rs, i) -> row(rs));
  }

  /**
   * Published items without a releasing review, published on a day before their review, or
   * without the approval the rules required.
   */
  public List<AuditRow> publishedWithoutReview() {
    return jdbc.query(SELECT + """
         AND (r.id IS NULL OR r.conclusion NOT IN ('RELEASABLE', 'RELEASABLE_REDACTED')
          OR p.approval_required IS NULL
          OR (p.approval_required = TRUE AND (p.approval_decision IS NULL
            OR p.approval_decision <> 'APPROVE'))
          OR EXISTS (SELECT 1 FROM ogi_publication_channel c WHERE c.publication_id = p.id
            AND c.recorded_at < r.reviewed_at))
        ORDER BY p.id""", (rs, i) -> row(rs));
  }

  private static AuditRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp reviewedAt = rs.getTimestamp(6);
    Object required = rs.getObject(8);
    return new AuditRow(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5),
        reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString(7),
        required == null ? null : rs.getBoolean(8), rs.getString(9));
  }
}
