package io.github.ogiworkflow.online;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What an online application keeps beyond the case register: the hashes of the applicant's
 * query codes (the current one in ogi_online_access, those issued to concurrent retries beside
 * it in ogi_online_access_code, ADR 0012) and the Idempotency-Key of the submission.
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
        + " submitted_at, code_issued_at) VALUES (?, ?, ?, ?, ?)", access.trackingNumber(),
        access.salt(), access.hash(), Timestamp.from(submittedAt), Timestamp.from(submittedAt));
  }

  /**
   * Locks the case's access row until the transaction ends, so concurrent retries on any node
   * decide one after the other, and answers when its current code was issued (empty: no row).
   */
  public Optional<Instant> lockAccess(String trackingNumber) {
    return jdbc.query("SELECT COALESCE(code_issued_at, submitted_at) FROM ogi_online_access"
        + " WHERE tracking_number = ? FOR UPDATE", (rs, i) -> rs.getTimestamp(1).toInstant(),
        trackingNumber).stream().findFirst();
  }

  /** How many codes were issued beside the current one (concurrent retries). */
  public int furtherCodes(String trackingNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_online_access_code"
        + " WHERE tracking_number = ?", Integer.class, trackingNumber);
  }

  /** One more working code beside the current one (a concurrent retry's answer). */
  public void addAccess(Access access, Instant issuedAt) {
    jdbc.update("INSERT INTO ogi_online_access_code (tracking_number, code_salt, code_hash,"
        + " issued_at) VALUES (?, ?, ?, ?)", access.trackingNumber(), access.salt(),
        access.hash(), Timestamp.from(issuedAt));
  }

  /** A new code for a case, the only one that works from now on (a later retry's answer). */
  public void replaceAccess(Access access, Instant issuedAt) {
    jdbc.update("DELETE FROM ogi_online_access_code WHERE tracking_number = ?",
        access.trackingNumber());
    jdbc.update("UPDATE ogi_online_access SET code_salt = ?, code_hash = ?, code_issued_at = ?"
        + " WHERE tracking_number = ?", access.salt(), access.hash(), Timestamp.from(issuedAt),
        access.trackingNumber());
  }

  /** Every code of the case that works: the current one first, then those beside it. */
  public List<Access> accesses(String trackingNumber) {
    return jdbc.query("SELECT tracking_number, code_salt, code_hash, 0 AS pos, 0 AS id"
        + " FROM ogi_online_access WHERE tracking_number = ?"
        + " UNION ALL SELECT tracking_number, code_salt, code_hash, 1, id"
        + " FROM ogi_online_access_code WHERE tracking_number = ? ORDER BY pos, id",
        (rs, i) -> new Access(rs.getString(1), rs.getString(2), rs.getString(3)),
        trackingNumber, trackingNumber);
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

  /** An online application as registered (ogi_case), to start its case from. */
  public record Registered(String trackingNumber, String applicantType, String applicantName,
      String idType, String idNumber, String contactPhone, String contactEmail,
      String contactAddress, String description, String deliveryForm, String deliveryMethod) {}

  /** Locks a case's register row until the transaction ends (one start per case). */
  public void lockCase(String trackingNumber) {
    jdbc.query("SELECT tracking_number FROM ogi_case WHERE tracking_number = ? FOR UPDATE",
        rs -> { }, trackingNumber);
  }

  /**
   * Online applications submitted before {@code before} that are still waiting for the office
   * (SUBMITTED) and have no process instance of {@code processKey} in the engine's history
   * (which, with history on, records every instance from its start).
   */
  public List<String> submittedWithoutInstance(Instant before, String processKey) {
    return jdbc.queryForList("""
        SELECT c.tracking_number FROM ogi_case c
        JOIN ogi_online_access a ON a.tracking_number = c.tracking_number
        WHERE c.channel = 'ONLINE' AND c.status = 'SUBMITTED' AND a.submitted_at < ?
          AND NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p
            WHERE p.BUSINESS_KEY_ = c.tracking_number AND p.PROC_DEF_KEY_ = ?)
        ORDER BY c.tracking_number""", String.class, Timestamp.from(before), processKey);
  }

  public Optional<Registered> registered(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, applicant_type, applicant_name, id_type, id_number,
          contact_phone, contact_email, contact_address, description, delivery_form,
          delivery_method
        FROM ogi_case WHERE tracking_number = ?""", (rs, i) -> new Registered(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11)), trackingNumber).stream().findFirst();
  }

  /** The full identity number, kept only in the register. */
  public String idNumber(String trackingNumber) {
    return jdbc.query("SELECT id_number FROM ogi_case WHERE tracking_number = ?",
        (rs, i) -> rs.getString(1), trackingNumber).stream().findFirst().orElse(null);
  }

  /**
   * How many online applications the identity document ({@code idType}, {@code idNumber} as
   * stored) submitted from {@code from} (inclusive) to {@code to} (exclusive), whatever became of
   * them (ADR 0175: the daily limit); read through the register's (id_type, id_number) index.
   */
  public int submissionsOf(String idType, String idNumber, Instant from, Instant to) {
    Integer count = jdbc.queryForObject("""
        SELECT COUNT(*) FROM ogi_case c
        JOIN ogi_online_access a ON a.tracking_number = c.tracking_number
        WHERE c.id_type = ? AND c.id_number = ? AND a.submitted_at >= ? AND a.submitted_at < ?""",
        Integer.class, idType, idNumber, Timestamp.from(from), Timestamp.from(to));
    return count == null ? 0 : count;
  }
}
