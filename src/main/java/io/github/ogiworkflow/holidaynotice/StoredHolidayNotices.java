package io.github.ogiworkflow.holidaynotice;

import io.github.ogiworkflow.calendar.HolidayArrangement;
import io.github.ogiworkflow.calendar.StoredNotices;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The holiday notices added while the app runs, kept in {@code ogi_holiday_notice} (owner of the
 * table; V99, ADR 0141) so that every node counts on them and a restart keeps them. On creation
 * it makes the calendar read through to the table: at its first use (before the node counts
 * anything) and then at most every {@code ogi.calendar.refresh-interval} (default 1 second).
 */
@Component
public class StoredHolidayNotices implements StoredNotices {

  private final JdbcTemplate jdbc;

  public StoredHolidayNotices(JdbcTemplate jdbc, WorkingDayCalendar calendar,
      @Value("${ogi.calendar.refresh-interval:PT1S}") Duration refreshInterval) {
    this.jdbc = jdbc;
    calendar.readThrough(this, refreshInterval);
  }

  @Override
  public Set<Integer> years() {
    return new HashSet<>(jdbc.queryForList(
        "SELECT notice_year FROM ogi_holiday_notice", Integer.class));
  }

  @Override
  public Optional<HolidayArrangement> notice(int year) {
    List<HolidayArrangement> found = jdbc.query(
        "SELECT content, source FROM ogi_holiday_notice WHERE notice_year = ?",
        (rs, row) -> WorkingDayCalendar.parseNotice(year, rs.getString("content"),
            "ogi_holiday_notice " + year + " (" + rs.getString("source") + ")"), year);
    return found.stream().findFirst();
  }

  /**
   * Stores the year's notice in the caller's transaction. The primary key is the lock: a second
   * add of the year on any node waits for the first to end and then finds the row. Returns
   * false if the year has its notice already.
   */
  boolean insert(int year, String content, String source) {
    if (!jdbc.queryForList("SELECT notice_year FROM ogi_holiday_notice WHERE notice_year = ?",
        Integer.class, year).isEmpty()) {
      return false;
    }
    try {
      jdbc.update("INSERT INTO ogi_holiday_notice (notice_year, content, source, added_at) "
          + "VALUES (?, ?, ?, ?)", year, content,
          source.length() > 500 ? source.substring(0, 500) : source,
          Timestamp.from(Instant.now()));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }
}
