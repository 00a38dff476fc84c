package io.github.ogiworkflow.deadline;

import static io.github.ogiworkflow.process.ProcessVariables.ORDERED_REPLY_DUE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_CLOCK_PAUSED_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_AHEAD;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_PROVISIONAL;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_OVERDUE_AT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_REMINDER_AT;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Timers;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The reply deadline (答复期限) of a case: computed on the working-day calendar, kept in the
 * process variables, the register, the due dates of the case's open tasks and its reminder and
 * overdue timers, which all move together when the deadline moves.
 */
@Component
public class ReplyDeadline {

  /**
   * The first reminder, the reminder again after a move (ADR 0087), the escalation and the
   * escalation again after a move (ADR 0101).
   */
  private static final List<String> REPLY_TIMERS = List.of(ElementIds.TIMER_REPLY_REMINDER,
      ElementIds.TIMER_REPLY_REMINDER_AGAIN, ElementIds.TIMER_REPLY_OVERDUE,
      ElementIds.TIMER_REPLY_OVERDUE_AGAIN);

  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;
  private final CaseRegister register;
  private final DeadlineTexts texts;

  public ReplyDeadline(WorkingDayCalendar calendar, DeadlineProperties limits,
      CaseRegister register, DeadlineTexts texts) {
    this.calendar = calendar;
    this.limits = limits;
    this.register = register;
    this.texts = texts;
  }

  /** Receipt (or corrected receipt) + 20 working days. */
  public LocalDate dueFrom(LocalDate clockStartedOn) {
    return calendar.addWorkingDays(clockStartedOn, limits.replyWorkingDays());
  }

  /**
   * The last day for the correction notice (Art. 30): 7 working days after the receipt. A
   * notice issued after it restarts no reply period (ADR 0036).
   */
  public LocalDate correctionNoticeDue(LocalDate receivedOn) {
    return correctionNoticeDue(calendar, limits, receivedOn);
  }

  /** The same rule for steps that hold the calendar and limits themselves. */
  public static LocalDate correctionNoticeDue(WorkingDayCalendar calendar,
      DeadlineProperties limits, LocalDate receivedOn) {
    return calendar.addWorkingDays(receivedOn, limits.correctionNoticeWorkingDays());
  }

  /** The working day that lies {@code reminderWorkingDaysBefore} working days before {@code due}. */
  public LocalDate reminderDay(LocalDate due) {
    return calendar.workingDaysBefore(due, limits.reminderWorkingDaysBefore());
  }


  /** The variables every task form and timer of the case reads. */
  public Map<String, Object> variablesFor(LocalDate due) {
    return Map.of(
        REPLY_DUE_DATE, OfficeTime.endOf(due),
        REPLY_DUE_DATE_TEXT, texts.forStaff(due),
        REPLY_DUE_PROVISIONAL, texts.isProvisional(due),
        REPLY_REMINDER_AT, OfficeTime.morningOf(reminderDay(due)),
        REPLY_OVERDUE_AT, OfficeTime.after(due));
  }

  /**
   * The 答复期限 as staff read it in Tasklist's column ({@code replyDueDateText}, seeded by
   * {@code security/TasklistFilterSeeder}): the date, or, while the reply clock waits for the
   * applicant's correction (Art. 30; the register's status and correction_notice_late, ADR 0036),
   * {@link CorrectionWait#RECOMPUTED_AFTER_CORRECTION}, as the ledger, the public status page,
   * the receipt and the audit trail say.
   */
  public String staffText(String trackingNumber, LocalDate due) {
    if (CorrectionWait.clockWaits(register, trackingNumber)) {
      return CorrectionWait.RECOMPUTED_AFTER_CORRECTION;
    }
    return ordered(trackingNumber, due) ? due.toString() : texts.forStaff(due);
  }

  /**
   * Whether {@code due} is the date a decision or judgment ordered for the round (ADR 0101): a
   * calendar date the body fixed, which no holiday notice moves, so never provisional (暂算;
   * audit round 29, F5).
   */
  private boolean ordered(String trackingNumber, LocalDate due) {
    return due != null && register.orderedDueOn(trackingNumber).filter(due::equals).isPresent();
  }

  /**
   * Sets {@code replyDueDateText} from the register after the case's status changed (a
   * correction notice went out): 补正后重新计算 while the clock waits, else the current date.
   */
  public void refreshStaffText(DelegateExecution execution) {
    String trackingNumber = execution.getProcessBusinessKey();
    LocalDate due = current(execution);
    if (due != null || CorrectionWait.clockWaits(register, trackingNumber)) {
      execution.getProcessInstance().setVariable(REPLY_DUE_DATE_TEXT,
          staffText(trackingNumber, due));
    }
  }

