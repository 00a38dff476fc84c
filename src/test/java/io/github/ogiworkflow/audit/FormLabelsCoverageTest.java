package io.github.ogiworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.FieldLabels;
import io.github.ogiworkflow.process.ProcessVariables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every variable Cockpit's variable table can show (every {@link ProcessVariables} constant) and
 * every field of every form (also the fields inside dynamic lists, which the table shows as one
 * entry per line with their labels) has a Chinese label in {@link FormLabels}, which
 * {@code GET /api/form-labels} serves to {@code cockpit/scripts/ogi-variables.js}: otherwise
 * staff would read the raw variable name.
 */
class FormLabelsCoverageTest {

  private static final Pattern CHINESE = Pattern.compile(".*\\p{IsHan}.*");

  private final Map<String, String> labels = new FormLabels().fields();

  @Test
  void everyProcessVariableConstantHasAChineseLabel() throws IllegalAccessException {
    List<String> variables = new ArrayList<>();
    for (Field field : ProcessVariables.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
          && field.getType() == String.class) {
        variables.add((String) field.get(null));
      }
    }
    // An empty list would pass the loop below without checking anything.
    assertThat(variables).as("ProcessVariables constants found").hasSizeGreaterThan(100);
    assertThat(withoutChineseLabel(variables))
        .as("process variables without a Chinese label in FormLabels").isEmpty();
  }

  @Test
  void everyFormFieldHasAChineseLabel() throws IOException {
    List<String> keys = new ArrayList<>();
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).as("forms found").hasSizeGreaterThan(20);
    ObjectMapper json = new ObjectMapper();
    for (Path form : forms) {
      keys(json.readTree(form.toFile()).path("components"), keys);
    }
    assertThat(keys).as("form fields found").hasSizeGreaterThan(100);
    assertThat(withoutChineseLabel(keys))
        .as("form fields without a Chinese label in FormLabels").isEmpty();
  }

  /**
   * The trail reads the forms through {@link FieldLabels}, as refusals do (ADR 0072): every field
   * a form labels, named without its trailing （hint）, never by a FEEL expression.
   */
  @Test
  void theTrailNamesTheFormsFieldsAsRefusalsDo() {
    assertThat(labels).containsAllEntriesOf(Map.of("secondInstanceDocketNo", "二审案号",
        "plaintiffAppealFiledOn", "原告提起上诉日期", "answerText", "答复书正文"));
    assertThat(labels.keySet()).containsAll(FieldLabels.labels().keySet());
    assertThat(FieldLabels.labels().values())
        .noneMatch(label -> label.startsWith("=") || label.endsWith("）"));
  }

  private Set<String> withoutChineseLabel(List<String> variables) {
    Set<String> missing = new TreeSet<>();
    for (String variable : variables) {
      String label = labels.get(variable);
      if (label == null || !CHINESE.matcher(label).matches()) {
        missing.add(variable);
      }
    }
    return missing;
  }

  private static void keys(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        keys.add(key);
      }
      keys(component.path("components"), keys);
    }
  }
}
