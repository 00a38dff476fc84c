package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Deadlines reaching into 2027 while only the 2026 notice is known (today, 3 December 2026),
 * counted by hand on a printed calendar; the counted working days are listed.
 */
class ProvisionalYearTest {

  private final WorkingDayCalendar only2026 =
      new WorkingDayCalendar(HolidayFiles.readAll("classpath*:calendar/cn-2026.txt"));

  /**
   * From Mon 28 Dec 2026: 1 Tue 29, 2 Wed 30, 3 Thu 31, [Fri 1 Jan 元旦, Sat 2, Sun 3],
   * 4–8 Mon 4 – Fri 8, 9–13 Mon 11 – Fri 15, 14–18 Mon 18 – Fri 22, 19 Mon 25, 20 Tue 26.
   * Counting 1 January as a working day would have given Mon 25 January.
   */
  @Test
  void twentyWorkingDaysAcrossNewYear2027() {
    LocalDate due = only2026.addWorkingDays(LocalDate.of(2026, 12, 28), 20);

    assertThat(only2026.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(due).isEqualTo(LocalDate.of(2027, 1, 26));
    assertThat(only2026.isProvisional(LocalDate.of(2026, 12, 28), due)).isTrue();
    assertThat(only2026.provisionalYearsBetween(LocalDate.of(2026, 12, 28), due))
        .containsExactly(2027);
  }

  /**
   * From Mon 25 Jan 2027: 1–4 Tue 26 – Fri 29, 5–8 Mon 1 – Thu 4 Feb, [Fri 5 除夕, Sat 6 初一,
   * Sun 7, Mon 8 初三], 9–12 Tue 9 – Fri 12, 13–17 Mon 15 – Fri 19, 18 Mon 22, 19 Tue 23,
   * 20 Wed 24 February. No make-up Saturday is invented.
   */
  @Test
  void twentyWorkingDaysAcrossSpringFestival2027() {
    LocalDate due = only2026.addWorkingDays(LocalDate.of(2027, 1, 25), 20);

    assertThat(due).isEqualTo(LocalDate.of(2027, 2, 24));
    assertThat(only2026.workingDaysBetween(LocalDate.of(2027, 1, 25), due)).isEqualTo(20);
    assertThat(only2026.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
    assertThat(only2026.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    assertThat(only2026.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
    assertThat(only2026.isWorkingDay(LocalDate.of(2027, 2, 20))).isFalse();
  }

  @Test
  void aDeadlineInsideAnAnnouncedYearIsNotProvisional() {
    LocalDate received = LocalDate.of(2026, 3, 2);
    assertThat(only2026.isProvisional(received, only2026.addWorkingDays(received, 20)))
        .isFalse();
    assertThat(only2026.yearsAskedWithoutData()).isEmpty();
  }

  /**
   * Once the notice for 2027 is added, the same count follows it and is no longer provisional.
   * The notice here is made up for the test: 1 January and Monday 4 January 2027 off. From
   * 28 Dec 2026: 1–3 Tue 29 – Thu 31, 4–7 Tue 5 – Fri 8, 8–12 Mon 11 – Fri 15, 13–17 Mon 18 –
   * Fri 22, 18 Mon 25, 19 Tue 26, 20 Wed 27 January.
   */
  @Test
  void theAnnouncedYearReplacesTheProvisionalOne() {
    HolidayArrangement notice2027 = new HolidayArrangement(2027,
        Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4)), Set.of(), "test notice");
    WorkingDayCalendar withNotice = new WorkingDayCalendar(List.of(
        HolidayFiles.readAll("classpath*:calendar/cn-2026.txt").get(0), notice2027));

    LocalDate due = withNotice.addWorkingDays(LocalDate.of(2026, 12, 28), 20);
    assertThat(due).isEqualTo(LocalDate.of(2027, 1, 27));
    assertThat(withNotice.isProvisional(LocalDate.of(2026, 12, 28), due)).isFalse();
    // The statutory 春节 days are not applied to an announced year: only the notice counts.
    assertThat(withNotice.isWorkingDay(LocalDate.of(2027, 2, 5))).isTrue();
  }

  @Test
  void theWarningForOfficeAndLeadershipIsInChinese() {
    assertThat(WorkingDayCalendar.provisionalWarning(List.of(2027)))
        .isEqualTo("2027年节假日安排尚未公布，期限按法定节假日暂算");
  }
}
