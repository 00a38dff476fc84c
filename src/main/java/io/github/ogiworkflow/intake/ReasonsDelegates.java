package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.vocabulary.CompletenessDecision;
import io.github.ogiworkflow.vocabulary.ReasonsDecision;

import io.github.ogiworkflow.process.ActingStaff;
import io.github.ogiworkflow.register.CaseActRegister;
import io.github.ogiworkflow.register.ReasonsRequestRegister;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.deadline.OrderedReplyDates;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.register.ReasonsRequestRegister.ReasonsRequest;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.DecisionRegister.Kind;
import io.github.ogiworkflow.register.DecisionRegister.RecordedDecision;
import java.util.Optional;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Art. 35 (申请公开政府信息的数量、频次明显超过合理范围): the office may ask the applicant for
 * reasons; if none come in time or they are unreasonable, the request is not processed (5.4,
 * 无正当理由大量反复申请); if they are reasonable but the reply cannot be made within Art. 33's
 * time, the office sets a reasonable delay (延迟答复) and tells the applicant. 5.4 is open only
 * after that path, whatever the client sends.
 */
@Configuration(proxyBeanMethods = false)
public class ReasonsDelegates {

  /**
   * The applicant's time to give reasons, in working days. Art. 35 sets none; like the time to
   * correct (handbook 2.3) a local choice of a reasonable period.
   */
  static final int REASONS_WORKING_DAYS = 15;
  /** Upper bound of a delay the form accepts: a guard against typing errors, not a rule of law. */
  static final int MAX_DELAY_WORKING_DAYS = 120;

  static final String EXCESSIVE = "EXCESSIVE";

  /**
   * Leaving 审查申请内容是否明确 (and whenever the outcome rests on the intake decision): 5.4 needs
   * a request for reasons that went unanswered or was rejected, from the register; asking for
   * reasons needs the facts that make the requests excessive (they go into the letter).
   */
  static void checkNotProcessedKind(DelegateExecution execution, CompletenessDecision decision,
      ReasonsRequestRegister reasons) {
    if (decision == CompletenessDecision.NOT_A_REQUEST
        && EXCESSIVE.equals(Vars.text(execution, NOT_A_REQUEST_KIND))
        && !reasons.allowsNotProcessing(execution.getProcessBusinessKey())) {
      throw new InvalidInput(NOT_A_REQUEST_KIND + ": 5.4 needs the applicant to have been asked"
          + " for reasons first (Art. 35)（不予处理的情形：申请数量、频次明显超过合理范围的，应当先要求"
          + "申请人说明理由；申请人逾期未说明理由或者理由不合理的，方可不予处理（条例第三十五条）。"
          + "请选择审查结论“要求申请人说明理由”）");
    }
    if (decision == CompletenessDecision.REASONS_REQUEST) {
      Vars.requiredText(execution, REASONS_REQUEST_BASIS, "申请数量、频次明显超过合理范围的情况");
    }
  }

