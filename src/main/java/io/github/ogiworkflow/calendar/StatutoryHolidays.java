package io.github.ogiworkflow.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statutory public holidays of a year (全体公民放假的节日) under the 全国年节及纪念日放假办法
 * as revised by State Council Decree No. 795 (in force 1 January 2025), Art. 2: 元旦 1 day,
 * 春节 4 days (除夕 to 初三), 清明节 1 day, 劳动节 2 days (1–2 May), 端午节 1 day, 中秋节 1 day,
 * 国庆节 3 days (1–3 October).
 *
 * <p>Used only for a year without the State Council's notice (国务院办公厅关于部分节假日安排的
 * 通知), as a provisional calendar: the notice moves days off around weekends (调休) and adds
 * make-up working days; none of that is guessed. A holiday for all citizens that falls on a
 * Saturday or Sunday earns a day off on a working day (补假, Art. 6), but which day only the
 * notice says, so none is invented: a provisional year has exactly the statutory dates as days
 * off, and a provisional deadline never lies later than the statutory days alone justify.
 */
public final class StatutoryHolidays {

  /** The first year the 2024 revision (Decree No. 795) applies to. */
  public static final int FIRST_YEAR_OF_2024_RULES = 2025;

  private StatutoryHolidays() {
  }

  /** The statutory days off of that year by holiday, in calendar order. */
  public static Map<String, List<LocalDate>> of(int year) {
    if (year < FIRST_YEAR_OF_2024_RULES) {
      throw new IllegalArgumentException(
          "the 2024 holiday rules apply from " + FIRST_YEAR_OF_2024_RULES + ": " + year);
    }
    LocalDate newYearsEve = ChineseDates.firstDayOfLunarMonth(year, 1).minusDays(1);
    Map<String, List<LocalDate>> holidays = new LinkedHashMap<>();
    holidays.put("元旦", List.of(LocalDate.of(year, 1, 1)));
    holidays.put("春节", newYearsEve.datesUntil(newYearsEve.plusDays(4)).toList());
    holidays.put("清明节", List.of(ChineseDates.qingming(year)));
    holidays.put("劳动节", List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2)));
    holidays.put("端午节", List.of(ChineseDates.lunar(year, 5, 5)));
    holidays.put("中秋节", List.of(ChineseDates.lunar(year, 8, 15)));
    holidays.put("国庆节", LocalDate.of(year, 10, 1).datesUntil(LocalDate.of(year, 10, 4)).toList());
    return holidays;
  }

  /** The provisional arrangement of a year without the notice: statutory days off only. */
  public static HolidayArrangement provisionalArrangement(int year) {
    Set<LocalDate> daysOff = new TreeSet<>();
    of(year).values().forEach(daysOff::addAll);
    return new HolidayArrangement(year, daysOff, Set.of(),
        "statutory holidays " + year + " (provisional, 全国年节及纪念日放假办法)");
  }
}
