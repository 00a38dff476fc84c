package io.github.ogiworkflow.logging;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces applicants' resident ID numbers and phone numbers in a text with fixed tokens, so that
 * logs never carry them.
 *
 * <p>What is masked:
 *
 * <ul>
 *   <li>{@value #ID_MASK}: any run of 15 to 18 digits (the 18th may be {@code X}) that is not part
 *       of a longer letter-or-digit token. This covers the 18-character and the old 15-character
 *       ID number, and deliberately also mistyped ones and other long numbers (micro-second
 *       timestamps, plain 18-digit ids): better one harmless number too many than one ID number
 *       too few. An 18-character number with a valid ID checksum is masked even when glued to
 *       letters ({@code idNo350502199001011234}). The 6-8-4 grouping {@code 350502 19900101 1234}
 *       is masked too.
 *   <li>{@value #PHONE_MASK}: mobile numbers {@code 1[3-9]} + 9 digits, optionally prefixed with
 *       {@code +86}, {@code 0086} or {@code 86} and grouped 3-4-4 by spaces or hyphens; landlines
 *       {@code 0595-12345678}, {@code (0595)12345678}, {@code 0595 1234567}.
 * </ul>
 *
 * <p>What is left alone, on purpose: runs of more than 18 digits (e.g. nano-second timestamps)
 * are never partially masked, and nothing is masked inside a letter-or-digit token (except the
 * checksummed ID above), so UUIDs, hashes, tracking numbers like {@code YSQ-2026-000123},
 * timestamps and ports stay readable. Full-width digits (as typed with Chinese input methods)
 * count as digits.
 */
public final class PersonalDataMasker {

  public static final String ID_MASK = "[ID-MASKED]";
  public static final String PHONE_MASK = "[PHONE-MASKED]";

  // Full-width digits U+FF10..U+FF19 are listed next to their ASCII twins.
  private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
  private static final String ZERO = "[0\\uFF10]";
  private static final String ONE = "[1\\uFF11]";
  private static final String ONE_TO_NINE = "[1-9\\uFF11-\\uFF19]";
  private static final String THREE_TO_NINE = "[3-9\\uFF13-\\uFF19]";
  private static final String X = "[Xx\\uFF38\\uFF58]";
  private static final String SEPARATOR = "[- \\uFF0D]";
  private static final String NOT_AFTER_TOKEN_CHAR = "(?<![0-9A-Za-z\\uFF10-\\uFF19])";
  private static final String NOT_BEFORE_TOKEN_CHAR = "(?![0-9A-Za-z\\uFF10-\\uFF19])";
  private static final String NOT_AFTER_DIGIT = "(?<!" + DIGIT + ")";
  private static final String NOT_BEFORE_DIGIT = "(?!" + DIGIT + ")";

  private static final String MOBILE =
      NOT_AFTER_TOKEN_CHAR
          + "(?:(?:\\+|00)?86" + SEPARATOR + "?)?"
          + ONE + THREE_TO_NINE + DIGIT + SEPARATOR + "?"
          + DIGIT + "{4}" + SEPARATOR + "?"
          + DIGIT + "{4}"
          + NOT_BEFORE_TOKEN_CHAR;

  // Area codes never have 0 as their second digit; local numbers never start with 0.
  private static final String AREA_CODE = ZERO + ONE_TO_NINE + DIGIT + "{1,2}";
  private static final String LANDLINE =
      NOT_AFTER_TOKEN_CHAR
          + "(?:[(\\uFF08]" + AREA_CODE + "[)\\uFF09]" + SEPARATOR + "?"
          + "|" + AREA_CODE + SEPARATOR + "?)"
          + ONE_TO_NINE + DIGIT + "{6,7}"
          + NOT_BEFORE_TOKEN_CHAR;

  private static final String GROUPED_ID =
      NOT_AFTER_TOKEN_CHAR
          + DIGIT + "{6}" + SEPARATOR + DIGIT + "{8}" + SEPARATOR
          + DIGIT + "{3}(?:" + DIGIT + "|" + X + ")"
          + NOT_BEFORE_TOKEN_CHAR;

  // Bounded only by digits here; the letter boundary is checked in code, where a valid checksum
  // can overrule it.
  private static final String ID_CANDIDATE =
      NOT_AFTER_DIGIT + DIGIT + "{14,17}(?:" + DIGIT + "|" + X + ")" + NOT_BEFORE_DIGIT;

  // Phones come first: at the same position "008613812345678" is a phone, not a 15-digit ID.
  private static final Pattern PERSONAL_DATA =
      Pattern.compile(
          "(?<phone>" + MOBILE + "|" + LANDLINE + ")"
              + "|(?<groupedId>" + GROUPED_ID + ")"
              + "|(?<id>" + ID_CANDIDATE + ")");

  /** The shortest match (a 3-digit area code and a 7-digit local number) has 10 digits. */
  private static final int FEWEST_DIGITS_OF_ANY_MATCH = 10;

  private static final int[] ID_CHECKSUM_WEIGHTS = {
    7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
  };
  private static final String ID_CHECKSUM_CHARACTERS = "10X98765432";

  private PersonalDataMasker() {}

  /** Returns {@code text} with ID and phone numbers replaced by tokens; {@code null} stays null. */
  public static String mask(String text) {
    return maskNumbers(text, id -> ID_MASK, phone -> PHONE_MASK);
  }

  /**
   * {@code text} with ID and phone numbers replaced as the field masks show them ({@link
   * #maskIdNumber}, {@link #maskPhone}: {@code 350***********1234}, {@code 137****2222}): for
   * a letter, which prints no Latin tokens (ADR 0131).
   */
  private static String maskNumbersAsFields(String text) {
    return maskNumbers(text, PersonalDataMasker::maskIdNumber, PersonalDataMasker::maskPhone);
  }

  /** {@code text} with each ID number and phone number found replaced as given. */
  private static String maskNumbers(String text, UnaryOperator<String> id,
      UnaryOperator<String> phone) {
    if (text == null || !hasEnoughDigitsForAMatch(text)) {
      return text;
    }
    // Trying the pattern only where a number can begin is many times faster than find(), which
    // tries every position; transparent bounds keep the lookbehinds seeing the whole text.
    Matcher matcher = null;
    StringBuilder masked = null;
    int copiedUpTo = 0;
    int position = 0;
    while (position < text.length()) {
      if (!mayStartPersonalData(text, position)) {
        position++;
        continue;
      }
      if (matcher == null) {
        matcher = PERSONAL_DATA.matcher(text).useTransparentBounds(true);
      }
      matcher.region(position, text.length());
      String replacement = matcher.lookingAt() ? replacementFor(matcher, text, id, phone) : null;
      if (replacement == null) {
        position++;
        continue;
      }
      if (masked == null) {
        masked = new StringBuilder(text.length());
      }
      masked.append(text, copiedUpTo, matcher.start()).append(replacement);
      copiedUpTo = matcher.end();
      position = matcher.end();
    }
    if (masked == null) {
      return text;
    }
    return masked.append(text, copiedUpTo, text.length()).toString();
  }

  /**
   * Every match begins with a digit that follows no digit, or with a phone prefix or bracket, and
   * holds at least {@value #FEWEST_DIGITS_OF_ANY_MATCH} digits before any character other than
   * digits and phone punctuation (an ID's final X comes after more digits than that).
   */
  private static boolean mayStartPersonalData(String text, int position) {
    char first = text.charAt(position);
    boolean numberStart =
        isDigit(first)
            ? position == 0 || !isDigit(text.charAt(position - 1))
            : isPhonePunctuation(first);
    if (!numberStart) {
      return false;
    }
    int digits = 0;
    for (int i = position; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (++digits >= FEWEST_DIGITS_OF_ANY_MATCH) {
          return true;
        }
      } else if (!isPhonePunctuation(c)) {
        return false;
      }
    }
    return false;
  }

  /** Separators, brackets and the plus sign: every non-digit a match can hold before an X. */
  private static boolean isPhonePunctuation(char c) {
    return switch (c) {
      case '-', ' ', '\uFF0D', '(', ')', '\uFF08', '\uFF09', '+' -> true;
      default -> false;
    };
  }

  private static String replacementFor(Matcher matcher, String text, UnaryOperator<String> id,
      UnaryOperator<String> phone) {
    if (matcher.start("phone") >= 0) {
      return phone.apply(matcher.group());
    }
    if (matcher.start("groupedId") >= 0) {
      return id.apply(matcher.group());
    }
    boolean standalone =
        !isAsciiLetter(text, matcher.start() - 1) && !isAsciiLetter(text, matcher.end());
    if (standalone || hasValidIdChecksum(matcher.group())) {
      return id.apply(matcher.group());
    }
    return null;
  }

  private static boolean hasEnoughDigitsForAMatch(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i)) && ++digits >= FEWEST_DIGITS_OF_ANY_MATCH) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }

  private static boolean isAsciiLetter(String text, int index) {
    if (index < 0 || index >= text.length()) {
      return false;
    }
    char c = text.charAt(index);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** GB 11643-1999 check character: weighted sum of the first 17 digits modulo 11. */
  private static boolean hasValidIdChecksum(String candidate) {
    if (candidate.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += Character.digit(candidate.charAt(i), 10) * ID_CHECKSUM_WEIGHTS[i];
    }
    char expected = ID_CHECKSUM_CHARACTERS.charAt(sum % 11);
    char actual = Character.toUpperCase(toHalfWidth(candidate.charAt(17)));
    return actual == expected;
  }

  private static char toHalfWidth(char c) {
    return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
  }

  // ---- Field masks: what staff other than the office see of an applicant's data (process
  // variables, history, Cockpit). Unlike the log tokens they keep a recognisable part. Each is
  // idempotent (masking a masked value changes nothing), so a form that sends a masked value
  // back, or a second pass, never reveals or garbles more.

  private static final String STARS = "***";
  /** Characters after which 区 is part of a place name inside a town, not a district. */
  private static final String NOT_A_DISTRICT_BEFORE = "小社园校景";
  /** A district, county or banner ends within this many characters, or it is not one. */
  private static final int DISTRICT_WITHIN = 20;
  /** From this length an identity number keeps a 3-character prefix (18: resident ID, USCC). */
  private static final int ID_LENGTH_WITH_PREFIX = 15;
  /** Of an address with no district or city in it, at most this many leading characters stay. */
  private static final int ADDRESS_FALLBACK_KEEP = 4;

  /**
   * An identity number. An 18-character one (resident ID, 统一社会信用代码) keeps its first 3 and
   * last 4 characters ({@code 110***********002X}): 11 hidden. A shorter one (a 9-character
   * passport or 港澳通行证 number) keeps at most its last third, never more than 4, and no prefix
   * ({@code ******432}): with the 18-character rule only 2 of 9 would be hidden (audit round 24,
   * F9).
   */
  public static String maskIdNumber(String number) {
    if (number == null) {
      return null;
    }
    int length = number.length();
    if (length <= 4) {
      return "*".repeat(length);
    }
    if (length >= ID_LENGTH_WITH_PREFIX) {
      return keepEnds(number, 3, 4);
    }
    return keepEnds(number, 0, Math.min(4, length / 3));
  }

  /** A phone number: the first 3 and the last 4 digits ({@code 138****5678}), as is usual. */
  public static String maskPhone(String phone) {
    if (phone == null) {
      return null;
    }
    int length = phone.length();
    if (length <= 4) {
      return "*".repeat(length);
    }
    return length <= 8 ? keepEnds(phone, 0, 2) : keepEnds(phone, 3, 4);
  }

  /** {@code text} with all but its first {@code head} and last {@code tail} characters starred. */
  private static String keepEnds(String text, int head, int tail) {
    int length = text.length();
    return text.substring(0, head) + "*".repeat(length - head - tail)
        + text.substring(length - tail);
  }

  /** An e-mail address: the first character of the local part and the domain ({@code l***@example.cn}). */
  public static String maskEmail(String email) {
    if (email == null || email.isEmpty()) {
      return email;
    }
    int at = email.lastIndexOf('@');
    String local = at < 0 ? email : email.substring(0, at);
    String kept = local.isEmpty() || local.charAt(0) == '*' || isDigit(local.charAt(0))
        ? "" : local.substring(0, 1);
    return kept + STARS + (at < 0 ? "" : email.substring(at));
  }

  /**
   * A postal address, cut after the district or county (区, 县, 旗) with {@code ***}: {@code
   * 北京市海淀区中关村大街1号} → {@code 北京市海淀区***}. Without a district, after the city (市,
   * 州, 盟); without either, at most the first {@value #ADDRESS_FALLBACK_KEEP} characters before
   * any digit. Digits never stay (postcodes, house numbers).
   */
  public static String maskAddress(String address) {
    if (address == null || address.isEmpty()) {
      return address;
    }
    String text = address.strip();
    int cut = endOfPlace(text, "区县旗", true);
    if (cut < 0) {
      cut = endOfPlace(text, "市州盟", false);
    }
    if (cut < 0) {
      cut = 0;
      while (cut < Math.min(ADDRESS_FALLBACK_KEEP, text.length()) && keepable(text.charAt(cut))) {
        cut++;
      }
    }
    return text.substring(0, cut) + STARS;
  }

  /** The index after the first marker that ends a place name, or -1; only keepable text before it. */
  private static int endOfPlace(String text, String markers, boolean district) {
    int limit = Math.min(text.length(), DISTRICT_WITHIN);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (!keepable(c)) {
        return -1;
      }
      if (i > 0 && markers.indexOf(c) >= 0
          && !(district && c == '区' && NOT_A_DISTRICT_BEFORE.indexOf(text.charAt(i - 1)) >= 0)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** What may stay of an address: no digits, no stars (the masked part), no spaces. */
  private static boolean keepable(char c) {
    return !isDigit(c) && c != '*' && !Character.isWhitespace(c);
  }

  // ---- Free text (a withdrawal's reason): addresses and e-mails besides numbers --------------

  /**
   * Where a free text's words stop: whitespace, the punctuation that ends a phrase, and the
   * brackets of a 文号's year ({@code 示市监信公开答〔2026〕12号}), so a document number that
   * begins with a place's abbreviation is not read as an address.
   */
  private static final String NOT_A_STOP = "[^\\s，,。；;：:、！!？?“”\"'（）()【】\\[\\]〔〕《》]";
  /** The place names an address begins with; as {@link #maskAddress}, they stay. */
  private static final String PLACES =
      "(?:\\p{IsHan}{1,8}?(?:省|自治区|自治州|市|州|盟|区|县|旗))+";
  /** A detail that makes the words after a place an address: a street, house, building, room. */
  private static final String DETAIL_MARK = "(?:路|街|巷|弄|道|村|组|号|室|栋|幢|楼|单元|层)";
  private static final Pattern ADDRESS_IN_TEXT = Pattern.compile("(?<place>" + PLACES + ")"
      + NOT_A_STOP + "*?" + DETAIL_MARK + NOT_A_STOP + "*");
  /** A street and house number with no place before it: the street stays, the number not. */
  private static final Pattern STREET_NUMBER_IN_TEXT = Pattern.compile(
      "(?<street>\\p{IsHan}{1,10}?(?:路|街|巷|弄|大道))" + DIGIT + "+" + NOT_A_STOP + "*");
  private static final Pattern EMAIL_IN_TEXT =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  /**
   * A person's free text (a withdrawal's reason, ADR 0097, 0110) as the roles that see the
   * applicant's data masked read it: ID and phone numbers as {@link #mask} replaces them, e-mail
   * addresses as {@link #maskEmail}, and postal addresses as {@link #maskAddress}: the place
   * names (province, city, district) stay, the rest up to the phrase's end becomes {@code ***}
   * ({@code 请寄至福建省泉州市丰泽区东海街道滨海路8号} → {@code 请寄至福建省泉州市丰泽区***}); a street with a
   * house number and no place before it keeps the street only ({@code 幸福路12号} → {@code
   * 幸福路***}). Text after a place name with no street, house or room in it stays (本人已离开本市).
   * Better a harmless phrase too many masked than an address shown.
   */
  public static String maskFreeText(String text) {
    return text == null || text.isEmpty() ? text : maskAddresses(maskEmails(mask(text)));
  }

  /**
   * The request (申请内容) as the engine and the roles that see the applicant's data masked read
   * it: ID and phone numbers as {@link #mask} replaces them and e-mail addresses as {@link
   * #maskEmail} (audit 32b F7, ADR 0131); an address stays, since in a request it mostly names
   * the information sought (a parcel, a building) that every step must read.
   */
  public static String maskRequest(String text) {
    return text == null || text.isEmpty() ? text : maskEmails(mask(text));
  }

  /**
   * The request as a letter quotes it (申请获取“…”): as {@link #maskRequest}, the numbers as the
   * field masks show them, so the letter carries no Latin token (ADR 0131, audit 32b F1: the
   * applicant needs no echo of his own ID number, and the letter's text is kept in the engine).
   */
  public static String maskRequestInLetter(String text) {
    return text == null || text.isEmpty() ? text : maskEmails(maskNumbersAsFields(text));
  }

  /**
   * A free text as a letter prints it (a redaction note's 不予公开的内容, the public-interest
   * reason told to a third party): as {@link #maskFreeText}, the numbers as the field masks
   * show them (ADR 0131, audit 32a F2: a letter must not print the personal data the decision
   * withholds, nor a third person's phone to the third party).
   */
  public static String maskFreeTextInLetter(String text) {
    return text == null || text.isEmpty() ? text
        : maskAddresses(maskEmails(maskNumbersAsFields(text)));
  }

  /** The personal data {@link #personalDataIn} finds in a text. */
  public enum PersonalData {
    /** What {@link #mask} replaces by {@value #ID_MASK}: a resident ID number (or a run like one). */
    ID_NUMBER("身份证号码"),
    /** A mobile number, as {@link #mask} finds it. */
    MOBILE("手机号码"),
    /** A landline number ({@code 0595-12345678}), as {@link #mask} finds it. */
    LANDLINE("固定电话号码"),
    /** An e-mail address, as {@link #maskFreeText} finds it. */
    EMAIL("电子邮箱");

    private final String label;

    PersonalData(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * What {@link #maskRequest} would mask in {@code text}: ID numbers, mobile and landline numbers
   * and e-mail addresses, found by the same patterns (a text that must carry none, such as a
   * proactively published item's title, is refused rather than masked: audit 33a F1, ADR 0140).
   * Addresses are not looked for: {@link #maskFreeText}'s address rule also takes a road in a
   * public work's name (五四路改造工程). Empty for null or a text without any.
   */
  public static Set<PersonalData> personalDataIn(String text) {
    Set<PersonalData> found = EnumSet.noneOf(PersonalData.class);
    if (text == null || text.isEmpty()) {
      return found;
    }
    maskNumbers(text, id -> {
      if (hasBirthDateOfAResidentId(id)) {
        found.add(PersonalData.ID_NUMBER);
      }
      return id;
    }, phone -> {
      found.add(isLandline(phone) ? PersonalData.LANDLINE : PersonalData.MOBILE);
      return phone;
    });
    if (EMAIL_IN_TEXT.matcher(text).find()) {
      found.add(PersonalData.EMAIL);
    }
    return found;
  }

  /**
   * Whether a run {@link #mask} takes for an ID number has the shape of a resident ID: 18
   * characters with a birth date (yyyyMMdd, 1900–2099) in places 7–14, or the first generation's 15
   * digits with one (yyMMdd) in places 7–12. Masking takes every 15–18 character run, to be safe
   * in logs and letters; a refusal must not take a web page's 16-digit article number or a
   * serial number for one (ADR 0140). The checksum is not asked: a mistyped ID is still a
   * person's.
   */
  private static boolean hasBirthDateOfAResidentId(String run) {
    StringBuilder characters = new StringBuilder(18);
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (isDigit(c)) {
        characters.append(Character.forDigit(Character.digit(c, 10), 10));
      } else if (c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58') {
        characters.append('X');
      }
    }
    String id = characters.toString();
    if (id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)) {
      return isDate(Integer.parseInt(id.substring(6, 10)), id.substring(10, 12),
          id.substring(12, 14));
    }
    if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
      return isDate(1900 + Integer.parseInt(id.substring(6, 8)), id.substring(8, 10),
          id.substring(10, 12));
    }
    return false;
  }

  private static boolean isDate(int year, String month, String day) {
    if (year < 1900 || year > 2099) {
      return false;
    }
    try {
      LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * Whether a phone number {@link #mask} found is a landline: it begins with an area code (0
   * followed by 1-9, possibly in brackets); a mobile begins with 1 or a country code (86, 0086).
   */
  private static boolean isLandline(String phone) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < phone.length() && digits.length() < 2; i++) {
      char c = phone.charAt(i);
      if (isDigit(c)) {
        digits.append(Character.forDigit(Character.digit(c, 10), 10));
      }
    }
    return digits.length() == 2 && digits.charAt(0) == '0' && digits.charAt(1) != '0';
  }

  private static String maskEmails(String text) {
    return EMAIL_IN_TEXT.matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(maskEmail(m.group())));
  }

  private static String maskAddresses(String text) {
    return keepGroupThenStars(STREET_NUMBER_IN_TEXT,
        keepGroupThenStars(ADDRESS_IN_TEXT, text, "place"), "street");
  }

  /** Every match of {@code pattern} replaced by its group {@code kept} and {@code ***}. */
  private static String keepGroupThenStars(Pattern pattern, String text, String kept) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(kept) + STARS));
    }
    return matcher.appendTail(out).toString();
  }
}
