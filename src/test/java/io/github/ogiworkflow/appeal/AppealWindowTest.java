package io.github.ogiworkflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The appeal periods and the window's closing day, hand-counted. A period "within N days / months
 * of receipt" does not count the day of receipt, so its last day is receipt + N.
 */
class AppealWindowTest {

  /** 60 days (ARL Art. 20) from Wed 11 Feb 2026: 17 left in Feb, 31 in Mar (48), 12 in Apr. */
  @Test
  void reconsiderationSixtyDaysAcrossAShortFebruary() {
    assertThat(AppealWindow.reconsiderationLastDay(LocalDate.of(2026, 2, 11)))
        .isEqualTo(LocalDate.of(2026, 4, 12));
    // Across the new year: 31 Dec 2025 + 31 (31 Jan) + 28 (28 Feb) + 1 = 1 Mar 2026.
    assertThat(AppealWindow.reconsiderationLastDay(LocalDate.of(2025, 12, 31)))
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  /** 6 months (ALL Art. 46): same day 6 months on, or the month's last day where it has none. */
  @Test
  void litigationSixMonthsEndsOnTheMonthsLastDayWhereTheDayIsMissing() {
    assertThat(AppealWindow.litigationLastDay(LocalDate.of(2026, 2, 11)))
        .isEqualTo(LocalDate.of(2026, 8, 11));
    assertThat(AppealWindow.litigationLastDay(LocalDate.of(2026, 8, 31)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
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
    assertThat(AppealWindow.closesOn(applicantReceipt, true, null))
        .isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(AppealWindow.closesOn(applicantReceipt, true, noticeServed))
        .isEqualTo(LocalDate.of(2026, 8, 11));
    // A disclosure: the applicant's 6 months (13 Aug) end after the third party's (11 Aug).
    assertThat(AppealWindow.closesOn(applicantReceipt, false, noticeServed))
        .isEqualTo(LocalDate.of(2026, 8, 13));
    assertThat(AppealWindow.closesOn(applicantReceipt, false, null))
        .isEqualTo(LocalDate.of(2026, 8, 13));
  }
}
