package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.reply.OutcomeCode;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The appeal window (救济期限) of a delivered case and the rules for appeal events: which case
 * may be appealed how, and when the case is closed for good. Bean {@code appealWindow}: the
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

  public AppealWindow(CaseRegister cases, AppealRegister appeals) {
    this.cases = cases;
    this.appeals = appeals;
  }

  /** Only a delivered reply can be appealed; abandoned or unpaid cases end at once. */
  public boolean delivered(DelegateExecution execution) {
    return CaseRegister.Status.DELIVERED.name().equals(
        cases.get(execution.getProcessBusinessKey()).status());
  }

  /**
   * The last day an appeal may be filed: 6 months after delivery, but 60 days for a refusal to
   * disclose, which goes to reconsideration first (ARL Art. 23).
   */
  public LocalDate closesOn(String trackingNumber, LocalDate deliveredOn) {
    return refusal(cases.get(trackingNumber)) ? deliveredOn.plusDays(RECONSIDERATION_DAYS)
        : deliveredOn.plusMonths(LITIGATION_MONTHS);
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

  /** A reconsideration may be filed while the window is open and no other appeal is pending. */
  public void checkReconsiderationMayStart(RuntimeService runtime, String trackingNumber) {
    requireCase(trackingNumber);
    requireWindowOpen(runtime, trackingNumber);
    requireNothingPending(trackingNumber);
  }

  /**
   * A lawsuit likewise; directly only where reconsideration is not mandatory (not for a refusal,
   * ARL Art. 23), after reconsideration only once one was decided.
   */
  public void checkLawsuitMayStart(RuntimeService runtime, String trackingNumber,
      boolean afterReconsideration) {
    CaseRecord record = requireCase(trackingNumber);
    requireWindowOpen(runtime, trackingNumber);
    requireNothingPending(trackingNumber);
    if (!afterReconsideration && refusal(record)) {
      throw new AppealConflict("A refusal to disclose must go to reconsideration before"
          + " litigation (ARL Art. 23)（不予公开答复须先申请行政复议，不能直接提起行政诉讼，"
          + "《行政复议法》第二十三条）");
    }
    if (afterReconsideration && appeals.lastDecidedReconsideration(trackingNumber).isEmpty()) {
      throw new AppealConflict("No decided reconsideration of case " + trackingNumber
          + "（该申请没有已作出决定的行政复议，不能登记为复议后起诉）");
    }
  }

  /** The case waits in its appeal window (the reply was delivered, the window not closed). */
  public boolean isOpen(RuntimeService runtime, String trackingNumber) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(trackingNumber)
        .messageEventSubscriptionName(ElementIds.MESSAGE_REPLY_CORRECTED).count() > 0;
  }

  private void requireWindowOpen(RuntimeService runtime, String trackingNumber) {
    if (!isOpen(runtime, trackingNumber)) {
      throw new AppealConflict("Case " + trackingNumber + " is not open to appeal: no reply"
          + " delivered or the appeal window has closed（该申请不在救济期间：尚未送达答复或救济期限已届满）");
    }
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
