package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * What the engine cannot query by, found in a query's body before it gets there: a variable
 * criterion ({@code {"name", "operator", "value"}}, in processVariables, taskVariables, or-queries
 * and the like) whose value is a JSON object or list ("Object values cannot be used to query"),
 * and a sorting by a variable of type Object ("Cannot order by variables of type object"). The
 * engine answers both with a bare 500; here they are a 400 in Chinese on the criterion.
 */
final class QueryValues {

  private QueryValues() {}

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
