package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;

/**
 * Whether a value a client sent back for a read-only form field is the value the case holds. The
 * client sends JSON (dates as Camunda's date strings, numbers as numbers or text); the engine
 * holds Java values.
 */
final class VariableValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMUNDA_DATE = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

  private VariableValues() {}

  static boolean same(JsonNode sent, Object held) {
    boolean sentEmpty = sent == null || sent.isMissingNode() || sent.isNull()
        || (sent.isTextual() && sent.asText().isEmpty());
    if (held == null || "".equals(held)) {
      return sentEmpty;
    }
    if (sentEmpty) {
      return false;
    }
    if (held instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).compareTo(new BigDecimal(sent.asText())) == 0;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    if (held instanceof Boolean flag) {
      return flag == sent.asBoolean(!flag);
    }
    if (held instanceof Date date) {
      return sent.isNumber() ? sent.asLong() == date.getTime() : sameDate(sent.asText(), date);
    }
    if (held instanceof CharSequence text) {
      return text.toString().equals(sent.asText());
    }
    // JSON values (Spin) compare as trees: formatting may differ.
    try {
      JsonNode heldTree = JSON.readTree(held.toString());
      JsonNode sentTree = sent.isTextual() ? JSON.readTree(sent.asText()) : sent;
      return heldTree.equals(sentTree);
    } catch (java.io.IOException notJson) {
      return held.toString().equals(sent.asText());
    }
  }

  private static boolean sameDate(String sent, Date held) {
    try {
      return new SimpleDateFormat(CAMUNDA_DATE).parse(sent).getTime() == held.getTime();
    } catch (ParseException otherFormat) {
      return false;
    }
  }
}
