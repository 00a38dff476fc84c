package io.github.ogiworkflow.bench;

import io.github.ogiworkflow.process.ProcessKeys;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What one case of the lifecycle benchmark leaves in the database, ours against the bare model:
 * the history rows per table, attributed by root process instance (the release checks' decision
 * evaluations too: they run inside the case's steps), and our register's rows. Explains the
 * latency ratio by the work the engine is asked to record (docs/benchmarks.md, 2026-12-04,
 * fourth round).
 */
final class RowsPerCase {

  /** History tables that carry the root process instance of each row. */
  static final List<String> HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST",
      "ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK", "ACT_HI_VARINST", "ACT_HI_DETAIL",
      "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT");

  private RowsPerCase() {}

  /** The report's lines; {@code casesEach} = cases run of each model, warm-up included. */
  static String of(DataSource dataSource, int casesEach) {
    StringBuilder out = new StringBuilder(String.format(
        "  rows per case, ours / bare (history by root instance, %d cases each):%n", casesEach));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      double oursTotal = 0;
      double bareTotal = 0;
      for (String table : HISTORY) {
        double ours = count(statement, byRoot(table, ProcessKeys.DISCLOSURE_REQUEST)) / casesEach;
        double bare = count(statement, byRoot(table, LifecycleBenchmark.BARE_PROCESS)) / casesEach;
        oursTotal += ours;
        bareTotal += bare;
        out.append(String.format("    %-20s %6.1f / %5.1f%n", table, ours, bare));
      }
      List<String> registerTables = registerTables(statement);
      if (registerTables.isEmpty()) {
        out.append("    (no ogi_* tables found: the register's rows are not counted)\n");
      }
      double register = 0;
      for (String table : registerTables) {
        register += count(statement, "SELECT COUNT(*) FROM " + table) / casesEach;
      }
      out.append(String.format("    %-20s %6.1f / %5.1f%n", "register (ogi_*)", register, 0.0));
      out.append(String.format("    %-20s %6.1f / %5.1f%n", "all", oursTotal + register,
          bareTotal));
    } catch (SQLException e) {
      out.append("    (rows not counted: ").append(e.getMessage()).append(")\n");
    }
    return out.toString();
  }

  private static String byRoot(String table, String rootDefinitionKey) {
    return "SELECT COUNT(*) FROM " + table + " t JOIN ACT_HI_PROCINST root"
        + " ON root.ID_ = t.ROOT_PROC_INST_ID_ WHERE root.PROC_DEF_KEY_ = '" + rootDefinitionKey
        + "'";
  }

  private static List<String> registerTables(Statement statement) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet names = statement.executeQuery("SELECT TABLE_NAME FROM"
        + " INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_SCHEMA) = 'public'"
        + " AND LOWER(TABLE_NAME) LIKE 'ogi%' AND LOWER(TABLE_NAME) <> 'ogi_schema_history'")) {
      while (names.next()) {
        tables.add(names.getString(1));
      }
    }
    return tables;
  }

  private static double count(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
