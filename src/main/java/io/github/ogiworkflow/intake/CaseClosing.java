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
import io.github.ogiworkflow.reply.UnservedReplies;
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
  private final UnservedReplies unservedReplies;

  public CaseClosing(CaseRegister register, CaseLetters letters, PauseLedger pauses,
      ReplyLetter replyLetter, UnservedReplies unservedReplies) {
    this.unservedReplies = unservedReplies;
    this.register = register;
    this.letters = letters;
    this.pauses = pauses;
    this.replyLetter = replyLetter;
  }

  /** Why a case closed, as the void record of a reply signed and never served says it. */
  static final Map<OutcomeCode, String> CLOSING_CAUSES = Map.of(
      OutcomeCode.OTHER_NO_CORRECTION, "申请人逾期未补正，视为放弃申请",
      OutcomeCode.OTHER_FEE_UNPAID, "申请人逾期未缴纳信息处理费，终止办理");

  public void close(DelegateExecution execution, OutcomeCode outcome, String reason) {
    String trackingNumber = execution.getProcessBusinessKey();
    register.close(trackingNumber, outcome.code(), OfficeTime.today());
    pauses.endOnClosing(trackingNumber, OfficeTime.today());
    // A reply signed with the fee notice and never served (the fee unpaid): void, with why
    // (ADR 0136).
    unservedReplies.voidOnClosing(trackingNumber, CLOSING_CAUSES.getOrDefault(outcome,
        "终止办理（" + outcome.label() + "）"));
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
