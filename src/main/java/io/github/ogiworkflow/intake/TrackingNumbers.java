package io.github.ogiworkflow.intake;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tracking numbers {@code YSQ-2026-000123}: unique and gap-free per year. The counter row is
 * incremented in the registering transaction, so its row lock orders concurrent registrations
 * and a rolled-back registration gives its number back.
 */
@Component
public class TrackingNumbers {

  static final String PREFIX = "YSQ";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  public TrackingNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(int year) {
    return next(PREFIX, year);
  }

  /** The next number of another register with its own counter (e.g. ZDGK, 主动公开). */
  public String next(String prefix, int year) {
    // The year's counter exists except for the year's first number: create it only then.
    if (increment(prefix, year) == 0) {
      ensureCounter(prefix, year);
      increment(prefix, year);
    }
    Integer value = jdbc.queryForObject("SELECT last_value FROM ogi_tracking_sequence"
        + " WHERE prefix = ? AND seq_year = ?", Integer.class, prefix, year);
    return format(prefix, year, value);
  }

  private int increment(String prefix, int year) {
    return jdbc.update("UPDATE ogi_tracking_sequence SET last_value = last_value + 1"
        + " WHERE prefix = ? AND seq_year = ?", prefix, year);
  }

  static String format(int year, int value) {
    return format(PREFIX, year, value);
  }

  static String format(String prefix, int year, int value) {
    return String.format("%s-%d-%06d", prefix, year, value);
  }

  /**
   * Creates the year's counter in its own transaction: on PostgreSQL a failed insert would
   * otherwise abort the registering transaction when two nodes create it at once.
   */
  private void ensureCounter(String prefix, int year) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_tracking_sequence"
        + " WHERE prefix = ? AND seq_year = ?", Integer.class, prefix, year);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO ogi_tracking_sequence (prefix, seq_year, last_value) VALUES (?, ?, 0)",
          prefix, year));
    } catch (DuplicateKeyException createdMeanwhile) {
      // Another registration created it first: fine.
    }
  }
}
