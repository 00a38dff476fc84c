package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ElementIds;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The names code and documents use for model elements agree with the models
 * (issue 17, "contracts that can't drift"):
 * <ul>
 *   <li>every constant of {@link ElementIds} is an element id, a message name or a
 *       delegateExpression bean of some model;</li>
 *   <li>main code names a model element only through {@link ElementIds} (no string literal);</li>
 *   <li>the tables of docs/design/*.md name only element ids that exist.</li>
 * </ul>
 */
class ModelContractsTest {

  static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  static final Pattern MESSAGE_NAME = Pattern.compile("<bpmn:message\\b[^>]*\\bname=\"([^\"]+)\"");
  static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
  /** The id style of our models: a prefix, an underscore, a name (Task_ReviewItem). */
  static final Pattern ELEMENT_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Za-z0-9_]+");
  static final Pattern STRING_LITERAL = Pattern.compile("\"([A-Z][A-Za-z]*_[A-Za-z0-9_]+)\"");
  static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

  static Set<String> ids = new TreeSet<>();
  static Set<String> messages = new TreeSet<>();
  static Set<String> delegates = new TreeSet<>();

  @BeforeAll
  static void readModels() throws IOException {
    List<Path> models = files(Path.of("processes"), ".bpmn", ".dmn");
    assertThat(models).hasSizeGreaterThanOrEqualTo(11);
    for (Path model : models) {
      String xml = Files.readString(model);
      collect(ID, xml, ids);
      collect(MESSAGE_NAME, xml, messages);
      collect(DELEGATE, xml, delegates);
    }
    assertThat(ids).contains("Task_ReviewItem", "Call_SecrecyReview");
    assertThat(messages).contains(ElementIds.MESSAGE_ONLINE_APPLICATION);
  }

  @Test
  void everyElementIdsConstantIsInTheModels() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    int constants = 0;
    for (Field field : ElementIds.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
        continue;
      }
      constants++;
      String value = (String) field.get(null);
      if (!ids.contains(value) && !messages.contains(value) && !delegates.contains(value)) {
        missing.add(field.getName() + " = " + value);
      }
    }
    assertThat(constants).isGreaterThan(20);
    assertThat(missing).as("ElementIds constants no model has").isEmpty();
  }

  @Test
  void mainCodeNamesModelElementsOnlyThroughElementIds() throws IOException {
    List<String> literals = new ArrayList<>();
    for (Path source : files(Path.of("src/main/java"), ".java")) {
      if (source.endsWith(Path.of("process", "ElementIds.java"))) {
        continue;
      }
      Matcher matcher = STRING_LITERAL.matcher(Files.readString(source));
      while (matcher.find()) {
        if (ids.contains(matcher.group(1))) {
          literals.add(source.getFileName() + ": \"" + matcher.group(1) + "\"");
        }
      }
    }
    assertThat(literals).as("model ids written as literals outside ElementIds").isEmpty();
  }

  @Test
  void designDocumentTablesNameOnlyExistingIds() throws IOException {
    List<Path> documents = files(Path.of("docs/design"), ".md");
    assertThat(documents).hasSizeGreaterThanOrEqualTo(4);
    List<String> unknown = new ArrayList<>();
    int named = 0;
    for (Path document : documents) {
      for (String line : Files.readAllLines(document)) {
        if (!line.startsWith("|")) {
          continue;
        }
        Matcher matcher = BACKTICKED.matcher(line);
        while (matcher.find()) {
          String token = matcher.group(1);
          if (!ELEMENT_ID.matcher(token).matches()) {
            continue;
          }
          named++;
          if (!ids.contains(token)) {
            unknown.add(document.getFileName() + ": " + token);
          }
        }
      }
    }
    assertThat(named).as("element ids named in design tables").isGreaterThan(100);
    assertThat(unknown).as("ids in docs/design tables that no model has").isEmpty();
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  /** The files under {@code root} whose names end with one of the suffixes, sorted. */
  static List<Path> files(Path root, String... suffixes) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(p.toString()::endsWith)).sorted().toList();
    }
  }
}
