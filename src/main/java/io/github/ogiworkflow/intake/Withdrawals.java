package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.StaffAtTheTime;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.vocabulary.WithdrawalForm;
import java.time.LocalDate;
import java.util.Optional;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant withdraws a request (撤回申请, ADR 0085): the office records the day the
 * withdrawal reached it, how it was made and the reason given, and the case ends as 6.3
 * (（六）其他处理 3.其他). Checked here, under the case's row lock, from the register: the request
 * is received and still being handled (not delivered, not closed, not withdrawn already; a
 * withdrawal set aside by a correction does not bar one in the new round, ADR 0105), the day
 * is not in the future, not before the receipt and not in a year whose annual report is
 * published; an oral withdrawal is entered within a few working days, and none is taken "online"
 * (the platform offers none; ADR 0097). The reply deadline as it stands on the entry day is kept
 * with it (late or not), so the closing does not erase a missed deadline. Then the withdrawal is written and the message {@code ApplicationWithdrawn} ends
 * everything the case runs (its event sub-process 申请人撤回申请); its step refuses a message
 * without this record, so the engine API cannot withdraw a case past these checks. One
 * transaction: a refusal writes nothing.
 */
@Component
public class Withdrawals {

  /** The reason is optional; when given, at most its column (ogi_case.withdrawal_reason). */
  static final int MAX_REASON = 1000;

  /** A withdrawal the case's state refuses (HTTP 409): delivered, closed, withdrawn already. */
  public static class Refused extends RuntimeException {
    private final String applicantMessage;

    Refused(String message) {
      this(message, "该申请当前不能撤回；如需撤回，请与本机关联系");
    }

    Refused(String message, String applicantMessage) {
      super(message);
      this.applicantMessage = applicantMessage;
    }

    /** The refusal as the applicant on the public page reads it (ADR 0175). */
    public String applicantMessage() {
      return applicantMessage;
    }
  }

  /** No such request (HTTP 404). */
  public static class UnknownCase extends RuntimeException {
    UnknownCase(String trackingNumber) {
      super("unknown tracking number（受理编号 " + Vars.echo(trackingNumber) + " 不存在）");
    }
  }

  /** What was recorded. */
  public record Withdrawn(String trackingNumber, LocalDate withdrawnOn, WithdrawalForm form,
      String reason) {}

  private final CaseRegister cases;
  private final PublishedYearGuard publishedYears;
  private final WorkingDayCalendar calendar;
  private final PauseLedger pauses;
  private final ReplyLetterRegister replies;

  public Withdrawals(CaseRegister cases, PublishedYearGuard publishedYears,
      WorkingDayCalendar calendar, PauseLedger pauses, ReplyLetterRegister replies) {
    this.replies = replies;
    this.cases = cases;
    this.publishedYears = publishedYears;
    this.calendar = calendar;
    this.pauses = pauses;
  }

