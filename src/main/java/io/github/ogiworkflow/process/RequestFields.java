package io.github.ogiworkflow.process;

import java.util.Map;

/**
 * The fields of a staff API's JSON body ({@code @RequestBody Map<String, Object>}), typed one by
 * one: a field sent as the wrong JSON type (a number or a list for a text) is refused with HTTP
 * 400 on the field, in Chinese, before anything is checked or written. What the value must say
 * is the use case's check; this only makes sure it is the right kind of value.
 */
public final class RequestFields {

  private RequestFields() {}

  /** The field's text, or null when it is absent or JSON null; any other type is refused. */
  public static String text(Map<String, ?> body, String field, String chineseName) {
    Object value = body.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new InvalidInput(field + ": must be text（" + chineseName + "应为文字）");
  }
}
