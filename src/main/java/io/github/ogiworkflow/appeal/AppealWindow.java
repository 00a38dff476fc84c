package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.AFTER_RECONSIDERATION;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_AT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_ON_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.APPELLANT;
import static io.github.ogiworkflow.process.ProcessVariables.APPELLANT_NAME;
import static io.github.ogiworkflow.process.ProcessVariables.TRACKING_NUMBER;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.consultation.ConsultationRegister;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The appeal window (救济期限) of a delivered case and the rules for appeal events: which case
 * may be appealed, the warnings a late filing is recorded with (a warning, never a refusal:
 * admissibility is for the reconsideration body or court, ARL Art. 20), and when the case is
 * closed for good. The periods run from the applicant's receipt of the reply (against a failure
 * to reply in time, from the reply period's end, ADR 0081), or, for a third party contesting the
 * decision to disclose over its objection (Art. 32 of the 2019 Regulation), from its receipt of
 * the 公开决定告知书 (ADR 0032). Bean {@code appealWindow}: the
 * DisclosureRequest model asks it whether the reply was delivered.
 */
@Component("appealWindow")
public class AppealWindow {

  /** Reconsideration within 60 days (ARL Art. 20), litigation within 6 months (ALL Art. 46). */
  static final int RECONSIDERATION_DAYS = 60;
  static final int LITIGATION_MONTHS = 6;
  /** Litigation within 15 days of a reconsideration decision (ALL Art. 45). */
  static final int LITIGATION_AFTER_DECISION_DAYS = 15;
  /** While an appeal is pending the window is looked at again after this many days. */
  static final int PENDING_RECHECK_DAYS = 30;

  private final CaseRegister cases;
  private final AppealRegister appeals;
  private final ItemRegister items;
  private final ConsultationRegister consultations;
  private final WorkingDayCalendar calendar;
  private final PauseLedger pauses;
  private final Letters letters;
  private final DeadlineTexts texts;

  public AppealWindow(CaseRegister cases, AppealRegister appeals, ItemRegister items,
      ConsultationRegister consultations, WorkingDayCalendar calendar, PauseLedger pauses,
      Letters letters, DeadlineTexts texts) {
    this.letters = letters;
    this.texts = texts;
    this.cases = cases;
    this.appeals = appeals;
    this.items = items;
    this.consultations = consultations;
    this.calendar = calendar;
    this.pauses = pauses;
  }

  /**
   * The last day of a period counted in days, months or years whose counted end is {@code day}:
   * where that day is not a working day (a weekend or a statutory holiday; a make-up working day
   * of the State Council's notice, 调休, is a working day), the period ends on the next working
   * day (CPL Art. 85: 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期;
   * applied by ARL Art. 88 and ALL Art. 102).
   */
  public static LocalDate periodEnd(WorkingDayCalendar calendar, LocalDate day) {
    return calendar.workingDayOnOrAfter(day);
  }

  /** The last day of a reconsideration period that starts on {@code from} (ARL Art. 20, 88). */
  static LocalDate reconsiderationLastDay(WorkingDayCalendar calendar, LocalDate from) {
    return periodEnd(calendar, from.plusDays(RECONSIDERATION_DAYS));
  }

  /** The last day of a direct suit's period that starts on {@code from} (ALL Art. 46, 102). */
  static LocalDate litigationLastDay(WorkingDayCalendar calendar, LocalDate from) {
    return periodEnd(calendar, from.plusMonths(LITIGATION_MONTHS));
  }

  /**
   * The day a suit's 15 days after {@code decided} run from (ALL Art. 45: 自收到复议决定书之日起;
   * audit 37a F2): the applicant's receipt of the decision where recorded, else, as before the
   * register kept it, the decision's date.
   */
  LocalDate suitPeriodStart(AppealRegister.Appeal decided) {
    return appeals.decisionReceivedOn(decided.id()).orElse(decided.decidedOn());
  }

  /** The last day to sue after a reconsideration decision received on {@code decidedOn} (ALL Art. 45). */
  static LocalDate afterDecisionLastDay(WorkingDayCalendar calendar, LocalDate decidedOn) {
    return periodEnd(calendar, decidedOn.plusDays(LITIGATION_AFTER_DECISION_DAYS));
  }

  /**
   * The window's closing day: the applicant's (60 days from its receipt for a refusal, which
   * goes to reconsideration first, else 6 months), but never before the 6 months of a third
   * party served the 公开决定告知书 have run ({@code thirdPartyNoticeServedOn}, or null): that
   * third party may still sue over the decision to disclose (ALL Art. 46, Art. 32).
   */
  static LocalDate closesOn(WorkingDayCalendar calendar, LocalDate applicantFrom,
      boolean refusal, LocalDate thirdPartyNoticeServedOn) {
    LocalDate applicant = refusal ? reconsiderationLastDay(calendar, applicantFrom)
        : litigationLastDay(calendar, applicantFrom);
    if (thirdPartyNoticeServedOn == null) {
      return applicant;
    }
    LocalDate thirdParty = litigationLastDay(calendar, thirdPartyNoticeServedOn);
    return thirdParty.isAfter(applicant) ? thirdParty : applicant;
  }

  /**
   * The latest day a third party received a notice that its objection was overridden and the
   * information will be disclosed in the public interest (公开决定告知书, Art. 32), from the
   * register: of the latest round's objections (one consultation per party, ADR 0166) those whose
   * notice's service was recorded, the last service (ADR 0171, 0182: each party's 6 months run
   * from its own notice, so the case's window stays open until the last of them has run out).
   * Empty where no notice was served: no third party may then contest a decision to disclose.
   */
  public Optional<LocalDate> overrideNoticeServedOn(String trackingNumber) {
    return servedOverrideNotices(trackingNumber).stream()
        .map(ConsultationRegister.Consultation::overrideNoticeServedOn)
        .max(java.util.Comparator.naturalOrder());
  }

