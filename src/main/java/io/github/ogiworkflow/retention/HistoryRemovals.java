package io.github.ogiworkflow.retention;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of changes to a case's process history that the server accepted
 * ({@code ogi_history_removal}, audit 34b F1, ADR 0156): who, when, which case and what. Read by
 * the audit trail, which shows them even after the history itself is gone.
 */
@Repository
public class HistoryRemovals {

  /** What was done to the history. */
  public enum Action {
    DELETE_HISTORY("删除流程历史记录"),
    DELETE_VARIABLES("删除流程历史变量"),
    MOVE_REMOVAL_TIME("推迟流程历史记录清除时间"),
    KEEP_FOREVER("取消流程历史记录清除时间（长期保存）");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One accepted change. {@code removalTime}: the new one, for a moved removal time. */
  public record Entry(String caseRef, String processInstanceId, String processKey, Action action,
      String detail, Instant removalTime, String requestedBy, String requestedByName,
      Instant requestedAt) {}

  private final JdbcTemplate jdbc;

  public HistoryRemovals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String caseRef, String processInstanceId, String processKey, Action action,
      String detail, Instant removalTime, String requestedBy, String requestedByName) {
    jdbc.update("INSERT INTO ogi_history_removal (case_ref, process_instance_id, process_key,"
        + " action, detail, removal_time, requested_by, requested_by_name, requested_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", caseRef, processInstanceId, processKey,
        action.name(), detail, removalTime == null ? null : Timestamp.from(removalTime),
        requestedBy, requestedByName, Timestamp.from(OfficeTime.now()));
  }

  /** The case's accepted changes, oldest first. */
  public List<Entry> of(String caseRef) {
    return jdbc.query("SELECT case_ref, process_instance_id, process_key, action, detail,"
        + " removal_time, requested_by, requested_by_name, requested_at FROM ogi_history_removal"
        + " WHERE case_ref = ? ORDER BY id", (rs, n) -> {
          Timestamp removal = rs.getTimestamp(6);
          return new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
              Action.valueOf(rs.getString(4)), rs.getString(5),
              removal == null ? null : removal.toInstant(), rs.getString(7), rs.getString(8),
              rs.getTimestamp(9).toInstant());
        }, caseRef);
  }
}
