package io.github.ogiworkflow.correction;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The dates of a case the office may correct after they were entered (issue 14, point 11):
 * those the register stores and reports and periods count from, the termination notice's
 * service among them (ADR 0069). The fee notice's service date and the consultation dates live
 * in process variables and the consultation register; they are not correctable here.
 */
public enum CorrectableDate {
  /** 收到申请日期 (ogi_case.first_received_on; the clock's start and the due date follow). */
  receivedOn("收到申请日期"),
  /** 送达日期 (ogi_case.delivered_on; the closing and first closing recorded with it follow). */
  deliveredOn("送达日期"),
  /** 缴费日期 (ogi_case.fee_paid_on; section 六 of the annual report). */
  feePaidOn("缴费日期"),
  /** 申请人签收日期 (ogi_case.reply_received_on; the appeal periods run from it). */
  replyReceivedOn("申请人签收日期"),
  /**
   * 终止办理告知书送达日期 (ogi_case.termination_served_on, ADR 0067/0069): the day a closed
   * case's termination notice was handed over, sent or posted.
   */
  terminationServedOn("终止办理告知书送达日期"),
  /**
   * 终止办理告知书签收日期 (ogi_case.termination_signed_for_on): the day the applicant signed for
   * it; the appeal periods of the closed case run from it.
   */
  terminationSignedForOn("终止办理告知书签收日期"),
  /**
   * 撤回申请日期 (ogi_case.withdrawn_on, ADR 0085, 0097): the day the applicant's withdrawal
   * reached the office, the withdrawn case's closing day (table 三 counts it in that year).
   */
  withdrawnOn("撤回申请日期");

  private final String label;

  CorrectableDate(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Whether a correction of this date can move the reply deadline (the receipt, the payment) or
   * decide whether the reply was late (the delivery): recorded with the deadline in force then
   * (ogi_date_change.reply_due_on, V90; ADR 0127), and 领导小组's to make where it lifts a
   * passed deadline or a late reply (DateCorrectionController.LEADERSHIP_FIELDS).
   */
  public boolean movesReplyDeadline() {
    return this == receivedOn || this == feePaidOn || this == deliveredOn;
  }

  /**
   * Whether 领导小组 may correct this date (ADR 0124, 0127): those whose correction may lift a
   * passed deadline or a late reply, which only leadership may make; through the API and the
   * case page's 更正日期 form (ADR 0137). The office corrects every date.
   */
  public boolean leadershipMayCorrect() {
    return movesReplyDeadline();
  }

  static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String labels() {
    return Arrays.stream(values()).map(f -> f.label).collect(Collectors.joining("、"));
  }
}