  /**
   * The day {@code party} received its own 公开决定告知书 (ADR 0171, 0182), from which its periods
   * run: empty where the party has no served notice of its own. Only a round from before ADR
   * 0166, whose consultations name no party (one notice told them all), takes the latest service
   * (review37 F10: before, any party without a notice took another party's).
   */
  public Optional<LocalDate> overrideNoticeServedOn(String trackingNumber, String party) {
    List<ConsultationRegister.Consultation> served = servedOverrideNotices(trackingNumber);
    if (served.stream().allMatch(c -> c.party() == null)) {
      return overrideNoticeServedOn(trackingNumber);
    }
    return served.stream().filter(c -> party != null && party.equals(c.party()))
        .map(ConsultationRegister.Consultation::overrideNoticeServedOn).findFirst();
  }

  /** The latest round's objections whose 公开决定告知书 was served. */
  private List<ConsultationRegister.Consultation> servedOverrideNotices(String trackingNumber) {
    return consultations.latestThirdPartyRound(trackingNumber).stream()
        .filter(c -> c.answer() == ConsultationRegister.Answer.OBJECTION
            && c.overrideNoticeServedOn() != null)
        .toList();
  }

  /** Who filed an appeal (提起人), checked against the register. */
  public record Filer(Appellant appellant, String name) {
    static final Filer APPLICANT = new Filer(Appellant.APPLICANT, null);

    boolean thirdParty() {
      return appellant == Appellant.THIRD_PARTY;
    }

    /** Whether {@code appeal} was filed by this appellant. */
    boolean filed(AppealRegister.Appeal appeal) {
      return appeal.filedBy(appellant, name);
    }
  }

  /**
   * Who filed the reconsideration or lawsuit being registered: the applicant (the default), or
   * a third party, accepted only where the register shows its objection overridden and the
   * 公开决定告知书 served (Art. 32); its name must be one of the third parties consulted on the
   * case (taken from the register when there is only one). Bad input is refused on the field.
   */
  public Filer filer(String trackingNumber, VariableScope input) {
    Appellant appellant = Vars.optionalChoice(input, APPELLANT, Appellant.class, "提起人");
    if (appellant == null || appellant == Appellant.APPLICANT) {
      return Filer.APPLICANT;
    }
    if (overrideNoticeServedOn(trackingNumber).isEmpty()) {
      throw new InvalidInput(APPELLANT + ": no third party's objection was overridden with a"
          + " served notice of the decision to disclose on case " + trackingNumber
          + " (Art. 32)（本案没有第三方不同意公开而决定予以公开、并已送达公开决定告知书的情形"
          + "（条例第三十二条），不能登记为第三方提起）");
    }
    List<String> consulted = items.consultees(trackingNumber, true);
    String name = Vars.text(input, APPELLANT_NAME);
    if (name == null && consulted.size() == 1) {
      name = consulted.get(0);
    }
    if (name == null) {
      throw new InvalidInput(APPELLANT_NAME + " is required（请填写提起复议或诉讼的第三方名称）");
    }
    if (!consulted.isEmpty() && !consulted.contains(name)) {
      throw new InvalidInput(APPELLANT_NAME + " is not a third party consulted on the case"
          + "（第三方名称须为本案征求意见的第三方：" + String.join("、", consulted) + "）");
    }
    if (overrideNoticeServedOn(trackingNumber, name).isEmpty()) {
      throw new InvalidInput(APPELLANT_NAME + ": " + name + " was served no notice of the decision"
          + " to disclose (Art. 32)（" + name + "未收到公开决定告知书（其不同意公开的意见未被"
          + "决定不予采纳），不能登记为第三方提起）");
    }
    return new Filer(Appellant.THIRD_PARTY, name);
  }

  /** Only a delivered reply can be appealed; abandoned or unpaid cases end at once. */
  public boolean delivered(DelegateExecution execution) {
    return CaseRegister.Status.DELIVERED.name().equals(
        cases.get(execution.getProcessBusinessKey()).status());
  }

  /**
   * Whether the case waits out an appeal window after 办理与答复: a reply was delivered, or the
   * case was closed without one (6.x: abandoned, fee unpaid) after a third party had been served
   * the 公开决定告知书 (Art. 32), who may contest the decision to disclose for 6 months from it
   * (ALL Art. 46). Other closings end the case at once.
   */
  public boolean windowOpens(DelegateExecution execution) {
    String trackingNumber = execution.getProcessBusinessKey();
    String status = cases.get(trackingNumber).status();
    return CaseRegister.Status.DELIVERED.name().equals(status)
        || CaseRegister.Status.CLOSED.name().equals(status)
        && overrideNoticeServedOn(trackingNumber).isPresent();
  }

  /**
   * The window of a case closed without a reply (6.x) after a third party was served the
   * 公开决定告知书: the later of the applicant's 6 months from its receipt of the termination
   * notice (ADR 0067: in person, e-mail, online the day served; by post the day signed for;
   * the closing day for a case closed before the service was recorded at all) and the third
   * party's 6 months from its receipt of the notice, as after a delivered reply. While the
   * applicant's receipt is not known (the service not recorded yet, or posted and not signed
   * for) it is 待确认签收: the timer waits until the earliest day the window could close
   * (counted from the posting, else the closing) only to look again.
   */
  public Window windowAfterClosing(String trackingNumber) {
    CaseRegister.TerminationService service = cases.terminationService(trackingNumber)
        .orElse(null);
    LocalDate from = service == null ? OfficeTime.today() : service.earliestReceipt();
    return new Window(closesOn(calendar, from, refusal(cases.get(trackingNumber)),
        overrideNoticeServedOn(trackingNumber).orElse(null)),
        service != null && service.receivedOn() == null);
  }

  /**
   * Whether the applicant's receipt that starts the periods is still unknown: a reply sent by
   * post not signed for, or a termination notice whose service (or, by post, signed-for day)
   * is not recorded (ADR 0061, 0067). The window stays open, 待确认签收, meanwhile.
   */
  public boolean awaitsReceipt(String trackingNumber) {
    return cases.awaitsSignedFor(trackingNumber) || cases.awaitsTerminationReceipt(trackingNumber);
  }

