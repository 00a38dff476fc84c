package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.logging.PersonalDataMasker.PersonalData;
import io.github.ogiworkflow.process.InvalidInput;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a published item shows everyone (its title, 文号, publishing unit, the location of each
 * channel) carries no personal data: the public catalogue has no login and nothing personal
 * (Art. 12, Art. 15). A text with an ID number, a mobile number or an e-mail address, as {@link
 * PersonalDataMasker#personalDataIn} finds them, is refused, at registration and again right
 * before publishing (audit 33a F1, ADR 0140). A landline is let through: an agency publishes
 * its own office's number (a reading room's location), and a person's landline in a title is
 * left to the per-item review, as names and addresses are.
 */
final class PublicText {

  /** What is refused; a landline is not (see the class comment). */
  private static final Set<PersonalData> REFUSED =
      Set.of(PersonalData.ID_NUMBER, PersonalData.MOBILE, PersonalData.EMAIL);

  private PublicText() {}

  /**
   * Refuses {@code text} (400 on {@code place}) when it holds personal data: {@code
   * chinesePrefix} names the row or item and the field (第2项：信息名称), the refusal says what
   * was found and asks to take it out (第2项：信息名称含身份证号码等个人信息，请去除后再提交).
   */
  static void requireNoPersonalData(String text, String place, String chinesePrefix,
      String chineseAdvice) {
    Set<PersonalData> found = PersonalDataMasker.personalDataIn(text);
    found.retainAll(REFUSED);
    if (found.isEmpty()) {
      return;
    }
    String kinds = found.stream().sorted().map(PersonalData::label)
        .collect(Collectors.joining("、"));
    throw new InvalidInput(place + " holds personal data (" + found.stream().sorted()
        .map(Enum::name).collect(Collectors.joining(", ")) + ")（" + chinesePrefix + "含" + kinds
        + "等个人信息，" + chineseAdvice + "）");
  }

  /** {@code text} as a message or the engine may show it: numbers and e-mails masked. */
  static String masked(String text) {
    return PersonalDataMasker.maskRequestInLetter(text);
  }
}
