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
 * from the later of today and that last day, as a reasonable period (Art. 30: 合理的补正期限) is
 * no longer than the one first given, and a timer fired before the running period ended still
 * leaves a later date to give (ADR 0071).
 */
public final class NewDeadlines {

  private NewDeadlines() {}

  /**
   * The date of {@code variable}, refused (HTTP 400) when in the past, not after
   * {@code runningUntil} (the running period's last day as the server computed it from the
   * register; null: none known), or more than {@code periodWorkingDays} after the later of
   * today and {@code runningUntil}.
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
    boolean fromRunning = runningUntil != null && runningUntil.isAfter(today);
    LocalDate latest = calendar.addWorkingDays(fromRunning ? runningUntil : today,
        periodWorkingDays);
    if (date.isAfter(latest)) {
      throw new InvalidInput(variable + ": at most " + periodWorkingDays + " working days from "
          + (fromRunning ? "the running period's last day" : "today") + "（" + chineseName
          + "最长为自" + (fromRunning ? "原期限届满之日" : "今日") + "起" + periodWorkingDays
          + "个工作日，即" + CaseLetters.chinese(latest) + "）");
    }
    return date;
  }
}
