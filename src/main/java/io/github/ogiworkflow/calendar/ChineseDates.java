package io.github.ogiworkflow.calendar;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Dates of the traditional Chinese calendar (农历) and the 清明 solar term in a Gregorian year,
 * for the provisional holidays of a year without the State Council's notice.
 *
 * <p>ICU4J's {@link ChineseCalendar} gives the structure: which lunation is the first, fifth or
 * eighth month (leap months, 冬至 rule). Its new moons come from a low-precision astronomer,
 * though, and a new moon a few minutes before Beijing midnight lands on the wrong day: ICU4J
 * 79.1 puts 春节 2027 on 7 February, but the new moon is on 6 February at 23:56 Beijing time
 * (the official 春节 2027 is 6 February). So the first day of each month ICU4J names is checked
 * against the precise time of its new moon (Meeus, <i>Astronomical Algorithms</i>, ch. 49,
 * accurate to seconds), and the day of that new moon in Beijing time (UTC+8, as the official
 * calendar GB/T 33661-2017 counts) is the month's first day.
 *
 * <p>清明 is the day, in Beijing time, on which the sun reaches ecliptic longitude 15°; ICU4J's
 * astronomer is accurate to a few minutes there, enough unless the moment falls within minutes
 * of midnight, which the years 2019–2030 are far from.
 */
final class ChineseDates {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final double QINGMING_SUN_LONGITUDE_DEGREES = 15;

  private ChineseDates() {
  }

  /** The Gregorian date of lunar {@code month}/{@code day} (non-leap month) in that year. */
  static LocalDate lunar(int gregorianYear, int month, int day) {
    return firstDayOfLunarMonth(gregorianYear, month).plusDays(day - 1L);
  }