  /** Whether the case was closed without a reply (6.x) rather than delivered. */
  public boolean closedWithoutReply(String trackingNumber) {
    return CaseRegister.Status.CLOSED.name().equals(cases.get(trackingNumber).status());
  }

  /**
   * What staff read as the window's closing day (救济期限届满日) while a reply sent by post waits
   * for the date the applicant signed for it: service by post takes effect on that day, so the
   * periods are not running yet as far as the register knows, and no day counted from the
   * posting is shown as the deadline.
   */
  public static final String AWAITING_SIGNED_FOR = "待确认签收";

  /**
   * The appeal window of a delivered case: the day it closes, or, while {@code awaitingSignedFor}
   * (a reply sent by post, no signed-for date recorded), the earliest day it could close (the
   * periods counted from the posting; the applicant cannot have signed before it). The timer
   * looks again on that day and keeps the case open while the date is still missing; it is never
   * shown as the deadline ({@link #AWAITING_SIGNED_FOR}).
   */
  public record Window(LocalDate closesOn, boolean awaitingSignedFor) {

    /** What staff read: the closing day, or 待确认签收. */
    public String text() {
      return awaitingSignedFor ? AWAITING_SIGNED_FOR : closesOn.toString();
    }
  }

  /**
   * The window of a delivered case: it closes 6 months after the applicant received the reply,
   * but 60 days for a refusal to disclose, which goes to reconsideration first (ARL Art. 23);
   * and not before 6 months after a third party whose objection was overridden received the
   * 公开决定告知书 (Art. 32, ALL Art. 46). Each period's last day moves to the next working day
   * where it is not one (CPL Art. 85, see {@link #periodEnd}). Receipt is the date signed for
   * when recorded (and usable, {@link CaseRegister#usableSignedFor}); else the delivery date,
   * except for a reply sent by post (邮寄送达), served only when signed for: then the window
   * waits for that date ({@link Window#awaitingSignedFor}, decided by
   * {@link CaseRegister#awaitsSignedFor(String, LocalDate, LocalDate)}). A filing after the
   * closing day is still recorded, with a warning.
   */
  public Window window(String trackingNumber, LocalDate deliveredOn, LocalDate receivedOn) {
    LocalDate receipt = CaseRegister.usableSignedFor(deliveredOn, receivedOn);
    boolean awaiting = CaseRegister.awaitsSignedFor(cases.deliveredBy(trackingNumber),
        deliveredOn, receivedOn);
    LocalDate from = receipt == null ? deliveredOn : receipt;
    return new Window(closesOn(calendar, from, refusal(cases.get(trackingNumber)),
        overrideNoticeServedOn(trackingNumber).orElse(null)), awaiting);
  }

  /** The process variables that hold the window's closing day: the timer's and the text. */
  public static Map<String, Object> variables(LocalDate closesOn) {
    return variables(new Window(closesOn, false));
  }

  /** The timer's day and what staff read: the closing day, or 待确认签收. */
  public static Map<String, Object> variables(Window window) {
    return Map.of(APPEAL_WINDOW_CLOSES_AT, OfficeTime.after(window.closesOn()),
        APPEAL_WINDOW_CLOSES_ON_TEXT, window.text());
  }

  /**
   * As {@link #variables(Window)} for a window's closing day, which staff read marked 暂算 where
   * it lies in a year whose holiday notice is not out yet: {@link #periodEnd} moves it off a
   * holiday the notice may still place differently, and the notice's arrival counts it again
   * ({@link AppealWindowRecomputation}; audit 31b, F2).
   */
  public Map<String, Object> closingVariables(Window window) {
    if (window.awaitingSignedFor()) {
      return variables(window);
    }
    return Map.of(APPEAL_WINDOW_CLOSES_AT, OfficeTime.after(window.closesOn()),
        APPEAL_WINDOW_CLOSES_ON_TEXT, texts.forStaff(window.closesOn()));
  }

  /**
   * The closing day a window's text names ("2027-02-09", also with its 暂算 mark), or null for
   * 待确认签收 or none.
   */
  public static LocalDate closingDayOf(Object text) {
    if (text == null || AWAITING_SIGNED_FOR.equals(text)) {
      return null;
    }
    String day = text.toString();
    return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
  }

  /**
   * The day the window must stay open until although its time has run out: an appeal is
   * pending, or the date a posted reply was signed for is still not recorded (the periods have
   * not started as far as the register knows), or a lawsuit after a recent reconsideration
   * decision is still possible.
   */
  public Optional<LocalDate> stillOpenUntil(String trackingNumber, LocalDate today) {
    if (!appeals.pending(trackingNumber, AppealKind.RECONSIDERATION).isEmpty()
        || !appeals.pending(trackingNumber, AppealKind.LITIGATION).isEmpty()
        || awaitsReceipt(trackingNumber)) {
      return Optional.of(today.plusDays(PENDING_RECHECK_DAYS));
    }
    Optional<LocalDate> suit = appeals.lastDecidedReconsideration(trackingNumber)
        .map(decided -> afterDecisionLastDay(calendar, suitPeriodStart(decided)))
        .filter(lastDay -> !lastDay.isBefore(today));
    // A first-instance judgment nobody has appealed yet is not final while an appeal against
    // it may still be filed or forwarded (ALL Art. 85, ADR 0049).
    Optional<LocalDate> appeal = appeals.of(trackingNumber).stream()
        .filter(a -> a.kind() == AppealKind.LITIGATION && a.instanceNo() == 1 && !a.pending()
            && a.appealedBy() == null)
        .flatMap(a -> appeals.judgmentService(a.id()).stream())
        .map(service -> LitigationDelegates.plaintiffAppealWaitEnds(calendar, service))
        .filter(waitEnds -> !waitEnds.isBefore(today))
        .max(LocalDate::compareTo);
    return java.util.stream.Stream.of(suit, appeal).flatMap(Optional::stream)
        .max(LocalDate::compareTo);
  }

