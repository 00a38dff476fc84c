package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.appeal.AppealRegister.NewAppeal;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the appeal processes (Reconsideration, Litigation, Complaint) and of the appeal
 * window at the end of DisclosureRequest. Steps that check what a user or an event just entered
 * run synchronously and refuse bad input; a state that does not allow the event is an
 * {@link AppealConflict}.
 */
@Configuration
public class AppealDelegates {

  /** The agency's own standard for answering a complaint: there is no statutory limit. */
  static final int COMPLAINT_ANSWER_WORKING_DAYS = 15;
  /** The defence is due 15 days after service (ALL Art. 67); calendar days. */
  static final int DEFENCE_DAYS = 15;
  /** Days before the hearing when legal is reminded to prepare. */
  static final int HEARING_REMINDER_DAYS = 3;

  // ---- DisclosureRequest: the appeal window --------------------------------------------------

  /**
   * 开启救济期限: from the applicant's receipt of the reply (post: the day signed for, when the
   * office entered it; else the delivery date), 6 months (60 days for a refusal).
   */
  /** After 办理与答复: whether a reply went out (是否已送达答复？), from the register. */
  @Bean
  ExecutionListener replyDeliveredListener(AppealWindow window) {
    return execution -> execution.setVariable(REPLY_DELIVERED,
        Variables.untypedValue(window.delivered(execution), true));
  }

