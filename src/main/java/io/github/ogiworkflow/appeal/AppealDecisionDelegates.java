package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.appeal.AppealSteps.*;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Steps the appeal processes share: leadership's approval of an answer (all three), the
 * decision or judgment and the reopening of the request it corrects (Reconsideration and
 * Litigation). Steps that check what a user or an event just entered run synchronously and
 * refuse bad input; a state that does not allow the event is an {@link AppealConflict}.
 */
@Configuration(proxyBeanMethods = false)
public class AppealDecisionDelegates {

  /**
   * Leadership's approval of an answer or defence: who approved, and the text and evidence list
   * approved, which alone may then be submitted (the letter that was approved).
   */
  @Bean
  AnswerApprovalCheck recordAnswerApprovalListener(AppealRegister appeals, AppealParties parties,
      PleadingBlocks blocks) {
    return new AnswerApprovalCheck(appeals, parties, blocks, false);
  }

  /**
   * The approval's check and record. Current models run it on the flow that leaves the approval
   * task (take): an execution listener's InvalidInput reaches the client as 400 on the field and
   * the task stays open, where a task listener's exception became a 500. Cases on earlier models
   * still call it as the task's complete listener.
   */
  static final class AnswerApprovalCheck implements ExecutionListener, TaskListener {
    private final AppealRegister appeals;
    private final AppealParties parties;
    private final PleadingBlocks blocks;
    /**
     * The 答辩状 to a plaintiff's appeal joined to the agency's second instance (ADR 0066): kept
     * apart from the row's own answer (the agency's 行政上诉状). Fixed per bean, never read from
     * a variable a client could set.
     */
    private final boolean joinedDefence;

    AnswerApprovalCheck(AppealRegister appeals, AppealParties parties, PleadingBlocks blocks,
        boolean joinedDefence) {
      this.appeals = appeals;
      this.parties = parties;
      this.blocks = blocks;
      this.joinedDefence = joinedDefence;
    }

    @Override
    public void notify(DelegateExecution execution) {
      var identity = execution.getProcessEngineServices().getIdentityService();
      record(execution, identity.getCurrentAuthentication() != null
          ? identity.getCurrentAuthentication().getUserId() : null);
    }

    @Override
    public void notify(DelegateTask task) {
      var identity = task.getProcessEngineServices().getIdentityService();
      record(task.getExecution(), identity.getCurrentAuthentication() != null
          ? identity.getCurrentAuthentication().getUserId() : task.getAssignee());
    }

    private void record(DelegateExecution execution, String user) {
      String approval = Vars.requiredText(execution, ANSWER_APPROVAL, "审批意见");
      if (!"APPROVE".equals(approval) && !"SEND_BACK".equals(approval)) {
        throw new InvalidInput(ANSWER_APPROVAL + " has no value '" + approval
            + "'（审批意见的取值无效）");
      }
      if ("SEND_BACK".equals(approval)) {
        Vars.requiredText(execution, ANSWER_APPROVAL_COMMENT, "退回修改意见");
        return;
      }
      long id = appealId(execution);
      // The agents and parties block is approved with the text (ADR 0073): frozen here from the
      // register's draft of this pleading, and printed from this copy when it is submitted.
      // The text whole from the register's draft of what leadership read masked (ADR 0129).
      if (joinedDefence) {
        AppealRegister.ApprovedAnswer approved = AnswerDrafts.approved(appeals, id,
            PleadingBlocks.Document.JOINED_DEFENCE, execution);
        appeals.recordJoinedDefenceApproval(id, approved.text(), approved.evidence(), user);
        blocks.recordApproved(id, PleadingBlocks.Document.JOINED_DEFENCE,
            blocks.draft(id, PleadingBlocks.Document.JOINED_DEFENCE)
                .orElseGet(() -> currentBlock(id, appeals, parties)));
        return;
      }
      AppealRegister.ApprovedAnswer approved = AnswerDrafts.approved(appeals, id,
          PleadingBlocks.Document.ANSWER, execution);
      appeals.recordAnswer(id, approved.text(), approved.evidence());
      appeals.recordApproval(id, user);
      blocks.recordApproved(id, PleadingBlocks.Document.ANSWER,
          currentBlock(id, appeals, parties));
    }
  }

