package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.POST_RECEIPT_NOTE;
import static io.github.ogiworkflow.process.ProcessVariables.POST_RECEIPT_RESULT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_RECEIVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.SIGNED_FOR_AWAITED;
import static io.github.ogiworkflow.process.ProcessVariables.SIGNED_FOR_FOLLOW_UP_END_REASON;
import static io.github.ogiworkflow.process.ProcessVariables.SIGNED_FOR_FOLLOW_UP_AT;
import static io.github.ogiworkflow.process.ProcessVariables.TRACKING_NUMBER;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.PostReceiptMissing;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SignedForFollowUp (跟进邮寄回执, ADR 0061): a reply sent by post is served on the day the
 * applicant signs for it (handbook §2.13; ARL Art. 20, ALL Art. 46 count the appeal periods from
 * the applicant's receipt), so while its signed-for date is missing the case cannot close. When
 * it is still missing {@link CaseRegister#SIGNED_FOR_FOLLOW_UP_DAYS} days after the posting the
 * office gets a task: it enters the signed-for date (recorded as a date correction from （无）,
 * with the same checks, the row lock of ADR 0059 and the appeal window moved), or reports the
 * receipt lost or the letter returned. The handbook has no rule for either, so only the fact is
 * recorded (ogi_case.post_receipt_missing, V42, and the task in the audit trail): the case stays
 * open, 待确认签收, until a signed-for date is recorded by a date correction.
 */
@Configuration(proxyBeanMethods = false)
public class SignedForFollowUpDelegates {

  /**
   * 答复书已交邮 (start): only a case whose posted reply awaits its signed-for date is followed
   * up, and the posting date the form shows and the day the task is due are taken here from the
   * register, whatever a caller sent. So a start by another path (an administrator's submit-form
   * or message through /engine-rest) is refused on its field (400, nothing started), not a 500
   * at the timer.
   */
  @Bean
  ExecutionListener signedForFollowUpStartListener(CaseRegister cases) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      // The case's row lock (ADR 0059) first: two starts of one case at once (an
      // administrator's and the delivery's, or two administrators') run one after the other,
      // and the second sees the first's follow-up below.
      boolean known = trackingNumber != null && cases.lock(trackingNumber);
      LocalDate postedOn = known ? cases.deliveredOn(trackingNumber) : null;
      if (postedOn == null || !cases.awaitsSignedFor(trackingNumber)) {
        throw new InvalidInput(TRACKING_NUMBER + ": no posted reply of this case awaits its"
            + " signed-for date（该案没有等待登记签收日期的邮寄答复，无需跟进邮寄回执）");
      }
      if (anotherFollowUpRuns(execution, trackingNumber)) {
        throw new InvalidInput(TRACKING_NUMBER + ": a follow-up of this case's posted reply is"
            + " running already（该案邮寄答复的跟进邮寄回执正在进行，不能再启动一个；签收日期请在"
            + "该流程的任务中登记，或通过日期更正登记）");
      }
      execution.setVariable(DELIVERED_ON, postedOn.toString()); // shown on the task's form
      execution.setVariable(SIGNED_FOR_FOLLOW_UP_AT, dueAt(postedOn));
    };
  }

  /**
   * Whether another 跟进邮寄回执 of the case runs (ADR 0061, amended): one per posted reply, so
   * a second start (an administrator's through /engine-rest, a message sent again) is refused.
   * The legitimate starts find none: the delivery ends an earlier reply's follow-up in its own
   * transaction before it starts the new one (that one is ended, though not yet written, so it
   * is left out by {@code isEnded}), and the start-up step starts only cases that never had one.
   * Read without the caller's grants: the check is the server's, whoever started it.
   */
  static boolean anotherFollowUpRuns(DelegateExecution execution, String trackingNumber) {
    var services = execution.getProcessEngineServices();
    return WithoutAuthorizations.call(services.getIdentityService(), () -> services
        .getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP)
        .processInstanceBusinessKey(trackingNumber).list().stream()
        .anyMatch(other -> !other.getId().equals(execution.getProcessInstanceId())
            && !other.isEnded()));
  }

  /**
   * When the follow-up of a reply posted on {@code postedOn} is due: the start of the day the
   * compliance list starts listing it, {@link CaseRegister#SIGNED_FOR_FOLLOW_UP_DAYS} days on.
   */
  static java.util.Date dueAt(LocalDate postedOn) {
    return OfficeTime.after(postedOn.plusDays(CaseRegister.SIGNED_FOR_FOLLOW_UP_DAYS - 1));
  }

  /**
   * 跟进邮寄回执 is due a few working days after the day it appears, as the other confirmation
   * tasks are, so 即将到期 and 已超期 list it (audit round 23, F11: it had no due date).
   */
  @Bean
  TaskListener signedForFollowUpDueDate(WorkingDayCalendar calendar) {
    return task -> task.setDueDate(taskDue(calendar,
        task.getExecution().getVariable(SIGNED_FOR_FOLLOW_UP_AT)));
  }

  /** The task's due date for a follow-up that appears at {@code followUpAt}. */
  static java.util.Date taskDue(WorkingDayCalendar calendar, Object followUpAt) {
    return DueSoonDates.confirmationDue(calendar, followUpAt);
  }

  /** 核对签收日期: whether the task is needed (the date may have come in meanwhile). */
  @Bean
  JavaDelegate checkSignedForDelegate(CaseRegister cases) {
    return execution -> execution.setVariable(SIGNED_FOR_AWAITED, Variables.untypedValue(
        cases.awaitsSignedFor(execution.getProcessBusinessKey()), true));
  }

  /**
   * 跟进邮寄回执 completed: checked and recorded here, in the completion's transaction, so a
   * refusal is a 400 on its field (ADR 0046) and nothing is written.
   */
  @Bean
  TaskListener signedForFollowUpListener(CaseRegister cases, DateCorrections corrections) {
    return task -> record(task, cases, corrections);
  }

  /**
   * 无需跟进 / 任务结束（申请已重新办理）: a correction (纠正) reopened the request while the posted
   * reply's signed-for date was awaited (ADR 0148). The reply no longer stands and the new round
   * answers anew (handbook §3), its own posted reply followed up again; why, on the end event, so
   * the audit trail shows it there. The reopening passes its reason and decision day.
   */
  @Bean
  ExecutionListener signedForFollowUpSupersededListener() {
    return execution -> {
      execution.setVariable(SIGNED_FOR_FOLLOW_UP_END_REASON,
          io.github.ogiworkflow.appeal.ReopenedBecause.text(execution, "复议决定或判决纠正")
          + "，原答复书不再有效，无需再跟进其邮寄回执；重新作出的答复邮寄送达的，另行跟进");
    };
  }

  /** The follow-up's outcomes: the date entered, or what became of the receipt. */
  enum Result { SIGNED, LOST, RETURNED }

  static void record(DelegateTask task, CaseRegister cases, DateCorrections corrections) {
    String trackingNumber = task.getExecution().getProcessBusinessKey();
    Result result = Vars.choice(task, POST_RECEIPT_RESULT, Result.class, "回执情况");
    String note = Vars.requiredText(task, POST_RECEIPT_NOTE, "情况说明");
    if (note.length() < DateCorrections.MIN_REASON || note.length() > DateCorrections.MAX_REASON) {
      throw new InvalidInput(POST_RECEIPT_NOTE + ": " + DateCorrections.MIN_REASON + "–"
          + DateCorrections.MAX_REASON + " characters（情况说明应为" + DateCorrections.MIN_REASON
          + "至" + DateCorrections.MAX_REASON + "个字）");
    }
    LocalDate signedForOn = Vars.date(task, REPLY_RECEIVED_ON);
    var identity = task.getProcessEngineServices().getIdentityService();
    String user = identity.getCurrentAuthentication() != null
        ? identity.getCurrentAuthentication().getUserId() : task.getAssignee();
    if (result == Result.SIGNED) {
      if (signedForOn == null) {
        throw new InvalidInput(REPLY_RECEIVED_ON + ": required when the receipt came back"
            + "（回执已寄回的，请填写申请人签收日期）");
      }
      // Locks the case's row, checks the date as at delivery (not before the posting, not in the
      // future, not after the applicant's appeal) and moves the appeal window.
      corrections.recordSignedFor(trackingNumber, signedForOn, "跟进邮寄回执：" + note, user);
      return;
    }
    if (signedForOn != null) {
      throw new InvalidInput(REPLY_RECEIVED_ON + ": no signed-for date when the receipt is lost"
          + " or the letter returned（回执遗失或邮件被退回的，不填写申请人签收日期）");
    }
    // The same row lock as a date correction: one that records the date at the same moment
    // runs first or after, and this sees what it wrote (ADR 0059).
    if (!cases.lock(trackingNumber)) {
      throw new DateCorrections.UnknownCase(trackingNumber);
    }
    if (!cases.awaitsSignedFor(trackingNumber)) {
      throw new InvalidInput(POST_RECEIPT_RESULT + ": the signed-for date is recorded already"
          + "（本案已登记申请人签收日期或不再等待签收，无需登记回执遗失或退回）");
    }
    cases.recordPostReceiptMissing(trackingNumber, PostReceiptMissing.valueOf(result.name()),
        OfficeTime.today());
  }
}
