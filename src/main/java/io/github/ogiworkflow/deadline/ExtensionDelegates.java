package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.DecisionRegister.Kind;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Extension of the reply deadline (延期答复, Art. 33): once, at most 20 working days. */
@Configuration(proxyBeanMethods = false)
public class ExtensionDelegates {

  /**
   * Leaving 临近答复期限：确认进度或申请延期 with a request for more time: the days and the reason
   * as the letter will state them, asked once, and before the deadline has passed (Art. 33: an
   * extension is decided within the period; one after it would turn an overdue case green).
   * Checked here, on the office's step, so a bad request is refused (HTTP 400) instead of
   * failing the asynchronous step after leadership's approval.
   */
  @Bean
  ExecutionListener extensionRequestCheck(ReplyDeadline deadline, DeadlineProperties limits,
      WorkingDayCalendar calendar, DeadlineTexts texts, OrderedReplyDates orders) {
    return execution -> {
      if (execution.isCanceled() || !Vars.flag(execution, EXTENSION_REQUESTED)) {
        return;
      }
      if (Vars.flag(execution, EXTENSION_USED)) {
        throw new InvalidInput("extensionRequested: the deadline was extended already"
            + "（答复期限只能延长一次）");
      }
      int days = checkedDays(execution, limits);
      Vars.requiredText(execution, EXTENSION_REASON, "延期理由");
      LocalDate dueOn = deadline.current(execution);
      requireDeadlineNotPassed(dueOn, EXTENSION_REQUESTED);
      // Leadership approves a date, not only a number of days.
      if (dueOn != null) {
        LocalDate newDue = calendar.addWorkingDays(dueOn, days);
        orders.requireNotAfterOrdered(execution.getProcessBusinessKey(), newDue, EXTENSION_DAYS);
        // The ordered date itself is never 暂算 (ADR 0108).
        execution.setVariable(EXTENSION_NEW_DUE_TEXT, orders.fixes(
            execution.getProcessBusinessKey(), newDue) ? newDue.toString() : texts.forStaff(newDue));
      }
    };
  }

  /**
   * Leaving 审批延期答复 with an approval: still before the deadline has passed (Art. 33), and
   * not past a reply date a decision ordered since the office asked (audit round 28, F1).
   */
  @Bean
  ExecutionListener extensionApprovalCheck(ReplyDeadline deadline, DeadlineProperties limits,
      WorkingDayCalendar calendar, OrderedReplyDates orders) {
    return execution -> {
      if (!execution.isCanceled() && "APPROVE".equals(Vars.text(execution, EXTENSION_APPROVAL))) {
        LocalDate dueOn = deadline.current(execution);
        requireDeadlineNotPassed(dueOn, EXTENSION_APPROVAL);
        if (dueOn != null) {
          orders.requireNotAfterOrdered(execution.getProcessBusinessKey(),
              calendar.addWorkingDays(dueOn, checkedDays(execution, limits)), EXTENSION_APPROVAL);
        }
      }
    };
  }

  private static int checkedDays(DelegateExecution execution, DeadlineProperties limits) {
    Integer days = Vars.number(execution, EXTENSION_DAYS);
    if (days == null || days < 1 || days > limits.maxExtensionWorkingDays()) {
      throw new InvalidInput("extensionDays must be 1–" + limits.maxExtensionWorkingDays()
          + "（延长期限应为1至" + limits.maxExtensionWorkingDays() + "个工作日）");
    }
    return days;
  }

  /** {@code field}: the form's field the refusal is shown on (the deadline is not a field). */
  private static void requireDeadlineNotPassed(LocalDate dueOn, String field) {
    if (ReplyDeadline.passedBy(dueOn, OfficeTime.today())) {
      throw new InvalidInput(field + ": the reply deadline passed on " + dueOn
          + "（答复期限已于" + CaseLetters.chinese(dueOn) + "届满，不能再延长）");
    }
  }

  /**
   * The extension letter's sentence while a consultation stops the clock (Art. 33(3), with
   * Art. 32 and 34): the new date does not count the consultation still running.
   */
  static final String CONSULTATION_NOT_COUNTED = "征求第三方和其他机关意见所需时间不计算在上述期限内"
      + "（条例第三十三条第三款），征求意见结束后，答复期限按征求意见所用时间相应顺延。";

  /**
   * The same sentence in a round bound by a reply date a decision or judgment ordered: the
   * consultation's end moves the deadline, but not past that date (ADR 0101), so the letter does
   * not promise a move without end (audit round 29, F5 e; ADR 0111).
   */
  static String consultationNotCounted(OrderedReplyDates.Order order) {
    return "征求第三方和其他机关意见所需时间不计算在上述期限内（条例第三十三条第三款），征求意见结束后，"
        + "答复期限按征求意见所用时间相应顺延，但不晚于" + CaseLetters.chinese(order.dueOn()) + "。";
  }