  /**
   * {@link #variablesFor(LocalDate)} for a registered case whose date moves: a case waiting for
   * its correction (a receipt date corrected meanwhile) keeps 补正后重新计算 as its text, and the
   * date a decision ordered reads as a plain date, not provisional. The round's ordered date, if
   * any, goes with it ({@code orderedReplyDueText}, null when none; ADR 0111).
   */
  public Map<String, Object> variablesFor(String trackingNumber, LocalDate due) {
    Map<String, Object> variables = new HashMap<>(variablesFor(due));
    variables.put(REPLY_DUE_DATE_TEXT, staffText(trackingNumber, due));
    if (ordered(trackingNumber, due)) {
      variables.put(REPLY_DUE_PROVISIONAL, false);
    }
    variables.put(ORDERED_REPLY_DUE_TEXT,
        register.orderedDueOn(trackingNumber).map(LocalDate::toString).orElse(null));
    return variables;
  }

  /**
   * Whether a reply deadline has passed by {@code day}: it runs to the end of its last day, so
   * only a later day is past it; no deadline (not yet counted) has not passed. The one rule for
   * "the reply deadline has passed" (a pause, a fee notice, an extension).
   */
  public static boolean passedBy(LocalDate dueOn, LocalDate day) {
    return dueOn != null && day.isAfter(dueOn);
  }

  /** Whether a deadline moved today lies ahead: not passed (ADR 0104). */
  private static boolean ahead(LocalDate newDue) {
    return !passedBy(newDue, OfficeTime.today());
  }

  public LocalDate current(DelegateExecution execution) {
    return OfficeTime.toLocalDate(execution.getVariable(REPLY_DUE_DATE));
  }

  /** Moves the deadline later by working days (a pause ended, an extension): the new due date. */
  public LocalDate postpone(DelegateExecution execution, String trackingNumber, int workingDays) {
    LocalDate newDue = calendar.addWorkingDays(current(execution), workingDays);
    move(execution, trackingNumber, newDue);
    return newDue;
  }

  /**
   * Moves the case's deadline and everything that follows it. The register first: the new
   * {@code replyReminderAt} wakes the reminder waiting for a later deadline (ADR 0087), whose
   * step reads the register's date.
   */
  public void move(DelegateExecution execution, String trackingNumber, LocalDate newDue) {
    Date oldDueDate = (Date) execution.getVariable(REPLY_DUE_DATE);
    Map<String, Object> variables = variablesFor(trackingNumber, newDue);
    register.setDueOn(trackingNumber, newDue);
    // Before replyOverdueAt, whose change an open 超期督办 watches (ADR 0104).
    execution.getProcessInstance().setVariable(REPLY_DUE_AHEAD, ahead(newDue));
    execution.getProcessInstance().setVariables(variables);
    moveFollowers(execution.getProcessEngineServices(), execution.getProcessInstanceId(),
        trackingNumber, oldDueDate, newDue, variables);
  }

  /**
   * Moves the deadline of a running case from outside its process (a date corrected by the
   * office, a year's holiday notice arrived): variables, register, the due dates of the tasks
   * that followed the old deadline and the reminder and overdue timers, through the public
   * services. A timer of a paused case stays suspended; only its due date moves.
   */
  public void moveRunning(ProcessEngineServices engine, String processInstanceId,
      String trackingNumber, LocalDate newDue) {
    RuntimeService runtime = engine.getRuntimeService();
    Date oldDueDate = (Date) runtime.getVariable(processInstanceId, REPLY_DUE_DATE);
    Map<String, Object> variables = variablesFor(trackingNumber, newDue);
    register.setDueOn(trackingNumber, newDue); // first, as in move
    runtime.setVariable(processInstanceId, REPLY_DUE_AHEAD, ahead(newDue));
    runtime.setVariables(processInstanceId, variables);
    moveFollowers(engine, processInstanceId, trackingNumber, oldDueDate, newDue, variables);
  }