  /**
   * 起草行政复议答复书 / 起草答辩状或上诉状, on the flow that leaves it (a refusal is a 400 on the
   * field and the task stays open): the agency's 委托代理人 legal named, checked and kept with the
   * appeal (ADR 0056); a redraft after a send-back replaces them. The pleading prints them from
   * the register when it is submitted. Where the form carries the further parties (共同申请人 or
   * 共同原告, 第三人: ADR 0063; shown again as registered), they are checked as at registration
   * and replace the register's: a 第三人 the court added later is entered here. Both are checked
   * before either is recorded. The joined 答辩状's draft (ADR 0066) keeps both as its own
   * (ADR 0073): its block in {@link PleadingBlocks}, its variables local to its sub-process; the
   * row's agents and ogi_appeal_party stay the 行政上诉状's.
   */
  @Bean
  ExecutionListener recordAgentsListener(AppealRegister appeals, AppealParties parties,
      PleadingBlocks blocks, io.github.ogiworkflow.register.CaseRegister cases,
      io.github.ogiworkflow.letter.AgencyProperties agency) {
    return execution -> {
      long id = appealId(execution);
      AppealRegister.Appeal appeal = appeals.get(id);
      InvalidInput.Collector errors = new InvalidInput.Collector();
      AppealParties.Parties further = null;
      String appellant = appeal.appellant() == Appellant.THIRD_PARTY ? appeal.appellantName()
          : cases.get(appeal.trackingNumber()).applicantName();
      if (partiesGiven(execution)) {
        further = errors.check(() -> AppealSteps.parties(execution, appeal.kind(), appellant,
            agency.name()));
      }
      var agents = errors.check(() -> agents(execution));
      // An agent is no party of the appeal (ADR 0068): the parties as now entered, else kept.
      AppealParties.Parties known = further != null ? further : parties.of(id);
      errors.check(() -> {
        agentsNotParties(execution, appellant, known);
        return null;
      });
      errors.throwIfAny();
      if (inJoinedDefence(execution)) {
        blocks.recordDraft(id, PleadingBlocks.Document.JOINED_DEFENCE,
            new PleadingBlocks.Block(agents, known));
        // Shown again as checked, on the sub-process's own variables.
        execution.setVariableLocal(CO_APPELLANTS, String.join("\n", known.coAppellants()));
        execution.setVariableLocal(THIRD_PARTIES, String.join("\n", known.thirdParties()));
        return;
      }
      appeals.recordAgents(id, agents);
      if (further != null) {
        recordParties(execution, parties, id, further);
      }
    };
  }

