package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.calendar.OfficeTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's entries of one trail as its sources add them, in the order added; an entry
 * recorded in the transaction that completed a task names that task, so that the timeline
 * places it right after the task's line at the same moment.
 */
final class TrailLines {

  /** The longest value a line shows; longer ones are cut with "…". */
  static final int MAX_VALUE = 300;

  private final List<Entry> entries = new ArrayList<>();
  private final Map<Entry, String> recordedAt = new IdentityHashMap<>();

  void add(Entry entry) {
    entries.add(entry);
  }

  /** An entry recorded when the task of the element {@code taskId} was completed. */
  void addAfterTask(Entry entry, String taskId) {
    entries.add(entry);
    recordedAt.put(entry, taskId);
  }

  List<Entry> entries() {
    return entries;
  }

  /** The task whose completion recorded {@code entry}, or null. */
  String taskOf(Entry entry) {
    return recordedAt.get(entry);
  }

  /** An entry of which the register knows the day, not the time. */
  static Entry day(LocalDate on, String kind, String activity, String who,
      String outcome, String detail) {
    return new Entry(on.atStartOfDay(OfficeTime.ZONE).toInstant(), true, kind, activity, who,
        outcome, "", detail);
  }

  static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static String shorten(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
  }
}
