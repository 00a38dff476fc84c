package io.github.ogiworkflow.privacy;

import static io.github.ogiworkflow.process.ProcessVariables.CONTACT_ADDRESS;
import static io.github.ogiworkflow.process.ProcessVariables.CONTACT_EMAIL;
import static io.github.ogiworkflow.process.ProcessVariables.CONTACT_PHONE;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERY_NOTE;
import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER_MASKED;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_WITHDRAWAL_REASON;

import io.github.ogiworkflow.logging.PersonalDataMasker;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The applicant's personal data among the process variables, and how each is masked. The full
 * values live in the case register (ogi_case) only, readable by the office; variables and the
 * engine's history hold the masked form for everyone.
 */
public final class PersonalVariables {

  private static final Map<String, UnaryOperator<String>> MASKS = Map.of(
      ID_NUMBER, PersonalDataMasker::maskIdNumber,
      ID_NUMBER_MASKED, PersonalDataMasker::maskIdNumber,
      CONTACT_PHONE, PersonalDataMasker::maskPhone,
      CONTACT_EMAIL, PersonalDataMasker::maskEmail,
      CONTACT_ADDRESS, PersonalDataMasker::maskAddress,
      // The applicant's own words on withdrawing (ADR 0085), free text like the request: the
      // register keeps them whole for the office, the engine only the masked form (ADR 0097).
      // Addresses and e-mails in it too (ADR 0110), as the contact fields are masked.
      REQUEST_WITHDRAWAL_REASON, PersonalDataMasker::maskFreeText,
      // 送达说明: where and to whom a letter went (a posting address, a recipient's phone),
      // read by nothing but the trail; the register keeps the applicant's contact data whole
      // (audit 30b F4).
      DELIVERY_NOTE, PersonalDataMasker::maskFreeText);

  /** Contact data staff keep seeing in masked form (the identity number has its own variable). */
  public static final Set<String> CONTACT = Set.of(CONTACT_PHONE, CONTACT_EMAIL, CONTACT_ADDRESS);

  private PersonalVariables() {}

  /** Every personal variable name. */
  public static String[] names() {
    return MASKS.keySet().toArray(String[]::new);
  }

  public static boolean isPersonal(String variableName) {
    return variableName != null && MASKS.containsKey(variableName);
  }

  /** The masked value of a personal variable; other variables' values are returned unchanged. */
  public static String mask(String variableName, String value) {
    UnaryOperator<String> mask = variableName == null ? null : MASKS.get(variableName);
    return mask == null ? value : mask.apply(value);
  }
}
