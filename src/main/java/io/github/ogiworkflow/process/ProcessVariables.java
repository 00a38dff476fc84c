package io.github.ogiworkflow.process;

/**
 * Names of process variables. Every model, form, filter and bean refers to these names; the
 * forms' field keys use the same strings.
 */
public final class ProcessVariables {

  /** 受理编号: also the business key. */
  public static final String TRACKING_NUMBER = "trackingNumber";
  /** 申请人姓名/名称. */
  public static final String APPLICANT_NAME = "applicantName";
  /** 答复期限: the reply due date, moved by pauses and extension. */
  public static final String REPLY_DUE_DATE = "replyDueDate";

  private ProcessVariables() {}
}
