package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading holiday files: the format, and loud failures naming file and line. */
class WorkingDayCalendarLoadingTest {

  private static final String SOURCE = "cn-2026.txt";

  @Test
  void malformedFileFailsWithFileAndLine() {
    assertThatThrownBy(
        () -> WorkingDayCalendar.fromResources("classpath*:calendar-malformed/cn-*.txt"))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining("calendar-malformed/cn-2026.txt")
        .hasMessageContaining("line 4")
        .hasMessageContaining("第4行")
        .hasMessageContaining("holliday");
  }

  @Test
  void fileNameWithoutYearFails() {
    assertThatThrownBy(
        () -> WorkingDayCalendar.fromResources("classpath*:calendar-misnamed/cn-*.txt"))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining("calendar-misnamed/cn-26.txt")
        .hasMessageContaining("cn-<year>.txt");
  }

  @Test
  void readsRangesSingleDaysCommentsAndBlankLines() throws IOException {
    HolidayArrangement arrangement = parse("""
        # 元旦

        holiday 2026-01-01..2026-01-03  # 元旦
          workday   2026-01-04
        holiday 2025-12-31               # the notice may reach into the previous December
        """);

    assertThat(arrangement.year()).isEqualTo(2026);
    assertThat(arrangement.daysOff()).containsExactlyInAnyOrder(LocalDate.of(2025, 12, 31),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));
    assertThat(arrangement.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 1, 4));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      holliday 2026-02-30               | unknown keyword 'holliday'
      holiday                           | expected 'holiday <date>
      holiday 2026-02-15 2026-02-23     | expected 'holiday <date>
      holiday 2026-02-30                | '2026-02-30' is not a date
      holiday 2026-2-15                 | '2026-2-15' is not a date
      holiday 2026-02-23..2026-02-15    | ends before it starts
      workday 2026-02-13                | 2026-02-13 is not a Saturday or Sunday
      holiday 2025-03-01                | 2025-03-01 does not belong to 2026
      holiday 2027-02-01                | 2027-02-01 does not belong to 2026
      """)
  void malformedLineFailsWithLineNumber(String line, String reason) {
    String file = "# first line\n" + line + "\n";

    assertThatThrownBy(() -> parse(file))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageStartingWith(SOURCE + ", line 2: ")
        .hasMessageContaining(reason)
        .hasMessageContaining("第2行");
  }

  @Test
  void dayListedAsHolidayAndWorkdayFails() {
    assertThatThrownBy(() -> parse("workday 2026-02-14\nholiday 2026-02-14..2026-02-23\n"))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("2026-02-14 is listed both as a holiday and as a workday");
  }

  @Test
  void fileWithoutEntriesFails() {
    assertThatThrownBy(() -> parse("# nothing announced yet\n"))
        .isInstanceOf(HolidayFileException.class)
        .hasMessageContaining(SOURCE)
        .hasMessageContaining("no holiday or workday lines");
  }

  @Test
  void twoFilesForOneYearFail() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WorkingDayCalendar(List.of(
            arrangement(2026, "a/cn-2026.txt", Set.of(LocalDate.of(2026, 1, 1)), Set.of()),
            arrangement(2026, "b/cn-2026.txt", Set.of(LocalDate.of(2026, 1, 2)), Set.of()))))
        .withMessageContaining("a/cn-2026.txt")
        .withMessageContaining("b/cn-2026.txt");
  }

  @Test
  void filesDisagreeingAboutADayFail() {
    LocalDate newYearsEve = LocalDate.of(2028, 12, 31);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WorkingDayCalendar(List.of(
            arrangement(2028, "cn-2028.txt", Set.of(), Set.of(newYearsEve)),
            arrangement(2029, "cn-2029.txt", Set.of(newYearsEve), Set.of()))))
        .withMessageContaining("2028-12-31")
        .withMessageContaining("cn-2028.txt")
        .withMessageContaining("cn-2029.txt");
  }

  private static HolidayArrangement parse(String content) throws IOException {
    return HolidayFiles.parse(2026, new BufferedReader(new StringReader(content)), SOURCE);
  }

  private static HolidayArrangement arrangement(int year, String source, Set<LocalDate> daysOff,
      Set<LocalDate> makeUpWorkdays) {
    return new HolidayArrangement(year, daysOff, makeUpWorkdays, source);
  }
}
