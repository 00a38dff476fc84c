package io.github.ogiworkflow.register;

import java.time.LocalDate;

/**
 * A published annual report is final (ADR 0035, 0080): the steps that record a date the report
 * counts a case by — its receipt (at the counter, or an online application's confirmation), its
 * first closing (the reply's delivery), the day its fee was paid — ask before writing whether
 * that date would change a published year; so do the publication of an item and the
 * registration of an appeal (ADR 0096). The one check is {@code report.PublishedYears}; it is
 * reached through this interface because the report reads the domains whose steps record these
 * dates (intake, reply, fee), so they cannot depend on the report package (no cycles).
 */
public interface PublishedYearGuard {

  /** The dates of a case the annual report counts it by. */
  enum CountedDate {
    /** first_received_on: table 三 本年新收, 上年结转, 结转下年度. */
    RECEIPT,
    /** The first closing (first_closed_on, else closed_on, delivered_on): 办理结果, 结转. */
    CLOSING,
    /** fee_paid_on: section 六 (收费). */
    FEE_PAYMENT,
    /**
     * A fee notice's issue day: section 六 counts the notices in force issued in the year
     * (本年发出收费通知); correcting or withdrawing one changes that year (ADR 0086).
     */
    FEE_NOTICE,
    /**
     * The day an item was published on a channel (ADR 0096): table 二 (制发, 废止, 现行有效, the
     * decision counts and fees), the legacy 主动公开信息数 and its channels. No case: the
     * tracking number is null.
     */
    PUBLICATION,
    /**
     * The day a published item is withdrawn (撤回, ADR 0110): table 二 and the legacy 主动公开信息数
     * count an item in each year it stood published at the year's end, so its withdrawal
     * changes the year it is dated in. No case: the tracking number is null.
     */
    PUBLICATION_WITHDRAWAL,
    /**
     * The day an appeal or complaint was served on the agency (ADR 0096): table 四 and the
     * legacy 行政复议数, 行政诉讼数, 接受行政申诉、举报数 count it by that day, a second instance
     * served by 31 December replacing its first instance's result.
     */
    APPEAL_SERVICE
  }

  /**
   * Refuses ({@code InvalidInput} on {@code field}, naming the year) recording {@code date} as
   * the case's {@code which} when the report on the date's year is published; a closing only
   * when it is the case's first. {@code trackingNumber} is null, or names no row yet, for a case
   * being registered. {@code label} is the date's Chinese name in the message.
   */
  void requireRecordable(String trackingNumber, CountedDate which, LocalDate date, String field,
      String label);

  /**
   * Refuses ({@code InvalidInput} on {@code field}, naming the year) taking the case out of
   * every count, as a registration voided as made in error is (ADR 0119, 0157), when a year it
   * is counted in is published: the years from its receipt to its first closing, or to today
   * while it is open (结转 each year end), and the year its fee was paid. {@code act} is the
   * Chinese name of what is refused (作废本案登记).
   */
  void requireRemovable(String trackingNumber, String field, String act);

  /**
   * Refuses ({@code InvalidInput} on {@code field}, naming the year) taking a complaint served
   * on {@code servedOn} out of every count, as a complaint registered in error is voided (ADR
   * 0138; audit 36a F3), when a year it is counted in is published: its service year (附表
   * 接受行政申诉、举报数, 年度) and every later year up to today's (their 累计 columns count it).
   */
  void requireComplaintRemovable(LocalDate servedOn, String field);
}
