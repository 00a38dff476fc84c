package io.github.ogiworkflow.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL only: statistics that let the planner see how many authorizations the task query's
 * authorization check really matches (docs/benchmarks.md, benchmark 2).
 *
 * <p>The engine grants a task's candidate group READ on that task, so there is one authorization
 * row per open task. The check filters them on {@code PERMS_ & 2 = 2} (task READ) and
 * {@code PERMS_ & 64 = 64} (definition READ_TASK); PostgreSQL guesses 0.5 % for such expressions,
 * expects ~80 rows instead of one per task and joins every task against all of them
 * (20 s with 10,000 open cases) instead of probing the existing index on RESOURCE_ID_ per task.
 * Expression statistics (PostgreSQL 14+) fix the estimate. Not in Flyway: H2 has no such
 * statement and the engine creates the table. Idempotent; analyzes once when created.
 */
@Component
class TaskAuthorizationStatistics implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(TaskAuthorizationStatistics.class);

  private static final String[][] STATISTICS = {
    {"ogi_auth_perm_read", "(perms_ & 2)"},
    {"ogi_auth_perm_read_task", "(perms_ & 64)"},
  };

  private final DataSource dataSource;

  TaskAuthorizationStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterSingletonsInstantiated() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      if (!"PostgreSQL".equals(meta.getDatabaseProductName())
          || meta.getDatabaseMajorVersion() < 14) {
        return;
      }
      boolean created = false;
      try (Statement statement = connection.createStatement()) {
        for (String[] stat : STATISTICS) {
          if (!exists(statement, stat[0])) {
            statement.execute("CREATE STATISTICS IF NOT EXISTS " + stat[0] + " ON " + stat[1]
                + " FROM act_ru_authorization");
            created = true;
          }
        }
        if (created) {
          statement.execute("ANALYZE act_ru_authorization");
          LOG.info("Created planner statistics on act_ru_authorization permissions");
        }
      }
    } catch (SQLException e) {
      // Only a planner hint: the application works without it, just slower on large task lists.
      LOG.warn("Could not create planner statistics on act_ru_authorization", e);
    }
  }

  private static boolean exists(Statement statement, String name) throws SQLException {
    try (ResultSet rows = statement.executeQuery(
        "SELECT 1 FROM pg_statistic_ext WHERE stxname = '" + name + "'")) {
      return rows.next();
    }
  }
}
