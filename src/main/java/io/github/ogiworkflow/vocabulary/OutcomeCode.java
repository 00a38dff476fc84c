package io.github.ogiworkflow.vocabulary;

import java.util.Arrays;

/**
 * The outcome of a request: the rows of table 三 of the 2021 annual-report template, with their
 * exact labels (handbook section 4). The code is what the DMN table {@code ReplyOutcome} returns.
 */
public enum OutcomeCode {
  DISCLOSED("1", "（一）予以公开"),
  PARTIAL("2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
  WITHHELD_STATE_SECRET("3.1", "（三）不予公开 1.属于国家秘密"),
  WITHHELD_LAW_FORBIDS("3.2", "（三）不予公开 2.其他法律行政法规禁止公开"),
  WITHHELD_THREE_SECURITIES("3.3", "（三）不予公开 3.危及“三安全一稳定”"),
  WITHHELD_THIRD_PARTY("3.4", "（三）不予公开 4.保护第三方合法权益"),
  WITHHELD_INTERNAL_AFFAIRS("3.5", "（三）不予公开 5.属于三类内部事务信息"),
  WITHHELD_PROCESS_INFO("3.6", "（三）不予公开 6.属于四类过程性信息"),
  WITHHELD_ENFORCEMENT_FILE("3.7", "（三）不予公开 7.属于行政执法案卷"),
  WITHHELD_QUERY_PROCEDURE("3.8", "（三）不予公开 8.属于行政查询事项"),
  UNAVAILABLE_NOT_HELD("4.1", "（四）无法提供 1.本机关不掌握相关政府信息"),
  UNAVAILABLE_NEEDS_PROCESSING("4.2", "（四）无法提供 2.没有现成信息需要另行制作"),
  UNAVAILABLE_STILL_UNCLEAR("4.3", "（四）无法提供 3.补正后申请内容仍不明确"),
  NOT_PROCESSED_PETITION("5.1", "（五）不予处理 1.信访举报投诉类申请"),
  NOT_PROCESSED_REPEAT("5.2", "（五）不予处理 2.重复申请"),
  NOT_PROCESSED_PUBLICATION("5.3", "（五）不予处理 3.要求提供公开出版物"),
  NOT_PROCESSED_EXCESSIVE("5.4", "（五）不予处理 4.无正当理由大量反复申请"),
  NOT_PROCESSED_CONFIRMATION("5.5", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
  OTHER_NO_CORRECTION("6.1",
      "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  OTHER_FEE_UNPAID("6.2",
      "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  OTHER("6.3", "（六）其他处理 3.其他");

  private final String code;
  private final String label;

  OutcomeCode(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Withholds something from the applicant (部分公开 or 不予公开). */
  public boolean withholds() {
    return this == PARTIAL || code.startsWith("3.");
  }

  /** Refuses to disclose: the remedies must name reconsideration first (ARL Art. 23). */
  public boolean refusesDisclosure() {
    return code.startsWith("3.");
  }

  public static OutcomeCode ofCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown outcome code '" + code + "'"));
  }
}