  /**
   * The case, its register row locked until the filing's transaction ends, or
   * {@link UnknownCase}: filings of one case (and date corrections, deliveries) then run one
   * after the other, each checking what the one before wrote, on every node (ADR 0059).
   */
  public CaseRecord lockCase(String trackingNumber) {
    if (!cases.lock(trackingNumber)) {
      throw new UnknownCase(trackingNumber);
    }
    return requireCase(trackingNumber);
  }

  /** The case, or {@link UnknownCase}. */
  public CaseRecord requireCase(String trackingNumber) {
    return cases.find(trackingNumber).orElseThrow(() -> new UnknownCase(trackingNumber));
  }

  /**
   * A reconsideration the agency is served is recorded, however late or early: admissibility is
   * for the reconsideration body (ARL Art. 20, handbook §2.13). The applicant's against the reply
   * (or termination notice) once delivered, before that against the failure to reply in time
   * (ADR 0081, {@link #challengedAct}); a third party's once its 公开决定告知书 was served
   * ({@link #filer} checks that), whatever the state of the applicant's reply (Art. 32: the
   * notice precedes the disclosure). Refused when the same appellant has one pending (ADR 0038:
   * the applicant's and a third party's may be pending at once).
   */
  public CaseRecord checkReconsiderationMayStart(String trackingNumber, Filer filer) {
    CaseRecord record = requireAppealable(trackingNumber, filer);
    requireNothingPending(trackingNumber, filer, challengedAct(trackingNumber, filer, false));
    return record;
  }

  /**
   * A lawsuit likewise; after reconsideration only once one of the same appellant was decided.
   * A direct suit against a refusal is recorded with a warning (see {@link #lawsuitWarning}), not
   * refused.
   */
  public CaseRecord checkLawsuitMayStart(String trackingNumber, boolean afterReconsideration,
      Filer filer) {
    CaseRecord record = requireAppealable(trackingNumber, filer);
    requireNothingPending(trackingNumber, filer,
        challengedAct(trackingNumber, filer, afterReconsideration), true);
    if (afterReconsideration && lastDecidedReconsideration(trackingNumber, filer).isEmpty()
        && overdueReconsideration(trackingNumber, filer).isEmpty()) {
      throw new AppealConflict("No decided reconsideration of case " + trackingNumber
          + " by this appellant（" + filer.appellant().describe(filer.name())
          + "在该申请上没有已作出决定的行政复议，不能登记为复议后起诉）");
    }
    return record;
  }

  /**
   * The reconsideration a suit of {@code filer} follows (ALL Art. 45), from the register: the
   * appellant's latest decided reconsideration of the case, unless the act it was about has been
   * replaced since (a new reply or termination notice served after the decision, as after a
   * correction, ADR 0081): a suit then challenges the new act directly. Empty: a direct suit.
   * Table 四's 未经复议直接起诉 / 复议后起诉 follows this, not the office's entry (audit round 27).
   */
  public Optional<AppealRegister.Appeal> reconsiderationSuitFollows(String trackingNumber,
      Filer filer) {
    Optional<AppealRegister.Appeal> decided = lastDecidedReconsideration(trackingNumber, filer);
    if (decided.isEmpty()) {
      // The body has not decided within its period (ALL Art. 45, audit 37a F3): the suit
      // follows that reconsideration (复议后起诉 in table 四).
      return overdueReconsideration(trackingNumber, filer);
    }
    if (decided.get().decidedOn() == null) {
      return decided;
    }
    LocalDate actOn = challengedActServedOn(trackingNumber, filer);
    return actOn != null && (actOn.isAfter(decided.get().decidedOn())
        || actOn.equals(decided.get().decidedOn())
            && answeredInTheRoundItReopened(trackingNumber, filer, decided.get()))
        ? Optional.empty() : decided;
  }

  /**
   * The act on record was served in the round {@code decided} reopened: the decision reopened
   * the request last, and the request has been answered (or closed) again since. Needed where
   * the new act reached the applicant on the day of the decision, which a comparison of days
   * cannot tell from the act the decision was about (audit 30b F2: a new reply delivered the
   * same day was counted as challenged after reconsideration, with ALL Art. 45's 15 days).
   */
  private boolean answeredInTheRoundItReopened(String trackingNumber, Filer filer,
      AppealRegister.Appeal decided) {
    if (filer.thirdParty()) {
      return false;
    }
    boolean reopenedByIt = appeals.lastReopening(trackingNumber,
        cases.withdrawalsSetAsideBy(trackingNumber))
        .map(reopening -> reopening.appeal().id() == decided.id()).orElse(false);
    String status = cases.dates(trackingNumber).map(CaseRegister.CaseDates::status).orElse(null);
    return reopenedByIt && (CaseRegister.Status.DELIVERED.name().equals(status)
        || CaseRegister.Status.CLOSED.name().equals(status));
  }

  /**
   * The reconsideration the suit being registered follows, computed from the register
   * ({@link #reconsiderationSuitFollows}), or empty for a direct suit; {@code claimed}, the
   * office's entry (null when not sent), must agree with it: refused on the field otherwise,
   * naming the reconsideration.
   */
  public Optional<AppealRegister.Appeal> checkAfterReconsideration(String trackingNumber,
      Filer filer, Boolean claimed) {
    Optional<AppealRegister.Appeal> follows = reconsiderationSuitFollows(trackingNumber, filer);
    if (follows.isPresent() && Boolean.FALSE.equals(claimed)) {
      AppealRegister.Appeal decided = follows.get();
      throw new InvalidInput(AFTER_RECONSIDERATION + " disagrees with the register: the"
          + " appellant's reconsideration " + decided.docketNo() + " was decided on "
          + decided.decidedOn() + "（" + filer.appellant().describe(filer.name()) + "已申请"
          + named(decided) + "，本次起诉属于复议后起诉，不能登记为未经复议直接起诉）");
    }
    if (follows.isEmpty() && Boolean.TRUE.equals(claimed)) {
      throw new InvalidInput(AFTER_RECONSIDERATION + " disagrees with the register: no decided"
          + " reconsideration of this appellant follows the act the suit challenges（"
          + filer.appellant().describe(filer.name()) + "对本次起诉所针对的答复没有已作出决定的"
          + "行政复议，本次起诉属于未经复议直接起诉，不能登记为复议后起诉）");
    }
    return follows;
  }

