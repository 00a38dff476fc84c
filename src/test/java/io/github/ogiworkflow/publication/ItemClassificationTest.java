package io.github.ogiworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The note to legal on a batch item's review (audit 33a F11, ADR 0151): a 文号 that looks like a
 * 规范性文件 (代字 with 规 or 发, 〔year〕, number 号) or a 规章 (令第n号) typed 否.
 */
class ItemClassificationTest {

  @Test
  void aDocNumberThatLooksNormativeTypedNoneGetsANote() {
    assertThat(ItemClassification.warning("示市监规〔2026〕3号", RegulationKind.NONE))
        .startsWith("文号“示市监规〔2026〕3号”形似行政规范性文件");
    // Other brackets and full-width digits are folded as the register compares 文号 (ADR 0140).
    assertThat(ItemClassification.warning("示政发（２０２６）12号", RegulationKind.NONE))
        .contains("形似行政规范性文件");
    assertThat(ItemClassification.warning("示政发 [2026] 12 号", RegulationKind.NONE))
        .contains("形似行政规范性文件");
    assertThat(ItemClassification.warning("示范市人民政府令第12号", RegulationKind.NONE))
        .contains("形似规章（政府令）");
    // Typed as a 规章 or 行政规范性文件 already, or a 文号 of another kind: no note.
    assertThat(ItemClassification.warning("示市监规〔2026〕3号", RegulationKind.NORMATIVE)).isNull();
    assertThat(ItemClassification.warning("示市监函〔2026〕3号", RegulationKind.NONE)).isNull();
    assertThat(ItemClassification.warning("示市监办〔2026〕3号", RegulationKind.NONE)).isNull();
    assertThat(ItemClassification.warning(null, RegulationKind.NONE)).isNull();
  }

  @Test
  void theLineNamesTheKindAndItsAction() {
    assertThat(ItemClassification.regulationText(RegulationKind.NONE, null)).isEqualTo("否");
    assertThat(ItemClassification.regulationText(RegulationKind.NORMATIVE,
        RegulationKind.Action.REPEAL)).isEqualTo("行政规范性文件（废止）");
  }
}
