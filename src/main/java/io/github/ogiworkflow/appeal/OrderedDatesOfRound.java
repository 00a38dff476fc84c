package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.deadline.OrderedReplyDates;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The ordered reply dates of a case's current handling round (audit round 28, F1): the decided
 * corrections (纠正) of the case that set a date (`ogi_appeal.corrected_due_on`) and were decided
 * on or after the round began (`clock_started_on`). A reopening starts its round on the
 * decision's date, so its own order binds it; an order of an earlier round does not bind a round
 * a later correction opened, and an order against the failure to reply does not bind a request
 * answered or closed once.
 */
@Component
class OrderedDatesOfRound implements OrderedReplyDates {

  private final AppealRegister appeals;
  private final CaseRegister cases;

  OrderedDatesOfRound(AppealRegister appeals, CaseRegister cases) {
    this.appeals = appeals;
    this.cases = cases;
  }

  @Override
  public Optional<Order> binding(String trackingNumber) {
    CaseRegister.CaseDates dates = cases.dates(trackingNumber).orElse(null);
    LocalDate roundStart = dates == null ? null : dates.clockStartedOn();
    boolean closedOnce = dates != null && dates.firstClosedOn() != null;
    return appeals.of(trackingNumber).stream()
        .filter(appeal -> AppealResult.CORRECTED.name().equals(appeal.result()))
        .filter(appeal -> appeal.correctedDueOn() != null && appeal.decidedOn() != null)
        .filter(appeal -> roundStart == null || !appeal.decidedOn().isBefore(roundStart))
        // An order against the failure to reply binds only a request never answered or closed
        // (OrderedReplyDate.apply, audit round 28, F3).
        .filter(appeal -> !appeal.againstNonReply() || !closedOnce)
        .min(Comparator.comparing(AppealRegister.Appeal::correctedDueOn))
        .map(appeal -> new Order(appeal.correctedDueOn(), decisionName(appeal)));
  }

  /** 行政复议决定（案号：…） or 判决（案号：…）, as the audit trail names the decision. */
  static String decisionName(AppealRegister.Appeal appeal) {
    return (appeal.kind() == AppealKind.LITIGATION ? "判决" : "行政复议决定") + "（案号："
        + Objects.requireNonNullElse(appeal.docketNo(), "未登记") + "）";
  }
}
