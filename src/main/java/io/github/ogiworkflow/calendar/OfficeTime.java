package io.github.ogiworkflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The office's time: Beijing time, read from the engine's clock so that tests which move the
 * engine's clock move every deadline with it.
 */
public final class OfficeTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /**
   * 即将到期 in Tasklist and 期限监控: due within this many working days (a task due in 3 working
   * days is listed). Here, below both the deadlines and the filter seeding, so neither reaches up.
   */
  public static final int DUE_SOON_WORKING_DAYS = 3;
  /** When a reminder is due on a day, it fires at the start of office hours. */
  static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);

  private OfficeTime() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }

  /** The last moment of the day: a task due that day is overdue only once the day is over. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
  }

  /** The first moment of the next day, when a deadline of that day has passed. */
  public static Date after(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  /** Office opening time of that day. */
  public static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(OFFICE_OPENS).atZone(ZONE).toInstant());
  }

  /** A date written as the forms write it, whether or not the day exists. */
  private static final java.util.regex.Pattern WELL_FORMED =
      java.util.regex.Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])");

  /**
   * A date as the forms and the API send it: {@code yyyy-MM-dd}, an ISO date-time, a
   * {@link Date} or a {@link LocalDate}. Null stays null.
   */
  public static LocalDate toLocalDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZONE);
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.length() <= 10 ? LocalDate.parse(text)
          : LocalDate.ofInstant(OffsetDateTime.parse(text).toInstant(), ZONE);
    } catch (DateTimeParseException e) {
      if (WELL_FORMED.matcher(text).lookingAt() && !exists(text.substring(0, 10))) {
        // The format is right, the day is not in the calendar (2026-02-29, 2026-04-31).
        throw new IllegalArgumentException("Not a date: '" + text + "' does not exist"
            + "（日期不存在：" + text.substring(0, 10) + "，请核对年、月、日）", e);
      }
      throw new IllegalArgumentException("Not a date: '" + text + "'（日期格式应为 年-月-日，如 2026-01-01）", e);
    }
  }

  private static boolean exists(String date) {
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
