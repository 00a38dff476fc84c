package io.github.ogiworkflow.privacy;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every read of an applicant's full personal data by a person (ogi_personal_data_access). */
@Repository
public class PersonalDataAccessLog {

  /** Why the data was read, as recorded. */
  public enum Purpose {
    /** The office's applicant page, opened from receipt confirmation or delivery. */
    APPLICANT_PAGE,
    /** The 送达回证 printed for a posted or collected reply, with the applicant's address. */
    PROOF_OF_SERVICE
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

  public int count(String trackingNumber, String userId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_personal_data_access"
        + " WHERE tracking_number = ? AND user_id = ?", Integer.class, trackingNumber, userId);
    return count == null ? 0 : count;
  }
}
