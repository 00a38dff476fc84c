package io.github.ogiworkflow.publication;

/**
 * A 文号 as the register compares it (audit 33a F3, ADR 0140): the same document typed with
 * other brackets or blanks ({@code X政发〔2026〕5号}, {@code X政发[2026] 5号}, {@code
 * X政发（2026）5号}) has one key. V98 computes the same key in SQL for the rows registered before
 * ({@code TRANSLATE} with {@link #FROM} and {@link #TO}, blanks removed, {@code UPPER}).
 */
final class DocNumbers {

  /** Brackets folded to 〔〕 and full-width digits to ASCII, character by character. */
  static final String FROM = "（(［[【）)］]】０１２３４５６７８９";
  static final String TO = "〔〔〔〔〔〕〕〕〕〕0123456789";

  private DocNumbers() {}

  /** The key of {@code docNumber}: blanks removed, brackets and digits folded; null for none. */
  static String key(String docNumber) {
    if (docNumber == null) {
      return null;
    }
    StringBuilder key = new StringBuilder(docNumber.length());
    for (int i = 0; i < docNumber.length(); i++) {
      char c = docNumber.charAt(i);
      if (c == ' ' || c == '\u3000') {
        continue;
      }
      int folded = FROM.indexOf(c);
      key.append(Character.toUpperCase(folded < 0 ? c : TO.charAt(folded)));
    }
    return key.isEmpty() ? null : key.toString();
  }

  /**
   * {@link #key} computed in SQL over {@code column} (V98's expression), e.g. for titles, which
   * have no stored key: the same title typed with other blanks or brackets has one key.
   */
  static String sqlKey(String column) {
    return "UPPER(TRANSLATE(REPLACE(REPLACE(" + column + ", ' ', ''), '\u3000', ''), '" + FROM
        + "', '" + TO + "'))";
  }
}