  /**
   * Records the withdrawal of {@code trackingNumber} as {@code recordedBy} and ends the case in
   * {@code engine} (a parameter, as the engine is built from the beans, not one of them);
   * {@code withdrawnOn} yyyy-MM-dd, {@code form} a {@link WithdrawalForm} name, {@code reason}
   * optional. Bad input: {@link InvalidInput} naming each wrong field at once.
   */
  @Transactional
  public Withdrawn record(ProcessEngine engine, String trackingNumber, String withdrawnOn,
      String form, String reason, String recordedBy) {
    if (trackingNumber == null || !cases.lock(trackingNumber)) {
      throw new UnknownCase(trackingNumber);
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate day = errors.check(() -> date(withdrawnOn));
    WithdrawalForm how = errors.check(() -> form(form));
    String why = errors.check(() -> reason(reason));
    errors.throwIfAny();
    return write(engine, trackingNumber, day, how, why, recordedBy);
  }

  /**
   * 网上撤回申请 (ADR 0175): the online applicant withdraws the request on the public platform
   * with the query code (checked by the caller), dated the Beijing day it arrives, the reason
   * optional. Taken while the request is received and still being handled and no reply is
   * signed yet in this round (a signed reply is the agency's decision on the way to the
   * applicant, ADR 0132: after it the applicant asks the office, which may still record a
   * written withdrawal until delivery). Recorded as {@link WithdrawalForm#ONLINE} with nobody of
   * the staff as its recorder; the case ends by the same path as an office-recorded withdrawal.
   * A refusal's {@link Refused#applicantMessage()} speaks to the applicant.
   */
  @Transactional
  public Withdrawn recordOnline(ProcessEngine engine, String trackingNumber, String reason) {
    if (trackingNumber == null || !cases.lock(trackingNumber)) {
      throw new UnknownCase(trackingNumber);
    }
    String why = reason(reason);
    CaseRecord c = cases.get(trackingNumber);
    requireRunning(trackingNumber, c);
    Refused signed = replySigned(trackingNumber, c);
    if (signed != null) {
      throw signed;
    }
    return write(engine, trackingNumber, OfficeTime.today(), WithdrawalForm.ONLINE, why, null);
  }

  /** The date checks, the register and the engine, the case row locked by the caller. */
  private Withdrawn write(ProcessEngine engine, String trackingNumber, LocalDate day,
      WithdrawalForm how, String why, String recordedBy) {
    CaseRecord c = cases.get(trackingNumber);
    requireRunning(trackingNumber, c);
    InvalidInput.Collector dates = new InvalidInput.Collector();
    LocalDate today = OfficeTime.today();
    if (day.isAfter(today)) {
      dates.add(new InvalidInput("withdrawnOn lies in the future（撤回申请日期不能晚于今天）"));
    } else if (day.isBefore(c.firstReceivedOn())) {
      dates.add(new InvalidInput("withdrawnOn lies before the receipt on " + c.firstReceivedOn()
          + "（撤回申请日期不能早于收到申请日期" + chinese(c.firstReceivedOn()) + "）"));
    } else if (c.clockStartedOn() != null && day.isBefore(c.clockStartedOn())) {
      // The withdrawal ends the round that runs now, which began when the corrected request
      // arrived (Art. 30) or a correction (纠正) reopened it: an earlier date would have the
      // applicant withdraw before what followed, e.g. before the reply it then appealed
      // (audit round 27, F6).
      dates.add(new InvalidInput("withdrawnOn lies before this round of handling began on "
          + c.clockStartedOn() + "（撤回申请日期不能早于本次办理的起算日期" + chinese(c.clockStartedOn())
          + "（补正后的申请收到之日或决定重新办理之日））"));
    } else if (how == WithdrawalForm.ORAL && calendar.addWorkingDays(day,
        WithdrawalForm.ORAL_ENTRY_WORKING_DAYS).isBefore(today)) {
      // An oral withdrawal leaves no trace but this entry (audit round 27, F1; ADR 0097).
      dates.add(new InvalidInput(WithdrawalForm.oralTooOld("withdrawnOn", day, chinese(day))));
    } else {
      // The withdrawal is the case's closing: a published year's report is final (ADR 0080).
      dates.check(() -> {
        publishedYears.requireRecordable(trackingNumber, CountedDate.CLOSING, day,
            "withdrawnOn", "撤回申请日期");
        return day;
      });
    }
    dates.throwIfAny();

    // The deadline as it stands today, the day the office learns of the withdrawal (ADR 0097):
    // late when it passed before today, whatever day the withdrawal is dated. None while the
    // clock does not run (awaiting a correction notified in time, Art. 30; paused, Art. 33).
    boolean clockRuns = !CorrectionWait.clockWaits(cases, trackingNumber)
        && !pauses.isPaused(trackingNumber);
    LocalDate dueOn = clockRuns ? c.dueOn() : null;
    // The recorder by his name at the act (ADR 0153): the trail keeps it after a rename.
    // Online (ADR 0175): the applicant's own act, no staff member records it.
    cases.recordWithdrawal(trackingNumber, day, how.name(), why, recordedBy,
        recordedBy == null ? null
            : StaffAtTheTime.of(engine.getIdentityService(), recordedBy).name(), dueOn,
        dueOn != null && dueOn.isBefore(today));
    try {
      // The office holds no grant to change a case: the server ends it after its own checks.
      WithoutAuthorizations.call(engine.getIdentityService(), () -> engine.getRuntimeService()
          .createMessageCorrelation(ElementIds.MESSAGE_APPLICATION_WITHDRAWN)
          .processInstanceBusinessKey(trackingNumber).correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      // A case on a model deployed before ADR 0085 has no such event: nothing is written.
      throw new Refused("trackingNumber: the case's model has no withdrawal（该申请按撤回登记上线前的"
          + "流程版本办理，不能在系统中登记撤回，请联系系统管理员）");
    }
    return new Withdrawn(trackingNumber, day, how, why);
  }

  /**
   * Whether the request's state lets the office record a withdrawal now (the case page offers
   * the form only then): the same state checks {@link #record} makes, without the date's. The
   * form is a convenience; {@link #record} decides.
   */
  public boolean mayRecord(String trackingNumber) {
    CaseRecord c = trackingNumber == null ? null : cases.find(trackingNumber).orElse(null);
    return c != null && refusal(trackingNumber, c) == null;
  }

  /**
   * Whether the applicant may withdraw the request on the public platform now (the status page
   * offers the form only then): the checks {@link #recordOnline} makes. The form is a
   * convenience; {@link #recordOnline} decides.
   */
  public boolean mayRecordOnline(String trackingNumber, CaseRecord c,
      CaseRegister.Withdrawal withdrawal) {
    // From the register's row the status page has read already (one read per lookup).
    return c != null && refusal(trackingNumber, c,
        Optional.ofNullable(withdrawal).filter(CaseRegister.Withdrawal::inForce)) == null
        && replySigned(trackingNumber, c) == null;
  }

  /** The refusal of an online withdrawal once this round's reply is signed (ADR 0132, 0175). */
  private Refused replySigned(String trackingNumber, CaseRecord c) {
    LocalDate roundStart = c.clockStartedOn() != null ? c.clockStartedOn() : c.firstReceivedOn();
    return replies.latest(trackingNumber)
        .filter(ReplyLetterRegister.FrozenLetter::issued)
        // A reply of an earlier round (before a correction reopened the request) ends nothing.
        .filter(reply -> reply.issuedOn() == null || !reply.issuedOn().isBefore(roundStart))
        .map(reply -> new Refused("withdrawnOn: the reply " + reply.documentNumber()
            + " is signed", "本机关已对该申请作出答复（" + reply.documentNumber() + "），答复书正在送达，"
            + "不能在网上撤回；如有疑问，请按本页文书所列联系方式与本机关联系"))
        .orElse(null);
  }

  /**
   * The online applicant's answer for a submission the office did not confirm (ADR 0158, 0184):
   * it was never received as an application, so there is nothing to withdraw, and the answer
   * says so rather than that it cannot be withdrawn "now".
   */
  static final String NOT_CONFIRMED_ANSWER = "该申请未予确认：本机关未将本次网上提交作为政府信息公开申请"
      + "受理（不予确认的理由见本页办理情况），没有需要撤回的申请；如仍需获取政府信息，可重新提交申请";

  /** The answer for a registration voided as made in error (ADR 0119, 0177, 0184). */
  static final String VOIDED_ANSWER = "该登记已作为登记错误作废，不是政府信息公开申请，没有需要撤回的申请；"
      + "如有疑问，请按本页所列联系方式与本机关联系";

  /** Refuses (409) a request that is not received or no longer handled. */
  private void requireRunning(String trackingNumber, CaseRecord c) {
    Refused refused = refusal(trackingNumber, c);
    if (refused != null) {
      throw refused;
    }
  }

  /** Why the request's state refuses a withdrawal, or null when it allows one. */
  private Refused refusal(String trackingNumber, CaseRecord c) {
    return refusal(trackingNumber, c, cases.withdrawalInForce(trackingNumber));
  }

  private Refused refusal(String trackingNumber, CaseRecord c,
      Optional<CaseRegister.Withdrawal> earlier) {
    // A withdrawal set aside by a correction (ADR 0099) ends nothing any more: the applicant may
    // withdraw the round the correction opened (ADR 0105); the register keeps both.
    if (earlier.isPresent()) {
      return new Refused("withdrawnOn: already withdrawn on " + earlier.get().withdrawnOn()
          + "（该申请已于" + chinese(earlier.get().withdrawnOn()) + "撤回，不能再次登记撤回）",
          "该申请已于" + chinese(earlier.get().withdrawnOn()) + "撤回，本机关已终止办理，不能重复撤回");
    }
    if (Status.SUBMITTED.name().equals(c.status())) {
      return new Refused("trackingNumber: online application not yet received（网上申请尚未确认收到，"
          + "请先办理“确认收到网上申请”，再登记撤回）",
          "本机关尚未确认收到该申请（条例第三十一条），暂不能撤回；确认收到后可在本页撤回");
    }
    if (Status.DELIVERED.name().equals(c.status())) {
      return new Refused("withdrawnOn: the reply was delivered, the request is closed（答复书已送达，"
          + "该申请已办结，不能撤回）", "答复书已送达，该申请已办结，不能撤回");
    }
    if (Status.NOT_CONFIRMED.name().equals(c.status())) {
      return new Refused("trackingNumber: the online submission was not confirmed（该网上提交已不予"
          + "确认，未作为申请受理，不能登记撤回）", NOT_CONFIRMED_ANSWER);
    }
    if (Status.VOIDED.name().equals(c.status())) {
      return new Refused("trackingNumber: the registration was voided（该登记已作为登记错误作废，"
          + "不能登记撤回）", VOIDED_ANSWER);
    }
    if (Status.CLOSED.name().equals(c.status())) {
      String outcome = c.outcomeCode() == null ? "" : "（" + OutcomeCode.ofCode(c.outcomeCode())
          .label() + "）";
      return new Refused("withdrawnOn: the request is closed（该申请已终止办理" + outcome
          + "，不能撤回）", "该申请已办结" + outcome + "，不能撤回");
    }
    return null;
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("withdrawnOn is required（请填写撤回申请日期）");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("withdrawnOn: not a date yyyy-MM-dd（撤回申请日期格式应为 年-月-日，"
          + "如 2026-01-01）");
    }
  }

  private static WithdrawalForm form(String text) {
    WithdrawalForm form;
    try {
      form = WithdrawalForm.valueOf(text == null ? "" : text.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("withdrawalForm: one of " + WithdrawalForm.names() + "（请选择撤回方式："
          + WithdrawalForm.labels() + "）");
    }
    if (!form.recordable()) {
      // An online withdrawal is the applicant's own act on the platform (recordOnline, ADR
      // 0175), never entered by the office for the applicant (ADR 0097): a message sent by
      // e-mail or letter is a written withdrawal.
      throw new InvalidInput("withdrawalForm: an online withdrawal is made by the applicant"
          + "（网上撤回由申请人本人凭查询码在网上申请平台提交，办公室不能按网上撤回登记；申请人以电子邮件、"
          + "信函等提交的撤回申请，请按书面撤回登记）");
    }
    return form;
  }

  /** The reason as given, or null for none (blank counts as none). */
  private static String reason(String text) {
    // strip(): a full-width space (U+3000) is blank too.
    String why = text == null ? "" : text.strip();
    if (why.isEmpty()) {
      return null;
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidInput("withdrawalReason: at most " + MAX_REASON + " characters（撤回理由不能超过"
          + MAX_REASON + "个字）");
    }
    if (Vars.hasHiddenCharacters(why, true)) {
      throw new InvalidInput("withdrawalReason: control or invisible format characters（撤回理由"
          + Vars.HIDDEN_CHARACTERS + "）");
    }
    return why;
  }
}
