package io.github.ogiworkflow.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/**
 * A refusal's Chinese part names the field by its form label, never its variable id, and never
 * echoes a value that is not plain text (ADR 0068, audit L3).
 */
class FieldLabelsTest {

  private static VariableScope with(String name, Object value) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(name)).thenReturn(value);
    return scope;
  }

  @Test
  void aNumberSentAsBytesIsRefusedByTheFieldsLabelWithoutEchoingIt() {
    assertThatThrownBy(() -> Vars.number(with("reportYear", "2024".getBytes()), "reportYear"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("reportYear")
        .hasMessageEndingWith("（报告年度应为数字）")
        .hasMessageNotContaining("[B@");
  }

  @Test
  void aTextTooLongOrWithControlCharactersIsRefusedByTheFieldsLabel() {
    assertThatThrownBy(() -> Vars.text(with("appealBody", "机".repeat(300)), "appealBody"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("appealBody")
        .hasMessageContaining("不得超过200个字，现为300个字")
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(chinese(e.getMessage()))
            .doesNotContain("appealBody"));
    assertThatThrownBy(() -> Vars.text(with("postReceiptNote", "说明\u0007"), "postReceiptNote"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("postReceiptNote")
        .hasMessageContaining("（情况说明含有不允许的控制字符");
    assertThatThrownBy(() -> Vars.text(with("secondInstanceDocketNo", "号".repeat(101)),
        "secondInstanceDocketNo"))
        .hasMessageContaining("（二审案号不得超过100个字");
  }

  private static String chinese(String message) {
    return message.substring(message.indexOf('（'));
  }
}
