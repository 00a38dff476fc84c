package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * No Java hidden in the models (README "Layout", docs/adr/0007-delegates-named-in-models.md):
 * a bean appears in a model only as {@code camunda:delegateExpression="${bean}"} (service
 * tasks, execution and task listeners); every other expression reads process variables
 * ({@code ${decision == 'X'}}) and calls no method. What a gateway needs is a variable that a
 * delegate of a visible step has set.
 */
class ModelExpressionsTest {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** An expression of the Unified Expression Language: ${...} or #{...} (none nest braces). */
  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  /** A name followed by "(": a method or function call. */
  static final Pattern CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s*\\(");
  /** A name not preceded by "." (so not a property of something else). */
  static final Pattern ROOT_NAME = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");

  static Set<String> beans;

  @BeforeAll
  static void beanNames() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.ogiworkflow");
    beans = new TreeSet<>();
    for (JavaClass type : classes) {
      if (type.isMetaAnnotatedWith(Component.class)) {
        beans.add(Introspector.decapitalize(type.getSimpleName()));
      }
      for (JavaMethod method : type.getMethods()) {
        if (method.isAnnotatedWith(Bean.class)) {
          beans.add(method.getName());
        }
      }
    }
    // Guard: the bean scan found the delegates (else every check below would pass vacuously).
    assertThat(beans).contains("registerCaseDelegate", "completenessDecisionCheck");
  }

  static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).hasSizeGreaterThanOrEqualTo(8);
      return models;
    }
  }

  record Expression(String model, String where, String text, boolean delegateExpression) {
    @Override
    public String toString() {
      return model + " " + where + ": " + text;
    }
  }

  static List<Expression> expressions() throws Exception {
    List<Expression> found = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path model : models()) {
      Document document = factory.newDocumentBuilder().parse(model.toFile());
      collect(model.getFileName().toString(), document.getDocumentElement(), found);
    }
    return found;
  }

  private static void collect(String model, Element element, List<Expression> found) {
    String where = element.getLocalName() + (element.hasAttribute("id")
        ? "#" + element.getAttribute("id") : "");
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      boolean delegate = CAMUNDA.equals(attribute.getNamespaceURI())
          && "delegateExpression".equals(attribute.getLocalName())
          || "delegateExpression".equals(attribute.getName());
      add(model, where + "@" + attribute.getName(), attribute.getValue(), delegate, found);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        collect(model, nested, found);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        add(model, where, child.getNodeValue(), false, found);
      }
    }
  }

  private static void add(String model, String where, String value, boolean delegate,
      List<Expression> found) {
    if (delegate) {
      found.add(new Expression(model, where, value.trim(), true));
      return;
    }
    Matcher matcher = EXPRESSION.matcher(value);
    while (matcher.find()) {
      found.add(new Expression(model, where, matcher.group(), false));
    }
  }

  @Test
  void delegateExpressionsNameOneKnownBean() throws Exception {
    List<Expression> delegates = expressions().stream()
        .filter(Expression::delegateExpression).toList();
    assertThat(delegates).hasSizeGreaterThan(50);
    assertThat(delegates).allSatisfy(expression -> {
      Matcher matcher = DELEGATE_EXPRESSION.matcher(expression.text());
      assertThat(matcher.matches()).as("%s is ${beanName}", expression).isTrue();
      assertThat(beans).as("bean of %s", expression).contains(matcher.group(1));
    });
  }

  @Test
  void otherExpressionsCallNoMethodAndNameNoBean() throws Exception {
    List<Expression> others = expressions().stream()
        .filter(expression -> !expression.delegateExpression()).toList();
    assertThat(others).hasSizeGreaterThan(20);
    List<String> offending = new ArrayList<>();
    for (Expression expression : others) {
      String code = STRING_LITERAL.matcher(expression.text().substring(2)).replaceAll("''");
      if (CALL.matcher(code).find()) {
        offending.add(expression + " (calls a method)");
      }
      Matcher names = ROOT_NAME.matcher(code);
      while (names.find()) {
        if (beans.contains(names.group(1))) {
          offending.add(expression + " (names the bean " + names.group(1) + ")");
        }
      }
    }
    assertThat(offending).as("expressions outside delegateExpression that run Java").isEmpty();
  }

  /** The check itself can fail: the forms it must refuse are refused. */
  @Test
  void theCheckRecognisesBeanCalls() {
    for (String bad : List.of("${itemRegister.title(itemId)}",
        "${'REFER'.equals(execution.getVariable('reviewConclusion'))}",
        "${consultationPlanner.kinds(execution)}")) {
      String code = STRING_LITERAL.matcher(bad.substring(2)).replaceAll("''");
      assertThat(CALL.matcher(code).find()).as(bad).isTrue();
    }
    assertThat(CALL.matcher("decision == 'A(b)'".replaceAll("'[^']*'", "''")).find()).isFalse();
  }
}
