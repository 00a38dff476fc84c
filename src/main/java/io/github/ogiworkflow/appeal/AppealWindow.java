package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_AT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_WINDOW_CLOSES_ON_TEXT;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The appeal window (救济期限) of a delivered case and the rules for appeal events: which case
 * may be appealed, the warnings a late filing is recorded with (a warning, never a refusal:
 * admissibility is for the reconsideration body or court, ARL Art. 20), and when the case is
 * closed for good. The periods run from the applicant's receipt of the reply. Bean {@code appealWindow}: the
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

  public AppealWindow(CaseRegister cases, AppealRegister appeals, ItemRegister items) {
    this.cases = cases;
    this.appeals = appeals;
    this.items = items;
  }

  /** Only a delivered reply can be appealed; abandoned or unpaid cases end at once. */
  public boolean delivered(DelegateExecution execution) {
    return CaseRegister.Status.DELIVERED.name().equals(
        cases.get(execution.getProcessBusinessKey()).status());
  }

  /**
   * The day the case may be closed for good: 6 months after the applicant received the reply
   * (after its delivery where no usable receipt is recorded), but 60 days for a refusal to
   * disclose, which goes to reconsideration first (ARL Art. 23).
   * A filing after it is still recorded, with a warning.
   */
  public LocalDate closesOn(String trackingNumber, LocalDate deliveredOn, LocalDate receivedOn) {
    LocalDate receipt = usableReceipt(deliveredOn, receivedOn);
    LocalDate from = receipt == null ? deliveredOn : receipt;
    return refusal(cases.get(trackingNumber)) ? from.plusDays(RECONSIDERATION_DAYS)
        : from.plusMonths(LITIGATION_MONTHS);
  }

  /**
   * The applicant's signed-for date as the window counts it: none before the delivery or in
   * the future (the window then runs from the delivery).
   */
  public static LocalDate usableReceipt(LocalDate deliveredOn, LocalDate receivedOn) {
    return receivedOn == null || receivedOn.isBefore(deliveredOn)
        || receivedOn.isAfter(OfficeTime.today()) ? null : receivedOn;
  }

  /** The process variables that hold the window's closing day: the timer's and the text. */
  public static Map<String, Object> variables(LocalDate closesOn) {
    return Map.of(APPEAL_WINDOW_CLOSES_AT, OfficeTime.after(closesOn),
        APPEAL_WINDOW_CLOSES_ON_TEXT, closesOn.toString());
  }

  /**
   * The day the window must stay open until although its time has run out: an appeal is
   * pending, or a lawsuit after a recent reconsideration decision is still possible.
   */
  public Optional<LocalDate> stillOpenUntil(String trackingNumber, LocalDate today) {
    if (!appeals.pending(trackingNumber, AppealKind.RECONSIDERATION).isEmpty()
        || !appeals.pending(trackingNumber, AppealKind.LITIGATION).isEmpty()) {
      return Optional.of(today.plusDays(PENDING_RECHECK_DAYS));
    }
    return appeals.lastDecidedReconsideration(trackingNumber)
        .map(decided -> decided.decidedOn().plusDays(LITIGATION_AFTER_DECISION_DAYS))
        .filter(lastDay -> !lastDay.isBefore(today));
  }

  /** The case, or {@link UnknownCase}. */
  public CaseRecord requireCase(String trackingNumber) {
    return cases.find(trackingNumber).orElseThrow(() -> new UnknownCase(trackingNumber));
  }

  /**
   * A reconsideration the agency is served is recorded whenever a reply (or termination notice)
   * was delivered, however late: admissibility is for the reconsideration body (ARL Art. 20).
   * Refused only when there is nothing to appeal or another appeal is pending.
   */
  public CaseRecord checkReconsiderationMayStart(String trackingNumber) {
    CaseRecord record = requireAppealable(trackingNumber);
    requireNothingPending(trackingNumber);
    return record;
  }

  /**
   * A lawsuit likewise; after reconsideration only once one was decided. A direct suit against
   * a refusal is recorded with a warning (see {@link #lawsuitWarning}), not refused.
   */
  public CaseRecord checkLawsuitMayStart(String trackingNumber, boolean afterReconsideration) {
    CaseRecord record = requireAppealable(trackingNumber);
    requireNothingPending(trackingNumber);
    if (afterReconsideration && appeals.lastDecidedReconsideration(trackingNumber).isEmpty()) {
      throw new AppealConflict("No decided reconsideration of case " + trackingNumber
          + "（该申请没有已作出决定的行政复议，不能登记为复议后起诉）");
    }
    return record;
  }

  /**
   * The warning for a reconsideration filed more than 60 days after the applicant received the
   * reply (ARL Art. 20), or null. Recorded with the filing; never a refusal.
   */
  public String reconsiderationWarning(String trackingNumber, LocalDate filedOn) {
    LocalDate receivedOn = cases.replyReceivedOn(trackingNumber);
    if (receivedOn == null || filedOn == null
        || !filedOn.isAfter(receivedOn.plusDays(RECONSIDERATION_DAYS))) {
      return null;
    }
    return "Filed on " + filedOn + ", more than " + RECONSIDERATION_DAYS + " days after the"
        + " applicant received the reply on " + receivedOn + " (ARL Art. 20); recorded, the"
        + " reconsideration body decides whether to accept it（申请复议日期" + filedOn
        + "已超过自收到答复之日（" + receivedOn + "）起六十日的复议申请期限（《行政复议法》第二十条）；"
        + "本机关已登记，是否受理由复议机关决定）";
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
    String trackingNumber = record.trackingNumber();
    java.util.List<String> warnings = new java.util.ArrayList<>();
    if (afterReconsideration) {
      LocalDate decidedOn = appeals.lastDecidedReconsideration(trackingNumber)
          .map(AppealRegister.Appeal::decidedOn).orElse(null);
      if (decidedOn != null && filedOn.isAfter(decidedOn.plusDays(LITIGATION_AFTER_DECISION_DAYS))) {
        warnings.add("Filed on " + filedOn + ", more than " + LITIGATION_AFTER_DECISION_DAYS
            + " days after the reconsideration decision of " + decidedOn + " (ALL Art. 45)"
            + "（起诉日期" + filedOn + "已超过自复议决定（" + decidedOn + "）起十五日的起诉期限，"
            + "《行政诉讼法》第四十五条）");
      }
    } else {
      if (withholds(record)) {
        warnings.add("The reply withholds information: a refusal to disclose, and the withheld"
            + " part of a partial disclosure, go to reconsideration first (ARL Art. 23)"
            + "（不予公开及部分公开中不予公开的部分须先申请行政复议，《行政复议法》第二十三条第一款第（四）项）");
      }
      LocalDate receivedOn = cases.replyReceivedOn(trackingNumber);
      if (receivedOn != null && filedOn.isAfter(receivedOn.plusMonths(LITIGATION_MONTHS))) {
        warnings.add("Filed on " + filedOn + ", more than " + LITIGATION_MONTHS + " months"
            + " after the applicant received the reply on " + receivedOn + " (ALL Art. 46)"
            + "（起诉日期" + filedOn + "已超过自收到答复之日（" + receivedOn + "）起六个月的起诉期限，"
            + "《行政诉讼法》第四十六条）");
      }
    }
    if (warnings.isEmpty()) {
      return null;
    }
    return String.join("; ", warnings) + "; recorded, the court decides whether to accept it"
        + "（本机关已登记，是否受理由人民法院决定）";
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
          + record.firstReceivedOn() + "）");
    }
    return date;
  }

  /** A reply or a termination notice was delivered: there is something to appeal. */
  private CaseRecord requireAppealable(String trackingNumber) {
    CaseRecord record = requireCase(trackingNumber);
    if (!CaseRegister.Status.DELIVERED.name().equals(record.status())
        && !CaseRegister.Status.CLOSED.name().equals(record.status())) {
      throw new AppealConflict("Case " + trackingNumber + " has no reply delivered yet:"
          + " nothing to appeal（该申请尚未送达答复，没有可以申请复议或者起诉的答复）");
    }
    return record;
  }

  /** The case waits in its appeal window (the reply was delivered, the window not closed). */
  public boolean isOpen(RuntimeService runtime, String trackingNumber) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(trackingNumber)
        .messageEventSubscriptionName(ElementIds.MESSAGE_REPLY_CORRECTED).count() > 0;
  }

  private void requireNothingPending(String trackingNumber) {
    if (!appeals.pending(trackingNumber, AppealKind.RECONSIDERATION).isEmpty()
        || !appeals.pending(trackingNumber, AppealKind.LITIGATION).isEmpty()) {
      throw new AppealConflict("Case " + trackingNumber + " has a pending reconsideration or"
          + " lawsuit（该申请已有尚未审结的行政复议或行政诉讼）");
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
