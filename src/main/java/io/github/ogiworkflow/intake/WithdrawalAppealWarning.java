package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealRegister;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The warning a withdrawal is recorded with while a reconsideration or lawsuit on the case is
 * pending (audit round 27, F2; ADR 0098): the withdrawal ends the request's handling, but the
 * appeal goes on, and a correction then means handling the request anew outside the closed case.
 * A warning, not a refusal: the applicant may withdraw (ADR 0085).
 */
@Component
public class WithdrawalAppealWarning {

  private final AppealRegister appeals;

  public WithdrawalAppealWarning(AppealRegister appeals) {
    this.appeals = appeals;
  }

  /** The warning, or null when nothing is pending on the case. */
  public String warning(String trackingNumber) {
    List<String> pending = new ArrayList<>();
    for (AppealKind kind : List.of(AppealKind.RECONSIDERATION, AppealKind.LITIGATION)) {
      for (AppealRegister.Appeal appeal : appeals.pending(trackingNumber, kind)) {
        pending.add((kind == AppealKind.RECONSIDERATION ? "行政复议" : "行政诉讼")
            + appeal.docketNo());
      }
    }
    if (pending.isEmpty()) {
      return null;
    }
    return "A reconsideration or lawsuit on the case is still pending: if it corrects the"
        + " agency, the request must be handled anew (handbook §3)（该申请尚有未审结的"
        + String.join("、", pending) + "；撤回后如复议决定或判决予以纠正，须重新办理）";
  }
}
