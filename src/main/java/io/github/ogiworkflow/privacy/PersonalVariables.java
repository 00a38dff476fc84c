package io.github.ogiworkflow.privacy;

import static io.github.ogiworkflow.process.ProcessVariables.ANSWER_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_SUBJECT;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLETENESS_NOTE;
import static io.github.ogiworkflow.process.ProcessVariables.CONSULTATION_OPINION;
import static io.github.ogiworkflow.process.ProcessVariables.CONTACT_ADDRESS;
import static io.github.ogiworkflow.process.ProcessVariables.CONTACT_EMAIL;
import static io.github.ogiworkflow.process.ProcessVariables.CONTACT_PHONE;
import static io.github.ogiworkflow.process.ProcessVariables.CORRECTION_POINTS;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERY_NOTE;
import static io.github.ogiworkflow.process.ProcessVariables.EVIDENCE_LIST;
import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER_MASKED;
import static io.github.ogiworkflow.process.ProcessVariables.NO_CORRECTION_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.NO_REASONS_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.OVERRIDE_PARTY_REASONS;
import static io.github.ogiworkflow.process.ProcessVariables.OVERRIDE_REASON;
import static io.github.ogiworkflow.process.ProcessVariables.POST_RECEIPT_NOTE;
import static io.github.ogiworkflow.process.ProcessVariables.REASONS_ONLINE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REDACTION_NOTE;
import static io.github.ogiworkflow.process.ProcessVariables.REMINDER_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_DESCRIPTION;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_WITHDRAWAL_REASON;
import static io.github.ogiworkflow.process.ProcessVariables.SUPPLEMENT_NOTE;
import static io.github.ogiworkflow.process.ProcessVariables.SUPPLEMENT_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.THIRD_PARTY_OBJECTION;
import static io.github.ogiworkflow.process.ProcessVariables.AGENCY_OBJECTION;
import static io.github.ogiworkflow.process.ProcessVariables.THIRD_PARTY_SILENCE;
import static io.github.ogiworkflow.process.ProcessVariables.UNPAID_COMMENT;

