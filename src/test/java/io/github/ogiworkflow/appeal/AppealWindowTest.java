package io.github.ogiworkflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The appeal periods and the window's closing day, hand-counted. A period "within N days / months
 * of receipt" does not count the day of receipt, so its last day is receipt + N.
 */
class AppealWindowTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

  /**
   * 60 days (ARL Art. 20) from Wed 11 Feb 2026: 17 left in Feb, 31 in Mar (48), 12 in Apr: Sun
   * 12 Apr, so the period ends on Mon 13 Apr (CPL Art. 85 via ARL Art. 88).
   */
  @Test
  void reconsiderationSixtyDaysAcrossAShortFebruary() {
    assertThat(AppealWindow.reconsiderationLastDay(CALENDAR, LocalDate.of(2026, 2, 11)))
        .isEqualTo(LocalDate.of(2026, 4, 13));
    // Across the new year: 31 Dec 2025 + 31 (31 Jan) + 28 (28 Feb) + 1 = Sun 1 Mar 2026 → Mon 2.
    assertThat(AppealWindow.reconsiderationLastDay(CALENDAR, LocalDate.of(2025, 12, 31)))
        .isEqualTo(LocalDate.of(2026, 3, 2));
    // A counted end on a working day stays: Fri 13 Feb + 60 = 15 + 31 + 14 = Tue 14 Apr.
    assertThat(AppealWindow.reconsiderationLastDay(CALENDAR, LocalDate.of(2026, 2, 13)))
        .isEqualTo(LocalDate.of(2026, 4, 14));
  }

  /**
   * 6 months (ALL Art. 46): same day 6 months on, or the month's last day where it has none;
   * moved to the next working day where that is not one (ALL Art. 102, CPL Art. 85).
   */
  @Test
  void litigationSixMonthsEndsOnTheMonthsLastDayWhereTheDayIsMissing() {
    assertThat(AppealWindow.litigationLastDay(CALENDAR, LocalDate.of(2026, 2, 11)))
        .isEqualTo(LocalDate.of(2026, 8, 11));
    // 31 Aug 2026 + 6 months = Sun 28 Feb 2027 → Mon 1 Mar 2027.
    assertThat(AppealWindow.litigationLastDay(CALENDAR, LocalDate.of(2026, 8, 31)))
        .isEqualTo(LocalDate.of(2027, 3, 1));
  }

  /**
   * CPL Art. 85: a last day on a weekend or statutory holiday moves to the next working day; a
   * make-up working day (调休) is a working day and stays. The audit's case: posted Sat 5 Dec
   * 2026, 6 months = Sat 5 Jun 2027 → Mon 7 Jun.
   */
  @Test
  void aLastDayOnADayOffMovesToTheNextWorkingDay() {
    assertThat(AppealWindow.litigationLastDay(CALENDAR, LocalDate.of(2026, 12, 5)))
        .isEqualTo(LocalDate.of(2027, 6, 7));
    // 2 Aug + 60 = 29 left in Aug + 30 in Sep + 1 = Thu 1 Oct (National Day, off 1–7) → Thu 8.
    assertThat(AppealWindow.reconsiderationLastDay(CALENDAR, LocalDate.of(2026, 8, 2)))
        .isEqualTo(LocalDate.of(2026, 10, 8));
    // 11 Aug + 60 = 20 + 30 + 10 = Sat 10 Oct 2026, a make-up working day: it stays.
    assertThat(AppealWindow.reconsiderationLastDay(CALENDAR, LocalDate.of(2026, 8, 11)))
        .isEqualTo(LocalDate.of(2026, 10, 10));
    // 15 days after a decision of Sat 5 Dec 2026 = Sun 20 Dec → Mon 21 Dec (ALL Art. 45).
    assertThat(AppealWindow.afterDecisionLastDay(CALENDAR, LocalDate.of(2026, 12, 5)))
        .isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(AppealWindow.periodEnd(CALENDAR, LocalDate.of(2026, 12, 21)))
        .isEqualTo(LocalDate.of(2026, 12, 21));
  }

  /**
   * The case closes for good at the later of the applicant's window and a served third party's
   * 6 months (Art. 32): a refusal received Fri 13 Feb closes on Tue 14 Apr (13 Feb + 60) for the
   * applicant, but a third party served on Wed 11 Feb may sue until Tue 11 Aug.
   */
  @Test
  void aServedThirdPartyKeepsTheCaseOpenForItsSixMonths() {
    LocalDate applicantReceipt = LocalDate.of(2026, 2, 13);
    LocalDate noticeServed = LocalDate.of(2026, 2, 11);
    assertThat(AppealWindow.closesOn(CALENDAR, applicantReceipt, true, null))
        .isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(AppealWindow.closesOn(CALENDAR, applicantReceipt, true, noticeServed))
        .isEqualTo(LocalDate.of(2026, 8, 11));
    // A disclosure: the applicant's 6 months (13 Aug) end after the third party's (11 Aug).
    assertThat(AppealWindow.closesOn(CALENDAR, applicantReceipt, false, noticeServed))
        .isEqualTo(LocalDate.of(2026, 8, 13));
    assertThat(AppealWindow.closesOn(CALENDAR, applicantReceipt, false, null))
        .isEqualTo(LocalDate.of(2026, 8, 13));
  }
}
