package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open service steps of the letters that stop the reply clock, 登记征求意见函送达 and
 * 登记收费通知送达 (ADR 0122), with the day their service must be recorded by: for 期限监控, and
 * counted again when a year's holiday notice arrives (ADR 0126). Each step is created in the
 * transaction that issues its letter (a 更正收费通知书 creates it anew), so its creation day is
 * the issue day. A step waiting since before ADR 0122 has no due date: its day is counted from
 * that issue day as the step would have been given.
 */
@Component
public class LetterServiceSteps {

  private static final Map<String, String> TIMERS = Map.of(
      ElementIds.TASK_RECORD_CONSULTATION_SERVICE, ElementIds.TIMER_CONSULTATION_SERVICE_OVERDUE,
      ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE, ElementIds.TIMER_FEE_NOTICE_SERVICE_OVERDUE);

  private static final Map<String, String> DUE_VARIABLES = Map.of(
      ElementIds.TASK_RECORD_CONSULTATION_SERVICE, ProcessVariables.CONSULTATION_SERVICE_DUE_AT,
      ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE, ProcessVariables.FEE_NOTICE_SERVICE_DUE_AT);

  /**
   * An open service step: the step's name as Tasklist shows it, the letter's issue day, the last
   * day to record the service and whether the step itself carries it ({@code false}: waiting
   * since before ADR 0122, counted here).
   */
  public record OpenStep(String trackingNumber, String processInstanceId, String taskId,
      String name, LocalDate issuedOn, LocalDate dueOn, boolean dueOnTask) {}

  /** A service step whose due day a holiday notice moved. */
  public record MovedStep(String trackingNumber, String field, LocalDate from, LocalDate to) {}

  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;

  public LetterServiceSteps(WorkingDayCalendar calendar, DeadlineProperties limits) {
    this.calendar = calendar;
    this.limits = limits;
  }

  /** Every open service step of the requests, by due day and tracking number. */
  public List<OpenStep> open(ProcessEngineServices engine) {
    List<Task> steps = steps(engine.getTaskService());
    if (steps.isEmpty()) {
      return List.of();
    }
    Map<String, String> businessKeys = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(steps.stream().map(Task::getProcessInstanceId)
            .collect(Collectors.toSet()))
        .list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    List<OpenStep> open = new ArrayList<>();
    for (Task task : steps) {
      LocalDate issuedOn = issuedOn(task);
      LocalDate dueOn = task.getDueDate() != null ? OfficeTime.toLocalDate(task.getDueDate())
          : LetterServiceFollowUp.dueOn(calendar, limits, issuedOn);
      open.add(new OpenStep(businessKeys.get(task.getProcessInstanceId()),
          task.getProcessInstanceId(), task.getId(), task.getName(), issuedOn, dueOn,
          task.getDueDate() != null));
    }
    open.sort(Comparator.comparing(OpenStep::dueOn)
        .thenComparing(OpenStep::trackingNumber, Comparator.nullsLast(Comparator.naturalOrder())));
    return open;
  }

  /**
   * When a year's holiday notice arrives ({@link DeadlineRecomputation}): each step due on a
   * day counted from {@code untouched} or later is counted again, the same working days after
   * its issue on the calendar with the notice ({@code before}: without it), and its due date,
   * its variable (the timer's input) and its follow-up timer move through the engine's API. A
   * step without a due date (before ADR 0122) keeps none; 期限监控 counts it on the calendar of
   * the day.
   */
  List<MovedStep> recount(ProcessEngineServices engine, WorkingDayCalendar before,
      LocalDate untouched) {
    TaskService tasks = engine.getTaskService();
    List<MovedStep> moved = new ArrayList<>();
    for (Task task : steps(tasks)) {
      if (task.getDueDate() == null) {
        continue;
      }
      LocalDate due = OfficeTime.toLocalDate(task.getDueDate());
      LocalDate from = issuedOn(task);
      if (from.isBefore(untouched)) {
        from = untouched;
      }
      if (!due.isAfter(from)) {
        continue;
      }
      LocalDate newDue = calendar.addWorkingDays(from, before.workingDaysBetween(from, due));
      if (newDue.equals(due)) {
        continue;
      }
      Date oldAt = task.getDueDate();
      Date newAt = OfficeTime.endOf(newDue);
      String variable = DUE_VARIABLES.get(task.getTaskDefinitionKey());
      // Set where it lives: the consultation's sub-process instance, or the case.
      engine.getRuntimeService().setVariable(task.getExecutionId(), variable, newAt);
      task.setDueDate(newAt);
      tasks.saveTask(task);
      moveTimer(engine.getManagementService(), task, oldAt, newAt);
      String trackingNumber = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
      moved.add(new MovedStep(trackingNumber, variable, due, newDue));
    }
    return moved;
  }

  /** The step's follow-up timer (not yet fired) was due with the step: it moves with it. */
  private static void moveTimer(ManagementService jobs, Task task, Date oldAt, Date newAt) {
    for (Job timer : jobs.createJobQuery().processInstanceId(task.getProcessInstanceId())
        .activityId(TIMERS.get(task.getTaskDefinitionKey())).timers().list()) {
      if (task.getExecutionId().equals(timer.getExecutionId())
          || oldAt.equals(timer.getDuedate())) {
        jobs.setJobDuedate(timer.getId(), newAt);
      }
    }
  }

  private static List<Task> steps(TaskService tasks) {
    return tasks.createTaskQuery().processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .taskDefinitionKeyIn(ElementIds.TASK_RECORD_CONSULTATION_SERVICE,
            ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE)
        .list();
  }

  private static LocalDate issuedOn(Task task) {
    return OfficeTime.toLocalDate(task.getCreateTime());
  }
}
