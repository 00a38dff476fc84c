package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDateTextTest {

  @Test
  void writesYearMonthAndDayWithoutPaddingZeros() {
    assertThat(ChineseDateText.of(LocalDate.of(2026, 2, 10))).isEqualTo("2026年2月10日");
    assertThat(ChineseDateText.of(LocalDate.of(2019, 1, 1))).isEqualTo("2019年1月1日");
    assertThat(ChineseDateText.of(LocalDate.of(2026, 12, 31))).isEqualTo("2026年12月31日");
  }
}
