package io.github.ogiworkflow.privacy;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every read of an applicant's full personal data by a person (ogi_personal_data_access), and of
 * the free texts kept whole for appeals (a complaint's text, an answer's draft; ADR 0129).
 */
@Repository
public class PersonalDataAccessLog {

  /** Why the data was read, as recorded. */
  public enum Purpose {
    /** The office's applicant page, opened from receipt confirmation or delivery. */
    APPLICANT_PAGE,
    /** The 送达回证 printed for a posted or collected reply, with the applicant's address. */
    PROOF_OF_SERVICE,
    /** A complaint's text (申诉举报内容) in full, office only (ADR 0129). */
    COMPLAINT_TEXT,
    /** An appeal answer's full draft, read by its drafter after a send-back (ADR 0129). */
    ANSWER_DRAFT
  }

  private final JdbcTemplate jdbc;

  public PersonalDataAccessLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String trackingNumber, String userId, Purpose purpose) {
    jdbc.update("INSERT INTO ogi_personal_data_access (tracking_number, user_id, purpose,"
        + " accessed_at) VALUES (?, ?, ?, ?)", trackingNumber, userId, purpose.name(),
        Timestamp.from(OfficeTime.now()));
  }

  /**
   * A read of a text kept for an appeal (ADR 0129): {@code trackingNumber} is the request's, null
   * for a complaint without a request.
   */
  public void record(String trackingNumber, long appealId, String userId, Purpose purpose) {
    jdbc.update("INSERT INTO ogi_personal_data_access (tracking_number, appeal_id, user_id,"
        + " purpose, accessed_at) VALUES (?, ?, ?, ?, ?)", trackingNumber, appealId, userId,
        purpose.name(), Timestamp.from(OfficeTime.now()));
  }

  /** How many reads of that purpose a user made of an appeal's texts. */
  public int countForAppeal(long appealId, String userId, Purpose purpose) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_personal_data_access"
        + " WHERE appeal_id = ? AND user_id = ? AND purpose = ?", Integer.class, appealId, userId,
        purpose.name());
    return count == null ? 0 : count;
  }

  public int count(String trackingNumber, String userId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_personal_data_access"
        + " WHERE tracking_number = ? AND user_id = ?", Integer.class, trackingNumber, userId);
    return count == null ? 0 : count;
  }
}