  /**
   * A suit after reconsideration can be neither filed nor served before the decision it follows
   * (ALL Art. 45): a typing error, refused on the field.
   */
  static LocalDate notBeforeDecision(LocalDate date, Optional<AppealRegister.Appeal> follows,
      String field, String chineseName) {
    LocalDate decidedOn = follows.map(AppealRegister.Appeal::decidedOn).orElse(null);
    if (date != null && decidedOn != null && date.isBefore(decidedOn)) {
      throw new InvalidInput(field + " lies before the reconsideration decision of " + decidedOn
          + " the suit follows (ALL Art. 45)（复议后起诉的" + chineseName + "不能早于"
          + named(follows.get()) + "的决定日期，《行政诉讼法》第四十五条）");
    }
    return date;
  }

  private static String named(AppealRegister.Appeal decided) {
    if (decided.decidedOn() == null) {
      return "行政复议" + decided.docketNo() + "（复议机关逾期未作决定）";
    }
    return "行政复议" + decided.docketNo() + "（" + CaseLetters.chinese(decided.decidedOn())
        + "作出复议决定）";
  }

  /**
   * The last day of the reconsideration body's decision period (ARL 2023 Art. 62: 30 days in
   * the simplified, 60 in the ordinary procedure), counted at the latest from the day the agency
   * was served the copy (the body accepts the case before it sends the copy, ARL Art. 48), so
   * never earlier than the true end; an extension (Art. 62(1): up to 30 days) is not known to
   * the register. A procedure not recorded counts as ordinary.
   */
  LocalDate decisionPeriodEnd(AppealRegister.Appeal reconsideration) {
    ReconsiderationProcedure procedure = reconsideration.procedureKind() == null
        ? ReconsiderationProcedure.ORDINARY
        : ReconsiderationProcedure.valueOf(reconsideration.procedureKind());
    return periodEnd(calendar,
        reconsideration.servedOn().plusDays(procedure.decisionCalendarDays()));
  }

  /** A pending reconsideration whose decision period ended before {@code today} (Art. 45). */
  boolean decisionOverdue(AppealRegister.Appeal reconsideration, LocalDate today) {
    return reconsideration.kind() == AppealKind.RECONSIDERATION && reconsideration.pending()
        && reconsideration.servedOn() != null
        && today.isAfter(decisionPeriodEnd(reconsideration));
  }

  /**
   * The appellant's pending reconsideration of the case that the body has not decided within
   * its period (ALL Art. 45, second sentence; audit 37a F3), or empty.
   */
  Optional<AppealRegister.Appeal> overdueReconsideration(String trackingNumber, Filer filer) {
    LocalDate today = OfficeTime.today();
    return appeals.pending(trackingNumber, AppealKind.RECONSIDERATION).stream()
        .filter(filer::filed).filter(appeal -> decisionOverdue(appeal, today))
        .reduce((first, second) -> second);
  }

  private Optional<AppealRegister.Appeal> lastDecidedReconsideration(String trackingNumber,
      Filer filer) {
    return appeals.lastDecidedReconsideration(trackingNumber, filer.appellant(), filer.name());
  }

  /** The applicant's reconsideration: the warning as before a third party could file. */
  public String reconsiderationWarning(String trackingNumber, LocalDate filedOn) {
    return reconsiderationWarning(trackingNumber, filedOn, Filer.APPLICANT);
  }

  /**
   * The warning for a reconsideration filed more than 60 days after the applicant received the
   * reply, or the third party the 公开决定告知书 (ARL Art. 20), or null. Recorded with the
   * filing; never a refusal.
   */
  public String reconsiderationWarning(String trackingNumber, LocalDate filedOn, Filer filer) {
    return reconsiderationWarning(trackingNumber, filedOn, filer, ChallengedAct.REPLY);
  }

  /**
   * As above for what the reconsideration challenges. Against the failure to reply (ADR 0081)
   * the 60 days run from the day after the reply period's last day (ARL Art. 20 with Art. 16(一)
   * of its implementing regulation: 有履行期限规定的，自履行期限届满之日起计算); filed before that
   * day, it is early ({@link #prematureWarning}).
   */
  public String reconsiderationWarning(String trackingNumber, LocalDate filedOn, Filer filer,
      ChallengedAct challenged) {
    if (challenged == ChallengedAct.NON_REPLY) {
      return nonReplyWarning(requireCase(trackingNumber), filedOn, false);
    }
    LocalDate receivedOn = periodStart(trackingNumber, filer);
    if (receivedOn == null || filedOn == null
        || !filedOn.isAfter(reconsiderationLastDay(calendar, receivedOn))) {
      return null;
    }
    return "Filed on " + filedOn + ", more than " + RECONSIDERATION_DAYS + " days after the"
        + received(filer, trackingNumber) + receivedOn + " (ARL Art. 20); recorded, the"
        + " reconsideration body decides whether to accept it（申请复议日期"
        + CaseLetters.chinese(filedOn) + "已超过自" + receivedChinese(filer, trackingNumber) + "（"
        + CaseLetters.chinese(receivedOn) + "）起六十日的复议申请期限"
        + "（《行政复议法》第二十条）；本机关已登记，是否受理由复议机关决定）";
  }

  /**
   * The day an appellant's periods run from: the applicant's receipt of the reply, or the third
   * party's receipt of its own 公开决定告知书 (ADR 0182).
   */
  LocalDate periodStart(String trackingNumber, Filer filer) {
    return filer.thirdParty() ? overrideNoticeServedOn(trackingNumber, filer.name()).orElse(null)
        : cases.replyReceivedOn(trackingNumber);
  }

  private String received(Filer filer, String trackingNumber) {
    return filer.thirdParty()
        ? " third party received the notice of the decision to disclose on "
        : closedWithoutReply(trackingNumber) ? " applicant received the termination notice on "
        : " applicant received the reply on ";
  }

