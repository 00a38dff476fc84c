package io.github.ogiworkflow.vocabulary;

/** The grounds for withholding (Art. 14–16), in the order the annual report counts them. */
public enum WithholdingGround {
  STATE_SECRET("属于国家秘密", OutcomeCode.WITHHELD_STATE_SECRET),
  LAW_FORBIDS("其他法律行政法规禁止公开", OutcomeCode.WITHHELD_LAW_FORBIDS),
  THREE_SECURITIES("危及“三安全一稳定”", OutcomeCode.WITHHELD_THREE_SECURITIES),
  THIRD_PARTY("保护第三方合法权益", OutcomeCode.WITHHELD_THIRD_PARTY),
  INTERNAL_AFFAIRS("属于三类内部事务信息", OutcomeCode.WITHHELD_INTERNAL_AFFAIRS),
  PROCESS_INFO("属于四类过程性信息", OutcomeCode.WITHHELD_PROCESS_INFO),
  ENFORCEMENT_FILE("属于行政执法案卷", OutcomeCode.WITHHELD_ENFORCEMENT_FILE),
  QUERY_PROCEDURE("属于行政查询事项", OutcomeCode.WITHHELD_QUERY_PROCEDURE);

  private final String label;
  private final OutcomeCode outcome;

  WithholdingGround(String label, OutcomeCode outcome) {
    this.label = label;
    this.outcome = outcome;
  }

  public String label() {
    return label;
  }

  public OutcomeCode outcome() {
    return outcome;
  }
}
