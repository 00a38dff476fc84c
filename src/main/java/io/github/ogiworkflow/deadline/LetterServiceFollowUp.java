package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Date;

/**
 * A consultation letter (Art. 32, 34) or fee notice (Art. 42, 109号) stops the reply clock from
 * its issue, and the addressee's period starts only when the office records its service. So the
 * office records it within {@link DeadlineProperties#letterServiceWorkingDays()} working days of
 * the issue (ADR 0122): 登记征求意见函送达 / 登记收费通知送达 are due then, and a non-interrupting
 * timer at the end of that day puts the step on top of the office's list; 合规检查 lists the case
 * (征求意见函、收费通知书未登记送达) from the next day until the service is recorded. The
 * timer's step is {@link LetterServiceDelegates}.
 */
public final class LetterServiceFollowUp {

  private LetterServiceFollowUp() {}

  /** The last day to record the service of a letter issued on {@code issuedOn}. */
  public static LocalDate dueOn(WorkingDayCalendar calendar, DeadlineProperties limits,
      LocalDate issuedOn) {
    return calendar.addWorkingDays(issuedOn, limits.letterServiceWorkingDays());
  }

  /** The service step's due date and the follow-up timer: the end of {@link #dueOn}. */
  public static Date dueAt(WorkingDayCalendar calendar, DeadlineProperties limits,
      LocalDate issuedOn) {
    return OfficeTime.endOf(dueOn(calendar, limits, issuedOn));
  }
}
