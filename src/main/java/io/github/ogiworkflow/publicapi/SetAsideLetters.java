package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters.Letter;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.Withdrawal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which of a case's letters no longer stand, as the applicant's status page says (audit round 29):
 * the 终止办理告知书 that confirmed a withdrawal a reconsideration decision or judgment later set
 * aside (纠正, ADR 0099, 0105). The letter stays on the page, as it was sent, marked as revoked and
 * by which decision, so the applicant does not read an ended case where the case is handled anew.
 */
public final class SetAsideLetters {

  private SetAsideLetters() {}

  /**
   * The note for each letter set aside, by letter id. A withdrawal's termination notice is the one
   * issued on or after its day and before the next withdrawal's (each round ends once).
   * {@code latest} is the case's withdrawal as its register row holds it, null if none.
   */
  public static Map<Long, String> notes(List<Letter> issued, Withdrawal latest,
      CaseRegister cases, AppealRegister appeals, String trackingNumber) {
    List<Withdrawal> withdrawals = Stream.concat(cases.earlierWithdrawals(trackingNumber).stream(),
            Stream.ofNullable(latest))
        .sorted(Comparator.comparing(Withdrawal::withdrawnOn)).toList();
    Map<Long, String> notes = new HashMap<>();
    for (Letter letter : issued) {
      if (letter.kind() != LetterKind.TERMINATION_NOTICE) {
        continue;
      }
      Withdrawal ended = withdrawals.stream()
          .filter(w -> !letter.issuedOn().isBefore(w.withdrawnOn()))
          .reduce((earlier, later) -> later).orElse(null);
      if (ended != null && !ended.inForce()) {
        notes.put(letter.id(), note(ended, appeals));
      }
    }
    return notes;
  }

  /** 已撤销：… naming the decision, and that the request is handled anew. */
  static String note(Withdrawal setAside, AppealRegister appeals) {
    AppealRegister.Appeal appeal = appeals.get(setAside.setAsideBy());
    String decision = appeal.kind() == AppealKind.LITIGATION ? "人民法院判决" : "行政复议决定";
    String docket = appeal.docketNo() == null || appeal.docketNo().isBlank() ? ""
        : "（案号：" + appeal.docketNo().strip() + "）";
    return "已撤销：本告知书已被" + CaseLetters.chinese(setAside.setAsideOn()) + "的" + decision
        + docket + "撤销，本机关已重新办理您的申请，将重新作出答复；办理进度以本页为准";
  }
}
