package io.github.ogiworkflow.online;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Query codes the office issued for counter and post requests (ogi_office_query_code, audit
 * 34a F3, ADR 0170). Kept apart from {@link OnlineRegister}'s ogi_online_access on purpose: a
 * code here lets the applicant look the case up and download what was served, and makes the
 * case no online application anywhere. One working code per case, as a salted hash.
 */
@Repository
public class OfficeQueryCodes {

  private final JdbcTemplate jdbc;

  public OfficeQueryCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The new code replaces any earlier one (call under the case row's lock). */
  public void replace(OnlineRegister.Access access, Instant issuedAt, String issuedBy) {
    jdbc.update("DELETE FROM ogi_office_query_code WHERE tracking_number = ?",
        access.trackingNumber());
    jdbc.update("INSERT INTO ogi_office_query_code (tracking_number, code_salt, code_hash,"
        + " issued_at, issued_by) VALUES (?, ?, ?, ?, ?)", access.trackingNumber(),
        access.salt(), access.hash(), Timestamp.from(issuedAt), issuedBy);
  }

  /** When the case's working office-issued code was issued, if it has one (ADR 0175). */
  public java.util.Optional<Instant> issuedAt(String trackingNumber) {
    return jdbc.query("SELECT issued_at FROM ogi_office_query_code WHERE tracking_number = ?",
        (rs, i) -> rs.getTimestamp(1).toInstant(), trackingNumber).stream().findFirst();
  }

  /** The case's working office-issued code (none or one). */
  public List<OnlineRegister.Access> accesses(String trackingNumber) {
    return jdbc.query("SELECT tracking_number, code_salt, code_hash FROM ogi_office_query_code"
        + " WHERE tracking_number = ?",
        (rs, i) -> new OnlineRegister.Access(rs.getString(1), rs.getString(2), rs.getString(3)),
        trackingNumber);
  }
}
