package io.github.ogiworkflow.deadline;

import static io.github.ogiworkflow.process.ProcessVariables.EXTENSION_REQUESTED;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DEADLINE_PASSED;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_FINALISED;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_REMINDED_FOR;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_REMINDER_AHEAD;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_REMINDER_AT;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 临近答复期限提醒 before every reply deadline (handbook 2.11: remind before the deadline,
 * escalate when it passes; audit round 25, F7; ADR 0087). The reminder is an event sub-process
 * that, once its round is done, waits for the deadline to move later (a conditional event on
 * {@code replyReminderAt}) and then reminds again on the new reminder day. What decides a route
 * is read here from the register, not from variables a client could have written.
 */
@Configuration(proxyBeanMethods = false)
public class ReplyReminderDelegates {

  /**
   * On the way to 答复期限是否已届满？, as the first reminder or a later one falls due: a reminder
   * that comes after the register's reply deadline (a timer moved into the past by a date
   * correction, a job executor that was down) gives no task; the overdue escalation has the case.
   */
  @Bean
  ExecutionListener replyReminderDueCheck(CaseRegister register) {
    return execution -> {
      execution.setVariableLocal(REPLY_DEADLINE_PASSED,
          WatchedDeadline.passedToday(WatchedDeadline.dueOn(register, execution)));
    };
  }

  /**
   * A reminder round starts (临近答复期限：确认进度或申请延期 is created): it is given for the
   * reminder moment of the deadline as it stands, which a later round must lie after. The
   * request's flag starts unticked: after an extension the form hides the box (an extension is
   * granted once, Art. 33), and the earlier round's tick would otherwise be refused as a second
   * extension on a form that does not offer one.
   */
  @Bean
  ExecutionListener replyReminderRound() {
    return execution -> {
      reminded(execution);
      execution.setVariable(EXTENSION_REQUESTED, false);
    };
  }

  /**
   * A reminder that fell due after the deadline had passed gives no task (the overdue escalation
   * has the case), but the sub-process waits for the deadline to move, as after a reminder given:
   * a later date (a decision ordering a reply by a date, a correction) is reminded of before it
   * comes (audit round 28, F2). The passed deadline counts as the one reminded of.
   */
  @Bean
  ExecutionListener replyReminderAfterDeadline() {
    return ReplyReminderDelegates::reminded;
  }

  /**
   * The deadline moved later than the one last reminded of (答复期限后移): reminded again on the
   * new reminder day when that day is today or later and the clock runs; else the move is taken
   * as seen (a reminder day already past, or a pause, whose end moves the deadline again), and
   * the sub-process waits for the next move. Never twice for one deadline: a round is given for
   * a reminder moment only once it lies after the last one's.
   */
  @Bean
  ExecutionListener nextReplyReminderCheck(CaseRegister register, ReplyDeadline deadline,
      PauseLedger pauses) {
    return execution -> {
      LocalDate dueOn = WatchedDeadline.dueOn(register, execution);
      LocalDate today = OfficeTime.today();
      // A reply finalised and waiting for delivery needs no reminder to consider an extension
      // (a date a decision ordered may still move the deadline then, audit round 28, F2).
      boolean finalised = execution.getProcessEngineServices().getRuntimeService()
          .createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
          .activityId(ElementIds.TASK_DELIVER_REPLY).count() > 0;
      execution.setVariableLocal(REPLY_FINALISED, finalised);
      boolean ahead = !finalised && dueOn != null && !deadline.reminderDay(dueOn).isBefore(today)
          && !pauses.isPaused(execution.getProcessBusinessKey());
      execution.setVariableLocal(REPLY_REMINDER_AHEAD, ahead);
      if (!ahead) {
        reminded(execution);
      }
    };
  }

  /** The reminder moment as it stands counts as the one reminded of (kept on the round's scope). */
  private static void reminded(DelegateExecution execution) {
    execution.setVariableLocal(REPLY_REMINDED_FOR, execution.getVariable(REPLY_REMINDER_AT));
  }
}
