package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused form, as staff should read it. The engine answers a step's {@code InvalidInput} with
 * 400 and "Cannot submit task form be0a…: legalBasis is required（请填写法律依据）" (or "Cannot
 * instantiate process definition DisclosureRequest:1:…: …"): an engine id and English. This
 * keeps only the Chinese, one part per wrong field, and adds {@code fields}, the variable name →
 * Chinese message of each, which the Tasklist script {@code ogi-forms.js} shows on the fields.
 */
final class FieldErrorAnswers {

  /** The engine's prefix: what failed and its id (ids contain ':' but never ": "). */
  private static final Pattern ENGINE_PREFIX = Pattern.compile(
      "^Cannot (?:submit task form|instantiate process definition|complete task|resolve task"
          + "|start process instance)[^:]*?(?: \\S+)?: (.*)$", Pattern.DOTALL);

  /** One wrong field: its variable name first, the Chinese text in the last full-width (). */
  private static final Pattern FIELD_LINE =
      Pattern.compile("^([a-z][A-Za-z0-9]*)\\b[^（]*（(.*)）\\s*$", Pattern.DOTALL);

  /** Chinese text after the last full-width ( of a line without a field name. */
  private static final Pattern CHINESE_PART = Pattern.compile("（([^（]*)）\\s*$");

  private FieldErrorAnswers() {}

  /** Rewrites the answer in place; false when it is not a refused form. */
  static boolean rewrite(ObjectNode answer) {
    JsonNode message = answer.get("message");
    if (message == null || !message.isTextual()) {
      return false;
    }
    Matcher prefix = ENGINE_PREFIX.matcher(message.asText());
    if (!prefix.matches()) {
      return false;
    }
    fill(answer, prefix.group(1));
    return true;
  }

  /**
   * Puts a step's refusal ({@code InvalidInput}'s message, one line per wrong field) into the
   * answer: {@code message} in Chinese, and {@code fields} when a line names its field.
   */
  static void fill(ObjectNode answer, String refusal) {
    ObjectNode fields = answer.objectNode();
    List<String> parts = new ArrayList<>();
    for (String line : refusal.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher field = FIELD_LINE.matcher(line.trim());
      Matcher chinese = CHINESE_PART.matcher(line);
      if (field.matches()) {
        fields.put(field.group(1), field.group(2));
        parts.add(field.group(2));
      } else if (chinese.find()) {
        parts.add(chinese.group(1));
      } else {
        parts.add(line.trim());
      }
    }
    answer.put("message", String.join("；", parts));
    if (!fields.isEmpty()) {
      answer.set("fields", fields);
    }
  }
}
