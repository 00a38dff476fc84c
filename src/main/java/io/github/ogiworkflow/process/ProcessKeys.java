package io.github.ogiworkflow.process;

/**
 * Keys of the process definitions and decision tables in {@code processes/}: one place, used by
 * code, tests and grants.
 */
public final class ProcessKeys {

  /** 政府信息公开申请办理: the whole handling of one request. */
  public static final String DISCLOSURE_REQUEST = "DisclosureRequest";
  /** 保密审查: one secrecy review of one information item (一事一审). */
  public static final String SECRECY_REVIEW = "SecrecyReview";
  /** Decision table: the reply's outcome (答复类型) from the items' review results. */
  public static final String REPLY_OUTCOME_TABLE = "ReplyOutcome";
  /** Decision table: whether the reply needs leadership's approval. */
  public static final String APPROVAL_REQUIRED_TABLE = "ApprovalRequired";

  // Proactive disclosure (主动公开)
  /** 主动公开信息发布: draft, review per item, approval, publication per channel. */
  public static final String PROACTIVE_DISCLOSURE = "ProactiveDisclosure";
  /** 撤回主动公开信息: withdrawal of a published item with leadership approval. */
  public static final String PUBLICATION_WITHDRAWAL = "PublicationWithdrawal";
  /** Decision table: which publication items need leadership approval. */
  public static final String PUBLICATION_APPROVAL = "PublicationApproval";
  // Appeals (handbook section 3)
  /** 行政复议答复: the agency's side of one administrative reconsideration. */
  public static final String RECONSIDERATION = "Reconsideration";
  /** 行政诉讼应诉: the agency's defence in one lawsuit, first and second instance. */
  public static final String LITIGATION = "Litigation";
  /** 申诉举报处理: a complaint or report to the higher authority (Art. 51). */
  public static final String COMPLAINT = "Complaint";
  /**
   * 跟进邮寄回执: a reply sent by post whose signed-for date is still not recorded 30 days after
   * posting becomes a task of the office (ADR 0061); started by the appeal window's opening.
   */
  public static final String SIGNED_FOR_FOLLOW_UP = "SignedForFollowUp";
  /**
   * 送达终止告知书: the office records how the termination notice of a case closed without a
   * reply was served and when the applicant received it (ADR 0067); started by the closing.
   */
  public static final String TERMINATION_NOTICE_SERVICE = "TerminationNoticeService";

  // Annual report (年度报告, issue 6)
  /** 政府信息公开工作年度报告: computed tables, narrative, approval, publication by 31 January. */
  public static final String ANNUAL_REPORT = "AnnualReport";

  private ProcessKeys() {}
}
