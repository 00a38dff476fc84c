package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.register.ReasonsRequestRegister;

import io.github.ogiworkflow.process.ActingStaff;
import io.github.ogiworkflow.process.InvalidInput;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.deadline.NewDeadlines;
import io.github.ogiworkflow.deadline.OrderedReplyDates;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ModelVersions;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseActRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.vocabulary.CompletenessDecision;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the correction path (补正, handbook 2.3): one small bean per model step. */
@Configuration(proxyBeanMethods = false)
public class CorrectionDelegates {

  /** The Camunda Form of 审查申请内容是否明确. */
  static final String COMPLETENESS_FORM = "completeness-check";
  /** The form's limit for 获取途径 (5.3), as for an item's 公开途径. */
  static final int MAX_PUBLICATION_SOURCE = 500;

  /** Priority that puts a reminded task at the top of Tasklist (default is 50). */
  static final int REMINDED_PRIORITY = 80;

  /**
   * Leaving 审查申请内容是否明确 (an end listener of the task, so the check sits on the step the
   * diagram shows): the gateway's default would read a missing or unknown decision as
   * "complete", so one the form does not offer is refused (HTTP 400, nothing written). A
   * cancelled task (the case withdrawn or closed around it) is not checked.
   */
  @Bean
  ExecutionListener completenessDecisionCheck(ReasonsRequestRegister reasons,
      CaseRegister register, Letters letters, AppealRegister appeals,
      PublishedYearGuard publishedYears, CaseActRegister acts, OfficeQueryCodes queryCodes) {
    return execution -> {
      if (!execution.isCanceled()) {
        CompletenessDecision decision = Vars.choice(execution, COMPLETENESS_DECISION,
            CompletenessDecision.class, "审查结论");
        NotARequestKind kind = decision == CompletenessDecision.NOT_A_REQUEST
            ? Vars.choice(execution, NOT_A_REQUEST_KIND, NotARequestKind.class, "不予处理的情形")
            : null;
        if (kind == NotARequestKind.REPEAT
            && !ModelVersions.formLacks(execution, COMPLETENESS_FORM, EARLIER_REQUEST)) {
          // 5.2: Art. 36(六) covers only the same applicant's request already answered; the
          // register decides (RepeatRequests). Cases on forms without the field keep the rule
          // they started with (ADR 0028).
          execution.setVariable(EARLIER_REQUEST, RepeatRequests.check(register,
              execution.getProcessBusinessKey(), Vars.text(execution, EARLIER_REQUEST)));
        }
        if (kind == NotARequestKind.CONFIRMATION
            && !ModelVersions.formLacks(execution, COMPLETENESS_FORM, CONFIRMATION_BASIS)) {
          // 5.5: the reply states which fact it rests on (Art. 36: reasons, not a choice of
          // two); an earlier answer is named as for 5.2, from the register (ADR 0064).
          ConfirmationBasis basis = Vars.choice(execution, CONFIRMATION_BASIS,
              ConfirmationBasis.class, "已获取信息的情形");
          execution.setVariable(EARLIER_REQUEST, basis == ConfirmationBasis.ANSWERED
              ? RepeatRequests.check(register, execution.getProcessBusinessKey(),
                  Vars.text(execution, EARLIER_REQUEST))
              : null);
        }
        if (kind == NotARequestKind.PUBLICATION
            && !ModelVersions.formLacks(execution, COMPLETENESS_FORM, PUBLICATION_SOURCE)) {
          // 5.3: the reply tells the applicant how to obtain the publication (Art. 39(2));
          // a case whose deployed form has no such field keeps the earlier rule (ADR 0028).
          if (Vars.requiredText(execution, PUBLICATION_SOURCE, "获取途径").length()
              > MAX_PUBLICATION_SOURCE) {
            throw new InvalidInput(PUBLICATION_SOURCE + " is at most " + MAX_PUBLICATION_SOURCE
                + " characters（获取途径不超过" + MAX_PUBLICATION_SOURCE + "字）");
          }
        }
        if (decision == CompletenessDecision.VOID) {
          // 登记错误，报请作废 (ADR 0119): checked from the register before leadership sees it.
          VoidDelegates.checkProposal(execution, register, letters, appeals, publishedYears,
              queryCodes);
        }
        // Art. 35: 5.4 only after the applicant was asked for reasons (issue 14, point 6).
        ReasonsDelegates.checkNotProcessedKind(execution, decision, reasons);
        dropFieldsTheDecisionHides(execution, decision, kind);
        if (decision == CompletenessDecision.CORRECTION) {
          // In full in the register only: the variable is stored masked (audit 30b F4), and the
          // notice is issued asynchronously, from the stored variables. The form requires the
          // points for this decision only; the async step cannot refuse to the user, so an API
          // call without them is refused here (audit 32b, F3; ADR 0132).
          register.recordCorrectionPoints(execution.getProcessBusinessKey(),
              Vars.requiredText(execution, CORRECTION_POINTS, "补正告知内容"));
        }
        // The conclusion, by whom and when, in the register (ADR 0174): the history goes.
        acts.record(execution.getProcessBusinessKey(), CaseActRegister.Kind.COMPLETENESS,
            execution.getCurrentActivityName(), decision.name(),
            kind == null ? null : kind.name(), ActingStaff.AUTOMATIC_STEP);
      }
    };
  }