  /**
   * The extension letter's sentence while an unpaid fee notice stops the clock (国办函〔2020〕109号;
   * audit 31b, F6): the payment moves the new date later, as the consultation's end does, so the
   * letter says so instead of naming a date the payment will pass silently.
   */
  static final String FEE_NOT_COUNTED = "自收费通知发出之日起至缴纳费用之日止的期间不计算在上述期限内"
      + "（《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）），缴费后答复期限相应顺延。";

  /** The same in a round bound by an ordered reply date: not past it (ADR 0101, 0111). */
  static String feeNotCounted(OrderedReplyDates.Order order) {
    return "自收费通知发出之日起至缴纳费用之日止的期间不计算在上述期限内（《政府信息公开信息处理费管理办法》"
        + "（国办函〔2020〕109号）），缴费后答复期限相应顺延，但不晚于" + CaseLetters.chinese(order.dueOn())
        + "。";
  }

  /**
   * The extension letter's sentence in a bound round: the applicant learns the date the body
   * fixed, and that the extended deadline does not pass it (ADR 0103, 0111).
   */
  static String orderedNote(OrderedReplyDates.Order order) {
    return "根据" + order.sentence() + "的要求，延长后的答复期限不晚于" + CaseLetters.chinese(order.dueOn())
        + "。";
  }

  /** A consultation holds the case's pause now (a fee pause is not one). */
  static boolean consultationRunning(DelegateExecution execution, PauseLedger pauses,
      String trackingNumber) {
    if (!pauses.isPaused(trackingNumber)) {
      return false;
    }
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    return java.util.stream.Stream.of(ElementIds.TASK_RECORD_CONSULTATION_SERVICE,
        ElementIds.TASK_RECORD_CONSULTATION_ANSWER).anyMatch(activity -> runtime
            .createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
            .activityId(activity).count() > 0);
  }

  /** 记录延期审批结果: an approval moves the deadline and tells the applicant. */
  @Bean
  JavaDelegate recordExtensionDecisionDelegate(DecisionRegister decisions, CaseRegister register,
      ReplyDeadline deadline, CaseLetters letters,
      DeadlineProperties limits, DeadlineTexts texts, PauseLedger pauses,
      WorkingDayCalendar calendar, OrderedReplyDates orders) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      String approval = Vars.requiredText(execution, EXTENSION_APPROVAL, "审批意见");
      decisions.record(trackingNumber, Kind.EXTENSION, approval,
          Vars.text(execution, EXTENSION_APPROVAL_COMMENT),
          CompletedBy.lastTask(execution, ElementIds.TASK_APPROVE_EXTENSION));
      if (!"APPROVE".equals(approval)) {
        return;
      }
      if (Vars.flag(execution, EXTENSION_USED)) {
        throw new InvalidInput("The deadline was extended already（答复期限只能延长一次）");
      }
      int days = checkedDays(execution, limits);
      LocalDate dueBefore = deadline.current(execution);
      // A decision ordering a reply by a date may have been recorded after the approval.
      orders.requireNotAfterOrdered(trackingNumber, calendar.addWorkingDays(dueBefore, days),
          EXTENSION_APPROVAL);
      LocalDate newDue = deadline.postpone(execution, trackingNumber, days);
      register.extend(trackingNumber, days, newDue, dueBefore);
      var order = orders.order(trackingNumber);
      boolean consulting = consultationRunning(execution, pauses, trackingNumber);
      // Any other pause is an unpaid fee notice's (FeeDelegates; the only two that hold one).
      boolean feeUnpaid = !consulting && pauses.isPaused(trackingNumber);
      letters.send(trackingNumber, LetterKind.EXTENSION_NOTICE, Map.of(
          "reason", CaseLetters.clause(Vars.requiredText(execution, EXTENSION_REASON, "延期理由")),
          "extensionDays", days, "dueOn", texts.forLetter(newDue),
          "orderedNote", order.map(ExtensionDelegates::orderedNote).orElse(""),
          "consultationNote", consulting
              ? order.map(ExtensionDelegates::consultationNotCounted)
                  .orElse(CONSULTATION_NOT_COUNTED)
              : feeUnpaid ? order.map(ExtensionDelegates::feeNotCounted).orElse(FEE_NOT_COUNTED)
              : ""));
      execution.getProcessInstance().setVariable(EXTENSION_USED, true);
    };
  }
}
