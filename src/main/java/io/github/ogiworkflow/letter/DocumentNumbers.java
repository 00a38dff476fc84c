package io.github.ogiworkflow.letter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 文号 of the letters (GB/T 9704-2012 7.2.4: 机关代字, the year in full in 〔〕, the sequence
 * number without 第 and without leading zeros, then 号), counted per agency prefix, year and
 * letter kind without gaps (table ogi_document_number). The counter row is incremented in the
 * caller's transaction (the one that stores the letter): its row lock orders concurrent issuing,
 * also across nodes, and a rolled-back letter gives its number back.
 */
@Repository
public class DocumentNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  public DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next 文号 of this kind in this year, e.g. 示市监信公开答〔2026〕12号. */
  public String next(String agencyPrefix, int year, LetterKind kind) {
    ensureCounter(agencyPrefix, year, kind);
    jdbc.update("UPDATE ogi_document_number SET last_number = last_number + 1"
        + " WHERE agency_prefix = ? AND number_year = ? AND kind = ?", agencyPrefix, year,
        kind.name());
    Integer number = jdbc.queryForObject("SELECT last_number FROM ogi_document_number"
        + " WHERE agency_prefix = ? AND number_year = ? AND kind = ?", Integer.class,
        agencyPrefix, year, kind.name());
    return format(agencyPrefix, kind, year, number);
  }

  public static String format(String agencyPrefix, LetterKind kind, int year, int number) {
    return agencyPrefix + kind.numberCode() + "〔" + year + "〕" + number + "号";
  }

  /** The 文号 line of a draft not yet issued: the number is left blank for the registry. */
  public static String blank(String agencyPrefix, LetterKind kind, int year) {
    return agencyPrefix + kind.numberCode() + "〔" + year + "〕　　号";
  }

  /**
   * Creates the counter in its own transaction: on PostgreSQL a failed insert would otherwise
   * abort the issuing transaction when two letters create it at once.
   */
  private void ensureCounter(String agencyPrefix, int year, LetterKind kind) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_document_number"
        + " WHERE agency_prefix = ? AND number_year = ? AND kind = ?", Integer.class,
        agencyPrefix, year, kind.name());
    if (rows != null && rows > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO ogi_document_number (agency_prefix, number_year, kind, last_number)"
              + " VALUES (?, ?, ?, 0)", agencyPrefix, year, kind.name()));
    } catch (DuplicateKeyException createdMeanwhile) {
      // Another letter created it first: fine.
    }
  }
}
