package io.github.ogiworkflow.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ProcessKeys;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Audit 34b F5 (ADR 0156): an archive period runs in whole years from 1 January of the year
 * after the file closes (in Beijing), not in days from the end. Vectors computed by hand.
 */
class RetentionPeriodsTest {

  private static Instant removable(String key, String end) {
    return RetentionPeriods.removableFrom(key, Instant.parse(end));
  }

  @Test
  void aRequestClosedIn2026IsKeptThrough2036() {
    // Audit: ended 2026-12-07 16:48 UTC, the engine's P3650D gave 2036-12-04.
    assertThat(removable(ProcessKeys.DISCLOSURE_REQUEST, "2026-12-07T16:48:00Z"))
        .isEqualTo(Instant.parse("2036-12-31T16:00:00Z")); // 2037-01-01 00:00 Beijing
    // Closed on 2 January: the whole of 2026 and ten more years.
    assertThat(removable(ProcessKeys.DISCLOSURE_REQUEST, "2026-01-02T02:00:00Z"))
        .isEqualTo(Instant.parse("2036-12-31T16:00:00Z"));
    assertThat(removable(ProcessKeys.COMPLAINT, "2026-10-22T08:00:00Z"))
        .isEqualTo(Instant.parse("2036-12-31T16:00:00Z"));
  }

  @Test
  void theYearIsBeijings() {
    // 2026-12-31 23:59 Beijing: a 2026 file.
    assertThat(removable(ProcessKeys.DISCLOSURE_REQUEST, "2026-12-31T15:59:00Z"))
        .isEqualTo(Instant.parse("2036-12-31T16:00:00Z"));
    // 2027-01-01 00:30 Beijing, still 2026 in UTC: a 2027 file, kept through 2037.
    assertThat(removable(ProcessKeys.DISCLOSURE_REQUEST, "2026-12-31T16:30:00Z"))
        .isEqualTo(Instant.parse("2037-12-31T16:00:00Z"));
  }

  @Test
  void legalProceedingsAndPublicationsThirtyYears() {
    // Audit: a reconsideration ended 2026-09-29 got 2056-09-21 from P10950D.
    assertThat(removable(ProcessKeys.RECONSIDERATION, "2026-09-29T03:00:00Z"))
        .isEqualTo(Instant.parse("2056-12-31T16:00:00Z")); // 2057-01-01 Beijing
    assertThat(removable(ProcessKeys.PUBLICATION_WITHDRAWAL, "2028-02-29T03:00:00Z"))
        .isEqualTo(Instant.parse("2058-12-31T16:00:00Z")); // 2059-01-01 Beijing
  }

  @Test
  void annualReportsAreKeptPermanently() {
    // 永久 (ADR 0165): never removable, not 100 years (2128-01-01 before).
    assertThat(RetentionPeriods.permanent(ProcessKeys.ANNUAL_REPORT)).isTrue();
    assertThat(RetentionPeriods.permanent(ProcessKeys.RECONSIDERATION)).isFalse();
    assertThat(removable(ProcessKeys.ANNUAL_REPORT, "2027-01-20T03:00:00Z")).isNull();
  }

  @Test
  void unknownProcessesAndRunningOnesHaveNoEnd() {
    assertThat(RetentionPeriods.removableFrom("SomethingNew", Instant.now())).isNull();
    assertThat(RetentionPeriods.removableFrom(ProcessKeys.DISCLOSURE_REQUEST, null)).isNull();
  }

  @Test
  void theLeastTimeToLiveIsTheModelsDays() {
    assertThat(RetentionPeriods.minimumTtlDays(ProcessKeys.DISCLOSURE_REQUEST)).isEqualTo(3650);
    assertThat(RetentionPeriods.minimumTtlDays(ProcessKeys.LITIGATION)).isEqualTo(10950);
    assertThat(RetentionPeriods.minimumTtlDays(ProcessKeys.ANNUAL_REPORT)).isEqualTo(36500);
    assertThat(RetentionPeriods.minimumTtlDays(ProcessKeys.REPLY_OUTCOME_TABLE)).isEqualTo(3650);
    assertThat(RetentionPeriods.minimumTtlDays("SomethingNew")).isNull();
  }
}
