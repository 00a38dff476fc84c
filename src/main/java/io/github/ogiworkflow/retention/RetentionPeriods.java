package io.github.ogiworkflow.retention;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The archive period of each process's files (README "History retention", ADR 0004) and the day
 * its history may be removed (audit 34b F5, ADR 0156). Archive periods (文书档案保管期限 定期10年,
 * 定期30年, 永久) are counted in whole years from 1 January of the year after the file is closed,
 * not in days from the moment it closes: a request that ended on 2026-12-07 is kept through
 * 2036 and its history may go on or after 2037-01-01. The year is the one in Beijing.
 */
public final class RetentionPeriods {

  /** Years per root process definition key; the same table as README "History retention". */
  static final Map<String, Integer> YEARS = Map.of(
      ProcessKeys.DISCLOSURE_REQUEST, 10, ProcessKeys.SECRECY_REVIEW, 10,
      ProcessKeys.COMPLAINT, 10, ProcessKeys.SIGNED_FOR_FOLLOW_UP, 10,
      ProcessKeys.TERMINATION_NOTICE_SERVICE, 10,
      ProcessKeys.RECONSIDERATION, 30, ProcessKeys.LITIGATION, 30,
      ProcessKeys.PROACTIVE_DISCLOSURE, 30, ProcessKeys.PUBLICATION_WITHDRAWAL, 30,
      // 永久 in the archive rules: kept for good (PERMANENT); 100 years is only the model's TTL,
      // which the engine requires, and the floor of a TTL change (ADR 0004, ADR 0165).
      ProcessKeys.ANNUAL_REPORT, 100);

  /**
   * Kept permanently (永久): no removal time at all ({@link RemovalTimes} clears the one the
   * engine sets from the model's TTL), so the engine's cleanup never removes them (ADR 0165).
   */
  static final Set<String> PERMANENT = Set.of(ProcessKeys.ANNUAL_REPORT);

  /** Decisions are evaluated inside the cases and go with them; their TTL is 10 years. */
  static final Map<String, Integer> DECISION_YEARS = Map.of(
      ProcessKeys.REPLY_OUTCOME_TABLE, 10, ProcessKeys.APPROVAL_REQUIRED_TABLE, 10,
      ProcessKeys.PUBLICATION_APPROVAL, 10);

  private RetentionPeriods() {}

  /** The archive period in years of a root process, or null for a key the table does not know. */
  public static Integer years(String processKey) {
    return YEARS.get(processKey);
  }

  /** Whether a root process's files are kept permanently (永久): its history is never removed. */
  public static boolean permanent(String processKey) {
    return PERMANENT.contains(processKey);
  }

  /**
   * The first moment the history of a root instance of {@code processKey} that ended at
   * {@code end} may be removed: 00:00 Beijing time on 1 January of (the year it ended + 1 +
   * the period). Null when the process is kept permanently or unknown, or has not ended: such
   * history is kept.
   */
  public static Instant removableFrom(String processKey, Instant end) {
    Integer years = years(processKey);
    if (years == null || end == null || permanent(processKey)) {
      return null;
    }
    int closedIn = LocalDate.ofInstant(end, OfficeTime.ZONE).getYear();
    return LocalDate.of(closedIn + 1 + years, 1, 1).atStartOfDay(OfficeTime.ZONE).toInstant();
  }

  /**
   * The least {@code historyTimeToLive} (days) a definition may be given: the period in days of
   * 365, as the models carry it (P3650D, P10950D, P36500D). The removal time itself is set by
   * {@link RemovalTimes} after the year rule; the TTL is the engine's fallback until then.
   * Null for a key the table does not know.
   */
  public static Integer minimumTtlDays(String definitionKey) {
    Integer years = YEARS.containsKey(definitionKey) ? YEARS.get(definitionKey)
        : DECISION_YEARS.get(definitionKey);
    return years == null ? null : years * 365;
  }
}
