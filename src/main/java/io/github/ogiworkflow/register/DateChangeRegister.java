package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Dates changed after they were entered (ogi_date_change): a date the office corrected, with
 * its reason, and a deadline recomputed when the State Council's holiday notice of a year
 * arrived. The case's audit trail shows each change with who, when, the old and the new date.
 */
@Repository
public class DateChangeRegister {

  /** Why a date changed. */
  public enum Kind {
    /** Entered wrongly and corrected by the office (issue 14, point 11). */
    CORRECTED,
    /** A deadline counted on a provisional year, counted again on the year's notice. */
    RECOMPUTED
  }

  /** The reason recorded for a recomputation. */
  public static final String RECOMPUTATION_REASON = "依国务院办公厅放假通知重算";
  /** The appeal window's closing day (the variable holding it is its text). */
  public static final String APPEAL_WINDOW_CLOSES_ON = "appealWindowClosesOn";

  /**
   * An item's Art. 26 publication due date (formed or changed + 20 working days), recorded under
   * its publication batch's number (ZDGK-…).
   */
  public static final String PUBLICATION_DUE_ON = "publicationDueOn";

  /** The day 跟进邮寄回执 is due (ADR 0061), moved with a corrected posting date. */
  public static final String SIGNED_FOR_FOLLOW_UP_ON = "signedForFollowUpOn";

  /** Who recomputes: the system, not a person. */
  public static final String SYSTEM = "系统";

  /** The dates that can change, by field name (the process variable's name where there is one). */
  public static final java.util.Map<String, String> FIELD_LABELS = java.util.Map.ofEntries(
      java.util.Map.entry("receivedOn", "收到申请日期"),
      java.util.Map.entry("deliveredOn", "送达日期"),
      java.util.Map.entry("feePaidOn", "缴费日期"),
      java.util.Map.entry("replyReceivedOn", "申请人签收日期"),
      java.util.Map.entry("terminationServedOn", "终止办理告知书送达日期"),
      java.util.Map.entry("terminationSignedForOn", "终止办理告知书签收日期"),
      java.util.Map.entry("withdrawnOn", "撤回申请日期"),
      java.util.Map.entry("supplementReceivedOn", "收到补正材料日期"),
      java.util.Map.entry("replyDueDate", "答复期限"),
      java.util.Map.entry("feeDueAt", "缴费期限"),
      java.util.Map.entry("correctionDeadline", "补正期限"),
      java.util.Map.entry(APPEAL_WINDOW_CLOSES_ON, "救济期限届满日"),
      java.util.Map.entry(PUBLICATION_DUE_ON, "发布期限"),
      java.util.Map.entry(SIGNED_FOR_FOLLOW_UP_ON, "跟进邮寄回执日期"));

  public static String label(String field) {
    return FIELD_LABELS.getOrDefault(field, field);
  }

  /**
   * A recorded change; {@code changedByName}: the maker's name when he made it (V94, ADR 0137),
   * null for 系统 and for changes recorded before.
   */
  public record DateChange(String trackingNumber, String field, Kind kind, LocalDate oldDate,
      LocalDate newDate, String reason, String changedBy, Instant changedAt,
      String changedByName) {}

  private final JdbcTemplate jdbc;

  public DateChangeRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String trackingNumber, String field, Kind kind, LocalDate oldDate,
      LocalDate newDate, String reason, String changedBy) {
    record(trackingNumber, field, kind, oldDate, newDate, reason, changedBy, null, null);
  }

  /**
   * As {@link #record(String, String, Kind, LocalDate, LocalDate, String, String)}, with the
   * case's reply deadline in force when the change was made (V90, ADR 0127: whether a corrected
   * delivery turned a late reply into a timely one is judged against it, not against a later
   * round's deadline); null where it does not matter. {@code changedByName}: the maker's name
   * as the identity service gives it at the act (V94, ADR 0137), kept for the trail and the
   * compliance list once the account is renamed or deleted; null for 系统.
   */
  public void record(String trackingNumber, String field, Kind kind, LocalDate oldDate,
      LocalDate newDate, String reason, String changedBy, LocalDate replyDueOn,
      String changedByName) {
    jdbc.update("""
        INSERT INTO ogi_date_change (tracking_number, field, kind, old_date, new_date, reason,
          changed_by, changed_at, reply_due_on, changed_by_name)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        trackingNumber, field, kind.name(), oldDate == null ? null : Date.valueOf(oldDate),
        Date.valueOf(newDate), reason, changedBy, Timestamp.from(OfficeTime.now()),
        replyDueOn == null ? null : Date.valueOf(replyDueOn), changedByName);
  }

  /** The name the changes recorded for {@code userId} (the latest), if any (ADR 0137). */
  public java.util.Optional<String> recordedName(String userId) {
    return jdbc.queryForList("SELECT changed_by_name FROM ogi_date_change WHERE changed_by = ?"
        + " AND changed_by_name IS NOT NULL ORDER BY id DESC", String.class, userId).stream()
        .findFirst();
  }

  public List<DateChange> of(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, field, kind, old_date, new_date, reason, changed_by, changed_at,
          changed_by_name
        FROM ogi_date_change WHERE tracking_number = ? ORDER BY changed_at, id""",
        (rs, i) -> new DateChange(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3)),
            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
            rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7),
            rs.getTimestamp(8).toInstant(), rs.getString(9)), trackingNumber);
  }
}
