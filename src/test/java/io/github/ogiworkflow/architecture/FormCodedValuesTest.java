package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A variable that some form offers as options (a select, radio or checklist with static values)
 * holds a code such as CONFIRMED_UNLAWFUL, not words. Shown in a text field anywhere, staff would
 * read that code; shown as a (read-only) select, they read its Chinese label.
 */
class FormCodedValuesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCodedVariableIsNeverShownInATextField() throws IOException {
    Map<Path, JsonNode> forms = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        forms.put(form, JSON.readTree(form.toFile()));
      }
    }
    assertThat(forms).hasSizeGreaterThan(30);

    TreeSet<String> coded = new TreeSet<>();
    forms.values().forEach(form -> components(form).stream()
        .filter(c -> c.path("values").isArray() && !c.path("values").isEmpty())
        .forEach(c -> coded.add(c.path("key").asText())));
    assertThat(coded).contains("appealResultDetail", "reviewConclusion");

    List<String> shownAsText = new ArrayList<>();
    forms.forEach((path, form) -> components(form).stream()
        .filter(c -> List.of("textfield", "textarea").contains(c.path("type").asText()))
        .filter(c -> coded.contains(c.path("key").asText()))
        .forEach(c -> shownAsText.add(path.getFileName() + ": " + c.path("key").asText())));
    assertThat(shownAsText).as("coded variables in text fields").isEmpty();
  }

  private static List<JsonNode> components(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      all.add(component);
      all.addAll(components(component));
    }
    return all;
  }
}