  /**
   * The first day of the (non-leap) lunar month whose first day, or for month 1 whose new
   * year, falls in that Gregorian year: 春节 always falls between 21 January and 20 February,
   * the fifth and eighth months between May and October.
   */
  static LocalDate firstDayOfLunarMonth(int gregorianYear, int month) {
    ChineseCalendar chinese = new ChineseCalendar(TimeZone.getTimeZone("UTC"));
    // Start well before the earliest possible first day and walk forward.
    LocalDate day = LocalDate.of(gregorianYear, 1, 1);
    for (; day.getYear() == gregorianYear; day = day.plusDays(1)) {
      chinese.setTimeInMillis(day.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
      if (chinese.get(ChineseCalendar.MONTH) + 1 == month
          && chinese.get(ChineseCalendar.IS_LEAP_MONTH) == 0
          && chinese.get(ChineseCalendar.DAY_OF_MONTH) == 1) {
        return refinedNewMoonDay(day);
      }
    }
    throw new IllegalStateException("no lunar month " + month + " starts in " + gregorianYear);
  }

  /** The day of 清明 in that year (4 or 5 April). */
  static LocalDate qingming(int gregorianYear) {
    long march20 = LocalDate.of(gregorianYear, 3, 20).atStartOfDay(ZoneOffset.UTC).toInstant()
        .toEpochMilli();
    long moment = new CalendarAstronomer(march20)
        .getSunTime(Math.toRadians(QINGMING_SUN_LONGITUDE_DEGREES), true);
    return LocalDate.ofInstant(Instant.ofEpochMilli(moment), BEIJING);
  }

  /**
   * The Beijing day of the new moon closest to the day ICU4J named as a month's first day. Never
   * more than one day away; anything else means the two disagree about the month itself.
   */
  static LocalDate refinedNewMoonDay(LocalDate icuFirstDay) {
    LocalDate precise = LocalDate.ofInstant(NewMoons.nearest(icuFirstDay), BEIJING);
    if (Math.abs(ChronoUnit.DAYS.between(icuFirstDay, precise)) > 1) {
      throw new IllegalStateException("ICU4J's lunar month starting " + icuFirstDay
          + " has no new moon nearby (" + precise + ")");
    }
    return precise;
  }

  /**
   * New moons after Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapter 49, with all
   * periodic and planetary terms; the result is in Terrestrial Time, converted to UTC with the
   * Espenak–Meeus polynomials for ΔT.
   */
  static final class NewMoons {

    private static final double JD_UNIX_EPOCH = 2440587.5;
    private static final double MS_PER_DAY = 86_400_000d;
    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double K0_JDE = 2451550.09766;

    private NewMoons() {
    }

    /** The new moon nearest to noon UTC of that day. */
    static Instant nearest(LocalDate day) {
      double jd = day.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli() / MS_PER_DAY
          + JD_UNIX_EPOCH;
      long k = Math.round((jd - K0_JDE) / SYNODIC_MONTH);
      double jde = newMoonJde(k);
      double jdUtc = jde - deltaTSeconds(day.getYear()) / 86_400d;
      return Instant.ofEpochMilli(Math.round((jdUtc - JD_UNIX_EPOCH) * MS_PER_DAY));
    }

    static double newMoonJde(double k) {
      double t = k / 1236.85;
      double t2 = t * t;
      double jde = K0_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t2 * t
          + 0.00000000073 * t2 * t2;
      double e = 1 - 0.002516 * t - 0.0000074 * t2;
      double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2);
      double mp = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2);
      double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2);
      double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2);
      double correction = -0.40720 * Math.sin(mp)
          + 0.17241 * e * Math.sin(m)
          + 0.01608 * Math.sin(2 * mp)
          + 0.01039 * Math.sin(2 * f)
          + 0.00739 * e * Math.sin(mp - m)
          - 0.00514 * e * Math.sin(mp + m)
          + 0.00208 * e * e * Math.sin(2 * m)
          - 0.00111 * Math.sin(mp - 2 * f)
          - 0.00057 * Math.sin(mp + 2 * f)
          + 0.00056 * e * Math.sin(2 * mp + m)
          - 0.00042 * Math.sin(3 * mp)
          + 0.00042 * e * Math.sin(m + 2 * f)
          + 0.00038 * e * Math.sin(m - 2 * f)
          - 0.00024 * e * Math.sin(2 * mp - m)
          - 0.00017 * Math.sin(omega)
          - 0.00007 * Math.sin(mp + 2 * m)
          + 0.00004 * Math.sin(2 * mp - 2 * f)
          + 0.00004 * Math.sin(3 * m)
          + 0.00003 * Math.sin(mp + m - 2 * f)
          + 0.00003 * Math.sin(2 * mp + 2 * f)
          - 0.00003 * Math.sin(mp + m + 2 * f)
          + 0.00003 * Math.sin(mp - m + 2 * f)
          - 0.00002 * Math.sin(mp - m - 2 * f)
          - 0.00002 * Math.sin(3 * mp + m)
          + 0.00002 * Math.sin(4 * mp);
      double[][] planetary = {
          {325, 299.77 + 0.107408 * k - 0.009173 * t2},
          {165, 251.88 + 0.016321 * k}, {164, 251.83 + 26.651886 * k},
          {126, 349.42 + 36.412478 * k}, {110, 84.66 + 18.206239 * k},
          {62, 141.74 + 53.303771 * k}, {60, 207.14 + 2.453732 * k},
          {56, 154.84 + 7.306860 * k}, {47, 34.52 + 27.261239 * k},
          {42, 207.19 + 0.121824 * k}, {40, 291.34 + 1.844379 * k},
          {37, 161.72 + 24.198154 * k}, {35, 239.56 + 25.513099 * k},
          {23, 331.55 + 3.592518 * k}};
      double additional = 0;
      for (double[] term : planetary) {
        additional += term[0] * 1e-6 * Math.sin(Math.toRadians(term[1]));
      }
      return jde + correction + additional;
    }

    /** ΔT = TT − UT in seconds (Espenak and Meeus, NASA Five Millennium Canon). */
    static double deltaTSeconds(int year) {
      double y = year + 0.5;
      if (y < 2005) {
        double t = y - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
            + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
      }
      if (y < 2050) {
        double t = y - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
      }
      if (y < 2150) {
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
      }
      double u = (y - 1820) / 100;
      return -20 + 32 * u * u;
    }
  }
}
