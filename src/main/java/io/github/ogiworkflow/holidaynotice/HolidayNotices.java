package io.github.ogiworkflow.holidaynotice;

import io.github.ogiworkflow.calendar.HolidayArrangement;
import io.github.ogiworkflow.calendar.HolidayFileException;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year's holiday notice (国务院办公厅关于节假日安排的通知) added while the app runs (issue 14,
 * point 14): dropped as {@code cn-<year>.txt} into the holiday directory
 * ({@code ogi.calendar.directory}, looked at every {@code ogi.calendar.scan-interval}), or
 * uploaded by an administrator. Validated like the files read at start-up; then the year counts
 * by its notice and the open deadlines counted on the provisional year are counted again
 * ({@link DeadlineRecomputation}), each change in the case's audit trail.
 */
@Component
public class HolidayNotices {

  private static final Logger LOG = LoggerFactory.getLogger(HolidayNotices.class);
  private static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.txt");

  private final WorkingDayCalendar calendar;
  private final DeadlineRecomputation recomputation;
  private final ProcessEngine engine;
  private final TransactionTemplate transaction;
  private final String directory;
  private final StoredHolidayNotices stored;
  /** The longest notice text kept ({@code ogi_holiday_notice.content}). */
  static final int MAX_LENGTH = 20_000;
  /** Files refused, by path, with the modification time refused: logged once, not every scan. */
  private final Map<Path, Long> refused = new HashMap<>();

  public HolidayNotices(WorkingDayCalendar calendar, DeadlineRecomputation recomputation,
      ProcessEngine engine, PlatformTransactionManager transactions,
      StoredHolidayNotices stored, @Value("${ogi.calendar.directory:}") String directory) {
    this.stored = stored;
    this.calendar = calendar;
    this.recomputation = recomputation;
    this.engine = engine;
    this.transaction = new TransactionTemplate(transactions);
    this.directory = directory;
  }

  /**
   * Adds a year's notice and counts the open deadlines again, in one transaction with the
   * notice's row in {@code ogi_holiday_notice} ({@link StoredHolidayNotices}, ADR 0141). The row
   * is the record that the open deadlines were counted on the notice: a year that has it (added
   * on any node, before a restart, or from the directory) is refused as a duplicate and nothing
   * is counted twice (audit 33b, F1); two adds at once wait for each other on its key. A
   * malformed notice, or a year that already has one, is refused in Chinese
   * ({@link InvalidInput}); nothing changes then. If counting the deadlines again fails (e.g. a
   * row lock given up, 409), the year and its row are taken back too.
   */
  public synchronized List<Moved> add(int year, String text, String source) {
    HolidayArrangement notice;
    try {
      notice = WorkingDayCalendar.parseNotice(year, text, source);
    } catch (HolidayFileException | IllegalArgumentException e) {
      throw new InvalidInput(chinese(year, e.getMessage()), e);
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInput("content: at most " + MAX_LENGTH + " characters（" + year
          + "年节假日安排内容过长，最多" + MAX_LENGTH + "个字符）");
    }
    // What other nodes stored counts before this node decides the year is new.
    calendar.lookAtStoredNotices();
    List<Moved> moved;
    boolean[] added = new boolean[1];
    try {
      moved = transaction.execute(status -> {
        if (calendar.hasDataFor(year) || !stored.insert(year, text, source)) {
          throw duplicate(year);
        }
        WorkingDayCalendar before;
        try {
          before = calendar.addYear(notice);
        } catch (IllegalArgumentException e) {
          throw new InvalidInput(chinese(year, e.getMessage()), e);
        }
        added[0] = true;
        return WithoutAuthorizations.call(engine.getIdentityService(),
            () -> recomputation.recompute(engine, before, year));
      });
    } catch (RuntimeException e) {
      // The deadlines and the row were rolled back: so is the year, or a retry would be
      // refused as a duplicate while the open deadlines still count the year provisionally.
      if (added[0]) {
        calendar.withdrawYear(year);
      }
      // A year another node stored meanwhile is counted on from now on.
      calendar.lookAtStoredNotices();
      throw e;
    }
    LOG.info("Holiday notice for {} added from {}: {} deadline(s) counted again", year, source,
        moved.size());
    return moved;
  }

  private static InvalidInput duplicate(int year) {
    return new InvalidInput("content: " + year + " already has holiday data（" + year
        + " 年已有节假日安排，不能重复添加）");
  }

  /**
   * "english (中文)" as the calendar words its errors, into the API's "english（中文）" with the
   * Chinese naming the notice of the year, so the administrator reads what to fix.
   */
  static String chinese(int year, String message) {
    int open = message == null ? -1 : message.lastIndexOf(" (");
    if (open < 0 || !message.endsWith(")")) {
      return "content: invalid（" + year + "年节假日安排内容有误）";
    }
    return "content: " + message.substring(0, open) + "（" + year + "年节假日安排内容有误："
        + message.substring(open + 2, message.length() - 1) + "）";
  }

  /**
   * Looks in the holiday directory for the notice of a year the calendar does not have yet,
   * neither shipped nor stored ({@link StoredHolidayNotices}): a file re-read after a restart,
   * or on a second node with the same directory, moves nothing (audit 33b, F1).
   */
  @Scheduled(initialDelayString = "${ogi.calendar.scan-delay:PT10S}",
      fixedDelayString = "${ogi.calendar.scan-interval:PT1M}")
  public void scanDirectory() {
    if (directory == null || directory.isBlank()) {
      return;
    }
    Path dir = Path.of(directory);
    if (!Files.isDirectory(dir)) {
      return;
    }
    // A year another node (or this one before a restart) stored is not added again (ADR 0141).
    calendar.lookAtStoredNotices();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (name.matches() && !calendar.hasDataFor(Integer.parseInt(name.group(1)))) {
          addFile(Integer.parseInt(name.group(1)), file);
        }
      }
    } catch (IOException e) {
      LOG.warn("Cannot list the holiday directory {}: {}", dir, e.getMessage());
    }
  }

  private void addFile(int year, Path file) throws IOException {
    long modified = Files.getLastModifiedTime(file).toMillis();
    if (Long.valueOf(modified).equals(refused.get(file))) {
      return;
    }
    try {
      add(year, Files.readString(file, StandardCharsets.UTF_8), file.toString());
      refused.remove(file);
    } catch (InvalidInput e) {
      refused.put(file, modified);
      LOG.error("Holiday file {} refused, the calendar is unchanged: {}", file, e.getMessage());
    }
  }
}
