package io.github.ogiworkflow.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year's public holiday arrangement (节假日安排) as announced by the State Council.
 *
 * @param year the year the arrangement was announced for
 * @param daysOff days off, weekends inside a holiday included
 * @param makeUpWorkdays Saturdays and Sundays that are working days (调休上班)
 * @param source where the arrangement was read from, named in error messages
 */
public record HolidayArrangement(
    int year, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkdays, String source) {

  public HolidayArrangement {
    daysOff = Set.copyOf(daysOff);
    makeUpWorkdays = Set.copyOf(makeUpWorkdays);
  }
}
