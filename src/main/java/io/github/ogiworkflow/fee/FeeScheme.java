package io.github.ogiworkflow.fee;

/** The two ways of charging of 国办函〔2020〕109号; one per application. */
public enum FeeScheme {
  PER_REQUEST("按件计收", "申请人一个自然月内提出的第1至10件政府信息公开申请不收费；第11至30件，每件100元；"
      + "第31至40件，每件200元；第41至50件，每件300元；此后每增加10件为一档，每件收费标准提高100元。"
      + "件数按收到申请的日期计算，只计本申请及之前收到的申请。"),
  PER_PAGE("按量计收", "同一申请提供的政府信息30页以下（含30页）不收费；第31至100页的部分，每页10元；"
      + "第101至200页的部分，每页20元；超过200页的部分，每页40元。");

  private final String label;
  private final String rule;

  FeeScheme(String label, String rule) {
    this.label = label;
    this.rule = rule;
  }

  public String label() {
    return label;
  }

  /** The scale of this scheme, as the fee notice states it. */
  public String rule() {
    return rule;
  }
}
