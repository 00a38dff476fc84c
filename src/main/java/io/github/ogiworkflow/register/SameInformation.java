package io.github.ogiworkflow.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two item titles name the same information (ADR 0115): the same title once width,
 * spaces and punctuation are set aside (示市监罚〔2026〕12号 and 示市监罚[2026]12号 alike), or the
 * same document number (文号: issuer's abbreviation, year in brackets, number 号) written in either
 * title. A round reopened by a correction (纠正) splits the request anew; an item the office names
 * the same way, or by the same 文号, is the information a third party objected to before.
 */
public final class SameInformation {

  /** Issuer's abbreviation (Han characters), year in brackets, number: 示市监罚〔2026〕12号. */
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("(\\p{IsHan}+)\\[(\\d{4})\\]0*(\\d+)号");

  private SameInformation() {}

  /**
   * Who asked, to count different applicants of the same information: the identity document
   * where registered, else the name as written (no name leaves the callers).
   */
  public static String applicantKey(String idType, String idNumber, String name) {
    if (idNumber != null && !idNumber.isBlank()) {
      return "id:" + (idType == null ? "" : idType) + ":"
          + idNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
    return "name:" + (name == null ? "" : name.replaceAll("\\s+", ""));
  }

  /** Whether {@code a} and {@code b} name the same information. */
  public static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String keyA = titleKey(a);
    if (!keyA.isEmpty() && keyA.equals(titleKey(b))) {
      return true;
    }
    for (DocumentNumber numberA : documentNumbers(a)) {
      for (DocumentNumber numberB : documentNumbers(b)) {
        if (numberA.sameAs(numberB)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A 文号 as written in a title: issuer's abbreviation, year, number without leading zeros. */
  record DocumentNumber(String issuer, String year, String number) {

    /**
     * Same year and number; the issuer's abbreviation as far as both titles give it (one title
     * may run the words before the 文号 into it: 处罚决定书示市监罚〔2026〕12号).
     */
    boolean sameAs(DocumentNumber other) {
      return year.equals(other.year) && number.equals(other.number)
          && (issuer.endsWith(other.issuer) || other.issuer.endsWith(issuer));
    }
  }

  /**
   * The first 文号 written in {@code title}, in the standard form 示市监罚〔2026〕12号, or null
   * when it gives none.
   */
  public static String documentNumberOf(String title) {
    List<DocumentNumber> numbers = title == null ? List.of() : documentNumbers(title);
    if (numbers.isEmpty()) {
      return null;
    }
    DocumentNumber n = numbers.get(0);
    return n.issuer() + "〔" + n.year() + "〕" + n.number() + "号";
  }

  /** The title without width, case, spaces or punctuation: its letters and digits. */
  static String titleKey(String title) {
    StringBuilder key = new StringBuilder();
    Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints()
        .filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }

  /** The 文号 in a title. */
  static List<DocumentNumber> documentNumbers(String title) {
    String text = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "")
        .replaceAll("[〔【\\[(〖]", "[").replaceAll("[〕】\\])〗]", "]");
    List<DocumentNumber> numbers = new ArrayList<>();
    Matcher m = DOCUMENT_NUMBER.matcher(text);
    while (m.find()) {
      numbers.add(new DocumentNumber(m.group(1), m.group(2), m.group(3)));
    }
    return numbers;
  }
}
