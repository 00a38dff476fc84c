package io.github.ogiworkflow.fee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The information processing fee scale of 国办函〔2020〕109号 (handbook 2.12), in yuan. Only for
 * excessive use; the office decides to charge, the scale decides how much.
 *
 * <p>Per page the scale is progressive like an income tax: each band's rate applies only to the
 * pages inside that band (150 pages = 70 × ¥10 + 50 × ¥20 = ¥1,700).
 *
 * <p>Per request the fee of <em>this</em> request is the rate of the band its own number in the
 * month falls in (the 12th request costs ¥100, the 35th ¥200). Decision (handbook 2.12: "the
 * 11th–30th ¥100 each … counting only the requests received up to and including this one"): a
 * fee notice is issued for one application, and every earlier request of the month was charged,
 * or not, by its own notice at its own rate; summing the bands of all earlier requests into this
 * one would charge them twice.
 */
public final class FeeCalculator {

  static final int FREE_REQUESTS_PER_MONTH = 10;
  static final int FIRST_BAND_END = 30;
  static final int BAND_SIZE = 10;
  static final int FEE_STEP = 100;

  /** Per-page bands: first page, last page (inclusive; MAX for the open band), yuan per page. */
  private static final int[][] PAGE_BANDS = {
      {1, 30, 0}, {31, 100, 10}, {101, 200, 20}, {201, Integer.MAX_VALUE, 40}};

  private FeeCalculator() {}

  /**
   * Per request: the applicant's 1st–10th request in a calendar month is free, the 11th–30th
   * cost ¥100 each, the 31st–40th ¥200 each, the 41st–50th ¥300 each, and each further band of
   * 10 costs ¥100 more than the one before.
   *
   * @param nthInMonth this request's number among the applicant's requests of the month received
   *     up to and including this one (from 1)
   * @return the fee of this request alone
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

  /**
   * Per amount of one application, progressive: pages 1–30 free, each page 31–100 ¥10, each
   * page 101–200 ¥20, each page beyond 200 ¥40.
   */
  public static BigDecimal perPage(int pages) {
    long yuan = 0;
    for (PageBand band : pageBands(pages)) {
      yuan += band.yuan();
    }
    return BigDecimal.valueOf(yuan);
  }

  /** The bands one application's pages fall in, for the fee notice's breakdown. */
  public static List<PageBand> pageBands(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be at least 1");
    }
    List<PageBand> bands = new ArrayList<>();
    for (int[] band : PAGE_BANDS) {
      if (pages < band[0]) {
        break;
      }
      int last = Math.min(pages, band[1]);
      bands.add(new PageBand(band[0], last, band[2]));
    }
    return bands;
  }

  /** Pages {@code from}–{@code to} of one application, charged {@code rate} yuan each. */
  public record PageBand(int from, int to, int rate) {
    public int pages() {
      return to - from + 1;
    }

    public long yuan() {
      return (long) pages() * rate;
    }
  }

  /** The first and last request number of the band {@code nthInMonth} falls in. */
  static int[] requestBand(int nthInMonth) {
    if (nthInMonth <= FREE_REQUESTS_PER_MONTH) {
      return new int[] {1, FREE_REQUESTS_PER_MONTH};
    }
    if (nthInMonth <= FIRST_BAND_END) {
      return new int[] {FREE_REQUESTS_PER_MONTH + 1, FIRST_BAND_END};
    }
    int first = FIRST_BAND_END + 1
        + (nthInMonth - FIRST_BAND_END - 1) / BAND_SIZE * BAND_SIZE;
    return new int[] {first, first + BAND_SIZE - 1};
  }

  /**
   * How the amount was reached, in the words of the fee notice (收费通知书 states the scheme,
   * the count or pages and the amount). It names 申请人, not 您 or 贵单位: leadership reads the
   * same text when it approves the fee.
   */
  public static String explainPerRequest(int nthInMonth) {
    int[] band = requestBand(nthInMonth);
    return "本申请为申请人本自然月内提出的第" + nthInMonth + "件政府信息公开申请（按收到申请的日期计，"
        + "只计本申请及之前收到的申请），属第" + band[0] + "至" + band[1] + "件档，按每件"
        + perRequest(nthInMonth).toPlainString() + "元收取。";
  }

  /** The per-page breakdown band by band, e.g. for 150 pages: 第31至100页共70页×10元＝700元. */
  public static String explainPerPage(int pages) {
    StringBuilder text = new StringBuilder("本申请提供的政府信息共" + pages + "页，分段累进计算：");
    List<PageBand> bands = pageBands(pages);
    for (int i = 0; i < bands.size(); i++) {
      PageBand band = bands.get(i);
      text.append(i == 0 ? "" : "；");
      if (band.rate() == 0) {
        text.append("第").append(band.from()).append("至").append(band.to()).append("页不收费");
      } else {
        text.append("第").append(band.from()).append("至").append(band.to()).append("页共")
            .append(band.pages()).append("页×").append(band.rate()).append("元＝")
            .append(band.yuan()).append("元");
      }
    }
    return text.append("；合计").append(perPage(pages).toPlainString()).append("元。").toString();
  }
}