  /** 发出说明理由通知书: the letter, the register's record, and the applicant's due date. */
  @Bean
  JavaDelegate sendReasonsRequestDelegate(CaseLetters letters, ReasonsRequestRegister reasons,
      WorkingDayCalendar calendar, DeadlineTexts texts, OrderedReplyDates orders) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      String basis = Vars.requiredText(execution, REASONS_REQUEST_BASIS,
          "申请数量、频次明显超过合理范围的情况").strip().replaceAll("[。．.，,；;]+$", "");
      LocalDate today = OfficeTime.today();
      // In a round bound by an ordered date, a period that leaves the reply (or the closing
      // under 5.4) possible by it (ADR 0111); the letter states the days it leaves.
      LocalDate dueOn = orders.applicantPeriodEnd(trackingNumber,
          calendar.addWorkingDays(today, REASONS_WORKING_DAYS), today);
      letters.send(trackingNumber, LetterKind.REASONS_REQUEST, Map.of("basis", basis,
          "dueOn", texts.forLetter(dueOn),
          "workingDays", calendar.workingDaysBetween(today, dueOn)));
      reasons.open(trackingNumber, basis, today, dueOn);
      // Reasons given online answer one request (ADR 0163): none shown before they come.
      execution.removeVariable(REASONS_ONLINE_TEXT);
      execution.setVariable(REASONS_DUE_AT, OfficeTime.endOf(dueOn));
      execution.setVariable(REASONS_DUE_ON_TEXT, texts.forStaff(dueOn));
    };
  }

  /**
   * Leaving 审查申请人说明的理由: the finding, the date the reasons arrived (not in the future, not
   * before they were asked for), the assessment and, for a delay, its length; refused on the
   * form (400) otherwise. Accepted reasons make the request one to search and answer.
   */
  @Bean
  ExecutionListener reasonsDecisionCheck(ReasonsRequestRegister reasons, ReplyDeadline deadline,
      WorkingDayCalendar calendar, DeadlineTexts texts, OrderedReplyDates orders,
      CaseActRegister acts) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      // Locked: reasons arriving online meanwhile are seen here, or refused (ADR 0163).
      ReasonsRequest request = reasons.lockLatest(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No request for reasons in " + trackingNumber));
      ReasonsDecision decision = Vars.choice(execution, REASONS_DECISION, ReasonsDecision.class,
          "审查结论");
      if (decision == ReasonsDecision.NOT_ANSWERED) {
        throw new InvalidInput(REASONS_DECISION + ": silence is recorded when the period ends"
            + "（审查结论：申请人逾期未说明理由的，于期限届满后在“确认逾期未说明理由”中确认）");
      }
      LocalDate receivedOn = reasonsReceivedOn(execution, request);
      String assessment = Vars.requiredText(execution, REASONS_ASSESSMENT, "审查意见");
      Integer delay = null;
      if (decision == ReasonsDecision.ACCEPTED_DELAYED) {
        delay = Vars.number(execution, DELAYED_REPLY_WORKING_DAYS);
        if (delay == null || delay < 1 || delay > MAX_DELAY_WORKING_DAYS) {
          throw new InvalidInput(DELAYED_REPLY_WORKING_DAYS + ": 1 to " + MAX_DELAY_WORKING_DAYS
              + " working days（延迟答复的期限：请填写1至" + MAX_DELAY_WORKING_DAYS + "个工作日）");
        }
      }
      reasons.decide(request.id(), decision, receivedOn, assessment,
          CompletedBy.lastTask(execution, NoReasonsDecision.GIVEN.name().equals(
              Vars.text(execution, NO_REASONS_DECISION))
              ? ElementIds.TASK_ASSESS_ENTERED_REASONS : ElementIds.TASK_ASSESS_REASONS),
          delay, OfficeTime.today());
      // A new assessment asks leadership afresh (audit round 26, F8): no earlier choice shown.
      execution.removeVariable(DELAYED_REPLY_APPROVAL);
      execution.removeVariable(DELAYED_REPLY_APPROVAL_COMMENT);
      if (delay != null) {
        LocalDate newDue = delayedDue(deadline.current(execution), delay, calendar);
        // A reply date a decision ordered binds the delay too (audit round 28, F1).
        orders.requireNotAfterOrdered(trackingNumber, newDue, DELAYED_REPLY_WORKING_DAYS);
        execution.setVariable(DELAYED_REPLY_NEW_DUE_TEXT, texts.forStaff(newDue));
      }
      if (decision != ReasonsDecision.REJECTED) {
        execution.setVariable(COMPLETENESS_DECISION, CompletenessDecision.COMPLETE.name());
      }
      // The assessment, by whom and when, in the register (ADR 0180): the history goes.
      acts.record(trackingNumber, CaseActRegister.Kind.REASONS,
          "审查申请人说明的理由", decision.name(),
          "收到说明理由日期：" + CaseLetters.chinese(receivedOn)
              + (delay == null ? "" : "；延迟答复" + delay + "个工作日") + "；审查意见：" + assessment,
          ActingStaff.AUTOMATIC_STEP);
    };
  }

  /**
   * The day the reasons arrived: not in the future, not before they were asked for, and after
   * the period's last day only with the reason the office accepts them all the same (entered on
   * 确认逾期未说明理由; audit round 26, F1), as a payment after its period is.
   */
  static LocalDate reasonsReceivedOn(DelegateExecution execution, ReasonsRequest request) {
    LocalDate receivedOn = Vars.requiredDate(execution, REASONS_RECEIVED_ON, "收到说明理由日期");
    if (receivedOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput(REASONS_RECEIVED_ON + ": " + receivedOn + " is in the future"
          + "（收到说明理由日期不得晚于今天）");
    }
    if (receivedOn.isBefore(request.requestedOn())) {
      throw new InvalidInput(REASONS_RECEIVED_ON + ": " + receivedOn + " is before the request"
          + " for reasons（收到说明理由日期不得早于说明理由通知书发出日期"
          + CaseLetters.chinese(request.requestedOn()) + "）");
    }
    if (request.onlineReceivedOn() != null && receivedOn.isAfter(request.onlineReceivedOn())) {
      // The reasons the applicant gave online arrived that day (ADR 0163); an earlier day only
      // for reasons that came in writing before.
      throw new InvalidInput(REASONS_RECEIVED_ON + ": " + receivedOn + " is after the reasons"
          + " given online on " + request.onlineReceivedOn() + "（收到说明理由日期不得晚于申请人通过网上"
          + "申请平台说明理由的日期" + CaseLetters.chinese(request.onlineReceivedOn()) + "）");
    }
    if (receivedOn.isAfter(request.dueOn()) && Vars.text(execution, NO_REASONS_COMMENT) == null) {
      throw new InvalidInput(REASONS_RECEIVED_ON + ": " + receivedOn + " is after the period"
          + " ended on " + request.dueOn() + "（收到说明理由日期晚于说明理由期限"
          + CaseLetters.chinese(request.dueOn()) + "；逾期收到的理由仍予审查的，请在确认逾期未说明理由时"
          + "于情况说明中写明理由）");
    }
    return receivedOn;
  }

  /**
   * Leaving 确认逾期未说明理由 (audit round 26, F1): 未说明理由 only once the period in the register
   * has run, so a timer fired early leads to nothing; 已说明理由 with the day the reasons came,
   * checked as on 审查申请人说明的理由. Refused on the form (HTTP 400, nothing written).
   */
  @Bean
  ExecutionListener noReasonsDecisionCheck(ReasonsRequestRegister reasons,
      CaseActRegister acts) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      ReasonsRequest request = reasons.lockLatest(execution.getProcessBusinessKey())
          .orElseThrow(() -> new IllegalStateException("No request for reasons in "
              + execution.getProcessBusinessKey()));
      NoReasonsDecision decision = Vars.choice(execution, NO_REASONS_DECISION,
          NoReasonsDecision.class, "处理决定");
      String detail;
      if (decision == NoReasonsDecision.GIVEN) {
        detail = "收到说明理由日期：" + CaseLetters.chinese(reasonsReceivedOn(execution, request));
      } else {
        requireNoOnlineReasons(request);
        // Hidden on the form unless 已说明理由 (ADR 0079): no date of reasons that never came.
        Vars.dropHidden(execution, REASONS_RECEIVED_ON);
        requireReasonsPeriodPassed(request);
        detail = "说明理由期限" + CaseLetters.chinese(request.dueOn()) + "届满，未收到申请人说明的理由";
      }
      // The finding, by whom and when, in the register (ADR 0184): the history goes.
      String comment = Vars.text(execution, NO_REASONS_COMMENT);
      if (comment != null) {
        detail = detail + "；情况说明：" + comment;
      }
      acts.record(execution.getProcessBusinessKey(), CaseActRegister.Kind.NO_REASONS,
          execution.getCurrentActivityName(), decision.name(), detail,
          ActingStaff.AUTOMATIC_STEP);
    };
  }

  /**
   * On 处理决定: no silence where the register holds reasons the applicant gave online within
   * the period (ADR 0163), whatever the form says.
   */
  static void requireNoOnlineReasons(ReasonsRequest request) {
    if (request.givenOnlineInTime()) {
      throw new InvalidInput(NO_REASONS_DECISION + ": reasons were given online on "
          + request.onlineReceivedOn() + "（申请人已于" + CaseLetters.chinese(request.onlineReceivedOn())
          + "通过网上申请平台说明理由，未逾期，不能按逾期未说明理由不予处理；请选择“申请人已说明理由，登记并审查理由”）");
    }
  }

  /** On 处理决定: 5.4 for silence only after the last day the letter gave (Art. 35). */
  static void requireReasonsPeriodPassed(ReasonsRequest request) {
    if (!request.periodOverAt(OfficeTime.now())) {
      throw new InvalidInput(NO_REASONS_DECISION + ": the period to give reasons ends on "
          + request.dueOn() + "（说明理由期限于" + CaseLetters.chinese(request.dueOn())
          + "届满，目前尚未届满，不能按逾期未说明理由不予处理）");
    }
  }

  /** 确认逾期未说明理由 is due a few working days after the register's last day for reasons. */
  @Bean
  TaskListener reasonsOverdueDueDate(ReasonsRequestRegister reasons,
      WorkingDayCalendar calendar) {
    return task -> reasons.latest(task.getExecution().getProcessBusinessKey()).ifPresent(
        request -> task.setDueDate(DueSoonDates.confirmationDue(calendar,
            OfficeTime.endOf(request.dueOn()))));
  }

  /**
   * Art. 35: the reasonable period counts from the later of the current deadline and today (the
   * assessment), so a letter sent after the deadline never names a past date.
   */
  static LocalDate delayedDue(LocalDate current, int days, WorkingDayCalendar calendar) {
    LocalDate today = OfficeTime.today();
    return calendar.addWorkingDays(current == null || current.isBefore(today) ? today : current,
        days);
  }

  /** 审批延迟答复's choices. */
  static final String APPROVE = "APPROVE";
  static final String SEND_BACK = "SEND_BACK";

  /**
   * Leaving 审批延迟答复 (audit round 26, F8): leadership approves the office's delay of the
   * register's number of days, or sends it back with a comment; recorded in the decision
   * register, which 发出延迟答复告知书 checks. Refused on the form (HTTP 400, nothing written).
   */
  @Bean
  ExecutionListener delayedReplyApprovalCheck(ReasonsRequestRegister reasons,
      DecisionRegister decisions) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      String approval = Vars.requiredText(execution, DELAYED_REPLY_APPROVAL, "审批意见");
      if (!APPROVE.equals(approval) && !SEND_BACK.equals(approval)) {
        throw new InvalidInput(DELAYED_REPLY_APPROVAL + ": " + approval
            + "（审批意见：请选择“同意”或“退回修改”）");
      }
      String comment = Vars.text(execution, DELAYED_REPLY_APPROVAL_COMMENT);
      if (SEND_BACK.equals(approval) && (comment == null || comment.isBlank())) {
        throw new InvalidInput(DELAYED_REPLY_APPROVAL_COMMENT + ": required when sending back"
            + "（退回修改的，请在审批说明中写明需要修改的内容）");
      }
      String trackingNumber = execution.getProcessBusinessKey();
      ReasonsRequest request = reasons.latest(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No request for reasons in " + trackingNumber));
      if (request.decision() != ReasonsDecision.ACCEPTED_DELAYED
          || request.delayWorkingDays() == null) {
        throw new IllegalStateException("No delay was proposed for " + trackingNumber);
      }
      long decision = decisions.record(trackingNumber, Kind.DELAY, approval,
          comment == null || comment.isBlank() ? null : comment.strip(),
          CompletedBy.lastTask(execution, ElementIds.TASK_APPROVE_DELAYED_REPLY));
      if (APPROVE.equals(approval)) {
        reasons.delayApproved(request.id(), decision);
      }
    };
  }

  /**
   * The delay leadership approved: the register's request for reasons links leadership's
   * approval of its delay, a link the office's assessment (the only step that sets the number of
   * days) clears, so the approval is of exactly that number. Otherwise (a modification that
   * starts the notice, an assessment changed after the approval) the notice is refused.
   */
  static void requireApprovedDelay(ReasonsRequest request, DecisionRegister decisions,
      String trackingNumber) {
    Optional<RecordedDecision> approval = Optional.ofNullable(request.delayApprovalId())
        .flatMap(decisions::find)
        .filter(decision -> decision.kind() == Kind.DELAY);
    if (approval.isEmpty() || !APPROVE.equals(approval.get().decision())) {
      // On the reasons field, so that a case still on the earlier model, where the office's own
      // choice sent the notice in the same step, gets a 400 it can read, not a server error.
      throw new InvalidInput("reasonsDecision: the delay of " + trackingNumber + " was not"
          + " approved by leadership（延迟答复未经领导审批同意，不能发出延迟答复告知书）");
    }
  }

  /**
   * 发出延迟答复告知书: after leadership's approval (audit round 26, F8), the reply deadline
   * moves by the working days the office set, and the applicant is told the new date (Art. 35).
   */
  @Bean
  JavaDelegate sendDelayedReplyNoticeDelegate(CaseLetters letters,
      ReasonsRequestRegister reasons, ReplyDeadline deadline, DeadlineTexts texts,
      WorkingDayCalendar calendar, DecisionRegister decisions, OrderedReplyDates orders) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      ReasonsRequest request = reasons.latest(trackingNumber).orElseThrow();
      if (request.decision() != ReasonsDecision.ACCEPTED_DELAYED
          || request.delayWorkingDays() == null) {
        throw new IllegalStateException("No delay was set for " + trackingNumber);
      }
      requireApprovedDelay(request, decisions, trackingNumber);
      LocalDate today = OfficeTime.today();
      LocalDate newDue = delayedDue(deadline.current(execution), request.delayWorkingDays(),
          calendar);
      if (!newDue.isAfter(today)) {
        throw new InvalidInput("delayWorkingDays: the new deadline " + newDue
            + " is not after today（延迟答复的期限应晚于今天）");
      }
      orders.requireNotAfterOrdered(trackingNumber, newDue, DELAYED_REPLY_WORKING_DAYS);
      deadline.move(execution, trackingNumber, newDue);
      reasons.delayedTo(request.id(), newDue);
      letters.send(trackingNumber, LetterKind.DELAYED_REPLY_NOTICE, Map.of(
          "requestedOn", CaseLetters.chinese(request.requestedOn()),
          "reasonsReceivedOn", CaseLetters.chinese(request.answeredOn()),
          "reason", CaseLetters.clause(
              Vars.requiredText(execution, REASONS_ASSESSMENT, "审查意见")),
          "delayWorkingDays", request.delayWorkingDays(),
          "dueOn", texts.forLetter(newDue)));
    };
  }

  /**
   * 不予处理（无正当理由大量反复申请）: reached when the office confirmed that no reasons came
   * (recorded here) or rejected them; the intake decision becomes 5.4's, set by the server.
   * Silence is recorded only once the register's period has run, checked again here, so a timer
   * an administrator fired early, or a modification that starts this step, ends in an incident
   * and not in a letter (audit round 26, F1). Cases on a model without 确认逾期未说明理由 come
   * straight from the timer, which fires at the period's last moment.
   */
  @Bean
  JavaDelegate recordExcessiveDelegate(ReasonsRequestRegister reasons) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      // Locked as the assessment locks it: an online answer in its last moment is not passed by.
      ReasonsRequest request = reasons.lockLatest(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No request for reasons in " + trackingNumber));
      if (request.decision() == null) {
        if (request.givenOnlineInTime()) {
          throw new IllegalStateException("Reasons of " + trackingNumber + " were given online"
              + " on " + request.onlineReceivedOn() + "（申请人已在期限内通过网上申请平台说明理由，不能不予处理）");
        }
        if (Vars.text(execution, NO_REASONS_DECISION) != null
            && Vars.choice(execution, NO_REASONS_DECISION, NoReasonsDecision.class, "处理决定")
                != NoReasonsDecision.NOT_GIVEN) {
          throw new IllegalStateException("Silence of " + trackingNumber + " was not confirmed"
              + "（未确认申请人逾期未说明理由，不能不予处理）");
        }
        if (!request.periodOverAt(OfficeTime.now())) {
          throw new IllegalStateException("The period to give reasons of " + trackingNumber
              + " ends on " + request.dueOn() + "（说明理由期限于" + CaseLetters.chinese(request.dueOn())
              + "届满，目前尚未届满，不能按逾期未说明理由不予处理）");
        }
        reasons.decide(request.id(), ReasonsDecision.NOT_ANSWERED, null,
            "申请人逾期未说明理由", execution.getVariable(NO_REASONS_DECISION) == null ? null
                : CompletedBy.lastTask(execution, ElementIds.TASK_CONFIRM_NO_REASONS), null,
            OfficeTime.today());
      } else if (!request.decision().allowsNotProcessing()) {
        throw new IllegalStateException("Reasons of " + trackingNumber + " were "
            + request.decision() + ", not rejected");
      }
      execution.setVariable(COMPLETENESS_DECISION, CompletenessDecision.NOT_A_REQUEST.name());
      execution.setVariable(NOT_A_REQUEST_KIND, EXCESSIVE);
    };
  }
}