  /**
   * The completeness form shows each reason only for the decision that uses it (its
   * {@code conditional.hide}); a value the decision hides is dropped, so a 申请内容明确 record
   * does not also say 信访 or 已获取信息 in the audit trail, and no later step or form reads it
   * (audit 24, F5; ADR 0079). Called after the checks, so what remains is what was checked.
   */
  static void dropFieldsTheDecisionHides(DelegateExecution execution,
      CompletenessDecision decision, NotARequestKind kind) {
    if (decision != CompletenessDecision.CORRECTION) {
      Vars.dropHidden(execution, CORRECTION_POINTS);
    }
    if (decision != CompletenessDecision.REASONS_REQUEST) {
      Vars.dropHidden(execution, REASONS_REQUEST_BASIS);
    }
    if (decision != CompletenessDecision.VOID) {
      // Also what a refused proposal left from the round before (ADR 0119).
      Vars.dropHidden(execution, VOID_REASON);
      Vars.dropHidden(execution, VOID_DUPLICATE_OF);
      Vars.dropHidden(execution, VOID_NOTHING_ISSUED);
      Vars.dropHidden(execution, VOID_PROPOSED_BY);
      Vars.dropHidden(execution, VOID_APPROVAL);
      Vars.dropHidden(execution, VOID_APPROVAL_COMMENT);
    }
    if (kind == null) {
      Vars.dropHidden(execution, NOT_A_REQUEST_KIND);
    }
    if (kind != NotARequestKind.CONFIRMATION) {
      Vars.dropHidden(execution, CONFIRMATION_BASIS);
    }
    if (kind != NotARequestKind.PUBLICATION) {
      Vars.dropHidden(execution, PUBLICATION_SOURCE);
    }
    boolean answered = kind == NotARequestKind.CONFIRMATION
        && ConfirmationBasis.ANSWERED.name().equals(Vars.text(execution, CONFIRMATION_BASIS));
    if (kind != NotARequestKind.REPEAT && !answered) {
      Vars.dropHidden(execution, EARLIER_REQUEST);
    }
  }

  /** The correction notice's sentence on the reply period, issued in time (Art. 30). */
  static final String RESTARTED_REPLY_PERIOD = "答复期限自本机关收到补正后的申请之日起计算。";
  /**
   * Issued after the 7 working days: the period is not restarted (ADR 0036) and keeps running
   * from the receipt, so it may end before the correction deadline, which stays the reasonable
   * period Art. 30 gives the applicant. The letter says so and promises no reply "within the
   * statutory period" it may no longer be able to keep (ADR 0064).
   */
  static final String LATE_NOTICE_REPLY_PERIOD = "本告知系在收到申请之日起7个工作日后作出，"
      + "答复期限不因补正而重新计算，仍自本机关收到申请之日起计算；本机关将在收到补正后的申请后"
      + "及时作出答复。";

  /**
   * In a round bound by a reply date a decision or judgment ordered (ADR 0101, 0108): the Art. 30
   * restart counts the agency's own period and never moves the deadline past that date, whether
   * the notice went out in time or late; the applicant is told the date, not a restart.
   */
  static String orderedReplyPeriod(OrderedReplyDates.Order order) {
    return "根据" + order.decision() + "，本机关应于" + CaseLetters.chinese(order.dueOn())
        + "前作出答复；答复期限不因补正而延至该日期之后，本机关将在收到补正后的申请后及时作出答复。";
  }

