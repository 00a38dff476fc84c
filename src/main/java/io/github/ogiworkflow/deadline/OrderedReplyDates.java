package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.InvalidInput;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A reply date a reconsideration body or court ordered (责令限期答复, ARL 2023 Art. 66, ALL Art.
 * 72; ADR 0096) binds the handling round it was decided in: the agency cannot give itself more
 * time than the decision left it, neither by an extension (Art. 33) nor by a delay (Art. 35).
 * Kept where the appeals are; asked here, so this package does not depend on the appeal one.
 */
public interface OrderedReplyDates {

  /** The earliest ordered date binding the case's current round, if a decision set one. */
  Optional<Order> binding(String trackingNumber);

  /** {@code decision}: how letters and errors name it, e.g. 行政复议决定（案号：…）. */
  record Order(LocalDate orderedBy, String decision) {

    /**
     * Refuses a new reply deadline later than the ordered date, on {@code field} (HTTP 400).
     */
    public void requireNotAfter(LocalDate newDue, String field) {
      if (newDue != null && newDue.isAfter(orderedBy)) {
        throw new InvalidInput(field + ": the new reply deadline " + newDue
            + " is after " + orderedBy + ", the date a decision ordered the reply by（" + decision
            + "责令本机关于" + CaseLetters.chinese(orderedBy) + "前作出答复，答复期限不能延至"
            + CaseLetters.chinese(newDue) + "）");
      }
    }
  }

  /** Refuses {@code newDue} when an ordered date of the case's round comes before it. */
  default void requireNotAfterOrdered(String trackingNumber, LocalDate newDue, String field) {
    binding(trackingNumber).ifPresent(order -> order.requireNotAfter(newDue, field));
  }
}
