package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.COMPLETENESS_DECISION;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_APPROVAL;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_APPROVAL_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_DUPLICATE_OF;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_NOTHING_ISSUED;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_PROPOSED_BY;
import static io.github.ogiworkflow.process.ProcessVariables.VOID_REASON;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ModelVersions;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.RegistrationVoided;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 登记错误、作废 (ADR 0119, audit 30b F3): a counter registration made in error (submitted twice,
 * entered by two clerks, the wrong applicant's paper) is voided while it waits at 审查申请内容是否
 * 明确 and nothing has gone to the applicant. The office proposes it on that form (reason, the
 * case it duplicates), leadership approves (审批登记作废), and 登记作废 marks the register row
 * VOIDED: the number stays used and shown, no report counts the case. Every check reads the
 * register, at the proposal and again, under the case's row lock, when it is voided.
 */
@Configuration(proxyBeanMethods = false)
public class VoidDelegates {

  /** What a published year refuses, in its message (ADR 0157). */
  static final String VOID_ACT = "作废本案登记";

  /** The longest reason the form takes. */
  static final int MAX_REASON = 2000;

  /** Leadership's decision on 审批登记作废, as the form's radio offers it. */
  public enum VoidApproval { APPROVE, REFUSE }

  /**
   * Why the case can no longer be voided, read from the register, or null when it can: a counter
   * registration still 已登记受理 with no letter issued and no appeal or complaint registered.
   */
  static String refusal(String trackingNumber, CaseRegister cases, Letters letters,
      AppealRegister appeals) {
    String channel = cases.channel(trackingNumber).orElse(null);
    if (channel == null) {
      return "登记簿中没有受理编号" + trackingNumber;
    }
    if (Channel.ONLINE.name().equals(channel)) {
      return "网上申请由申请人本人提交，申请人已取得受理编号和查询码，不属于登记错误；"
          + "申请人不再申请的，按撤回申请办理";
    }
    String status = cases.get(trackingNumber).status();
    if (!Status.REGISTERED.name().equals(status)) {
      return "本案当前状态为“" + Status.labelOf(status) + "”，只有尚在审查申请内容、"
          + "未向申请人发出任何文书的登记才能作废";
    }
    List<Letters.Letter> issued = letters.of(trackingNumber);
    if (!issued.isEmpty()) {
      Letters.Letter first = issued.get(0);
      return "本案已于" + first.issuedOn() + "向申请人发出《" + first.title() + "》"
          + (first.documentNumber() == null ? "" : "（" + first.documentNumber() + "）")
          + "，不能作废；请按撤回申请或答复办理";
    }
    // A complaint voided as registered in error (ADR 0138) was never a complaint of the case.
    if (appeals.of(trackingNumber).stream().anyMatch(appeal -> !appeal.voided())) {
      return "本案已登记复议、诉讼或申诉举报，申请人已知晓本受理编号，不能作废";
    }
    return null;
  }

  /**
   * The proposal on 审查申请内容是否明确 (called by its end listener when the decision is VOID):
   * refused on the form (HTTP 400, nothing written) unless the model offers the path, the
   * register allows it, a reason is given, the office states that no receipt or other paper
   * went to the applicant, and a named duplicate is another case of the register not itself
   * voided, and no year the case is counted in has its report published (ADR 0157: a published
   * report is final, ADR 0035, 0080). The proposing officer is kept for the register.
   */
  static void checkProposal(DelegateExecution execution, CaseRegister cases, Letters letters,
      AppealRegister appeals, PublishedYearGuard publishedYears, OfficeQueryCodes codes) {
    String trackingNumber = execution.getProcessBusinessKey();
    if (ModelVersions.formLacks(execution, CorrectionDelegates.COMPLETENESS_FORM, VOID_REASON)) {
      // A case started on a model without the void path: its gateway would read VOID as
      // 申请内容明确 (ADR 0028).
      throw new InvalidInput(COMPLETENESS_DECISION + ": this case's model has no void path"
          + "（本案按旧版流程办理，不能报请作废）");
    }
    String refusal = refusal(trackingNumber, cases, letters, appeals);
    if (refusal != null) {
      throw new InvalidInput(COMPLETENESS_DECISION + ": the registration cannot be voided"
          + "（" + refusal + "）");
    }
    publishedYears.requireRemovable(trackingNumber, COMPLETENESS_DECISION, VOID_ACT);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String reason = errors.check(() -> Vars.requiredText(execution, VOID_REASON, "作废理由"));
    if (reason != null && reason.length() > MAX_REASON) {
      errors.add(new InvalidInput(VOID_REASON + " is at most " + MAX_REASON
          + " characters（作废理由不超过" + MAX_REASON + "字）"));
    }
    if (!Boolean.TRUE.equals(execution.getVariable(VOID_NOTHING_ISSUED))) {
      errors.add(new InvalidInput(VOID_NOTHING_ISSUED + ": must be confirmed（已向申请人出具受理"
          + "回执或其他文书的，申请人已持有本受理编号，不能作废；未出具的，请勾选确认）"));
    }
    String duplicateOf = errors.check(() -> duplicateOf(execution, trackingNumber, cases));
    errors.throwIfAny();
    if (duplicateOf != null) {
      execution.setVariable(VOID_DUPLICATE_OF, duplicateOf);
    }
    execution.setVariable(VOID_PROPOSED_BY,
        CompletedBy.lastTask(execution, ElementIds.TASK_CHECK_COMPLETENESS));
    // For leadership's form: whether the applicant holds a query code (ADR 0180).
    VoidQueryCodeNotice.note(execution, trackingNumber, codes);
  }

  private static String duplicateOf(DelegateExecution execution, String trackingNumber,
      CaseRegister cases) {
    String text = Vars.text(execution, VOID_DUPLICATE_OF);
    if (text == null) {
      return null;
    }
    String number = text.strip().toUpperCase(Locale.ROOT);
    if (number.equals(trackingNumber)) {
      throw new InvalidInput(VOID_DUPLICATE_OF + ": the case itself（重复的受理编号不能是本案）");
    }
    CaseRegister.CaseRecord other = cases.find(number).orElseThrow(() -> new InvalidInput(
        VOID_DUPLICATE_OF + ": no case " + number + "（登记簿中没有受理编号" + number + "）"));
    if (Status.VOIDED.name().equals(other.status())) {
      throw new InvalidInput(VOID_DUPLICATE_OF + ": " + number + " is voided（" + number
          + "已作废，不能作为本案所重复的申请）");
    }
    return number;
  }

  /**
   * Leaving 审批登记作废: a decision the form does not offer is refused, and refusing needs a
   * comment the office reads when the completeness check comes back. A cancelled task is not
   * checked.
   */
  @Bean
  ExecutionListener voidApprovalCheck() {
    return execution -> {
      if (!execution.isCanceled()) {
        VoidApproval approval = Vars.choice(execution, VOID_APPROVAL, VoidApproval.class,
            "审批意见");
        if (approval == VoidApproval.REFUSE) {
          Vars.requiredText(execution, VOID_APPROVAL_COMMENT, "审批说明");
        }
      }
    };
  }

  /**
   * 登记作废: runs in leadership's transaction (synchronous), so a refusal here refuses the
   * approval itself (HTTP 400, nothing written). Under the case's row lock it checks the register
   * again (a letter, an appeal or another status since the proposal; a year it is counted in
   * published meanwhile, ADR 0157), that the approver is not the officer who proposed it, then
   * marks the row VOIDED with who, why and when.
   */
  @Bean
  JavaDelegate voidRegistrationDelegate(CaseRegister cases, Letters letters,
      AppealRegister appeals, PublishedYearGuard publishedYears,
      ApplicationEventPublisher events) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      cases.lock(trackingNumber);
      String refusal = refusal(trackingNumber, cases, letters, appeals);
      if (refusal != null) {
        throw new InvalidInput(VOID_APPROVAL + ": the registration cannot be voided（" + refusal
            + "）");
      }
      // The years' report rows locked until the void commits: a publication meanwhile waits
      // and no longer counts the case, or was first and refuses it here (ADR 0142, 0157).
      publishedYears.requireRemovable(trackingNumber, VOID_APPROVAL, VOID_ACT);
      CompletedBy.VoidSignOff signOff = CompletedBy.voidSignOff(execution,
          ElementIds.TASK_APPROVE_VOID);
      String proposedBy = signOff.proposedBy();
      String approvedBy = signOff.approvedBy();
      if (!cases.voidRegistration(trackingNumber, OfficeTime.today(),
          Vars.requiredText(execution, VOID_REASON, "作废理由"),
          Vars.text(execution, VOID_DUPLICATE_OF), proposedBy, approvedBy)) {
        throw new InvalidInput(VOID_APPROVAL + ": the case is no longer registered only"
            + "（本案已不在登记受理状态，不能作废）");
      }
      // The applicant's later requests of the month count one fewer (audit 36a F2): an unpaid
      // fee notice charged per request may now ask too much (ADR 0184). Same transaction.
      events.publishEvent(new RegistrationVoided(trackingNumber,
          execution.getProcessEngineServices()));
    };
  }
}
