package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The calendar against the holiday files shipped in src/main/resources/calendar. Every expected
 * date was counted by hand on a printed calendar; the counted working days are listed.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkingDayCalendarTest {

  /** A year nobody will add a holiday file for while this test matters. */
  private static final int YEAR_WITHOUT_DATA = 2099;

  private WorkingDayCalendar calendar;

  @BeforeEach
  void loadCalendar() {
    calendar = WorkingDayCalendar.fromClasspath();
  }

  @Test
  void knowsTheShippedYears() {
    assertThat(calendar.knownYears()).contains(2025, 2026);
  }

  /** Reminders: 3 working days before Tue 24 Feb 2026 reach back over 春节 (15–23 Feb off). */
  @Test
  void countsWorkingDaysBackwardsOverAHoliday() {
    // Fri 13 Feb and Sat 14 Feb (调休, a working day) count, then Thu 12 Feb.
    assertThat(calendar.workingDaysBefore(LocalDate.of(2026, 2, 24), 3))
        .isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(calendar.workingDaysBefore(LocalDate.of(2026, 2, 24), 0))
        .isEqualTo(LocalDate.of(2026, 2, 24));
    assertThatThrownBy(() -> calendar.workingDaysBefore(LocalDate.of(2026, 2, 24), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Holidays as announced by the State Council, typed in independently of the data files. */
  @ParameterizedTest(name = "{0}..{1} off")
  @CsvSource({
      "2025-01-01, 2025-01-01", "2025-01-28, 2025-02-04", "2025-04-04, 2025-04-06",
      "2025-05-01, 2025-05-05", "2025-05-31, 2025-06-02", "2025-10-01, 2025-10-08",
      "2026-01-01, 2026-01-03", "2026-02-15, 2026-02-23", "2026-04-04, 2026-04-06",
      "2026-05-01, 2026-05-05", "2026-06-19, 2026-06-21", "2026-09-25, 2026-09-27",
      "2026-10-01, 2026-10-07"})
  void everyHolidayIsOff(LocalDate first, LocalDate last) {
    first.datesUntil(last.plusDays(1)).forEach(day ->
        assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
  }

  @ParameterizedTest(name = "{0} ({1}) is a make-up working day")
  @CsvSource({
      "2025-01-26, SUNDAY", "2025-02-08, SATURDAY", "2025-04-27, SUNDAY",
      "2025-09-28, SUNDAY", "2025-10-11, SATURDAY",
      "2026-01-04, SUNDAY", "2026-02-14, SATURDAY", "2026-02-28, SATURDAY",
      "2026-05-09, SATURDAY", "2026-09-20, SUNDAY", "2026-10-10, SATURDAY"})
  void everyMakeUpDayIsWorked(LocalDate day, DayOfWeek weekday) {
    assertThat(day.getDayOfWeek()).as("test data").isEqualTo(weekday);
    assertThat(calendar.isWorkingDay(day)).isTrue();
  }

  @ParameterizedTest(name = "{0} working: {1}")
  @CsvSource({
      "2026-02-13, true",   // Fri before 春节
      "2026-02-24, true",   // Tue after 春节
      "2026-03-01, false",  // ordinary Sunday between two make-up Saturdays
      "2026-03-07, false",  // ordinary Saturday
      "2026-10-08, true",   // Thu after 国庆
      "2026-10-11, false",  // Sunday after the make-up Saturday
      "2025-12-25, true"})  // Christmas is no public holiday
  void ordinaryDaysFollowTheWeek(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void replyDeadlineAcrossSpringFestival2026() {
    // Receipt Tue 2026-02-10. Counted: 1 Wed 11, 2 Thu 12, 3 Fri 13, 4 Sat 14 (调休),
    // [Sun 15 .. Mon 23 春节], 5 Tue 24, 6 Wed 25, 7 Thu 26, 8 Fri 27, 9 Sat 28 (调休), [Sun 1 Mar],
    // 10 Mon 2, 11 Tue 3, 12 Wed 4, 13 Thu 5, 14 Fri 6, [Sat 7, Sun 8], 15 Mon 9, 16 Tue 10,
    // 17 Wed 11, 18 Thu 12, 19 Fri 13, [Sat 14, Sun 15], 20 Mon 16 March.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 10), 20))
        .isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(calendar.yearsAskedWithoutData()).isEmpty();
  }

  @Test
  void replyDeadlineAcrossNationalDay2026() {
    // Receipt Fri 2026-09-18. Counted: [Sat 19], 1 Sun 20 (调休), 2 Mon 21, 3 Tue 22, 4 Wed 23,
    // 5 Thu 24, [Fri 25 .. Sun 27 中秋], 6 Mon 28, 7 Tue 29, 8 Wed 30, [Thu 1 .. Wed 7 Oct 国庆],
    // 9 Thu 8, 10 Fri 9, 11 Sat 10 (调休), [Sun 11], 12 Mon 12, 13 Tue 13, 14 Wed 14, 15 Thu 15,
    // 16 Fri 16, [Sat 17, Sun 18], 17 Mon 19, 18 Tue 20, 19 Wed 21, 20 Thu 22 October.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 20))
        .isEqualTo(LocalDate.of(2026, 10, 22));
  }

  @Test
  void deadlineAcrossTheYearBoundary() {
    // Start Sat 2025-12-20. Counted: [Sun 21], 1 Mon 22, 2 Tue 23, 3 Wed 24, 4 Thu 25, 5 Fri 26,
    // [Sat 27, Sun 28], 6 Mon 29, 7 Tue 30, 8 Wed 31, [Thu 1 .. Sat 3 Jan 2026 元旦],
    // 9 Sun 4 (调休), 10 Mon 5 January 2026.
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 20), 10))
        .isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void receiptOnADayOffCountsFromTheNextWorkingDay() {
    // Sun 2026-02-15 (春节): Mon 16 .. Mon 23 off, 1 Tue 24.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 15), 1))
        .isEqualTo(LocalDate.of(2026, 2, 24));
    // Thu 2026-10-01 (国庆): Fri 2 .. Wed 7 off, 1 Thu 8.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 1), 1))
        .isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void zeroWorkingDaysIsTheStartItself() {
    LocalDate holiday = LocalDate.of(2026, 2, 16);
    assertThat(calendar.addWorkingDays(holiday, 0)).isEqualTo(holiday);
  }

  @Test
  void negativeWorkingDaysAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 2, 10), -1));
  }

  @Test
  void workingDaysBetweenCountsAfterFromUpToAndIncludingTo() {
    LocalDate receipt = LocalDate.of(2026, 2, 10);
    LocalDate due = LocalDate.of(2026, 3, 16);
    // The 20 days listed in replyDeadlineAcrossSpringFestival2026.
    assertThat(calendar.workingDaysBetween(receipt, due)).isEqualTo(20);
    assertThat(calendar.workingDaysBetween(due, receipt)).isEqualTo(-20);
    assertThat(calendar.workingDaysBetween(due, due)).isZero();
    // Fri 13 excluded; Sat 14 (调休) counts; Sun 15 .. Mon 23 off.
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23)))
        .isEqualTo(1);
  }

  @Test
  void addingTheCountUpToADayOffLandsOnTheLastWorkingDayBeforeIt() {
    LocalDate receipt = LocalDate.of(2026, 2, 10);
    LocalDate inHoliday = LocalDate.of(2026, 2, 22);
    // Wed 11, Thu 12, Fri 13, Sat 14 (调休); then 春节.
    assertThat(calendar.workingDaysBetween(receipt, inHoliday)).isEqualTo(4);
    assertThat(calendar.addWorkingDays(receipt, 4)).isEqualTo(LocalDate.of(2026, 2, 14));
  }

  @Test
  void workingDaysBetweenUndoesAddWorkingDays() {
    LocalDate lastStart = LocalDate.of(2026, 12, 31);
    for (LocalDate start = LocalDate.of(2025, 1, 1); !start.isAfter(lastStart);
        start = start.plusDays(1)) {
      for (int n = 0; n <= 40; n++) {
        LocalDate end = calendar.addWorkingDays(start, n);
        assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
        if (n > 0) {
          assertThat(calendar.isWorkingDay(end)).as("%s + %d", start, n).isTrue();
        }
      }
    }
  }

  @Test
  void yearWithoutDataCountsStatutoryHolidaysAndWarnsOnce(CapturedOutput output) {
    // 2099-01-01 is a Thursday. Counted: 1 Fri 2, [Sat 3, Sun 4], 2 Mon 5, 3 Tue 6, 4 Wed 7,
    // 5 Thu 8. 元旦 itself is a statutory holiday, so provisionally a day off (issue 14).
    LocalDate newYear = LocalDate.of(YEAR_WITHOUT_DATA, 1, 1);
    assertThat(calendar.isWorkingDay(newYear)).isFalse();
    assertThat(calendar.addWorkingDays(newYear, 5)).isEqualTo(LocalDate.of(2099, 1, 8));
    assertThat(calendar.workingDaysBetween(newYear, LocalDate.of(2099, 1, 8))).isEqualTo(5);

    assertThat(calendar.hasDataFor(YEAR_WITHOUT_DATA)).isFalse();
    assertThat(calendar.yearsAskedWithoutData()).containsExactly(YEAR_WITHOUT_DATA);
    assertThat(output.getOut()).containsOnlyOnce("No holiday data for 2099")
        .contains("2099年节假日安排尚未公布，期限按法定节假日暂算");
  }
}