  @Bean
  JavaDelegate openAppealWindowDelegate(AppealWindow window, CaseRegister cases) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      LocalDate deliveredOn = Vars.requiredDate(execution, DELIVERED_ON, "送达日期");
      // This step runs in the delivery's asynchronous job, where a refusal would only be an
      // incident: a signed-for date before the delivery or in the future is not used.
      LocalDate receivedOn = Vars.date(execution, REPLY_RECEIVED_ON);
      if (receivedOn != null
          && (receivedOn.isBefore(deliveredOn) || receivedOn.isAfter(OfficeTime.today()))) {
        receivedOn = null;
      }
      // Always written: a reply delivered again after a correction clears the first one's.
      cases.recordReplyReceipt(trackingNumber, receivedOn);
      LocalDate closesOn = window.closesOn(trackingNumber,
          receivedOn == null ? deliveredOn : receivedOn);
      setWindow(execution, closesOn, false);
    };
  }

  /** 核对救济情况: a pending appeal (or a possible suit after reconsideration) keeps it open. */
  @Bean
  JavaDelegate checkAppealWindowDelegate(AppealWindow window) {
    return execution -> {
      Optional<LocalDate> openUntil =
          window.stillOpenUntil(execution.getProcessBusinessKey(), OfficeTime.today());
      if (openUntil.isPresent()) {
        setWindow(execution, openUntil.get(), true);
      } else {
        execution.setVariable(APPEAL_PENDING, false);
      }
    };
  }

  /** 终结归档: no appeal is possible any more. */
  @Bean
  JavaDelegate closeForGoodDelegate(CaseRegister cases) {
    return execution -> cases.markFinal(execution.getProcessBusinessKey(), OfficeTime.today());
  }

  /**
   * 重新办理: a correction (纠正) reopens the request with a new deadline, 20 working days from
   * the decision unless it set one. The same instance keeps the first round's history.
   */
  @Bean
  JavaDelegate reopenRequestDelegate(ReplyDeadline deadline, CaseRegister cases,
      ItemRegister items) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      LocalDate decidedOn = Vars.requiredDate(execution, REOPEN_DECIDED_ON, "决定日期");
      LocalDate dueOn = Optional.ofNullable(Vars.date(execution, REOPEN_DUE_ON))
          .orElseGet(() -> deadline.dueFrom(decidedOn));
      cases.restartClock(trackingNumber, decidedOn, dueOn);
      items.supersedeItems(trackingNumber, OfficeTime.today());
      Map<String, Object> variables = new HashMap<>(deadline.variablesFor(dueOn));
      // The new round handles the request as a complete one and decides everything anew.
      variables.put(COMPLETENESS_DECISION, "COMPLETE");
      for (String flag : new String[] {SUPPLEMENT_STILL_UNCLEAR, THIRD_PARTY_OBJECTED,
          OVERRIDE_PROPOSED, CHARGE_FEE, EXTENSION_USED, EXTENSION_REQUESTED}) {
        variables.put(flag, false);
      }
      for (String cleared : new String[] {OVERRIDE_APPROVAL, REPLY_APPROVAL, DELIVERED_ON,
          DELIVERED_BY}) {
        variables.put(cleared, null);
      }
      execution.setVariables(variables);
    };
  }

  // ---- Reconsideration (行政复议答复) ----------------------------------------------------------

  /** 登记行政复议: the answer is due 5 or 10 working days after the copy arrived. */
  @Bean
  JavaDelegate registerReconsiderationDelegate(AppealWindow window, AppealRegister appeals,
      WorkingDayCalendar calendar) {
    return execution -> {
      String trackingNumber = trackingNumber(execution);
      window.checkReconsiderationMayStart(trackingNumber);
      ReconsiderationProcedure procedure = Vars.choice(execution, PROCEDURE,
          ReconsiderationProcedure.class, "复议程序");
      LocalDate filedOn = AppealWindow.notInFuture(
          Vars.requiredDate(execution, FILED_ON, "申请复议日期"), FILED_ON, "申请复议日期");
      LocalDate servedOn = servedOn(execution, filedOn);
      LocalDate dueOn = calendar.addWorkingDays(servedOn, procedure.answerWorkingDays());
      long id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
          AppealKind.RECONSIDERATION, 1, false,
          Vars.requiredText(execution, DOCKET_NO, "案号"),
          Vars.requiredText(execution, APPEAL_BODY, "复议机关"), procedure.name(), filedOn,
          servedOn, dueOn));
      Map<String, Object> variables = answerDue(id, dueOn);
      // Late: recorded all the same, with the warning (ARL Art. 20: the body decides).
      variables.put(FILING_WARNING_NOTE,
          recordWarning(appeals, id, window.reconsiderationWarning(trackingNumber, filedOn)));
      variables.put(DECISION_REMINDER_AT,
          OfficeTime.morningOf(filedOn.plusDays(procedure.decisionCalendarDays())));
      execution.setVariables(variables);
    };
  }

  /** 记录提交答复: the approved answer and its evidence as submitted. */
  @Bean
  JavaDelegate recordSubmissionDelegate(AppealRegister appeals, Letters letters) {
    return execution -> recordSubmission(execution, appeals, letters);
  }

  /** 登记复议决定 / 登记判决结果: the result; 上诉 is possible after a first-instance judgment. */
  @Bean
  JavaDelegate recordAppealDecisionDelegate(AppealRegister appeals) {
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
      }
      LocalDate decidedOn = AppealWindow.notInFuture(
          Vars.requiredDate(execution, DECIDED_ON, "决定或判决日期"), DECIDED_ON, "决定或判决日期");
      if (decidedOn.isBefore(appeal.servedOn())) {
        throw new InvalidInput(DECIDED_ON + " lies before the appeal was served（决定或判决日期"
            + "不能早于收到日期）");
      }
      LocalDate correctedDueOn = Vars.date(execution, CORRECTED_DUE_ON);
      if (correctedDueOn != null && (result != AppealResult.CORRECTED
          || !correctedDueOn.isAfter(decidedOn))) {
        throw new InvalidInput(CORRECTED_DUE_ON + " must follow the decision and fits only a"
            + " correction（重新答复期限只适用于纠正，且须晚于决定日期）");
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
        Vars.requiredText(execution, APPEAL_BODY, "二审法院");
      }
      appeals.recordResult(id, result.name(), detail, decidedOn, appealedBy);
      execution.setVariable(APPEALED_TO_HIGHER_COURT, appealed);
    };
  }

  /** 重新办理申请: a correction reopens the request (message ReplyCorrected). */
  @Bean
  JavaDelegate reopenAfterCorrectionDelegate(AppealWindow window) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      var runtime = execution.getProcessEngineServices().getRuntimeService();
      if (!window.isOpen(runtime, trackingNumber)) {
        throw new AppealConflict("Case " + trackingNumber + " is not waiting in its appeal"
            + " window and cannot be reopened（该申请不在救济期间，无法重新办理）");
      }
      AppealResult.Detail detail = AppealResult.Detail.valueOf(
          Vars.requiredText(execution, APPEAL_RESULT_DETAIL, "具体结果"));
      runtime.createMessageCorrelation(ElementIds.MESSAGE_REPLY_CORRECTED)
          .processInstanceBusinessKey(trackingNumber)
          .setVariable(REOPEN_DECIDED_ON, Vars.requiredText(execution, DECIDED_ON, "决定日期"))
          .setVariable(REOPEN_DUE_ON, Vars.text(execution, CORRECTED_DUE_ON))
          .setVariable(REOPEN_REASON, execution.getProcessDefinitionId().startsWith("Litigation")
              ? "行政诉讼判决" + detail.label() : "行政复议决定" + detail.label())
          .correlate();
    };
  }

  // ---- Litigation (行政诉讼应诉) --------------------------------------------------------------

  /** 登记行政诉讼: the defence is due 15 days after service. */
  @Bean
  JavaDelegate registerLawsuitDelegate(AppealWindow window, AppealRegister appeals) {
    return execution -> {
      String trackingNumber = trackingNumber(execution);
      boolean afterReconsideration = Vars.flag(execution, AFTER_RECONSIDERATION);
      CaseRegister.CaseRecord record =
          window.checkLawsuitMayStart(trackingNumber, afterReconsideration);
      LocalDate servedOn = servedOn(execution, null);
      LocalDate dueOn = servedOn.plusDays(DEFENCE_DAYS);
      LocalDate filedOn =
          AppealWindow.notInFuture(Vars.date(execution, FILED_ON), FILED_ON, "起诉日期");
      long id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
          AppealKind.LITIGATION, 1, afterReconsideration,
          Vars.requiredText(execution, DOCKET_NO, "案号"),
          Vars.requiredText(execution, APPEAL_BODY, "受理法院"), null, filedOn, servedOn, dueOn));
      Map<String, Object> variables = answerDue(id, dueOn);
      // Late or direct against a refusal: recorded all the same; the court decides.
      variables.put(FILING_WARNING_NOTE, recordWarning(appeals, id, window.lawsuitWarning(
          record, afterReconsideration, filedOn == null ? servedOn : filedOn)));
      variables.put(INSTANCE_NO, 1);
      variables.put(AFTER_RECONSIDERATION, afterReconsideration);
      variables.put(APPEALED_TO_HIGHER_COURT, false);
      execution.setVariables(variables);
    };
  }

  /** 记录答辩及开庭日期: the hearing date sets the reminder. */
  @Bean
  JavaDelegate recordDefenceSubmissionDelegate(AppealRegister appeals, Letters letters) {
    return execution -> {
      LocalDate submittedOn = recordSubmission(execution, appeals, letters);
      LocalDate hearingOn = Vars.requiredDate(execution, HEARING_ON, "开庭日期");
      if (hearingOn.isBefore(submittedOn)) {
        throw new InvalidInput(HEARING_ON + " lies before the submission（开庭日期不能早于提交日期）");
      }
      appeals.recordHearing(appealId(execution), hearingOn);
      java.util.Date remindAt = OfficeTime.morningOf(hearingOn.minusDays(HEARING_REMINDER_DAYS));
      execution.setVariable(HEARING_REMINDER_AT,
          remindAt.toInstant().isBefore(OfficeTime.now()) ? java.util.Date.from(OfficeTime.now())
              : remindAt);
    };
  }

  /** 进入二审: the suit goes on at the higher court, with a new brief due in 15 days. */
  @Bean
  JavaDelegate startSecondInstanceDelegate(AppealRegister appeals) {
    return execution -> {
      LocalDate servedOn = OfficeTime.today();
      LocalDate dueOn = servedOn.plusDays(DEFENCE_DAYS);
      long id = appeals.insertSecondInstance(appealId(execution),
          execution.getProcessInstanceId(), Vars.text(execution, DOCKET_NO),
          Vars.requiredText(execution, APPEAL_BODY, "二审法院"), servedOn, dueOn);
      Map<String, Object> variables = answerDue(id, dueOn);
      variables.put(INSTANCE_NO, 2);
      variables.put(APPEALED_TO_HIGHER_COURT, false);
      variables.put(ANSWER_APPROVAL, null);
      variables.put(APPEAL_RESULT, null);
      variables.put(APPEAL_RESULT_DETAIL, null);
      execution.setVariables(variables);
    };
  }

  // ---- Complaint (申诉、举报) -------------------------------------------------------------------

  /** 登记申诉举报. */
  @Bean
  JavaDelegate registerComplaintDelegate(AppealWindow window, AppealRegister appeals,
      WorkingDayCalendar calendar) {
    return execution -> {
      String trackingNumber = trackingNumber(execution);
      window.requireCase(trackingNumber);
      ComplaintKind kind = Vars.choice(execution, COMPLAINT_KIND, ComplaintKind.class, "类别");
      Vars.requiredText(execution, COMPLAINT_TEXT, "申诉举报内容");
      LocalDate servedOn = servedOn(execution, null);
      LocalDate dueOn = calendar.addWorkingDays(servedOn, COMPLAINT_ANSWER_WORKING_DAYS);
      long id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
          AppealKind.COMPLAINT, 1, false, Vars.text(execution, DOCKET_NO),
          Vars.requiredText(execution, APPEAL_BODY, "转办机关"), kind.name(), null, servedOn,
          dueOn));
      execution.setVariables(answerDue(id, dueOn));
    };
  }

  /** 记录申诉举报答复: the approved answer is sent; the complaint is answered. */
  @Bean
  JavaDelegate recordComplaintAnswerDelegate(AppealRegister appeals, Letters letters) {
    return execution -> {
      long id = appealId(execution);
      appeals.recordAnswer(id, Vars.requiredText(execution, ANSWER_TEXT, "答复内容"),
          Vars.text(execution, EVIDENCE_LIST));
      issueAnswer(appeals.get(id), Vars.requiredText(execution, ANSWER_TEXT, "答复内容"),
          Vars.text(execution, EVIDENCE_LIST), letters);
      appeals.recordSubmission(id, OfficeTime.today());
      appeals.recordResult(id, "ANSWERED", null, OfficeTime.today(), null);
    };
  }

  // ---- shared ----------------------------------------------------------------------------------

  /** Leadership's approval of an answer or defence: who approved, for the record. */
  @Bean
  TaskListener recordAnswerApprovalListener(AppealRegister appeals) {
    return task -> {
      String approval = Vars.requiredText(task, ANSWER_APPROVAL, "审批意见");
      if ("SEND_BACK".equals(approval)) {
        Vars.requiredText(task, ANSWER_APPROVAL_COMMENT, "退回修改意见");
        return;
      }
      var identity = task.getProcessEngineServices().getIdentityService();
      String user = identity.getCurrentAuthentication() != null
          ? identity.getCurrentAuthentication().getUserId() : task.getAssignee();
      appeals.recordApproval(appealId(task.getExecution()), user);
    };
  }

  private static LocalDate recordSubmission(DelegateExecution execution, AppealRegister appeals,
      Letters letters) {
    long id = appealId(execution);
    LocalDate submittedOn = AppealWindow.notInFuture(
        Vars.requiredDate(execution, SUBMITTED_ON, "提交日期"), SUBMITTED_ON, "提交日期");
    String answer = Vars.requiredText(execution, ANSWER_TEXT, "答复书或答辩状");
    appeals.recordAnswer(id, answer, Vars.text(execution, EVIDENCE_LIST));
    appeals.recordSubmission(id, submittedOn);
    issueAnswer(appeals.get(id), answer, Vars.text(execution, EVIDENCE_LIST), letters);
    return submittedOn;
  }

  /**
   * The approved answer as an issued document (issue 15): 行政复议答复书 to the reconsideration
   * body, 答辩状 to the court, the answer of a complaint to the body that passed it on; the
   * evidence list follows the text.
   */
  private static void issueAnswer(AppealRegister.Appeal appeal, String answer, String evidence,
      Letters letters) {
    LetterKind kind = switch (appeal.kind()) {
      case RECONSIDERATION -> LetterKind.RECONSIDERATION_ANSWER;
      case LITIGATION -> LetterKind.LITIGATION_DEFENCE;
      case COMPLAINT -> LetterKind.COMPLAINT_ANSWER;
    };
    String body = evidence == null || evidence.isBlank() ? answer
        : answer.strip() + "\n附：证据及依据清单\n" + evidence.strip();
    letters.keep(appeal.trackingNumber(), kind, body, appeal.bodyOrCourt());
  }

  /** The tracking number becomes the business key, so the case's tasks show together. */
  private static String trackingNumber(DelegateExecution execution) {
    String trackingNumber = Vars.requiredText(execution, TRACKING_NUMBER, "受理编号");
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(trackingNumber);
    }
    return trackingNumber;
  }

  private static LocalDate servedOn(DelegateExecution execution, LocalDate notBefore) {
    LocalDate servedOn = Optional.ofNullable(Vars.date(execution, SERVED_ON))
        .orElse(OfficeTime.today());
    AppealWindow.notInFuture(servedOn, SERVED_ON, "收到日期");
    if (notBefore != null && servedOn.isBefore(notBefore)) {
      throw new InvalidInput(SERVED_ON + " lies before " + FILED_ON + "（收到日期不能早于申请日期）");
    }
    execution.setVariable(SERVED_ON, servedOn.toString());
    return servedOn;
  }

  /** Keeps the warning with the appeal in the register; the variable shows it in the trail. */
  private static String recordWarning(AppealRegister appeals, long id, String warning) {
    if (warning != null) {
      appeals.recordFilingWarning(id, warning);
    }
    return warning;
  }

  private static long appealId(DelegateExecution execution) {
    return ((Number) execution.getVariable(APPEAL_ID)).longValue();
  }

  private static Map<String, Object> answerDue(long id, LocalDate dueOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(APPEAL_ID, id);
    variables.put(ANSWER_DUE_DATE, OfficeTime.endOf(dueOn));
    variables.put(ANSWER_DUE_DATE_TEXT, dueOn.toString());
    return variables;
  }

  private static void setWindow(DelegateExecution execution, LocalDate closesOn,
      boolean pending) {
    execution.setVariable(APPEAL_WINDOW_CLOSES_AT, OfficeTime.after(closesOn));
    execution.setVariable(APPEAL_WINDOW_CLOSES_ON_TEXT, closesOn.toString());
    execution.setVariable(APPEAL_PENDING, pending);
  }
}
