package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_PENDING;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_AT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_ON_TEXT;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.deadline.NoticeRecomputation;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.Timers;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseDates;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DateChangeRegister.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * When a year's holiday notice arrives, the closing day of each appeal window that waits to
 * close is counted again from the register (audit 31b, F2): its last day moves off a statutory
 * holiday (CPL Art. 85, applied by ARL Art. 88 and ALL Art. 102), so a provisional 春节 may have
 * placed it on a day the notice makes a holiday. The window never closes earlier than the day
 * staff were shown; only its 暂算 mark goes. Windows held open by a pending appeal or waiting for
 * a posted reply's signed-for date (待确认签收) have no closing day yet and are left alone.
 */
@Component
public class AppealWindowRecomputation implements NoticeRecomputation {

  private final AppealWindow window;
  private final CaseRegister cases;
  private final DateChangeRegister changes;

  public AppealWindowRecomputation(AppealWindow window, CaseRegister cases,
      DateChangeRegister changes) {
    this.window = window;
    this.cases = cases;
    this.changes = changes;
  }

  @Override
  public List<Moved> recompute(ProcessEngineServices engine, WorkingDayCalendar before,
      int year) {
    RuntimeService runtime = engine.getRuntimeService();
    Set<String> waiting = new LinkedHashSet<>();
    for (Job timer : engine.getManagementService().createJobQuery().timers()
        .activityId(ElementIds.TIMER_APPEAL_WINDOW_CLOSED).orderByJobId().asc().list()) {
      waiting.add(timer.getProcessInstanceId());
    }
    List<Moved> moved = new ArrayList<>();
    for (String pid : waiting) {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(pid)
          .singleResult();
      Map<String, Object> current = runtime.getVariables(pid,
          List.of(APPEAL_PENDING, APPEAL_WINDOW_CLOSES_ON_TEXT));
      Object oldText = current.get(APPEAL_WINDOW_CLOSES_ON_TEXT);
      LocalDate oldClosesOn = AppealWindow.closingDayOf(oldText);
      if (instance == null || instance.getBusinessKey() == null || oldClosesOn == null
          || Boolean.TRUE.equals(current.get(APPEAL_PENDING))) {
        continue;
      }
      String trackingNumber = instance.getBusinessKey();
      AppealWindow.Window counted = countedAgain(trackingNumber);
      if (counted == null || counted.awaitingSignedFor()) {
        continue;
      }
      LocalDate closesOn = counted.closesOn().isBefore(oldClosesOn) ? oldClosesOn
          : counted.closesOn();
      Map<String, Object> variables = window.closingVariables(
          new AppealWindow.Window(closesOn, false));
      if (variables.get(APPEAL_WINDOW_CLOSES_ON_TEXT).equals(oldText)) {
        continue;
      }
      runtime.setVariables(pid, variables);
      if (!closesOn.equals(oldClosesOn)) {
        Timers.move(engine.getManagementService(), pid, ElementIds.TIMER_APPEAL_WINDOW_CLOSED,
            (Date) variables.get(APPEAL_WINDOW_CLOSES_AT));
        changes.record(trackingNumber, DateChangeRegister.APPEAL_WINDOW_CLOSES_ON,
            Kind.RECOMPUTED, oldClosesOn, closesOn, DateChangeRegister.RECOMPUTATION_REASON,
            DateChangeRegister.SYSTEM);
        moved.add(new Moved(trackingNumber, DateChangeRegister.APPEAL_WINDOW_CLOSES_ON,
            oldClosesOn, closesOn));
      }
    }
    return moved;
  }

  /** The window as the register gives it today, on the calendar with the notice. */
  private AppealWindow.Window countedAgain(String trackingNumber) {
    if (window.closedWithoutReply(trackingNumber)) {
      // Without a recorded termination notice (a case closed before V48) the window would be
      // counted from today: nothing to count again from.
      return cases.terminationService(trackingNumber).isPresent()
          ? window.windowAfterClosing(trackingNumber) : null;
    }
    CaseDates dates = cases.dates(trackingNumber).orElse(null);
    if (dates == null || dates.deliveredOn() == null) {
      return null;
    }
    return window.window(trackingNumber, dates.deliveredOn(), dates.replyReceivedOn());
  }
}