  /**
   * The correction notice's (and 延长补正期限告知书's) sentence on the reply period: the ordered
   * date in a bound round (the variable 发出补正告知书 set from the register), else by whether
   * the notice went out in time.
   */
  static String replyPeriod(DelegateExecution execution, OrderedReplyDates orders) {
    if (Vars.text(execution, CORRECTION_ORDERED_DUE_TEXT) != null) {
      var order = orders.order(execution.getProcessBusinessKey());
      if (order.isPresent()) {
        return orderedReplyPeriod(order.get());
      }
    }
    return Boolean.TRUE.equals(execution.getVariable(CORRECTION_NOTICE_LATE))
        ? LATE_NOTICE_REPLY_PERIOD : RESTARTED_REPLY_PERIOD;
  }

  /** 发出补正告知书: one notice listing every point, and the applicant's deadline. */
  @Bean
  JavaDelegate issueCorrectionNoticeDelegate(CaseLetters letters, CaseRegister register,
      WorkingDayCalendar calendar, DeadlineProperties limits, ReplyDeadline replyDeadline,
      Letters sent, OrderedReplyDates orders) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      // Art. 30, 一次性告知: one notice lists every point. A second one (a process-instance
      // modification that starts this step again) would be a letter the law does not allow and
      // would restart the register's clock (audit round 26, F7): refused, from the register.
      LocalDate earlier = sent.latestIssuedOn(trackingNumber, LetterKind.CORRECTION_NOTICE);
      if (earlier != null) {
        throw new IllegalStateException("A correction notice of " + trackingNumber
            + " was issued on " + earlier + "（本案已于" + CaseLetters.chinese(earlier)
            + "发出补正申请告知书；补正应当一次性告知（条例第三十条），不得再次发出）");
      }
      // As entered, from the register (the variable is masked, audit 30b F4); a case that
      // left its check before V81 has only the variable.
      String points = register.correctionPoints(trackingNumber)
          .orElseGet(() -> Vars.requiredText(execution, CORRECTION_POINTS, "补正告知内容"));
      // In a round bound by an ordered date, a period that leaves the reply possible by it
      // (ADR 0111); the letter names the date.
      LocalDate deadline = orders.applicantPeriodEnd(trackingNumber, calendar.addWorkingDays(
          OfficeTime.today(), limits.correctionWorkingDays()), OfficeTime.today());
      // Art. 30: the period runs from the corrected application only when the notice went out
      // within 7 working days of receipt; a later notice leaves the reply deadline where it is.
      boolean late = OfficeTime.today().isAfter(correctionNoticeDue(execution, calendar, limits));
      // The forms' hints and the later letters follow the round's order as it stands now.
      var order = orders.order(trackingNumber);
      order.ifPresent(o -> execution.setVariable(CORRECTION_ORDERED_DUE_TEXT,
          o.dueOn().toString()));
      letters.send(trackingNumber, LetterKind.CORRECTION_NOTICE, Map.of(
          "correctionPoints", points, "correctionDeadline", CaseLetters.chinese(deadline),
          "replyPeriod", order.map(CorrectionDelegates::orderedReplyPeriod)
              .orElse(late ? LATE_NOTICE_REPLY_PERIOD : RESTARTED_REPLY_PERIOD)));
      register.setStatus(trackingNumber, CaseRegister.Status.AWAITING_CORRECTION);
      // In a bound round the reply period the correction restarts is capped at the ordered date
      // (ADR 0108), and that date is the round's deadline while the correction is awaited: the
      // views show it, not 补正后重新计算 (ADR 0111). A late notice leaves the running date.
      if (order.isPresent() && !late && !order.get().dueOn().equals(replyDeadline.current(execution))) {
        replyDeadline.move(execution, trackingNumber, order.get().dueOn());
      }
      // Kept in the register, from which 视为放弃 is checked (ADR 0071); the variable is the
      // timer's input and the forms' date.
      register.setCorrectionDue(trackingNumber, deadline);
      execution.setVariable(CORRECTION_DEADLINE, OfficeTime.endOf(deadline));
      execution.setVariable(CORRECTION_NOTICE_LATE, late);
      if (late) {
        register.markCorrectionNoticeLate(trackingNumber);
      }
      // Tasklist's 答复期限 column says what the register now says: 补正后重新计算 while the
      // clock waits for the correction, the unchanged date after a late notice.
      replyDeadline.refreshStaffText(execution);
    };
  }

  /**
   * 审查网上补正材料 is created when the applicant's correction arrives online. While the reply
   * clock waits for it (an on-time notice, Art. 30) the reply date from the original receipt no
   * longer counts, so the step is due on the reply deadline the correction starts (its arrival +
   * 20 working days, as 重新计算答复期限 will set it), not on the old date that would list it under
   * 即将到期 / 已超期. After a late notice the clock ran on and the model's due date, the reply
   * deadline, stands (ADR 0036).
   *
   * <p>The correction's text is kept whole in the register here, in the command that takes the
   * correction, where the value is still whole: the engine stores it masked (ADR 0129), and the
   * office reads it in full on the applicant page.
   */
  @Bean
  TaskListener onlineSupplementDueDate(CaseRegister register, ReplyDeadline deadline,
      OrderedReplyDates orders) {
    return task -> {
      String trackingNumber = task.getExecution().getProcessBusinessKey();
      String text = Vars.text(task, SUPPLEMENT_TEXT);
      if (text != null) {
        register.recordSupplementText(trackingNumber, text);
      }
      // A notice in time restarts the period (Art. 30), also in a bound round, where the
      // ordered date caps it (the clock does not wait there, ADR 0111).
      boolean restarts = register.find(trackingNumber).map(c -> CorrectionWait.clockWaits(
          c.status(), register.correctionNoticeLate(trackingNumber), null)).orElse(false);
      if (restarts) {
        LocalDate arrivedOn = Vars.requiredDate(task, SUPPLEMENT_RECEIVED_ON, "收到补正材料日期");
        LocalDate restarted = deadline.dueFrom(arrivedOn);
        // Not past a date a decision ordered, as 重新计算答复期限 will set it (ADR 0108).
        task.setDueDate(OfficeTime.endOf(orders.notAfterOrdered(trackingNumber, restarted)));
      }
    };
  }

  /**
   * The correction notice is due within 7 working days of receipt: when the reminder fires,
   * the completeness check moves to the top of the office's list with that date as its due date
   * (the model has it as the due date already; cases on earlier models had the reply deadline).
   */
  @Bean
  JavaDelegate remindCorrectionNoticeDelegate(WorkingDayCalendar calendar,
      DeadlineProperties limits) {
    return execution -> {
      LocalDate noticeDue = correctionNoticeDue(execution, calendar, limits);
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      for (Task task : tasks.createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(ElementIds.TASK_CHECK_COMPLETENESS).list()) {
        task.setPriority(REMINDED_PRIORITY);
        task.setDueDate(OfficeTime.endOf(noticeDue));
        task.setFollowUpDate(DueSoonDates.followUpFor(calendar, noticeDue)); // 即将到期 follows
        tasks.saveTask(task);
      }
    };
  }

  /**
   * 审查申请内容是否明确 is created: a case registered late (receipt more than 5 working days
   * back) has its reminder due already. A timer due now would fire at once and change the
   * case's executions under the office's first completion (409 "changed by someone else"),
   * so the reminder is given here, in the registration's transaction, exactly as the timer's
   * step would give it, and the timer is dropped. A reminder still ahead keeps its timer.
   */
  @Bean
  TaskListener correctionNoticeReminderAtRegistration(WorkingDayCalendar calendar,
      DeadlineProperties limits) {
    return task -> {
      // The completeness form's warning (Art. 30): the last day for the correction notice, as
      // ISO text the form compares with today; from the receipt date as it stands now.
      task.getExecution().getProcessInstance().setVariable(CORRECTION_NOTICE_DUE_ON,
          correctionNoticeDue(task.getExecution(), calendar, limits).toString());
      Date remindAt = (Date) task.getVariable(CORRECTION_NOTICE_REMIND_AT);
      if (remindAt == null || remindAt.toInstant().isAfter(OfficeTime.now())) {
        return;
      }
      task.setPriority(REMINDED_PRIORITY);
      LocalDate noticeDue = correctionNoticeDue(task.getExecution(), calendar, limits);
      task.setDueDate(OfficeTime.endOf(noticeDue));
      task.setFollowUpDate(DueSoonDates.followUpFor(calendar, noticeDue)); // 即将到期 follows
      // In the case's history, next to the registration: the reminder was given, and when.
      task.getExecution().getProcessInstance()
          .setVariable(CORRECTION_NOTICE_REMINDED_AT_REGISTRATION, true);
      // The timer was created with the task's scope in this transaction and is not flushed
      // yet, so a job query cannot see it: it is reached through the task's execution.
      ExecutionEntity scope = (ExecutionEntity) task.getExecution();
      for (JobEntity job : List.copyOf(scope.getJobs())) {
        if (job instanceof TimerEntity && ElementIds.TIMER_CORRECTION_NOTICE_DUE.equals(
            job.getActivityId())) {
          job.delete();
        }
      }
    };
  }

  /**
   * The last day for the correction notice (Art. 30): 7 working days from the receipt, or, in a
   * round a correction reopened at the completeness check, from the decision the round's period
   * runs from (ADR 0120). Only such a round reaches the check with {@code reopenDecidedOn} set.
   */
  private static LocalDate correctionNoticeDue(DelegateExecution execution,
      WorkingDayCalendar calendar, DeadlineProperties limits) {
    LocalDate receivedOn = Vars.requiredDate(execution, RECEIVED_ON, "收到申请日期");
    LocalDate reopenedOn = Vars.date(execution, REOPEN_DECIDED_ON);
    return ReplyDeadline.correctionNoticeDue(calendar, limits,
        reopenedOn != null && reopenedOn.isAfter(receivedOn) ? reopenedOn : receivedOn);
  }

  /**
   * 重新计算答复期限: the reply clock runs again from the day the correction arrived, which can be
   * neither in the future nor before the correction notice went out (issue 14, point 11), not
   * past a date a decision or judgment ordered for the round.
   */
  @Bean
  JavaDelegate restartReplyClockDelegate(CaseRegister register, ReplyDeadline deadline,
      Letters letters, WorkingDayCalendar calendar, DeadlineProperties limits,
      OrderedReplyDates orders) {
    return execution -> {
      // The clock restarts once, from the case waiting for its one correction (Art. 30); a
      // modification that starts this step on a corrected case is refused (audit round 26, F7).
      String status = register.get(execution.getProcessBusinessKey()).status();
      if (!CaseRegister.Status.AWAITING_CORRECTION.name().equals(status)) {
        throw new IllegalStateException("The reply clock of " + execution.getProcessBusinessKey()
            + " is not waiting for a correction (" + status + ")（本案不在等待补正状态，"
            + "答复期限已重新计算或无需重新计算，不得再次重新计算）");
      }
      // Checked again on 已收到补正: the variables may have been rewritten since the task.
      LocalDate receivedOn = Vars.optionalChoice(execution, NO_CORRECTION_DECISION,
          NoCorrectionDecision.class, "处理决定") == NoCorrectionDecision.RECEIVED
          ? confirmedSupplement(execution, register, letters, calendar, limits)
          : supplementDate(execution, letters);
      if (Boolean.TRUE.equals(execution.getVariable(CORRECTION_NOTICE_LATE))) {
        // Art. 30: a notice sent after 7 working days does not restart the reply period; the
        // deadline stays counted from the original receipt (overdue if it has passed).
        register.setStatus(execution.getProcessBusinessKey(), CaseRegister.Status.IN_PROGRESS);
        return;
      }
      // A round a correction reopened while the request waited for its correction (ADR 0109)
      // started its clock on the decision's day: a correction that arrived while the request
      // stood withdrawn is handled from then, not from a day the agency could not act on it.
      LocalDate clockStartedOn = register.get(execution.getProcessBusinessKey()).clockStartedOn();
      LocalDate startedOn = clockStartedOn != null && clockStartedOn.isAfter(receivedOn)
          ? clockStartedOn : receivedOn;
      LocalDate restarted = deadline.dueFrom(startedOn);
      // The restart counts the agency's own period (Art. 30); a date a decision or judgment
      // ordered for the round binds it all the same, so the deadline never passes it (ADR 0101,
      // 0108; audit round 29, F4).
      LocalDate dueOn = orders.notAfterOrdered(execution.getProcessBusinessKey(), restarted);
      register.restartClock(execution.getProcessBusinessKey(), startedOn, dueOn);
      execution.setVariables(deadline.variablesFor(execution.getProcessBusinessKey(), dueOn));
    };
  }


  /**
   * The day the correction arrived: neither in the future nor before the correction notice went
   * out (issue 14, point 11).
   */
  static LocalDate supplementDate(DelegateExecution execution, Letters letters) {
    LocalDate receivedOn = Vars.requiredDate(execution, SUPPLEMENT_RECEIVED_ON, "收到补正材料日期");
    if (receivedOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput(
          "supplementReceivedOn lies in the future（收到补正材料日期不能晚于今天）");
    }
    LocalDate noticeIssuedOn = letters.latestIssuedOn(execution.getProcessBusinessKey(),
        LetterKind.CORRECTION_NOTICE);
    if (noticeIssuedOn != null && receivedOn.isBefore(noticeIssuedOn)) {
      throw new InvalidInput("supplementReceivedOn is before the correction notice was issued on "
          + noticeIssuedOn + "（收到补正材料日期不得早于补正告知书发出日期"
          + CaseLetters.chinese(noticeIssuedOn) + "）");
    }
    return receivedOn;
  }

  /**
   * 确认逾期未补正 with 已收到补正 (audit round 26, F5): the correction came and is entered after
   * the timer fired. Its date is checked as on 登记补正材料; one after the period's last day (from
   * the register) is accepted only with the reason (理由说明), as more time would have been.
   */
  static LocalDate confirmedSupplement(DelegateExecution execution, CaseRegister register,
      Letters letters, WorkingDayCalendar calendar, DeadlineProperties limits) {
    LocalDate receivedOn = supplementDate(execution, letters);
    LocalDate dueOn = correctionDueOn(execution, register, letters, calendar, limits);
    if (dueOn != null && receivedOn.isAfter(dueOn)
        && Vars.text(execution, NO_CORRECTION_COMMENT) == null) {
      throw new InvalidInput(NO_CORRECTION_COMMENT + ": corrected after the period ended on "
          + dueOn + "（收到补正材料日期晚于补正期限" + CaseLetters.chinese(dueOn)
          + "，准予逾期补正的，请在理由说明中写明正当理由）");
    }
    return receivedOn;
  }

  /**
   * Leaving 确认逾期未补正 with 视为放弃: the period must have passed, checked on the office's
   * form (HTTP 400) rather than in the closing step after it, where a refusal would leave the
   * case stuck in an incident. Only an administrator's early timer can get here that soon.
   */
  @Bean
  ExecutionListener noCorrectionDecisionCheck(CaseRegister register, Letters letters,
      WorkingDayCalendar calendar, DeadlineProperties limits, CaseActRegister acts) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      NoCorrectionDecision decision = Vars.optionalChoice(execution, NO_CORRECTION_DECISION,
          NoCorrectionDecision.class, "处理决定");
      String detail;
      if (decision == NoCorrectionDecision.RECEIVED) {
        detail = "收到补正材料日期：" + CaseLetters.chinese(
            confirmedSupplement(execution, register, letters, calendar, limits));
      } else {
        // Hidden on the form unless 已收到补正 (ADR 0079): no date of a correction that never
        // came.
        Vars.dropHidden(execution, SUPPLEMENT_RECEIVED_ON);
        if (decision == NoCorrectionDecision.CLOSE) {
          requireCorrectionPeriodPassed(correctionDueOn(execution, register, letters, calendar,
              limits));
          detail = null;
        } else {
          // The gateway's default: more time (the new period is checked by the next step, in
          // this transaction, so a refusal there leaves no row here).
          LocalDate newDueOn = OfficeTime.toLocalDate(execution.getVariable(
              NEW_CORRECTION_DUE_ON));
          detail = newDueOn == null ? null : "新的补正期限：" + CaseLetters.chinese(newDueOn);
        }
      }
      // The choice, by whom and when, in the register (ADR 0180): the history goes.
      String comment = Vars.text(execution, NO_CORRECTION_COMMENT);
      if (comment != null) {
        detail = (detail == null ? "" : detail + "；") + "理由说明：" + comment;
      }
      acts.record(execution.getProcessBusinessKey(), CaseActRegister.Kind.NO_CORRECTION,
          execution.getCurrentActivityName(),
          (decision == null ? NoCorrectionDecision.MORE_TIME : decision).name(), detail,
          ActingStaff.AUTOMATIC_STEP);
    };
  }

  /**
   * The last day to correct, from the register (ADR 0071): the correction notice's deadline,
   * or the later date the office gave with more time (延长补正期限), as recorded on the case;
   * correctionDeadline is never read for it. Only a case whose notice went out before the
   * register kept the date (V51) falls back to the earlier rule (ADR 0068): the later of the
   * notice's deadline (its issue date in ogi_letter + the correction period, as the notice
   * computed it) and the variable, which is where such a case's extension is. Null when
   * neither is known.
   */
  static LocalDate correctionDueOn(DelegateExecution execution, CaseRegister register,
      Letters letters, WorkingDayCalendar calendar, DeadlineProperties limits) {
    LocalDate registered = register.correctionPeriod(execution.getProcessBusinessKey())
        .map(CaseRegister.CorrectionPeriod::dueOn).orElse(null);
    if (registered != null) {
      return registered;
    }
    LocalDate noticeIssuedOn = letters.latestIssuedOn(execution.getProcessBusinessKey(),
        LetterKind.CORRECTION_NOTICE);
    LocalDate noticeDueOn = noticeIssuedOn == null ? null
        : calendar.addWorkingDays(noticeIssuedOn, limits.correctionWorkingDays());
    LocalDate extendedTo = OfficeTime.toLocalDate(execution.getVariable(CORRECTION_DEADLINE));
    if (noticeDueOn == null || extendedTo != null && extendedTo.isAfter(noticeDueOn)) {
      return extendedTo;
    }
    return noticeDueOn;
  }

  /** On 处理决定 (the form has no deadline field): where Tasklist shows the refusal. */
  private static void requireCorrectionPeriodPassed(LocalDate dueOn) {
    if (dueOn == null) {
      throw new InvalidInput(NO_CORRECTION_DECISION + ": the correction period has not passed"
          + "（补正期限尚未届满，不能视为放弃申请）");
    }
    if (!OfficeTime.today().isAfter(dueOn)) {
      throw new InvalidInput(NO_CORRECTION_DECISION + ": the correction period ends on " + dueOn
          + "（补正期限于" + CaseLetters.chinese(dueOn) + "届满，目前补正期限尚未届满，不能视为放弃申请）");
    }
  }

  /**
   * 确认逾期未补正 is due a few working days after the correction deadline it confirms, the one
   * in the register.
   */
  @Bean
  TaskListener correctionOverdueDueDate(CaseRegister register, Letters letters,
      WorkingDayCalendar calendar, DeadlineProperties limits) {
    return task -> {
      LocalDate dueOn = correctionDueOn(task.getExecution(), register, letters, calendar, limits);
      task.setDueDate(DueSoonDates.confirmationDue(calendar,
          dueOn == null ? null : OfficeTime.endOf(dueOn)));
    };
  }

  /**
   * 视为放弃申请: the office confirmed that no correction came in time without good reason
   * (确认逾期未补正); the case is closed as 其他处理-1 (Art. 30).
   */
  /**
   * The termination notice's reason for 6.1, on every path: Art. 30 deems a request abandoned
   * only when the correction was missed without good reason (无正当理由逾期不补正).
   */
  static final String ABANDONED_REASON = "您（单位）无正当理由逾期未补正申请，视为放弃申请。";

  /**
   * The termination notice's reason for 6.1 with the last day to correct from the register
   * (ADR 0071), when known; a case without it keeps the sentence alone.
   */
  static String abandonedReason(LocalDate dueOn) {
    return (dueOn == null ? "" : "补正期限已于" + CaseLetters.chinese(dueOn) + "届满，")
        + ABANDONED_REASON;
  }

  @Bean
  JavaDelegate closeAbandonedDelegate(CaseClosing closing, CaseRegister register,
      Letters letters, WorkingDayCalendar calendar, DeadlineProperties limits) {
    return execution -> {
      LocalDate dueOn = correctionDueOn(execution, register, letters, calendar, limits);
      if (execution.getVariable(NO_CORRECTION_DECISION) == null) {
        // A case started on a model before 确认逾期未补正: its timer comes here directly, and
        // it closes as that model did (only the new model's gateway sets a decision), with
        // the notice all 6.1 closings give (Art. 30).
        closing.close(execution, OutcomeCode.OTHER_NO_CORRECTION, abandonedReason(dueOn));
        return;
      }
      if (Vars.choice(execution, NO_CORRECTION_DECISION, NoCorrectionDecision.class, "处理决定")
          != NoCorrectionDecision.CLOSE) {
        throw new InvalidInput(NO_CORRECTION_DECISION + ": not confirmed"
            + "（未确认无正当理由逾期未补正，不能视为放弃申请）");
      }
      // Checked again: the variables may have been rewritten since the task was completed.
      requireCorrectionPeriodPassed(dueOn);
      closing.close(execution, OutcomeCode.OTHER_NO_CORRECTION, abandonedReason(dueOn));
    };
  }

  /**
   * 延长补正期限: the office found a good reason and sets a new correction deadline, not in the
   * past; the reason is required, for the audit trail. The applicant is told the new deadline
   * (延长补正期限告知书, Art. 30), and the request waits for its correction again.
   */
  @Bean
  JavaDelegate extendCorrectionDeadlineDelegate(CaseRegister register, Letters sent,
      WorkingDayCalendar calendar, DeadlineProperties limits, CaseLetters letters,
      DeadlineTexts texts, OrderedReplyDates orders) {
    return execution -> {
      InvalidInput.Collector errors = new InvalidInput.Collector();
      NoCorrectionDecision decision = errors.check(() -> Vars.choice(execution,
          NO_CORRECTION_DECISION, NoCorrectionDecision.class, "处理决定"));
      if (decision != null && decision != NoCorrectionDecision.MORE_TIME) {
        errors.add(new InvalidInput(NO_CORRECTION_DECISION + ": only more time sets a deadline"
            + "（只有延长补正期限时才设定新的补正期限）"));
      }
      // More time is for a period that has run (Art. 30); before, the applicant may still
      // correct, and a correction received is entered as such, without a letter asking for it
      // again (audit round 26, F5, as for fees in round 25 F6).
      LocalDate runningDueOn = correctionDueOn(execution, register, sent, calendar, limits);
      if (decision == NoCorrectionDecision.MORE_TIME && runningDueOn != null
          && !OfficeTime.today().isAfter(runningDueOn)) {
        throw new InvalidInput(NO_CORRECTION_DECISION + ": the correction period ends on "
            + runningDueOn + "（补正期限于" + CaseLetters.chinese(runningDueOn) + "届满，目前尚未届满，"
            + "无需延长；已收到补正材料的，请选择“已收到补正”并填写收到日期）");
      }
      // A reasonable period (Art. 30, 合理的补正期限): after the period still running, so that
      // more time never shortens it (ADR 0068), and at most the configured correction period
      // from the later of today and that period's last day, so that a later date always exists
      // (ADR 0071).
      LocalDate newDueOn = errors.check(() -> NewDeadlines.within(execution,
          NEW_CORRECTION_DUE_ON, "新的补正期限", calendar, limits.correctionWorkingDays(),
          correctionDueOn(execution, register, sent, calendar, limits)));
      // In a round bound by an ordered reply date, more time ends before that date, as the
      // notice's period does (ADR 0111, 0120): refused, not cut, since the office chose it.
      errors.check(() -> {
        orders.requireApplicantPeriodWithin(execution.getProcessBusinessKey(), newDueOn,
            OfficeTime.today(), NEW_CORRECTION_DUE_ON, "新的补正期限");
        return newDueOn;
      });
      String reason = errors.check(() -> Vars.requiredText(execution, NO_CORRECTION_COMMENT,
          "延长补正期限的理由"));
      errors.throwIfAny();
      // The register holds the new date, from which 视为放弃 is checked (ADR 0071); the
      // variable follows it as the timer's input.
      register.extendCorrection(execution.getProcessBusinessKey(), newDueOn, OfficeTime.today(),
          CompletedBy.lastTask(execution, ElementIds.TASK_CONFIRM_NO_CORRECTION), reason);
      execution.setVariable(CORRECTION_DEADLINE, OfficeTime.endOf(newDueOn));
      letters.send(execution.getProcessBusinessKey(), LetterKind.CORRECTION_EXTENSION_NOTICE,
          Map.of("correctionDeadline", texts.forLetter(newDueOn), "replyPeriod",
              replyPeriod(execution, orders), "extensionGround", "经审查，"
                  + letters.addressOf(execution.getProcessBusinessKey())
                  + "未在原补正期限内补正有正当理由。"));
    };
  }
}
