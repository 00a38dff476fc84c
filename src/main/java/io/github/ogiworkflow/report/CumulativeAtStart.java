package io.github.ogiworkflow.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The 附表's cumulative figures counted before the register existed
 * ({@code ogi.report.cumulative-at-start.*}, the bureau's own figures from {@code
 * ogi.report.cumulative-since} up to the day the system started), one per row, added to what
 * the register counts. Without any, the 附表's cumulative column starts at the register's first
 * year, never claiming years the register does not hold (audit 32a, F8).
 */
@Component
public class CumulativeAtStart {

  static final String PREFIX = "ogi.report.cumulative-at-start";

  /** The configuration key of each 附表 row (its row id). */
  static final Map<String, String> ROWS = new LinkedHashMap<>();

  static {
    ROWS.put("proactive", "proactive");
    ROWS.put("proactive-website", "proactive.website");
    ROWS.put("proactive-gazette", "proactive.gazette");
    ROWS.put("received", "received");
    ROWS.put("received-in-person", "received.inPerson");
    ROWS.put("received-online", "received.online");
    ROWS.put("received-post-fax", "received.postFax");
    ROWS.put("replied", "replied");
    ROWS.put("replied-disclosed", "replied.disclosed");
    ROWS.put("replied-partial", "replied.partial");
    ROWS.put("replied-withheld", "replied.withheld");
    ROWS.put("replied-other", "replied.other");
    ROWS.put("reconsideration", "reconsideration");
    ROWS.put("litigation", "litigation");
    ROWS.put("complaints", "complaints");
  }

  /** No figures before the register (tests and benchmarks whose register starts empty). */
  public static final CumulativeAtStart NONE = new CumulativeAtStart(Map.of());

  private final Map<String, Long> byRow = new LinkedHashMap<>();

  @Autowired
  CumulativeAtStart(Environment environment) {
    this(Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, Long.class))
        .orElse(Map.of()));
  }

  /**
   * The figures by configuration key ({@link #ROWS}); an unknown key or a negative figure is a
   * configuration error, refused at start-up rather than printed.
   */
  public CumulativeAtStart(Map<String, Long> byKey) {
    byKey.forEach((key, figure) -> {
      String row = ROWS.get(key);
      if (row == null) {
        throw new IllegalArgumentException(PREFIX + "." + key + " is not a row of the 附表; use "
            + String.join(", ", ROWS.keySet()));
      }
      if (figure == null || figure < 0) {
        throw new IllegalArgumentException(PREFIX + "." + key + " must not be negative");
      }
      byRow.put(row, figure);
    });
  }

  /** Whether the bureau gave any figure from before the register. */
  public boolean configured() {
    return !byRow.isEmpty();
  }

  /** The figure before the register of the 附表 row {@code rowId}; 0 when none was given. */
  public long of(String rowId) {
    return byRow.getOrDefault(rowId, 0L);
  }
}
