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

  /**
   * Audit round 29, F5 (c), F1: a hint that states a rule the server applies only sometimes is
   * shown only then. "答复期限…重新计算" on 登记补正材料 and 确认逾期未补正 is hidden after a late
   * notice (correctionNoticeLate) and in a round bound by an ordered date
   * (correctionOrderedDueText); the fee forms do not promise a pause an ordered date excludes.
   */
  @Test
  void aRestartOrPauseHintIsConditionalOrQualified() throws IOException {
    for (String form : List.of("supplement-assessment.form", "correction-overdue.form")) {
      List<JsonNode> restarting = new ArrayList<>();
      texts(JSON.readTree(Path.of("forms", form).toFile()), "重新计算", restarting);
      assertThat(restarting).as(form).isNotEmpty().allSatisfy(component -> assertThat(
          component.path("conditional").path("hide").asText())
          .as(form + " " + component.path("id").asText())
          .contains("correctionNoticeLate", "correctionOrderedDueText"));
    }
    for (String form : List.of("fee-payment.form", "fee-overdue.form")) {
      List<JsonNode> pausing = new ArrayList<>();
      texts(JSON.readTree(Path.of("forms", form).toFile()), "暂停", pausing);
      assertThat(pausing).as(form).isNotEmpty().allSatisfy(component -> assertThat(
          component.toString()).as(form).contains("责令"));
    }
  }

  /**
   * Audit round 29, F5 d: in a round bound by an ordered date the extension forms do not promise
   * 20 working days; the hint that does is hidden, and one naming the ordered date
   * ({@code orderedReplyDueText}, server-set) is shown instead, on both the office's request and
   * leadership's approval.
   */
  @Test
  void theExtensionHintsNameTheOrderedDate() throws IOException {
    for (String form : List.of("extension-request.form", "extension-approval.form")) {
      JsonNode tree = JSON.readTree(Path.of("forms", form).toFile());
      List<JsonNode> promising = new ArrayList<>();
      texts(tree, "20 个工作日", promising);
      assertThat(promising).as(form).allSatisfy(component -> assertThat(
          component.path("conditional").path("hide").asText()).as(form)
          .isEqualTo("=orderedReplyDueText != null"));
      List<JsonNode> naming = new ArrayList<>();
      texts(tree, "{{orderedReplyDueText}}", naming);
      assertThat(naming).as(form).singleElement().satisfies(component -> {
        assertThat(component.path("text").asText()).contains("不得晚于该日期");
        assertThat(component.path("conditional").path("hide").asText())
            .isEqualTo("=orderedReplyDueText = null");
      });
    }
  }

  /** The components whose text, label or description contains {@code word}. */
  private static void texts(JsonNode container, String word, List<JsonNode> found) {
    for (JsonNode component : container.path("components")) {
      for (String property : List.of("text", "label", "description")) {
        if (component.path(property).asText().contains(word)) {
          found.add(component);
          break;
        }
      }
      texts(component, word, found);
    }
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
