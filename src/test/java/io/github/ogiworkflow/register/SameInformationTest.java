package io.github.ogiworkflow.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ADR 0115: when a reopened round's item is the information a third party objected to. */
class SameInformationTest {

  static final String DECISION = "某食品公司行政处罚决定书（示市监罚〔2026〕12号）";

  @Test
  void theSameTitleWrittenOtherwiseIsTheSameInformation() {
    assertThat(SameInformation.same(DECISION, "某食品公司行政处罚决定书 (示市监罚[2026]12号)")).isTrue();
    assertThat(SameInformation.same(DECISION, "某食品公司 行政处罚决定书【示市监罚〔2026〕12号】"))
        .isTrue();
    assertThat(SameInformation.same("2026年抽检计划", "２０２６年抽检计划。")).isTrue();
  }

  @Test
  void theSameDocumentNumberIsTheSameInformation() {
    assertThat(SameInformation.same(DECISION, "示市监罚〔2026〕12号行政处罚决定")).isTrue();
    // The words before the 文号 run into the issuer's abbreviation.
    assertThat(SameInformation.same(DECISION, "处罚决定书示市监罚［2026］012号")).isTrue();
  }

  @Test
  void anotherNumberYearOrIssuerIsOtherInformation() {
    assertThat(SameInformation.same(DECISION, "某食品公司行政处罚决定书（示市监罚〔2026〕13号）"))
        .isFalse();
    assertThat(SameInformation.same(DECISION, "某食品公司行政处罚决定书（示市监罚〔2025〕12号）"))
        .isFalse();
    assertThat(SameInformation.same(DECISION, "行政许可决定书（示市监许〔2026〕12号）")).isFalse();
    assertThat(SameInformation.same("2026年抽检计划", "2026年抽检结果")).isFalse();
    assertThat(SameInformation.same("（）", "【】")).isFalse();
    assertThat(SameInformation.same(null, DECISION)).isFalse();
  }
}
