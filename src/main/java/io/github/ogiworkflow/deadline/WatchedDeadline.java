package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the two watches over the reply deadline, the reminder ({@link ReplyReminderDelegates},
 * ADR 0087) and the overdue escalation ({@link ReplyOverdueDelegates}, ADR 0101), decide their
 * routes on: the case's reply deadline as the register keeps it, never a variable a client could
 * have written.
 */
final class WatchedDeadline {

  private WatchedDeadline() {}

  /** The register's reply deadline of the execution's case; null if none is counted. */
  static LocalDate dueOn(CaseRegister register, DelegateExecution execution) {
    return register.find(execution.getProcessBusinessKey()).map(CaseRegister.CaseRecord::dueOn)
        .orElse(null);
  }

  /** Whether {@code dueOn} has passed today ({@link ReplyDeadline#passedBy}). */
  static boolean passedToday(LocalDate dueOn) {
    return ReplyDeadline.passedBy(dueOn, OfficeTime.today());
  }
}
