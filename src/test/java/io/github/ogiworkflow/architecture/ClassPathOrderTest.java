package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The libraries start-up loads its classes from come before the document and calendar
 * libraries on the class path (ADR 0024): the pom's first block sets Maven's order, and the fat
 * jar's class loader searches its nested jars in that order. The test reads the order this JVM
 * was given, which Maven derives the same way.
 */
class ClassPathOrderTest {

  /** Most of the classes loaded before the app is ready come from these (counted in ADR 0024). */
  static final List<String> LOADED_AT_START = List.of("camunda-engine", "h2", "spring-boot",
      "spring-core", "jackson-databind", "tomcat-embed-core", "spring-context");

  /** Loaded only when a letter, report or holiday calendar is first made. */
  static final List<String> LOADED_LATER = List.of("poi-ooxml", "poi-ooxml-lite", "xmlbeans",
      "poi-tl", "tika-core", "icu4j");

  private static final Pattern JAR_NAME = Pattern.compile("([^/!]+)-[0-9][^/!]*\\.jar!/");

  @Test
  void startUpLibrariesComeBeforeTheDocumentLibraries() throws IOException {
    List<String> order = jarsInClassPathOrder();
    assertThat(order).as("class path").containsAll(LOADED_AT_START).containsAll(LOADED_LATER);
    for (String early : LOADED_AT_START) {
      for (String late : LOADED_LATER) {
        assertThat(order.indexOf(early)).as(early + " before " + late)
            .isLessThan(order.indexOf(late));
      }
    }
  }

  /** Artifact names of the jars on the class path, in the order the class loader searches. */
  static List<String> jarsInClassPathOrder() throws IOException {
    List<String> names = new ArrayList<>();
    for (URL manifest : Collections.list(ClassPathOrderTest.class.getClassLoader()
        .getResources("META-INF/MANIFEST.MF"))) {
      Matcher jar = JAR_NAME.matcher(manifest.toString());
      if (jar.find()) {
        names.add(jar.group(1));
      }
    }
    return names;
  }
}
