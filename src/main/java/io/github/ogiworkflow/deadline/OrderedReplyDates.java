package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The reply date a reconsideration decision or judgment ordered for the current handling round
 * (责令限期答复, ARL 2023 Art. 66, ALL Art. 72; ADR 0096, 0101, 0103), as the register keeps it
 * (`ogi_case.ordered_due_on`: written when an order moves a running request and when a
 * correction reopens one, cleared by a reopening without a date). It is a calendar date the body
 * fixed, not a count of working days: the agency gives itself no more time than it leaves (no
 * extension, Art. 33, or delay, Art. 35, past it; audit round 28, F1), and a holiday notice does
 * not recount it (F13).
 */
@Component
public class OrderedReplyDates {

  private final CaseRegister cases;

  public OrderedReplyDates(CaseRegister cases) {
    this.cases = cases;
  }

  /** The round's ordered date, if a decision set one. */
  public Optional<LocalDate> of(String trackingNumber) {
    return cases.orderedDueOn(trackingNumber);
  }

  /** Whether {@code dueOn}, the case's reply deadline, is the date the decision ordered. */
  public boolean fixes(String trackingNumber, LocalDate dueOn) {
    return dueOn != null && of(trackingNumber).filter(dueOn::equals).isPresent();
  }

  /** Refuses a new reply deadline after the round's ordered date, on {@code field} (400). */
  public void requireNotAfterOrdered(String trackingNumber, LocalDate newDue, String field) {
    of(trackingNumber).filter(orderedBy -> newDue != null && newDue.isAfter(orderedBy))
        .ifPresent(orderedBy -> {
          throw new InvalidInput(field + ": the new reply deadline " + newDue + " is after "
              + orderedBy + ", the date a decision ordered the reply by（行政复议决定或判决责令本机关于"
              + CaseLetters.chinese(orderedBy) + "前作出答复，答复期限不能延至"
              + CaseLetters.chinese(newDue) + "）");
        });
  }
}