  private String receivedChinese(Filer filer, String trackingNumber) {
    return filer.thirdParty() ? "第三方收到公开决定告知书之日"
        : closedWithoutReply(trackingNumber) ? "收到终止办理告知书之日" : "收到答复之日";
  }

  /**
   * The warnings for a lawsuit, or null: a direct suit where the reply withholds information
   * (不予公开, or the withheld part of a 部分公开) must go to reconsideration first (ARL
   * Art. 23(1)(四)); a direct suit more than 6 months after receipt (ALL Art. 46); a suit more
   * than 15 days after the reconsideration decision (ALL Art. 45). {@code filedOn} is the
   * filing date, or the service date when the court's papers do not give it.
   */
  public String lawsuitWarning(CaseRecord record, boolean afterReconsideration,
      LocalDate filedOn) {
    return lawsuitWarning(record, afterReconsideration, filedOn, Filer.APPLICANT);
  }

  /**
   * As {@link #lawsuitWarning(CaseRecord, boolean, LocalDate)} for the given appellant: a third
   * party contests the decision to disclose, not a refusal, so reconsideration first (ARL
   * Art. 23(1)(四)) does not apply to it, and its 6 months run from its receipt of the
   * 公开决定告知书.
   */
  public String lawsuitWarning(CaseRecord record, boolean afterReconsideration,
      LocalDate filedOn, Filer filer) {
    return lawsuitWarning(record, afterReconsideration, filedOn, filer, ChallengedAct.REPLY);
  }

  /**
   * As above for what the suit challenges. A direct suit against the failure to reply (ADR
   * 0081) need not go to reconsideration first (ARL Art. 23(1)(四) names 不予公开 only); its 6
   * months run from the day after the reply period's last day (ALL Art. 46, 47; SPC
   * interpretation of the ALL, 2018, Art. 66); filed before that day, it is early
   * ({@link #prematureWarning}). After reconsideration the 15 days of ALL Art. 45 as for any.
   */
  public String lawsuitWarning(CaseRecord record, boolean afterReconsideration,
      LocalDate filedOn, Filer filer, ChallengedAct challenged) {
    if (challenged == ChallengedAct.NON_REPLY && !afterReconsideration) {
      return nonReplyWarning(record, filedOn, true);
    }
    String trackingNumber = record.trackingNumber();
    java.util.List<String> warnings = new java.util.ArrayList<>();
    if (afterReconsideration) {
      AppealRegister.Appeal decided = lastDecidedReconsideration(trackingNumber, filer)
          .filter(a -> a.decidedOn() != null).orElse(null);
      LocalDate from = decided == null ? null : suitPeriodStart(decided);
      boolean received = decided != null
          && appeals.decisionReceivedOn(decided.id()).isPresent();
      if (from != null && filedOn.isAfter(afterDecisionLastDay(calendar, from))) {
        warnings.add("Filed on " + filedOn + ", more than " + LITIGATION_AFTER_DECISION_DAYS
            + " days after " + (received ? "the applicant received" : "the date of")
            + " the reconsideration decision, " + from + " (ALL Art. 45)"
            + "（起诉日期" + CaseLetters.chinese(filedOn) + "已超过"
            + (received ? "自收到复议决定书之日（" + CaseLetters.chinese(from) + "）"
                : "自复议决定（" + CaseLetters.chinese(from) + "，复议决定书送达申请人日期未登记）")
            + "起十五日的起诉期限，《行政诉讼法》第四十五条）");
      }
    } else {
      if (!filer.thirdParty() && withholds(record)) {
        warnings.add("The reply withholds information: a refusal to disclose, and the withheld"
            + " part of a partial disclosure, go to reconsideration first (ARL Art. 23)"
            + "（不予公开及部分公开中不予公开的部分须先申请行政复议，《行政复议法》第二十三条第一款第（四）项）");
      }
      LocalDate receivedOn = periodStart(trackingNumber, filer);
      if (receivedOn != null && filedOn.isAfter(litigationLastDay(calendar, receivedOn))) {
        warnings.add("Filed on " + filedOn + ", more than " + LITIGATION_MONTHS + " months"
            + " after the" + received(filer, trackingNumber) + receivedOn + " (ALL Art. 46)"
            + "（起诉日期" + CaseLetters.chinese(filedOn) + "已超过自" + receivedChinese(filer, trackingNumber)
            + "（" + CaseLetters.chinese(receivedOn) + "）起六个月的起诉期限，《行政诉讼法》第四十六条）");
      }
    }
    if (warnings.isEmpty()) {
      return null;
    }
    return String.join("; ", warnings) + "; recorded, the court decides whether to accept it"
        + "（本机关已登记，是否受理由人民法院决定）";
  }

  /**
   * The warning for an appeal against the failure to reply (ADR 0081), or null: filed before the
   * reply period ran out ({@link #prematureWarning}), or after the reconsideration's 60 days (ARL
   * Art. 20) or the direct suit's 6 months (ALL Art. 46) counted from the period's last day.
   */
  private String nonReplyWarning(CaseRecord record, LocalDate filedOn, boolean court) {
    String early = prematureWarning(record, filedOn, court);
    if (early != null || filedOn == null) {
      return early;
    }
    LocalDate dueOn = replyDueOn(record);
    LocalDate lastDay = court ? litigationLastDay(calendar, dueOn)
        : reconsiderationLastDay(calendar, dueOn);
    if (!filedOn.isAfter(lastDay)) {
      return null;
    }
    String period = court ? "六个月的起诉期限（《行政诉讼法》第四十六条）"
        : "六十日的复议申请期限（《行政复议法》第二十条）";
    return "Filed on " + filedOn + ", more than " + (court ? LITIGATION_MONTHS + " months"
        : RECONSIDERATION_DAYS + " days") + " after the reply period ended on " + dueOn
        + (court ? " (ALL Art. 46)" : " (ARL Art. 20)") + "; recorded, the "
        + (court ? "court" : "reconsideration body") + " decides whether to accept it（"
        + (court ? "起诉日期" : "申请复议日期") + CaseLetters.chinese(filedOn) + "已超过自答复期限届满（"
        + CaseLetters.chinese(dueOn) + "）起" + period + "；本机关已登记，是否受理由"
        + (court ? "人民法院" : "复议机关") + "决定）";
  }

