package io.github.ogiworkflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * ADR 0171: the disclosure day of a 公开决定告知书, counted by hand on the 2026 holiday notice
 * (handbook §6: 春节 15–23 Feb off, Sat 14 and Sat 28 Feb worked; 国庆 1–7 Oct off, Sat 10 Oct
 * worked; 中秋 25–27 Sep off).
 */
class OverrideNoticesTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }

  /**
   * Issued Wed 11 Feb: 5 working days for service and 15 for the third party are 21 working
   * days: 12, 13, Sat 14, 24–28 (Sat 28 worked) = 8, 2–6 Mar = 13, 9–13 = 18, 16, 17 = 20,
   * Wed 18 Mar = 21.
   */
  @Test
  void theNoticeStatesTheDayAfterServiceStandardAndWaitingPeriod() {
    assertThat(OverrideNotices.statedDisclosureDay(CALENDAR, day(2, 11), 5, 15))
        .isEqualTo(day(3, 18));
  }

  /**
   * Issued Wed 23 Sep, across 中秋 and 国庆: Thu 24 (1), 28–30 (4), Thu 8, Fri 9, Sat 10 Oct (7),
   * 12–16 (12), 19–23 (17), 26–28 (20), Thu 29 Oct (21).
   */
  @Test
  void theStatedDayCountsOverTheAutumnHolidays() {
    assertThat(OverrideNotices.statedDisclosureDay(CALENDAR, day(9, 23), 5, 15))
        .isEqualTo(day(10, 29));
  }

  /**
   * Served Tue 10 Feb, stated Tue 10 Mar: the third party's 15 working days are 11 Feb to Mon 9
   * Mar (11–14 = 4, 24–28 = 9, 2–6 Mar = 14, 9 Mar = 15); disclosure from Tue 10 Mar, the stated
   * day. A notice from before ADR 0171 stated no day: no day is set for it.
   */
  @Test
  void theDayAfterTheWaitingPeriodFromServiceMeetsTheStatedDay() {
    assertThat(OverrideNotices.disclosureDay(CALENDAR, day(3, 10), day(2, 10), 15))
        .isEqualTo(day(3, 10));
    assertThat(OverrideNotices.disclosureDay(CALENDAR, null, day(2, 10), 15)).isNull();
  }

  /** Served on the day of issue, Wed 11 Feb: the 15 days end Tue 10 Mar; the stated 18 Mar holds. */
  @Test
  void aPromptServiceNeverBringsTheStatedDayForward() {
    assertThat(OverrideNotices.disclosureDay(CALENDAR, day(3, 18), day(2, 11), 15))
        .isEqualTo(day(3, 18));
  }

  /**
   * Served late, Thu 26 Feb: 27, Sat 28 Feb, 2–6 Mar (7), 9–13 (12), 16–18 (15): the days end Wed
   * 18 Mar; disclosure from Thu 19 Mar, after the stated 18 Mar.
   */
  @Test
  void aLateServicePutsTheDayBack() {
    assertThat(OverrideNotices.disclosureDay(CALENDAR, day(3, 18), day(2, 26), 15))
        .isEqualTo(day(3, 19));
  }

  @Test
  void noDayWhileTheServiceIsNotRecorded() {
    assertThat(OverrideNotices.disclosureDay(CALENDAR, day(3, 18), null, 15)).isNull();
  }
}
