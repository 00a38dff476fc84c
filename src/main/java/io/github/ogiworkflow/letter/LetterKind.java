package io.github.ogiworkflow.letter;

/** Every kind of letter or notice the office sends; the template is {@code letters/<name>.txt}. */
public enum LetterKind {
  CORRECTION_NOTICE("补正申请告知书"),
  TERMINATION_NOTICE("终止办理告知书"),
  CONSULTATION_THIRD_PARTY("征求第三方意见函"),
  CONSULTATION_AGENCY("征求意见函"),
  SECRECY_REFERRAL("提请确定是否属于国家秘密的函"),
  EXTENSION_NOTICE("延期答复告知书"),
  FEE_NOTICE("收费通知书"),
  /** Art. 32: disclosure over a third party's objection, told to the third party. */
  OVERRIDE_NOTICE("公开决定告知书（第三方）"),
  /** Art. 35: the applicant of clearly excessive requests is asked for reasons. */
  REASONS_REQUEST("说明理由通知书"),
  /** Art. 35: reasons accepted, but the reply needs longer than Art. 33 allows. */
  DELAYED_REPLY_NOTICE("延迟答复告知书"),
  REPLY("政府信息公开申请答复书");

  private final String title;

  LetterKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  String templateName() {
    return "letters/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".txt";
  }
}