  /**
   * The reply withholds something the applicant must take to reconsideration first: a refusal
   * (3.x), or a partial disclosure with a withheld item or redacted content.
   */
  boolean withholds(CaseRecord record) {
    if (refusal(record)) {
      return true;
    }
    if (record.outcomeCode() == null
        || OutcomeCode.ofCode(record.outcomeCode()) != OutcomeCode.PARTIAL) {
      return false;
    }
    return items.of(record.trackingNumber()).stream().anyMatch(item -> item.review() != null
        && (item.review().conclusion() != ReviewConclusion.RELEASABLE || item.thirdParty()));
  }

  /**
   * An appeal's filing or service date cannot lie before the request it is about was received:
   * a typing error, refused (the window's lateness only warns).
   */
  public static LocalDate notBeforeRequest(CaseRecord record, LocalDate date, String field,
      String chineseName) {
    if (date != null && date.isBefore(record.firstReceivedOn())) {
      throw new InvalidInput(field + " lies before the request was received on "
          + record.firstReceivedOn() + "（" + chineseName + "不能早于政府信息公开申请的收到日期"
          + CaseLetters.chinese(record.firstReceivedOn()) + "）");
    }
    return date;
  }

  /**
   * The day the act an appellant challenges reached it: for the applicant the reply's (or
   * termination notice's) delivery, for a third party the service of the 公开决定告知书 (Art. 32);
   * null where the register has none.
   */
  LocalDate challengedActServedOn(String trackingNumber, Filer filer) {
    ActReached act = challengedActReached(trackingNumber, filer);
    return act == null ? null : act.on();
  }

  /**
   * The day the challenged act reached the appellant and what the register knows of it, for the
   * refusal: {@code english} and {@code chinese} name that date.
   */
  record ActReached(LocalDate on, String english, String chinese) {}

  private ActReached challengedActReached(String trackingNumber, Filer filer) {
    if (filer.thirdParty()) {
      return overrideNoticeServedOn(trackingNumber, filer.name()).map(on -> new ActReached(on,
          "notice of the decision to disclose was served", "公开决定告知书送达日期")).orElse(null);
    }
    // A termination notice reaches the applicant no earlier than it was served (ADR 0067).
    LocalDate noticeServedOn = cases.terminationService(trackingNumber)
        .map(CaseRegister.TerminationService::servedOn).orElse(null);
    if (noticeServedOn != null) {
      return new ActReached(noticeServedOn, "termination notice was served", "终止办理告知书送达日期");
    }
    CaseRegister.CaseDates dates = cases.dates(trackingNumber).orElse(null);
    if (dates == null) {
      return null;
    }
    if (dates.deliveredOn() != null) {
      return new ActReached(dates.deliveredOn(), "reply was delivered", "答复送达日期");
    }
    if (dates.closedOn() == null) {
      return null;
    }
    // A case closed without a reply: its 终止办理告知书 is the act, and nothing reached the
    // applicant before the notice went out. A withdrawal's closing day is the day the withdrawal
    // reached the office (ADR 0085), which can precede the notice by days (an oral one entered
    // within 3 working days), and that notice records no service (audit round 29, F8).
    LocalDate noticeIssuedOn = letters.latestIssuedOn(trackingNumber, LetterKind.TERMINATION_NOTICE);
    if (noticeIssuedOn != null && noticeIssuedOn.isAfter(dates.closedOn())) {
      return new ActReached(noticeIssuedOn, "termination notice was issued", "终止办理告知书发出日期");
    }
    return new ActReached(dates.closedOn(), "request was closed", "终止办理日期");
  }

  /**
   * An appeal cannot be filed (nor served on the agency) before the act it challenges reached
   * the appellant: a typing error, refused on the field (the window's lateness only warns).
   */
  public LocalDate notBeforeChallengedAct(String trackingNumber, Filer filer, LocalDate date,
      String field, String chineseName) {
    return notBeforeChallengedAct(trackingNumber, filer, ChallengedAct.REPLY, date, field,
        chineseName);
  }

  /**
   * As above for what the appeal challenges: the failure to reply (ADR 0081) was served on
   * nobody, so only {@link #notBeforeRequest} dates it. The refusal names the date and what it
   * is (the reply's delivery, the termination notice's service or issue, the 公开决定告知书's
   * service).
   */
  public LocalDate notBeforeChallengedAct(String trackingNumber, Filer filer,
      ChallengedAct challenged, LocalDate date, String field, String chineseName) {
    if (challenged == ChallengedAct.NON_REPLY) {
      return date;
    }
    ActReached act = challengedActReached(trackingNumber, filer);
    if (date != null && act != null && date.isBefore(act.on())) {
      throw new InvalidInput(field + " lies before the " + act.english() + " on " + act.on()
          + "（" + chineseName + "不能早于" + act.chinese() + CaseLetters.chinese(act.on()) + "）");
    }
    return date;
  }

  /**
   * There is always something to appeal: for the applicant a delivered reply or termination
   * notice, or, before one was delivered, the agency's failure to reply in time (ADR 0081:
   * Art. 51 with Art. 33; recorded, with a warning while the period has not run out); for a
   * third party the 公开决定告知书, whose service {@link #filer} already checked (Art. 32).
   * Except on a registration voided as made in error (ADR 0119, 0128): nothing went to the
   * applicant under its number and the number is no longer handled, so there is no act and no
   * failure to reply to challenge (400, nothing recorded). A complaint (Art. 51) may still be
   * about it: it need not challenge an act.
   */
  private CaseRecord requireAppealable(String trackingNumber, Filer filer) {
    CaseRecord record = requireCase(trackingNumber);
    cases.requireNotVoided(trackingNumber, TRACKING_NUMBER, "登记行政复议或行政诉讼");
    return record;
  }