import io.github.ogiworkflow.logging.PersonalDataMasker;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The personal data among the process variables, and how each is masked: the applicant's
 * identity and contact data, and the free texts that may name anyone's ID number, phone, e-mail
 * or address (ADR 0117). The full values live in the register only (ogi_case, and where a letter
 * prints a free text, the register's copy); variables and the engine's history hold the masked
 * form for everyone.
 */
public final class PersonalVariables {

  private static final Map<String, UnaryOperator<String>> MASKS = Map.ofEntries(
      Map.entry(ID_NUMBER, PersonalDataMasker::maskIdNumber),
      Map.entry(ID_NUMBER_MASKED, PersonalDataMasker::maskIdNumber),
      Map.entry(CONTACT_PHONE, PersonalDataMasker::maskPhone),
      Map.entry(CONTACT_EMAIL, PersonalDataMasker::maskEmail),
      Map.entry(CONTACT_ADDRESS, PersonalDataMasker::maskAddress),
      // The applicant's own words on withdrawing (ADR 0085), free text like the request: the
      // register keeps them whole for the office, the engine only the masked form (ADR 0097).
      // Addresses and e-mails in it too (ADR 0110), as the contact fields are masked.
      Map.entry(REQUEST_WITHDRAWAL_REASON, PersonalDataMasker::maskFreeText),
      // 送达说明: where and to whom a letter went (a posting address, a recipient's phone),
      // read by nothing but the trail; the register keeps the applicant's contact data whole
      // (audit 30b F4).
      Map.entry(DELIVERY_NOTE, PersonalDataMasker::maskFreeText),
      // The other free texts staff fill from what applicants, third parties or a higher
      // authority send (audit 30b F4, ADR 0117; FreeTextMasksTest holds every textarea of the
      // forms to this list or to its list of texts left whole). Where a letter needs the full
      // text, the register keeps it, written from the submitted value before it is stored.
      // 申诉举报内容 (a 转办函 names the complainant): ogi_appeal.complaint_text (V81).
      Map.entry(COMPLAINT_TEXT, PersonalDataMasker::maskFreeText),
      // 所涉事项 shown to the drafter: the complaint's text for a complaint.
      Map.entry(APPEAL_SUBJECT, PersonalDataMasker::maskFreeText),
      // A third party's reasons: ogi_consultation.opinion, kept when its step is completed.
      Map.entry(CONSULTATION_OPINION, PersonalDataMasker::maskFreeText),
      Map.entry(THIRD_PARTY_OBJECTION, PersonalDataMasker::maskFreeText),
      // An agency's reasons: ogi_consultation.opinion, as a third party's (ADR 0169).
      Map.entry(AGENCY_OBJECTION, PersonalDataMasker::maskFreeText),
      // a late answer's reasons (ADR 0172), kept whole in the register
      Map.entry(THIRD_PARTY_SILENCE, PersonalDataMasker::maskFreeText),
      // The 补正申请告知书's points (may name what the applicant sent: an ID number, an
      // address): ogi_case.correction_points, kept when 审查申请内容是否明确 decides 补正.
      Map.entry(CORRECTION_POINTS, PersonalDataMasker::maskFreeText),
      // The public-interest reason told to the third party: ogi_consultation.override_reason.
      Map.entry(OVERRIDE_REASON, PersonalDataMasker::maskFreeText),
      // Each objecting party's reason (ADR 0182): a form's list, kept whole per party in
      // ogi_consultation.override_reason by OverrideReasonCapture in the completing command, which
      // removes the list; its history holds no value (a list has no masked form). The row's key
      // too, which no variable carries alone.
      Map.entry(OVERRIDE_PARTY_REASONS, PersonalDataMasker::maskFreeText),
      Map.entry("overridePartyReason", PersonalDataMasker::maskFreeText),
      // The secrecy reviewer's redaction note (部分公开: what is cut, e.g. 当事人李四（身份证号…）的
      // 个人信息): ogi_item_review.redaction_note, written by 记录审查结果 in the completing
      // command, where the submitted value is still whole; the office reads it on the applicant
      // page (ADR 0136), the reply prints it masked (ADR 0131).
      Map.entry(REDACTION_NOTE, PersonalDataMasker::maskFreeText),
      // The applicant's online correction (补正材料): ogi_case.supplement_text (V92, ADR 0129),
      // kept when 审查网上补正材料 is created; the office reads it on the applicant page.
      Map.entry(SUPPLEMENT_TEXT, PersonalDataMasker::maskFreeText),
      // The reasons the applicant gave online (说明理由, Art. 35): ogi_reasons_request.online_text
      // (V118, ADR 0163), written by the public API before the variable is set; the office
      // reads them on the applicant page.
      Map.entry(REASONS_ONLINE_TEXT, PersonalDataMasker::maskFreeText),
      // Notes on what the applicant sent or said: read by no letter.
      Map.entry(COMPLETENESS_NOTE, PersonalDataMasker::maskFreeText),
      Map.entry(SUPPLEMENT_NOTE, PersonalDataMasker::maskFreeText),
      Map.entry(NO_CORRECTION_COMMENT, PersonalDataMasker::maskFreeText),
      Map.entry(NO_REASONS_COMMENT, PersonalDataMasker::maskFreeText),
      Map.entry(UNPAID_COMMENT, PersonalDataMasker::maskFreeText),
      Map.entry(POST_RECEIPT_NOTE, PersonalDataMasker::maskFreeText),
      Map.entry(REMINDER_COMMENT, PersonalDataMasker::maskFreeText),
      // The appeal answer or pleading and its evidence list (may quote the applicant's or the
      // complainant's data): kept whole as drafted in ogi_appeal (V92, ADR 0129) when the
      // drafting task is completed; approved, submitted and printed from there.
      Map.entry(ANSWER_TEXT, PersonalDataMasker::maskFreeText),
      Map.entry(EVIDENCE_LIST, PersonalDataMasker::maskFreeText),
      // The request itself (ogi_case.request_description): ID and phone numbers and e-mail
      // addresses (audit 32b F7, ADR 0131), as the case page shows it; an address in it mostly
      // names the information sought (a parcel, a building), which every step needs to read.
      Map.entry(REQUEST_DESCRIPTION, PersonalDataMasker::maskRequest));

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

  /**
   * Whether a text carries what a mask leaves ({@code [ID-MASKED]}, {@code [PHONE-MASKED]},
   * {@code ***}): submitted back from a form that showed a masked value (ADR 0129).
   */
  public static boolean showsMasked(String text) {
    return text != null && (text.contains(PersonalDataMasker.ID_MASK)
        || text.contains(PersonalDataMasker.PHONE_MASK) || text.contains("***"));
  }

  /** The masked value of a personal variable; other variables' values are returned unchanged. */
  public static String mask(String variableName, String value) {
    UnaryOperator<String> mask = variableName == null ? null : MASKS.get(variableName);
    return mask == null ? value : mask.apply(value);
  }
}
