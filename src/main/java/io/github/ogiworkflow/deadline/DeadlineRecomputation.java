package io.github.ogiworkflow.deadline;

import static io.github.ogiworkflow.process.ProcessVariables.CORRECTION_DEADLINE;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_DUE_AT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_DUE_AT_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_NOTICE_SERVED_ON;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.Timers;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseDates;
import io.github.ogiworkflow.register.CaseRegister.CorrectionPeriod;
import io.github.ogiworkflow.register.CaseRegister.FeePeriod;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DateChangeRegister.Kind;
import io.github.ogiworkflow.register.ReasonsRequestRegister;
import io.github.ogiworkflow.register.ReasonsRequestRegister.ReasonsRequest;
import io.github.ogiworkflow.vocabulary.ReasonsDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When the State Council's holiday notice of a year arrives (issue 14, point 14), the open
 * working-day deadlines that were counted on the provisional year are counted again on the
 * notice: the reply deadline (答复期限: register, variables, task due dates, reminder and overdue
 * timers), the payment deadline (缴费期限: register, variables, 登记缴费's due date, its timer)
 * and the correction period (补正期限: register, variable, its timer), the day to record a
 * letter's service ({@link LetterServiceSteps}: the step's due date, variable and timer); then
 * those other domains keep
 * ({@link NoticeRecomputation}: proactive disclosure's Art. 26 due dates). Each moved deadline
 * is recorded in the case's audit trail (old → new, "依国务院办公厅放假通知重算").
 *
 * <p>How a deadline is counted again: it was some number of working days after the day its
 * count began (receipt or the clock's restart, the fee notice's service, the correction
 * notice). Those working days are counted on the calendar as it was, from the later of that
 * day and the end of November before the year (a notice may reach into the previous December,
 * never further), then added again on the calendar with the notice. Deadlines that end before
 * that are untouched, as are the days before it. A reply date a reconsideration decision or
 * judgment ordered ({@link OrderedReplyDates}) is a calendar date, not a count: it is not moved.
 *
 * <p>The count is relative to {@code before}, so it must run once per year, on the calendar the
 * open deadlines were counted on: holidaynotice/HolidayNotices runs it only in the transaction
 * that stores the year's notice for all nodes, and refuses a year already stored (ADR 0141,
 * audit 33b F1). Counting a date that is already on the notice again would move it again.
 */
@Component
public class DeadlineRecomputation {

  /** One deadline moved. */
  public record Moved(String trackingNumber, String field, LocalDate from, LocalDate to) {}

  private final WorkingDayCalendar calendar;
  private final CaseRegister cases;
  private final DateChangeRegister changes;
  private final ReplyDeadline deadline;
  private final Letters letters;
  private final DeadlineTexts texts;
  private final ReasonsRequestRegister reasons;
  private final ObjectProvider<NoticeRecomputation> others;
  private final OrderedReplyDates orderedDates;
  private final LetterServiceSteps serviceSteps;

  public DeadlineRecomputation(WorkingDayCalendar calendar, CaseRegister cases,
      DateChangeRegister changes, ReplyDeadline deadline, Letters letters,
      DeadlineTexts texts, ReasonsRequestRegister reasons,
      ObjectProvider<NoticeRecomputation> others, OrderedReplyDates orderedDates,
      LetterServiceSteps serviceSteps) {
    this.serviceSteps = serviceSteps;
    this.calendar = calendar;
    this.cases = cases;
    this.changes = changes;
    this.deadline = deadline;
    this.letters = letters;
    this.texts = texts;
    this.reasons = reasons;
    this.others = others;
    this.orderedDates = orderedDates;
  }

