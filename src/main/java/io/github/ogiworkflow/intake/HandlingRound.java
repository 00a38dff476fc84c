package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one round of 办理与答复 ({@code SubProcess_Handling}) decides, by scope: the editable
 * fields of the forms of its user tasks and the variables its gateways read. A correction
 * (纠正) reopens the request and the new round decides all of them anew. HandlingRoundTest
 * derives the round's variables from the model and its forms and fails when one is declared
 * nowhere here.
 */
public final class HandlingRound {

  /**
   * Decisions entered on the round's forms: cleared, the new round's forms start empty (a
   * delivery again gets its own receipt date, a new fee notice its own payment).
   */
  static final Set<String> CLEARED = Set.of(
      // reasons (Art. 35) and the items found
      REASONS_RECEIVED_ON, REASONS_ASSESSMENT, REASONS_DECISION, DELAYED_REPLY_WORKING_DAYS,
      DELAYED_REPLY_NEW_DUE_TEXT, DELAYED_REPLY_APPROVAL, DELAYED_REPLY_APPROVAL_COMMENT,
      NO_REASONS_DECISION, NO_REASONS_COMMENT, ITEMS,
      // consultations (Art. 32, 34) and the public-interest override; a third party's
      // objection stays in the register with the items it was about (ADR 0115)
      CONSULTATION_SERVED_ON, CONSULTATION_ANSWER, CONSULTATION_ANSWERED_ON,
      CONSULTATION_OPINION, OVERRIDE_REASON, OVERRIDE_PARTY_REASONS, OVERRIDE_APPROVAL,
      OVERRIDE_COMMENT, OVERRIDE_NOTICE_SERVED_ON,
      // an agency's objection (Art. 34) shown on the forms: the new round's consultation sets
      // it again; the register keeps the old one (ADR 0169)
      AGENCY_OBJECTION,
      // a third party's silence (Art. 32) shown on the forms: set again by the new round's
      // consultation (ADR 0172)
      THIRD_PARTY_SILENCE,
      // extension (Art. 33) and overdue supervision
      EXTENSION_DAYS, EXTENSION_REASON, EXTENSION_APPROVAL, EXTENSION_APPROVAL_COMMENT,
      OVERDUE_COMMENT,
      // fee (handbook 2.12)
      FEE_SCHEME, PAGE_COUNT, FEE_NOTICE_SERVED_ON, FEE_PAID_ON, UNPAID_DECISION,
      UNPAID_COMMENT, NEW_FEE_DUE_ON,
      // reply, approval and delivery
      REPLY_LETTER_TEXT, REPLY_APPROVAL, REPLY_APPROVAL_COMMENT, DELIVERED_ON, DELIVERED_BY,
      DELIVERY_NOTE, REPLY_RECEIVED_ON);

  /** Flags the round's gateways read: false until a step of the new round sets them. */
  static final Set<String> FALSE = Set.of(SUPPLEMENT_STILL_UNCLEAR, THIRD_PARTY_OBJECTED,
      OBJECTED_ITEMS_RELEASABLE, OVERRIDE_PROPOSED, CHARGE_FEE, EXTENSION_USED,
      EXTENSION_REQUESTED, APPROVAL_REQUIRED);

  /** The new round handles the request as a complete one (its completeness was decided). */
  static final Map<String, Object> SET = Map.of(COMPLETENESS_DECISION, "COMPLETE");

  /**
   * Kept on purpose into the new round, each with its reason: the reply reminder's gateway
   * flags are local to its event sub-process (gone with the old round) and set by the server
   * right before the gateway reads them (ADR 0087); so are the overdue escalation's flags, and
   * the overdue moment its wait compares with is set by each round before it waits (ADR 0101),
   * as is whether a moved deadline lies ahead (set with every move, ADR 0104).
   */
  static final Set<String> KEPT = Set.of(REPLY_DEADLINE_PASSED, REPLY_REMINDER_AHEAD,
      REPLY_FINALISED,
      REPLY_OVERDUE_AGAIN, REPLY_OVERDUE_LIFTED, REPLY_ESCALATED_FOR, REPLY_DUE_AHEAD);

  private HandlingRound() {}

  /**
   * The names {@link #reset} sets: bookkeeping of 重新办理, no one's decision at that step (the
   * audit trail leaves them out of the step's outcome: completenessDecision set to COMPLETE read
   * 审查结论：申请内容明确, a conclusion of 审查申请内容是否明确, audit round 29).
   */
  public static Set<String> names() {
    return reset().keySet();
  }

  /** The variables that reset the round. */
  public static Map<String, Object> reset() {
    Map<String, Object> variables = new HashMap<>(SET);
    CLEARED.forEach(name -> variables.put(name, null));
    FALSE.forEach(name -> variables.put(name, false));
    return variables;
  }

  /** Every variable of the round declared here. */
  static Set<String> covered() {
    Set<String> all = new TreeSet<>(CLEARED);
    all.addAll(FALSE);
    all.addAll(SET.keySet());
    all.addAll(KEPT);
    return all;
  }
}
