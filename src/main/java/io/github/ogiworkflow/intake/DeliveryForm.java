package io.github.ogiworkflow.intake;

/** 获取信息的载体形式 the applicant asked for (Art. 29). */
public enum DeliveryForm {
  PAPER,
  ELECTRONIC;

  /** Why paper by e-mail or online is refused, as the applicant and the clerk read it. */
  public static final String PAPER_NOT_CARRIED = "纸质载体请选择自行领取或邮寄，电子邮件和网上获取只能提供电子文档";

  /**
   * Whether {@code method} can carry this form: paper only by pick-up or post; e-mail and the
   * online page carry only electronic documents, and the reply would say 以电子文档形式 while
   * the register says 纸质 (audit 34a F9). No method yet fits any form.
   */
  public boolean carriedBy(DeliveryMethod method) {
    return this != PAPER || method == null || method == DeliveryMethod.PICK_UP
        || method == DeliveryMethod.POST;
  }
}
