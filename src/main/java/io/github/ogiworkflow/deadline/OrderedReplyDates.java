package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
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
  private final OrderingDecisions decisions;
  private final WorkingDayCalendar calendar;

  public OrderedReplyDates(CaseRegister cases, OrderingDecisions decisions,
      WorkingDayCalendar calendar) {
    this.cases = cases;
    this.decisions = decisions;
    this.calendar = calendar;
  }

  /**
   * The order binding the round: its date and the decision as letters and refusals name it,
   * "行政复议决定（案号：示府复〔2026〕201号）" or "判决（案号：…）".
   */
  public record Order(LocalDate dueOn, String decision) {

    /** "行政复议决定（案号：…）责令本机关于2026年12月18日前作出答复". */
    public String sentence() {
      return decision + "责令本机关于" + CaseLetters.chinese(dueOn) + "前作出答复";
    }
  }

  /**
   * The round's order, if a decision set a date: the date from the register, the decision from
   * the latest decided appeal of the case that ordered that date, as the appeal register names
   * it ({@link OrderingDecisions}). A date V71 filled without a matching row is named
   * generically.
   */
  public Optional<Order> order(String trackingNumber) {
    return of(trackingNumber).map(dueOn -> new Order(dueOn,
        decisions.named(trackingNumber, dueOn).orElse("行政复议决定或判决")));
  }

  /** The round's ordered date, if a decision set one. */
  public Optional<LocalDate> of(String trackingNumber) {
    return cases.orderedDueOn(trackingNumber);
  }

  /** Whether {@code dueOn}, the case's reply deadline, is the date the decision ordered. */
  public boolean fixes(String trackingNumber, LocalDate dueOn) {
    return dueOn != null && of(trackingNumber).filter(dueOn::equals).isPresent();
  }

  /** {@code due}, or the round's ordered date where {@code due} would pass it (ADR 0101, 0108). */
  public LocalDate notAfterOrdered(String trackingNumber, LocalDate due) {
    return of(trackingNumber).filter(due::isAfter).orElse(due);
  }

  /**
   * The last day of a period the agency gives the applicant from {@code today} (the Art. 30
   * correction, the Art. 35 reasons) in a round bound by an ordered date (ADR 0111): {@code
   * standardEnd}, but not after the last working day before the ordered date, so that the agency
   * can still reply, or close the request the applicant let lapse, by that date. The order binds
   * the agency, not the applicant, but the period is the agency's to set (合理的补正期限), and one
   * running past the date would breach the order by construction, as a fee's would (ADR 0108).
   * When no working day after {@code today} is left before the ordered date, {@code standardEnd}:
   * a period of no day is none, and the order can no longer be kept this way (the letter names
   * the date either way).
   */
  public LocalDate applicantPeriodEnd(String trackingNumber, LocalDate standardEnd,
      LocalDate today) {
    return of(trackingNumber).map(orderedBy -> calendar.workingDaysBefore(orderedBy, 1))
        .filter(lastDay -> lastDay.isAfter(today) && lastDay.isBefore(standardEnd))
        .orElse(standardEnd);
  }

  /**
   * Refuses (400 on {@code field}, labelled {@code label}) a later end the office sets for the
   * applicant's period ({@code newEnd}, e.g. 延长补正期限) in a round bound by an ordered date
   * when it runs past the last working day before that date (ADR 0120): the rule of {@link
   * #applicantPeriodEnd}, for a date the office chose. The office chose it and the letter will
   * state it, so it is refused rather than cut. When no working day after {@code today} is left
   * before the ordered date, nothing is refused, as there the standard period stands.
   */
  public void requireApplicantPeriodWithin(String trackingNumber, LocalDate newEnd,
      LocalDate today, String field, String label) {
    if (newEnd == null) {
      return;
    }
    order(trackingNumber).ifPresent(order -> {
      LocalDate lastDay = calendar.workingDaysBefore(order.dueOn(), 1);
      if (lastDay.isAfter(today) && newEnd.isAfter(lastDay)) {
        throw new InvalidInput(field + ": " + newEnd + " is after " + lastDay
            + ", the last working day before " + order.dueOn() + ", the date a decision ordered"
            + " the reply by（" + order.sentence() + "，" + label + "不能晚于该日期前的最后一个工作日"
            + CaseLetters.chinese(lastDay) + "）");
      }
    });
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
