package io.github.ogiworkflow.privacy;

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

/**
 * Every read of an applicant's full personal data by a person (ogi_personal_data_access), of
 * the free texts kept whole for appeals (a complaint's text, an answer's draft; ADR 0129) and
 * of the reply letter (ADR 0136); the case's audit trail lists them.
 */
@Repository
public class PersonalDataAccessLog {

  /** Why the data was read, as recorded, and how the audit trail names the read. */
  public enum Purpose {
    /** The office's applicant page, opened from receipt confirmation or delivery. */
    APPLICANT_PAGE("查阅申请人完整信息"),
    /** The 送达回证 printed for a posted or collected reply, with the applicant's address. */
    PROOF_OF_SERVICE("打印送达回证（含申请人地址）"),
    /** A complaint's text (申诉举报内容) in full, office only (ADR 0129). */
    COMPLAINT_TEXT("查阅申诉举报内容（完整）"),
    /** An appeal answer's full draft, read by its drafter after a send-back (ADR 0129). */
    ANSWER_DRAFT("查阅复议答复书或答辩状草稿（完整）"),
    /** The reply letter's print view (as issued, or the 送审稿), ADR 0136. */
    REPLY_LETTER("查阅答复书"),
    /** The reply letter's Word document downloaded, ADR 0136. */
    REPLY_LETTER_FILE("下载答复书（Word文件）"),
    /**
     * A new query code issued by the office to hand over or mail (ADR 0158): the earlier codes
     * stop working. Logged here so the audit trail names who and when.
     */
    QUERY_CODE_REISSUED("重新生成查询码（原查询码失效）"),
    /**
     * A query code issued by the office for a counter or post request (ADR 0170): it serves the
     * status lookup and downloads only; an earlier office-issued code stops working.
     */
    QUERY_CODE_ISSUED("为当面或邮寄申请生成查询码（原查询码失效）");

    private final String label;

    Purpose(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One recorded read of a case's full data. */
  /**
   * {@code userName}: the reader's name at the act (V109, ADR 0153); null for rows recorded
   * before and where no identity service was at hand.
   */
  public record Access(String userId, Purpose purpose, Instant at, String userName) {}

  private final JdbcTemplate jdbc;
  private final ObjectProvider<IdentityService> identity;

  /** A log that reads, or records without names (no identity service at hand). */
  public PersonalDataAccessLog(JdbcTemplate jdbc) {
    this(jdbc, null);
  }

  @Autowired
  public PersonalDataAccessLog(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  public void record(String trackingNumber, String userId, Purpose purpose) {
    jdbc.update("INSERT INTO ogi_personal_data_access (tracking_number, user_id, purpose,"
        + " accessed_at, user_name) VALUES (?, ?, ?, ?, ?)", trackingNumber, userId,
        purpose.name(), Timestamp.from(OfficeTime.now()), nameAtTheAct(userId));
  }

  /** The reader by his name at the act (ADR 0153): the trail keeps it after a rename. */
  private String nameAtTheAct(String userId) {
    return identity == null ? null : StaffAtTheTime.now(identity, userId).name();
  }

  /**
   * A read of a text kept for an appeal (ADR 0129): {@code trackingNumber} is the request's, null
   * for a complaint without a request.
   */
  public void record(String trackingNumber, long appealId, String userId, Purpose purpose) {
    jdbc.update("INSERT INTO ogi_personal_data_access (tracking_number, appeal_id, user_id,"
        + " purpose, accessed_at, user_name) VALUES (?, ?, ?, ?, ?, ?)", trackingNumber,
        appealId, userId, purpose.name(), Timestamp.from(OfficeTime.now()),
        nameAtTheAct(userId));
  }

  /** How many reads of that purpose a user made of an appeal's texts. */
  public int countForAppeal(long appealId, String userId, Purpose purpose) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_personal_data_access"
        + " WHERE appeal_id = ? AND user_id = ? AND purpose = ?", Integer.class, appealId, userId,
        purpose.name());
    return count == null ? 0 : count;
  }

  /**
   * The reads recorded under the case's tracking number, oldest first (the audit trail lists
   * them, ADR 0136); a purpose this version does not know is left out.
   */
  public List<Access> of(String trackingNumber) {
    return jdbc.query("SELECT user_id, purpose, accessed_at, user_name"
        + " FROM ogi_personal_data_access"
        + " WHERE tracking_number = ? ORDER BY id", (rs, i) -> {
          String recorded = rs.getString(2);
          Purpose purpose = java.util.Arrays.stream(Purpose.values())
              .filter(p -> p.name().equals(recorded)).findFirst().orElse(null);
          return purpose == null ? null
              : new Access(rs.getString(1), purpose, rs.getTimestamp(3).toInstant(),
                  rs.getString(4));
        }, trackingNumber).stream().filter(java.util.Objects::nonNull).toList();
  }

  /** How many reads of that purpose a user made of a case. */
  public int count(String trackingNumber, String userId, Purpose purpose) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_personal_data_access"
        + " WHERE tracking_number = ? AND user_id = ? AND purpose = ?", Integer.class,
        trackingNumber, userId, purpose.name());
    return count == null ? 0 : count;
  }

  public int count(String trackingNumber, String userId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_personal_data_access"
        + " WHERE tracking_number = ? AND user_id = ?", Integer.class, trackingNumber, userId);
    return count == null ? 0 : count;
  }
}
