package io.github.ogiworkflow.calendar;

import java.util.Optional;
import java.util.Set;

/**
 * Where the holiday notices added while the app runs are kept for every node (the database,
 * holidaynotice/StoredHolidayNotices; ADR 0141). {@link WorkingDayCalendar#readThrough} asks it
 * for the years it holds at the calendar's first use and then at most once per interval, and
 * adds the notice of each year it does not count on yet.
 */
public interface StoredNotices {

  /** The years whose notice is stored (one cheap query). */
  Set<Integer> years();

  /** The stored notice of that year, parsed like the shipped files, if there is one. */
  Optional<HolidayArrangement> notice(int year);
}
