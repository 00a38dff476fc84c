package io.github.ogiworkflow.deadline;

import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_AHEAD;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_ESCALATED_FOR;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_OVERDUE_AGAIN;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_OVERDUE_AT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_OVERDUE_LIFTED;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 答复超期督办 again after the deadline moved later (handbook 2.11: escalate when the deadline
 * passes; ADR 0101). Each round gives leadership its task and, beside it, waits for the deadline
 * to move later (a conditional event on {@code replyOverdueAt}), then for the new deadline to
 * pass, as the reminder does before it (ADR 0087). What decides a route is read here from the
 * register, not from variables a client could have written.
 */
@Configuration(proxyBeanMethods = false)
public class ReplyOverdueDelegates {

  /**
   * A round starts: it is given for the overdue moment of the deadline as it stands, which the
   * next round must lie after. Kept on the instance: the round's two branches run in parallel,
   * and each round of a reopened request sets it before its wait.
   */
  @Bean
  ExecutionListener replyOverdueRound() {
    return execution -> {
      // Only a move during the round may end its task (ADR 0104).
      execution.getProcessInstance().setVariable(REPLY_DUE_AHEAD, false);
      seen(execution);
    };
  }

  /**
   * The moved deadline's timer fired: escalate again when the register's deadline has passed and
   * the clock is not paused. A paused clock takes the move as seen (the pause's end moves the
   * deadline again and wakes the wait). A deadline not passed (the timer run early by hand, or
   * its variable written by a client) arms the timer again on the register's date.
   */
  @Bean
  ExecutionListener replyOverdueAgainCheck(CaseRegister register, PauseLedger pauses) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      LocalDate dueOn = WatchedDeadline.dueOn(register, execution);
      boolean again = false;
      if (dueOn == null || pauses.isPaused(trackingNumber)) {
        seen(execution);
      } else if (WatchedDeadline.passedToday(dueOn)) {
        again = true;
      } else {
        execution.getProcessInstance().setVariable(REPLY_OVERDUE_AT, OfficeTime.after(dueOn));
      }
      execution.setVariableLocal(REPLY_OVERDUE_AGAIN, again);
    };
  }

  /**
   * An open 超期督办 was interrupted because {@code replyOverdueAt} moved later, to a deadline
   * not passed on the day of the move ({@code replyDueAhead}, set by ReplyDeadline; audit round
   * 28, F6; ADR 0104): the task ends when the register's deadline has not
   * passed (a decision's ordered date, a correction, a holiday notice), so leadership is not
   * asked about an overdue case that, by the register, is on time; the watch beside it escalates
   * again if the new deadline passes. Otherwise (the variable written by a client) the task is
   * given again and the variable set back from the register, so the boundary does not fire on
   * the task it re-enters.
   */
  @Bean
  ExecutionListener replyOverdueLiftedCheck(CaseRegister register) {
    return execution -> {
      LocalDate dueOn = WatchedDeadline.dueOn(register, execution);
      boolean lifted = dueOn == null || !WatchedDeadline.passedToday(dueOn);
      if (!lifted) {
        execution.getProcessInstance().setVariable(REPLY_DUE_AHEAD, false);
        execution.getProcessInstance().setVariable(REPLY_OVERDUE_AT, OfficeTime.after(dueOn));
      }
      execution.setVariableLocal(REPLY_OVERDUE_LIFTED, lifted);
    };
  }

  private static void seen(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(REPLY_ESCALATED_FOR,
        execution.getVariable(REPLY_OVERDUE_AT));
  }
}
