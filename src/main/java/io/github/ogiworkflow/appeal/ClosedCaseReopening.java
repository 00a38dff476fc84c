package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Component;

/**
 * A correction (撤销, 责令履行) of a case whose handling has ended, closed for good after its
 * appeal window (终结归档) or closed without an appeal window, reopens it as a correction of a
 * withdrawn case does ({@link WithdrawnCaseReopening}, ADR 0099): a new DisclosureRequest round
 * under the tracking number, started before 重新办理 with the ended round's variables (audit 37a
 * F1, ADR 0187). The agency must carry out a decision or judgment however late the appeal was
 * filed (ARL 2023 Art. 20(2), 77; ALL Art. 45, 94, 95; handbook §2.13, §3): the body admits a
 * late filing, and a suit after reconsideration runs from the applicant's receipt of the
 * decision, so such corrections are ordinary. The register's 终结归档 day is cleared (the case
 * is closed for good again when the new round's window runs out).
 */
@Component
public class ClosedCaseReopening {

  private final CaseRegister cases;
  private final AppealRegister appeals;

  public ClosedCaseReopening(CaseRegister cases, AppealRegister appeals) {
    this.cases = cases;
    this.appeals = appeals;
  }

  /**
   * Reopens {@code trackingNumber} after {@code appeal}'s correction when no round of it is
   * running; returns false, having done nothing, while one is (the caller decides then).
   * {@code dueOn}: the ordered reply date (null: 20 working days from the decision).
   */
  boolean reopen(ProcessEngineServices engine, String trackingNumber, AppealRegister.Appeal appeal,
      LocalDate decidedOn, String dueOn, String reason) {
    cases.lock(trackingNumber);
    if (engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).count() > 0) {
      return false;
    }
    LocalDate finalOn = cases.finalOn(trackingNumber);
    WithdrawnCaseReopening.NewRound round = WithdrawnCaseReopening.startNewRound(engine,
        trackingNumber, decidedOn, dueOn, reason);
    cases.reopenEnded(trackingNumber, round.instanceId());
    appeals.addDecisionNotice(appeal.id(), reopenedNotice(finalOn));
    return true;
  }

  /** The notice recorded with the decision that reopened the ended case. */
  static String reopenedNotice(LocalDate finalOn) {
    return "The case's handling had ended" + (finalOn == null ? "" : " (closed for good on "
        + finalOn + ")") + "; the correction reopens it: the request is handled anew with a"
        + " fresh deadline (handbook §3)（该申请" + (finalOn == null ? "已办结"
            : "已于" + CaseLetters.chinese(finalOn) + "终结归档") + "；复议决定或判决予以纠正，"
        + "系统已重新开启办理，须重新办理并重新答复申请人）";
  }
}
