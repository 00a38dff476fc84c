package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Audit 33b, F2 (ADR 0141): a notice another node stored is counted on here after at most the
 * refresh interval, without asking the store at every question.
 */
class ReadThroughTest {

  static final LocalDate MONDAY_4_JANUARY_2027 = LocalDate.of(2027, 1, 4);

  /** The database table as another node fills it, counting how often it is asked. */
  static final class Store implements StoredNotices {
    final Map<Integer, String> notices = new ConcurrentHashMap<>();
    final AtomicInteger asked = new AtomicInteger();
    volatile boolean down;

    @Override
    public Set<Integer> years() {
      asked.incrementAndGet();
      if (down) {
        throw new IllegalStateException("database down");
      }
      return Set.copyOf(notices.keySet());
    }

    @Override
    public Optional<HolidayArrangement> notice(int year) {
      return Optional.ofNullable(notices.get(year))
          .map(text -> WorkingDayCalendar.parseNotice(year, text, "stored " + year));
    }
  }

  @Test
  void aNoticeStoredByAnotherNodeIsCountedOnAfterTheIntervalAndTheStoreIsAskedOncePerInterval()
      throws Exception {
    Store store = new Store();
    WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
    // The provisional 2027 (lunar dates) is computed once before the clock matters.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20))
        .isEqualTo(LocalDate.of(2027, 1, 18));
    calendar.readThrough(store, Duration.ofSeconds(1));
    assertThat(calendar.isWorkingDay(MONDAY_4_JANUARY_2027)).isTrue();
    assertThat(store.asked).hasValue(1);

    store.notices.put(2027, "holiday 2027-01-01..2027-01-04\n");
    for (int i = 0; i < 1000; i++) {
      calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20);
    }
    // Within the interval the calendar counts on what it knew, asking nobody.
    assertThat(store.asked).hasValue(1);
    assertThat(calendar.hasDataFor(2027)).isFalse();

    Thread.sleep(1100);
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20))
        .isEqualTo(LocalDate.of(2027, 1, 19));
    assertThat(calendar.hasDataFor(2027)).isTrue();
    assertThat(calendar.isWorkingDay(MONDAY_4_JANUARY_2027)).isFalse();
    assertThat(calendar.yearsAskedWithoutData()).doesNotContain(2027);
    assertThat(store.asked).hasValue(2);
  }

  @Test
  void theFirstQuestionReadsTheStoreAndAStoreThatFailsLeavesTheCalendarAsItWas() {
    Store store = new Store();
    store.notices.put(2027, "holiday 2027-01-01..2027-01-04\n");
    WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
    calendar.readThrough(store, Duration.ofHours(1));
    // A node that starts counts on the stored notice from its first question on.
    assertThat(calendar.isWorkingDay(MONDAY_4_JANUARY_2027)).isFalse();

    store.down = true;
    store.notices.put(2028, "holiday 2028-01-03\n");
    calendar.lookAtStoredNotices();
    assertThat(calendar.hasDataFor(2027)).isTrue();
    assertThat(calendar.hasDataFor(2028)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
  }
}
