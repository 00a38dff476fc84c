package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * form-js refuses to render a form whose components share an id ("form field with id … already
 * exists"), and Tasklist then shows staff only that error: the task cannot be completed there.
 */
class FormIdsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyComponentIdIsUsedOnceInItsForm() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).hasSizeGreaterThan(30);
    List<String> repeated = new ArrayList<>();
    for (Path form : forms) {
      Set<String> seen = new HashSet<>();
      collect(JSON.readTree(form.toFile()), form.getFileName() + ": ", seen, repeated);
      assertThat(seen).as(form.toString()).isNotEmpty();
    }
    assertThat(repeated).as("component ids used twice").isEmpty();
  }

  private static void collect(JsonNode container, String form, Set<String> seen,
      List<String> repeated) {
    for (JsonNode component : container.path("components")) {
      String id = component.path("id").asText(null);
      if (id != null && !seen.add(id)) {
        repeated.add(form + id);
      }
      collect(component, form, seen, repeated);
    }
  }
}