  /**
   * What the appeal being registered challenges (ADR 0081): the act served on the appellant, or,
   * for the applicant's appeal on a request with no reply (nor termination notice) delivered,
   * the agency's failure to reply in time (逾期未作答复, Art. 33, 51). A suit after
   * reconsideration challenges what that reconsideration did (the appellant's latest decided
   * one, ALL Art. 45); a second instance what its first did. A third party always contests the
   * decision to disclose (Art. 32).
   */
  public ChallengedAct challengedAct(String trackingNumber, Filer filer,
      boolean afterReconsideration) {
    if (filer.thirdParty()) {
      return ChallengedAct.REPLY;
    }
    if (afterReconsideration) {
      Optional<AppealRegister.Appeal> decided = lastDecidedReconsideration(trackingNumber, filer)
          .or(() -> overdueReconsideration(trackingNumber, filer));
      if (decided.isPresent()) {
        return decided.get().challenged();
      }
    }
    String status = cases.get(trackingNumber).status();
    return CaseRegister.Status.DELIVERED.name().equals(status)
        || CaseRegister.Status.CLOSED.name().equals(status) ? ChallengedAct.REPLY
        : ChallengedAct.NON_REPLY;
  }

  /**
   * The last day of the reply period (Art. 33) as the register holds it, extensions and
   * consultation pauses included (the register's {@code due_on}), or null while it is not known
   * to be running out: an online application not yet confirmed (Art. 31: no receipt yet), a
   * correction asked for in time (Art. 30: the period restarts with the corrected request), a
   * pause that began by that day and has not ended (the deadline moves when it ends).
   */
  LocalDate replyDueOn(CaseRecord record) {
    String status = record.status();
    if (CaseRegister.Status.SUBMITTED.name().equals(status)
        || CaseRegister.Status.NOT_CONFIRMED.name().equals(status)
        || CaseRegister.Status.AWAITING_CORRECTION.name().equals(status)
        && !cases.correctionNoticeLate(record.trackingNumber())) {
      return null;
    }
    boolean pausedByThen = pauses.pausesOf(record.trackingNumber()).stream()
        .anyMatch(p -> p.endedOn() == null && !p.startedOn().isAfter(record.dueOn()));
    return pausedByThen ? null : record.dueOn();
  }

  /**
   * The warning for an appeal against the failure to reply filed on {@code filedOn} while the
   * reply period had not run out (ADR 0081), or null: recorded all the same, admissibility is
   * the reconsideration body's or the court's (handbook §2.13). {@code court}: a lawsuit.
   */
  String prematureWarning(CaseRecord record, LocalDate filedOn, boolean court) {
    LocalDate dueOn = replyDueOn(record);
    if (filedOn == null || dueOn != null && filedOn.isAfter(dueOn)) {
      return null;
    }
    String filing = court ? "起诉日期" : "申请复议日期";
    return "Filed on " + filedOn + " against the failure to reply, before the reply period"
        + (dueOn == null ? " was running out (the deadline is not fixed yet)"
            : " ended on " + dueOn) + " (Art. 33); recorded, the "
        + (court ? "court" : "reconsideration body") + " decides whether to accept it（"
        + filing + CaseLetters.chinese(filedOn) + "时，"
        + (dueOn == null ? "答复期限尚未届满（答复期限尚未起算、已中止或重新计算）"
            : "答复期限（" + CaseLetters.chinese(dueOn) + "）尚未届满")
        + "，本机关尚不属于逾期未作答复（《中华人民共和国政府信息公开条例》第三十三条）；本机关已登记，是否受理由"
        + (court ? "人民法院" : "复议机关") + "决定）";
  }

  /**
   * The case can take a correction (message ReplyCorrected): it waits in its appeal window, or
   * it is still in 办理与答复, where a third party may already contest the decision to disclose
   * (Art. 32, ADR 0038).
   */
  public boolean isOpen(RuntimeService runtime, String trackingNumber) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(trackingNumber)
        .messageEventSubscriptionName(ElementIds.MESSAGE_REPLY_CORRECTED).count() > 0;
  }

  /**
   * One pending reconsideration or lawsuit per appellant and act challenged: the applicant, and
   * each third party, may each have one (ADR 0038); a second by the same appellant against the
   * same act is a conflict. The applicant's appeal against the reply delivered while its appeal
   * against the failure to reply is pending challenges another act, which the law lets it contest
   * separately (ADR 0096, the register's challenged_act tells them apart).
   */
  private void requireNothingPending(String trackingNumber, Filer filer,
      ChallengedAct challenged) {
    requireNothingPending(trackingNumber, filer, challenged, false);
  }

  /**
   * As above; for a suit ({@code lawsuit}) a reconsideration whose decision period has run out
   * undecided does not count (ALL Art. 45: 复议机关逾期不作决定的，申请人可以在复议期满之日起十五日内
   * 向人民法院提起诉讼; audit 37a F3).
   */
  private void requireNothingPending(String trackingNumber, Filer filer,
      ChallengedAct challenged, boolean lawsuit) {
    java.util.function.Predicate<AppealRegister.Appeal> same =
        appeal -> filer.filed(appeal) && appeal.challenged() == challenged;
    LocalDate today = OfficeTime.today();
    if (appeals.pending(trackingNumber, AppealKind.RECONSIDERATION).stream()
        .filter(appeal -> !lawsuit || !decisionOverdue(appeal, today)).anyMatch(same)
        || appeals.pending(trackingNumber, AppealKind.LITIGATION).stream().anyMatch(same)) {
      throw new AppealConflict("Case " + trackingNumber + " has a pending reconsideration or"
          + " lawsuit by this appellant（" + filer.appellant().describe(filer.name())
          + "在该申请上已有尚未审结的行政复议或行政诉讼）");
    }
  }

  private static boolean refusal(CaseRecord record) {
    return record.outcomeCode() != null
        && OutcomeCode.ofCode(record.outcomeCode()).code().startsWith("3.");
  }

  static LocalDate notInFuture(LocalDate date, String name, String chineseName) {
    if (date != null && date.isAfter(OfficeTime.today())) {
      throw new io.github.ogiworkflow.process.InvalidInput(
          name + " lies in the future（" + chineseName + "不能晚于今天）");
    }
    return date;
  }
}
