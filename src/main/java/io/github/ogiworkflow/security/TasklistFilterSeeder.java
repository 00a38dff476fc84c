package io.github.ogiworkflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.security.AuthorizationMatrix.Grant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds the Tasklist filters: 我的待办 for every staff member, and per staff group 本组待办,
 * 本组已认领, 即将到期 and 已超期, each readable by that group only. There is deliberately no "all tasks"
 * filter. A filter is recognised by its {@value #SEED_KEY} property, so re-seeding creates
 * nothing twice and leaves filters that staff created themselves alone.
 */
@Component
public class TasklistFilterSeeder {

  static final String SEED_KEY = "ogiSeedKey";
  /**
   * Every seeded filter sorts by the step's due date, earliest first; Tasklist's own sorting
   * comes after it (the engine appends an extending query's order to the filter's).
   */
  public static final String STORED_SORT_BY = "dueDate";
  /** Working days ahead that count as 即将到期 (deadline/DueSoonDates sets the follow-up dates). */
  static final int DUE_SOON_DAYS = OfficeTime.DUE_SOON_WORKING_DAYS;

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterSeeder.class);
  private static final ObjectMapper QUERY_JSON = new ObjectMapper();

  private final FilterService filterService;
  private final TaskService taskService;
  private final AccessSeeder accessSeeder;

  public TasklistFilterSeeder(
      FilterService filterService, TaskService taskService, AccessSeeder accessSeeder) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.accessSeeder = accessSeeder;
  }

  /** Seeds the filters and their grants; returns how many filters it created or updated. */
  public int seed() {
    Map<Object, Filter> seededByKey = new HashMap<>();
    for (Filter filter : filterService.createFilterQuery().filterResourceType("Task").list()) {
      if (filter.getProperties() != null && filter.getProperties().get(SEED_KEY) != null) {
        seededByKey.putIfAbsent(filter.getProperties().get(SEED_KEY), filter);
      }
    }
    List<Grant> grants = new ArrayList<>();
    List<String> written = new ArrayList<>();
    Filter mine = ensureFilter(seededByKey, written, "mine", "我的待办", "分配给我的任务", 10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc());
    for (Groups group : Groups.taskGroups()) {
      grants.add(new Grant(group, Resources.FILTER, mine.getId(), READ));

      Filter unassigned = ensureFilter(seededByKey, written, group.id() + ".group", "本组待办",
          group.chineseName() + "尚未认领的任务", 20,
          taskService.createTaskQuery().taskCandidateGroup(group.id())
              .orderByDueDate().asc());
      // Audit 35a F8: a task a colleague claimed (a leader's 领导审批答复 before leave) left
      // every list but his own until due soon; the group sees it here and may take it over.
      // The same candidate-group query as 即将到期, without per-task variable reads (issue 18).
      Filter claimed = ensureFilter(seededByKey, written, group.id() + ".claimed", "本组已认领",
          group.chineseName() + "已由本组人员认领、尚未办结的任务（认领人不在时可由本组其他人员接手）", 25,
          taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks()
              .taskAssigned()
              .orderByDueDate().asc());
      // Both name the deadline they use: the step's own 办理期限 (the task's due date), which
      // for the completeness check is the 补正告知 deadline, not the reply deadline.
      Filter dueSoon = ensureFilter(seededByKey, written, group.id() + ".dueSoon",
          "即将到期（" + DUE_SOON_DAYS + "个工作日内）",
          group.chineseName() + "本环节办理期限在" + DUE_SOON_DAYS
              + "个工作日内到期的任务（含已认领，按法定工作日计算）", 30,
          taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks()
              .dueAfterExpression("${now()}")
              .followUpBeforeExpression("${now()}")
              .orderByDueDate().asc());
      Filter overdue = ensureFilter(seededByKey, written, group.id() + ".overdue",
          "已超期（本环节办理期限）",
          group.chineseName() + "已过本环节办理期限的任务（含已认领）", 40,
          taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks()
              .dueBeforeExpression("${now()}")
              .orderByDueDate().asc());
      for (Filter filter : List.of(unassigned, claimed, dueSoon, overdue)) {
        grants.add(new Grant(group, Resources.FILTER, filter.getId(), READ));
      }
    }
    accessSeeder.ensureGrants(grants);
    return written.size();
  }

  /** What a seeded filter selects, read from its seed key; empty for filters staff made. */
  public static Optional<SeededFilter> describe(Filter filter) {
    Object key = filter.getProperties() == null ? null : filter.getProperties().get(SEED_KEY);
    if (key == null) {
      return Optional.empty();
    }
    if ("mine".equals(key)) {
      return Optional.of(new SeededFilter(Selection.ASSIGNED_TO_ME, null));
    }
    for (Groups group : Groups.taskGroups()) {
      for (Selection selection : Selection.values()) {
        if (selection.suffix != null && key.equals(group.id() + selection.suffix)) {
          return Optional.of(new SeededFilter(selection, group.id()));
        }
      }
    }
    return Optional.empty();
  }

  /** The tasks a seeded filter lists (its query in {@link #seed()}). */
  public enum Selection {
    /** 我的待办: assigned to the caller. */
    ASSIGNED_TO_ME(null),
    /** 本组待办: the group is a candidate, nobody has claimed it. */
    GROUP_UNCLAIMED(".group"),
    /** 本组已认领: the group is a candidate, someone has claimed it (audit 35a F8). */
    GROUP_CLAIMED(".claimed"),
    /** 即将到期: the group is a candidate (claimed or not), due later, follow-up date passed. */
    GROUP_DUE_SOON(".dueSoon"),
    /** 已超期: the group is a candidate (claimed or not), due date passed. */
    GROUP_OVERDUE(".overdue");

    private final String suffix;

    Selection(String suffix) {
      this.suffix = suffix;
    }
  }

  /** A seeded filter: what it selects and, for the group filters, whose group. */
  public record SeededFilter(Selection selection, String groupId) {}

  private Filter ensureFilter(Map<Object, Filter> seededByKey, List<String> written, String key,
      String name, String description, int priority, TaskQuery query) {
    Filter existing = seededByKey.get(key);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SEED_KEY, key);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    // Shown in every list entry without expanding it (Tasklist styles/user-styles.css). The
    // 答复期限 as its text: a date without a time of day, marked 暂算 where provisional.
    properties.put("variables", List.of(
        column(ProcessVariables.TRACKING_NUMBER, "受理编号"),
        column(ProcessVariables.APPLICANT_NAME, "申请人"),
        column(ProcessVariables.REPLY_DUE_DATE_TEXT, "答复期限")));
    // A seeded filter is ours: an existing one is brought up to date (name, query, columns),
    // and left untouched when it already is (this runs at every start).
    if (existing != null && name.equals(existing.getName())
        && properties.equals(existing.getProperties())
        && queryJson(query).equals(queryJson(existing.getQuery()))) {
      return existing;
    }
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
    filter.setName(name).setProperties(properties).setQuery(query);
    filterService.saveFilter(filter);
    written.add(key);
    LOG.info("{} Tasklist filter {} ({})", existing != null ? "Updated" : "Created", name, key);
    return filter;
  }

  /** A task query as the REST API writes it: criteria, expressions and sorting. */
  private static String queryJson(Query<?, ?> query) {
    try {
      return QUERY_JSON.writeValueAsString(TaskQueryDto.fromQuery(query));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Tasklist filter query not serialisable", e);
    }
  }

  private static Map<String, String> column(String variable, String label) {
    return Map.of("name", variable, "label", label);
  }
}
