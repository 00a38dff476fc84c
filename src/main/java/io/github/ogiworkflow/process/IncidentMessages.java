package io.github.ogiworkflow.process;

/**
 * What an incident says, in Chinese first (audit 32b, F3 follow-up): Cockpit's 事件 tab shows the
 * message to leadership and auditors, and our steps write their failures as "english（中文）" (the
 * English for the log and the administrator, the Chinese for staff). An incident's message is
 * the Chinese alone; the failure as thrown, English included, stays in the job's stack trace,
 * which only administrators read (EngineApiGuard). A failure with no Chinese at all (an
 * unexpected error) gets a Chinese sentence first and its English after, for the administrator.
 */
public final class IncidentMessages {

  /** The sentence that leads a failure with no Chinese of its own. */
  public static final String UNEXPECTED = "步骤执行出错，请系统管理员查看错误详情";

  private IncidentMessages() {
  }

  /**
   * The Chinese of a message written "english（中文）", possibly several joined: the outermost
   * full-width parentheses' contents, joined with "；"; text without them as it is.
   */
  public static String chineseOf(String text) {
    if (text == null || !text.endsWith("）")) {
      return text;
    }
    StringBuilder chinese = new StringBuilder();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' && depth++ == 0) {
        start = i + 1;
      } else if (c == '）' && depth > 0 && --depth == 0) {
        chinese.append(chinese.isEmpty() ? "" : "；").append(text, start, i);
      }
    }
    return chinese.isEmpty() ? text : chinese.toString();
  }

  /**
   * An incident's message for {@code failure}: the Chinese of the first message in its chain of
   * causes that has one (its "（中文）" parts alone, or the message as it is when it starts in
   * Chinese), otherwise {@link #UNEXPECTED} followed by the failure's own message.
   */
  public static String chineseFirst(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message == null || message.isBlank()) {
        continue;
      }
      String chinese = chineseOf(message);
      if (!chinese.equals(message)) {
        return chinese;
      }
      if (startsInChinese(message)) {
        return message;
      }
    }
    String message = failure == null ? null : failure.getMessage();
    return message == null || message.isBlank() ? UNEXPECTED : UNEXPECTED + "：" + message;
  }

  /** True if the first letter of {@code text} (digits and punctuation aside) is Chinese. */
  private static boolean startsInChinese(String text) {
    return text.codePoints().filter(Character::isLetter).findFirst()
        .stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
