package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.REOPEN_DECIDED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.REOPEN_REASON;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.Vars;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Why a step waiting on a served letter ended when a correction (纠正) reopened the request:
 * 申请已重新办理（reason，决定日期…）, from the reason and decision day the reopening passes with its
 * message (ADR 0069, 0148). {@code fallback} names the decision when no reason came along.
 */
public final class ReopenedBecause {

  private ReopenedBecause() {}

  public static String text(DelegateExecution execution, String fallback) {
    Object reason = execution.getVariable(REOPEN_REASON);
    LocalDate decidedOn = Vars.date(execution, REOPEN_DECIDED_ON);
    return "申请已重新办理（" + (reason == null ? fallback : reason)
        + (decidedOn == null ? "" : "，决定日期" + CaseLetters.chinese(decidedOn)) + "）";
  }
}
