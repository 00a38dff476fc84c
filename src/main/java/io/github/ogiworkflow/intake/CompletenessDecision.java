package io.github.ogiworkflow.intake;

/** The office's finding on 审查申请内容是否明确 (handbook 2.3), as the form's radio offers it. */
public enum CompletenessDecision {
  /** 申请内容明确. */
  COMPLETE,
  /** 需要补正. */
  CORRECTION,
  /** 不属于政府信息公开申请（不予处理）. */
  NOT_A_REQUEST
}
