package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * ADR 0096: a correction (纠正) of the agency's failure to reply (ADR 0081) that orders a reply by
 * a date binds the request still running toward its reply. The request is not reopened (nothing
 * was replied), but its reply deadline becomes the ordered date, moved as every other move of the
 * deadline is ({@link ReplyDeadline#moveRunning}: register, variables, the tasks that followed the
 * old date, the reminder and overdue timers), and the audit trail records it by 系统. The
 * ordered date is kept for the round (ADR 0101): a pause of the clock never moves the deadline
 * past it.
 */
@Component
public class OrderedReplyDate {

  private final CaseRegister cases;
  private final ReplyDeadline deadline;
  private final DateChangeRegister changes;
  private final PauseLedger pauses;
  private final AppealRegister appeals;

  public OrderedReplyDate(CaseRegister cases, ReplyDeadline deadline,
      DateChangeRegister changes, PauseLedger pauses, AppealRegister appeals) {
    this.appeals = appeals;
    this.cases = cases;
    this.deadline = deadline;
    this.changes = changes;
    this.pauses = pauses;
  }

  /**
   * The request's reply deadline after a decision of {@code decidedOn} ordering a reply by
   * {@code orderedBy}. A period that ran out before the decision leaves the ordered date as the
   * only one (ARL 2023 Art. 66, ALL Art. 72: 在一定期限内履行). A period still running that ends
   * later than the ordered date is cut to it; one ending earlier stays: Art. 33 still binds the
   * agency, and the decision grants no more time than the Regulation.
   */
  static LocalDate newDue(LocalDate currentDue, LocalDate decidedOn, LocalDate orderedBy) {
    if (currentDue == null || currentDue.isBefore(decidedOn)) {
      return orderedBy;
    }
    return currentDue.isAfter(orderedBy) ? orderedBy : currentDue;
  }

  /**
   * Applies the decided appeal's ordered date to its request, when the decision set one and the
   * request's reply clock runs (registered or in progress, or waiting for a correction asked for
   * too late to stop the clock, ADR 0036). A request answered or closed before the appeal was
   * served keeps its dates (that letter ended the failure to reply, audit round 28, F3), also in
   * a round a later correction reopened; an appeal served in a reopened round challenges that
   * round (ADR 0099; audit round 29, F12). A clock waiting for the applicant's correction (Art.
   * 30) has no deadline to move: the ordered date is recorded for the round all the same, so the
   * clock's restart and every extension are held to it (ADR 0103; audit round 29, F13).
   */
  void apply(ProcessEngineServices engine, AppealRegister.Appeal appeal) {
    LocalDate orderedBy = appeal.correctedDueOn();
    if (orderedBy == null) {
      return;
    }
    String trackingNumber = appeal.trackingNumber();
    cases.lock(trackingNumber);
    CaseRegister.CaseDates dates = cases.dates(trackingNumber).orElse(null);
    if (dates == null || dates.processInstanceId() == null) {
      return;
    }
    if (answeredBeforeServed(dates, appeal)) {
      appeals.addDecisionNotice(appeal.id(),
          "The request was answered or closed on " + dates.firstClosedOn() + ", before this"
              + " appeal; the ordered date moves no deadline（本决定责令本机关于"
              + CaseLetters.chinese(orderedBy) + "前作出答复；该申请已于"
              + CaseLetters.chinese(dates.firstClosedOn()) + "作出答复或办结，答复期限不因本决定变动，"
              + "请核对是否需另行处理）");
      return;
    }
    if (waitsForCorrection(dates)) {
      cases.setOrderedDueOn(trackingNumber, orderedBy);
      return;
    }
    if (!clockRuns(dates)) {
      return;
    }
    LocalDate due = newDue(dates.dueOn(), appeal.decidedOn(), orderedBy);
    ProcessInstance running = WithoutAuthorizations.call(engine.getIdentityService(),
        () -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(dates.processInstanceId()).singleResult());
    if (running == null) {
      return;
    }
    // The date the body or court fixed binds the round: no pause moves the deadline past it
    // (ADR 0101), also where the running period ends earlier and stays.
    cases.setOrderedDueOn(trackingNumber, orderedBy);
    // A pause open now (a consultation, a fee notice) no longer stops a clock that runs toward
    // the ordered date: it ends today, and the reminder and overdue timers run again.
    boolean pauseEnds = due.equals(orderedBy) && pauses.isPaused(trackingNumber);
    if (pauseEnds) {
      pauses.endForOrderedDate(trackingNumber, OfficeTime.today());
    }
    boolean moves = !due.equals(dates.dueOn());
    WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      if (moves) {
        deadline.moveRunning(engine, running.getId(), trackingNumber, due);
      }
      if (pauseEnds) {
        deadline.resumeTimersFromStep(engine, running.getId());
      }
      return null;
    });
    if (!moves) {
      return;
    }
    String decision = appeal.kind() == AppealKind.LITIGATION ? "判决" : "行政复议决定";
    changes.record(trackingNumber, "replyDueDate", DateChangeRegister.Kind.RECOMPUTED,
        dates.dueOn(), due, decision + "（案号：" + appeal.docketNo() + "）责令本机关于"
            + CaseLetters.chinese(orderedBy) + "前作出答复", DateChangeRegister.SYSTEM);
  }

  /**
   * Answered or closed once before the appeal was served: the failure to reply ended with that
   * letter (audit round 28, F3). A round reopened later (its clock started after the first
   * closing) that the appeal was served in is a new failure to reply (audit round 29, F12).
   */
  private static boolean answeredBeforeServed(CaseRegister.CaseDates dates,
      AppealRegister.Appeal appeal) {
    if (dates.firstClosedOn() == null) {
      return false;
    }
    boolean servedInLaterRound = appeal.servedOn() != null && dates.clockStartedOn() != null
        && dates.clockStartedOn().isAfter(dates.firstClosedOn())
        && !appeal.servedOn().isBefore(dates.clockStartedOn());
    return !servedInLaterRound;
  }

  /** Waiting for a correction asked for in time: the clock stands (Art. 30, ADR 0036). */
  private boolean waitsForCorrection(CaseRegister.CaseDates dates) {
    return CaseRegister.Status.AWAITING_CORRECTION.name().equals(dates.status())
        && !cases.correctionNoticeLate(dates.trackingNumber());
  }

  private boolean clockRuns(CaseRegister.CaseDates dates) {
    String status = dates.status();
    if (CaseRegister.Status.REGISTERED.name().equals(status)
        || CaseRegister.Status.IN_PROGRESS.name().equals(status)) {
      return true;
    }
    return CaseRegister.Status.AWAITING_CORRECTION.name().equals(status)
        && cases.correctionNoticeLate(dates.trackingNumber());
  }
}