  /**
   * A running case whose date stays when a year's holiday notice arrives (audit 31b, F8): its
   * 暂算 mark is rewritten from the calendar as it is now, in the case's variables (task forms,
   * Tasklist, 期限监控, the ledger) and its secrecy reviews' copies; nothing else moves. Only a
   * value that changes is written, so the audit trail shows no empty change.
   */
  public void refreshTexts(ProcessEngineServices engine, String processInstanceId,
      String trackingNumber, LocalDate due) {
    Map<String, Object> fresh = variablesFor(trackingNumber, due);
    RuntimeService runtime = engine.getRuntimeService();
    for (String name : List.of(REPLY_DUE_DATE_TEXT, REPLY_DUE_PROVISIONAL)) {
      Object now = runtime.getVariable(processInstanceId, name);
      if (now != null && !now.equals(fresh.get(name))) {
        runtime.setVariable(processInstanceId, name, fresh.get(name));
      }
    }
    for (ProcessInstance review : runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW).list()) {
      Object now = runtime.getVariable(review.getId(), REPLY_DUE_DATE_TEXT);
      if (now != null && !now.equals(fresh.get(REPLY_DUE_DATE_TEXT))) {
        runtime.setVariable(review.getId(), REPLY_DUE_DATE_TEXT, fresh.get(REPLY_DUE_DATE_TEXT));
      }
    }
  }

  /**
   * What follows the case's deadline, after the register and its own variables: the running
   * secrecy reviews' copies of the 答复期限 (their forms and legal's Tasklist column read them;
   * the call activity copied them in), the due and follow-up (即将到期) dates of the tasks of the
   * case and its reviews that followed the old deadline, and the reminder and overdue timers
   * (audit round 25, F8: the reviews kept the old date, and a correction left 即将到期 behind).
   */
  private void moveFollowers(ProcessEngineServices engine, String processInstanceId,
      String trackingNumber, Date oldDueDate, LocalDate newDue, Map<String, Object> variables) {
    RuntimeService runtime = engine.getRuntimeService();
    for (ProcessInstance review : runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW).list()) {
      runtime.setVariables(review.getId(), Map.of(
          REPLY_DUE_DATE, variables.get(REPLY_DUE_DATE),
          REPLY_DUE_DATE_TEXT, variables.get(REPLY_DUE_DATE_TEXT)));
    }
    TaskService tasks = engine.getTaskService();
    // Tasks of the case and of its secrecy reviews (same business key) that follow the deadline.
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber).list()) {
      if (oldDueDate != null && oldDueDate.equals(task.getDueDate())) {
        task.setDueDate((Date) variables.get(REPLY_DUE_DATE));
        task.setFollowUpDate(DueSoonDates.followUpFor(calendar, newDue)); // 即将到期 moves too
        tasks.saveTask(task);
      }
    }
    ManagementService jobs = engine.getManagementService();
    Timers.move(jobs, processInstanceId, ElementIds.TIMER_REPLY_REMINDER,
        (Date) variables.get(REPLY_REMINDER_AT));
    // A reminder already waiting for an earlier move's reminder day (ADR 0087).
    Timers.move(jobs, processInstanceId, ElementIds.TIMER_REPLY_REMINDER_AGAIN,
        (Date) variables.get(REPLY_REMINDER_AT));
    Timers.move(jobs, processInstanceId, ElementIds.TIMER_REPLY_OVERDUE,
        (Date) variables.get(REPLY_OVERDUE_AT));
    // An escalation already waiting for an earlier move's new deadline (ADR 0101).
    Timers.move(jobs, processInstanceId, ElementIds.TIMER_REPLY_OVERDUE_AGAIN,
        (Date) variables.get(REPLY_OVERDUE_AT));
  }

  /** While the clock stands still, the reminder and overdue timers must not fire. */
  public void suspendTimers(DelegateExecution execution) {
    setSuspended(execution, SuspensionState.SUSPENDED);
  }

  public void resumeTimers(DelegateExecution execution) {
    setSuspended(execution, SuspensionState.ACTIVE);
    reminderRunsAgain(execution.getProcessEngineServices(), execution.getProcessInstanceId());
  }

  /** What an open reminder or extension approval is marked with while the clock is paused (ADR 0126). */
  static final String PAUSED_MARK = "（计时暂停）";

  /**
   * The clock stopped on {@code on} (a consultation letter or a fee notice, {@link PauseLedger}):
   * an open 临近答复期限 (audit 31b F6) says so, in its name (Tasklist, 期限监控, the ledger)
   * and form ({@code replyClockPausedText}), and loses its due and follow-up dates, since the
   * deadline it showed will move by the days paused. The step stays open: an extension during
   * the pause is lawful (ADR 0122). All through the engine's public task API.
   */
  public void reminderPaused(ProcessEngineServices engine, String processInstanceId,
      LocalDate on) {
    engine.getRuntimeService().setVariable(processInstanceId, REPLY_CLOCK_PAUSED_TEXT,
        "答复期限自" + io.github.ogiworkflow.letter.CaseLetters.chinese(on) + "起暂停计时（征求意见所需时间、收费通知发出至缴费的期间不计入答复期限），"
            + "暂停结束后答复期限相应顺延，届时本任务重新显示到期日。");
    TaskService tasks = engine.getTaskService();
    for (Task task : reminders(tasks, processInstanceId)) {
      if (!task.getName().endsWith(PAUSED_MARK)) {
        task.setName(task.getName() + PAUSED_MARK);
      }
      task.setDueDate(null);
      task.setFollowUpDate(null);
      tasks.saveTask(task);
    }
  }

  /**
   * The pause ended (the deadline has moved already): an open reminder gets its name back and
   * the case's deadline as its due date.
   */
  private void reminderRunsAgain(ProcessEngineServices engine, String processInstanceId) {
    RuntimeService runtime = engine.getRuntimeService();
    if (runtime.getVariable(processInstanceId, REPLY_CLOCK_PAUSED_TEXT) == null) {
      return;
    }
    runtime.removeVariable(processInstanceId, REPLY_CLOCK_PAUSED_TEXT);
    Date due = (Date) runtime.getVariable(processInstanceId, REPLY_DUE_DATE);
    TaskService tasks = engine.getTaskService();
    for (Task task : reminders(tasks, processInstanceId)) {
      if (task.getName().endsWith(PAUSED_MARK)) {
        task.setName(task.getName().substring(0,
            task.getName().length() - PAUSED_MARK.length()));
      }
      task.setDueDate(due);
      task.setFollowUpDate(due == null ? null
          : DueSoonDates.followUpFor(calendar, OfficeTime.toLocalDate(due)));
      tasks.saveTask(task);
    }
  }

  /**
   * The steps due at the reply deadline that stay open through a pause: 临近答复期限 and, once the
   * office asked for an extension during the pause (lawful, ADR 0122), 审批延期答复.
   */
  private static List<Task> reminders(TaskService tasks, String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(PAUSED_STEPS.toArray(String[]::new)).list();
  }

  static final List<String> PAUSED_STEPS =
      List.of(ElementIds.TASK_CONSIDER_EXTENSION, ElementIds.TASK_APPROVE_EXTENSION);

  /**
   * A step of {@link #PAUSED_STEPS} created while the clock stands still (an extension asked for
   * during a fee or consultation pause) would be due at the deadline from before the pause: it is
   * marked and undated as the open reminder is, and dated when the pause ends.
   */
  static void pausedOnCreate(org.camunda.bpm.engine.delegate.DelegateTask task) {
    if (task.getVariable(REPLY_CLOCK_PAUSED_TEXT) == null) {
      return;
    }
    if (!task.getName().endsWith(PAUSED_MARK)) {
      task.setName(task.getName() + PAUSED_MARK);
    }
    task.setDueDate(null);
    task.setFollowUpDate(null);
  }

  /**
   * The timers run again in a running case, from outside its process (a fee notice withdrawn,
   * ADR 0086): each through its own command, after their due dates moved in earlier ones.
   */
  public void resumeTimers(ProcessEngineServices engine, String processInstanceId) {
    ManagementService jobs = engine.getManagementService();
    for (Job timer : replyTimers(jobs, processInstanceId)) {
      if (timer.isSuspended()) {
        jobs.activateJobById(timer.getId());
      }
    }
    reminderRunsAgain(engine, processInstanceId);
  }

  /**
   * On the timers as loaded in this transaction, not through ManagementService#suspendJobById:
   * that one is a bulk UPDATE past the entity cache, so moving the same timer's due date in the
   * same transaction would then fail with an optimistic locking error.
   */
  private static void setSuspended(DelegateExecution execution, SuspensionState state) {
    setSuspended(execution.getProcessEngineServices().getManagementService(),
        execution.getProcessInstanceId(), state);
  }

  private static void setSuspended(ManagementService jobs, String processInstanceId,
      SuspensionState state) {
    for (Job timer : replyTimers(jobs, processInstanceId)) {
      ((JobEntity) timer).setSuspensionState(state.getStateCode());
    }
  }

  /**
   * The timers of another running case run again, from a step in the same transaction as the
   * move of their due dates (a decision fixing the ordered date ends the case's pause, ADR
   * 0101): on the timers as loaded in this transaction, for the reason given above.
   */
  public void resumeTimersFromStep(ProcessEngineServices engine, String processInstanceId) {
    setSuspended(engine.getManagementService(), processInstanceId, SuspensionState.ACTIVE);
    reminderRunsAgain(engine, processInstanceId);
  }

  private static List<Job> replyTimers(ManagementService jobs, String processInstanceId) {
    return REPLY_TIMERS.stream().flatMap(timerId -> jobs.createJobQuery()
        .processInstanceId(processInstanceId).activityId(timerId).timers().list().stream())
        .toList();
  }

}
