package io.github.ogiworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/**
 * A refusal's Chinese part names the field by its form label, never its variable id, and never
 * echoes a value that is not plain text (ADR 0068, audit L3); a field labelled otherwise on two
 * forms is named as the form being submitted labels it (ADR 0072).
 */
class FieldLabelsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A form as Camunda Modeler writes it, with {@code fields} as key, label pairs. */
  private static JsonNode form(String id, String... fields) {
    StringBuilder components = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      components.append(components.isEmpty() ? "" : ",").append("{\"type\":\"textfield\",")
          .append("\"key\":\"").append(fields[i]).append("\",\"label\":")
          .append(JSON.valueToTree(fields[i + 1]).toString()).append("}");
    }
    try {
      return JSON.readTree("{\"id\":\"" + id + "\",\"type\":\"default\",\"components\":["
          + "{\"type\":\"group\",\"components\":[" + components + "]}]}");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aFieldLabelledOtherwiseOnTwoFormsIsNamedAsTheSubmittedFormLabelsIt() {
    FieldLabels labels = FieldLabels.read(List.of(
        form("judgment", "appealBody", "法院（一审或二审）", "docketNo", "案号"),
        form("reconsideration-filing", "appealBody", "复议机关", "docketNo", "复议案号",
            "filedOn", "申请人申请复议日期"),
        form("appeal-answer", "answerText",
            "=if answerDocument = null then \"答复书\" else answerDocument + \"正文\"")));
    // On its own form: that form's label, even where another form's is shorter.
    assertThat(labels.label("reconsideration-filing", "appealBody")).isEqualTo("复议机关");
    assertThat(labels.label("reconsideration-filing", "docketNo")).isEqualTo("复议案号");
    assertThat(labels.label("judgment", "appealBody")).isEqualTo("法院");
    // No form known, or a form that does not show the field: the shortest label, without its
    // trailing （hint）.
    assertThat(labels.label(null, "appealBody")).isEqualTo("法院");
    assertThat(labels.label("judgment", "filedOn")).isEqualTo("申请人申请复议日期");
    assertThat(labels.label("no-such-form", "docketNo")).isEqualTo("案号");
    // A label computed by FEEL names nothing; a field no form labels has no label here.
    assertThat(labels.label("appeal-answer", "answerText")).isNull();
    assertThat(labels.label(null, "trackingNumber")).isNull();
  }

  @Test
  void twoLabelsOfOneLengthGoToTheFirstFormRead() {
    FieldLabels labels = FieldLabels.read(List.of(form("a", "answerText", "答复书正文"),
        form("b", "answerText", "答辩状正文")));
    assertThat(labels.label(null, "answerText")).isEqualTo("答复书正文");
    assertThat(labels.label("b", "answerText")).isEqualTo("答辩状正文");
  }

  @Test
  void theAppsFormsNameTheFieldsAsTheFormBeingSubmittedDoes() {
    assertThat(FieldLabels.of("reconsideration-filing", "coAppellants")).isEqualTo("共同申请人");
    assertThat(FieldLabels.of("lawsuit-service", "coAppellants")).isEqualTo("共同原告");
    assertThat(FieldLabels.of(null, "coAppellants")).isEqualTo("共同原告");
    assertThat(FieldLabels.of("reconsideration-filing", "noSuchField"))
        .isEqualTo(FieldLabels.UNLABELLED);
    assertThat(FieldLabels.orName("reconsideration-filing", "noSuchField"))
        .isEqualTo("noSuchField");
    // Outside an engine command no form is being submitted: the shortest label.
    assertThat(SubmittedForm.current()).isNull();
    assertThat(FieldLabels.of("appealBody")).isEqualTo("法院");
  }

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
