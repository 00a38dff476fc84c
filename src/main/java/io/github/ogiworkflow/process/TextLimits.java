package io.github.ogiworkflow.process;

import static io.github.ogiworkflow.process.ProcessVariables.ANSWER_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_BODY;
import static io.github.ogiworkflow.process.ProcessVariables.APPELLANT_NAME;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_REFERENCE;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.CO_APPELLANTS;
import static io.github.ogiworkflow.process.ProcessVariables.DOCKET_NO;
import static io.github.ogiworkflow.process.ProcessVariables.EVIDENCE_LIST;
import static io.github.ogiworkflow.process.ProcessVariables.NO_CORRECTION_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.SECOND_INSTANCE_DOCKET_NO;
import static io.github.ogiworkflow.process.ProcessVariables.THIRD_PARTIES;
import static io.github.ogiworkflow.process.ProcessVariables.UNPAID_COMMENT;

import java.util.Map;

/**
 * The length a text value may have where a register column bounds it and no form's maxLength
 * does (the staff APIs under /api start processes and send messages without a form): a longer
 * value is a 400 on its field, in Chinese, before anything is written, not the database's
 * "value too long" as a 500. {@link Vars#text} applies it to every variable it reads; each entry
 * names its column, and {@code BadInputSweepIT} checks that no limit exceeds its column.
 */
public final class TextLimits {

  /** A limit: the characters allowed and the column ({@code table.column}) it comes from. */
  public record Limit(int maxLength, String column) {}

  /** The limit of each name in {@code coAppellants} and {@code thirdParties} (one a line). */
  public static final String PARTY_NAME = "appealPartyName";

  /**
   * An information item's name (信息项名称/文号) as the split form (item-split, maxLength) and
   * the server (intake's ItemRegistration) allow it; the column holds 1,000.
   */
  public static final int ITEM_TITLE = 300;

  /** A proactive publication's name as its form and the server allow (the column's 1,000). */
  public static final int PUBLICATION_TITLE = 1000;

  public static final Map<String, Limit> LIMITS = Map.ofEntries(
      Map.entry(DOCKET_NO, new Limit(100, "ogi_appeal.docket_no")),
      Map.entry(SECOND_INSTANCE_DOCKET_NO, new Limit(100, "ogi_appeal.docket_no")),
      Map.entry(APPEAL_BODY, new Limit(200, "ogi_appeal.body_or_court")),
      Map.entry(APPELLANT_NAME, new Limit(200, "ogi_appeal.appellant_name")),
      Map.entry(COMPLAINT_REFERENCE, new Limit(100, "ogi_appeal.complaint_reference")),
      Map.entry(ANSWER_TEXT, new Limit(8000, "ogi_appeal.answer_text")),
      Map.entry(EVIDENCE_LIST, new Limit(4000, "ogi_appeal.evidence")),
      // Kept only as process variables: the text and the drafter's subject line, which prefixes
      // it, are engine strings (4,000 characters at most on H2 and PostgreSQL).
      Map.entry(COMPLAINT_TEXT, new Limit(3000, "act_ru_variable.text_")),
      // The further parties, one name a line (ADR 0063): the whole list is a process variable
      // (the forms show it again on the drafting task); each name is checked against
      // PARTY_NAME, its row's column.
      Map.entry(CO_APPELLANTS, new Limit(4000, "act_ru_variable.text_")),
      Map.entry(THIRD_PARTIES, new Limit(4000, "act_ru_variable.text_")),
      Map.entry(PARTY_NAME, new Limit(200, "ogi_appeal_party.name")),
      // The reason for more time to pay is kept on the fee notice (ADR 0065).
      Map.entry(UNPAID_COMMENT, new Limit(4000, "ogi_fee_notice.extension_reason")),
      // The reason for more time to correct is kept on the case (ADR 0071).
      Map.entry(NO_CORRECTION_COMMENT, new Limit(4000, "ogi_case.correction_extension_reason")),
      // Art. 44 publication rows (POST /api/publications/from-request/{n}, 主动公开 drafts)
      Map.entry("publishingUnit", new Limit(200, "ogi_publication_item.publishing_unit")),
      Map.entry("docNumber", new Limit(200, "ogi_publication_item.doc_number")));

  private TextLimits() {}

  /** Refuses {@code text} when longer than the limit of {@code name}, if it has one. */
  public static void check(String name, String text) {
    check(name, name, text);
  }

  /** As {@link #check(String, String)}, for a value whose field is named otherwise (a row's). */
  public static void check(String field, String name, String text) {
    check(field, name, text, FieldLabels.of(name));
  }

  /** As {@link #check(String, String, String)}, the refusal naming the field {@code chineseName}. */
  static void check(String field, String name, String text, String chineseName) {
    Limit limit = LIMITS.get(name);
    if (limit == null || text == null) {
      return;
    }
    // UTF-16 units: never fewer than the characters PostgreSQL counts, as many as H2 does.
    int length = text.length();
    if (length > limit.maxLength()) {
      throw new InvalidInput(field + " is longer than " + limit.maxLength() + " characters（"
          + chineseName + "不得超过" + limit.maxLength() + "个字，现为" + length + "个字）");
    }
  }
}
