package io.github.ogiworkflow.intake;

/**
 * 不予处理的情形 (handbook 2.4; table 三 rows 5.1–5.5): the kinds the completeness check offers. A
 * kind the form does not offer would fall through the reply table to 6.3 (其他处理), so the
 * server refuses it.
 */
public enum NotARequestKind {
  /** 信访、举报、投诉类申请 (5.1). */
  PETITION,
  /** 重复申请 (5.2). */
  REPEAT,
  /** 要求提供公开出版物 (5.3). */
  PUBLICATION,
  /** 无正当理由大量、频繁申请 (5.4, Art. 35: only after asking for reasons). */
  EXCESSIVE,
  /** 要求确认或重新出具已获取信息 (5.5). */
  CONFIRMATION
}
