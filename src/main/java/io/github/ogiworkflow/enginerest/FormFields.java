package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.Vars;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables one Camunda Form may write: the top-level names of its keyed fields, split into
 * those a person can edit and those it only shows (read-only or disabled), and for a radio,
 * select or checklist field the values it offers. Built from the form JSON as deployed with the
 * process (formRefBinding="deployment"), so the allow-list is the form itself and there is no
 * second list to keep in step. {@code multiple} names the fields whose value is a list (a
 * checklist or taglist), {@code structured} those whose value may be JSON (a group or dynamic
 * list with a path, and the lists): every other field holds one plain value. {@code texts}
 * holds a field's {@code validate} length rules for text (minLength, maxLength), which form-js
 * checks only in the browser. A {@code pattern} is not taken here: it is a typing aid whose field
 * the server checks by its own rule (the registration's contactPhone), and that check answers
 * every wrong field of the form at once, where a refusal here would name the pattern's alone.
 * {@code plainTexts} names the plain text fields (textfield, textarea; not structured), each
 * with whether it may hold line breaks (a textarea), and {@code required} those of them the form
 * requires whatever else is filled in (no {@code conditional} on them or a group around them):
 * a field hidden by a condition is not required while hidden, and only the steps know when.
 */
public record FormFields(String formId, Set<String> editable, Set<String> readOnly,
    Map<String, Set<String>> choices, Set<String> multiple, Set<String> structured,
    Map<String, TextRule> texts, Map<String, Boolean> plainTexts, Set<String> required) {

  /** A field's length rules as its form's {@code validate} states them; null: none. */
  public record TextRule(Integer minLength, Integer maxLength) {

    /** The refusal of {@code text}, in Chinese, or null when it fits (empty text always fits). */
    public String refusal(String text) {
      if (text.isEmpty()) {
        return null;
      }
      int length = text.codePointCount(0, text.length());
      if (maxLength != null && length > maxLength) {
        return "不得超过 " + maxLength + " 个字（现为 " + length + " 个字）";
      }
      if (minLength != null && length < minLength) {
        return "不得少于 " + minLength + " 个字";
      }
      return null;
    }
  }

  /** form-js field types that hold no value of their own. */
  private static final Set<String> UNKEYED = Set.of("button", "text", "html", "spacer",
      "separator", "image", "iframe", "table", "default");

  /** form-js field types whose value is one (or, for a checklist, several) of their values. */
  private static final Set<String> CHOICE = Set.of("radio", "select", "checklist", "taglist");

  /** form-js field types whose value is a list. */
  private static final Set<String> LIST = Set.of("checklist", "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The form without fields: nothing may be written. */
  public static FormFields none() {
    return new FormFields(null, Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), Map.of(),
        Map.of(), Set.of());
  }

  public static FormFields parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    Set<String> editable = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    Map<String, Set<String>> choices = new LinkedHashMap<>();
    Set<String> openChoices = new HashSet<>();
    Set<String> multiple = new LinkedHashSet<>();
    Set<String> structured = new LinkedHashSet<>();
    Map<String, TextRule> texts = new LinkedHashMap<>();
    collect(root, editable, readOnly, choices, openChoices, multiple, structured, texts);
    readOnly.removeAll(editable);
    choices.keySet().removeAll(openChoices);
    choices.replaceAll((name, values) -> Collections.unmodifiableSet(values));
    structured.addAll(multiple);
    Map<String, Boolean> plainTexts = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    Set<String> optional = new HashSet<>();
    collectTexts(root, false, plainTexts, required, optional);
    plainTexts.keySet().removeAll(structured);
    plainTexts.keySet().retainAll(editable);
    required.removeAll(optional);
    required.retainAll(plainTexts.keySet());
    // A check box the form requires (an attestation, e.g. 确认收到该申请): required as ticked
    // (audit 31a F3; ADR 0124). Only editable ones; a text field and a check box of one key:
    // the text's rule.
    Set<String> checks = new LinkedHashSet<>();
    Set<String> optionalChecks = new HashSet<>();
    collectChecks(root, false, checks, optionalChecks);
    checks.removeAll(optionalChecks);
    checks.retainAll(editable);
    checks.removeAll(plainTexts.keySet());
    checks.removeAll(structured);
    required.addAll(checks);
    return new FormFields(root.path("id").asText(null), Collections.unmodifiableSet(editable),
        Collections.unmodifiableSet(readOnly), Collections.unmodifiableMap(choices),
        Collections.unmodifiableSet(multiple), Collections.unmodifiableSet(structured),
        Collections.unmodifiableMap(texts), Collections.unmodifiableMap(plainTexts),
        Collections.unmodifiableSet(required));
  }

  /**
   * The plain text fields: a key the form shows twice may hold line breaks if either is a
   * textarea, and is required only if both are, unconditionally.
   */
  private static void collectTexts(JsonNode container, boolean conditional,
      Map<String, Boolean> plainTexts, Set<String> required, Set<String> optional) {
    for (JsonNode field : container.path("components")) {
      if (field.hasNonNull("path") && !field.path("path").asText().isBlank()) {
        continue; // structured: the steps read its entries (Vars.listText)
      }
      boolean hidden = conditional || field.hasNonNull("conditional");
      String type = field.path("type").asText("");
      String key = field.path("key").asText("");
      if ((type.equals("textfield") || type.equals("textarea")) && !key.isEmpty()
          && key.indexOf('.') < 0) {
        plainTexts.merge(key, type.equals("textarea"), Boolean::logicalOr);
        if (!hidden && field.path("validate").path("required").asBoolean(false)) {
          required.add(key);
        } else {
          optional.add(key);
        }
      }
      collectTexts(field, hidden, plainTexts, required, optional);
    }
  }

  /** The check boxes the form requires unconditionally, as {@link #collectTexts} the texts. */
  private static void collectChecks(JsonNode container, boolean conditional, Set<String> checks,
      Set<String> optional) {
    for (JsonNode field : container.path("components")) {
      if (field.hasNonNull("path") && !field.path("path").asText().isBlank()) {
        continue;
      }
      boolean hidden = conditional || field.hasNonNull("conditional");
      String key = field.path("key").asText("");
      if (field.path("type").asText("").equals("checkbox") && !key.isEmpty()
          && key.indexOf('.') < 0) {
        if (!hidden && field.path("validate").path("required").asBoolean(false)) {
          checks.add(key);
        } else {
          optional.add(key);
        }
      }
      collectChecks(field, hidden, checks, optional);
    }
  }

  /**
   * The refusal of a completion that leaves out a field the form requires unconditionally
   * (audit 31a F3; ADR 0124): form-js refuses it in the browser only. {@code sent}: the value
   * in the request, or null when the request leaves the field out; {@code current}: the case's
   * value. A required text is filled when sent (its blank value is refused by
   * {@link #plainTextRefusal}) or not blank on the case; a required check box only when ticked,
   * as sent or, left out, on the case. Null: it passes.
   */
  public String missingRefusal(String variable, JsonNode sent, Object current) {
    if (!required.contains(variable)) {
      return null;
    }
    if (isPlainText(variable)) {
      return sent != null || (current instanceof String text && !isBlank(text)) ? null
          : REQUIRED_MISSING;
    }
    boolean ticked = sent != null
        ? sent.isBoolean() && sent.asBoolean() || sent.isTextual() && "true".equals(sent.asText())
        : Boolean.TRUE.equals(current);
    return ticked ? null : REQUIRED_CHECK;
  }

  private static final String REQUIRED_MISSING = "为必填项，请填写";
  private static final String REQUIRED_CHECK = "为必选项，请核实后勾选";

  /**
   * The refusal of a plain text field's value, in Chinese, or null when it passes: a control or
   * invisible format character ({@link Vars#hasHiddenCharacters}, line breaks and tabs only in
   * a textarea), or, for a field the form requires, a text that is blank once ordinary and
   * full-width spaces are stripped. Any other field passes.
   */
  public String plainTextRefusal(String variable, String text) {
    Boolean multiline = plainTexts.get(variable);
    if (multiline == null || text == null) {
      return null;
    }
    if (Vars.hasHiddenCharacters(text, multiline)) {
      // A one-line field (textfield) takes no line break either: the form cannot show it.
      return multiline ? Vars.HIDDEN_CHARACTERS : "含有换行、" + Vars.HIDDEN_CHARACTERS.substring(2);
    }
    if (required.contains(variable) && isBlank(text)) {
      return REQUIRED;
    }
    return null;
  }

  private static final String REQUIRED = "为必填项，只填空格视为未填写";

  /** Whether {@code refusal} is one of {@link #textRefusal} or {@link #plainTextRefusal}. */
  static boolean isTextRefusal(String refusal) {
    return refusal.startsWith("不得超过 ") || refusal.startsWith("不得少于 ")
        || refusal.equals(REQUIRED) || refusal.equals(REQUIRED_MISSING)
        || refusal.equals(REQUIRED_CHECK) || refusal.endsWith(Vars.HIDDEN_CHARACTERS.substring(2));
  }

  /** Blank once ordinary and full-width spaces (U+3000) are stripped: counts as empty. */
  public static boolean isBlank(String text) {
    return text.strip().isEmpty();
  }

  /** A plain text field (textfield or textarea). */
  public boolean isPlainText(String variable) {
    return plainTexts.containsKey(variable);
  }

  private static void collect(JsonNode container, Set<String> editable, Set<String> readOnly,
      Map<String, Set<String>> choices, Set<String> openChoices, Set<String> multiple,
      Set<String> structured, Map<String, TextRule> texts) {
    for (JsonNode field : container.path("components")) {
      String type = field.path("type").asText("");
      // A group or list with a path stores all its fields under that one variable (a list of
      // entries for a dynamic list); the delegates validate the entries.
      if (field.hasNonNull("path") && !field.path("path").asText().isBlank()) {
        editable.add(root(field.path("path").asText()));
        structured.add(root(field.path("path").asText()));
        continue;
      }
      if (field.hasNonNull("key") && !UNKEYED.contains(type)) {
        String name = root(field.path("key").asText());
        boolean shown = isSet(field.get("readonly")) || isSet(field.get("disabled"));
        (shown ? readOnly : editable).add(name);
        if (LIST.contains(type)) {
          multiple.add(name);
        }
        if (!name.equals(field.path("key").asText())) {
          structured.add(name); // a dotted key: the variable holds an object
        } else {
          TextRule rule = textRule(field.path("validate"));
          if (rule != null) {
            texts.put(name, rule);
          }
        }
        if (CHOICE.contains(type)) {
          // Values from a variable or an expression are not the form's own: not checked here.
          if (!field.path("values").isArray() || field.hasNonNull("valuesKey")
              || field.hasNonNull("valuesExpression")) {
            openChoices.add(name);
          }
          Set<String> offered = choices.computeIfAbsent(name, n -> new LinkedHashSet<>());
          field.path("values").forEach(option -> offered.add(option.path("value").asText()));
        }
      }
      collect(field, editable, readOnly, choices, openChoices, multiple, structured, texts);
    }
  }

  private static TextRule textRule(JsonNode validate) {
    Integer min = validate.path("minLength").isInt() ? validate.path("minLength").asInt() : null;
    Integer max = validate.path("maxLength").isInt() ? validate.path("maxLength").asInt() : null;
    return min == null && max == null ? null : new TextRule(min, max);
  }

  /**
   * The refusal of a text value for {@code variable} by its form's minLength or maxLength, in
   * Chinese; null when it fits or the field has no such rule.
   */
  public String textRefusal(String variable, String text) {
    TextRule rule = texts.get(variable);
    return rule == null || text == null ? null : rule.refusal(text);
  }

  /**
   * Whether {@code value} (a variable's JSON {@code value}) is one the field offers: a choice
   * the form offers, several of them for a checklist or taglist (never for a radio or select),
   * or none made (null or empty). A field without fixed options accepts anything.
   */
  public boolean offers(String variable, JsonNode value) {
    Set<String> offered = choices.get(variable);
    if (offered == null || value == null || value.isNull() || value.isMissingNode()
        || (value.isTextual() && value.asText().isEmpty())) {
      return true;
    }
    if (value.isArray()) {
      if (!multiple.contains(variable)) {
        return false;
      }
      for (JsonNode element : value) {
        if (!element.isValueNode() || !offered.contains(element.asText())) {
          return false;
        }
      }
      return true;
    }
    return value.isValueNode() && offered.contains(value.asText());
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

  /** A checklist or taglist: its value is a list of the values it offers. */
  public boolean isList(String variable) {
    return multiple.contains(variable);
  }

  /** A field whose value may be JSON: a list, a group or dynamic list with a path. */
  public boolean isStructured(String variable) {
    return structured.contains(variable);
  }

  /** A radio or select with the form's own options: one of them, as text. */
  public boolean isSingleChoice(String variable) {
    return choices.containsKey(variable) && !multiple.contains(variable);
  }
}
