package io.github.ogiworkflow.register;

import java.util.Locale;

/**
 * A search by part of a text, as a LIKE pattern with {@code ESCAPE '\'}: what the user typed is
 * matched literally, so a typed % or _ finds itself instead of everything.
 */
public final class SqlLike {

  private SqlLike() {}

  /** The pattern of {@code column LIKE ? ESCAPE '\'} for "contains {@code text}". */
  public static String containing(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** As {@link #containing(String)} for an upper-cased column (numbers: ysq- finds YSQ-). */
  public static String containingUpperCase(String text) {
    return containing(text.toUpperCase(Locale.ROOT));
  }
}
