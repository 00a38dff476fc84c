package io.github.ogiworkflow.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days in mainland China: Monday to Friday, minus the public holidays, plus the make-up
 * working days (调休) announced each year. Statutory deadlines such as "reply within 20 working
 * days of receipt" are computed here.
 *
 * <p>A year without holiday data (no State Council notice yet) is counted provisionally: Monday
 * to Friday minus the statutory holidays of {@link StatutoryHolidays}, no make-up working days
 * (years before 2025, under older rules, count Monday to Friday only). A warning is logged the
 * first time the year is asked about, the year is reported by {@link #yearsAskedWithoutData()}
 * (and so in the actuator health details), and {@link #isProvisional} tells callers which
 * deadlines rest on such a year.
 *
 * <p>Spring provides the calendar as a bean; plain unit tests use {@link #fromClasspath()}.
 * Instances are thread-safe; they change only when a year's notice is added
 * ({@link #addYear}) or read from the notices stored for all nodes ({@link #readThrough},
 * ADR 0141), and in the record of years asked about.
 */
public class WorkingDayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  /**
   * The holiday data, swapped as a whole when a year's notice is added while the app runs
   * ({@link #addYear}), so a reader sees either the old or the new calendar, never a mix.
   */
  private record Data(SortedSet<Integer> knownYears, Set<LocalDate> daysOff,
      Set<LocalDate> makeUpWorkdays, List<HolidayArrangement> arrangements) {}

  private volatile Data data;
  /** The notices other nodes (or this one before a restart) added, read through (ADR 0141). */
  private volatile StoredNotices stored;
  private volatile long refreshNanos;
  /** When the stored notices are next looked at (System.nanoTime), once looked at once. */
  private volatile long nextLookAt;
  private volatile boolean lookedAtOnce;
  private final java.util.concurrent.locks.ReentrantLock looking =
      new java.util.concurrent.locks.ReentrantLock();
  /** Stored years that could not be added (e.g. contradicting another year): logged once. */
  private final Set<Integer> storedRefused = ConcurrentHashMap.newKeySet();
  private final Set<Integer> yearsAskedWithoutData = ConcurrentHashMap.newKeySet();
  /** Statutory days off of years without data, computed once per year when first asked. */
  private final Map<Integer, Set<LocalDate>> provisionalDaysOff = new ConcurrentHashMap<>();

  /**
   * @throws IllegalArgumentException if two arrangements are for the same year, or one lists
   *     a day off that another lists as a make-up working day
   */
  public WorkingDayCalendar(Collection<HolidayArrangement> arrangements) {
    Map<Integer, HolidayArrangement> byYear = new HashMap<>();
    Map<LocalDate, HolidayArrangement> dayOffSources = new HashMap<>();
    Map<LocalDate, HolidayArrangement> makeUpSources = new HashMap<>();
    for (HolidayArrangement arrangement : arrangements) {
      HolidayArrangement sameYear = byYear.putIfAbsent(arrangement.year(), arrangement);
      if (sameYear != null) {
        throw new IllegalArgumentException(bilingual(
            "two holiday files for " + arrangement.year() + ": " + sameYear.source()
                + " and " + arrangement.source(),
            arrangement.year() + " 年有两个节假日文件"));
      }
      arrangement.daysOff().forEach(day -> dayOffSources.putIfAbsent(day, arrangement));
      arrangement.makeUpWorkdays().forEach(day -> makeUpSources.putIfAbsent(day, arrangement));
    }
    dayOffSources.forEach((day, offSource) -> {
      HolidayArrangement workSource = makeUpSources.get(day);
      if (workSource != null) {
        throw new IllegalArgumentException(bilingual(
            day + " is a day off in " + offSource.source() + " but a make-up working day in "
                + workSource.source(),
            day + " 在两个文件中分别被列为休息日和调休上班日"));
      }
    });
    this.data = new Data(Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet())),
        Set.copyOf(dayOffSources.keySet()), Set.copyOf(makeUpSources.keySet()),
        List.copyOf(arrangements));
  }

  /**
   * Adds the State Council's notice of a year while the app runs (issue 14, point 14): from now
   * on the year counts by its notice instead of provisionally. Returns the calendar as it was
   * before, so callers can count again what was counted on the provisional year.
   *
   * @throws IllegalArgumentException (bilingual) if the year already has holiday data, or the
   *     notice contradicts another year's file
   */
  public synchronized WorkingDayCalendar addYear(HolidayArrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    Data before = data;
    if (before.knownYears().contains(arrangement.year())) {
      throw new IllegalArgumentException(bilingual(
          arrangement.year() + " already has holiday data",
          arrangement.year() + " 年已有节假日安排，不能重复添加"));
    }
    List<HolidayArrangement> all = new java.util.ArrayList<>(before.arrangements());
    all.add(arrangement);
    WorkingDayCalendar combined = new WorkingDayCalendar(all);
    this.data = combined.data;
    yearsAskedWithoutData.remove(arrangement.year());
    provisionalDaysOff.remove(arrangement.year());
    LOG.info("Holiday data for {} added from {}", arrangement.year(), arrangement.source());
    return new WorkingDayCalendar(before.arrangements());
  }

  /**
   * Takes back a year {@link #addYear} added, when what had to follow it failed (the open
   * deadlines were not counted again): the year counts provisionally again, and the same notice
   * can be added once more.
   */
  public synchronized void withdrawYear(int year) {
    List<HolidayArrangement> rest = data.arrangements().stream()
        .filter(arrangement -> arrangement.year() != year).toList();
    this.data = new WorkingDayCalendar(rest).data;
    provisionalDaysOff.remove(year);
    LOG.info("Holiday data for {} withdrawn", year);
  }

  /**
   * Reads through to the notices stored for all nodes (ADR 0141): at the first use after this
   * call, and then at most once per {@code interval} on use, the calendar asks {@code store}
   * for its years and adds the notice of each year it does not count on yet, without counting
   * anything again (the node that stored the notice did that, in the same transaction). Between
   * two looks a node may count at most {@code interval} on what it knew. {@code null} stops it.
   */
  public void readThrough(StoredNotices store, java.time.Duration interval) {
    this.refreshNanos = interval == null ? 0 : Math.max(0, interval.toNanos());
    this.stored = store;
    this.lookedAtOnce = false;
    this.nextLookAt = System.nanoTime();
  }

  /** Looks at the stored notices now, whatever the interval (e.g. before a notice is added). */
  public void lookAtStoredNotices() {
    if (stored != null) {
      nextLookAt = System.nanoTime();
      lookedAtOnce = false;
      current();
    }
  }

  /**
   * The holiday data to count on, once the stored notices were looked at if due. Every public
   * question reads it once, so one answer never mixes two calendars.
   */
  private Data current() {
    StoredNotices store = stored;
    if (store != null && (!lookedAtOnce || System.nanoTime() - nextLookAt >= 0)
        && !looking.isHeldByCurrentThread()) {
      // The first look waits for the one under way, so no use before it counts on less than
      // the store; later uses go on with what is known while another thread looks.
      if (lookedAtOnce ? looking.tryLock() : lock(looking)) {
        try {
          if (!lookedAtOnce || System.nanoTime() - nextLookAt >= 0) {
            addStored(store);
            lookedAtOnce = true;
            nextLookAt = System.nanoTime() + refreshNanos;
          }
        } catch (RuntimeException e) {
          // The database may be down for a moment: count on what is known, look again later.
          LOG.warn("Cannot read the stored holiday notices: {}", e.toString());
          lookedAtOnce = true;
          nextLookAt = System.nanoTime() + refreshNanos;
        } finally {
          looking.unlock();
        }
      }
    }
    return data;
  }

  private static boolean lock(java.util.concurrent.locks.ReentrantLock lock) {
    lock.lock();
    return true;
  }

  private void addStored(StoredNotices store) {
    for (int year : new TreeSet<>(store.years())) {
      if (data.knownYears().contains(year)) {
        continue;
      }
      Optional<HolidayArrangement> notice = store.notice(year);
      if (notice.isEmpty()) {
        continue;
      }
      try {
        synchronized (this) {
          if (!data.knownYears().contains(year)) {
            List<HolidayArrangement> all = new java.util.ArrayList<>(data.arrangements());
            all.add(notice.get());
            this.data = new WorkingDayCalendar(all).data;
            yearsAskedWithoutData.remove(year);
            provisionalDaysOff.remove(year);
            LOG.info("Holiday data for {} read from {}", year, notice.get().source());
          }
        }
      } catch (IllegalArgumentException e) {
        if (storedRefused.add(year)) {
          LOG.error("Stored holiday notice for {} not used: {}", year, e.getMessage());
        }
      }
    }
  }

  /**
   * A year's notice as uploaded or dropped into the holiday directory, read and validated like
   * the files read at start-up ({@code cn-<year>.txt} syntax).
   *
   * @throws HolidayFileException (bilingual, naming the line) if the text is malformed
   */
  public static HolidayArrangement parseNotice(int year, String text, String source) {
    try (java.io.BufferedReader lines = new java.io.BufferedReader(
        new java.io.StringReader(text == null ? "" : text))) {
      return HolidayFiles.parse(year, lines, source);
    } catch (java.io.IOException e) {
      throw new HolidayFileException(source, "cannot read the text", "无法读取内容", e);
    }
  }

  /** The calendar of all {@code calendar/cn-<year>.txt} files on the classpath. */
  public static WorkingDayCalendar fromClasspath() {
    return fromResources(HolidayFiles.CLASSPATH_PATTERN);
  }

  /**
   * The calendar of the holiday files matching a Spring resource pattern, for example
   * {@code "classpath*:calendar/cn-*.txt"} or {@code "file:/etc/ogi/calendar/cn-*.txt"}.
   *
   * @throws HolidayFileException naming file and line if a file is malformed
   */
  public static WorkingDayCalendar fromResources(String locationPattern) {
    List<HolidayArrangement> arrangements = HolidayFiles.readAll(locationPattern);
    WorkingDayCalendar calendar = new WorkingDayCalendar(arrangements);
    if (arrangements.isEmpty()) {
      LOG.warn("No holiday files found at {}: counting weekdays only", locationPattern);
    } else {
      LOG.info("Working-day calendar has holiday data for {}", calendar.knownYears());
    }
    return calendar;
  }

  /** {@code date} if staff work that day, else the next day they do. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    Data now = current();
    LocalDate day = date;
    while (!isWorkingDay(now, day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Whether staff work on that day. */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(current(), date);
  }

  private boolean isWorkingDay(Data now, LocalDate date) {
    Objects.requireNonNull(date, "date");
    noteIfWithoutData(now, date.getYear());
    if (now.makeUpWorkdays().contains(date)) {
      return true;
    }
    if (HolidayFiles.isWeekend(date) || now.daysOff().contains(date)) {
      return false;
    }
    return now.knownYears().contains(date.getYear()) || !provisionalDaysOffOf(date.getYear())
        .contains(date);
  }

  /**
   * Whether a deadline counted over the days from {@code from} to {@code to} (either order)
   * rests on a year without the State Council's notice, i.e. is provisional.
   */
  public boolean isProvisional(LocalDate from, LocalDate to) {
    return !provisionalYearsBetween(from, to).isEmpty();
  }

  /** The years without holiday data from {@code from}'s year to {@code to}'s, ascending. */
  public SortedSet<Integer> provisionalYearsBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    SortedSet<Integer> years = new TreeSet<>();
    int first = Math.min(from.getYear(), to.getYear());
    int last = Math.max(from.getYear(), to.getYear());
    SortedSet<Integer> known = current().knownYears();
    for (int year = first; year <= last; year++) {
      if (!known.contains(year)) {
        years.add(year);
      }
    }
    return years;
  }

  /**
   * The day that is {@code n} working days after {@code start}; {@code start} itself never
   * counts, whether or not it is a working day. A reply due "within 20 working days of receipt"
   * is due on {@code addWorkingDays(receipt, 20)}. For {@code n > 0} the result is always a
   * working day; {@code n == 0} returns {@code start} unchanged.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    Data now = current();
    LocalDate day = start;
    for (int remaining = n; remaining > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(now, day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The working day that lies {@code n} working days before {@code end} ({@code end} itself
   * never counts): when a reminder "n working days before the deadline" is due.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate workingDaysBefore(LocalDate end, int n) {
    Objects.requireNonNull(end, "end");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    Data now = current();
    LocalDate day = end;
    for (int remaining = n; remaining > 0; ) {
      day = day.minusDays(1);
      if (isWorkingDay(now, day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The number of working days {@code d} with {@code from < d <= to}; if {@code to} is before
   * {@code from}, minus the number of working days {@code d} with {@code to < d <= from}, so
   * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)} and equal dates give 0.
   *
   * <p>This is the inverse of {@link #addWorkingDays}: for {@code n >= 0},
   * {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}. For {@code b} after {@code a},
   * {@code addWorkingDays(a, workingDaysBetween(a, b))} is the last working day on or before
   * {@code b}, or {@code a} if there is none after {@code a}. Used as
   * {@code workingDaysBetween(today, due)}, it gives the working days left (negative once
   * overdue).
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Data now = current();
    return to.isBefore(from) ? -countWorkingDays(now, to, from) : countWorkingDays(now, from, to);
  }

  /** Years with holiday data, ascending. */
  public SortedSet<Integer> knownYears() {
    return current().knownYears();
  }

  /** Whether the holidays of that year are known. */
  public boolean hasDataFor(int year) {
    return current().knownYears().contains(year);
  }

  /**
   * Years that were asked about but have no holiday data, ascending: results for those years
   * are provisional (statutory holidays only, see {@link StatutoryHolidays}).
   */
  public SortedSet<Integer> yearsAskedWithoutData() {
    current();
    return Collections.unmodifiableSortedSet(new TreeSet<>(yearsAskedWithoutData));
  }

  /** The warning shown to staff (log and health details) for years without holiday data. */
  static String missingDataWarning(Collection<Integer> years) {
    String english = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return bilingual("No holiday data for " + english
        + ": deadlines are provisional, counting the statutory holidays only",
        provisionalWarning(years));
  }

  /**
   * The Chinese warning shown to office and leadership beside provisional deadlines, e.g.
   * "2027年节假日安排尚未公布，期限按法定节假日暂算".
   */
  public static String provisionalWarning(Collection<Integer> years) {
    String chinese = years.stream().map(String::valueOf).collect(Collectors.joining("、"));
    return chinese + "年节假日安排尚未公布，期限按法定节假日暂算";
  }

  private Set<LocalDate> provisionalDaysOffOf(int year) {
    if (year < StatutoryHolidays.FIRST_YEAR_OF_2024_RULES) {
      return Set.of();
    }
    return provisionalDaysOff.computeIfAbsent(year,
        y -> StatutoryHolidays.provisionalArrangement(y).daysOff());
  }

  private static String bilingual(String english, String chinese) {
    return english + " (" + chinese + ")";
  }

  /** Counts working days d with exclusiveStart < d <= inclusiveEnd. */
  private int countWorkingDays(Data now, LocalDate exclusiveStart, LocalDate inclusiveEnd) {
    int count = 0;
    for (LocalDate day = exclusiveStart.plusDays(1); !day.isAfter(inclusiveEnd);
        day = day.plusDays(1)) {
      if (isWorkingDay(now, day)) {
        count++;
      }
    }
    return count;
  }

  private void noteIfWithoutData(Data now, int year) {
    // The set add is the once-per-year guard, so concurrent callers log at most once.
    if (!now.knownYears().contains(year) && yearsAskedWithoutData.add(year)) {
      LOG.warn("{}; add calendar/cn-{}.txt", missingDataWarning(List.of(year)), year);
    }
  }
}
