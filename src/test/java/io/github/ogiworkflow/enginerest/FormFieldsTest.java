package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a form lets a client write: lists only for lists, JSON only for fields that hold it. */
class FormFieldsTest {

  static final String FORM = """
      {"id": "Form_Test", "components": [
        {"type": "radio", "key": "decision", "values": [{"value": "A"}, {"value": "B"}]},
        {"type": "checklist", "key": "channels", "values": [{"value": "WEB"}, {"value": "GAZETTE"}]},
        {"type": "textarea", "key": "note"},
        {"type": "dynamiclist", "path": "items", "components": [
          {"type": "textfield", "key": "title"}]},
        {"type": "textfield", "key": "shown", "readonly": true}
      ]}""";

  final ObjectMapper json = new ObjectMapper();

  @Test
  void aRadioTakesOneOfItsOptionsAndAChecklistAListOfThem() throws Exception {
    FormFields form = FormFields.parse(
        new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));

    assertThat(form.offers("decision", json.readTree("\"A\""))).isTrue();
    assertThat(form.offers("decision", json.readTree("[\"A\"]"))).isFalse();
    assertThat(form.offers("decision", json.readTree("\"C\""))).isFalse();
    assertThat(form.offers("channels", json.readTree("[\"WEB\", \"GAZETTE\"]"))).isTrue();
    assertThat(form.offers("channels", json.readTree("[\"WEB\", \"TV\"]"))).isFalse();
    assertThat(form.offers("channels", json.readTree("[{\"a\": 1}]"))).isFalse();

    assertThat(form.isSingleChoice("decision")).isTrue();
    assertThat(form.isList("channels")).isTrue();
    assertThat(form.isList("decision")).isFalse();
    assertThat(form.isStructured("items")).isTrue();
    assertThat(form.isStructured("channels")).isTrue();
    assertThat(form.isStructured("note")).isFalse();
    assertThat(form.isStructured("decision")).isFalse();
    assertThat(form.allows("shown")).isFalse();
    assertThat(form.shows("shown")).isTrue();
  }

  static final String TEXTS = """
      {"id": "Form_Texts", "components": [
        {"type": "textarea", "key": "letter", "validate": {"required": true}},
        {"type": "textfield", "key": "name", "validate": {"required": true}},
        {"type": "textarea", "key": "reason", "validate": {"required": true},
         "conditional": {"hide": "=decision != \\"NO\\""}},
        {"type": "group", "conditional": {"hide": "=x"}, "components": [
          {"type": "textfield", "key": "inner", "validate": {"required": true}}]},
        {"type": "textarea", "key": "note"},
        {"type": "dynamiclist", "path": "items", "components": [
          {"type": "textfield", "key": "title", "validate": {"required": true}}]}
      ]}""";

  /**
   * The steps' text rule on every plain text field (audit 25 F2): no control or invisible
   * format character, line breaks in a textarea only, and a field required unconditionally is
   * not filled by spaces; structured fields are left to the steps.
   */
  @Test
  void textFieldsFollowTheStepsRule() throws Exception {
    FormFields form = FormFields.parse(
        new ByteArrayInputStream(TEXTS.getBytes(StandardCharsets.UTF_8)));

    assertThat(form.plainTextRefusal("letter", "申请人：\n\t您好！\r\n此致")).isNull();
    assertThat(form.plainTextRefusal("note", "1. 请写明名称\u200b或文号"))
        .isEqualTo(io.github.ogiworkflow.process.Vars.HIDDEN_CHARACTERS);
    assertThat(form.plainTextRefusal("note", "同意\u202e")).isNotNull();
    assertThat(form.plainTextRefusal("note", "\u3000\u3000")).isNull();
    assertThat(form.plainTextRefusal("letter", "\u3000 \u3000")).contains("必填");
    assertThat(form.plainTextRefusal("letter", "")).contains("必填");
    assertThat(form.plainTextRefusal("name", "张三\n李四")).contains("换行");
    assertThat(form.plainTextRefusal("name", "张三")).isNull();
    // Required only while shown: the steps know when a hidden field is wanted.
    assertThat(form.plainTextRefusal("reason", "\u3000")).isNull();
    assertThat(form.plainTextRefusal("inner", "")).isNull();
    assertThat(form.plainTextRefusal("reason", "\u200b")).isNotNull();
    // A dynamic list's rows are JSON, read by the steps (Vars.listText).
    assertThat(form.isPlainText("items")).isFalse();
    assertThat(form.plainTextRefusal("items", "[{\"title\": \"\\u200b\"}]")).isNull();
    // Emoji keep their zero-width joiner.
    assertThat(form.plainTextRefusal("note", "\uD83D\uDC68\u200D\uD83D\uDCBB")).isNull();
    assertThat(FormFields.isTextRefusal(form.plainTextRefusal("name", "\u200b"))).isTrue();
    assertThat(FormFields.isTextRefusal(form.plainTextRefusal("letter", " "))).isTrue();
  }

  /**
   * Audit 31a F3 (ADR 0124): the four forms whose required field no step reads. A completion that
   * leaves the field out (or the check box unticked) is refused unless the case holds it; a
   * field sent is checked as sent.
   */
  @Test
  void aRequiredFieldLeftOutOrACheckBoxLeftUntickedIsRefused() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    // No deployed form has an unconditionally required check box since 确认收到网上申请 offers
    // 不予确认 (ADR 0158; its attestation is the listener's check): the rule on a form of one.
    FormFields receipt = FormFields.parse(new java.io.ByteArrayInputStream(("{\"id\":\"f\","
        + "\"components\":[{\"type\":\"checkbox\",\"key\":\"receiptConfirmed\","
        + "\"label\":\"确认收到该申请\",\"validate\":{\"required\":true}}]}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(deployed("receipt-confirmation").missingRefusal("receiptConfirmed", null, null))
        .isNull();
    assertThat(receipt.required()).contains("receiptConfirmed");
    assertThat(receipt.missingRefusal("receiptConfirmed", null, null)).contains("必选");
    assertThat(receipt.missingRefusal("receiptConfirmed", json.readTree("false"), null))
        .contains("必选");
    assertThat(receipt.missingRefusal("receiptConfirmed", json.readTree("true"), null)).isNull();
    assertThat(receipt.missingRefusal("receiptConfirmed", null, true)).isNull();
    assertThat(FormFields.isTextRefusal(receipt.missingRefusal("receiptConfirmed", null, null)))
        .isTrue();
    for (String[] formAndField : new String[][] {{"overdue-escalation", "overdueComment"},
        {"annual-report-supervision", "supervisionComment"},
        {"appeal-reminder", "reminderComment"}}) {
      FormFields form = deployed(formAndField[0]);
      String field = formAndField[1];
      assertThat(form.required()).as(formAndField[0]).contains(field);
      assertThat(form.missingRefusal(field, null, null)).as(field).contains("必填");
      assertThat(form.missingRefusal(field, null, "\u3000")).as(field).contains("必填");
      assertThat(form.missingRefusal(field, null, "请尽快答复")).as(field).isNull();
      // Sent: its value is checked as sent (a blank one by plainTextRefusal).
      assertThat(form.missingRefusal(field, json.readTree("\"请尽快答复\""), null)).isNull();
    }
    // A conditionally required field stays the steps' (不同意公开的理由 only with an objection).
    FormFields consultation = deployed("consultation-answer");
    assertThat(consultation.missingRefusal("consultationOpinion", null, null)).isNull();
  }

  private static FormFields deployed(String form) throws Exception {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(
        java.nio.file.Path.of("forms", form + ".form"))) {
      return FormFields.parse(in);
    }
  }
}