  /**
   * Whether this step runs inside 答辩原告上诉（本机关已上诉） (ADR 0066): decided by the model
   * element, never by a variable.
   */
  static boolean inJoinedDefence(DelegateExecution execution) {
    for (org.camunda.bpm.model.xml.instance.ModelElementInstance element =
        execution.getBpmnModelElementInstance(); element != null;
        element = element.getParentElement()) {
      if (element instanceof org.camunda.bpm.model.bpmn.instance.SubProcess subProcess
          && ElementIds.SUB_PROCESS_ANSWER_JOINED_PLAINTIFF_APPEAL.equals(subProcess.getId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The latest reply date a decision or judgment may be recorded as ordering (audit 28 F9): one
   * year after it, far beyond any period a body sets and the Regulation's own 20 + 20 working
   * days, so only a mistyped year is refused.
   */
  static LocalDate latestOrderedDate(LocalDate decidedOn) {
    return decidedOn.plusYears(1);
  }

  /** 登记复议决定 / 登记判决结果: the result; 上诉 is possible after a first-instance judgment. */
  @Bean
  JavaDelegate recordAppealDecisionDelegate(AppealRegister appeals,
      io.github.ogiworkflow.calendar.WorkingDayCalendar calendar,
      io.github.ogiworkflow.letter.AgencyProperties agency) {
    return execution -> {
      long id = appealId(execution);
      AppealRegister.Appeal appeal = appeals.get(id);
      AppealResult result = Vars.choice(execution, APPEAL_RESULT, AppealResult.class, "结果");
      String detail = null;
      if (!result.details().isEmpty()) {
        AppealResult.Detail chosen = Vars.choice(execution, APPEAL_RESULT_DETAIL,
            AppealResult.Detail.class, "具体结果");
        if (!result.details().contains(chosen)) {
          throw new InvalidInput(APPEAL_RESULT_DETAIL + " '" + chosen + "' does not fit "
              + result + "（具体结果“" + chosen.label() + "”与结果不符）");
        }
        detail = chosen.name();
      } else if (given(execution, APPEAL_RESULT_DETAIL)) {
        // 维持 has no 具体结果: a 撤销 sent with it contradicts the result and was dropped
        // silently (audit 37a, F8).
        throw new InvalidInput(APPEAL_RESULT_DETAIL + " contradicts " + result + "（结果为“"
            + result.label() + "”时不能再选择具体结果，维持与撤销等纠正结果互相矛盾，请核对）");
      }
      LocalDate decidedOn = AppealWindow.notInFuture(
          Vars.requiredDate(execution, DECIDED_ON, "决定或判决日期"), DECIDED_ON, "决定或判决日期");
      if (decidedOn.isBefore(appeal.servedOn())) {
        throw new InvalidInput(DECIDED_ON + " lies before the appeal was served（决定或判决日期"
            + "不能早于收到日期）");
      }
      String decisionWarning = decisionWarning(appeal, decidedOn);
      // The applicant's receipt of the decision, from which a suit's 15 days run (ALL Art. 45;
      // audit 37a F2): a reconsideration's only, neither before the decision nor in the future.
      LocalDate decisionReceivedOn = AppealWindow.notInFuture(
          Vars.date(execution, DECISION_RECEIVED_ON), DECISION_RECEIVED_ON, "复议决定书送达申请人日期");
      if (decisionReceivedOn != null && appeal.kind() != AppealKind.RECONSIDERATION) {
        throw new InvalidInput(DECISION_RECEIVED_ON + " fits only a reconsideration decision"
            + "（复议决定书送达申请人日期只适用于行政复议决定）");
      }
      if (decisionReceivedOn != null && decisionReceivedOn.isBefore(decidedOn)) {
        throw new InvalidInput(DECISION_RECEIVED_ON + " lies before the decision（复议决定书送达"
            + "申请人日期不能早于复议决定日期）");
      }
      LocalDate correctedDueOn = Vars.date(execution, CORRECTED_DUE_ON);
      if (correctedDueOn != null && (result != AppealResult.CORRECTED
          || !correctedDueOn.isAfter(decidedOn))) {
        throw new InvalidInput(CORRECTED_DUE_ON + " must follow the decision and fits only a"
            + " correction（重新答复期限只适用于纠正，且须晚于决定日期）");
      }
      if (correctedDueOn != null && !AppealResult.Detail.valueOf(detail).reopens()) {
        // 变更 and 确认违法 order no new reply (ARL 2023 Art. 63, 65; ALL Art. 74, 77; audit 37a
        // F4): a date for one would bind nothing.
        throw new InvalidInput(CORRECTED_DUE_ON + " fits only a revocation or an order to act"
            + "（" + AppealResult.Detail.valueOf(detail).label() + "无需重新答复，重新答复期限只适用于"
            + "撤销或责令履行）");
      }
      if (correctedDueOn != null && correctedDueOn.isAfter(latestOrderedDate(decidedOn))) {
        // A date years ahead is a typing error (2206 for 2026), not a period a body orders
        // (ARL 2023 Art. 66: 一定期限); left in, the case would be green for centuries.
        throw new InvalidInput(CORRECTED_DUE_ON + " lies more than a year after the decision"
            + "（重新答复期限不能晚于决定日期后一年（" + CaseLetters.chinese(
                latestOrderedDate(decidedOn)) + "），请核对年份）");
      }
      boolean appealed = Vars.flag(execution, APPEALED_TO_HIGHER_COURT);
      String appealedBy = null;
      if (appealed) {
        if (appeal.kind() != AppealKind.LITIGATION) {
          throw new InvalidInput(APPEALED_TO_HIGHER_COURT + " fits only a judgment（只有判决可以上诉）");
        }
        if (appeal.instanceNo() >= 2) {
          throw new AppealConflict("A second-instance judgment is final（二审判决为终审判决，不能上诉）");
        }
        appealedBy = Vars.choice(execution, APPEALED_BY, AppealedBy.class, "上诉方").name();
        // The higher court, never the agency itself (audit round 30, F1).
        appealBody(execution, "二审法院", agency.name());
      }
      // First instance of a lawsuit: which document and when it was served (ALL Art. 85); the
      // agency's own appeal must lie within its period, counted from that service.
      AppealRegister.JudgmentService service = null;
      if (appeal.kind() == AppealKind.LITIGATION && appeal.instanceNo() == 1) {
        service = LitigationDelegates.judgmentService(execution, decidedOn);
        // 维持 and the corrections are judgments (ALL Art. 69-78); a 裁定 only ends a suit on
        // procedure (驳回起诉, 准许撤诉, 终结诉讼): other results (audit 37a, F8). Left in, a
        // "ruling that revokes" shortened the agency's appeal period to 10 days (Art. 85).
        if (service.kind() == JudgmentKind.RULING && result != AppealResult.OTHER) {
          throw new InvalidInput(JUDGMENT_KIND + " contradicts " + result + "（裁定书只能对应“其他结果”"
              + "（如裁定驳回起诉、准许撤诉）；“" + result.label() + "”由判决作出，裁判文书种类应为判决书）");
        }
        if (AppealedBy.AGENCY.name().equals(appealedBy)) {
          LitigationDelegates.requireWithinAppealPeriod(calendar, service, APPEALED_BY);
        }
      }
      appeals.recordResult(id, result.name(), detail, decidedOn, appealedBy, correctedDueOn);
      appeals.recordDecisionWarning(id, decisionWarning);
      if (decisionReceivedOn != null) {
        appeals.recordDecisionReceipt(id, decisionReceivedOn);
      }
      execution.setVariable(APPEALED_TO_HIGHER_COURT, appealed);
      if (service != null) {
        appeals.recordJudgmentService(id, service.kind(), service.servedOn());
        LocalDate lastDay = LitigationDelegates.appealPeriodLastDay(calendar, service);
        execution.setVariable(AGENCY_APPEAL_DUE_DATE,
            io.github.ogiworkflow.calendar.OfficeTime.endOf(lastDay));
        execution.setVariable(AGENCY_APPEAL_DUE_DATE_TEXT, lastDay.toString());
        execution.setVariable(AGENCY_APPEAL, null);
        // The plaintiff's period is the same (ALL Art. 85), counted from the service on the
        // agency (the one the register knows); 登记原告上诉 waits for its appeal (ADR 0049).
        LocalDate waitEnds = LitigationDelegates.plaintiffAppealWaitEnds(calendar, service);
        execution.setVariable(PLAINTIFF_APPEAL_LAST_DAY_TEXT, lastDay.toString());
        execution.setVariable(PLAINTIFF_APPEAL_WAIT_UNTIL,
            io.github.ogiworkflow.calendar.OfficeTime.morningOf(waitEnds));
        execution.setVariable(PLAINTIFF_APPEAL_WAIT_UNTIL_TEXT, waitEnds.toString());
      }
    };
  }

  /**
   * A decision or judgment dated before the agency submitted its answer or defence: recorded
   * with this warning, not refused. The reconsideration body need not wait for an answer that
   * was not submitted within its period (ARL 2023 Art. 48: ten days from the copy; Art. 70: an
   * act then counts as without evidence), so the date may be true, the answer late; or it was
   * mistyped. The register keeps the warning; the audit trail and the API answer show it.
   */
  static String decisionWarning(AppealRegister.Appeal appeal, LocalDate decidedOn) {
    LocalDate submittedOn = appeal.submittedOn();
    if (submittedOn == null || !decidedOn.isBefore(submittedOn)) {
      return null;
    }
    boolean reconsideration = appeal.kind() == AppealKind.RECONSIDERATION;
    String answer = reconsideration ? "答复书" : "答辩状";
    return "Decided on " + decidedOn + ", before the agency's " + (reconsideration ? "answer"
        : "defence") + " was submitted on " + submittedOn + ": check the dates; an answer"
        + " submitted after its period need not be awaited (ARL Art. 48, 70; ALL Art. 67)（"
        + (reconsideration ? "复议决定" : "判决或裁定") + "日期" + CaseLetters.chinese(decidedOn)
        + "早于本机关提交" + answer + "的日期" + CaseLetters.chinese(submittedOn) + "：请核对日期；" + answer + "逾期提交的，"
        + (reconsideration ? "复议机关可以不待答复作出决定（《行政复议法》第四十八条、第七十条）"
            : "不影响人民法院审理（《行政诉讼法》第六十七条）") + "）";
  }

  /**
   * 重新办理申请: a correction reopens the request (message ReplyCorrected). A correction of the
   * agency's failure to reply in time (ADR 0081: e.g. ordered to reply) reopens nothing: the
   * request was still running toward its reply, or has been answered since (that reply is not
   * what was corrected); the result is recorded and counted (table 四) all the same, and a date
   * the decision orders the reply by becomes the running request's deadline ({@link
   * OrderedReplyDate}, ADR 0096). Decided from the register, not from a variable.
   */
  @Bean
  JavaDelegate reopenAfterCorrectionDelegate(AppealWindow window, AppealRegister appeals,
      WithdrawnCaseReopening withdrawnCases, ClosedCaseReopening closedCases,
      OrderedReplyDate orderedReplyDate,
      org.springframework.beans.factory.ObjectProvider<ReplyCorrectionFollowUp> followUps) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      var runtime = execution.getProcessEngineServices().getRuntimeService();
      AppealRegister.Appeal appeal = appeals.get(appealId(execution));
      AppealResult.Detail detail = AppealResult.Detail.valueOf(
          Vars.requiredText(execution, APPEAL_RESULT_DETAIL, "具体结果"));
      if (!detail.reopens()) {
        // 变更 / 确认违法 (audit 37a F4): the body or court replaced the act itself, or left it
        // standing; nothing orders a new reply (ARL 2023 Art. 63, 65; ALL Art. 74, 77). The
        // appeal ends, counted as 纠正 in table 四; the request is not reopened.
        appeals.addDecisionNotice(appeal.id(), notReopenedNotice(detail));
        return;
      }
      // A case ended by the applicant's withdrawal (ADR 0085) has no instance left to take the
      // message: the correction sets the withdrawal aside and starts the new round (ADR 0099),
      // whether it corrected the termination or the failure to reply (an order to reply of a
      // withdrawn request is a new reply decision all the same).
      if (withdrawnCases.reopen(execution.getProcessEngineServices(), trackingNumber, appeal,
          Vars.requiredDate(execution, DECIDED_ON, "决定日期"), Vars.text(execution,
              CORRECTED_DUE_ON), reopenReason(execution))) {
        return;
      }
      if (appeal.againstNonReply()) {
        // Ordered to reply by a date: the running request's deadline becomes it (ADR 0096).
        orderedReplyDate.apply(execution.getProcessEngineServices(), appeal);
        return;
      }
      if (!window.isOpen(runtime, trackingNumber)
          && closedCases.reopen(execution.getProcessEngineServices(), trackingNumber, appeal,
              Vars.requiredDate(execution, DECIDED_ON, "决定日期"),
              Vars.text(execution, CORRECTED_DUE_ON), reopenReason(execution))) {
        // Closed for good (终结归档) before the decision came (audit 37a F1): a new round.
        followUps.orderedStream().forEach(
            f -> f.replyCorrected(execution.getProcessEngineServices(), appeal));
        return;
      }
      if (!window.isOpen(runtime, trackingNumber)) {
        throw new AppealConflict("Case " + trackingNumber + " is not waiting in its appeal"
            + " window and cannot be reopened（该申请不在救济期间，无法重新办理）");
      }
      runtime.createMessageCorrelation(ElementIds.MESSAGE_REPLY_CORRECTED)
          .processInstanceBusinessKey(trackingNumber)
          .setVariable(REOPEN_DECIDED_ON, Vars.requiredText(execution, DECIDED_ON, "决定日期"))
          .setVariable(REOPEN_DUE_ON, Vars.text(execution, CORRECTED_DUE_ON))
          .setVariable(REOPEN_REASON, reopenReason(execution))
          .correlate();
      // What rested on the corrected reply: e.g. its items published under Art. 44 (ADR 0118).
      followUps.orderedStream().forEach(f -> f.replyCorrected(execution.getProcessEngineServices(), appeal));
    };
  }

  /** The notice of a correction that reopens nothing (audit 37a F4). */
  static String notReopenedNotice(AppealResult.Detail detail) {
    return "A correction by " + detail + " orders no new reply; the request is not reopened"
        + " (ARL Art. 63, 65; ALL Art. 74, 77)（" + detail.label() + "：无需重新答复，不重新办理该申请"
        + "（《行政复议法》第六十三条、第六十五条，《行政诉讼法》第七十四条、第七十七条））";
  }

  /** The reopening's reason as the new round keeps it: the decision or judgment and its result. */
  private static String reopenReason(DelegateExecution execution) {
    AppealResult.Detail detail = AppealResult.Detail.valueOf(
        Vars.requiredText(execution, APPEAL_RESULT_DETAIL, "具体结果"));
    return execution.getProcessDefinitionId().startsWith("Litigation")
        ? "行政诉讼判决" + detail.label() : "行政复议决定" + detail.label();
  }

  /** Whether a field holds anything visible. */
  private static boolean given(org.camunda.bpm.engine.delegate.DelegateExecution execution,
      String field) {
    Object value = execution.getVariable(field);
    return value != null && !value.toString().isBlank();
  }
}
