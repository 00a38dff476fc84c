package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables one Camunda Form may write: the top-level names of its keyed fields, split into
 * those a person can edit and those it only shows (read-only or disabled). Built from the form
 * JSON as deployed with the process (formRefBinding="deployment"), so the allow-list is the form
 * itself and there is no second list to keep in step.
 */
public record FormFields(String formId, Set<String> editable, Set<String> readOnly) {

  /** form-js field types that hold no value of their own. */
  private static final Set<String> UNKEYED = Set.of("button", "text", "html", "spacer",
      "separator", "image", "iframe", "table", "default");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The form without fields: nothing may be written. */
  public static FormFields none() {
    return new FormFields(null, Set.of(), Set.of());
  }

  public static FormFields parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    Set<String> editable = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    collect(root, editable, readOnly);
    readOnly.removeAll(editable);
    return new FormFields(root.path("id").asText(null), Collections.unmodifiableSet(editable),
        Collections.unmodifiableSet(readOnly));
  }

  private static void collect(JsonNode container, Set<String> editable, Set<String> readOnly) {
    for (JsonNode field : container.path("components")) {
      String type = field.path("type").asText("");
      // A group or list with a path stores all its fields under that one variable (a list of
      // entries for a dynamic list); the delegates validate the entries.
      if (field.hasNonNull("path") && !field.path("path").asText().isBlank()) {
        editable.add(root(field.path("path").asText()));
        continue;
      }
      if (field.hasNonNull("key") && !UNKEYED.contains(type)) {
        boolean shown = isSet(field.get("readonly")) || isSet(field.get("disabled"));
        (shown ? readOnly : editable).add(root(field.path("key").asText()));
      }
      collect(field, editable, readOnly);
    }
  }

  /** readonly/disabled may be true or a FEEL expression; an expression counts as read-only. */
  private static boolean isSet(JsonNode flag) {
    return flag != null && (flag.isBoolean() ? flag.asBoolean() : !flag.isNull());
  }

  private static String root(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  public boolean allows(String variable) {
    return editable.contains(variable);
  }

  public boolean shows(String variable) {
    return readOnly.contains(variable);
  }
}
