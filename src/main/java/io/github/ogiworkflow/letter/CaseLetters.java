package io.github.ogiworkflow.letter;

import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.register.CaseRegister;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Letters about one case: fills in what every letter states (tracking number, applicant,
 * receipt date, agency, date) from the register, plus the letter's own values.
 */
@Component
public class CaseLetters {

  private final Letters letters;
  private final CaseRegister register;
  private final AgencyProperties agency;

  public CaseLetters(Letters letters, CaseRegister register, AgencyProperties agency) {
    this.letters = letters;
    this.register = register;
    this.agency = agency;
  }

  public String draft(String trackingNumber, LetterKind kind, Map<String, ?> values) {
    return letters.draft(kind, withCaseValues(trackingNumber, values));
  }

  public String send(String trackingNumber, LetterKind kind, Map<String, ?> values) {
    return letters.send(trackingNumber, kind, withCaseValues(trackingNumber, values));
  }

  public void keep(String trackingNumber, LetterKind kind, String body) {
    letters.keep(trackingNumber, kind, body);
  }

  public AgencyProperties agency() {
    return agency;
  }

  /**
   * How a letter addresses the applicant: 您 for a natural person, 贵单位 for a legal person or
   * other organisation (the applicant types of table 三); 您 when the type is not known.
   */
  public String addressOf(String trackingNumber) {
    return register.find(trackingNumber).map(record -> address(record.applicantType()))
        .orElse(NATURAL_PERSON_ADDRESS);
  }

  static final String NATURAL_PERSON_ADDRESS = "您";
  static final String ORGANISATION_ADDRESS = "贵单位";

  public static String address(String applicantType) {
    return applicantType == null || ApplicantType.NATURAL_PERSON.name().equals(applicantType)
        ? NATURAL_PERSON_ADDRESS : ORGANISATION_ADDRESS;
  }

  private Map<String, Object> withCaseValues(String trackingNumber, Map<String, ?> values) {
    Map<String, Object> all = new HashMap<>();
    all.put("trackingNumber", trackingNumber);
    // A proactive publication batch (ZDGK-…) has no request in ogi_case: its letters (the
    // secrecy referral) need no applicant; a template that does fails on the missing value.
    register.find(trackingNumber).ifPresent(record -> {
      all.put("applicantName", record.applicantName());
      all.put(Letters.RECEIVED_ON, chinese(record.firstReceivedOn()));
      // Masked, without its full stop (requestQuote); quotes inside it become single quotes
      // (audit 32a, F12).
      all.put("description", quotedInside(requestQuote(record.description())));
      all.put("you", address(record.applicantType()));
    });
    all.put("agency", agency.name());
    all.put("reconsiderationBody", agency.reconsiderationBody());
    all.put("secrecyAdministration", agency.secrecyAdministration());
    all.put("today", chinese(OfficeTime.today()));
    all.putAll(values);
    return all;
  }

  /** A straight double quote, opening and closing by turns. */
  private static final java.util.regex.Pattern STRAIGHT_QUOTES =
      java.util.regex.Pattern.compile("\"([^\"]*)\"");

  /**
   * A text the letters quote in “…” (申请获取“…”), with its own quotation marks as the inner
   * ones (GB/T 15834: ‘…’ inside “…”): “双随机一公开” and "双随机一公开" become ‘双随机一公开’, so the
   * letter never reads “…“…”…”. A lone straight quote stays.
   */
  public static String quotedInside(String text) {
    if (text == null) {
      return null;
    }
    String paired = STRAIGHT_QUOTES.matcher(text).replaceAll("‘$1’");
    return paired.replace('“', '‘').replace('”', '’');
  }

  /**
   * The request as every letter quotes it (申请获取“…”): its ID and phone numbers and e-mail
   * addresses masked as the contact fields are (audit 32b F1, ADR 0131: the applicant needs no
   * echo of them, and the reply's text is kept in the engine, which holds no full number), and
   * without the full stop the template adds itself (no "。”。"). Null stays null.
   */
  public static String requestQuote(String description) {
    return description == null ? null : PersonalDataMasker.maskRequestInLetter(
        description.strip().replaceAll("[。．.，,；;]+$", ""));
  }

  /**
   * Staff text put into the middle of a sentence (因……，需要延长答复期限): without the
   * full stop or comma staff naturally end it with, which would read "……。，".
   */
  public static String clause(String text) {
    return text.strip().replaceAll("[。．.，,；;：:！!\\s]+$", "");
  }

  /**
   * A letter's list, one line each, numbered from 1 in the letter's own order ("1. …"): never
   * by the case's item numbers, which skip the items a letter is not about and run on after a
   * reopened case's first round, as if some were missing.
   */
  public static String numbered(java.util.List<String> lines) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      list.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(lines.get(i));
    }
    return list.toString();
  }

  /** 2026年2月10日. */
  public static String chinese(java.time.LocalDate date) {
    return ChineseDateText.of(date);
  }
}
