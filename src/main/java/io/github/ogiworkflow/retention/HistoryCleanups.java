package io.github.ogiworkflow.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of process history the engine's own cleanup removes at the end of its archive
 * period ({@code ogi_history_cleanup}, ADR 0165): one row per instance and removal time, noted
 * before the cleanup can reach it and settled once the history is gone (or kept after all).
 * Written by {@link CleanupRecorder}; read by the audit trail.
 */
@Repository
public class HistoryCleanups {

  /** Where a noted instance stands. */
  public enum Status {
    /** Its removal time has passed or is about to: the engine's cleanup will remove it. */
    DUE,
    /** Its history is gone. */
    REMOVED,
    /** Its removal time was moved later or cleared before the cleanup reached it. */
    KEPT
  }

  /** One noted instance. {@code cleanupRanAt}: the engine's first cleanup run after removal. */
  public record Entry(long id, String processInstanceId, String caseRef, String processKey,
      String processName, Integer periodYears, Instant endedAt, Instant removalTime,
      Instant notedAt, Status status, Instant settledAt, Instant cleanupRanAt) {}

  private static final String COLUMNS = "id, process_instance_id, case_ref, process_key,"
      + " process_name, period_years, ended_at, removal_time, noted_at, status, settled_at,"
      + " cleanup_ran_at";

  private final JdbcTemplate jdbc;

  public HistoryCleanups(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Notes an instance due for removal at {@code removalTime}; false when it is already noted
   * (as due, or with this removal time), also by another node at the same moment.
   */
  boolean noteDue(String processInstanceId, String caseRef, String processKey,
      String processName, Integer periodYears, Instant endedAt, Instant removalTime,
      Instant now) {
    Integer noted = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_history_cleanup"
        + " WHERE process_instance_id = ? AND (status = 'DUE' OR removal_time = ?)",
        Integer.class, processInstanceId, Timestamp.from(removalTime));
    if (noted != null && noted > 0) {
      return false;
    }
    try {
      jdbc.update("INSERT INTO ogi_history_cleanup (process_instance_id, case_ref, process_key,"
          + " process_name, period_years, ended_at, removal_time, noted_at, status)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DUE')", processInstanceId, caseRef, processKey,
          processName, periodYears, endedAt == null ? null : Timestamp.from(endedAt),
          Timestamp.from(removalTime), Timestamp.from(now));
      return true;
    } catch (DuplicateKeyException byAnotherNode) {
      return false;
    }
  }

  /** The rows still due, oldest first. */
  List<Entry> due() {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_history_cleanup WHERE status = 'DUE'"
        + " ORDER BY id", HistoryCleanups::entry);
  }

  /** Settles a due row once; a row another node settled first stays as it is. */
  void settle(long id, Status status, Instant at, Instant cleanupRanAt) {
    jdbc.update("UPDATE ogi_history_cleanup SET status = ?, settled_at = ?, cleanup_ran_at = ?"
        + " WHERE id = ? AND status = 'DUE'", status.name(), Timestamp.from(at),
        cleanupRanAt == null ? null : Timestamp.from(cleanupRanAt), id);
  }

  /** The case's noted instances, oldest first. */
  public List<Entry> of(String caseRef) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_history_cleanup WHERE case_ref = ?"
        + " ORDER BY id", HistoryCleanups::entry, caseRef);
  }

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    int years = rs.getInt(6);
    Integer period = rs.wasNull() ? null : years;
    return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), period, instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
        instant(rs.getTimestamp(9)), Status.valueOf(rs.getString(10)),
        instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)));
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
