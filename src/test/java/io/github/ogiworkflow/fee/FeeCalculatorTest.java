package io.github.ogiworkflow.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 109号 scale, checked at every band edge. */
class FeeCalculatorTest {

  @ParameterizedTest(name = "request no. {0} of the month costs ¥{1}")
  @CsvSource({"1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300",
      "50, 300", "51, 400"})
  void perRequest(int nth, int yuan) {
    assertThat(FeeCalculator.perRequest(nth)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
  }

  @ParameterizedTest(name = "{0} pages cost ¥{1}")
  @CsvSource({"1, 0", "30, 0", "31, 10", "100, 10", "101, 20", "200, 20", "201, 40", "5000, 40"})
  void perPage(int pages, int yuan) {
    assertThat(FeeCalculator.perPage(pages)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void nonsenseIsRefused(int value) {
    assertThatThrownBy(() -> FeeCalculator.perRequest(value))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeeCalculator.perPage(value))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
