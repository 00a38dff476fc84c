package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14, point 14: a year's notice added while the app runs replaces the provisional year. */
class AddYearTest {

  static final LocalDate MONDAY_4_JANUARY_2027 = LocalDate.of(2027, 1, 4);

  @Test
  void theNoticeReplacesTheProvisionalYearAndTheOldCalendarStaysAsItWas() {
    WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
    assertThat(calendar.isWorkingDay(MONDAY_4_JANUARY_2027)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendar.yearsAskedWithoutData()).contains(2027);
    // Received 20 Dec 2026: provisionally due 18 Jan 2027 (hand count in
    // HolidayNoticeRecomputationScenarioTest).
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20))
        .isEqualTo(LocalDate.of(2027, 1, 18));

    WorkingDayCalendar before = calendar.addYear(WorkingDayCalendar.parseNotice(2027,
        "holiday 2027-01-01..2027-01-04\nworkday 2027-01-09\n", "test"));

    assertThat(calendar.hasDataFor(2027)).isTrue();
    assertThat(calendar.yearsAskedWithoutData()).doesNotContain(2027);
    assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 19)))
        .isFalse();
    assertThat(calendar.isWorkingDay(MONDAY_4_JANUARY_2027)).isFalse();
    // Saturday 9 January is a make-up working day (调休) in this invented notice; no statutory
    // holiday counts any more but those the notice lists: 5–8 Jan (13), 9 (14), 11–15 (19),
    // 18 Jan (20).
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20))
        .isEqualTo(LocalDate.of(2027, 1, 18));
    assertThat(before.hasDataFor(2027)).isFalse();
    assertThat(before.isWorkingDay(MONDAY_4_JANUARY_2027)).isTrue();
    assertThat(before.isWorkingDay(LocalDate.of(2027, 1, 9))).isFalse();

    assertThatThrownBy(() -> calendar.addYear(WorkingDayCalendar.parseNotice(2027,
        "holiday 2027-01-01\n", "again"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027 年已有节假日安排");
  }

  @Test
  void aWithdrawnYearCountsProvisionallyAgainAndCanBeAddedOnceMore() {
    WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
    calendar.addYear(WorkingDayCalendar.parseNotice(2027,
        "holiday 2027-01-01..2027-01-04\n", "test"));
    assertThat(calendar.isWorkingDay(MONDAY_4_JANUARY_2027)).isFalse();

    calendar.withdrawYear(2027);

    assertThat(calendar.hasDataFor(2027)).isFalse();
    assertThat(calendar.isWorkingDay(MONDAY_4_JANUARY_2027)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendar.hasDataFor(2026)).isTrue();
    calendar.addYear(WorkingDayCalendar.parseNotice(2027, "holiday 2027-01-01\n", "again"));
    assertThat(calendar.hasDataFor(2027)).isTrue();
  }

  @Test
  void aNoticeIsValidatedLikeTheFiles() {
    assertThatThrownBy(() -> WorkingDayCalendar.parseNotice(2027, "holiday 2026-10-01\n",
        "upload")).isInstanceOf(HolidayFileException.class).hasMessageContaining("不属于 2027 年");
    assertThatThrownBy(() -> WorkingDayCalendar.parseNotice(2027, "# nothing\n", "upload"))
        .isInstanceOf(HolidayFileException.class).hasMessageContaining("没有任何节假日或调休数据");
  }
}
