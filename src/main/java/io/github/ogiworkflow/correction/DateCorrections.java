package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_PENDING;
import static io.github.ogiworkflow.process.ProcessVariables.CORRECTION_NOTICE_DUE_AT;
import static io.github.ogiworkflow.process.ProcessVariables.CORRECTION_NOTICE_DUE_ON;
import static io.github.ogiworkflow.process.ProcessVariables.CORRECTION_NOTICE_REMIND_AT;
import static io.github.ogiworkflow.process.ProcessVariables.REOPEN_DECIDED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_AT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_ON_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_NOTICE_SERVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_PAID_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_PROPOSED_AMOUNT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_PROPOSED_COUNT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_SCHEME;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_RECEIVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.SIGNED_FOR_FOLLOW_UP_AT;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.AppealRegister.FiledAppeal;
import io.github.ogiworkflow.appeal.AppealWindow;
import io.github.ogiworkflow.appeal.Appellant;
import io.github.ogiworkflow.appeal.TerminationNoticeServiceDelegates;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.fee.FeeCalculator;
import io.github.ogiworkflow.fee.FeeCorrections;
import io.github.ogiworkflow.fee.FeeScheme;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.letter.ServiceDates;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Timers;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseDates;
import io.github.ogiworkflow.register.CaseRegister.FeeNotice;
import io.github.ogiworkflow.register.CaseRegister.TerminationService;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DateChangeRegister.Kind;
import io.github.ogiworkflow.reply.DeliveryDates;
import io.github.ogiworkflow.report.PublishedYears;
import io.github.ogiworkflow.report.PublishedYears.CountedDates;
import io.github.ogiworkflow.vocabulary.WithdrawalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A date entered wrongly, corrected by the office with a reason (issue 14, point 11): checked as
 * at entry (not in the future, consistent with the steps before and after it), written through
 * the register, recorded with who, when, old and new date and the reason in ogi_date_change
 * (shown in the case's audit trail), and carried into the running process where one still
 * reads it. All in one transaction: a refused correction writes nothing.
 */
@Component
public class DateCorrections {

  /** The reason is the record's point: a few words at least, and bounded. */
  static final int MIN_REASON = 4;
  static final int MAX_REASON = 2000;

  private final CaseRegister cases;
  private final DateChangeRegister changes;
  private final DeliveryDates deliveryDates;
  private final ReplyDeadline deadline;
  private final WorkingDayCalendar calendar;
  private final ProcessEngine engine;
  private final AppealWindow appealWindow;
  private final Letters letters;
  private final AppealRegister appeals;
  private final PauseLedger pauses;
  private final PublishedYears publishedYears;

  public DateCorrections(CaseRegister cases, DateChangeRegister changes,
      DeliveryDates deliveryDates, ReplyDeadline deadline, WorkingDayCalendar calendar,
      ProcessEngine engine, AppealWindow appealWindow, Letters letters, AppealRegister appeals,
      PauseLedger pauses, PublishedYears publishedYears) {
    this.publishedYears = publishedYears;
    this.letters = letters;
    this.appeals = appeals;
    this.pauses = pauses;
    this.cases = cases;
    this.changes = changes;
    this.deliveryDates = deliveryDates;
    this.deadline = deadline;
    this.calendar = calendar;
    this.engine = engine;
    this.appealWindow = appealWindow;
  }

  /** What was changed. */
  public record Correction(String trackingNumber, CorrectableDate field, LocalDate oldDate,
      LocalDate newDate, List<String> warnings) {

    public Correction(String trackingNumber, CorrectableDate field, LocalDate oldDate,
        LocalDate newDate) {
      this(trackingNumber, field, oldDate, newDate, List.of());
    }
  }

  /** Parses the request's field name, date and reason, refusing bad input in Chinese. */
  @Transactional
  public Correction correct(String trackingNumber, String field, String newDate, String reason,
      String correctedBy) {
    CorrectableDate which;
    try {
      which = CorrectableDate.valueOf(field == null ? "" : field.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("field: unknown date field, one of " + CorrectableDate.names()
          + "（请选择要更正的日期：" + CorrectableDate.labels() + "）");
    }
    LocalDate day;
    String dateText = newDate == null ? "" : newDate.trim();
    try {
      day = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      // ISO parsing is strict: a well-formed 2026-02-30 is a day the calendar lacks, not a
      // format error (audit 28 F12).
      if (dateText.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new InvalidInput("newDate: " + dateText + " does not exist（日期不存在："
            + dateText + "，请核对年、月、日）");
      }
      throw new InvalidInput("newDate: not a date yyyy-MM-dd（更正后的日期格式应为 年-月-日，"
          + "如 2026-01-01）");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
      throw new InvalidInput("reason: " + MIN_REASON + "–" + MAX_REASON + " characters（更正理由应为"
          + MIN_REASON + "至" + MAX_REASON + "个字）");
    }
    if (io.github.ogiworkflow.process.Vars.hasHiddenCharacters(why, true)) {
      throw new InvalidInput("reason: control or invisible format characters（更正理由"
          + io.github.ogiworkflow.process.Vars.HIDDEN_CHARACTERS + "）");
    }
    return correct(trackingNumber, which, day, why, correctedBy);
  }

  /** A date the case page offers to correct, with its value in the register (null: none yet). */
  public record Correctable(CorrectableDate field, LocalDate current) {}

  /**
   * The case's dates the office may correct now, for the case page to offer: the receipt until
   * a reply or termination notice that states it is issued; a withdrawal's day once recorded; the delivery and the payment once recorded; the
   * signed-for date once the reply is delivered (also while it is still missing) and while no
   * reopening set it aside; a closed
   * case's termination notice dates once its service is recorded and while no reopening set
   * it aside; none of a voided registration (ADR 0128). A convenience: {@link #correct} checks
   * each correction as before.
   */
  public List<Correctable> correctable(String trackingNumber) {
    CaseDates dates = trackingNumber == null ? null
        : cases.dates(trackingNumber).orElse(null);
    if (dates == null || dates.firstReceivedOn() == null
        || CaseRegister.Status.VOIDED.name().equals(dates.status())) {
      return List.of();
    }
    List<Correctable> offered = new ArrayList<>();
    // Neither an issued reply nor an issued 终止办理告知书 (a withdrawal's too) is changed, and
    // both state the receipt date: correctReceivedOn refuses it then, so it is not offered.
    if (letters.latestIssuedOn(trackingNumber, LetterKind.REPLY) == null
        && deliveryDates.issuedReply(trackingNumber).isEmpty()
        && letters.latestIssuedOn(trackingNumber, LetterKind.TERMINATION_NOTICE) == null) {
      offered.add(new Correctable(CorrectableDate.receivedOn, dates.firstReceivedOn()));
    }
    cases.withdrawal(trackingNumber).ifPresent(w ->
        offered.add(new Correctable(CorrectableDate.withdrawnOn, w.withdrawnOn())));
    if (dates.deliveredOn() != null) {
      offered.add(new Correctable(CorrectableDate.deliveredOn, dates.deliveredOn()));
    }
    if (dates.feePaidOn() != null) {
      offered.add(new Correctable(CorrectableDate.feePaidOn, dates.feePaidOn()));
    }
    // Not the signed-for date of a reply a reopening set aside (ADR 0148): correctReplyReceivedOn
    // refuses it until the new round's reply is delivered.
    if (dates.deliveredOn() != null && !replySetAside(dates)) {
      offered.add(new Correctable(CorrectableDate.replyReceivedOn, dates.replyReceivedOn()));
    }
    if (!cases.terminationSuperseded(trackingNumber)) {
      cases.terminationService(trackingNumber)
          .filter(t -> t.due() && t.servedOn() != null).ifPresent(t -> {
            offered.add(new Correctable(CorrectableDate.terminationServedOn, t.servedOn()));
            offered.add(new Correctable(CorrectableDate.terminationSignedForOn,
                t.signedForOn()));
          });
    }
    return List.copyOf(offered);
  }

  @Transactional
  public Correction correct(String trackingNumber, CorrectableDate field, LocalDate newDate,
      String reason, String correctedBy) {
    Correction done = apply(trackingNumber, field, newDate, reason, correctedBy);
    if (field == CorrectableDate.replyReceivedOn) {
      // The signed-for date is known: the follow-up of the return receipt (跟进邮寄回执, ADR
      // 0061), waiting for its day or open as a task, ends.
      endSignedForFollowUp(trackingNumber);
    }
    if (field == CorrectableDate.terminationSignedForOn
        && !cases.awaitsTerminationReceipt(trackingNumber)) {
      // A posted termination notice's signed-for day is known: its task, open again for it
      // (ADR 0067), ends rather than asking for a day already recorded (ADR 0069).
      endTerminationSignedForTask(trackingNumber);
    }
    return done;
  }

  /** Ends the case's open 送达终止告知书 waiting for a posted notice's signed-for day. */
  void endTerminationSignedForTask(String trackingNumber) {
    WithoutAuthorizations.call(engine.getIdentityService(), () -> engine.getRuntimeService()
        .createMessageCorrelation(ElementIds.MESSAGE_TERMINATION_SIGNED_FOR_RECORDED)
        .processInstanceBusinessKey(trackingNumber).correlateAllWithResult());
  }

  /**
   * The signed-for date entered on 跟进邮寄回执 itself (ADR 0061): checked and recorded as a
   * correction from （无）, with the same consequences; the follow-up ends with its task.
   */
  @Transactional
  public Correction recordSignedFor(String trackingNumber, LocalDate signedForOn, String reason,
      String recordedBy) {
    return apply(trackingNumber, CorrectableDate.replyReceivedOn, signedForOn, reason,
        recordedBy);
  }

  /** Ends the case's running follow-up of a posted reply's return receipt, if there is one. */
  void endSignedForFollowUp(String trackingNumber) {
    WithoutAuthorizations.call(engine.getIdentityService(), () -> engine.getRuntimeService()
        .createMessageCorrelation(ElementIds.MESSAGE_SIGNED_FOR_RECORDED)
        .processInstanceBusinessKey(trackingNumber).correlateAllWithResult());
  }

  /**
   * A corrected posting date moves the case's 跟进邮寄回执 (ADR 0061): its timer to
   * {@link CaseRegister#SIGNED_FOR_FOLLOW_UP_DAYS} days after the corrected day, the day the
   * compliance list counts from, and the posting date its form shows. A day already past makes
   * the timer due at once (the job executor takes it at its next look). A case that no longer
   * awaits its signed-for date ends it, as a recorded signed-for date does. An open task stays
   * open: the date is still missing.
   */
  private void moveSignedForFollowUp(String trackingNumber, LocalDate postedOn,
      List<Runnable> consequences) {
    if (!cases.awaitsSignedFor(trackingNumber)) {
      endSignedForFollowUp(trackingNumber);
      return;
    }
    Date dueAt = SignedForFollowUpDelegates.dueAt(postedOn);
    RuntimeService runtime = engine.getRuntimeService();
    WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      for (ProcessInstance followUp : runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP)
          .processInstanceBusinessKey(trackingNumber).list()) {
        LocalDate oldDueOn = OfficeTime.toLocalDate(
            runtime.getVariable(followUp.getId(), SIGNED_FOR_FOLLOW_UP_AT));
        runtime.setVariable(followUp.getId(), DELIVERED_ON, postedOn.toString());
        runtime.setVariable(followUp.getId(), SIGNED_FOR_FOLLOW_UP_AT, dueAt);
        Timers.move(engine.getManagementService(), followUp.getId(),
            ElementIds.TIMER_SIGNED_FOR_FOLLOW_UP_DUE, dueAt);
        // An open task keeps waiting for the date; its due date follows the new posting day.
        for (Task task : engine.getTaskService().createTaskQuery()
            .processInstanceId(followUp.getId()).list()) {
          task.setDueDate(SignedForFollowUpDelegates.taskDue(calendar, dueAt));
          engine.getTaskService().saveTask(task);
        }
        LocalDate newDueOn = OfficeTime.toLocalDate(dueAt);
        if (!newDueOn.equals(oldDueOn)) {
          // In the audit trail beside the appeal window's move, as every moved date is.
          consequences.add(() -> changes.record(trackingNumber,
              DateChangeRegister.SIGNED_FOR_FOLLOW_UP_ON, Kind.CORRECTED, oldDueOn, newDueOn,
              "送达日期更正后重算跟进邮寄回执日期", DateChangeRegister.SYSTEM));
        }
      }
      return null;
    });
  }

  private Correction apply(String trackingNumber, CorrectableDate field, LocalDate newDate,
      String reason, String correctedBy) {
    // The case's row locked first, as appeal filings and the delivery take it: a correction and
    // a filing (or two corrections) of one case sent at once run one after the other, and each
    // checks the dates the other wrote (ADR 0059).
    if (!cases.lock(trackingNumber)) {
      throw new UnknownCase(trackingNumber);
    }
    CaseDates dates = cases.dates(trackingNumber).orElseThrow(() -> new UnknownCase(
        trackingNumber));
    // A registration voided as made in error (ADR 0119, 0128) has no date to correct: nothing
    // went to the applicant, and no report reads its dates.
    cases.requireNotVoided(trackingNumber, "trackingNumber", "更正" + field.label());
    String name = field.label();
    if (newDate.isAfter(OfficeTime.today())) {
      throw new InvalidInput(field + ": the date is in the future（" + name + "不得晚于今天）");
    }
    List<Runnable> consequences = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    notMovingAPublishedYear(dates, field, newDate);
    LocalDate oldDate = switch (field) {
      case receivedOn -> correctReceivedOn(dates, newDate, consequences, warnings, correctedBy);
      case deliveredOn -> correctDeliveredOn(dates, newDate, consequences, correctedBy);
      case feePaidOn -> correctFeePaidOn(dates, newDate, consequences, warnings, correctedBy);
      case replyReceivedOn -> correctReplyReceivedOn(dates, newDate, consequences);
      case terminationServedOn -> correctTerminationServedOn(dates, newDate, consequences);
      case terminationSignedForOn -> correctTerminationSignedForOn(dates, newDate, consequences);
      case withdrawnOn -> correctWithdrawnOn(dates, newDate, warnings);
    };
    if (newDate.equals(oldDate)) {
      throw new InvalidInput(field + ": the date is unchanged（" + name + "与原日期相同，无需更正）");
    }
    // The reply deadline in force when it was made, for the compliance rule on corrections that
    // moved it or made a late reply timely (ADR 0127).
    // The maker by the name he has now, at the act (ADR 0137): the trail and 合规检查 keep it
    // once his account is renamed or deleted.
    changes.record(trackingNumber, field.name(), Kind.CORRECTED, oldDate, newDate, reason,
        correctedBy, field.movesReplyDeadline() ? dates.dueOn() : null,
        io.github.ogiworkflow.process.StaffAtTheTime.of(engine.getIdentityService(), correctedBy)
            .name());
    // What followed from it (a due date counted again) after it in the audit trail.
    consequences.forEach(Runnable::run);
    return new Correction(trackingNumber, field, oldDate, newDate, List.copyOf(warnings));
  }

  /**
   * A published annual report is final (ADR 0035, 0080): a correction that moves the case into
   * or out of a published year (its receipt, first closing or fee payment across a year's end)
   * would have the next report's 上年结转 contradict the published 结转下年度. Checked before
   * anything is written: the receipt and the fee payment move to the new day; the closing moves
   * with the delivery where the delivery closed the case (CaseRegister#correctDeliveredOn).
   */
  private void notMovingAPublishedYear(CaseDates dates, CorrectableDate field,
      LocalDate newDate) {
    CountedDates before = publishedYears.countedDates(dates.trackingNumber());
    CountedDates after = switch (field) {
      case receivedOn -> before.receivedOn() == null ? before
          : new CountedDates(newDate, before.closedOn(), before.feePaidOn());
      case deliveredOn -> before.closedOn() == null
          || !before.closedOn().equals(dates.deliveredOn()) ? before
          : new CountedDates(before.receivedOn(), newDate, before.feePaidOn());
      case feePaidOn -> before.feePaidOn() == null ? before
          : new CountedDates(before.receivedOn(), before.closedOn(), newDate);
      case replyReceivedOn, terminationServedOn, terminationSignedForOn -> before;
      // The withdrawal is the closing where it closed the case (CaseRegister#correctWithdrawnOn).
      case withdrawnOn -> before.closedOn() == null || !before.closedOn().equals(cases
          .withdrawal(dates.trackingNumber()).map(CaseRegister.Withdrawal::withdrawnOn)
          .orElse(null)) ? before
          : new CountedDates(before.receivedOn(), newDate, before.feePaidOn());
    };
    publishedYears.requireNoPublishedYearMoved(before, after, "newDate", field.label());
  }

  private LocalDate correctReceivedOn(CaseDates dates, LocalDate newDate,
      List<Runnable> consequences, List<String> warnings, String correctedBy) {
    LocalDate old = dates.firstReceivedOn();
    String tn = dates.trackingNumber();
    // The case's letters, read once for every check and warning below.
    List<Letters.Letter> issued = letters.of(tn);
    CaseRegister.requireRecentReceipt(newDate, CorrectableDate.receivedOn.name(),
        CorrectableDate.receivedOn.label());
    cases.requireNotBeforeSubmission(tn, newDate, CorrectableDate.receivedOn.name(),
        CorrectableDate.receivedOn.label());
    // A letter of the case (a correction notice, a consultation) answers the application, so
    // the application came in before it; so does every appeal or complaint about it (a
    // complaint may come before any letter).
    LocalDate firstLater = earliest(dates.deliveredOn(), dates.closedOn(), dates.feePaidOn(),
        dates.clockStartedOn().equals(old) ? null : dates.clockStartedOn(),
        Letters.firstIssuedOn(issued),
        appeals.firstFiled(tn).map(FiledAppeal::filedOn).orElse(null));
    if (firstLater != null && newDate.isAfter(firstLater)) {
      throw new InvalidInput("receivedOn: after a later step of the case on " + firstLater
          + "（收到申请日期不得晚于本案后续环节的日期" + CaseLetters.chinese(firstLater) + "）");
    }
    // Audit round 31a, F4 (ADR 0124): the application was in the office's hands on the day it
    // was registered (登记受理; online: the day its receipt was confirmed, a completed task) and
    // before any step was taken on it; entry refuses a receipt after that day ("not after
    // today"), and so does a correction.
    LocalDate registered = earliest(cases.registeredOn(tn).orElse(null),
        firstCompletedTaskOn(tn));
    if (registered != null && newDate.isAfter(registered)) {
      throw new InvalidInput("receivedOn: after the case was registered or first worked on, on "
          + registered + "（收到申请日期不得晚于本案登记受理（或确认收到网上申请）及办理第一个环节的日期"
          + CaseLetters.chinese(registered) + "）");
    }
    if (newDate.equals(old)) {
      return old;
    }
    // The issued reply states the receipt date (本机关于…收到, ADR 0078) and, numbered and
    // signed, is not changed: the register would then contradict the letter the applicant has
    // or will be served (audit round 24, F2).
    LocalDate replyIssuedOn = Letters.latestIssuedOn(issued, LetterKind.REPLY);
    if (replyIssuedOn != null) {
      throw new InvalidInput("receivedOn: the reply issued on " + replyIssuedOn + " states the"
          + " receipt date（答复书已于" + CaseLetters.chinese(replyIssuedOn) + "签发，载明了收到申请"
          + "日期；已签发的答复书不再更改，收到申请日期不能再更正）");
    }
    // Audit round 32a, F3 (ADR 0132): so does a reply numbered and dated (on approval, or on
    // finalising without one) but not yet served; it is delivered as issued.
    var numbered = deliveryDates.issuedReply(tn).orElse(null);
    if (numbered != null) {
      throw new InvalidInput("receivedOn: the reply " + numbered.documentNumber() + " issued on "
          + numbered.issuedOn() + " states the receipt date（答复书" + numbered.documentNumber()
          + "已于" + CaseLetters.chinese(numbered.issuedOn()) + "签发编号，载明了收到申请日期"
          + CaseLetters.chinese(old) + "，将按原文送达；已签发的答复书不再更改，收到申请日期不能再更正）");
    }
    // So does the 终止办理告知书 of a case closed without a reply (6.1, 6.2, 6.3): it closes the
    // case as the reply does the others, and stays as issued (audit round 27, F4).
    LocalDate terminationIssuedOn = Letters.latestIssuedOn(issued,
        LetterKind.TERMINATION_NOTICE);
    if (terminationIssuedOn != null) {
      throw new InvalidInput("receivedOn: the termination notice issued on "
          + terminationIssuedOn + " states the receipt date（终止办理告知书已于"
          + CaseLetters.chinese(terminationIssuedOn) + "签发，载明了收到申请日期；已签发的终止办理告知书"
          + "不再更改，收到申请日期不能再更正）");
    }
    boolean clockFromReceipt = dates.clockStartedOn().equals(old);
    LocalDate due = dates.dueOn();
    // A served 延期答复告知书 (Art. 33) or 延迟答复告知书 (Art. 35) told the applicant the deadline
    // as a date: it stays the agency's deadline, as against a holiday notice (ADR 0094; audit
    // round 27, F4), and the office is told the letter states the old receipt date.
    LocalDate promisedIn = latestOf(Letters.latestIssuedOn(issued, LetterKind.EXTENSION_NOTICE),
        Letters.latestIssuedOn(issued, LetterKind.DELAYED_REPLY_NOTICE));
    if (promisedIn != null) {
      clockFromReceipt = false;
      warnings.add("本案已于" + CaseLetters.chinese(promisedIn) + "发出延期（延迟）答复告知书，载明了原收到申请日期"
          + CaseLetters.chinese(old) + "和答复期限" + CaseLetters.chinese(due) + "；答复期限仍以该告知书为准，不随本次更正"
          + "变动。");
    }
    // So does a 撤销收费通知书 issued while the clock ran: since ADR 0095 it tells the applicant
    // the reply is due by a date (audit round 28, F8; ADR 0104).
    Letters.Letter withdrawal = issued.stream()
        .filter(Letters::namesReplyDeadline)
        .reduce((first, second) -> second).orElse(null);
    if (withdrawal != null && promisedIn == null) {
      clockFromReceipt = false;
      warnings.add("本案已于" + CaseLetters.chinese(withdrawal.issuedOn()) + "发出撤销收费通知书"
          + (withdrawal.documentNumber() == null ? "" : "（" + withdrawal.documentNumber() + "）")
          + "，载明了原收到申请日期" + CaseLetters.chinese(old) + "和答复期限届满日期；答复期限"
          + CaseLetters.chinese(due) + "仍以该通知书为准，不随本次更正变动。");
    }
    // A date a reconsideration decision or judgment ordered (ADR 0096, 0101) was fixed by the
    // body as a calendar date, not counted from the receipt (audit round 28, F7).
    LocalDate orderedBy = cases.orderedDueOn(tn).orElse(null);
    if (orderedBy != null && clockFromReceipt) {
      clockFromReceipt = false;
      warnings.add("答复期限" + CaseLetters.chinese(due) + "系依据行政复议决定或判决责令的答复期限（"
          + CaseLetters.chinese(orderedBy) + "）确定，不随本次更正变动。");
    }
    // Every letter issued so far that prints the receipt date (the correction notice, the
    // request for reasons, the fee letters, the extension and delay notices: each template's
    // 本机关于…收到) states the old one. Numbered and sent, it stays as issued; the office is
    // told which to correct or issue again (audit round 27, F4 rest).
    warnings.addAll(lettersStatingTheReceipt(tn, issued, old, newDate));
    if (clockFromReceipt) {
      // The due date is receipt + 20 working days + what was added since (extension, pauses):
      // the added working days are kept, counted from the corrected receipt.
      int added = calendar.workingDaysBetween(deadline.dueFrom(old), dates.dueOn());
      due = calendar.addWorkingDays(deadline.dueFrom(newDate), Math.max(added, 0));
      requireLeadershipToMoveAPassedDeadline(dates, due, CorrectableDate.receivedOn,
          correctedBy);
    }
    // The per-request fee counts the applicant's requests of the month by receipt date (109号,
    // handbook 2.12): moving this one may move the count of another with a fee (ADR 0086).
    Map<String, CountedFee> countsBefore = feeCounts(tn, old, newDate);
    cases.correctReceivedOn(tn, old, newDate, due);
    warnings.addAll(feeWarnings(countsBefore));
    ProcessInstance running = running(dates);
    if (running != null) {
      engine.getRuntimeService().setVariable(running.getId(), RECEIVED_ON, newDate.toString());
      moveCorrectionNoticeDate(running.getId(), old, newDate);
      if (clockFromReceipt && !due.equals(dates.dueOn())) {
        deadline.moveRunning(engine, running.getId(), tn, due);
        LocalDate newDue = due;
        consequences.add(() -> changes.record(tn, "replyDueDate", Kind.CORRECTED,
            dates.dueOn(), newDue, "收到申请日期更正后重算", DateChangeRegister.SYSTEM));
      }
    }
    return old;
  }

  /**
   * One warning per issued letter of the case that prints the receipt date, naming it by title,
   * 文号 and issue date. A correction notice's sentence on the reply period was decided from the
   * receipt (sent within 7 working days of it or not, Art. 30): where the corrected day turns
   * that verdict, the warning says so; the register keeps counting as the letter said.
   */
  private List<String> lettersStatingTheReceipt(String tn, List<Letters.Letter> issued,
      LocalDate old, LocalDate newDate) {
    List<String> stated = new ArrayList<>();
    for (Letters.Letter letter : issued) {
      if (!letters.statesReceiptDate(letter.kind())) {
        continue;
      }
      String oldText = CaseLetters.chinese(old);
      String text = "已发出的" + letter.title() + "（"
          + (letter.documentNumber() == null ? "" : letter.documentNumber() + "，")
          + CaseLetters.chinese(letter.issuedOn()) + "发出）"
          + (letter.body().contains(oldText) ? "载明收到申请日期为" + oldText : "载明的收到申请日期")
          + "，与更正后的收到申请日期" + CaseLetters.chinese(newDate) + "不符；请更正或重新出具该"
          + letter.title() + "，告知申请人正确的收到申请日期";
      if (letter.kind() == LetterKind.CORRECTION_NOTICE) {
        text += correctionNoticeTimeliness(tn, letter.issuedOn(), newDate);
      }
      stated.add(text + "。");
    }
    return stated;
  }

  private String correctionNoticeTimeliness(String tn, LocalDate issuedOn, LocalDate newDate) {
    boolean lateAsIssued = cases.correctionNoticeLate(tn);
    boolean lateNow = issuedOn.isAfter(deadline.correctionNoticeDue(newDate));
    if (lateNow == lateAsIssued) {
      return "";
    }
    return lateNow
        ? "；按更正后的日期，该告知书系在收到申请之日起7个工作日后发出，答复期限不因补正而重新计算"
            + "（条例第三十条），与告知书“答复期限自本机关收到补正后的申请之日起计算”的说明不符，"
            + "答复期限仍按告知书所述计算，请核实处理"
        : "；按更正后的日期，该告知书系在收到申请之日起7个工作日内发出，答复期限应自收到补正后的申请"
            + "之日起计算（条例第三十条），与告知书“答复期限不因补正而重新计算”的说明不符，"
            + "答复期限仍按告知书所述计算，请核实处理";
  }

  /**
   * The request number in its month of each case of the applicant, in the months the corrected
   * receipt leaves and enters, that has a per-request fee: a notice in force, or one proposed
   * and waiting for leadership's approval. This case included.
   */
  private Map<String, CountedFee> feeCounts(String tn, LocalDate old, LocalDate newDate) {
    List<String> candidates = new ArrayList<>(cases.sameApplicantCases(tn,
        List.of(YearMonth.from(old), YearMonth.from(newDate))));
    candidates.add(tn);
    Map<String, CountedFee> counts = new java.util.TreeMap<>();
    for (String candidate : candidates) {
      PerRequestFee fee = feeOf(candidate);
      if (fee != null) {
        counts.put(candidate, new CountedFee(fee, cases.requestNumberInMonth(candidate)));
      }
    }
    return counts;
  }

  /** A per-request fee of a case: issued (in force) or proposed; null if none. */
  private record PerRequestFee(BigDecimal amount, Integer counted, boolean issued,
      boolean paid) {}

  /**
   * A case's per-request fee and its request number before the correction: the fee itself does
   * not change with a receipt date, so it is read once.
   */
  private record CountedFee(PerRequestFee fee, int before) {}

  private PerRequestFee feeOf(String tn) {
    Optional<FeeNotice> notice = cases.latestFeeNotice(tn);
    if (notice.isPresent()) {
      FeeNotice n = notice.get();
      return n.inForce() && FeeScheme.PER_REQUEST.name().equals(n.scheme())
          ? new PerRequestFee(n.amount(), n.counted(), true, n.paidOn() != null) : null;
    }
    return WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      RuntimeService runtime = engine.getRuntimeService();
      for (Task task : engine.getTaskService().createTaskQuery()
          .processInstanceBusinessKey(tn).taskDefinitionKey(ElementIds.TASK_APPROVE_REPLY)
          .list()) {
        Object amount = runtime.getVariable(task.getProcessInstanceId(), FEE_PROPOSED_AMOUNT);
        Object scheme = runtime.getVariable(task.getProcessInstanceId(), FEE_SCHEME);
        Object counted = runtime.getVariable(task.getProcessInstanceId(), FEE_PROPOSED_COUNT);
        if (amount instanceof String a && FeeScheme.PER_REQUEST.name().equals(scheme)) {
          return new PerRequestFee(new BigDecimal(a),
              counted instanceof Integer c ? c : null, false, false);
        }
      }
      return null;
    });
  }

  /**
   * Warned, not refused (ADR 0086): the receipt date is a fact the register must hold, and
   * each affected fee has its own remedy, named here with the case and the amounts.
   */
  private List<String> feeWarnings(Map<String, CountedFee> countsBefore) {
    List<String> warnings = new ArrayList<>();
    countsBefore.forEach((tn, counted) -> {
      int before = counted.before();
      int after = cases.requestNumberInMonth(tn);
      if (after == before) {
        return;
      }
      PerRequestFee fee = counted.fee();
      BigDecimal now = FeeCalculator.perRequest(after);
      String was = fee.amount().stripTrailingZeros().toPlainString();
      String text = tn + "：" + (fee.issued() ? "已发出的收费通知" : "待领导审批的收费") + "为"
          + was + "元（按件计收，第" + (fee.counted() != null ? fee.counted() : before) + "件），"
          + "更正后本申请为当月第" + after + "件，按收费标准应为"
          + (now.signum() == 0 ? "不收费" : now.toPlainString() + "元");
      int compared = now.compareTo(fee.amount());
      if (compared == 0) {
        text += "，金额不变，无需更正收费";
      } else if (!fee.issued()) {
        text += "；领导审批时将不予通过，请领导退回修改，由办公室重新确定是否收费";
      } else if (fee.paid()) {
        text += "；该费用已缴纳，已缴费的收费通知不能更正，退还费用请按财务退费规定另行处理";
      } else if (compared < 0) {
        text += "；请更正收费通知（" + (now.signum() == 0 ? "撤销收费" : "减少收费金额") + "）";
      } else {
        text += "，高于已发出的金额；提高收费须报领导审批，不能通过更正收费通知提高，原收费通知继续有效";
      }
      warnings.add(text + "。");
    });
    return warnings;
  }

  /**
   * While 审查申请内容是否明确 is open, the date the correction notice is due (7 working days
   * from receipt, Art. 30) moves with the corrected receipt (audit round 26, F9): the form's
   * date (its warning compares it with today), the task's due and, if set, follow-up (即将到期)
   * dates, and the reminder timer, each by the working days registration counted. A reminder
   * now due fires at once and puts the task on top, as it would have.
   */
  private void moveCorrectionNoticeDate(String instanceId, LocalDate old, LocalDate newDate) {
    TaskService tasks = engine.getTaskService();
    List<Task> checks = tasks.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ElementIds.TASK_CHECK_COMPLETENESS).list();
    RuntimeService runtime = engine.getRuntimeService();
    LocalDate oldNoticeDue = OfficeTime.toLocalDate(
        runtime.getVariable(instanceId, CORRECTION_NOTICE_DUE_AT));
    // In a round a correction reopened at the check the window counts from the decision, not
    // from the receipt (ADR 0120, as CorrectionDelegates counts it): nothing to move. Such a round
    // follows a withdrawal, whose 终止办理告知书 states the receipt and already refuses the
    // correction (ADR 0128); this keeps the window's rule should that ever change.
    LocalDate reopenedOn = OfficeTime.toLocalDate(runtime.getVariable(instanceId,
        REOPEN_DECIDED_ON));
    if (checks.isEmpty() || oldNoticeDue == null
        || reopenedOn != null && reopenedOn.isAfter(old)) {
      return;
    }
    LocalDate noticeDue = calendar.addWorkingDays(newDate,
        calendar.workingDaysBetween(old, oldNoticeDue));
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(CORRECTION_NOTICE_DUE_ON, noticeDue.toString());
    variables.put(CORRECTION_NOTICE_DUE_AT, OfficeTime.endOf(noticeDue));
    LocalDate oldRemindOn = OfficeTime.toLocalDate(
        runtime.getVariable(instanceId, CORRECTION_NOTICE_REMIND_AT));
    Date remindAt = oldRemindOn == null ? null : OfficeTime.morningOf(calendar.addWorkingDays(
        newDate, calendar.workingDaysBetween(old, oldRemindOn)));
    if (remindAt != null) {
      variables.put(CORRECTION_NOTICE_REMIND_AT, remindAt);
    }
    runtime.setVariables(instanceId, variables);
    for (Task task : checks) {
      task.setDueDate(OfficeTime.endOf(noticeDue));
      if (task.getFollowUpDate() != null) {
        task.setFollowUpDate(DueSoonDates.followUpFor(calendar, noticeDue));
      }
      tasks.saveTask(task);
    }
    if (remindAt != null) {
      Timers.move(engine.getManagementService(), instanceId,
          ElementIds.TIMER_CORRECTION_NOTICE_DUE, remindAt);
    }
  }

  private LocalDate correctDeliveredOn(CaseDates dates, LocalDate newDate,
      List<Runnable> consequences, String correctedBy) {
    LocalDate old = required(dates.deliveredOn(), CorrectableDate.deliveredOn);
    requireLeadershipToMakeALateReplyTimely(dates, old, newDate, CorrectableDate.deliveredOn,
        correctedBy);
    // Also not before the fee was paid (the information goes out once it is, Art. 42).
    deliveryDates.checkDeliveredOn(dates.trackingNumber(), newDate);
    if (newDate.isBefore(dates.firstReceivedOn())) {
      throw new InvalidInput("deliveredOn: before the request was received on "
          + dates.firstReceivedOn() + "（送达日期不得早于收到申请日期"
          + CaseLetters.chinese(dates.firstReceivedOn()) + "）");
    }
    String tn = dates.trackingNumber();
    String deliveredBy = cases.deliveredBy(tn);
    LocalDate oldSignedFor = dates.replyReceivedOn();
    LocalDate signedFor = oldSignedFor;
    if (signedFor != null && deliveredBy != null && !CaseRegister.BY_POST.equals(deliveredBy)
        && signedFor.equals(old)) {
      // Not posted: received the day it was delivered (ServiceDates), one day by rule, so the
      // signed-for day moves along, as a termination notice's does (ADR 0069); refusing instead
      // would leave the office no way to correct either.
      signedFor = newDate;
    } else if (signedFor != null && signedFor.isBefore(newDate)) {
      throw new InvalidInput("deliveredOn: after the applicant signed for the reply on "
          + signedFor + "（送达日期不得晚于申请人签收日期" + CaseLetters.chinese(signedFor) + "）");
    } else if (signedFor != null) {
      // The one rule of recording: a reply not posted is signed for on its delivery day.
      ServiceDates.checkSignedFor(CorrectableDate.deliveredOn.name(), signedFor, newDate,
          deliveredBy);
    }
    notAfterTheApplicantsAppeal(dates, newDate, CorrectableDate.deliveredOn);
    notBeforeAnAppealAgainstTheFailureToReply(tn, newDate);
    if (!newDate.equals(old)) {
      cases.correctDeliveredOn(tn, old, newDate);
      boolean signedForMoved = signedFor != null && !signedFor.equals(oldSignedFor);
      if (signedForMoved) {
        cases.recordReplyReceipt(tn, signedFor);
        LocalDate moved = signedFor;
        consequences.add(() -> changes.record(tn, CorrectableDate.replyReceivedOn.name(),
            Kind.CORRECTED, oldSignedFor, moved, "非邮寄送达的，申请人于送达之日签收：随送达日期更正",
            DateChangeRegister.SYSTEM));
      }
      ProcessInstance running = running(dates);
      if (running != null) {
        engine.getRuntimeService().setVariable(running.getId(), DELIVERED_ON, newDate.toString());
        if (signedForMoved) {
          engine.getRuntimeService().setVariable(running.getId(), REPLY_RECEIVED_ON,
              signedFor.toString());
        }
        moveAppealWindow(tn, running, newDate, signedFor, consequences);
      }
      moveSignedForFollowUp(tn, newDate, consequences);
    }
    return old;
  }

  private LocalDate correctFeePaidOn(CaseDates dates, LocalDate newDate,
      List<Runnable> consequences, List<String> warnings, String correctedBy) {
    LocalDate old = required(dates.feePaidOn(), CorrectableDate.feePaidOn);
    LocalDate servedOn = historicDate(dates, FEE_NOTICE_SERVED_ON);
    LocalDate notBefore = servedOn != null ? servedOn
        : cases.latestFeeNoticeIssuedOn(dates.trackingNumber()).orElse(null);
    if (notBefore != null && newDate.isBefore(notBefore)) {
      throw new InvalidInput("feePaidOn: before the fee notice was received on " + notBefore
          + "（缴费日期不得早于收费通知送达日期" + CaseLetters.chinese(notBefore) + "）");
    }
    if (dates.deliveredOn() != null && newDate.isAfter(dates.deliveredOn())) {
      throw new InvalidInput("feePaidOn: after the reply was delivered on " + dates.deliveredOn()
          + "（缴费日期不得晚于送达日期" + CaseLetters.chinese(dates.deliveredOn()) + "）");
    }
    // Audit round 31a, F4 (ADR 0124): the applicant had paid when 登记缴费 recorded it; a later
    // day would lengthen the fee pause, and the reply period with it, by days the office knew
    // the payment.
    LocalDate recordedOn = firstRecordedOn(dates, FEE_PAID_ON);
    if (recordedOn != null && newDate.isAfter(recordedOn)) {
      throw new InvalidInput("feePaidOn: after the payment was recorded on " + recordedOn
          + "（缴费日期不得晚于登记缴费的日期" + CaseLetters.chinese(recordedOn) + "）");
    }
    if (!newDate.equals(old)) {
      String tn = dates.trackingNumber();
      // The reply clock stood still from the fee notice until payment (Art. 42, 国办函〔2020〕
      // 109号): the pause the payment ended ends on the corrected day, and the deadline moves by
      // the working days gained or lost, as when the pause ended. Everything the correction
      // decides (the pause's new length, the new deadline, whether leadership must make it) is
      // decided before anything is written (ADR 0137): a refusal leaves the register as it was
      // even outside the transaction.
      OptionalInt moved = pauses.endMovedBy(tn, old, newDate);
      LocalDate due = dates.dueOn();
      // A clock started again later (a reopened request) no longer counts this pause.
      if (moved.isPresent() && moved.getAsInt() != 0 && dates.dueOn() != null
          && !dates.clockStartedOn().isAfter(old)) {
        int days = moved.getAsInt();
        LocalDate counted = days > 0 ? calendar.addWorkingDays(dates.dueOn(), days)
            : calendar.workingDaysBefore(dates.dueOn(), -days);
        due = withinOrderedDate(tn, dates.dueOn(), counted, warnings);
        requireLeadershipToMoveAPassedDeadline(dates, due, CorrectableDate.feePaidOn,
            correctedBy);
      }
      pauses.moveEnd(tn, old, newDate);
      cases.correctFeePaid(tn, newDate);
      ProcessInstance running = running(dates);
      if (running != null) {
        engine.getRuntimeService().setVariable(running.getId(), FEE_PAID_ON, newDate.toString());
      }
      if (due != null && !due.equals(dates.dueOn())) {
        if (running != null) {
          deadline.moveRunning(engine, running.getId(), tn, due);
        } else {
          cases.setDueOn(tn, due);
        }
        LocalDate newDue = due;
        consequences.add(() -> changes.record(tn, "replyDueDate", Kind.CORRECTED,
            dates.dueOn(), newDue, "缴费日期更正后重算", DateChangeRegister.SYSTEM));
      }
    }
    return old;
  }

  /**
   * The deadline after a corrected payment date where a reconsideration decision or judgment
   * ordered the round's reply by a date (ADR 0101, 0104; audit round 28): the payment is a fact
   * and is corrected, but the ordered date is a calendar date the body fixed. A deadline that
   * is that date stays; one still before it moves with the pause, not past it, as a pause's end
   * does ({@code PauseLedger.afterPause}). The office is told either way.
   */
  private LocalDate withinOrderedDate(String tn, LocalDate dueOn, LocalDate counted,
      List<String> warnings) {
    LocalDate orderedBy = cases.orderedDueOn(tn).orElse(null);
    if (orderedBy == null || dueOn.isAfter(orderedBy)) {
      return counted;
    }
    if (dueOn.equals(orderedBy)) {
      warnings.add("答复期限" + CaseLetters.chinese(dueOn) + "系依据行政复议决定或判决责令的答复期限（"
          + CaseLetters.chinese(orderedBy) + "）确定，不随本次缴费日期更正变动。");
      return dueOn;
    }
    if (counted.isAfter(orderedBy)) {
      warnings.add("按更正后的缴费日期重算，答复期限应为" + CaseLetters.chinese(counted)
          + "，晚于行政复议决定或判决责令的答复期限" + CaseLetters.chinese(orderedBy) + "；答复期限为"
          + CaseLetters.chinese(orderedBy) + "，不得晚于该日期。");
      return orderedBy;
    }
    return counted;
  }

  private LocalDate correctReplyReceivedOn(CaseDates dates, LocalDate newDate,
      List<Runnable> consequences) {
    // A signed-for date that was not known at delivery (the return receipt came back later) is
    // recorded here too, with the same checks and a reason: the old date is then none.
    if (dates.deliveredOn() == null) {
      throw new InvalidInput("replyReceivedOn: the reply was not delivered yet（本案尚未送达答复，"
          + "不能记录申请人签收日期）");
    }
    if (replySetAside(dates)) {
      // A correction (纠正) reopened the request (ADR 0148): the delivered reply no longer
      // stands and nothing the register counts reads its signed-for date; the new round's
      // delivery records its own.
      throw new InvalidInput("replyReceivedOn: the delivered reply was set aside by a reopening"
          + "（本案经行政复议决定或判决纠正后已重新办理，原答复书不再有效，不再登记或更正其申请人签收日期；"
          + "重新作出的答复送达后，登记该答复的签收日期）");
    }
    LocalDate old = dates.replyReceivedOn();
    DeliveryDates.checkReplyReceivedOn(newDate, dates.deliveredOn(),
        cases.deliveredBy(dates.trackingNumber()));
    notAfterTheApplicantsAppeal(dates, newDate, CorrectableDate.replyReceivedOn);
    if (!newDate.equals(old)) {
      cases.recordReplyReceipt(dates.trackingNumber(), newDate);
      ProcessInstance running = running(dates);
      if (running != null) {
        engine.getRuntimeService().setVariable(running.getId(), REPLY_RECEIVED_ON,
            newDate.toString());
        moveAppealWindow(dates.trackingNumber(), running, dates.deliveredOn(), newDate,
            consequences);
      }
    }
    return old;
  }

  /**
   * A reply was delivered, and a correction (纠正) reopened the request since (ADR 0148): the
   * case is no longer DELIVERED (a reopened round runs, or it closed otherwise) while the
   * register still holds the set-aside reply's delivery, until the new round delivers its own.
   */
  private static boolean replySetAside(CaseDates dates) {
    return dates.deliveredOn() != null
        && !CaseRegister.Status.DELIVERED.name().equals(dates.status());
  }

  /**
   * The termination notice's service as recorded on 送达终止告知书 (ADR 0067), for a correction
   * (ADR 0069): a case closed without a reply whose service was recorded. While the task has
   * recorded nothing, there is nothing to correct: the office enters the dates there, where
   * the same checks apply.
   */
  private TerminationService recordedTermination(String trackingNumber, CorrectableDate field) {
    if (cases.terminationSuperseded(trackingNumber)) {
      // Reopened by a correction (纠正): the closing is set aside and the request answered
      // anew (handbook §3), so the notice's receipt starts no period the register counts (the
      // window, the late-filing warnings and the compliance list read the latest round only).
      // Its dates stay as recorded; ADR 0069 (amended) says why they are not corrected.
      throw new InvalidInput(field + ": the case was reopened by a correction after it was"
          + " closed; the termination notice no longer starts any period（本案终止办理后已因纠正"
          + "重新办理，原终止办理告知书不再起算复议、诉讼期限，其" + field.label() + "不予更正）");
    }
    if (cases.withdrawalInForce(trackingNumber).isPresent()) {
      // Terminated, but on the applicant's withdrawal: its notice starts no period (ADR 0085).
      throw new InvalidInput(field + ": the case was closed on the applicant's withdrawal; its"
          + " termination notice starts no period and its service is not recorded（本案因申请人撤回"
          + "申请终止办理，终止办理告知书不起算复议、诉讼期限，不登记送达情况，无" + field.label() + "可更正）");
    }
    TerminationService service = cases.terminationService(trackingNumber)
        .filter(TerminationService::due).orElseThrow(() -> new InvalidInput(field
            + ": the case is not closed without a reply, or closed before the service was"
            + " recorded（本案未终止办理，或终止办理时尚不登记终止办理告知书送达情况，无" + field.label()
            + "可更正）"));
    if (service.servedOn() == null) {
      throw new InvalidInput(field + ": the termination notice's service is not recorded yet"
          + "（终止办理告知书尚未登记送达，无可更正；请在任务“送达终止告知书”中登记）");
    }
    return service;
  }

  /**
   * 撤回申请日期 (ADR 0085, 0097), checked as when the office entered it (intake/Withdrawals),
   * against the day it did so: not before the receipt, not after that day, an oral withdrawal
   * not more than {@link WithdrawalForm#ORAL_ENTRY_WORKING_DAYS} working days before it; the
   * published-year guard sees the closing move ({@link #notMovingAPublishedYear}). The
   * deadline state recorded with it (V68) stays: it was judged on the entry day. The issued
   * 终止办理告知书 states the old day and is not changed: the answer warns.
   */
  private LocalDate correctWithdrawnOn(CaseDates dates, LocalDate newDate,
      List<String> warnings) {
    CorrectableDate field = CorrectableDate.withdrawnOn;
    String tn = dates.trackingNumber();
    CaseRegister.Withdrawal withdrawal = cases.withdrawal(tn).orElseThrow(() ->
        new InvalidInput(field + ": the request was not withdrawn（本案未登记撤回申请，无"
            + field.label() + "可更正）"));
    LocalDate old = withdrawal.withdrawnOn();
    LocalDate enteredOn = withdrawal.recordedAt() == null ? old
        : LocalDate.ofInstant(withdrawal.recordedAt(), OfficeTime.ZONE);
    if (newDate.isBefore(dates.firstReceivedOn())) {
      throw new InvalidInput(field + ": before the receipt on " + dates.firstReceivedOn() + "（"
          + field.label() + "不能早于收到申请日期" + CaseLetters.chinese(dates.firstReceivedOn())
          + "）");
    }
    if (newDate.isAfter(enteredOn)) {
      throw new InvalidInput(field + ": after the withdrawal was entered on " + enteredOn + "（"
          + field.label() + "不能晚于登记撤回的日期" + CaseLetters.chinese(enteredOn) + "）");
    }
    // The withdrawal ended the round that ran when it was entered (V69 keeps that round's
    // start; a reopening moves the case's clock), as the withdrawal's entry checks it (audit
    // round 27, F6): an earlier date would have the applicant withdraw before what followed.
    LocalDate roundStartedOn = withdrawal.roundStartedOn() != null ? withdrawal.roundStartedOn()
        : withdrawal.inForce() ? dates.clockStartedOn() : null;
    if (roundStartedOn != null && newDate.isBefore(roundStartedOn)) {
      throw new InvalidInput(field + ": before the round of handling it ended began on "
          + roundStartedOn + "（" + field.label() + "不能早于所终止的本次办理的起算日期"
          + CaseLetters.chinese(roundStartedOn) + "（补正后的申请收到之日或决定重新办理之日））");
    }
    // Nor after the applicant's appeal against the termination it led to: the one whose
    // decision set it aside, or one served since (audit round 29, F3).
    Optional<AppealRegister.Appeal> challenge = appeals.of(tn).stream()
        .filter(a -> withdrawal.setAsideBy() != null && a.id() == withdrawal.setAsideBy()
            || a.appellant() == Appellant.APPLICANT && !a.againstNonReply()
                && a.servedOn() != null && !a.servedOn().isBefore(old))
        .filter(a -> a.servedOn() != null)
        .min(java.util.Comparator.comparing(AppealRegister.Appeal::servedOn));
    if (challenge.isPresent() && newDate.isAfter(challenge.get().servedOn())) {
      AppealRegister.Appeal a = challenge.get();
      throw new InvalidInput(field + ": after the appeal " + a.docketNo() + " against the"
          + " termination, served on " + a.servedOn() + "（" + field.label() + "不能晚于申请人对终止办理"
          + "提起的复议或诉讼（案号：" + a.docketNo() + "，本机关于" + CaseLetters.chinese(a.servedOn())
          + "收到））");
    }
    if (WithdrawalForm.ORAL.name().equals(withdrawal.form()) && calendar.addWorkingDays(newDate,
        WithdrawalForm.ORAL_ENTRY_WORKING_DAYS).isBefore(enteredOn)) {
      throw new InvalidInput(WithdrawalForm.oralTooOld(field.name(), newDate,
          CaseLetters.chinese(newDate)));
    }
    if (newDate.equals(old)) {
      return old;
    }
    cases.correctWithdrawnOn(tn, old, newDate);
    LocalDate noticeIssuedOn = letters.latestIssuedOn(tn, LetterKind.TERMINATION_NOTICE);
    if (noticeIssuedOn != null) {
      warnings.add("已签发的终止办理告知书（" + CaseLetters.chinese(noticeIssuedOn) + "）载明撤回日期为"
          + CaseLetters.chinese(old) + "，与更正后的日期不符；告知书不再更改，请向申请人说明。");
    }
    return old;
  }

  /**
   * 终止办理告知书送达日期 (ADR 0069), checked as on 送达终止告知书 (ADR 0067): not before the
   * closing (the notice is dated that day), not in the future, not after the day signed for of
   * a posted notice, nor after the applicant's appeal against it. A notice not posted is
   * received the day it is served (ServiceDates): its signed-for day, where recorded on that
   * day, moves with it. The window of a closed case waiting for it moves; so does the open
   * task's due day of a posted notice awaiting its signed-for day (30 days after the posting).
   */
  private LocalDate correctTerminationServedOn(CaseDates dates, LocalDate newDate,
      List<Runnable> consequences) {
    CorrectableDate field = CorrectableDate.terminationServedOn;
    String tn = dates.trackingNumber();
    TerminationService service = recordedTermination(tn, field);
    LocalDate old = service.servedOn();
    if (newDate.isBefore(service.closedOn())) {
      throw new InvalidInput(field + ": before the case was closed on " + service.closedOn()
          + "（" + field.label() + "不得早于终止办理日期" + CaseLetters.chinese(service.closedOn())
          + "）");
    }
    boolean byPost = CaseRegister.BY_POST.equals(service.servedBy());
    LocalDate signedFor = service.signedForOn();
    if (signedFor != null && !byPost && signedFor.equals(old)) {
      signedFor = newDate;
    } else if (signedFor != null) {
      // The one rule of recording: a posted notice is signed for on or after its posting.
      ServiceDates.checkSignedFor(field.name(), signedFor, newDate, service.servedBy());
    }
    notAfterTheApplicantsAppealAgainstTheNotice(tn, newDate, field);
    if (!newDate.equals(old)) {
      cases.recordTerminationService(tn, service.servedBy(), newDate, signedFor);
      if (signedFor != null && !signedFor.equals(service.signedForOn())) {
        LocalDate moved = signedFor;
        consequences.add(() -> changes.record(tn, CorrectableDate.terminationSignedForOn.name(),
            Kind.CORRECTED, service.signedForOn(), moved,
            "非邮寄送达的，申请人于送达之日签收：随送达日期更正", DateChangeRegister.SYSTEM));
      }
      moveTerminationWindow(tn, consequences);
      moveTerminationTaskDue(tn, newDate);
    }
    return old;
  }

  /**
   * 终止办理告知书签收日期 (ADR 0069), checked as on 送达终止告知书: not before the service, not in
   * the future, the day served for a notice not posted; not after the applicant's appeal. A
   * posted notice's signed-for day missing so far is recorded here too (from （无）, as a
   * reply's); the window moves, and the task waiting for the day ends (in {@link #correct}).
   */
  private LocalDate correctTerminationSignedForOn(CaseDates dates, LocalDate newDate,
      List<Runnable> consequences) {
    CorrectableDate field = CorrectableDate.terminationSignedForOn;
    String tn = dates.trackingNumber();
    TerminationService service = recordedTermination(tn, field);
    LocalDate old = service.signedForOn();
    ServiceDates.checkSignedFor(field.name(), newDate, service.servedOn(), service.servedBy());
    notAfterTheApplicantsAppealAgainstTheNotice(tn, newDate, field);
    if (!newDate.equals(old)) {
      cases.recordTerminationService(tn, service.servedBy(), service.servedOn(), newDate);
      moveTerminationWindow(tn, consequences);
    }
    return old;
  }

  /**
   * The window of a closed case waiting in it (a third party's notice, ADR 0038), counted from
   * the corrected receipt, as recording the service moves it (ADR 0067); recorded after the
   * correction in the audit trail.
   */
  private void moveTerminationWindow(String trackingNumber, List<Runnable> consequences) {
    WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      TerminationNoticeServiceDelegates.moveAppealWindow(engine, appealWindow, changes,
          trackingNumber, "终止办理告知书送达或签收日期更正后重算救济期限", consequences::add);
      return null;
    });
  }

  /**
   * The open 送达终止告知书 of a posted notice awaiting its signed-for day is due 30 days after
   * the posting (ADR 0067): due, and 即将到期, from the corrected posting. A task before any
   * recording has no posting to count from and is not open here (refused above).
   */
  private void moveTerminationTaskDue(String trackingNumber, LocalDate postedOn) {
    if (!cases.awaitsTerminationReceipt(trackingNumber)) {
      return;
    }
    TaskService tasks = engine.getTaskService();
    WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      for (Task task : tasks.createTaskQuery()
          .processDefinitionKey(ProcessKeys.TERMINATION_NOTICE_SERVICE)
          .processInstanceBusinessKey(trackingNumber)
          .taskDefinitionKey(ElementIds.TASK_SERVE_TERMINATION_NOTICE).list()) {
        task.setDueDate(TerminationNoticeServiceDelegates.signedForDue(postedOn));
        task.setFollowUpDate(DueSoonDates.followUpFor(calendar,
            OfficeTime.toLocalDate(task.getDueDate())));
        tasks.saveTask(task);
      }
      return null;
    });
  }

  /**
   * A termination notice is appealed once received: a service or signed-for day later than the
   * applicant's first reconsideration or lawsuit of the case's latest round (the closing) would
   * have the register say the notice reached the applicant after it appealed, which recording
   * the appeal refuses (ADR 0067).
   */
  private void notAfterTheApplicantsAppealAgainstTheNotice(String trackingNumber,
      LocalDate newDate, CorrectableDate field) {
    appeals.firstApplicantAppealAgainstReply(trackingNumber, true)
        .filter(appeal -> newDate.isAfter(appeal.filedOn())).ifPresent(appeal -> {
          throw new InvalidInput(field + ": after the applicant's " + appeal.kind().name()
              .toLowerCase(java.util.Locale.ROOT) + " dated " + appeal.filedOn() + "（"
              + field.label() + "不得晚于申请人" + appeal.chinese()
              + CaseLetters.chinese(appeal.filedOn()) + "）");
        });
  }

  /**
   * The applicant appeals a reply it has received: a delivery or signed-for date later than the
   * applicant's first reconsideration or lawsuit against that reply (as at entry, where a filing
   * before the delivery is refused) would have the register say the reply reached the applicant
   * after it appealed. A third party's appeals run from the 公开决定告知书 (Art. 32), which may
   * come before the reply, and do not count (AppealRegister#firstApplicantAppealAgainstReply).
   */
  private void notAfterTheApplicantsAppeal(CaseDates dates, LocalDate newDate,
      CorrectableDate field) {
    boolean deliveredInLatestRound = CaseRegister.Status.DELIVERED.name().equals(dates.status());
    appeals.firstApplicantAppealAgainstReply(dates.trackingNumber(), deliveredInLatestRound)
        .filter(appeal -> newDate.isAfter(appeal.filedOn())).ifPresent(appeal -> {
          throw new InvalidInput(field + ": after the applicant's " + appeal.kind().name()
              .toLowerCase(java.util.Locale.ROOT) + " against the reply, dated "
              + appeal.filedOn() + "（" + field.label() + "不得晚于申请人对该答复"
              + appeal.chinese() + CaseLetters.chinese(appeal.filedOn()) + "）");
        });
  }

  /**
   * An appeal recorded as against the failure to reply (不服逾期未作答复) was filed before the reply
   * reached the applicant: a delivery date before its filing would have the register say the
   * applicant appealed the failure to reply while holding the reply (audit round 28, F10).
   */
  private void notBeforeAnAppealAgainstTheFailureToReply(String trackingNumber,
      LocalDate newDate) {
    appeals.lastApplicantAppealAgainstNonReply(trackingNumber)
        .filter(appeal -> newDate.isBefore(appeal.filedOn())).ifPresent(appeal -> {
          throw new InvalidInput("deliveredOn: before the applicant's "
              + appeal.kind().name().toLowerCase(java.util.Locale.ROOT)
              + " against the failure to reply, dated " + appeal.filedOn() + "（申请人"
              + appeal.chinese() + "为" + CaseLetters.chinese(appeal.filedOn())
              + "，已登记为不服逾期未作答复；送达日期不得早于该日期）");
        });
  }

  /**
   * The appeal window runs from the applicant's receipt of the reply (the delivery date where
   * none is recorded, except for a reply sent by post: 待确认签收 until the signed-for date is):
   * a case waiting for it to close has its closing day and timer moved. A window held open by a
   * pending appeal is not: it is looked at again when its timer fires.
   */
  private void moveAppealWindow(String trackingNumber, ProcessInstance running,
      LocalDate deliveredOn, LocalDate receivedOn, List<Runnable> consequences) {
    RuntimeService runtime = engine.getRuntimeService();
    Map<String, Object> window = runtime.getVariables(running.getId(),
        List.of(APPEAL_PENDING, APPEAL_WINDOW_CLOSES_ON_TEXT));
    Object oldText = window.get(APPEAL_WINDOW_CLOSES_ON_TEXT);
    // A window waiting for a posted reply's signed-for date (待确认签收) moves also when a check
    // kept it open meanwhile: its closing day is known only now.
    boolean awaitedSignedFor = AppealWindow.AWAITING_SIGNED_FOR.equals(oldText);
    if (oldText == null
        || Boolean.TRUE.equals(window.get(APPEAL_PENDING)) && !awaitedSignedFor) {
      return;
    }
    LocalDate oldClosesOn = AppealWindow.closingDayOf(oldText);
    AppealWindow.Window newWindow = appealWindow.window(trackingNumber, deliveredOn, receivedOn);
    LocalDate closesOn = newWindow.closesOn();
    Map<String, Object> variables = appealWindow.closingVariables(newWindow);
    if (variables.get(APPEAL_WINDOW_CLOSES_ON_TEXT).equals(oldText)) {
      return;
    }
    int moved = WithoutAuthorizations.call(engine.getIdentityService(), () -> Timers.move(
        engine.getManagementService(), running.getId(), ElementIds.TIMER_APPEAL_WINDOW_CLOSED,
        (Date) variables.get(APPEAL_WINDOW_CLOSES_AT)));
    if (moved == 0) {
      return; // not waiting for the window to close (not yet there, or past it)
    }
    runtime.setVariables(running.getId(), variables);
    if (closesOn.equals(oldClosesOn)) {
      return; // only its 暂算 mark changed
    }
    consequences.add(() -> changes.record(trackingNumber,
        DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, Kind.CORRECTED, oldClosesOn, closesOn,
        "送达或签收日期更正后重算救济期限", DateChangeRegister.SYSTEM));
  }

  private static LocalDate required(LocalDate old, CorrectableDate field) {
    if (old == null) {
      throw new InvalidInput(field + ": the case has no such date yet（本案尚无" + field.label()
          + "，无可更正）");
    }
    return old;
  }

  /**
   * Audit round 31a, F4 (ADR 0124): a correction that moves a deadline already passed to a later
   * day takes an overdue case (or part of its lateness) out of 逾期未答复 and 期限监控 and ends an
   * open 超期督办 (ADR 0104), which leadership was given: handbook 2.11 "escalate when it
   * passes". The office alone may not; a member of 领导小组 makes such a correction (with its
   * reason, recorded under that name), or it is refused before anything is written. So is one
   * that moves the deadline of a reply delivered late to or past its delivery (ADR 0127).
   */
  private void requireLeadershipToMoveAPassedDeadline(CaseDates dates, LocalDate newDue,
      CorrectableDate field, String correctedBy) {
    LocalDate due = dates.dueOn();
    if (due == null || newDue == null || !newDue.isAfter(due) || isLeader(correctedBy)) {
      return;
    }
    LocalDate deliveredOn = dates.deliveredOn();
    if (deliveredOn != null) {
      // ADR 0127: a reply delivered late that the moved deadline would make timely.
      if (deliveredOn.isAfter(due) && !deliveredOn.isAfter(newDue)) {
        throw new InvalidInput(field + ": the reply delivered on " + deliveredOn + " after its"
            + " deadline " + due + " would be on time by the deadline " + newDue + "; needs"
            + " leadership（答复书于" + CaseLetters.chinese(deliveredOn) + "送达，晚于答复期限"
            + CaseLetters.chinese(due) + "，属逾期答复；按更正后的" + field.label() + "，答复期限将后移至"
            + CaseLetters.chinese(newDue) + "，逾期答复将变为按期答复。使逾期答复变为按期答复的更正须经领导小组"
            + "同意，请报领导小组成员办理本次更正）");
      }
      return;
    }
    if (!due.isBefore(OfficeTime.today()) || dates.closedOn() != null) {
      return;
    }
    throw new InvalidInput(field + ": the reply deadline " + due + " has passed; moving it to "
        + newDue + " needs leadership（答复期限" + CaseLetters.chinese(due) + "已届满，本案已逾期；按更正后的"
        + field.label() + "，答复期限将后移至" + CaseLetters.chinese(newDue) + "。更正已届满的答复期限须经领导小组"
        + "同意，请报领导小组成员办理本次更正）");
  }

  /**
   * ADR 0127 (audit 31a, F4 rest): a correction that moves the delivery of a reply delivered
   * after its deadline to a day within it turns a late reply (逾期答复, Art. 33) into a timely
   * one: it takes the case out of the compliance rule and the annual report's count, as a
   * receipt correction that moves a passed deadline does (ADR 0124). The office alone may not;
   * a member of 领导小组 makes it through the same API, recorded under that name with its reason.
   */
  private void requireLeadershipToMakeALateReplyTimely(CaseDates dates, LocalDate deliveredOn,
      LocalDate newDeliveredOn, CorrectableDate field, String correctedBy) {
    LocalDate due = dates.dueOn();
    if (due == null || deliveredOn == null || !deliveredOn.isAfter(due)
        || newDeliveredOn.isAfter(due) || isLeader(correctedBy)) {
      return;
    }
    throw new InvalidInput(field + ": the reply delivered on " + deliveredOn + " after its"
        + " deadline " + due + " would be on time on " + newDeliveredOn + "; needs leadership（答复书登记于"
        + CaseLetters.chinese(deliveredOn) + "送达，晚于答复期限" + CaseLetters.chinese(due)
        + "，属逾期答复；更正为" + CaseLetters.chinese(newDeliveredOn) + "后将变为按期答复。使逾期答复变为"
        + "按期答复的更正须经领导小组同意，请报领导小组成员办理本次更正）");
  }

  private boolean isLeader(String userId) {
    if (userId == null) {
      return false;
    }
    var identity = engine.getIdentityService();
    return WithoutAuthorizations.call(identity, () -> identity.createUserQuery().userId(userId)
        .memberOfGroup(io.github.ogiworkflow.security.Groups.LEADERSHIP.id()).count() > 0);
  }

  /** The day of the first task completed on the case (any of its processes), or null. */
  private LocalDate firstCompletedTaskOn(String trackingNumber) {
    return WithoutAuthorizations.call(engine.getIdentityService(), () -> engine
        .getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(trackingNumber).finished().taskDeleteReason("completed")
        .orderByHistoricTaskInstanceEndTime().asc().listPage(0, 1).stream()
        .map(t -> OfficeTime.toLocalDate(t.getEndTime())).findFirst().orElse(null));
  }

  /**
   * The day a variable of the case's request process was first set (a task's form recorded it),
   * or null: the earliest of its values' creation, a value dropped and set again included.
   */
  private LocalDate firstRecordedOn(CaseDates dates, String variable) {
    if (dates.processInstanceId() == null) {
      return null;
    }
    return WithoutAuthorizations.call(engine.getIdentityService(), () -> engine
        .getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(dates.processInstanceId()).variableName(variable)
        .includeDeleted().list().stream()
        .map(v -> OfficeTime.toLocalDate(v.getCreateTime()))
        .min(LocalDate::compareTo).orElse(null));
  }

  /** The later of two days, either may be null. */
  private static LocalDate latestOf(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate... days) {
    LocalDate first = null;
    for (LocalDate day : days) {
      if (day != null && (first == null || day.isBefore(first))) {
        first = day;
      }
    }
    return first;
  }

  /** The case's running request process, read without the caller's grants (office checked). */
  private ProcessInstance running(CaseDates dates) {
    if (dates.processInstanceId() == null) {
      return null;
    }
    return WithoutAuthorizations.call(engine.getIdentityService(), () -> engine
        .getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(dates.processInstanceId()).singleResult());
  }

  private LocalDate historicDate(CaseDates dates, String variable) {
    if (dates.processInstanceId() == null) {
      return null;
    }
    HistoricVariableInstance value = WithoutAuthorizations.call(engine.getIdentityService(),
        () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(dates.processInstanceId()).variableName(variable).singleResult());
    if (value == null || value.getValue() == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.getValue().toString().substring(0, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** No case with this tracking number: 404. */
  public static class UnknownCase extends RuntimeException {
    public UnknownCase(String trackingNumber) {
      super("no case " + io.github.ogiworkflow.process.Vars.echo(trackingNumber)
          + "（无此受理编号的案件）");
    }
  }
}
