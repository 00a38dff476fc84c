package io.github.ogiworkflow.process;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables as forms and the API send them (strings, numbers that may
 * arrive as Integer, Long or Double, dates as yyyy-MM-dd). A missing required value is an error
 * with a message staff can read, and the user's step is not completed.
 */
public final class Vars {

  /** Longer than any letter or note staff write; a megabyte pasted by mistake is refused. */
  public static final int MAX_TEXT = 100_000;

  private Vars() {}

  /**
   * A text field: numbers and true/false are taken as their text; lists, objects and JSON are
   * not text, nor are control characters other than tab and line breaks.
   */
  public static String text(VariableScope scope, String name) {
    return text(scope, name, FieldLabels.of(name));
  }

  /** As {@link #text(VariableScope, String)}, the refusals naming the field {@code chineseName}. */
  private static String text(VariableScope scope, String name, String chineseName) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
      throw new InvalidInput(name + " must be a text（" + chineseName + "应为文本）");
    }
    // strip(), not trim(): a full-width space (U+3000) is blank too.
    String text = value.toString().strip();
    if (text.length() > MAX_TEXT) {
      throw new InvalidInput(name + " is longer than " + MAX_TEXT + " characters（"
          + chineseName + "不得超过" + MAX_TEXT + "字）");
    }
    if (hasHiddenCharacters(text, true)) {
      throw new InvalidInput(name + " contains control or invisible format characters（"
          + chineseName + HIDDEN_CHARACTERS + "）");
    }
    TextLimits.check(name, name, text, chineseName);
    return text.isEmpty() || !visible(text) ? null : text;
  }

  /** The refusal of {@link #hasHiddenCharacters}, after the field's name. */
  public static final String HIDDEN_CHARACTERS = "含有不允许的控制字符或不可见字符（如双向文字控制符、零宽字符）";

  /** U+200D ZERO WIDTH JOINER: part of emoji and some scripts' spelling, shown as nothing else. */
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  /**
   * Whether the text holds a control character (C0, DEL, C1; tab and line breaks only where
   * {@code multiline}) or an invisible format character (Unicode category Cf: the bidi controls
   * U+202A–U+202E and U+2066–U+2069 that make a name or reason read otherwise than it is stored,
   * zero-width spaces and marks, the BOM), except the zero-width joiner.
   */
  public static boolean hasHiddenCharacters(String text, boolean multiline) {
    return text.codePoints().anyMatch(c -> (Character.isISOControl(c)
        && !(multiline && (c == '\t' || c == '\n' || c == '\r')))
        || (Character.getType(c) == Character.FORMAT && c != ZERO_WIDTH_JOINER));
  }

  /**
   * A text inside a value Vars does not read whole (a row of a form's dynamic list, JSON) under
   * the same rule as {@link #text}: stripped (a full-width space is blank), null when it shows
   * nothing (only spaces or zero-width characters), refused when it holds a control or invisible
   * format character. {@code field} names the place (items[2].title), {@code chineseName} the
   * field as the refusal says it (第2项：信息项名称).
   */
  public static String listText(String value, String field, String chineseName,
      boolean multiline) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (hasHiddenCharacters(text, multiline)) {
      throw new InvalidInput(field + " contains control or invisible format characters（"
          + chineseName + HIDDEN_CHARACTERS + "）");
    }
    return text.isEmpty() || !visible(text) ? null : text;
  }

  /**
   * A tracking number as an error message may repeat it: only when it looks like one (letters,
   * digits and hyphens, at most 40); otherwise empty, so no input is echoed back raw.
   */
  public static String echo(String trackingNumber) {
    return trackingNumber != null && trackingNumber.matches("[A-Za-z0-9-]{1,40}")
        ? trackingNumber : "";
  }

  /** Whether the text shows anything: not only spaces and zero-width or format characters. */
  private static boolean visible(String text) {
    return text.codePoints().anyMatch(c -> !Character.isWhitespace(c)
        && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT);
  }

  /**
   * As {@link #requiredText}, for prose written in a textarea (an answer, a pleading): only a
   * string is taken; a number or true/false sent through the engine API is no text (audit 37a,
   * F7), and {@link #text} would print it as one.
   */
  public static String requiredProse(VariableScope scope, String name, String chineseName) {
    Object value = scope.getVariable(name);
    if (value != null && !(value instanceof CharSequence)) {
      throw new InvalidInput(name + " must be a text（" + chineseName + "应为文本）");
    }
    return requiredText(scope, name, chineseName);
  }

  public static String requiredText(VariableScope scope, String name, String chineseName) {
    String text = text(scope, name, chineseName);
    if (text == null) {
      throw missing(name, chineseName);
    }
    return text;
  }

  /**
   * Drops a field the chosen decision hides (a form's {@code conditional.hide}): Tasklist never
   * submits one, so a value here came from a direct API call or an earlier round, and applies
   * to nothing (ADR 0079). It is set to null before it is removed, so the step's last value in
   * history is empty and the audit trail shows none; later steps and forms no longer see it.
   */
  public static void dropHidden(VariableScope scope, String name) {
    if (scope.hasVariable(name)) {
      scope.setVariable(name, null);
      scope.removeVariable(name);
    }
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
  }

  /**
   * A whole number (an id, a count, a year, days): sent as Integer, Long, Double or text. A
   * fraction (14.5), a value beyond int and NaN are refused on the field, never truncated (audit
   * round 23: publicationItemId 14.5 was read as item 14). 14.0 is 14. No caller reads money or
   * another decimal through this.
   */
  public static Integer number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    // Only a number or a text is read as a number; bytes, lists or objects are refused without
    // echoing their toString() (a Java object identity, ADR 0068).
    if (!(value instanceof Number || value instanceof CharSequence)) {
      throw new InvalidInput(name + " is not a number（" + FieldLabels.of(name) + "应为数字）");
    }
    java.math.BigDecimal decimal;
    try {
      decimal = new java.math.BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      if (value instanceof Number) {
        // NaN or Infinity.
        throw notWhole(name);
      }
      throw new InvalidInput(name + " is not a number: '" + value + "'（" + FieldLabels.of(name)
          + "应为数字）", e);
    }
    try {
      return decimal.intValueExact();
    } catch (ArithmeticException e) {
      throw notWhole(name);
    }
  }

  private static InvalidInput notWhole(String name) {
    return new InvalidInput(name + " is not a whole number（" + FieldLabels.of(name)
        + "应为整数）");
  }

  public static LocalDate date(VariableScope scope, String name) {
    try {
      return OfficeTime.toLocalDate(scope.getVariable(name));
    } catch (IllegalArgumentException e) {
      // The Chinese part names the field by its label, as the other refusals of the same
      // answer do (收到申请日期：日期格式应为…; audit 32b, F10).
      String message = e.getMessage();
      int chinese = message.lastIndexOf('（');
      if (chinese < 0 || !message.endsWith("）")) {
        throw new InvalidInput(name + ": " + message, e);
      }
      throw new InvalidInput(name + ": " + message.substring(0, chinese) + "（"
          + FieldLabels.of(name) + "：" + message.substring(chinese + 1), e);
    }
  }

  public static LocalDate requiredDate(VariableScope scope, String name, String chineseName) {
    LocalDate date = date(scope, name);
    if (date == null) {
      throw missing(name, chineseName);
    }
    return date;
  }

  /** An enum value sent as its name; an unknown value is an error. */
  public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type,
      String chineseName) {
    return valueOf(type, name, requiredText(scope, name, chineseName), chineseName);
  }

  /** As {@link #choice}, but absent is allowed (null). */
  public static <E extends Enum<E>> E optionalChoice(VariableScope scope, String name,
      Class<E> type, String chineseName) {
    String text = text(scope, name);
    return text == null ? null : valueOf(type, name, text, chineseName);
  }

  private static <E extends Enum<E>> E valueOf(Class<E> type, String name, String text,
      String chineseName) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          name + " has no value '" + text + "'（" + chineseName + "的取值无效）", e);
    }
  }

  private static InvalidInput missing(String name, String chineseName) {
    return new InvalidInput(name + " is required（请填写" + chineseName + "）");
  }
}
