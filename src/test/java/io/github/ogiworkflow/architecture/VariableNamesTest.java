package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.ProcessVariables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Variable names are constants in {@link ProcessVariables} (issue 17, point 6): every field a
 * Camunda Form writes at its top level and every variable a model's expression reads must be
 * one of them, so code and models cannot drift apart unnoticed. Fields inside a dynamic list are
 * the list's entries, not variables, and are not checked.
 */
class VariableNamesTest {

  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  static final Pattern DELEGATE_ATTRIBUTE = Pattern.compile("delegateExpression=\"[^\"]*\"");
  static final Pattern STRING_IN_EXPRESSION = Pattern.compile("'[^']*'");
  static final Pattern WORD = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\b");
  /** EL words and the objects the engine puts in scope; never variables of ours. */
  static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "and", "or", "not",
      "eq", "ne", "lt", "gt", "le", "ge", "empty", "div", "mod", "instanceof", "execution", "task");

  @Test
  void everyTopLevelFormFieldIsAProcessVariableConstant() throws IOException {
    Set<String> constants = constants();
    Set<String> missing = new TreeSet<>();
    List<Path> forms = files(Path.of("forms"), ".form");
    assertThat(forms).as("forms found").hasSizeGreaterThan(20);
    ObjectMapper json = new ObjectMapper();
    int fields = 0;
    for (Path form : forms) {
      Set<String> keys = new TreeSet<>();
      topLevelKeys(json.readTree(form.toFile()), keys);
      fields += keys.size();
      keys.stream().filter(key -> !constants.contains(key))
          .forEach(key -> missing.add(form.getFileName() + ": " + key));
    }
    assertThat(fields).as("form fields checked").isGreaterThan(100);
    assertThat(missing).as("form fields without a ProcessVariables constant").isEmpty();
  }

  @Test
  void everyVariableAModelReadsIsAProcessVariableConstant() throws IOException {
    Set<String> constants = constants();
    Set<String> missing = new TreeSet<>();
    int read = 0;
    for (Path model : files(Path.of("processes"), ".bpmn")) {
      String xml = DELEGATE_ATTRIBUTE.matcher(Files.readString(model)).replaceAll("");
      Matcher expression = EXPRESSION.matcher(xml);
      while (expression.find()) {
        String body = STRING_IN_EXPRESSION.matcher(expression.group(1)).replaceAll("");
        Matcher word = WORD.matcher(body);
        while (word.find()) {
          String name = word.group(1);
          if (NOT_VARIABLES.contains(name)) {
            continue;
          }
          read++;
          if (!constants.contains(name)) {
            missing.add(model.getFileName() + ": " + name);
          }
        }
      }
    }
    assertThat(read).as("variable reads checked").isGreaterThan(20);
    assertThat(missing).as("variables read by models without a ProcessVariables constant")
        .isEmpty();
  }

  private static void topLevelKeys(JsonNode component, Set<String> keys) {
    for (JsonNode child : component.path("components")) {
      String type = child.path("type").asText();
      if (child.hasNonNull("key") && !Set.of("text", "button", "separator", "spacer", "html")
          .contains(type)) {
        keys.add(child.get("key").asText());
      }
      if (!"dynamiclist".equals(type)) {
        topLevelKeys(child, keys); // groups hold top-level fields; list entries are not variables
      }
    }
  }

  private static Set<String> constants() {
    Set<String> values = new TreeSet<>();
    for (Field field : ProcessVariables.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    assertThat(values).as("ProcessVariables constants").hasSizeGreaterThan(100);
    return values;
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
