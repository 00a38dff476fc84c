package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.reply.OutcomeCode;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Ends a case without a reply: the outcome is recorded and the applicant told why. */
@Component
public class CaseClosing {

  private final CaseRegister register;
  private final CaseLetters letters;
  private final PauseLedger pauses;

  public CaseClosing(CaseRegister register, CaseLetters letters, PauseLedger pauses) {
    this.register = register;
    this.letters = letters;
    this.pauses = pauses;
  }

  public void close(DelegateExecution execution, OutcomeCode outcome, String reason) {
    String trackingNumber = execution.getProcessBusinessKey();
    register.close(trackingNumber, outcome.code(), OfficeTime.today());
    pauses.endOnClosing(trackingNumber, OfficeTime.today());
    letters.send(trackingNumber, LetterKind.TERMINATION_NOTICE, Map.of("reason", reason));
    execution.setVariable(ProcessVariables.OUTCOME_CODE, outcome.code());
    execution.setVariable(ProcessVariables.OUTCOME_LABEL, outcome.label());
  }
}
