package io.github.ogiworkflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 即将到期 starts 3 working days before the due date, on the official calendar. */
class DueSoonDatesTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

  @Test
  void aWeekAfterTheWeekendCountsBackOverIt() {
    // Due Monday 2026-12-07: Fri 04, Thu 03, Wed 02.
    assertThat(DueSoonDates.dueSoonFrom(calendar, LocalDate.of(2026, 12, 7)))
        .isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void holidaysDoNotCountAndMakeUpWorkdaysDo() {
    // Due Tue 2026-01-06: Mon 05, Sun 04 (元旦调休, a working day), then 01–03 are 元旦, so the
    // third working day back is Wed 2025-12-31 (plusDays(3) would have said 01-03).
    assertThat(DueSoonDates.dueSoonFrom(calendar, LocalDate.of(2026, 1, 6)))
        .isEqualTo(LocalDate.of(2025, 12, 31));
  }
}
