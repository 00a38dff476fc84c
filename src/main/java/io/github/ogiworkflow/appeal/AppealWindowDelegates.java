package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * DisclosureRequest's appeal window (救济期间) after the reply: whether a reply went out, the
 * window from the applicant's receipt (6 months, 60 days for a refusal), its check while an
 * appeal is pending, and the final closing (终结). The reopening after a correction is the
 * request's own step (intake/ReopenDelegates).
 */
@Configuration(proxyBeanMethods = false)
public class AppealWindowDelegates {

  /**
   * After 办理与答复, from the register: whether a reply went out, and whether the case waits out
   * an appeal window (是否进入救济期间？): also after a 6.x closing that followed a 公开决定告知书
   * to a third party (Art. 32, ADR 0038). Models before that route on the first.
   */
  @Bean
  ExecutionListener replyDeliveredListener(AppealWindow window) {
    return execution -> {
      execution.setVariable(REPLY_DELIVERED,
          Variables.untypedValue(window.delivered(execution), true));
      execution.setVariable(APPEAL_WINDOW_OPENS,
          Variables.untypedValue(window.windowOpens(execution), true));
    };
  }

  @Bean
  JavaDelegate openAppealWindowDelegate(AppealWindow window, CaseRegister cases) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      if (window.closedWithoutReply(trackingNumber)) {
        // A 6.x closing after a third party's notice: open until the later of the applicant's
        // 6 months from its receipt of the termination notice (ADR 0067; 待确认签收 until the
        // service is recorded) and the third party's from the notice (ADR 0038).
        execution.setVariables(window.closingVariables(window.windowAfterClosing(trackingNumber)));
        execution.setVariable(APPEAL_PENDING, false);
        return;
      }
      LocalDate deliveredOn = Vars.requiredDate(execution, DELIVERED_ON, "送达日期");
      // This step runs in the delivery's asynchronous job, where a refusal would only be an
      // incident: a signed-for date before the delivery or in the future is not used.
      LocalDate receivedOn = Vars.date(execution, REPLY_RECEIVED_ON);
      // Always written: a reply delivered again after a correction clears the first one's.
      cases.recordReplyReceipt(trackingNumber,
          CaseRegister.usableSignedFor(deliveredOn, receivedOn));
      // By post without a signed-for date: 待确认签收, never a deadline counted from the posting.
      execution.setVariables(window.closingVariables(
          window.window(trackingNumber, deliveredOn, receivedOn)));
      execution.setVariable(APPEAL_PENDING, false);
      followUpSignedFor(execution, cases, trackingNumber);
    };
  }

  /**
   * A reply sent by post without a signed-for date: its return receipt is followed up
   * (SignedForFollowUp, ADR 0061), the office's task 跟进邮寄回执 appearing
   * {@link CaseRegister#SIGNED_FOR_FOLLOW_UP_DAYS} days after the posting unless the date is
   * recorded before. A follow-up of an earlier delivery of the case (a reply made anew after a
   * correction) ends first, and what was reported of that reply's receipt is cleared. Started
   * by its message, so a model set without the follow-up (a scenario test) starts nothing.
   */
  static void followUpSignedFor(DelegateExecution execution, CaseRegister cases,
      String trackingNumber) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    runtime.createMessageCorrelation(ElementIds.MESSAGE_SIGNED_FOR_RECORDED)
        .processInstanceBusinessKey(trackingNumber).correlateAll();
    cases.recordPostReceiptMissing(trackingNumber, null, null);
    if (!cases.awaitsSignedFor(trackingNumber)) {
      return;
    }
    startSignedForFollowUp(runtime, cases, trackingNumber);
  }

  /**
   * Correlates the follow-up's start message {@code ReplyPosted} for the case: its start
   * listener checks the register and takes the posting date from it. Also the start-up step
   * for replies posted before ADR 0061 (correction/SignedForFollowUpStarts) starts it so.
   * Answers how many started (none where no model has the message).
   */
  public static int startSignedForFollowUp(RuntimeService runtime, CaseRegister cases,
      String trackingNumber) {
    return runtime.createMessageCorrelation(ElementIds.MESSAGE_REPLY_POSTED)
        .processInstanceBusinessKey(trackingNumber)
        .setVariable(TRACKING_NUMBER, trackingNumber)
        .setVariable(APPLICANT_NAME, cases.get(trackingNumber).applicantName())
        .correlateAllWithResult().size(); // the start reads the posting date from the register
  }

  /**
   * 核对救济情况: a pending appeal, a posted reply whose signed-for date is still not recorded
   * (shown as 待确认签收), or a possible suit after reconsideration keeps it open.
   */
  @Bean
  JavaDelegate checkAppealWindowDelegate(AppealWindow window, CaseRegister cases) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      Optional<LocalDate> openUntil = window.stillOpenUntil(trackingNumber, OfficeTime.today());
      if (openUntil.isPresent()) {
        execution.setVariables(AppealWindow.variables(new AppealWindow.Window(openUntil.get(),
            window.awaitsReceipt(trackingNumber))));
        execution.setVariable(APPEAL_PENDING, true);
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
}
