package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.deadline.FixedReplyDates;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * {@link FixedReplyDates} from the appeal register: a deadline equal to the reply date a
 * correction (纠正) of the current round ordered, against the reply (the reopened round, ADR
 * 0044) or against the failure to reply (ADR 0096). A date 20 working days from the decision,
 * which the system counts where the decision set none, is no such date.
 */
@Component
public class OrderedDatesFixed implements FixedReplyDates {

  private final AppealRegister appeals;
  private final CaseRegister cases;

  public OrderedDatesFixed(AppealRegister appeals, CaseRegister cases) {
    this.appeals = appeals;
    this.cases = cases;
  }

  @Override
  public boolean fixed(String trackingNumber, LocalDate dueOn) {
    if (dueOn == null) {
      return false;
    }
    LocalDate roundStarted = cases.dates(trackingNumber)
        .map(CaseRegister.CaseDates::clockStartedOn).orElse(null);
    return appeals.of(trackingNumber).stream().anyMatch(a -> a.kind() != AppealKind.COMPLAINT
        && !a.pending() && AppealResult.CORRECTED.name().equals(a.result())
        && dueOn.equals(a.correctedDueOn()) && a.decidedOn() != null
        && (roundStarted == null || !a.decidedOn().isBefore(roundStarted)));
  }
}
