package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_PENDING;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_AT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_ON_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_BY;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_RECEIVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.TERMINATION_CLOSED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.TERMINATION_SERVICE_END_REASON;
import static io.github.ogiworkflow.process.ProcessVariables.TERMINATION_SIGNED_FOR_AWAITED;
import static io.github.ogiworkflow.process.ProcessVariables.TRACKING_NUMBER;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.ServiceDates;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Timers;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.TerminationService;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.vocabulary.DeliveryMethod;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TerminationNoticeService (送达终止告知书, ADR 0067): a case closed without a reply (6.1, Art. 30;
 * 6.2, Art. 42) gets a 终止办理告知书 citing the remedies, whose periods run from the applicant's
 * receipt (handbook §2.13; ARL Art. 20, ALL Art. 46). The office records how it was served and,
 * for a notice sent by post, the day the applicant signed for it, on the task 送达终止告知书
 * (again, once the return receipt is back, while it is missing). Checked and written in the
 * completion's transaction: a refusal is a 400 on its field and nothing is written, whatever
 * the path (Tasklist, /engine-rest).
 */
@Configuration(proxyBeanMethods = false)
public class TerminationNoticeServiceDelegates {

  /**
   * 终止办理告知书已发出 (start): only a case closed without a reply whose notice's service is to
   * be recorded and is not yet; the closing day the form shows is the register's. A start by
   * another path (an administrator's message through /engine-rest) is refused on its field.
   */
  @Bean
  ExecutionListener terminationServiceStartListener(CaseRegister cases) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      TerminationService service = trackingNumber == null ? null : cases
          .terminationService(trackingNumber).filter(TerminationService::due).orElse(null);
      if (service == null || service.servedOn() != null) {
        throw new InvalidInput(TRACKING_NUMBER + ": no termination notice of this case awaits"
            + " its service（该案没有待登记送达情况的终止办理告知书）");
      }
      execution.setVariable(TERMINATION_CLOSED_ON, service.closedOn().toString());
    };
  }

  /**
   * The task's due day: a few working days after the closing; once the notice was posted, the
   * day a posted reply's return receipt is followed up (ADR 0061: 30 days after the posting).
   */
  @Bean
  TaskListener terminationServiceDueDate(CaseRegister cases, WorkingDayCalendar calendar) {
    return task -> cases.terminationService(task.getExecution().getProcessBusinessKey())
        .ifPresent(service -> task.setDueDate(service.servedOn() == null
            ? DueSoonDates.confirmationDue(calendar, service.closedOn())
            : signedForDue(service.servedOn())));
  }

  /** A posted notice's task awaiting its signed-for day: due 30 days after the posting. */
  public static Date signedForDue(LocalDate postedOn) {
    return OfficeTime.endOf(postedOn.plusDays(CaseRegister.SIGNED_FOR_FOLLOW_UP_DAYS - 1));
  }

  /** 送达终止告知书 completed: checked, recorded, and the appeal window moved. */
  @Bean
  TaskListener terminationServiceListener(CaseRegister cases, AppealRegister appeals,
      AppealWindow window, DateChangeRegister changes) {
    return task -> {
      TerminationService service = record(task, cases, appeals);
      task.getExecution().setVariable(TERMINATION_SIGNED_FOR_AWAITED,
          Variables.untypedValue(service.receivedOn() == null, true));
      // The case's own request instance, whatever the office user's grants on it.
      ProcessEngineServices engine = task.getProcessEngineServices();
      WithoutAuthorizations.call(engine.getIdentityService(), () -> {
        moveAppealWindow(engine, window, changes, task.getExecution().getProcessBusinessKey(),
            "登记终止办理告知书送达后重算救济期限", Runnable::run);
        return null;
      });
    };
  }

  /**
   * 任务结束（申请已重新办理）: the case was reopened (纠正, ADR 0069) while its notice's service
   * was still to be recorded; why, on the end event, so the audit trail shows it there. The
   * reopening passes its reason and decision day with the message.
   */
  @Bean
  ExecutionListener terminationServiceSupersededListener() {
    return execution -> {
      execution.setVariable(TERMINATION_SERVICE_END_REASON,
          ReopenedBecause.text(execution, "复议或诉讼决定纠正")
          + "，终止办理不再有效，无需再登记终止办理告知书的送达；已登记的送达情况保留");
    };
  }

  /**
   * The checks of the reply's delivery, from the closing: 送达方式 one of the reply's; the
   * service not before the closing (the notice is dated that day) nor in the future; the
   * signed-for day not before the service nor in the future. All fields' errors at once.
   */
  static TerminationService record(DelegateTask task, CaseRegister cases, AppealRegister appeals) {
    String trackingNumber = task.getExecution().getProcessBusinessKey();
    // The row lock of ADR 0059: a filing or another completion of the case runs before or after.
    if (!cases.lock(trackingNumber)) {
      throw new InvalidInput(TRACKING_NUMBER + ": unknown case（未找到该申请）");
    }
    TerminationService before = cases.terminationService(trackingNumber)
        .filter(TerminationService::due).orElseThrow(() -> new InvalidInput(TRACKING_NUMBER
            + ": the case is not closed without a reply（该案未终止办理，无需登记终止办理告知书送达情况）"));
    LocalDate closedOn = before.closedOn();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    DeliveryMethod by = errors.check(() -> {
      DeliveryMethod method = Vars.choice(task, DELIVERED_BY, DeliveryMethod.class, "送达方式");
      // A later round (the signed-for day of a posted notice) keeps the service on record: only
      // a new way of service is checked, so a case registered before the check cannot be trapped.
      if (!method.name().equals(before.servedBy())) {
        ServiceDates.checkReachable(DELIVERED_BY, method.name(), cases, trackingNumber);
      }
      return method;
    });
    LocalDate servedOn = errors.check(() -> {
      LocalDate date = Vars.requiredDate(task, DELIVERED_ON, "送达日期");
      if (date.isAfter(OfficeTime.today())) {
        throw new InvalidInput(DELIVERED_ON + ": the delivery date is in the future"
            + "（送达日期不得晚于今天）");
      }
      if (date.isBefore(closedOn)) {
        throw new InvalidInput(DELIVERED_ON + ": before the case was closed on " + closedOn
            + "（送达日期不得早于终止办理日期" + CaseLetters.chinese(closedOn) + "）");
      }
      return date;
    });
    LocalDate signedForOn = errors.check(() -> {
      LocalDate date = Vars.date(task, REPLY_RECEIVED_ON);
      if (date == null) {
        return null;
      }
      // A notice not posted is received the day it is served (one rule with the reply's).
      ServiceDates.checkSignedFor(REPLY_RECEIVED_ON, date, servedOn != null ? servedOn : closedOn,
          by == null || servedOn == null ? null : by.name());
      return date;
    });
    errors.throwIfAny();
    if (before.servedOn() != null && (!by.name().equals(before.servedBy())
        || !servedOn.equals(before.servedOn()))) {
      // A task back for a posted notice's signed-for day records that day only; a service
      // recorded wrongly is a date correction, with its reason in the audit trail (ADR 0069).
      throw new InvalidInput(DELIVERED_ON + ": the service was recorded on " + before.servedOn()
          + "（送达方式和送达日期已于前次登记，本次只登记申请人签收日期；如前次登记有误，请通过日期更正办理）");
    }
    // The applicant appeals a notice it has received (audit round 23, F3), as for a reply.
    appeals.firstApplicantAppealAgainstReply(trackingNumber, true).ifPresent(appeal -> {
      InvalidInput.Collector late = new InvalidInput.Collector();
      late.check(() -> notAfter(appeal, DELIVERED_ON, "送达日期", servedOn));
      late.check(() -> notAfter(appeal, REPLY_RECEIVED_ON, "申请人签收日期", signedForOn));
      late.throwIfAny();
    });
    cases.recordTerminationService(trackingNumber, by.name(), servedOn, signedForOn);
    if (before.servedOn() == null) {
      // Who recorded the service, in the register (ADR 0161).
      cases.recordTerminationServiceRecorder(trackingNumber);
    }
    return cases.terminationService(trackingNumber).orElseThrow();
  }

  /** A service or signed-for day not after the applicant's appeal against the notice. */
  private static LocalDate notAfter(AppealRegister.FiledAppeal appeal, String field, String label,
      LocalDate day) {
    if (day != null && day.isAfter(appeal.filedOn())) {
      throw new InvalidInput(field + ": after the applicant's appeal dated " + appeal.filedOn()
          + "（" + label + "不得晚于申请人" + appeal.chinese() + CaseLetters.chinese(appeal.filedOn())
          + "）");
    }
    return day;
  }

  /**
   * A case closed without a reply after a third party's notice waits in its appeal window (ADR
   * 0038), 待确认签收 until the applicant's receipt is known: its closing day and timer are moved
   * to the window counted from the receipt now recorded. A window held open by a pending appeal
   * is looked at again when its timer fires.
   */
  public static void moveAppealWindow(ProcessEngineServices engine, AppealWindow window,
      DateChangeRegister changes, String trackingNumber, String reason,
      Consumer<Runnable> audit) {
    RuntimeService runtime = engine.getRuntimeService();
    ProcessInstance running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).list().stream().findFirst().orElse(null);
    if (running == null) {
      return; // ended at once (no third party's notice), as every 6.x case without one
    }
    Map<String, Object> current = runtime.getVariables(running.getId(),
        List.of(APPEAL_PENDING, APPEAL_WINDOW_CLOSES_ON_TEXT));
    Object oldText = current.get(APPEAL_WINDOW_CLOSES_ON_TEXT);
    boolean awaited = AppealWindow.AWAITING_SIGNED_FOR.equals(oldText);
    if (oldText == null || Boolean.TRUE.equals(current.get(APPEAL_PENDING)) && !awaited) {
      return;
    }
    AppealWindow.Window moved = window.windowAfterClosing(trackingNumber);
    Map<String, Object> variables = window.closingVariables(moved);
    if (variables.get(APPEAL_WINDOW_CLOSES_ON_TEXT).equals(oldText)) {
      return;
    }
    if (Timers.move(engine.getManagementService(), running.getId(),
        ElementIds.TIMER_APPEAL_WINDOW_CLOSED, (Date) variables.get(APPEAL_WINDOW_CLOSES_AT)) > 0) {
      runtime.setVariables(running.getId(), variables);
      LocalDate oldClosesOn = AppealWindow.closingDayOf(oldText);
      if (!moved.awaitingSignedFor() && !moved.closesOn().equals(oldClosesOn)) {
        // In the audit trail, as a date correction's move of the window is (a correction's
        // after its own entry: the caller says when).
        audit.accept(() -> changes.record(trackingNumber,
            DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, DateChangeRegister.Kind.CORRECTED,
            oldClosesOn, moved.closesOn(), reason, DateChangeRegister.SYSTEM));
      }
    }
  }
}
