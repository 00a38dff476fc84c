package io.github.ogiworkflow.vocabulary;

/** The office's finding on the reasons an applicant gave for excessive requests (Art. 35). */
public enum ReasonsDecision {
  /** 理由合理，按期答复. */
  ACCEPTED,
  /** 理由合理，但无法在第三十三条规定的期限内答复：确定延迟答复的合理期限. */
  ACCEPTED_DELAYED,
  /** 理由不合理：告知不予处理（5.4）. */
  REJECTED,
  /** 申请人逾期未说明理由 (set by the timer's path, never chosen on the form). */
  NOT_ANSWERED;

  /** Whether 不予处理（无正当理由大量反复申请, 5.4）may follow. */
  public boolean allowsNotProcessing() {
    return this == REJECTED || this == NOT_ANSWERED;
  }
}
