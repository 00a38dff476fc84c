package io.github.ogiworkflow.appeal;

/** The office's decision on 起草申诉举报答复 (ADR 0138), as the form's radio offers it. */
public enum ComplaintDecision {
  /** 起草答复，报领导审批: the draft goes to 审批申诉举报答复. */
  ANSWER,
  /**
   * 登记错误，报请作废: a complaint registered twice or by mistake, before it is answered;
   * leadership approves (审批申诉举报作废).
   */
  VOID
}