  /**
   * Counts again every open deadline that reaches into {@code year}; {@code before} is the
   * calendar without the year's notice ({@link WorkingDayCalendar#addYear} returns it). Runs in
   * the caller's transaction; the engine calls must not be limited by the caller's grants.
   */
  public List<Moved> recompute(ProcessEngineServices engine, WorkingDayCalendar before,
      int year) {
    LocalDate untouched = LocalDate.of(year - 1, 11, 30);
    RuntimeService runtime = engine.getRuntimeService();
    List<Moved> moved = new ArrayList<>();
    for (CaseRegister.RunningCase open : openCases()) {
      String pid = open.processInstanceId();
      if (pid == null || runtime.createProcessInstanceQuery().processInstanceId(pid)
          .singleResult() == null) {
        continue;
      }
      String tn = open.trackingNumber();
      CaseDates dates = cases.dates(tn).orElseThrow();

      // 答复期限: counted from the clock's start (receipt, or the correction's arrival), or from
      // the date a 延迟答复告知书 named, which stays as it is.
      LocalDate replyDue = dates.dueOn();
      // The case's letters, read once for the three questions below.
      List<Letters.Letter> issued = letters.of(tn);
      LocalDate newReplyDue = recount(before, latest(latest(untouched, dates.clockStartedOn()),
          delayedReplyPromised(tn, issued)), replyDue);
      if (Letters.latestIssuedOn(issued, LetterKind.EXTENSION_NOTICE) != null) {
        // The 延期答复告知书 told the applicant a fixed date (至…, DeadlineTexts.forLetter): the
        // agency keeps its word, so a notice may shorten the period, never lengthen it past the
        // date it stands at (audit round 25, F11).
        newReplyDue = notAfter(newReplyDue, replyDue);
      }
      if (Letters.latest(issued, Set.of(LetterKind.FEE_WITHDRAWAL_NOTICE))
          .filter(Letters::namesReplyDeadline).isPresent()) {
        // So did a 撤销收费通知书 issued while the clock ran (ADR 0095, 0104; audit 29, F11).
        newReplyDue = notAfter(newReplyDue, replyDue);
      }
      if (orderedByABody(tn, replyDue)) {
        // A date a reconsideration decision or judgment ordered the reply by is a calendar
        // date the body set, not working days after receipt (audit 28 F13): it stays.
        newReplyDue = replyDue;
      }
      if (!newReplyDue.equals(replyDue)) {
        deadline.moveRunning(engine, pid, tn, newReplyDue);
        moved.add(record(tn, "replyDueDate", replyDue, newReplyDue));
      } else {
        // The date stays, but no longer 暂算 (audit 31b, F8).
        deadline.refreshTexts(engine, pid, tn, replyDue);
      }

      // 缴费期限: counted from the fee notice's service, while 登记缴费 waits for the payment.
      // The register's last day to pay is counted again and the variables (the timer's input)
      // follow it (ADR 0065); a notice served before the register kept it (V45) has it only in
      // the variables.
      Date feeDueAt = (Date) runtime.getVariable(pid, FEE_DUE_AT);
      if (feeDueAt != null && hasTimer(engine.getManagementService(), pid,
          ElementIds.TIMER_PAYMENT_DEADLINE)) {
        Optional<FeePeriod> period = cases.latestFeePeriod(tn)
            .filter(p -> p.dueOn() != null && p.servedOn() != null);
        LocalDate feeDue = period.map(FeePeriod::dueOn)
            .orElseGet(() -> OfficeTime.toLocalDate(feeDueAt));
        LocalDate servedOn = period.map(FeePeriod::servedOn).orElseGet(() ->
            OfficeTime.toLocalDate(runtime.getVariable(pid, FEE_NOTICE_SERVED_ON)));
        LocalDate newFeeDue = notBefore(recount(before, latest(untouched, servedOn), feeDue),
            feeDue);
        if (!newFeeDue.equals(feeDue)) {
          if (period.isPresent()) {
            cases.moveFeeDue(tn, newFeeDue);
          }
          moved.add(record(tn, "feeDueAt", feeDue, newFeeDue));
        }
        Date newAt = OfficeTime.endOf(newFeeDue);
        if (!newAt.equals(feeDueAt)) {
          runtime.setVariable(pid, FEE_DUE_AT, newAt);
          runtime.setVariable(pid, FEE_DUE_AT_TEXT, texts.forStaff(newFeeDue));
          follow(engine, pid, tn, feeDueAt, newAt, ElementIds.TIMER_PAYMENT_DEADLINE);
        } else if (!texts.forStaff(newFeeDue).equals(runtime.getVariable(pid, FEE_DUE_AT_TEXT))) {
          runtime.setVariable(pid, FEE_DUE_AT_TEXT, texts.forStaff(newFeeDue)); // F8, as above
        }
      }
    }
    // 补正期限: cases waiting for a correction (their reply clock does not run).
    for (CaseDates waiting : awaitingCorrection()) {
      String pid = waiting.processInstanceId();
      if (pid == null || !hasTimer(engine.getManagementService(), pid,
          ElementIds.TIMER_CORRECTION_DEADLINE)) {
        continue;
      }
      // The register's last day to correct is counted again and the variable (the timer's
      // input) follows it (ADR 0071); a notice sent before the register kept it (V51) has it
      // only in the variable.
      Date dueAt = (Date) runtime.getVariable(pid, CORRECTION_DEADLINE);
      if (dueAt == null) {
        continue;
      }
      LocalDate registered = cases.correctionPeriod(waiting.trackingNumber())
          .map(CorrectionPeriod::dueOn).orElse(null);
      LocalDate due = registered != null ? registered : OfficeTime.toLocalDate(dueAt);
      LocalDate issuedOn = letters.latestIssuedOn(waiting.trackingNumber(),
          LetterKind.CORRECTION_NOTICE);
      // In a round bound by an ordered reply date the period ends before it (ADR 0111): a
      // recount keeps that cap, never below the date the letter stated (ADR 0120).
      LocalDate newDue = notBefore(orderedDates.applicantPeriodEnd(waiting.trackingNumber(),
          recount(before, latest(untouched, issuedOn), due), OfficeTime.today()), due);
      if (!newDue.equals(due)) {
        if (registered != null) {
          cases.moveCorrectionDue(waiting.trackingNumber(), newDue);
        }
        moved.add(record(waiting.trackingNumber(), "correctionDeadline", due, newDue));
      }
      Date newAt = OfficeTime.endOf(newDue);
      if (!newAt.equals(dueAt)) {
        runtime.setVariable(pid, CORRECTION_DEADLINE, newAt);
        follow(engine, pid, waiting.trackingNumber(), dueAt, newAt,
            ElementIds.TIMER_CORRECTION_DEADLINE);
      }
    }
    // 送达登记期限: the office's own day to record a letter's service (ADR 0122), counted in
    // working days from the issue like the others (ADR 0126).
    for (LetterServiceSteps.MovedStep step : serviceSteps.recount(engine, before, untouched)) {
      moved.add(record(step.trackingNumber(), step.field(), step.from(), step.to()));
    }
    // Deadlines other domains keep (proactive disclosure's Art. 26 dates).
    others.orderedStream().forEach(other -> moved.addAll(other.recompute(engine, before, year)));
    return moved;
  }

