package io.github.ogiworkflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Audit 28 F12: the forms' 答复期限 ({@code replyDueDateText}) shows the case's current deadline,
 * which may be an extended one, a date moved by a pause or a date a reconsideration decision or
 * judgment ordered (ADR 0096): its hint must not call every such date 法定答复期限.
 */
class ReplyDueDateHintTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void noFormCallsTheCurrentDeadlineTheStatutoryOne() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    }
    List<String> hints = new ArrayList<>();
    for (Path form : forms) {
      collect(JSON.readTree(form.toFile()), form.getFileName().toString(), hints);
    }
    assertThat(hints).hasSizeGreaterThan(10).allSatisfy(hint -> assertThat(hint)
        .doesNotContain("法定答复期限"));
  }

  private static void collect(JsonNode container, String form, List<String> hints) {
    for (JsonNode component : container.path("components")) {
      if ("replyDueDateText".equals(component.path("key").asText())
          && component.has("description")) {
        hints.add(form + ": " + component.path("description").asText());
      }
      collect(component, form, hints);
    }
  }
}
