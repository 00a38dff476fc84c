package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarHealthIndicatorTest {

  private static final Clock MID_2026 = clockAt(2026, 6, 1);

  @Test
  void allRelevantYearsKnownMeansNoWarning() {
    Health health = healthAt(MID_2026, calendarFor(2026, 2027));

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("knownYears", List.of(2026, 2027))
        .containsEntry("yearsWithoutData", List.of())
        .doesNotContainKey("warning");
  }

  @Test
  void missingNextYearIsAWarningNotAnOutage() {
    Health health = healthAt(MID_2026, calendarFor(2026));

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("warning",
        "No holiday data for 2027: deadlines are provisional, counting the "
            + "statutory holidays only (2027年节假日安排尚未公布，期限按法定节假日暂算)");
  }

  @Test
  void yearsAskedAboutWithoutDataAreReported() {
    WorkingDayCalendar calendar = calendarFor(2026);
    calendar.isWorkingDay(LocalDate.of(2030, 1, 1));

    Health health = healthAt(MID_2026, calendar);

    assertThat(health.getDetails())
        .containsEntry("yearsWithoutData", List.of(2030))
        .containsEntry("warning", "No holiday data for 2027, 2030: deadlines are "
            + "provisional, counting the statutory holidays only "
            + "(2027、2030年节假日安排尚未公布，期限按法定节假日暂算)");
  }

  @Test
  void usesTheApplicationClockWhenThereIsOne() {
    new ApplicationContextRunner()
        .withUserConfiguration(CalendarConfiguration.class, CalendarHealthIndicator.class)
        .withBean(Clock.class, () -> clockAt(2098, 6, 1))
        .run(context -> {
          Health health = context.getBean(CalendarHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails().get("knownYears"))
              .asInstanceOf(LIST)
              .contains(2025, 2026);
          assertThat((String) health.getDetails().get("warning"))
              .startsWith("No holiday data for 2098, 2099:");
        });
  }

  @Test
  void fallsBackToTheSystemClockWithoutOne() {
    new ApplicationContextRunner()
        .withUserConfiguration(CalendarConfiguration.class, CalendarHealthIndicator.class)
        .run(context -> assertThat(context.getBean(CalendarHealthIndicator.class).health()
            .getStatus()).isEqualTo(Status.UP));
  }

  private static Health healthAt(Clock clock, WorkingDayCalendar calendar) {
    return new CalendarHealthIndicator(calendar, clock).health();
  }

  /** A calendar knowing the given years, each with New Year's Day off. */
  private static WorkingDayCalendar calendarFor(Integer... years) {
    return new WorkingDayCalendar(Arrays.stream(years)
        .map(year -> new HolidayArrangement(year, Set.of(LocalDate.of(year, 1, 1)), Set.of(),
            "cn-" + year + ".txt"))
        .toList());
  }

  private static Clock clockAt(int year, int month, int day) {
    ZonedDateTime noon = LocalDate.of(year, month, day)
        .atTime(12, 0).atZone(CalendarHealthIndicator.DEFAULT_ZONE);
    return Clock.fixed(noon.toInstant(), noon.getZone());
  }
}
