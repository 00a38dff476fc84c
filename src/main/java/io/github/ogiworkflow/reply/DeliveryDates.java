package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.ServiceDates;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseDates;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.DecisionRegister.Kind;
import io.github.ogiworkflow.register.DecisionRegister.RecordedDecision;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister.FrozenLetter;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Delivery dates that make sense (issue 14, point 11): a reply cannot be delivered in the
 * future, nor before leadership approved exactly this letter, nor (where no approval is needed)
 * before the office finalised it, nor before the fee was paid (the information goes out once it
 * is, Art. 42); the applicant cannot have signed for it before it was sent
 * or in the future (checked when that date is corrected). Checked when the office leaves 送达答复书 (HTTP 400 naming the field,
 * nothing written) and when a date is corrected later; 登记送达 checks again from the register
 * ({@link ReleaseChecks}). The step bean is {@code ReplyDelegates.deliveryDateCheck}.
 */
@Component
public class DeliveryDates {

  private final ReplyLetterRegister letters;
  private final DecisionRegister decisions;
  private final CaseRegister cases;

  public DeliveryDates(ReplyLetterRegister letters, DecisionRegister decisions,
      CaseRegister cases) {
    this.letters = letters;
    this.decisions = decisions;
    this.cases = cases;
  }

  /**
   * The first day the reply may have been delivered: the day leadership approved the letter
   * on record, else the day the office finalised it; null when no letter was finalised.
   */
  public LocalDate earliestDelivery(String trackingNumber) {
    FrozenLetter letter = letters.latest(trackingNumber).orElse(null);
    if (letter == null) {
      return null;
    }
    RecordedDecision approval = letter.approvalId() == null ? null
        : decisions.find(letter.approvalId()).orElse(null);
    if (approval != null && approval.kind() == Kind.REPLY
        && "APPROVE".equals(approval.decision())) {
      return LocalDate.ofInstant(approval.decidedAt(), OfficeTime.ZONE);
    }
    return LocalDate.ofInstant(letter.frozenAt(), OfficeTime.ZONE);
  }

  /**
   * The reply letter on record once it is issued (numbered, dated and rendered: on approval, or
   * on finalising without one), served or not yet: it states the receipt date (ADR 0132).
   */
  public java.util.Optional<FrozenLetter> issuedReply(String trackingNumber) {
    return letters.latest(trackingNumber).filter(FrozenLetter::issued);
  }

  /**
   * Locks the case's register row until the transaction ends (ADR 0059): the delivery then
   * reads the fee's payment and the letter as no concurrent date correction can change them.
   */
  public void lockCase(String trackingNumber) {
    cases.lock(trackingNumber);
  }

  /**
   * Refuses a delivery date in the future, before the letter was approved (or finalised) or
   * before the fee on record was paid.
   */
  public void checkDeliveredOn(String trackingNumber, LocalDate deliveredOn) {
    if (deliveredOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput("deliveredOn: the delivery date is in the future"
          + "（送达日期不得晚于今天）");
    }
    LocalDate earliest = earliestDelivery(trackingNumber);
    if (earliest != null && deliveredOn.isBefore(earliest)) {
      throw new InvalidInput("deliveredOn: the delivery date is before the letter was approved"
          + " or finalised on " + earliest + "（送达日期不得早于答复书审批或定稿日期"
          + CaseLetters.chinese(earliest) + "）");
    }
    LocalDate paidOn = cases.dates(trackingNumber).map(CaseDates::feePaidOn).orElse(null);
    if (paidOn != null && deliveredOn.isBefore(paidOn)) {
      throw new InvalidInput("deliveredOn: before the fee was paid on " + paidOn
          + "（送达日期不得早于缴费日期" + CaseLetters.chinese(paidOn) + "）");
    }
  }

  /**
   * Refuses a way of delivery the register has no contact data for ({@link
   * ServiceDates#checkReachable}): e-mail without an e-mail address, online without a query
   * code, post without an address.
   */
  public void checkDeliveredBy(String trackingNumber, String deliveredBy) {
    ServiceDates.checkReachable("deliveredBy", deliveredBy, cases, trackingNumber);
    if ("ONLINE".equals(deliveredBy) && cases.requestedDelivery(trackingNumber)
        .filter(asked -> !asked.asksOnline()).isPresent()) {
      // The page offers the reply for download only to an applicant who asked for it online
      // (Art. 40: in the form asked for): served "online" otherwise, it reaches no one while
      // the appeal periods run from that day (audit 34a F2).
      throw new InvalidInput("deliveredBy: the applicant asked for the reply on paper, online"
          + " service does not reach them（送达方式：申请人要求以纸质方式获取答复，网上申请平台不提供"
          + "该答复书下载，不能网上送达，请按申请人要求的方式送达）");
    }
  }

  /** The reply's signed-for date: {@link ServiceDates#checkSignedFor}. */
  public static void checkReplyReceivedOn(LocalDate receivedOn, LocalDate deliveredOn,
      String deliveredBy) {
    ServiceDates.checkSignedFor("replyReceivedOn", receivedOn, deliveredOn, deliveredBy);
  }
}