  /**
   * The date a served 延迟答复告知书 named (Art. 35; 将于…前作出答复), or null. It is not a count the
   * law fixes but the reasonable period the agency set, leadership approved for that date (ADR
   * 0092) and the applicant was told: a notice moves it neither later (the promise) nor earlier
   * (the period approved). So the recount starts there: the days up to it are not counted again,
   * only what came after it (a later extension or pause). A clock started after it (a new
   * handling round) counts from its own start, the later of the two.
   */
  private LocalDate delayedReplyPromised(String trackingNumber, List<Letters.Letter> issued) {
    if (Letters.latestIssuedOn(issued, LetterKind.DELAYED_REPLY_NOTICE) == null) {
      return null;
    }
    return reasons.latest(trackingNumber)
        .filter(request -> request.decision() == ReasonsDecision.ACCEPTED_DELAYED)
        .map(ReasonsRequest::replyDueOn).orElse(null);
  }

  /** Whether the reply deadline is a date an appeal decision ordered ({@link OrderedReplyDates}). */
  private boolean orderedByABody(String trackingNumber, LocalDate replyDue) {
    return orderedDates.fixes(trackingNumber, replyDue);
  }

  /** The same number of working days after {@code from}, on the calendar with the notice. */
  LocalDate recount(WorkingDayCalendar before, LocalDate from, LocalDate due) {
    if (!due.isAfter(from)) {
      return due;
    }
    return calendar.addWorkingDays(from, before.workingDaysBetween(from, due));
  }

  /**
   * The applicant's own periods (补正期限 Art. 30, 缴费期限 109号) were stated to the applicant as
   * a fixed date (the letters print no 暂算, DeadlineTexts.forLetter): a notice may give more
   * time, never less than the date the letter named.
   */
  private static LocalDate notBefore(LocalDate recounted, LocalDate stated) {
    return recounted.isBefore(stated) ? stated : recounted;
  }

  /** The agency's own period after a letter named its date: never later than that date. */
  private static LocalDate notAfter(LocalDate recounted, LocalDate stated) {
    return recounted.isAfter(stated) ? stated : recounted;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return b == null || a.isAfter(b) ? a : b;
  }

  private Moved record(String tn, String field, LocalDate from, LocalDate to) {
    changes.record(tn, field, Kind.RECOMPUTED, from, to, DateChangeRegister.RECOMPUTATION_REASON,
        DateChangeRegister.SYSTEM);
    return new Moved(tn, field, from, to);
  }

  private List<CaseRegister.RunningCase> openCases() {
    return cases.withRunningClock();
  }

  private List<CaseDates> awaitingCorrection() {
    return cases.awaitingCorrection();
  }

  private static boolean hasTimer(ManagementService jobs, String pid, String timerId) {
    return jobs.createJobQuery().processInstanceId(pid).activityId(timerId).timers().count() > 0;
  }

  /** The timer and the tasks whose due date was the old deadline move with it. */
  private static void follow(ProcessEngineServices engine, String pid, String tn, Date oldAt,
      Date newAt, String timerId) {
    Timers.move(engine.getManagementService(), pid, timerId, newAt);
    TaskService tasks = engine.getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(tn).list()) {
      if (oldAt.equals(task.getDueDate())) {
        task.setDueDate(newAt);
        tasks.saveTask(task);
      }
    }
  }
}
