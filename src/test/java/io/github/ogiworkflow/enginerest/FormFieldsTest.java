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
}
