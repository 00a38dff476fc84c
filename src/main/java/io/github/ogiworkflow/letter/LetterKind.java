package io.github.ogiworkflow.letter;

/**
 * Every kind of letter or notice the office sends. The wording is {@code letters/<name>.txt}
 * (plain text, the draft the office edits), the layout {@code letters/<name>.docx} (a Word
 * template with letterhead, 文号, seal area and contact line, see {@link LetterDocuments}; a
 * pleading's has its own layout, see {@link #pleading()}).
 * {@code numberCode} follows the agency's 机关代字 in the 文号 and keeps the kinds' number
 * series apart (示市监信公开答〔2026〕3号, 示市监信公开补〔2026〕3号).
 */
public enum LetterKind {
  CORRECTION_NOTICE("补正申请告知书", "补"),
  /** Art. 30: a good reason for the delay; the applicant is told the new correction deadline. */
  CORRECTION_EXTENSION_NOTICE("延长补正期限告知书", "补延"),
  TERMINATION_NOTICE("终止办理告知书", "终"),
  CONSULTATION_THIRD_PARTY("征求第三方意见函", "征"),
  CONSULTATION_AGENCY("征求意见函", "商"),
  SECRECY_REFERRAL("关于提请确定有关信息是否属于国家秘密的函", "密"),
  EXTENSION_NOTICE("延期答复告知书", "延"),
  FEE_NOTICE("收费通知书", "费"),
  /** 国办函〔2020〕109号: a good reason for not paying in time; the new payment deadline. */
  FEE_EXTENSION_NOTICE("延长缴费期限告知书", "费延"),
  /**
   * A fee notice that asked too much, replaced by one for the lower amount (ADR 0086); the
   * 20 working days to pay run again from its service.
   */
  FEE_CORRECTION_NOTICE("更正收费通知书", "费更"),
  /** A fee notice withdrawn (撤销收费, ADR 0086): the applicant owes nothing. */
  FEE_WITHDRAWAL_NOTICE("撤销收费通知书", "费撤"),
  /** Art. 32: the third party is told the information is released over its objection. */
  OVERRIDE_NOTICE("公开决定告知书", "告"),
  /** Art. 35: the applicant is asked to explain a request of unreasonable number or frequency. */
  REASONS_REQUEST("说明理由通知书", "询"),
  /** Art. 35: reasons accepted, but the reply needs longer than Art. 33 allows; the applicant is told when. */
  DELAYED_REPLY_NOTICE("延迟答复告知书", "迟"),
  REPLY("政府信息公开申请答复书", "答"),
  /** 行政复议答复书 (Administrative Reconsideration Law Art. 48). */
  RECONSIDERATION_ANSWER("行政复议答复书", "复"),
  /** 行政答辩状 (Administrative Litigation Law Art. 67), first or second instance. */
  LITIGATION_DEFENCE("行政答辩状", "辩"),
  /**
   * 行政上诉状 (ALL Art. 85): the agency's own appeal against a first-instance judgment, what it
   * submits in a second instance it started (ADR 0043).
   */
  LITIGATION_APPEAL("行政上诉状", "上"),
  /** The answer to a complaint or report (投诉、举报, Art. 51 of the 2019 Regulation). */
  COMPLAINT_ANSWER("关于政府信息公开投诉举报事项的答复", "诉");

  private final String title;
  private final String numberCode;

  LetterKind(String title, String numberCode) {
    this.title = title;
    this.numberCode = numberCode;
  }

  public String title() {
    return title;
  }

  public String numberCode() {
    return numberCode;
  }

  /**
   * A pleading to a reconsideration body or a court (行政复议答复书, 行政答辩状, 行政上诉状), laid
   * out as one (ADR 0051): parties block, body, 此致 and the body or court, the party's signature
   * with the seal, date and 附; no letterhead, no 主送, no 文号 line (the 文号 stays the
   * register's file reference, printed small at the foot). Every other kind is a 公文.
   */
  public boolean pleading() {
    return this == RECONSIDERATION_ANSWER || this == LITIGATION_DEFENCE
        || this == LITIGATION_APPEAL;
  }

  /** {@code reply}, {@code correction-notice}, …: the file names of its templates. */
  public String baseName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  String templateName() {
    return "letters/" + baseName() + ".txt";
  }

  String documentTemplateName() {
    return "letters/" + baseName() + ".docx";
  }
}
