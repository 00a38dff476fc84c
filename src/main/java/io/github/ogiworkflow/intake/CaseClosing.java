package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.reply.ReplyLetter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Ends a case without a reply: the outcome is recorded and the applicant told why. */
@Component
public class CaseClosing {

  private final CaseRegister register;
  private final CaseLetters letters;
  private final PauseLedger pauses;
  private final ReplyLetter replyLetter;

  public CaseClosing(CaseRegister register, CaseLetters letters, PauseLedger pauses,
      ReplyLetter replyLetter) {
    this.register = register;
    this.letters = letters;
    this.pauses = pauses;
    this.replyLetter = replyLetter;
  }

  public void close(DelegateExecution execution, OutcomeCode outcome, String reason) {
    String trackingNumber = execution.getProcessBusinessKey();
    register.close(trackingNumber, outcome.code(), OfficeTime.today());
    pauses.endOnClosing(trackingNumber, OfficeTime.today());
    // The notice cites the article it closes under and the remedies (Art. 30 / Art. 42).
    letters.send(trackingNumber, LetterKind.TERMINATION_NOTICE,
        replyLetter.terminationValues(trackingNumber, outcome, reason));
    execution.setVariable(ProcessVariables.OUTCOME_CODE, outcome.code());
    execution.setVariable(ProcessVariables.OUTCOME_LABEL, outcome.label());
    // The appeal periods run from the applicant's receipt of the notice (handbook §2.13): the
    // office records its service on 送达终止告知书 (ADR 0067). Started by its message, so a model
    // set without that process (a scenario test) starts nothing.
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(ElementIds.MESSAGE_TERMINATION_NOTICE_ISSUED)
        .processInstanceBusinessKey(trackingNumber)
        .setVariable(ProcessVariables.TRACKING_NUMBER, trackingNumber)
        .setVariable(ProcessVariables.APPLICANT_NAME,
            register.get(trackingNumber).applicantName())
        .correlateAll(); // the start reads the closing day from the register
  }
}
