package io.github.ogiworkflow.online;

import io.github.ogiworkflow.logging.PersonalDataMasker;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Identity document numbers: the mainland resident ID check (GB 11643) and masking for staff. */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** Check characters by (weighted sum mod 11), ISO 7064 MOD 11-2. */
  private static final String CHECK_CHARACTERS = "10X98765432";

  private IdNumbers() {}

  /** The number as stored: trimmed, a lower-case check letter x made upper-case. */
  public static String normalize(String number) {
    return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * An 18-character resident ID: 17 digits, a check character (digit or X) that matches the
   * ISO 7064 MOD 11-2 checksum, and a birth date that exists and is not in the future.
   */
  public static boolean isValidResidentId(String number, LocalDate today) {
    if (number == null || !number.matches("[0-9]{17}[0-9X]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    if (CHECK_CHARACTERS.charAt(sum % 11) != number.charAt(17)) {
      return false;
    }
    try {
      LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
          Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
      return !born.isAfter(today) && born.getYear() >= 1900;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The refusal of a code whose check character does not match. */
  public static final String CREDIT_CODE_CHECK_FAILED = "统一社会信用代码校验位不正确，请核对后重新填写";

  /** Characters of a 统一社会信用代码 (GB 32100-2015), by value: no I, O, S, V, Z. */
  private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_CODE_WEIGHTS =
      {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /**
   * A 统一社会信用代码 (GB 32100-2015): 18 characters of its alphabet whose last is the check
   * character, 31 minus the weighted sum of the first 17 values mod 31 (31 read as 0). As the
   * resident ID's checksum, it keeps a mistyped code from splitting one organisation in the
   * per-request fee count (audit 34a F9).
   */
  public static boolean isValidCreditCode(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CREDIT_CODE_CHARACTERS.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * CREDIT_CODE_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.charAt(17) == CREDIT_CODE_CHARACTERS.charAt(check);
  }

  /** What staff see: the first 3 and the last 4 characters (the office reads the register). */
  public static String mask(String number) {
    return PersonalDataMasker.maskIdNumber(number);
  }
}
