package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ProcessVariables;
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
    // Waiting for a correction asked for in time: the period of its own the correction would
    // restart (Art. 30) is capped at the ordered date (ADR 0108), which is the round's deadline
    // meanwhile (ADR 0111; before, only recorded, and the views read 补正后重新计算).
    boolean waiting = waitsForCorrection(dates);
    if (!waiting && !clockRuns(dates)) {
      return;
    }
    LocalDate due = waiting ? orderedBy : newDue(dates.dueOn(), appeal.decidedOn(), orderedBy);
    ProcessInstance running = WithoutAuthorizations.call(engine.getIdentityService(),
        () -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(dates.processInstanceId()).singleResult());
    if (running == null) {
      return;
    }
    // The date the body or court fixed binds the round: no pause moves the deadline past it
    // (ADR 0101), also where the running period ends earlier and stays.
    cases.setOrderedDueOn(trackingNumber, orderedBy);
    showOrderedDate(engine, running.getId(), orderedBy);
    if (waiting) {
      // 登记补正材料 and 确认逾期未补正 show the ordered date instead of the restart, and a
      // 延长补正期限告知书 states it, as after a notice sent in a bound round (ADR 0108, 0111).
      WithoutAuthorizations.call(engine.getIdentityService(), () -> {
        engine.getRuntimeService().setVariable(running.getId(),
            ProcessVariables.CORRECTION_ORDERED_DUE_TEXT, orderedBy.toString());
        return null;
      });
    }
    warnOfUnpaidFee(appeal, trackingNumber, orderedBy);
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
   * A fee notice in force and unpaid when the decision arrives (ADR 0111, ADR 0108's open point):
   * it stays, with the payment period it told the applicant (the agency cannot shorten it, and
   * withdrawing it is the office's reasoned act, ADR 0086); its pause ends today (ADR 0101). But
   * the reply follows payment, and a period that may run past the ordered date (not yet served,
   * or ending on or after it) makes the order hard to keep: the decision's warning says so and
   * names the way out (撤销收费通知书, then the reply without a fee by the date). Recorded as
   * what the system found with the decision (决定执行情况, ADR 0110), not as a date warning.
   */
  private void warnOfUnpaidFee(AppealRegister.Appeal appeal, String trackingNumber,
      LocalDate orderedBy) {
    cases.latestFeeNotice(trackingNumber)
        .filter(notice -> notice.inForce() && notice.paidOn() == null)
        .filter(notice -> notice.dueOn() == null || !notice.dueOn().isBefore(orderedBy))
        .ifPresent(notice -> appeals.addDecisionNotice(appeal.id(), "The fee notice of "
                + notice.issuedOn() + " is unpaid and its payment period may run past the ordered date"
                + "（本案" + CaseLetters.chinese(notice.issuedOn()) + "发出的收费通知书尚未缴费，缴费期限"
                + (notice.dueOn() == null ? "自送达之日起计算，尚未登记送达"
                    : "至" + CaseLetters.chinese(notice.dueOn()))
                + "；本决定责令本机关于" + CaseLetters.chinese(orderedBy) + "前作出答复，"
                + "该日期不因收费暂停。申请人在该日期后缴费或者逾期不缴费的，本机关将无法按期答复；"
                + "如需按期答复，请撤销收费通知书，不收费作出答复）"));
  }

  /**
   * The forms' hints read the round's ordered date ({@code orderedReplyDueText}, ADR 0111), also
   * when the deadline does not move (it ends earlier, or the clock waits for a correction).
   */
  private static void showOrderedDate(ProcessEngineServices engine, String processInstanceId,
      LocalDate orderedBy) {
    WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      engine.getRuntimeService().setVariable(processInstanceId,
          ProcessVariables.ORDERED_REPLY_DUE_TEXT, orderedBy.toString());
      return null;
    });
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
