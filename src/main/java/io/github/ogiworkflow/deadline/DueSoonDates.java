package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Date;

/**
 * Tasklist's 即将到期 counts working days: filter expressions only know calendar days
 * ({@code plusDays(3)}), so every user task gets, when it is created, the follow-up date
 * (Camunda's 跟进日期) of the morning {@value OfficeTime#DUE_SOON_WORKING_DAYS} working days
 * before its due date on the official calendar, and the filter lists tasks whose follow-up date
 * has come and whose due date has not passed ({@code security/TasklistFilterSeeder}). The
 * listener setting it is added by {@link TaskCreateListeners}.
 */
public final class DueSoonDates {

  private DueSoonDates() {}

  /** 确认逾期未补正 / 确认逾期未缴费 are due this many working days after the deadline passed. */
  public static final int CONFIRMATION_WORKING_DAYS = 3;

  /**
   * The due date of a task that confirms a passed deadline: a few working days after it. Due at
   * the deadline itself, the task would be overdue from the moment the timer creates it.
   */
  public static Date confirmationDue(WorkingDayCalendar calendar, Object passedDeadline) {
    if (passedDeadline == null) {
      return null;
    }
    return OfficeTime.endOf(calendar.addWorkingDays(OfficeTime.toLocalDate(passedDeadline),
        CONFIRMATION_WORKING_DAYS));
  }

  /** The first day a task due on {@code due} counts as 即将到期. */
  public static LocalDate dueSoonFrom(WorkingDayCalendar calendar, LocalDate due) {
    LocalDate day = due;
    for (int counted = 0; counted < OfficeTime.DUE_SOON_WORKING_DAYS; ) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The follow-up date of a task due on {@code due}: the start of its first 即将到期 day. */
  public static Date followUpFor(WorkingDayCalendar calendar, LocalDate due) {
    return Date.from(dueSoonFrom(calendar, due).atStartOfDay(OfficeTime.ZONE).toInstant());
  }
}
