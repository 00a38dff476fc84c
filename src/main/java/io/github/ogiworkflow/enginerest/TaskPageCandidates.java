package io.github.ogiworkflow.enginerest;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.enginerest.TaskListIndexes.Order;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.security.TasklistFilterSeeder.SeededFilter;
import io.github.ogiworkflow.security.TasklistFilterSeeder.Selection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The tasks on one page of a seeded Tasklist filter, read along an index in the page's order
 * (issue 18). The engine's own statement for a filter joins every candidate task with the
 * caller's authorization rows and sorts them all before it takes 15, so it grows with the open
 * tasks; this walk reads the rows up to the page's end and stops.
 *
 * <p>The result is the first {@code firstResult + maxResults} tasks of the filter in the full
 * order. The engine then runs the filter restricted to these ids ({@code taskIdIn}), with its
 * own criteria, authorization checks, ordering and paging, so what the caller sees is decided
 * by the engine as before; rows this walk let through wrongly would be dropped there.
 */
final class TaskPageCandidates {

  /** Deeper pages go the engine's own way. */
  static final int MAX_CANDIDATES = 500;

  /** Tasklist's sort keys that are plain columns of the task table. */
  static final Map<String, String> COLUMNS = Map.of("dueDate", "DUE_DATE_",
      "followUpDate", "FOLLOW_UP_DATE_", "created", "CREATE_TIME_", "priority", "PRIORITY_",
      "name", "NAME_", "assignee", "ASSIGNEE_", "id", "ID_");

  private final TaskService tasks;
  private final IdentityService identity;
  private final String taskTable;
  private final String linkTable;
  private final boolean indexHints;

  TaskPageCandidates(TaskService tasks, IdentityService identity, ManagementService management,
      boolean indexHints) {
    this.tasks = tasks;
    this.identity = identity;
    this.taskTable = management.getTableName(Task.class);
    // The engine names the identity links' table only for its entity class (not public API):
    // it carries the same prefix as the task table.
    this.linkTable = taskTable.replace("ACT_RU_TASK", "ACT_RU_IDENTITYLINK");
    this.indexHints = indexHints;
  }

  /**
   * The ids of the tasks up to the end of the page {@code [firstResult, firstResult +
   * maxResults)} in {@code order}, or empty when the page is too deep.
   */
  Optional<Set<String>> find(SeededFilter filter, String userId, boolean activeOnly,
      List<Order> order, int firstResult, int maxResults) {
    int pageEnd = firstResult + maxResults;
    if (pageEnd > MAX_CANDIDATES) {
      return Optional.empty();
    }
    String where = where(filter, activeOnly);
    // H2 would otherwise read the whole assignee or identity-link index and sort every row;
    // PostgreSQL's planner takes the ordered index for ORDER BY ... LIMIT by itself.
    String hint = indexHints ? TaskListIndexes.serving(order)
        .map(index -> " USE INDEX (" + index.name() + ")").orElse("") : "";
    String sql = "SELECT RES.* FROM " + taskTable + " RES" + hint + " WHERE " + where
        + " ORDER BY " + order.stream().map(o -> "RES." + o.sql())
            .collect(Collectors.joining(", "));
    // A native query is not authorization-checked; without a caller set it needs no grant at
    // all. Only ids leave this class, and the engine checks them again for the caller.
    Set<String> ids = new LinkedHashSet<>();
    WithoutAuthorizations.call(identity, () -> query(sql, filter, userId).listPage(0, pageEnd))
        .forEach(task -> ids.add(task.getId()));
    return Optional.of(ids);
  }

  /**
   * How many tasks the filter lists in all: the engine would count only the page's candidates
   * once {@code taskIdIn} is set, and Tasklist pages on with that figure.
   */
  long count(SeededFilter filter, String userId, boolean activeOnly) {
    String sql = filter.selection() == Selection.GROUP_UNCLAIMED
        ? unclaimedCount(activeOnly)
        : "SELECT COUNT(*) FROM " + taskTable + " RES WHERE " + where(filter, activeOnly);
    return WithoutAuthorizations.call(identity, () -> query(sql, filter, userId).count());
  }

