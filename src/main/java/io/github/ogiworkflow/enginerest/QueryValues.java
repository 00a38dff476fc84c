package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What the engine cannot query by, found in a query's body before it gets there: a variable
 * criterion ({@code {"name", "operator", "value"}}, in processVariables, taskVariables, or-queries
 * and the like) whose value is a JSON object or list ("Object values cannot be used to query"),
 * and a sorting by a variable of type Object ("Cannot order by variables of type object"). The
 * engine answers both with a bare 500; here they are a 400 in Chinese on the criterion; so is a
 * yes/no or null value compared otherwise than with eq or neq, and a paging parameter out of
 * range.
 */
final class QueryValues {

  /** The operators the engine takes for a boolean or null value. */
  private static final Set<String> EQUALITY = Set.of("eq", "neq");

  private QueryValues() {}

  /**
   * The refusal of a paging parameter ({@code firstResult}, {@code maxResults}) that is not a
   * whole number from 0 to 2147483647, or null. The engine answers a negative one with a bare
   * 500 (an SQL error) and one beyond an int with a misleading 404 (audit 31a, F5).
   */
  static EngineApiGuard.Refusal pagingRefusal(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return null;
    }
    MultiValueMap<String, String> parameters = UriComponentsBuilder.newInstance()
        .query(queryString).build().getQueryParams();
    for (String name : List.of("firstResult", "maxResults")) {
      List<String> values = parameters.get(name);
      if (values == null) {
        continue;
      }
      for (String raw : values) {
        String value = raw == null ? null : UriUtils.decode(raw, StandardCharsets.UTF_8);
        if (!isPage(value)) {
          return EngineApiGuard.Refusal.invalid(name + " must be a whole number from 0 to "
              + Integer.MAX_VALUE + "（分页参数" + name + "应为0到" + Integer.MAX_VALUE + "之间的整数）",
              Map.of(name, "应为0到" + Integer.MAX_VALUE + "之间的整数"));
        }
      }
    }
    return null;
  }

  private static boolean isPage(String value) {
    if (value == null || !value.matches("[0-9]{1,10}")) {
      return false;
    }
    return Long.parseLong(value) <= Integer.MAX_VALUE;
  }

  /** The refusal of the query body, or null when the engine can run it. */
  static EngineApiGuard.Refusal refusal(JsonNode body) {
    return find(body, null);
  }

  private static EngineApiGuard.Refusal find(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        EngineApiGuard.Refusal refusal = find(element, field);
        if (refusal != null) {
          return refusal;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (field != null && node.has("name") && node.has("operator") && node.has("value")
        && node.get("value").isContainerNode()) {
      return EngineApiGuard.Refusal.invalid("A variable criterion takes one plain value, not an"
          + " object or list（查询条件中变量的值只能是单个值（文本、数字、日期或是否），不能是对象或列表）",
          Map.of(field, "查询条件中变量的值只能是单个值，不能是对象或列表"));
    }
    if (field != null && node.has("name") && node.has("operator") && node.has("value")
        && (node.get("value").isBoolean() || node.get("value").isNull())
        && !EQUALITY.contains(node.get("operator").asText("").toLowerCase(Locale.ROOT))) {
      // The engine: "Booleans and null cannot be used in 'greater than or equal' condition",
      // a bare 500 (audit 31a, F5).
      return EngineApiGuard.Refusal.invalid("A yes/no or empty value is compared only with eq"
          + " or neq（查询条件中“是/否”或空值只能用“等于”或“不等于”比较）",
          Map.of(field, "查询条件中“是/否”或空值只能用“等于”或“不等于”比较"));
    }
    if (field != null && node.has("sortBy")
        && node.path("parameters").path("type").asText("").toLowerCase(Locale.ROOT)
            .equals("object")) {
      return EngineApiGuard.Refusal.invalid("Cannot sort by a variable of type Object"
          + "（不能按对象类型的变量排序）", Map.of(field, "不能按对象类型的变量排序"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      EngineApiGuard.Refusal refusal = find(entry.getValue(),
          field == null ? entry.getKey() : field);
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }
}
