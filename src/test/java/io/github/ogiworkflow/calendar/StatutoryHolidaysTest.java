package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The provisional holidays of a year without the State Council's notice, against dates checked
 * by hand: the official 农历 (春节 2027 = 6 February, 2030 = 3 February), the new moons of 2027
 * (see {@link #provisionalHolidaysOf2027()}) and the State Council's notices of 2019–2026.
 */
class StatutoryHolidaysTest {

  /**
   * 2027, hand-checked: new moons (Beijing time) 6 Feb 23:56 → 初一 6 Feb, 除夕 5 Feb (Fri);
   * 5 Jun 03:40 → 五月初一, 初五 = 9 Jun (Wed); 1 Sep 01:40 → 八月初一, 十五 = 15 Sep (Wed);
   * the sun reaches 15° on 5 Apr about 08:10 → 清明 5 Apr (Mon).
   */
  @Test
  void provisionalHolidaysOf2027() {
    Map<String, List<LocalDate>> holidays = StatutoryHolidays.of(2027);

    assertThat(holidays).containsExactly(
        Map.entry("元旦", List.of(date("2027-01-01"))),
        Map.entry("春节", List.of(date("2027-02-05"), date("2027-02-06"), date("2027-02-07"),
            date("2027-02-08"))),
        Map.entry("清明节", List.of(date("2027-04-05"))),
        Map.entry("劳动节", List.of(date("2027-05-01"), date("2027-05-02"))),
        Map.entry("端午节", List.of(date("2027-06-09"))),
        Map.entry("中秋节", List.of(date("2027-09-15"))),
        Map.entry("国庆节", List.of(date("2027-10-01"), date("2027-10-02"), date("2027-10-03"))));
    assertThat(StatutoryHolidays.provisionalArrangement(2027).daysOff()).hasSize(13);
    assertThat(StatutoryHolidays.provisionalArrangement(2027).makeUpWorkdays()).isEmpty();
  }

  /**
   * Why the new moons are refined: ICU4J alone puts 春节 2027 a day late, because its new moon
   * of 6 February (15:56 UTC, 23:56 in Beijing) lands after Beijing midnight. The precise time
   * (Meeus ch. 49) is within a few minutes of the published 15:56 UTC.
   */
  @Test
  void icuAloneIsADayLateFor2027AndTheRefinementFixesIt() {
    ChineseCalendar icu = new ChineseCalendar(TimeZone.getTimeZone("UTC"));
    icu.setTimeInMillis(date("2027-02-07").atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
    assertThat(icu.get(ChineseCalendar.MONTH)).isZero();
    assertThat(icu.get(ChineseCalendar.DAY_OF_MONTH)).isEqualTo(1);

    Instant newMoon = ChineseDates.NewMoons.nearest(date("2027-02-07"));
    assertThat(Duration.between(Instant.parse("2027-02-06T15:56:00Z"), newMoon).abs())
        .isLessThan(Duration.ofMinutes(2));
    assertThat(ChineseDates.firstDayOfLunarMonth(2027, 1)).isEqualTo(date("2027-02-06"));
  }

  /** 春节 (初一) of well-known years, including 2030, where ICU4J alone is also a day off. */
  @ParameterizedTest
  @CsvSource({
      "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
      "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
      "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-03"})
  void springFestival(int year, LocalDate firstDay) {
    assertThat(ChineseDates.firstDayOfLunarMonth(year, 1)).isEqualTo(firstDay);
  }

  /** 清明 as the State Council's notices gave it, 2019–2026, and 2027. */
  @ParameterizedTest
  @CsvSource({
      "2019, 2019-04-05", "2020, 2020-04-04", "2021, 2021-04-04", "2022, 2022-04-05",
      "2023, 2023-04-05", "2024, 2024-04-04", "2025, 2025-04-04", "2026, 2026-04-05",
      "2027, 2027-04-05"})
  void qingming(int year, LocalDate day) {
    assertThat(ChineseDates.qingming(year)).isEqualTo(day);
  }

  /**
   * An independent check: every statutory day off computed for 2025 and 2026 is a day off in
   * the State Council's notice for that year (the files shipped): 端午 2025 = 31 May,
   * 中秋 2025 = 6 Oct (inside 国庆), 端午 2026 = 19 Jun, 中秋 2026 = 25 Sep.
   */
  @ParameterizedTest
  @CsvSource({"2025", "2026"})
  void everyStatutoryDayIsOffInTheYearsNotice(int year) {
    WorkingDayCalendar announced = WorkingDayCalendar.fromClasspath();
    assertThat(announced.hasDataFor(year)).isTrue();
    StatutoryHolidays.of(year).forEach((name, days) -> days.forEach(day ->
        assertThat(announced.isWorkingDay(day)).as("%s %s", name, day).isFalse()));
    assertThat(StatutoryHolidays.of(2025).get("端午节")).containsExactly(date("2025-05-31"));
    assertThat(StatutoryHolidays.of(2025).get("中秋节")).containsExactly(date("2025-10-06"));
    assertThat(StatutoryHolidays.of(2026).get("端午节")).containsExactly(date("2026-06-19"));
    assertThat(StatutoryHolidays.of(2026).get("中秋节")).containsExactly(date("2026-09-25"));
  }

  @Test
  void deltaTIsAboutSeventySecondsNow() {
    assertThat(ChineseDates.NewMoons.deltaTSeconds(2027)).isCloseTo(75, within(8.0));
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
