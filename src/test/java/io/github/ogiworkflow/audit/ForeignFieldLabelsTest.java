package io.github.ogiworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.VariableLabels;
import org.junit.jupiter.api.Test;

/**
 * Audit 37a, F10: the engine API's guard names a field the submitted form does not show in
 * Chinese: a server variable by its label (答辩期限, not "answerDueDate"), a field of another
 * kind of task by its general label (结果, not the judgment form's 判决结果 on a reconsideration).
 */
class ForeignFieldLabelsTest {

  private final VariableLabels labels = new FormLabels();

  @Test
  void aFieldNotOnTheFormIsNamedInChinese() {
    assertThat(labels.label("answerDueDate")).isEqualTo("答辩期限");
    assertThat(labels.label("appealResult")).isEqualTo("结果");
    assertThat(labels.label("noSuchVariable")).isEqualTo("该项");
  }
}
