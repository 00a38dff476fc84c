package io.github.ogiworkflow.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fast seeding for the Tasklist benchmark: copies the runtime rows of the registered cases
 * (executions, the open task, its candidate-group link and task authorization, the variables)
 * under new ids, round after round, until the office has enough open tasks. What the filter
 * query reads is then as if that many cases had been registered; what it does not read (history,
 * the register, timers) is not copied. Portable SQL for H2 and PostgreSQL.
 */
final class RuntimeClones {

  /** Columns that hold ids of copied rows, per table: they get the round's suffix. */
  private static final Map<String, List<String>> ID_COLUMNS = Map.of(
      "ACT_RU_EXECUTION", List.of("ID_", "ROOT_PROC_INST_ID_", "PROC_INST_ID_", "PARENT_ID_",
          "BUSINESS_KEY_", "ACT_INST_ID_"),
      "ACT_RU_TASK", List.of("ID_", "EXECUTION_ID_", "PROC_INST_ID_"),
      "ACT_RU_IDENTITYLINK", List.of("ID_", "TASK_ID_"),
      "ACT_RU_VARIABLE", List.of("ID_", "EXECUTION_ID_", "PROC_INST_ID_", "VAR_SCOPE_",
          "TASK_ID_"),
      "ACT_RU_AUTHORIZATION", List.of("ID_", "RESOURCE_ID_"));

  private RuntimeClones() {}

  /** Copies until {@code target} open office tasks exist; returns the number of copies made. */
  static int cloneUntil(JdbcTemplate jdbc, int target) {
    String originals = "SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ ="
        + " 'Task_CheckCompleteness' AND PROC_INST_ID_ NOT LIKE '%~c%'";
    int base = jdbc.queryForObject("SELECT COUNT(*) FROM (" + originals + ") o", Integer.class);
    int copies = 0;
    for (int round = 1; base > 0 && open(jdbc) < target; round++) {
      String suffix = "~c" + round;
      if (jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE ID_ LIKE ?", Integer.class,
          "%" + suffix) > 0) {
        continue; // this round was copied by an earlier run
      }
      int wanted = Math.min(base, target - open(jdbc));
      String instances = "SELECT PROC_INST_ID_ FROM (" + originals
          + " ORDER BY PROC_INST_ID_) o FETCH FIRST " + wanted + " ROWS ONLY";
      String tasks = "SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (" + instances + ")";
      // Parents before children (the table refers to itself).
      String level = "PARENT_ID_ IS NULL";
      for (int depth = 0; depth < 10; depth++) {
        int copied = copy(jdbc, "ACT_RU_EXECUTION", suffix, "PROC_INST_ID_ IN (" + instances
            + ") AND " + level);
        if (copied == 0 && depth > 0) {
          break;
        }
        level = "PARENT_ID_ IN (SELECT ID_ FROM ACT_RU_EXECUTION WHERE " + level + ")";
      }
      copy(jdbc, "ACT_RU_TASK", suffix, "PROC_INST_ID_ IN (" + instances + ")");
      copy(jdbc, "ACT_RU_IDENTITYLINK", suffix, "TASK_ID_ IN (" + tasks + ")");
      copy(jdbc, "ACT_RU_VARIABLE", suffix, "PROC_INST_ID_ IN (" + instances + ")");
      copy(jdbc, "ACT_RU_AUTHORIZATION", suffix, "RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ IN ("
          + tasks + ")");
      copies += wanted;
    }
    return copies;
  }

  private static int open(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ ="
        + " 'Task_CheckCompleteness'", Integer.class);
  }

  private static int copy(JdbcTemplate jdbc, String table, String suffix, String where) {
    List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
        + " WHERE UPPER(table_name) = ? ORDER BY ordinal_position", String.class, table);
    List<String> ids = ID_COLUMNS.get(table);
    String select = columns.stream().map(c -> ids.contains(c.toUpperCase())
            ? "CASE WHEN " + c + " IS NULL THEN NULL ELSE " + c + " || '" + suffix + "' END"
            : c)
        .collect(Collectors.joining(", "));
    return jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
        + " FROM " + table + " WHERE " + where);
  }
}
