package io.github.ogiworkflow.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 109号 scale (handbook 2.12), checked at every band edge against hand-computed amounts. */
class FeeCalculatorTest {

  /**
   * The fee of this request alone is the rate of the band its own number falls in: 1–10 free,
   * 11–30 ¥100, 31–40 ¥200, 41–50 ¥300, 51–60 ¥400.
   */
  @ParameterizedTest(name = "request no. {0} of the month costs ¥{1}")
  @CsvSource({"1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300",
      "50, 300", "51, 400", "60, 400", "61, 500"})
  void perRequest(int nth, int yuan) {
    assertThat(FeeCalculator.perRequest(nth)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
  }

  /**
   * Progressive like an income tax, by hand:
   * 31 = 1×10; 100 = 70×10 = 700; 101 = 700 + 1×20 = 720; 150 = 700 + 50×20 = 1,700;
   * 200 = 700 + 100×20 = 2,700; 201 = 2,700 + 1×40 = 2,740; 250 = 2,700 + 50×40 = 4,700.
   */
  @ParameterizedTest(name = "{0} pages cost ¥{1}")
  @CsvSource({"1, 0", "30, 0", "31, 10", "100, 700", "101, 720", "150, 1700", "200, 2700",
      "201, 2740", "250, 4700"})
  void perPage(int pages, int yuan) {
    assertThat(FeeCalculator.perPage(pages)).isEqualByComparingTo(BigDecimal.valueOf(yuan));
  }

  @Test
  void theNoticeExplainsTheBands() {
    assertThat(FeeCalculator.explainPerPage(150)).isEqualTo("本申请提供的政府信息共150页，分段累进计算："
        + "第1至30页不收费；第31至100页共70页×10元＝700元；第101至150页共50页×20元＝1000元；合计1700元。");
    assertThat(FeeCalculator.explainPerRequest(35))
        .startsWith("本申请为申请人本自然月内提出的第35件")
        .contains("第35件", "属第31至40件档", "按每件200元收取");
    assertThat(FeeCalculator.explainPerRequest(51)).contains("属第51至60件档", "按每件400元收取");
    assertThat(FeeCalculator.explainPerRequest(11)).contains("属第11至30件档", "按每件100元收取");
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
