package io.github.ogiworkflow.overview;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.LetterServiceSteps;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.RunningCase;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 期限监控: the open requests by reply due date (overdue, due soon, later) with
 * their open tasks and the counts per staff group. Working days come from the holiday calendar,
 * "today" from the engine clock.
 */
@Component
public class DeadlineOverview {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineOverview.class);

  private final CaseRegister register;
  private final PauseLedger pauses;
  private final WorkingDayCalendar calendar;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final StaffAccess access;
  private final DeadlineProperties limits;
  private final IdentityService identity;
  private final LetterServiceSteps serviceSteps;
  private final ProcessEngine engine;

  public DeadlineOverview(CaseRegister register, PauseLedger pauses, WorkingDayCalendar calendar,
      TaskService tasks, RuntimeService runtime, StaffAccess access, DeadlineProperties limits,
      IdentityService identity, LetterServiceSteps serviceSteps, ProcessEngine engine) {
    this.identity = identity;
    this.serviceSteps = serviceSteps;
    this.engine = engine;
    this.register = register;
    this.pauses = pauses;
    this.calendar = calendar;
    this.tasks = tasks;
    this.runtime = runtime;
    this.access = access;
    this.limits = limits;
  }

  /** An open task of a case, the group it is offered to and who holds it (id and 姓名). */
  public record OpenTask(String name, String group, String groupName, String assignee,
      String assigneeName) {}

  /**
   * One case: paused cases (consultation, unpaid fee) are never overdue or due soon.
   * {@code provisional}: the due date rests on a year without the State Council's holiday
   * notice, or was computed while it did and has not been recomputed since.
   */
  public record CaseDeadline(String trackingNumber, String processInstanceId,
      String applicantType, String applicantTypeLabel, LocalDate receivedOn, LocalDate dueOn,
      int workingDaysLeft, boolean paused, boolean provisional, List<OpenTask> tasks) {}

  /** Cases with an open task of the group. */
  public record GroupCount(String group, String name, int open, int overdue, int dueSoon) {}

  /**
   * "Due soon": at most {@code dueSoonWorkingDays} working days left (the reply reminder's).
   * {@code provisionalWarning}: for office and leadership when this year, next year or a
   * listed deadline lacks the holiday notice (e.g. "2027年节假日安排尚未公布，期限按法定节假日暂算"),
   * else null.
   */
  public record Overview(LocalDate today, int dueSoonWorkingDays, List<CaseDeadline> overdue,
      List<CaseDeadline> dueSoon, List<CaseDeadline> later, List<GroupCount> groups,
      String provisionalWarning, List<ServiceStepDue> letterServices) {}

  /**
   * 送达登记期限 (ADR 0122, 0126): an open 登记征求意见函送达 / 登记收费通知送达, the day its service
   * must be recorded by and whether that day has passed ({@code overdue}). While it waits the
   * case's clock is paused (the case is listed as 计时暂停), so this is the date that matters.
   */
  public record ServiceStepDue(String trackingNumber, String processInstanceId, String step,
      LocalDate issuedOn, LocalDate dueOn, int workingDaysLeft, boolean overdue) {}

  /**
   * The overview as of today. Callers check the group first; the lookups then run without the
   * caller's task authorizations, because a manager must see every group's cases, not only the
   * tasks offered to them (the overview shows no task data beyond name, group and assignee).
   */
  public Overview now() {
    return access.withoutAuthorizations(() -> {
      LocalDate today = OfficeTime.today();
      List<CaseDeadline> cases = load(today);
      Overview overview = classify(today, cases, limits.reminderWorkingDaysBefore(),
          provisionalWarning(today, cases));
      return new Overview(overview.today(), overview.dueSoonWorkingDays(), overview.overdue(),
          overview.dueSoon(), overview.later(), overview.groups(),
          overview.provisionalWarning(), letterServices(today));
    });
  }

  /** The open service steps (ADR 0122), overdue ones first (they are sorted by due day). */
  private List<ServiceStepDue> letterServices(LocalDate today) {
    return serviceSteps.open(engine).stream().map(s -> new ServiceStepDue(s.trackingNumber(),
        s.processInstanceId(), s.name(), s.issuedOn(), s.dueOn(),
        calendar.workingDaysBetween(today, s.dueOn()), s.dueOn().isBefore(today))).toList();
  }

  /**
   * The years without the notice that matter now: this year and next (deadlines late in the
   * year reach into it) and those of every listed deadline.
   */
  private String provisionalWarning(LocalDate today, List<CaseDeadline> cases) {
    SortedSet<Integer> years =
        new TreeSet<>(calendar.provisionalYearsBetween(today, today.plusYears(1)));
    for (CaseDeadline c : cases) {
      years.addAll(calendar.provisionalYearsBetween(c.receivedOn(), c.dueOn()));
    }
    return years.isEmpty() ? null : WorkingDayCalendar.provisionalWarning(years);
  }

  private List<CaseDeadline> load(LocalDate today) {
    List<RunningCase> running = register.withRunningClock();
    if (running.isEmpty()) {
      return List.of();
    }
    Map<String, List<OpenTask>> tasksByCase = openTasksByCase(
        running.stream().map(RunningCase::trackingNumber).toArray(String[]::new));
    Set<String> paused = pauses.pausedCases();
    Set<String> computedProvisionally = computedProvisionally(running);
    List<CaseDeadline> cases = new ArrayList<>();
    List<String> withoutInstance = new ArrayList<>();
    for (RunningCase c : running) {
      if (c.processInstanceId() == null) {
        withoutInstance.add(c.trackingNumber());
      }
      // A running register row without an instance (a data fault) is still listed by its
      // register row: its reply clock runs; it has no open task and no engine variable.
      boolean provisional = replyDueProvisional(c.processInstanceId() != null
          && computedProvisionally.contains(c.processInstanceId()), c.firstReceivedOn(),
          c.dueOn(), c.orderedDueOn());
      cases.add(new CaseDeadline(c.trackingNumber(), c.processInstanceId(), c.applicantType(),
          applicantTypeLabel(c.applicantType()), c.firstReceivedOn(), c.dueOn(),
          calendar.workingDaysBetween(today, c.dueOn()), paused.contains(c.trackingNumber()),
          provisional, tasksByCase.getOrDefault(c.trackingNumber(), List.of())));
    }
    warnWithoutInstance(withoutInstance);
    return cases;
  }

  /**
   * The rows of the data fault this node has logged at WARN since it started (ADR 0184): every
   * load of 领导视图 and 期限监控 lists them again, and a warning per load buried the log; each
   * row is warned of once per node run, later loads log at DEBUG. Bounded: past
   * {@link #MAX_WARNED_ROWS} the memory starts afresh (a row is then warned of once more).
   */
  private final Set<String> warnedWithoutInstance = ConcurrentHashMap.newKeySet();

  static final int MAX_WARNED_ROWS = 10_000;

  private void warnWithoutInstance(List<String> withoutInstance) {
    if (withoutInstance.isEmpty()) {
      return;
    }
    if (warnedWithoutInstance.size() >= MAX_WARNED_ROWS) {
      warnedWithoutInstance.clear();
    }
    List<String> firstSeen = withoutInstance.stream().filter(warnedWithoutInstance::add).toList();
    if (!firstSeen.isEmpty()) {
      LOG.warn("Data fault: register rows with a running reply clock but no process instance,"
          + " listed without open tasks (each warned of once per node run): {}", firstSeen);
    } else {
      LOG.debug("Data fault (warned of before): register rows without a process instance: {}",
          withoutInstance);
    }
  }

  /**
   * Whether a case's reply due date is provisional (暂算): computed while a year it counts over
   * had no holiday notice and not recomputed since ({@code computedProvisionally}: the
   * instance's {@code replyDueProvisional}, set with the task forms' {@code replyDueDateText}
   * that says 暂算), or counted from the first receipt over a year without the notice; never the
   * date a decision ordered ({@code orderedDueOn}, null when none): it is not counted, so no
   * holiday notice can move it (ADR 0108). The one rule for 期限监控 and the 办件台账's 答复期限
   * (audit round 30: the ledger gave the date without the mark).
   */
  public boolean replyDueProvisional(boolean computedProvisionally, LocalDate firstReceivedOn,
      LocalDate dueOn, LocalDate orderedDueOn) {
    if (dueOn != null && dueOn.equals(orderedDueOn)) {
      return false;
    }
    return computedProvisionally
        || (dueOn != null && calendar.isProvisional(firstReceivedOn, dueOn));
  }

  /**
   * Instances whose due date was computed on a provisional year: it stays provisional after the
   * year's file is added until the deadline is recomputed.
   */
  private Set<String> computedProvisionally(List<RunningCase> running) {
    String[] instanceIds = running.stream().map(RunningCase::processInstanceId)
        .filter(Objects::nonNull).toArray(String[]::new);
    if (instanceIds.length == 0) {
      return Set.of();
    }
    return runtime.createVariableInstanceQuery()
        .variableName(ProcessVariables.REPLY_DUE_PROVISIONAL)
        .processInstanceIdIn(instanceIds).list().stream()
        .filter(v -> Boolean.TRUE.equals(v.getValue()))
        .map(VariableInstance::getProcessInstanceId).collect(Collectors.toSet());
  }

  /** An open task of a request or of one of its item reviews, with the group it is offered to. */
  public record CaseTask(Task task, Groups offeredTo) {}

  /**
   * Open tasks of the requests and their item reviews (same business key), per tracking number,
   * oldest first: one task query per staff group and one instance query. The caller has already
   * checked the reader's group; the ledger reads the same tasks.
   */
  public Map<String, List<CaseTask>> openTasksOf(String[] trackingNumbers) {
    return openTasksOf(trackingNumbers, ProcessKeys.DISCLOSURE_REQUEST,
        ProcessKeys.SECRECY_REVIEW);
  }

  /**
   * As {@link #openTasksOf(String[])}, for the processes {@code processKeys} (the ledger's
   * complaints and publication batches, whose business keys are their own numbers).
   */
  public Map<String, List<CaseTask>> openTasksOf(String[] trackingNumbers,
      String... processKeys) {
    Map<String, Task> byId = new HashMap<>();
    Map<String, Groups> offeredTo = new HashMap<>();
    for (Groups group : Groups.taskGroups()) {
      for (Task task : tasks.createTaskQuery().taskCandidateGroup(group.id())
          .includeAssignedTasks()
          .processDefinitionKeyIn(processKeys)
          .processInstanceBusinessKeyIn(trackingNumbers).list()) {
        byId.putIfAbsent(task.getId(), task);
        offeredTo.putIfAbsent(task.getId(), group);
      }
    }
    if (byId.isEmpty()) {
      return Map.of();
    }
    Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
        .processInstanceIds(byId.values().stream().map(Task::getProcessInstanceId)
            .collect(Collectors.toSet()))
        .list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Map<String, List<CaseTask>> byCase = new HashMap<>();
    byId.values().stream().sorted(Comparator.comparing(Task::getCreateTime)).forEach(task ->
        byCase.computeIfAbsent(businessKeys.get(task.getProcessInstanceId()),
            k -> new ArrayList<>()).add(new CaseTask(task, offeredTo.get(task.getId()))));
    return byCase;
  }

  private Map<String, List<OpenTask>> openTasksByCase(String[] trackingNumbers) {
    Map<String, List<OpenTask>> byCase = new HashMap<>();
    Map<String, List<CaseTask>> openTasks = openTasksOf(trackingNumbers);
    Map<String, String> names = PersonNames.of(identity, openTasks.values().stream()
        .flatMap(List::stream).map(t -> t.task().getAssignee()).filter(Objects::nonNull)
        .collect(Collectors.toSet()));
    openTasks.forEach((trackingNumber, open) -> byCase.put(trackingNumber,
        open.stream().map(t -> new OpenTask(t.task().getName(), t.offeredTo().id(),
            t.offeredTo().chineseName(), t.task().getAssignee(),
            names.get(t.task().getAssignee()))).toList()));
    return byCase;
  }

  /** Sorts the cases into the three lists and counts them per group. */
  static Overview classify(LocalDate today, List<CaseDeadline> cases, int dueSoonWorkingDays) {
    return classify(today, cases, dueSoonWorkingDays, null);
  }

  static Overview classify(LocalDate today, List<CaseDeadline> cases, int dueSoonWorkingDays,
      String provisionalWarning) {
    List<CaseDeadline> overdue = new ArrayList<>();
    List<CaseDeadline> dueSoon = new ArrayList<>();
    List<CaseDeadline> later = new ArrayList<>();
    for (CaseDeadline c : cases.stream().sorted(Comparator.comparing(CaseDeadline::dueOn)
        .thenComparing(CaseDeadline::trackingNumber)).toList()) {
      if (c.paused()) {
        later.add(c);
      } else if (c.dueOn().isBefore(today)) {
        overdue.add(c);
      } else if (c.workingDaysLeft() <= dueSoonWorkingDays) {
        dueSoon.add(c);
      } else {
        later.add(c);
      }
    }
    List<GroupCount> groups = Groups.taskGroups().stream().map(g -> new GroupCount(g.id(),
        g.chineseName(), count(cases, g), count(overdue, g), count(dueSoon, g))).toList();
    return new Overview(today, dueSoonWorkingDays, overdue, dueSoon, later, groups,
        provisionalWarning, List.of());
  }

  private static int count(List<CaseDeadline> cases, Groups group) {
    return (int) cases.stream()
        .filter(c -> c.tasks().stream().anyMatch(t -> t.group().equals(group.id()))).count();
  }

  private static String applicantTypeLabel(String code) {
    return Arrays.stream(ApplicantType.values()).filter(type -> type.name().equals(code))
        .findFirst().map(ApplicantType::label).orElse(code);
  }
}
