package io.github.ogiworkflow.fee;

import java.math.BigDecimal;

/**
 * The information processing fee scale of 国办函〔2020〕109号 (handbook 2.12), in yuan. Only for
 * excessive use; the office decides to charge, the scale decides how much.
 */
public final class FeeCalculator {

  static final int FREE_REQUESTS_PER_MONTH = 10;
  static final int FIRST_BAND_END = 30;
  static final int BAND_SIZE = 10;
  static final int FEE_STEP = 100;

  private FeeCalculator() {}

  /**
   * Per request: the applicant's 1st–10th request in a calendar month is free, the 11th–30th
   * cost ¥100 each, and each further band of 10 costs ¥100 more than the one before.
   *
   * @param nthInMonth this request's number among the applicant's requests of the month (from 1)
   */
  public static BigDecimal perRequest(int nthInMonth) {
    if (nthInMonth < 1) {
      throw new IllegalArgumentException("nthInMonth must be at least 1");
    }
    if (nthInMonth <= FREE_REQUESTS_PER_MONTH) {
      return BigDecimal.ZERO;
    }
    if (nthInMonth <= FIRST_BAND_END) {
      return BigDecimal.valueOf(FEE_STEP);
    }
    int bandsBeyond = (nthInMonth - FIRST_BAND_END + BAND_SIZE - 1) / BAND_SIZE;
    return BigDecimal.valueOf((long) FEE_STEP * (1 + bandsBeyond));
  }

  /** Per amount: up to 30 pages free, 31–100 ¥10, 101–200 ¥20, over 200 ¥40 (per application). */
  public static BigDecimal perPage(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be at least 1");
    }
    if (pages <= 30) {
      return BigDecimal.ZERO;
    }
    if (pages <= 100) {
      return BigDecimal.valueOf(10);
    }
    if (pages <= 200) {
      return BigDecimal.valueOf(20);
    }
    return BigDecimal.valueOf(40);
  }
}
