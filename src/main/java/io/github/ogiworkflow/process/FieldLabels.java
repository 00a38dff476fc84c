package io.github.ogiworkflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Chinese name of a variable in a refusal's Chinese part (ADR 0068): its label on the Camunda
 * Forms (the shortest, as {@code audit/FormLabels} names it), never the variable id. Read here
 * from the forms, as the shared layer may not use the audit package; a variable no form shows
 * is "该项" (the English part and the prefix still name the field).
 */
public final class FieldLabels {

  /** The name of a field no form labels. */
  static final String UNLABELLED = "该项";

  private static volatile Map<String, String> labels;

  private FieldLabels() {}

  /** The field's label on the forms, or {@link #UNLABELLED}. */
  public static String of(String variable) {
    return load().getOrDefault(variable, UNLABELLED);
  }

  /** The field's label on the forms, or {@code name} itself (a field no form of ours has). */
  public static String orName(String name) {
    return load().getOrDefault(name, name);
  }

  private static Map<String, String> load() {
    Map<String, String> loaded = labels;
    if (loaded == null) {
      Map<String, String> read = new HashMap<>();
      ObjectMapper json = new ObjectMapper();
      try {
        for (Resource form : new PathMatchingResourcePatternResolver()
            .getResources("classpath:forms/*.form")) {
          try (InputStream in = form.getInputStream()) {
            collect(json.readTree(in).path("components"), read);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the forms could not be read", e);
      }
      labels = loaded = Map.copyOf(read);
    }
    return loaded;
  }

  private static void collect(JsonNode components, Map<String, String> into) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      // "二审案号（尚未编定的留空）" names the field 二审案号: the hint is not its name.
      String label = component.path("label").asText(component.path("dateLabel").asText(""))
          .replaceAll("（[^（）]*）$", "").strip();
      if (!key.isEmpty() && !label.isEmpty()) {
        into.merge(key, label, (a, b) -> b.length() < a.length() ? b : a);
      }
      collect(component.path("components"), into);
    }
  }
}
