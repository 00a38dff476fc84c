package io.github.ogiworkflow.enginerest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes for the Tasklist page shortcut (ADR 0017). On the engine's task table, the orders
 * Tasklist pages the seeded filters by: the filters' own order (due date, earliest first)
 * followed by Tasklist's sorting (the engine indexes the creation time alone only). On the
 * identity links, a task's candidate groups in one lookup ({@link #CANDIDATES}) and a group's
 * candidate tasks ({@link #GROUP_TASKS}); the suspended tasks ({@link #SUSPENDED}). Created at
 * start-up, after the engine has set up its schema, with {@code IF NOT EXISTS} on H2 and
 * PostgreSQL; they change no data.
 */
final class TaskListIndexes {

  /** A task's candidate groups: the EXISTS of the group filters reads only this index. */
  static final String CANDIDATES = "OGI_IDX_IDENT_LNK_TASK";
  /** A group's candidate tasks: 本组待办's total counts them from this index alone. */
  static final String GROUP_TASKS = "OGI_IDX_IDENT_LNK_GROUP_TASK";
  /** The suspended tasks, which 本组待办's total leaves out, without reading every task. */
  static final String SUSPENDED = "OGI_IDX_TASK_SUSPENDED";

  /** One column of an order: the task table's column and its direction. */
  record Order(String column, boolean ascending) {
    Order reversed() {
      return new Order(column, !ascending);
    }

    String sql() {
      return column + (ascending ? " ASC" : " DESC");
    }
  }

  /** An index walking the task table in one order (or, read backwards, in its reverse). */
  record SortIndex(String name, List<Order> order) {
    boolean serves(List<Order> wanted) {
      return order.equals(wanted) || order.stream().map(Order::reversed).toList().equals(wanted);
    }
  }

  static final List<SortIndex> INDEXES = List.of(
      new SortIndex("ACT_IDX_TASK_CREATE", List.of(new Order("CREATE_TIME_", true))), // engine's
      new SortIndex("OGI_IDX_TASK_DUE", List.of(new Order("DUE_DATE_", true))),
      new SortIndex("OGI_IDX_TASK_DUE_NEWEST", List.of(new Order("DUE_DATE_", true),
          new Order("CREATE_TIME_", false))),
      new SortIndex("OGI_IDX_TASK_DUE_OLDEST", List.of(new Order("DUE_DATE_", true),
          new Order("CREATE_TIME_", true))));

  private static final Logger LOG = LoggerFactory.getLogger(TaskListIndexes.class);

  private TaskListIndexes() {}

  /** The index that walks the table in this order, if there is one. */
  static Optional<SortIndex> serving(List<Order> order) {
    return INDEXES.stream().filter(index -> index.serves(order)).findFirst();
  }

  /**
   * Creates the missing indexes; answers whether index hints can be given (H2, all indexes in
   * place). PostgreSQL's planner finds an index for ORDER BY ... LIMIT without a hint.
   */
  static boolean ensure(DataSource dataSource, ManagementService management) {
    String table = management.getTableName(Task.class);
    String links = table.replace("ACT_RU_TASK", "ACT_RU_IDENTITYLINK");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      boolean h2 = connection.getMetaData().getDatabaseProductName()
          .toLowerCase(Locale.ROOT).contains("h2");
      for (SortIndex index : INDEXES) {
        if (index.name().startsWith("OGI_")) {
          statement.execute("CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + table + " ("
              + index.order().stream().map(Order::sql).collect(Collectors.joining(", ")) + ")");
        }
      }
      statement.execute("CREATE INDEX IF NOT EXISTS " + CANDIDATES + " ON " + links
          + " (TASK_ID_, GROUP_ID_, TYPE_)");
      statement.execute("CREATE INDEX IF NOT EXISTS " + GROUP_TASKS + " ON " + links
          + " (GROUP_ID_, TYPE_, TASK_ID_)");
      statement.execute("CREATE INDEX IF NOT EXISTS " + SUSPENDED + " ON " + table
          + " (SUSPENSION_STATE_, ASSIGNEE_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return h2;
    } catch (SQLException e) {
      // Tasklist still works without them, only slower with many open tasks.
      LOG.warn("Could not create the task sort indexes: {}", e.getMessage());
      return false;
    }
  }
}
