package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.NOT_CONFIRMED_DUPLICATE_OF;
import static io.github.ogiworkflow.process.ProcessVariables.NOT_CONFIRMED_KIND;
import static io.github.ogiworkflow.process.ProcessVariables.NOT_CONFIRMED_REASON;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIPT_DECISION;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.NotConfirmation;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.vocabulary.NotConfirmedKind;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 不予确认 (ADR 0158, audit 34a F7): at 确认收到网上申请 the office may decline to confirm an
 * online submission that is no application (blank, unreadable, a test) or repeats one already
 * submitted by the same applicant. Art. 31 receives an online application on the day both sides
 * confirm, so a declined one is never received: no receipt date, no reply deadline, no line in
 * the annual report. The register keeps the kind, the reason, the submission it repeats, who
 * and when; the applicant's status page says so in Chinese.
 */
@Configuration(proxyBeanMethods = false)
public class NotConfirmedDelegates {

  /** The longest reason the form takes. */
  static final int MAX_REASON = 2000;

  /** The office's decision on 确认收到网上申请, as the form's radio offers it. */
  public enum ReceiptDecision { CONFIRM, NOT_CONFIRM }

  /**
   * The decision as sent; absent is CONFIRM (clients that only tick the attestation, ADR 0124).
   */
  static ReceiptDecision decision(VariableScope task) {
    ReceiptDecision decision = Vars.optionalChoice(task, RECEIPT_DECISION, ReceiptDecision.class,
        "确认结果");
    return decision == null ? ReceiptDecision.CONFIRM : decision;
  }

  /**
   * Checks a 不予确认 on the completing task (HTTP 400 on the field, nothing written): a kind the
   * form offers, a reason, and for a duplicate the earlier submission, another case of the same
   * applicant that is itself neither voided nor declined. Keeps the normalized number.
   */
  static void check(VariableScope task, String trackingNumber, CaseRegister cases) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    NotConfirmedKind kind = errors.check(() -> Vars.choice(task, NOT_CONFIRMED_KIND,
        NotConfirmedKind.class, "不予确认的情形"));
    String reason = errors.check(() -> Vars.requiredText(task, NOT_CONFIRMED_REASON,
        "不予确认的理由"));
    if (reason != null && reason.length() > MAX_REASON) {
      errors.add(new InvalidInput(NOT_CONFIRMED_REASON + " is at most " + MAX_REASON
          + " characters（不予确认的理由不超过" + MAX_REASON + "字）"));
    }
    String duplicateOf = kind == NotConfirmedKind.DUPLICATE
        ? errors.check(() -> duplicateOf(task, trackingNumber, cases)) : null;
    errors.throwIfAny();
    task.setVariable(NOT_CONFIRMED_DUPLICATE_OF, duplicateOf);
  }

  private static String duplicateOf(VariableScope task, String trackingNumber,
      CaseRegister cases) {
    String text = Vars.requiredText(task, NOT_CONFIRMED_DUPLICATE_OF, "所重复的受理编号");
    String number = text.strip().toUpperCase(Locale.ROOT);
    if (number.equals(trackingNumber)) {
      throw new InvalidInput(NOT_CONFIRMED_DUPLICATE_OF
          + ": the submission itself（所重复的受理编号不能是本申请）");
    }
    CaseRegister.CaseRecord other = cases.find(number).orElseThrow(() -> new InvalidInput(
        NOT_CONFIRMED_DUPLICATE_OF + ": no case " + number + "（登记簿中没有受理编号" + number + "）"));
    if (Status.VOIDED.name().equals(other.status())
        || Status.NOT_CONFIRMED.name().equals(other.status())) {
      throw new InvalidInput(NOT_CONFIRMED_DUPLICATE_OF + ": " + number + " is "
          + other.status() + "（" + number + "为“" + Status.labelOf(other.status())
          + "”，不能作为本申请所重复的申请）");
    }
    if (!cases.sameApplicant(trackingNumber, number)) {
      throw new InvalidInput(NOT_CONFIRMED_DUPLICATE_OF + ": another applicant（" + number
          + "不是同一申请人提交的申请，不能按重复提交不予确认）");
    }
    return number;
  }

  /**
   * 登记不予确认: in the confirming officer's transaction, under the case's row lock, marks the
   * submission NOT_CONFIRMED with the kind, reason, repeated number, who and today; refused
   * (400) when it is no longer only submitted.
   */
  @Bean
  JavaDelegate recordNotConfirmedDelegate(CaseRegister cases) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      cases.lock(trackingNumber);
      NotConfirmation n = new NotConfirmation(OfficeTime.today(),
          Vars.choice(execution, NOT_CONFIRMED_KIND, NotConfirmedKind.class, "不予确认的情形").name(),
          Vars.requiredText(execution, NOT_CONFIRMED_REASON, "不予确认的理由"),
          Vars.text(execution, NOT_CONFIRMED_DUPLICATE_OF),
          CompletedBy.lastTask(execution, ElementIds.TASK_CONFIRM_RECEIPT));
      if (!cases.notConfirm(trackingNumber, n)) {
        throw new InvalidInput(RECEIPT_DECISION + ": the submission is no longer awaiting"
            + " confirmation（本申请已不在网上提交待确认状态，不能不予确认）");
      }
    };
  }
}
