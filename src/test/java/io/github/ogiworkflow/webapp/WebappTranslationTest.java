package io.github.ogiworkflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Our Chinese translations against the en.json shipped in the Camunda webapp jar (on the test
 * classpath): a Camunda upgrade that adds or renames a key makes this fail instead of showing
 * English (or the raw key) to staff.
 */
class WebappTranslationTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  /** Angular-translate placeholders ({{name}}, {{ name }}) and the bare {} some plural labels use. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|\\{}");
  private static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|strong|em|i|code|span|p|ul|li)\\b[^>]*>");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyShippedKeyIsTranslatedWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = leaves(read(app, "en"));
    Map<String, String> chinese = leaves(read(app, "zh"));

    assertThat(english).as("shipped en.json of %s", app).hasSizeGreaterThan(100);
    assertThat(chinese.keySet()).as("keys of %s/locales/zh.json", app).containsAll(english.keySet());
    List<String> problems = new ArrayList<>();
    english.forEach((key, en) -> {
      String zh = chinese.get(key);
      // "s" is the English plural suffix appended by some dialogs; Chinese has none.
      if (!en.isEmpty() && !en.equals("s") && zh.isBlank()) {
        problems.add(key + ": empty translation");
      }
      if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, zh))) {
        problems.add(key + ": placeholders " + all(PLACEHOLDER, en) + " became " + all(PLACEHOLDER, zh));
      }
      if (!all(HTML_TAG, en).equals(all(HTML_TAG, zh))) {
        problems.add(key + ": HTML " + all(HTML_TAG, en) + " became " + all(HTML_TAG, zh));
      }
    });
    assertThat(problems).as("translations of %s", app).isEmpty();
  }

  /**
   * Staff read no English "ID" (table headers, search criteria, tooltips, messages; ADR 0062): an
   * engine id is a 标识, a user's id the 账号 they log in with.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void noEnglishIdInTheChineseTexts(String app) throws IOException {
    Pattern id = Pattern.compile("(?<![A-Za-z])ID(?![A-Za-z])");
    List<String> english = new ArrayList<>();
    leaves(read(app, "zh")).forEach((key, zh) -> {
      if (id.matcher(zh).find()) {
        english.add(key + ": " + zh);
      }
    });
    assertThat(english).as("Chinese texts of %s with \"ID\"", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreChinese(String app) throws IOException {
    JsonNode dates = read(app, "zh").path("dateLocales");
    assertThat(dates.path("months").get(0).asText()).isEqualTo("一月");
    assertThat(dates.path("months")).hasSize(12);
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("星期一");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersChineseFirst(String app) throws IOException {
    String config = text(WebappConfigController.CONFIG_LOCATION.formatted(app));
    assertThat(config)
        .startsWith("/*")
        .contains("export default {")
        .contains("availableLocales: ['zh']")
        .contains("fallbackLocale: 'zh'");
    // Only Chinese: a browser set to English gets Chinese too, and so do the shortcut texts.
    assertThat(config).doesNotContain("'en'", "claims the currently selected task");
  }

  private static JsonNode read(String app, String locale) throws IOException {
    String json = text(LOCALES.formatted(app, locale));
    // The shipped files start with a byte order mark, which Jackson rejects.
    return JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
  }

  private static String text(String location) throws IOException {
    try (InputStream in = new ClassPathResource(location).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every leaf value by its path, e.g. labels.PAGE_LOGIN_USERNAME or dateLocales.months[0]. */
  private static Map<String, String> leaves(JsonNode root) {
    Map<String, String> leaves = new TreeMap<>();
    collect(root, "", leaves);
    return leaves;
  }

  private static void collect(JsonNode node, String path, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(0));
    }
    found.sort(null);
    return found;
  }
}
