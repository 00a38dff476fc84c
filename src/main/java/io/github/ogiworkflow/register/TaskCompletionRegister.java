package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who completed each user task, with his name at the completion (ogi_task_completion, V109,
 * ADR 0153): the engine's history keeps the user id only, so the audit trail names him as he was
 * named then, not as his account is named when the trail is read.
 */
@Repository
public class TaskCompletionRegister {

  /** A completion as recorded: the user id and his name then (null if none was found). */
  public record Completion(String userId, String userName) {}

  private final JdbcTemplate jdbc;

  public TaskCompletionRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the completion of {@code taskId}; a task is completed once. */
  public void record(String taskId, String processInstanceId, String userId, String userName) {
    jdbc.update("INSERT INTO ogi_task_completion (task_id, process_instance_id, completed_by,"
        + " completed_by_name, completed_at) VALUES (?, ?, ?, ?, ?)", taskId, processInstanceId,
        userId, userName, Timestamp.from(OfficeTime.now()));
  }

  /** The completions recorded for the tasks of an instance, by task id. */
  public Map<String, Completion> of(String processInstanceId) {
    Map<String, Completion> found = new HashMap<>();
    jdbc.query("SELECT task_id, completed_by, completed_by_name FROM ogi_task_completion"
        + " WHERE process_instance_id = ?", rs -> {
          found.put(rs.getString(1), new Completion(rs.getString(2), rs.getString(3)));
        }, processInstanceId);
    return found;
  }
}
