package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.OrderedReplyDates;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.vocabulary.CompletenessDecision;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DisclosureRequest's reopening after a reconsideration or court corrected the reply (纠正). */
@Configuration(proxyBeanMethods = false)
public class ReopenDelegates {

  /**
   * 重新办理: a correction (纠正) reopens the request with a new deadline, 20 working days from
   * the decision unless it set one. The same instance keeps the first round's history. Where the
   * round goes on is the register's (ADR 0109): a request the applicant withdrew while it waited
   * for the correction (Art. 30) waits for it again ({@code reopenAwaitsCorrection}); every
   * other reopening goes to 办理与答复.
   */
  @Bean
  JavaDelegate reopenRequestDelegate(ReplyDeadline deadline, CaseRegister cases,
      ItemRegister items, PauseLedger pauses, WorkingDayCalendar calendar,
      DeadlineProperties limits, DeadlineTexts texts, CaseLetters letters,
      OrderedReplyDates orders) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      LocalDate decidedOn = Vars.requiredDate(execution, REOPEN_DECIDED_ON, "决定日期");
      LocalDate dueOn = Optional.ofNullable(Vars.date(execution, REOPEN_DUE_ON))
          .orElseGet(() -> deadline.dueFrom(decidedOn));
      // Only a correction that set aside a withdrawal made while the request waited for its
      // correction leaves the case waiting for it (CaseRegister.setWithdrawalAside, from the
      // status the withdrawal found, V74); a reply or closing corrected, or a round corrected in
      // handling, is never in that state.
      String foundAt = cases.get(trackingNumber).status();
      boolean awaitsCorrection = CaseRegister.Status.AWAITING_CORRECTION.name().equals(foundAt);
      // A request withdrawn at the completeness check goes back to it (ADR 0120): nobody has
      // yet found it clear, and the reopened round has its own Art. 30 window.
      boolean atCompletenessCheck = CaseRegister.Status.REGISTERED.name().equals(foundAt);
      // A correction of a third party's appeal can interrupt 办理与答复 while its clock stands
      // still (e.g. a fee notice unpaid, ADR 0038): that pause ends with the round.
      pauses.endOnClosing(trackingNumber, OfficeTime.today());
      cases.restartClock(trackingNumber, decidedOn, dueOn);
      // A date the decision set binds the new round: no pause moves the deadline past it (ADR
      // 0101); without one, the round's 20 working days pause as any other.
      cases.setOrderedDueOn(trackingNumber, Vars.date(execution, REOPEN_DUE_ON));
      // A closed case's termination notice no longer stands: its 送达终止告知书, still open, ends
      // with the reason (ADR 0069); a service already recorded stays as recorded.
      WithoutAuthorizations.call(execution.getProcessEngineServices().getIdentityService(),
          () -> execution.getProcessEngineServices().getRuntimeService()
              .createMessageCorrelation(ElementIds.MESSAGE_TERMINATION_NOTICE_SUPERSEDED)
              .processInstanceBusinessKey(trackingNumber)
              .setVariable(REOPEN_REASON, execution.getVariable(REOPEN_REASON))
              .setVariable(REOPEN_DECIDED_ON, decidedOn.toString())
              .correlateAllWithResult());
      // So does a posted reply's 跟进邮寄回执 (ADR 0148): the reply no longer stands, and its
      // task's completions are refused once the case is no longer delivered, so it would stay
      // open for good. Ended with the reason, waiting for its day or with its task open.
      WithoutAuthorizations.call(execution.getProcessEngineServices().getIdentityService(),
          () -> execution.getProcessEngineServices().getRuntimeService()
              .createMessageCorrelation(ElementIds.MESSAGE_REPLY_SUPERSEDED)
              .processInstanceBusinessKey(trackingNumber)
              .setVariable(REOPEN_REASON, execution.getVariable(REOPEN_REASON))
              .setVariable(REOPEN_DECIDED_ON, decidedOn.toString())
              .correlateAllWithResult());
      items.supersedeItems(trackingNumber, OfficeTime.today());
      // The new round decides everything of 办理与答复 anew (HandlingRound, by scope).
      Map<String, Object> variables = new HashMap<>(HandlingRound.reset());
      if (awaitsCorrection) {
        variables.putAll(resumeCorrection(execution, cases, calendar, limits, texts, letters,
            orders, decidedOn));
      }
      if (atCompletenessCheck) {
        variables.putAll(resumeCompletenessCheck(trackingNumber, cases, calendar, limits,
            decidedOn));
      }
      variables.put(REOPEN_AWAITS_CORRECTION, awaitsCorrection);
      variables.put(REOPEN_AT_COMPLETENESS_CHECK, atCompletenessCheck);
      // The ordered date set above reads as a plain date, never 暂算 (audit round 29, F5); while
      // the clock waits for the correction, 补正后重新计算.
      variables.putAll(deadline.variablesFor(trackingNumber, dueOn));
      execution.setVariables(variables);
    };
  }

  /**
   * The reopened request waits for the applicant's correction again (ADR 0109). The 补正申请告知书
   * stands: Art. 30 allows one notice listing everything (一次性告知), and the points are those
   * the applicant was told. The period the withdrawal interrupted is given again as a reasonable
   * one (合理的补正期限, Art. 30): the configured correction period from today, the day the
   * applicant is told, never earlier than a period still running; the register keeps it as an
   * extension by the system with its reason, and the 延长补正期限告知书 tells the applicant why and
   * until when. The reply clock waits for the correction as before the withdrawal (after a
   * notice sent in time), or runs from the decision (after a late one, ADR 0036).
   */
  private static Map<String, Object> resumeCorrection(DelegateExecution execution,
      CaseRegister cases, WorkingDayCalendar calendar, DeadlineProperties limits,
      DeadlineTexts texts, CaseLetters letters, OrderedReplyDates orders, LocalDate decidedOn) {
    String trackingNumber = execution.getProcessBusinessKey();
    // restartClock set the case in handling; it waits for the correction again.
    cases.setStatus(trackingNumber, CaseRegister.Status.AWAITING_CORRECTION);
    LocalDate today = OfficeTime.today();
    // In a round the decision bound by a date, the period ends before it, as a notice's does
    // (ADR 0111, 0120).
    LocalDate fresh = orders.applicantPeriodEnd(trackingNumber,
        calendar.addWorkingDays(today, limits.correctionWorkingDays()), today);
    LocalDate running = cases.correctionPeriod(trackingNumber)
        .map(CaseRegister.CorrectionPeriod::dueOn).orElse(null);
    LocalDate correctionDueOn = running != null && running.isAfter(fresh) ? running : fresh;
    CaseRegister.Withdrawal withdrawal = cases.withdrawal(trackingNumber).orElse(null);
    String you = letters.addressOf(trackingNumber);
    String ground = (withdrawal == null ? ""
        : you + "于" + CaseLetters.chinese(withdrawal.withdrawnOn()) + "撤回申请，本机关已终止办理。")
        + "该终止办理行为已于" + CaseLetters.chinese(decidedOn) + "经" + reopenReason(execution)
        + "，本机关恢复办理该申请，补正申请告知书所列事项仍需补正（已提交补正材料的，无需重复提交）。";
    cases.extendCorrection(trackingNumber, correctionDueOn, today, DateChangeRegister.SYSTEM,
        "复议决定或判决纠正撤回后的终止办理，恢复等待补正（" + decidedOn + "）");
    Map<String, Object> variables = new HashMap<>();
    // The completeness check asked for the correction; the new round keeps that decision.
    variables.put(COMPLETENESS_DECISION, CompletenessDecision.CORRECTION.name());
    variables.put(CORRECTION_DEADLINE, OfficeTime.endOf(correctionDueOn));
    var order = orders.order(trackingNumber);
    variables.put(CORRECTION_ORDERED_DUE_TEXT, order.map(o -> o.dueOn().toString())
        .orElse(null));
    boolean late = Boolean.TRUE.equals(execution.getVariable(CORRECTION_NOTICE_LATE));
    letters.send(trackingNumber, LetterKind.CORRECTION_EXTENSION_NOTICE, Map.of(
        "correctionDeadline", texts.forLetter(correctionDueOn),
        "extensionGround", ground,
        "replyPeriod", order.map(CorrectionDelegates::orderedReplyPeriod)
            .orElse(late ? REOPENED_LATE_REPLY_PERIOD : CorrectionDelegates.RESTARTED_REPLY_PERIOD)));
    return variables;
  }

  /**
   * The reopened request is checked for completeness again (ADR 0120): the withdrawal found
   * 审查申请内容是否明确 open, so no one has decided whether the request is clear, and searching
   * an application the office may yet find unclear would answer a request it cannot identify.
   * The round's period runs from the decision, as a new receipt's would (ADR 0099), and so does
   * its Art. 30 window: a correction notice within 7 working days of the decision restarts the
   * period (capped by an ordered date, ADR 0108); a later one does not (ADR 0036). The window is
   * the round's, not what was left of the first: the agency could not act on a withdrawn
   * request, and the first round's days may all have passed (as for the correction period, ADR
   * 0109). The case is 已登记受理 again; the check's due date and reminder follow the window.
   */
  private static Map<String, Object> resumeCompletenessCheck(String trackingNumber,
      CaseRegister cases, WorkingDayCalendar calendar, DeadlineProperties limits,
      LocalDate decidedOn) {
    // restartClock set the case in handling; it is at the completeness check again.
    cases.setStatus(trackingNumber, CaseRegister.Status.REGISTERED);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CORRECTION_NOTICE_REMIND_AT, OfficeTime.morningOf(calendar.addWorkingDays(
        decidedOn, limits.correctionNoticeReminderWorkingDays())));
    variables.put(CORRECTION_NOTICE_DUE_AT, OfficeTime.endOf(
        ReplyDeadline.correctionNoticeDue(calendar, limits, decidedOn)));
    return variables;
  }

  /**
   * After a correction notice sent too late to restart the reply period (ADR 0036): the reopened
   * round's period runs from the decision, not from the correction's arrival.
   */
  static final String REOPENED_LATE_REPLY_PERIOD = "答复期限不因补正而重新计算，自复议决定或判决"
      + "作出之日起重新计算；本机关将在收到补正后的申请后及时作出答复。";

  /** The decision as the reopening recorded it ("行政复议决定撤销"), or a plain phrase. */
  private static String reopenReason(DelegateExecution execution) {
    String reason = Vars.text(execution, REOPEN_REASON);
    return reason == null ? "复议决定或判决予以纠正" : reason;
  }
}
