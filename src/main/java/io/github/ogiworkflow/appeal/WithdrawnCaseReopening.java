package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.vocabulary.CompletenessDecision;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * A correction (纠正) of a case closed by the applicant's withdrawal (ADR 0085) reopens it
 * (handbook §3: "a new reply decision with a fresh deadline"; ADR 0099). The withdrawal ended the
 * case's {@code DisclosureRequest} instance, so the new round is a new instance of it under the
 * tracking number, started before {@code Service_ReopenRequest} (the step every reopening runs:
 * the fresh deadline, the round's decisions cleared) with the case's variables from the ended
 * instance's history. The register marks the withdrawal as set aside by the decision and the
 * case in handling again; the withdrawal's day stays the case's first closing (6.3), which the
 * annual report counts.
 *
 * <p>Once only: under the case's row lock, a withdrawal already set aside, or a running instance
 * of the case, starts nothing. A second correction of the withdrawal (an appeal served before it
 * was set aside) records the notice that the request is already being handled anew; an appeal
 * served later challenges the new round and reopens it as any correction does. After a further
 * withdrawal in the new round (ADR 0105) the latest withdrawal is the one a correction sets
 * aside, unless the appeal was served before an earlier reopening answered it.
 */
@Component
public class WithdrawnCaseReopening {

  /**
   * The ended round's variables the new round does not take: the withdrawal's own (the register
   * keeps it) and the closing's outcome, decided anew.
   */
  static final Set<String> NOT_CARRIED = Set.of(REQUEST_WITHDRAWN_ON, REQUEST_WITHDRAWAL_FORM,
      REQUEST_WITHDRAWAL_REASON, OUTCOME_CODE, OUTCOME_LABEL);

  private final CaseRegister cases;
  private final AppealRegister appeals;

  public WithdrawnCaseReopening(CaseRegister cases, AppealRegister appeals) {
    this.cases = cases;
    this.appeals = appeals;
  }

  /**
   * Reopens {@code trackingNumber} after {@code appeal}'s correction decided on {@code decidedOn}
   * when the withdrawal still ends the case; {@code dueOn} the date the decision set for the new
   * reply (null: 20 working days from the decision), {@code reason} the reopening's reason as
   * the termination notice and the audit trail show it. Returns false, having done nothing, when
   * the correction is not the withdrawal's to handle: no withdrawal, the case still running, or
   * an appeal served after the withdrawal was set aside (it challenges the new round).
   */
  boolean reopen(ProcessEngineServices engine, String trackingNumber, AppealRegister.Appeal appeal,
      LocalDate decidedOn, String dueOn, String reason) {
    cases.lock(trackingNumber);
    CaseRegister.Withdrawal withdrawal = cases.withdrawal(trackingNumber).orElse(null);
    if (withdrawal == null) {
      return false;
    }
    if (!withdrawal.inForce()) {
      if (appeal.servedOn().isAfter(withdrawal.setAsideOn())) {
        // Served after the reopening: it challenges the new round, which takes a correction
        // as any case does.
        return false;
      }
      // Set aside already: this decision finds the request handled anew (a second correction
      // of the withdrawal, e.g. a judgment after the reconsideration's decision).
      appeals.addDecisionNotice(appeal.id(), alreadyReopenedNotice(withdrawal));
      return true;
    }
    // A withdrawal in a round a correction opened (ADR 0105): a correction by an appeal served
    // before that reopening is one the reopening already answered; it does not undo the
    // applicant's later withdrawal.
    CaseRegister.Withdrawal answered = cases.earlierWithdrawals(trackingNumber).stream()
        .filter(earlier -> !appeal.servedOn().isAfter(earlier.setAsideOn()))
        .reduce((first, second) -> second).orElse(null);
    if (answered != null) {
      appeals.addDecisionNotice(appeal.id(), alreadyReopenedNotice(answered));
      return true;
    }
    var runtime = engine.getRuntimeService();
    if (runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).count() > 0) {
      // Still running (the withdrawal's message not yet through): nothing to reopen here.
      return false;
    }
    NewRound round = startNewRound(engine, trackingNumber, decidedOn, dueOn, reason);
    cases.setWithdrawalAside(trackingNumber, appeal.id(), decidedOn, round.instanceId(),
        foundAt(engine, round.endedInstanceId(),
            cases.withdrawalStatus(trackingNumber).orElse(null)));
    appeals.addDecisionNotice(appeal.id(), reopenedNotice(withdrawal.withdrawnOn()));
    return true;
  }

  /** The round a reopening started, and the ended round it carries on from. */
  public record NewRound(String instanceId, String endedInstanceId) {}

  /**
   * Starts the withdrawn request's new round before 重新办理, with the ended round's variables
   * and the decision's date, ordered reply date ({@code dueOn}, may be null) and reason; the
   * register is left to the caller. Public for the model's scenario tests, which reopen without
   * an appeal.
   */
  public static NewRound startNewRound(ProcessEngineServices engine, String trackingNumber,
      LocalDate decidedOn, String dueOn, String reason) {
    HistoricProcessInstance ended = endedRound(engine, trackingNumber);
    Map<String, Object> variables = endedRoundVariables(engine, ended);
    variables.put(REOPEN_DECIDED_ON, decidedOn.toString());
    variables.put(REOPEN_DUE_ON, dueOn);
    variables.put(REOPEN_REASON, reason);
    // The server starts the round after its own checks; the user who recorded the decision
    // holds no grant to start a request.
    String instanceId = WithoutAuthorizations.call(engine.getIdentityService(),
        () -> engine.getRuntimeService().createProcessInstanceByKey(
                ProcessKeys.DISCLOSURE_REQUEST)
            .businessKey(trackingNumber)
            .startBeforeActivity(ElementIds.SERVICE_REOPEN_REQUEST)
            .setVariables(variables)
            .execute().getId());
    return new NewRound(instanceId, ended.getId());
  }

  /**
   * Where the withdrawal found the request, to which setting it aside returns it (ADR 0109,
   * 0120): the register's status at the withdrawal ({@code recorded}, V74), refined by the
   * ended round's history, which keeps the step the withdrawal cancelled. The register's
   * 已登记受理 lasts from the registration to the items' registration, so only the history tells
   * whether the completeness check (审查申请内容是否明确) was still open, or had decided on a
   * correction not yet sent (ADR 0128); a withdrawal recorded
   * before V74 ({@code recorded} null) was waiting for the correction if one of its steps was
   * cancelled. Anything else reopens into 办理与答复.
   */
  public static CaseRegister.Status foundAt(ProcessEngineServices engine, String endedInstanceId,
      String recorded) {
    if (CaseRegister.Status.AWAITING_CORRECTION.name().equals(recorded)) {
      return CaseRegister.Status.AWAITING_CORRECTION;
    }
    if (recorded == null || CaseRegister.Status.REGISTERED.name().equals(recorded)) {
      // The check open, leadership deciding on a proposed void (ADR 0119: refused, it returns
      // to the check), or the check's correction not yet sent (ADR 0128): nobody has told the
      // applicant the request is clear or what to correct.
      if (cancelled(engine, endedInstanceId, ElementIds.TASK_CHECK_COMPLETENESS)
          || cancelled(engine, endedInstanceId, ElementIds.TASK_APPROVE_VOID)
          || correctionNoticeNotSent(engine, endedInstanceId)) {
        return CaseRegister.Status.REGISTERED;
      }
      if (recorded == null && (cancelled(engine, endedInstanceId,
          ElementIds.TASK_RECORD_SUPPLEMENT) || cancelled(engine, endedInstanceId,
          ElementIds.TASK_CONFIRM_NO_CORRECTION) || cancelled(engine, endedInstanceId,
          ElementIds.TASK_ASSESS_ONLINE_SUPPLEMENT))) {
        return CaseRegister.Status.AWAITING_CORRECTION;
      }
    }
    return CaseRegister.Status.IN_PROGRESS;
  }

  /**
   * Whether the ended round's completeness check decided on a correction whose 补正申请告知书
   * never went out: 发出补正告知书 is asynchronous, and a withdrawal entered before the job ran
   * cancelled no step (the job went with the round). The history shows the check completed in
   * the round with the decision 需要补正 and no 发出补正告知书 begun (ADR 0128). The applicant was
   * told nothing, so the one notice (Art. 30) is still to be sent: the request goes back to the
   * check, not to the search.
   */
  private static boolean correctionNoticeNotSent(ProcessEngineServices engine,
      String instanceId) {
    var history = engine.getHistoryService();
    boolean checkedInRound = history.createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId).activityId(ElementIds.TASK_CHECK_COMPLETENESS)
        .finished().count() > 0;
    boolean noticeBegun = history.createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId).activityId(ElementIds.SERVICE_ISSUE_CORRECTION_NOTICE)
        .count() > 0;
    if (!checkedInRound || noticeBegun) {
      return false;
    }
    return history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(COMPLETENESS_DECISION).list().stream()
        .filter(v -> instanceId.equals(v.getExecutionId()))
        .anyMatch(v -> CompletenessDecision.CORRECTION.name().equals(v.getValue()));
  }

  /** Whether the withdrawal cancelled {@code activityId} in the ended round (it was open). */
  private static boolean cancelled(ProcessEngineServices engine, String instanceId,
      String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId).activityId(activityId).canceled().count() > 0;
  }

  /** The case's last ended DisclosureRequest instance, the round the withdrawal ended. */
  private static HistoricProcessInstance endedRound(ProcessEngineServices engine,
      String trackingNumber) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).finished().list().stream()
        .max(Comparator.comparing(HistoricProcessInstance::getEndTime))
        .orElseThrow(() -> new AppealConflict("Case " + trackingNumber + " has no ended handling"
            + " in the engine's history（该申请的办理记录已不在流程历史中，无法在系统中重新办理，"
            + "请联系系统管理员）"));
  }

  /** The case's variables as its last ended DisclosureRequest instance left them. */
  private static Map<String, Object> endedRoundVariables(ProcessEngineServices engine,
      HistoricProcessInstance ended) {
    var history = engine.getHistoryService();
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(ended.getId()).disableCustomObjectDeserialization().list()) {
      // The instance's own variables only (a sub-process's local ones ended with it).
      if (ended.getId().equals(variable.getExecutionId())
          && ended.getId().equals(variable.getActivityInstanceId())
          && variable.getErrorMessage() == null && !NOT_CARRIED.contains(variable.getName())) {
        variables.put(variable.getName(), variable.getTypedValue());
      }
    }
    return variables;
  }

  /** The notice recorded with the decision that reopened the withdrawn case. */
  static String reopenedNotice(LocalDate withdrawnOn) {
    return "The case closed on the applicant's withdrawal of " + withdrawnOn + " (6.3) is"
        + " reopened: the withdrawal is set aside and the request handled anew with a fresh"
        + " deadline (handbook §3)（该申请已于" + CaseLetters.chinese(withdrawnOn)
        + "因申请人撤回而终止办理（其他处理-3）；复议决定或判决予以纠正，撤回终止办理不再有效，"
        + "系统已重新开启办理，须重新办理并重新答复申请人）";
  }

  /** The notice of a correction that finds the withdrawal set aside already. */
  static String alreadyReopenedNotice(CaseRegister.Withdrawal withdrawal) {
    return "The withdrawal of " + withdrawal.withdrawnOn() + " was set aside by the decision of "
        + withdrawal.setAsideOn() + " and the request is being handled anew; this decision"
        + " reopens nothing further（该申请" + CaseLetters.chinese(withdrawal.withdrawnOn())
        + "的撤回已因" + CaseLetters.chinese(withdrawal.setAsideOn())
        + "的复议决定或判决纠正而重新办理，本决定不再另行开启办理）";
  }

}
