package io.github.ogiworkflow.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code calendar} entry of {@code /actuator/health}. Always UP: missing holiday data makes
 * deadlines provisional (statutory holidays only), which is worth a warning but is no outage.
 * Details:
 * {@code knownYears}, {@code yearsWithoutData} (asked about without data) and, if this year,
 * next year or a year asked about has no data, a bilingual {@code warning}.
 */
@Component
public class CalendarHealthIndicator implements HealthIndicator {

  /** Where the bureaus are, for "this year" when the application defines no {@link Clock}. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  @Autowired
  public CalendarHealthIndicator(WorkingDayCalendar calendar, ObjectProvider<Clock> clock) {
    this(calendar, clock.getIfAvailable(() -> Clock.system(DEFAULT_ZONE)));
  }

  CalendarHealthIndicator(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public Health health() {
    SortedSet<Integer> yearsAskedWithoutData = calendar.yearsAskedWithoutData();
    SortedSet<Integer> yearsToWarnAbout = new TreeSet<>(yearsAskedWithoutData);
    // Next year matters before it starts: deadlines late in the year reach into it.
    int thisYear = LocalDate.now(clock).getYear();
    for (int year : List.of(thisYear, thisYear + 1)) {
      if (!calendar.hasDataFor(year)) {
        yearsToWarnAbout.add(year);
      }
    }
    Health.Builder health = Health.up()
        .withDetail("knownYears", List.copyOf(calendar.knownYears()))
        .withDetail("yearsWithoutData", List.copyOf(yearsAskedWithoutData));
    if (!yearsToWarnAbout.isEmpty()) {
      health.withDetail("warning", WorkingDayCalendar.missingDataWarning(yearsToWarnAbout));
    }
    return health.build();
  }
}
