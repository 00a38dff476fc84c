package io.github.ogiworkflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Chinese name of a variable in a refusal's Chinese part (ADR 0068, ADR 0072): its label on
 * the Camunda Form the user submitted ({@link SubmittedForm}) when that form shows it, else its
 * shortest label on any form, never the variable id; a variable no form shows is "该项" (the
 * English part and the prefix still name the field). The one reader of the forms' labels and
 * option labels: {@code audit/FormLabels} builds the audit trail's names on it (the shared layer
 * may not use the audit package).
 */
public final class FieldLabels {

  /** The name of a field no form labels. */
  static final String UNLABELLED = "该项";

  private static volatile FieldLabels forms;

  /** Form id → variable → its label on that form. */
  private final Map<String, Map<String, String>> byForm;
  /** Variable → its shortest label on any form (ties: the first form by id). */
  private final Map<String, String> shortest;
  /** Variable → option value → its shortest label on any form. */
  private final Map<String, Map<String, String>> options;

  private FieldLabels(Map<String, Map<String, String>> byForm, Map<String, String> shortest,
      Map<String, Map<String, String>> options) {
    this.byForm = byForm;
    this.shortest = shortest;
    this.options = options;
  }

  /** The field's label on the form being submitted, else on the forms, or {@link #UNLABELLED}. */
  public static String of(String variable) {
    return of(SubmittedForm.current(), variable);
  }

  /** The field's label on form {@code formId} (null: none known), else on the forms, or 该项. */
  public static String of(String formId, String variable) {
    String label = forms().label(formId, variable);
    return label != null ? label : UNLABELLED;
  }

  /** As {@link #of(String, String)}, or {@code name} itself (a field no form of ours has). */
  public static String orName(String formId, String name) {
    String label = forms().label(formId, name);
    return label != null ? label : name;
  }

  /** The field's label on form {@code formId} itself, or null when that form has none. */
  public static String onForm(String formId, String variable) {
    return formId == null ? null
        : forms().byForm.getOrDefault(formId, Map.of()).get(variable);
  }

  /** Every variable a form labels, with its shortest label. */
  public static Map<String, String> labels() {
    return forms().shortest;
  }

  /** Every variable a form offers options for, with its options' shortest labels. */
  public static Map<String, Map<String, String>> options() {
    return forms().options;
  }

  /** The label on {@code formId} if it shows the variable, else the shortest; null: none. */
  String label(String formId, String variable) {
    String own = formId == null ? null : byForm.getOrDefault(formId, Map.of()).get(variable);
    return own != null ? own : shortest.get(variable);
  }

  private static FieldLabels forms() {
    FieldLabels loaded = forms;
    if (loaded == null) {
      ObjectMapper json = new ObjectMapper();
      List<JsonNode> read = new ArrayList<>();
      try {
        Resource[] files = new PathMatchingResourcePatternResolver()
            .getResources("classpath:forms/*.form");
        // By name, so that a tie between two labels is decided the same way on every machine.
        Arrays.sort(files, Comparator.comparing(Resource::getFilename,
            Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Resource form : files) {
          try (InputStream in = form.getInputStream()) {
            read.add(json.readTree(in));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the forms could not be read", e);
      }
      forms = loaded = read(read);
    }
    return loaded;
  }

  /** The labels of {@code forms} (Camunda Forms' JSON, each with its {@code id}), in order. */
  static FieldLabels read(List<JsonNode> forms) {
    Map<String, Map<String, String>> byForm = new HashMap<>();
    Map<String, String> shortest = new HashMap<>();
    Map<String, Map<String, String>> options = new HashMap<>();
    for (JsonNode form : forms) {
      Map<String, String> own = new HashMap<>();
      collect(form.path("components"), own, options);
      own.forEach((variable, label) -> shortest.merge(variable, label, FieldLabels::shorter));
      byForm.merge(form.path("id").asText(""), own, (a, b) -> {
        Map<String, String> both = new HashMap<>(a);
        b.forEach((variable, label) -> both.merge(variable, label, FieldLabels::shorter));
        return both;
      });
    }
    Map<String, Map<String, String>> frozenOptions = new HashMap<>();
    options.forEach((variable, values) -> frozenOptions.put(variable, Map.copyOf(values)));
    Map<String, Map<String, String>> frozenForms = new HashMap<>();
    byForm.forEach((id, labels) -> frozenForms.put(id, Map.copyOf(labels)));
    return new FieldLabels(Map.copyOf(frozenForms), Map.copyOf(shortest),
        Map.copyOf(frozenOptions));
  }

  private static void collect(JsonNode components, Map<String, String> labels,
      Map<String, Map<String, String>> options) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String label = name(component.path("label").asText(component.path("dateLabel").asText("")));
      if (!key.isEmpty() && !label.isEmpty()) {
        // A field twice on one form (read-only above, editable below) is named by its shorter.
        labels.merge(key, label, FieldLabels::shorter);
        for (JsonNode value : component.path("values")) {
          options.computeIfAbsent(key, k -> new HashMap<>()).merge(value.path("value").asText(),
              value.path("label").asText(), FieldLabels::shorter);
        }
      }
      collect(component.path("components"), labels, options);
    }
  }

  /**
   * A label as a field's name: "二审案号（尚未编定的留空）" names the field 二审案号, the hint is
   * not its name; a label computed by a FEEL expression ("=if …") names nothing here.
   */
  static String name(String label) {
    String name = label.strip();
    return name.startsWith("=") ? "" : name.replaceAll("（[^（）]*）$", "").strip();
  }

  /** The shorter of two labels; the first on a tie. */
  private static String shorter(String a, String b) {
    return b.length() < a.length() ? b : a;
  }
}
