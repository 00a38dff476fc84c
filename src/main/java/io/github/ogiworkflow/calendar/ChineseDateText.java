package io.github.ogiworkflow.calendar;

import java.time.LocalDate;

/**
 * A day as Chinese documents and messages write it: 2026年2月10日, without leading zeros
 * (GB/T 9704-2012 §7.3.5.3: no padding zeros). Here, in the lowest layer, so that the
 * register's refusals and the letters print a day the same way.
 */
public final class ChineseDateText {

  private ChineseDateText() {
  }

  /** 2026年2月10日. */
  public static String of(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }
}
