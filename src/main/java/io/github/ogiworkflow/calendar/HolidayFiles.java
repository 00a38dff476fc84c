package io.github.ogiworkflow.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads holiday files, one per year, named {@code cn-<year>.txt}. Each non-blank line is
 * <pre>
 *   holiday 2026-02-15..2026-02-23  # 春节
 *   workday 2026-02-14              # 调休
 * </pre>
 * {@code holiday} lists days off, {@code workday} make-up working days on a Saturday or Sunday;
 * either takes one date or an inclusive range {@code from..to}; {@code #} starts a comment.
 */
final class HolidayFiles {

  /**
   * {@code classpath*:} rather than {@code classpath:}, so that files in every classpath root
   * (test classes, the application, other jars) are found, not only those of the first root.
   */
  static final String CLASSPATH_PATTERN = "classpath*:calendar/cn-*.txt";

  private static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.txt");
  private static final String HOLIDAY = "holiday";
  private static final String WORKDAY = "workday";
  private static final String RANGE_SEPARATOR = "..";

  private HolidayFiles() {
  }

  static List<HolidayArrangement> readAll(String locationPattern) {
    Resource[] resources;
    try {
      resources = new PathMatchingResourcePatternResolver(HolidayFiles.class.getClassLoader())
          .getResources(locationPattern);
    } catch (IOException e) {
      throw new HolidayFileException(locationPattern, "cannot list holiday files",
          "无法列出节假日文件", e);
    }
    List<HolidayArrangement> arrangements = new ArrayList<>();
    for (Resource resource : resources) {
      arrangements.add(read(resource));
    }
    return arrangements;
  }

  static HolidayArrangement read(Resource resource) {
    String source = describe(resource);
    int year = yearFromFileName(resource.getFilename(), source);
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(resource.getInputStream(), UTF_8))) {
      return parse(year, lines, source);
    } catch (IOException e) {
      throw new HolidayFileException(source, "cannot read the file", "无法读取文件", e);
    }
  }

  static HolidayArrangement parse(int year, BufferedReader lines, String source)
      throws IOException {
    Set<LocalDate> daysOff = new HashSet<>();
    Set<LocalDate> makeUpWorkdays = new HashSet<>();
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      String entry = withoutComment(line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      Line at = new Line(source, lineNumber);
      String[] fields = entry.split("\\s+");
      if (fields.length != 2) {
        throw at.error("expected 'holiday <date>[..<date>]' or 'workday <date>[..<date>]'",
            "格式应为“holiday 日期[..日期]”或“workday 日期[..日期]”");
      }
      String keyword = fields[0];
      if (!keyword.equals(HOLIDAY) && !keyword.equals(WORKDAY)) {
        throw at.error("unknown keyword '" + keyword + "', expected 'holiday' or 'workday'",
            "无法识别“" + keyword + "”，应为 holiday 或 workday");
      }
      List<LocalDate> dates = parseDates(fields[1], year, at);
      if (keyword.equals(HOLIDAY)) {
        addAll(dates, daysOff, makeUpWorkdays, at);
      } else {
        for (LocalDate date : dates) {
          if (!isWeekend(date)) {
            throw at.error("make-up working day " + date + " is not a Saturday or Sunday",
                "调休上班日 " + date + " 不是周六或周日");
          }
        }
        addAll(dates, makeUpWorkdays, daysOff, at);
      }
    }
    if (daysOff.isEmpty() && makeUpWorkdays.isEmpty()) {
      throw new HolidayFileException(source, "the file has no holiday or workday lines",
          "文件中没有任何节假日或调休数据");
    }
    return new HolidayArrangement(year, daysOff, makeUpWorkdays, source);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static int yearFromFileName(String fileName, String source) {
    Matcher matcher = FILE_NAME.matcher(fileName == null ? "" : fileName);
    if (!matcher.matches()) {
      throw new HolidayFileException(source,
          "the file name must be cn-<year>.txt, e.g. cn-2027.txt",
          "文件名应为 cn-年份.txt，例如 cn-2027.txt");
    }
    return Integer.parseInt(matcher.group(1));
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<LocalDate> parseDates(String field, int year, Line at) {
    int separator = field.indexOf(RANGE_SEPARATOR);
    LocalDate first = parseDate(separator < 0 ? field : field.substring(0, separator), year, at);
    LocalDate last = separator < 0
        ? first
        : parseDate(field.substring(separator + RANGE_SEPARATOR.length()), year, at);
    if (last.isBefore(first)) {
      throw at.error("the range " + field + " ends before it starts",
          "日期范围 " + field + " 的结束日早于开始日");
    }
    return first.datesUntil(last.plusDays(1)).toList();
  }

  private static LocalDate parseDate(String text, int year, Line at) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw at.error("'" + text + "' is not a date of the form yyyy-MM-dd",
          "“" + text + "”不是有效日期，格式应为 年-月-日，如 2027-01-01");
    }
    if (!belongsToYear(date, year)) {
      throw at.error(date + " does not belong to " + year,
          date + " 不属于 " + year + " 年");
    }
    return date;
  }

  /**
   * The notice for one year sometimes reaches into the neighbouring December or January (the
   * 2023 notice gave 2022-12-31 off for 元旦), so those months are accepted; anything further
   * away is a typo, typically a line copied from last year's file.
   */
  private static boolean belongsToYear(LocalDate date, int year) {
    YearMonth month = YearMonth.from(date);
    return !month.isBefore(YearMonth.of(year - 1, 12))
        && !month.isAfter(YearMonth.of(year + 1, 1));
  }

  private static void addAll(List<LocalDate> dates, Set<LocalDate> target,
      Set<LocalDate> opposite, Line at) {
    for (LocalDate date : dates) {
      if (opposite.contains(date)) {
        throw at.error(date + " is listed both as a holiday and as a workday",
            date + " 同时被列为休息日和调休上班日");
      }
      target.add(date);
    }
  }

  private static String describe(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      return resource.getDescription();
    }
  }

  private record Line(String source, int number) {
    HolidayFileException error(String english, String chinese) {
      return new HolidayFileException(source, number, english, chinese);
    }
  }
}
