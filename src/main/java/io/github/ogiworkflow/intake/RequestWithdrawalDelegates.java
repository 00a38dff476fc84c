package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.OUTCOME_CODE;
import static io.github.ogiworkflow.process.ProcessVariables.OUTCOME_LABEL;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_WITHDRAWAL_FORM;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_WITHDRAWAL_REASON;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_WITHDRAWN_ON;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.privacy.PersonalVariables;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.reply.ReplyLetter;
import io.github.ogiworkflow.reply.UnservedReplies;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.vocabulary.WithdrawalForm;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DisclosureRequest's event sub-process 申请人撤回申请 (ADR 0085). */
@Configuration(proxyBeanMethods = false)
public class RequestWithdrawalDelegates {

  /**
   * 终止办理（申请人撤回申请）: runs in the transaction of the message that started the event
   * sub-process, so a refusal here undoes the interruption as well. It acts only on a withdrawal
   * {@link Withdrawals} checked and recorded: the message sent any other way (an administrator's
   * {@code POST /engine-rest/message}) finds no record and is refused, nothing changed. Then the
   * case is closed as 6.3 on the day of the withdrawal, a pause of the reply clock ends (an
   * unpaid fee is not collected: its notice stays unpaid), and the 终止办理告知书 confirms it.
   */
  @Bean
  JavaDelegate closeWithdrawnDelegate(CaseRegister cases, PauseLedger pauses,
      CaseLetters letters, ReplyLetter replyLetter, UnservedReplies unservedReplies) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      // A withdrawal set aside by a correction (ADR 0099) no longer ends anything: the message
      // sent to the reopened round is refused like one without any record.
      CaseRegister.Withdrawal withdrawal = cases.withdrawalInForce(trackingNumber)
          .orElseThrow(() -> new InvalidInput("withdrawnOn: no withdrawal recorded in the register"
              + "（申请人撤回申请须由办公室登记撤回（撤回日期、撤回方式），登记簿中没有该申请的撤回记录）"));
      String status = cases.get(trackingNumber).status();
      if (Status.CLOSED.name().equals(status) || Status.DELIVERED.name().equals(status)) {
        throw new InvalidInput("withdrawnOn: the request is closed（该申请已办结，不能撤回）");
      }
      cases.closeWithdrawn(trackingNumber, OutcomeCode.OTHER.code(), withdrawal.withdrawnOn());
      pauses.endOnClosing(trackingNumber, OfficeTime.today());
      // A reply signed and not yet served when the applicant withdrew: void, with why (ADR 0136).
      unservedReplies.voidOnClosing(trackingNumber, "申请人撤回申请");
      WithdrawalForm form = WithdrawalForm.valueOf(withdrawal.form());
      letters.send(trackingNumber, LetterKind.TERMINATION_NOTICE,
          replyLetter.withdrawalValues(trackingNumber, withdrawal.withdrawnOn(), form));
      execution.setVariable(OUTCOME_CODE, OutcomeCode.OTHER.code());
      execution.setVariable(OUTCOME_LABEL, OutcomeCode.OTHER.label());
      execution.setVariable(REQUEST_WITHDRAWN_ON, withdrawal.withdrawnOn().toString());
      execution.setVariable(REQUEST_WITHDRAWAL_FORM, form.name());
      // Masked: the applicant's free text (the register keeps it whole; ADR 0097).
      execution.setVariable(REQUEST_WITHDRAWAL_REASON, PersonalVariables.mask(
          REQUEST_WITHDRAWAL_REASON, withdrawal.reason() == null ? "" : withdrawal.reason()));
    };
  }
}
