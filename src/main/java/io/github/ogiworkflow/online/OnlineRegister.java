package io.github.ogiworkflow.online;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What an online application keeps beyond the case register: the hash of the applicant's query
 * code and the Idempotency-Key of the submission.
 */
@Repository
public class OnlineRegister {

  /** The salted hash of a case's query code (hex). */
  public record Access(String trackingNumber, String salt, String hash) {}

  /** A submission's Idempotency-Key with the hash of the request it came with. */
  public record IdempotentSubmission(String key, String requestHash, String trackingNumber,
      Instant createdAt) {}

  private final JdbcTemplate jdbc;

  public OnlineRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insertAccess(Access access, Instant submittedAt) {
    jdbc.update("INSERT INTO ogi_online_access (tracking_number, code_salt, code_hash,"
        + " submitted_at) VALUES (?, ?, ?, ?)", access.trackingNumber(), access.salt(),
        access.hash(), Timestamp.from(submittedAt));
  }

  /** A new code for a case (a replayed submission shows the applicant a fresh one). */
  public void replaceAccess(Access access) {
    jdbc.update("UPDATE ogi_online_access SET code_salt = ?, code_hash = ?"
        + " WHERE tracking_number = ?", access.salt(), access.hash(), access.trackingNumber());
  }

  public Optional<Access> access(String trackingNumber) {
    return jdbc.query("SELECT tracking_number, code_salt, code_hash FROM ogi_online_access"
        + " WHERE tracking_number = ?", (rs, i) -> new Access(rs.getString(1), rs.getString(2),
            rs.getString(3)), trackingNumber).stream().findFirst();
  }

  /** Fails with a DuplicateKeyException when the key was used before (the unique key). */
  public void insertIdempotencyKey(IdempotentSubmission submission) {
    jdbc.update("INSERT INTO ogi_idempotency_key (idem_key, request_hash, tracking_number,"
        + " created_at) VALUES (?, ?, ?, ?)", submission.key(), submission.requestHash(),
        submission.trackingNumber(), Timestamp.from(submission.createdAt()));
  }

  public Optional<IdempotentSubmission> idempotencyKey(String key) {
    return jdbc.query("SELECT idem_key, request_hash, tracking_number, created_at"
        + " FROM ogi_idempotency_key WHERE idem_key = ?", (rs, i) -> new IdempotentSubmission(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        key).stream().findFirst();
  }

  /** The full identity number, kept only in the register. */
  public String idNumber(String trackingNumber) {
    return jdbc.query("SELECT id_number FROM ogi_case WHERE tracking_number = ?",
        (rs, i) -> rs.getString(1), trackingNumber).stream().findFirst().orElse(null);
  }
}
