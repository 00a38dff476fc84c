package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DisclosureRequest's reopening after a reconsideration or court corrected the reply (纠正). */
@Configuration(proxyBeanMethods = false)
public class ReopenDelegates {

  /**
   * 重新办理: a correction (纠正) reopens the request with a new deadline, 20 working days from
   * the decision unless it set one. The same instance keeps the first round's history.
   */
  @Bean
  JavaDelegate reopenRequestDelegate(ReplyDeadline deadline, CaseRegister cases,
      ItemRegister items, PauseLedger pauses) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      LocalDate decidedOn = Vars.requiredDate(execution, REOPEN_DECIDED_ON, "决定日期");
      LocalDate dueOn = Optional.ofNullable(Vars.date(execution, REOPEN_DUE_ON))
          .orElseGet(() -> deadline.dueFrom(decidedOn));
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
      items.supersedeItems(trackingNumber, OfficeTime.today());
      // The new round decides everything of 办理与答复 anew (HandlingRound, by scope).
      Map<String, Object> variables = HandlingRound.reset();
      // The ordered date set above reads as a plain date, never 暂算 (audit round 29, F5).
      variables.putAll(deadline.variablesFor(trackingNumber, dueOn));
      execution.setVariables(variables);
    };
  }
}
