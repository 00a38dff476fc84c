package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A new deadline the office gives the applicant for a good reason (more time to correct, Art.
 * 30; more time to pay, 国办函〔2020〕109号): required, not in the past, after the last day of
 * the period still running (more time never shortens it, ADR 0068), and at most one full period
 * from today, as a reasonable period is no longer than the one first given.
 */
public final class NewDeadlines {

  private NewDeadlines() {}

  /**
   * The date of {@code variable}, refused (HTTP 400) when outside today … today + period or not
   * after {@code runningUntil}, the running period's last day as the server computed it from
   * the register (null: none known).
   */
  public static LocalDate within(VariableScope scope, String variable, String chineseName,
      WorkingDayCalendar calendar, int periodWorkingDays, LocalDate runningUntil) {
    LocalDate date = Vars.requiredDate(scope, variable, chineseName);
    LocalDate today = OfficeTime.today();
    if (date.isBefore(today)) {
      throw new InvalidInput(variable + ": the new deadline is in the past（" + chineseName
          + "不得早于今天）");
    }
    if (runningUntil != null && !date.isAfter(runningUntil)) {
      throw new InvalidInput(variable + ": the running period ends on " + runningUntil
          + "（原期限至" + CaseLetters.chinese(runningUntil) + "届满，" + chineseName
          + "须晚于该日，延长不得缩短原期限）");
    }
    LocalDate latest = calendar.addWorkingDays(today, periodWorkingDays);
    if (date.isAfter(latest)) {
      throw new InvalidInput(variable + ": at most " + periodWorkingDays
          + " working days from today（" + chineseName + "最长为自今日起" + periodWorkingDays
          + "个工作日，即" + CaseLetters.chinese(latest) + "）");
    }
    return date;
  }
}
