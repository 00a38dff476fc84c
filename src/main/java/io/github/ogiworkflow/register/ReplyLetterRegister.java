package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reply letter frozen when the office finalised it, with its SHA-256 and the approval that
 * covers it (table ogi_reply_letter). Delivery hands out this copy, never the mutable process
 * variable, and compares the hash first.
 */
@Repository
public class ReplyLetterRegister {

  /** A frozen letter; {@code approvalId} is the leadership approval of exactly this text. */
  public record FrozenLetter(long id, String trackingNumber, String outcomeCode, String body,
      String sha256, String frozenBy, Instant frozenAt, Long approvalId, String documentNumber,
      byte[] docx, String docxSha256, LocalDate issuedOn) {

    /** The stored text still has the stored hash (nobody edited the row). */
    public boolean intact() {
      return sha256.equals(ReplyLetterRegister.sha256(body));
    }

    /** Numbered and rendered as a document (on approval, or on finalising without one). */
    public boolean issued() {
      return docx != null && documentNumber != null;
    }

    /** The stored document still has the stored hash. */
    public boolean documentIntact() {
      return issued() && docxSha256 != null && docxSha256.equals(ReplyLetterRegister.sha256(docx));
    }
  }

  private final JdbcTemplate jdbc;

  public ReplyLetterRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void freeze(String trackingNumber, String outcomeCode, String body, String frozenBy) {
    jdbc.update("INSERT INTO ogi_reply_letter (tracking_number, outcome_code, body, body_sha256,"
        + " frozen_by, frozen_at) VALUES (?, ?, ?, ?, ?, ?)", trackingNumber, outcomeCode, body,
        sha256(body), frozenBy, Timestamp.from(OfficeTime.now()));
  }

  /** Leadership approved this frozen letter. */
  public void approve(long letterId, long approvalId) {
    jdbc.update("UPDATE ogi_reply_letter SET approval_id = ? WHERE id = ?", approvalId, letterId);
  }

  /**
   * Issues the frozen letter: its 文号 and document, stored once. Refused (false) if it was
   * issued already, so a document is never replaced.
   */
  public boolean issue(long letterId, String documentNumber, byte[] docx, LocalDate issuedOn) {
    return jdbc.update("UPDATE ogi_reply_letter SET document_number = ?, docx = ?,"
        + " docx_sha256 = ?, issued_on = ? WHERE id = ? AND docx IS NULL", documentNumber, docx,
        sha256(docx), java.sql.Date.valueOf(issuedOn), letterId) == 1;
  }

  /** The letter that counts: the latest one frozen for the case. */
  public Optional<FrozenLetter> latest(String trackingNumber) {
    return jdbc.query("""
        SELECT id, tracking_number, outcome_code, body, body_sha256, frozen_by, frozen_at,
          approval_id, document_number, docx, docx_sha256, issued_on
        FROM ogi_reply_letter WHERE tracking_number = ? ORDER BY id DESC""",
        (rs, i) -> letter(rs), trackingNumber).stream().findFirst();
  }

  /**
   * A reply issued with its 文号 (签发), and whether it was recorded void (作废) because the case
   * closed before it was served (ADR 0136): {@code voidedOn} and {@code voidReason} null if not.
   */
  public record IssuedReply(long id, String documentNumber, LocalDate issuedOn,
      LocalDate voidedOn, String voidReason) {}

  /** The case's issued replies, oldest first. */
  public List<IssuedReply> issuedOf(String trackingNumber) {
    return jdbc.query("""
        SELECT id, document_number, issued_on, voided_on, void_reason FROM ogi_reply_letter
        WHERE tracking_number = ? AND document_number IS NOT NULL ORDER BY id""",
        (rs, i) -> new IssuedReply(rs.getLong(1), rs.getString(2),
            rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5)),
        trackingNumber);
  }

  /**
   * Records an issued reply as void (作废) on {@code voidedOn} for {@code reason}: signed, never
   * served, the case closed (ADR 0136). Once: a reply already void keeps its first record.
   */
  public boolean markVoided(long letterId, LocalDate voidedOn, String reason) {
    return jdbc.update("UPDATE ogi_reply_letter SET voided_on = ?, void_reason = ?"
        + " WHERE id = ? AND document_number IS NOT NULL AND voided_on IS NULL",
        java.sql.Date.valueOf(voidedOn), reason, letterId) == 1;
  }

  /** Lower-case hex SHA-256 of the UTF-8 text. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of the bytes (of a text, or of an issued .docx). */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static FrozenLetter letter(ResultSet rs) throws SQLException {
    long approval = rs.getLong(8);
    return new FrozenLetter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5).trim(), rs.getString(6), rs.getTimestamp(7).toInstant(),
        rs.wasNull() ? null : approval, rs.getString(9), rs.getBytes(10),
        rs.getString(11) == null ? null : rs.getString(11).trim(),
        rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate());
  }
}