  /**
   * 本组待办's total as the group's candidate tasks less those claimed (or suspended): read from
   * the links' index alone, the first part costs a fraction of testing every unclaimed task for
   * a link (about 3 ms against 15-30 ms on H2 at 10,000), and few tasks are claimed at a time.
   * One statement, so both parts see the same tasks. A task can carry the same candidate group
   * twice (the engine does not merge links), hence DISTINCT.
   */
  private String unclaimedCount(boolean activeOnly) {
    String linked = "SELECT COUNT(DISTINCT L.TASK_ID_) FROM " + linkTable + " L"
        + (indexHints ? " USE INDEX (" + TaskListIndexes.GROUP_TASKS + ")" : "")
        + " WHERE L.GROUP_ID_ = #{groupId} AND L.TYPE_ = 'candidate' AND L.TASK_ID_ IS NOT NULL";
    // 2 = suspended, the engine's only other state; "= 2" lets PostgreSQL read the few claimed
    // or suspended tasks from two indexes (about 6 ms at 53,000 open tasks) where "<> 1" read
    // the whole table (130 ms; docs/benchmarks.md, session 26).
    String notListed = indexHints ? notListedOnH2(activeOnly)
        : "SELECT COUNT(*) FROM " + taskTable + " RES WHERE (RES.ASSIGNEE_ IS NOT NULL"
            + (activeOnly ? " OR RES.SUSPENSION_STATE_ = 2" : "") + ") AND " + candidate();
    return "SELECT (" + linked + ") - (" + notListed + ")";
  }

  /**
   * The group's claimed (or suspended) tasks on H2, whose planner serves neither an OR nor
   * {@code IS NOT NULL} from an index: it read every open task, about 30 ms of 本组待办's page at
   * 10,000 (docs/benchmarks.md, session 29). Two counts over disjoint rows instead, each along an
   * index: {@code >= ''} holds for every assignee that is not null (no string sorts before the
   * empty one), and the suspended ones without an assignee.
   */
  private String notListedOnH2(boolean activeOnly) {
    String claimed = "SELECT COUNT(*) FROM " + taskTable + " RES WHERE RES.ASSIGNEE_ >= '' AND "
        + candidate();
    return activeOnly ? "(" + claimed + ") + (SELECT COUNT(*) FROM " + taskTable + " RES WHERE"
        + " RES.SUSPENSION_STATE_ = 2 AND RES.ASSIGNEE_ IS NULL AND " + candidate() + ")"
        : claimed;
  }

  private static Map<String, Object> parameters(SeededFilter filter, String userId) {
    return Map.of("userId", userId,
        "groupId", Objects.requireNonNullElse(filter.groupId(), ""),
        "now", Date.from(OfficeTime.now()));
  }

  private String where(SeededFilter filter, boolean activeOnly) {
    // 1 = active: the engine's suspension state of a task.
    return criteria(filter) + (activeOnly ? " AND RES.SUSPENSION_STATE_ = 1" : "");
  }

  /** The filter's query (security/TasklistFilterSeeder#seed) as SQL on the task table. */
  private String criteria(SeededFilter filter) {
    String candidate = candidate();
    return switch (filter.selection()) {
      case ASSIGNED_TO_ME -> "RES.ASSIGNEE_ = #{userId}";
      case GROUP_UNCLAIMED -> "RES.ASSIGNEE_ IS NULL AND " + candidate;
      // On H2 ">= ''" (every assignee that is not null) along the assignee index, as for the
      // claimed part of 本组待办's total; few tasks are claimed at a time.
      case GROUP_CLAIMED -> (indexHints ? "RES.ASSIGNEE_ >= ''" : "RES.ASSIGNEE_ IS NOT NULL")
          + " AND " + candidate;
      case GROUP_DUE_SOON -> candidate + " AND RES.DUE_DATE_ IS NOT NULL"
          + " AND RES.DUE_DATE_ > #{now} AND RES.FOLLOW_UP_DATE_ < #{now}";
      case GROUP_OVERDUE -> candidate + " AND RES.DUE_DATE_ IS NOT NULL"
          + " AND RES.DUE_DATE_ < #{now}";
    };
  }

  /** The group is a candidate of the task RES. */
  private String candidate() {
    // On H2 the planner may read every link of the group for each task instead.
    return "EXISTS (SELECT 1 FROM " + linkTable + " I"
        + (indexHints ? " USE INDEX (" + TaskListIndexes.CANDIDATES + ")" : "")
        + " WHERE I.TASK_ID_ = RES.ID_"
        + " AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ = #{groupId})";
  }

  private NativeTaskQuery query(String sql, SeededFilter filter, String userId) {
    NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
    parameters(filter, userId).forEach(query::parameter);
    return query;
  }
}
