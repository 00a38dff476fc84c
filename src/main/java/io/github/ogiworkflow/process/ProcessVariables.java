package io.github.ogiworkflow.process;

/**
 * Names of process variables: the one place models, forms, filters and beans take them from.
 * The forms' field keys are the same strings. See docs/design/disclosure-request.md.
 */
public final class ProcessVariables {

  // Registration (申请登记)
  /** 受理编号: also the business key. */
  public static final String TRACKING_NUMBER = "trackingNumber";
  public static final String CHANNEL = "channel";
  /** 收到申请日期 (yyyy-MM-dd), Art. 31. */
  public static final String RECEIVED_ON = "receivedOn";
  public static final String APPLICANT_TYPE = "applicantType";
  /** 申请人姓名/名称. */
  public static final String APPLICANT_NAME = "applicantName";
  public static final String ID_TYPE = "idType";
  public static final String ID_NUMBER = "idNumber";
  public static final String CONTACT_PHONE = "contactPhone";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String CONTACT_ADDRESS = "contactAddress";
  public static final String REQUEST_DESCRIPTION = "requestDescription";
  public static final String DELIVERY_FORM = "deliveryForm";
  public static final String DELIVERY_METHOD = "deliveryMethod";
  /**
   * 确认为另一份申请: the clerk confirms that an application of the same identity number, receipt
   * day and request text as a case already registered is a separate application (ADR 0116).
   */
  public static final String DUPLICATE_CONFIRMED = "duplicateConfirmed";

  // Deadline (答复期限)
  /** The reply due date (end of the day), moved by pauses and extension. */
  public static final String REPLY_DUE_DATE = "replyDueDate";
  /** The same as text (yyyy-MM-dd) for forms. */
  public static final String REPLY_DUE_DATE_TEXT = "replyDueDateText";
  /**
   * True when the due date rests on a year without the State Council's holiday notice
   * (provisional calendar of statutory holidays); the text then says 暂算.
   */
  public static final String REPLY_DUE_PROVISIONAL = "replyDueProvisional";
  /**
   * While a consultation or an unpaid fee notice pauses the reply clock: what an open
   * 临近答复期限 says instead of a due date (ADR 0126); removed when the pause ends.
   */
  public static final String REPLY_CLOCK_PAUSED_TEXT = "replyClockPausedText";
  public static final String REPLY_REMINDER_AT = "replyReminderAt";
  public static final String REPLY_OVERDUE_AT = "replyOverdueAt";
  /**
   * The reminder moment ({@link #REPLY_REMINDER_AT}) the last reply reminder was given for, or
   * found already past: local to 临近答复期限提醒, whose conditional event waits until
   * {@code replyReminderAt} lies after it, i.e. the deadline moved later (ADR 0087).
   */
  public static final String REPLY_REMINDED_FOR = "replyRemindedFor";
  /** Server-set before 答复期限是否已届满？: the register's reply deadline has passed. */
  public static final String REPLY_DEADLINE_PASSED = "replyDeadlinePassed";
  /**
   * Server-set before 新的提醒日未到？: the moved deadline's reminder day is today or later and
   * the clock is not paused, so the office is reminded again on it (ADR 0087).
   */
  public static final String REPLY_REMINDER_AHEAD = "replyReminderAhead";
  /** The reply reminder's flag: the reply is finalised and waits for delivery, no more reminders. */
  public static final String REPLY_FINALISED = "replyFinalised";
  /**
   * The overdue moment ({@link #REPLY_OVERDUE_AT}) the last 超期督办 was given for, or found
   * paused: 答复超期督办's conditional event waits until {@code replyOverdueAt} lies after it,
   * i.e. the deadline moved later (ADR 0101).
   */
  public static final String REPLY_ESCALATED_FOR = "replyEscalatedFor";
  /**
   * Server-set before 新的答复期限是否已届满？ (ADR 0101): the register's deadline has passed and
   * the clock is not paused, so leadership is asked again.
   */
  public static final String REPLY_OVERDUE_AGAIN = "replyOverdueAgain";
  /**
   * Server-set before 答复期限是否已后移至未届满的日期？ (ADR 0104): the register's deadline has not
   * passed, so an open 超期督办 no longer asks about an overdue case and ends.
   */
  public static final String REPLY_OVERDUE_LIFTED = "replyOverdueLifted";
  /**
   * Server-set with every move of the reply deadline ({@code ReplyDeadline}), before the new
   * {@code replyOverdueAt}: the new deadline had not passed on the day of the move. With it an
   * open 超期督办 ends (ADR 0104; the boundary's condition calls no method, so it cannot ask the
   * clock). False when a round starts.
   */
  public static final String REPLY_DUE_AHEAD = "replyDueAhead";
  /**
   * Server-set: the date a reconsideration decision or judgment ordered the round's reply by
   * (ISO text, `ogi_case.ordered_due_on`, ADR 0101), null when none. Kept with every move of the
   * deadline ({@code ReplyDeadline}) and by the decision itself ({@code OrderedReplyDate}), also
   * when it moves nothing; the extension and delay forms' hints read it (ADR 0111).
   */
  public static final String ORDERED_REPLY_DUE_TEXT = "orderedReplyDueText";

  // Completeness and correction (补正)
  public static final String COMPLETENESS_DECISION = "completenessDecision";
  public static final String COMPLETENESS_NOTE = "completenessNote";
  public static final String NOT_A_REQUEST_KIND = "notARequestKind";
  /**
   * 登记错误，报请作废 (ADR 0119): the office's reason, the tracking number of the case the
   * registration duplicates (optional), its statement that no receipt or other paper went to the
   * applicant, who proposed it (set by the server), and leadership's decision and comment.
   */
  public static final String VOID_REASON = "voidReason";
  public static final String VOID_DUPLICATE_OF = "voidDuplicateOf";
  public static final String VOID_NOTHING_ISSUED = "voidNothingIssued";
  public static final String VOID_PROPOSED_BY = "voidProposedBy";
  public static final String VOID_APPROVAL = "voidApproval";
  public static final String VOID_APPROVAL_COMMENT = "voidApprovalComment";
  /**
   * 已为本申请出具查询码（…）: set by the server from the register when the office handed the
   * applicant a query code (ADR 0170, 0180), shown read-only on the void's two forms.
   */
  public static final String VOID_QUERY_CODE_NOTICE = "voidQueryCodeNotice";
  /**
   * 获取途径 of a publication asked for (5.3): where and how to obtain it, told in the reply
   * (Art. 39(2)); required with that kind on models whose completeness form has the field.
   */
  public static final String PUBLICATION_SOURCE = "publicationSource";
  /**
   * 5.2 (重复申请): the tracking number of the same applicant's earlier request this agency has
   * already answered (Art. 36(六)); checked against the register, named in the reply.
   */
  public static final String EARLIER_REQUEST = "earlierRequest";
  /**
   * 5.5 (要求确认或重新出具已获取信息): ANSWERED (the agency already answered the applicant about it,
   * the earlier request in {@link #EARLIER_REQUEST}) or OBTAINED (the applicant already has it);
   * the reply states that fact (Art. 36, ADR 0064).
   */
  public static final String CONFIRMATION_BASIS = "confirmationBasis";
  public static final String CORRECTION_POINTS = "correctionPoints";
  public static final String CORRECTION_NOTICE_REMIND_AT = "correctionNoticeRemindAt";
  /** End of the 7th working day after receipt: 审查申请内容是否明确 is due then (Art. 30). */
  public static final String CORRECTION_NOTICE_DUE_AT = "correctionNoticeDueAt";
  /** True when the correction-notice reminder was already due at registration and given then. */
  public static final String CORRECTION_NOTICE_REMINDED_AT_REGISTRATION =
      "correctionNoticeRemindedAtRegistration";
  /**
   * The last day for the correction notice (receipt + 7 working days, Art. 30), ISO text for
   * the completeness form, which warns once it has passed.
   */
  public static final String CORRECTION_NOTICE_DUE_ON = "correctionNoticeDueOn";
  /**
   * True when the correction notice went out after {@link #CORRECTION_NOTICE_DUE_ON}: the reply
   * period then still runs from the original receipt and is not restarted by the correction.
   */
  public static final String CORRECTION_NOTICE_LATE = "correctionNoticeLate";
  /**
   * Set by 发出补正告知书 when the round is bound by a reply date a decision or judgment ordered
   * (ADR 0101, 0108): that date (ISO), which the correction does not move the deadline past.
   */
  public static final String CORRECTION_ORDERED_DUE_TEXT = "correctionOrderedDueText";
  public static final String CORRECTION_DEADLINE = "correctionDeadline";
  /** 确认逾期未补正: CLOSE (视为放弃) or MORE_TIME with a new deadline and the reason. */
  public static final String NO_CORRECTION_DECISION = "noCorrectionDecision";
  public static final String NEW_CORRECTION_DUE_ON = "newCorrectionDueOn";
  public static final String NO_CORRECTION_COMMENT = "noCorrectionComment";
  public static final String SUPPLEMENT_RECEIVED_ON = "supplementReceivedOn";
  public static final String SUPPLEMENT_STILL_UNCLEAR = "supplementStillUnclear";
  public static final String SUPPLEMENT_NOTE = "supplementNote";

  // Items (信息项)
  public static final String ITEMS = "items";
  public static final String ITEM_ID = "itemId";
  /**
   * Transient collections and flags a delegate computes from the register right before the model
   * uses them (multi-instance collections, a gateway), so no expression calls a bean.
   */
  public static final String CONSULTATION_KINDS = "consultationKinds";
  public static final String ITEMS_TO_REVIEW = "itemsToReview";
  public static final String REPLY_DELIVERED = "replyDelivered";
  /**
   * After 办理与答复, computed by the server: the case waits out an appeal window (a reply was
   * delivered, or a 6.x closing followed a 公开决定告知书 to a third party, Art. 32; ADR 0038).
   */
  public static final String APPEAL_WINDOW_OPENS = "appealWindowOpens";
  /**
   * Task-local on each review task: the item it reviews, fixed when the task is created (from
   * the item the call activity passed in). The record step records the review for this item.
   */
  public static final String REVIEW_ITEM_ID = "reviewItemId";
  /**
   * Transient (never stored): the review task's fixed item, handed from its completion to the
   * record step in the same transaction.
   */
  public static final String REVIEWED_ITEM_ID = "reviewedItemId";
  /** Transient, like {@link #REVIEWED_ITEM_ID}: the review task just completed. */
  public static final String REVIEW_TASK_ID = "reviewTaskId";
  public static final String ITEM_TITLE = "itemTitle";

  // Consultation (征求意见)
  public static final String CONSULTATION_KIND = "consultationKind";
  /**
   * Local to one consultation (sub-process instance): the third party it asks, as the items name
   * it (Art. 15, 32; ADR 0166), set by the server when its letter goes out; null for items whose
   * third party was not named; absent for an agency and for an instance from before.
   */
  public static final String CONSULTATION_PARTY = "consultationParty";
  public static final String CONSULTATION_ANSWER = "consultationAnswer";
  public static final String CONSULTATION_ANSWERED_ON = "consultationAnsweredOn";
  public static final String CONSULTATION_OPINION = "consultationOpinion";
  public static final String CONSULTATION_DUE_AT = "consultationDueAt";
  /** The day the third party or agency received the letter (Art. 32, 34; issue 14, point 4). */
  public static final String CONSULTATION_SERVED_ON = "consultationServedOn";
  /** The last day of the answer period, as the answer form shows it. */
  public static final String CONSULTATION_DUE_ON_TEXT = "consultationDueOnText";
  /**
   * The end of the day by which the office records the letter's service (issue + the local
   * standard, ADR 0122): 登记征求意见函送达's due date and its follow-up timer.
   */
  public static final String CONSULTATION_SERVICE_DUE_AT = "consultationServiceDueAt";
  public static final String THIRD_PARTY_OBJECTED = "thirdPartyObjected";
  /**
   * After 逐项保密审查: the third party objected and at least one of its items was released by
   * its own review, so the public interest is weighed (Art. 32, 先审查、后公开; ADR 0088).
   * Computed from the register when the route is taken.
   */
  public static final String OBJECTED_ITEMS_RELEASABLE = "objectedItemsReleasable";
  /** The third party's objection as 判断是否涉及重大公共利益 and its approval show it (Art. 32). */
  public static final String THIRD_PARTY_OBJECTION = "thirdPartyObjection";
  /**
   * A co-producing agency's objection (Art. 34; audit 35a F3, ADR 0169): its name, the items
   * concerned, the date and its reasons, as the secrecy review of those items, 审核答复书 and
   * 领导审批答复 show it. Set by 结束征求意见 (the case) and by 收到审查请求 (a review of an item
   * the agency was consulted on).
   */
  public static final String AGENCY_OBJECTION = "agencyObjection";
  /**
   * A third party consulted that stayed silent for its 15 working days (Art. 32; audit 35a F4,
   * ADR 0172): whom, its items (with their review's conclusion), the period and any answer that
   * came after it, as the secrecy review of its items, 审核答复书 and 领导审批答复 show it (the
   * agency decides). Computed from the register by 结束征求意见, 收到审查请求, 汇总信息项结论 and
   * the recording of a late answer; absent when no third party was silent.
   */
  public static final String THIRD_PARTY_SILENCE = "thirdPartySilence";
  /**
   * Input of the ApprovalRequired table: the reply releases (in whole or in part) an item whose
   * co-producing agency objected (Art. 34; ADR 0169). Computed by the server from the register,
   * always supplied (false when no agency objected).
   */
  public static final String RELEASED_OVER_AGENCY_OBJECTION = "releasedOverAgencyObjection";
  /**
   * Input of the ApprovalRequired table: the reply releases (in whole or in part) an item of a
   * third party that stayed silent and objected after its period (Art. 32; ADR 0172, 0179).
   * Computed by the server from the register, always supplied (false when there is none).
   */
  public static final String RELEASED_OVER_LATE_OBJECTION = "releasedOverLateObjection";
  /**
   * Read-only on 审核答复书: a 公开决定告知书's disclosure day falls after the reply deadline (ADR
   * 0171, 0179); set by 汇总信息项结论 from the register, absent otherwise.
   */
  public static final String DISCLOSURE_AFTER_DEADLINE = "disclosureAfterDeadline";
  public static final String OVERRIDE_PROPOSED = "overrideProposed";
  public static final String OVERRIDE_REASON = "overrideReason";
  /**
   * 判断是否涉及重大公共利益: one row per objecting third party ({@code party}, {@code reason}),
   * listed by the server when the task is created and removed at its completion, each party's reason told in its
   * own 公开决定告知书 (Art. 32, ADR 0182).
   */
  public static final String OVERRIDE_PARTY_REASONS = "overridePartyReasons";
  public static final String OVERRIDE_APPROVAL = "overrideApproval";
  public static final String OVERRIDE_COMMENT = "overrideComment";
  /** Art. 32: the third party received the notice of the decision to disclose (point 5). */
  public static final String OVERRIDE_NOTICE_ISSUED_ON = "overrideNoticeIssuedOn";
  public static final String OVERRIDE_NOTICE_SERVED_ON = "overrideNoticeServedOn";
  /**
   * ADR 0171: the objecting third parties each sent its own notice, the collection of the
   * per-notice service step (server-computed), and one instance's party, shown on its form.
   */
  public static final String OVERRIDE_NOTICE_PARTIES = "overrideNoticeParties";
  public static final String OVERRIDE_NOTICE_PARTY = "overrideNoticeParty";
  // Art. 35: asking the applicant of excessive requests for reasons (issue 14, point 6)
  /** Why the office finds the number or frequency clearly excessive (completeness form). */
  public static final String REASONS_REQUEST_BASIS = "reasonsRequestBasis";
  public static final String REASONS_DUE_AT = "reasonsDueAt";
  public static final String REASONS_DUE_ON_TEXT = "reasonsDueOnText";
  /** ACCEPTED, ACCEPTED_DELAYED or REJECTED (intake/ReasonsDecision). */
  public static final String REASONS_DECISION = "reasonsDecision";
  public static final String REASONS_RECEIVED_ON = "reasonsReceivedOn";
  public static final String REASONS_ASSESSMENT = "reasonsAssessment";
  /**
   * The reasons the applicant gave on the public page (ADR 0163), shown read-only on the
   * assessment; masked in the engine, whole in ogi_reasons_request.online_text.
   */
  public static final String REASONS_ONLINE_TEXT = "reasonsOnlineText";
  /**
   * 确认逾期未说明理由: NOT_GIVEN (5.4) or GIVEN with {@link #REASONS_RECEIVED_ON}
   * (intake/NoReasonsDecision).
   */
  public static final String NO_REASONS_DECISION = "noReasonsDecision";
  /** Why reasons received after the period are assessed all the same (确认逾期未说明理由). */
  public static final String NO_REASONS_COMMENT = "noReasonsComment";
  /** The delay the office sets (延迟答复), in working days after the current deadline. */
  public static final String DELAYED_REPLY_WORKING_DAYS = "delayedReplyWorkingDays";
  /** The reply deadline the proposed delay leads to, as leadership sees it (server-computed). */
  public static final String DELAYED_REPLY_NEW_DUE_TEXT = "delayedReplyNewDueText";
  /** 审批延迟答复: APPROVE or SEND_BACK, and leadership's comment (required on SEND_BACK). */
  public static final String DELAYED_REPLY_APPROVAL = "delayedReplyApproval";
  public static final String DELAYED_REPLY_APPROVAL_COMMENT = "delayedReplyApprovalComment";

  // Secrecy review (保密审查)
  public static final String REVIEW_CONCLUSION = "reviewConclusion";
  public static final String WITHHOLDING_GROUND = "withholdingGround";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String REDACTION_NOTE = "redactionNote";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String SECRECY_ANSWER_ON = "secrecyAnswerOn";

  // Outcome (答复类型): inputs and outputs of the DMN tables
  public static final String ITEM_COUNT = "itemCount";
  public static final String RELEASED_COUNT = "releasedCount";
  public static final String REDACTED_COUNT = "redactedCount";
  public static final String WITHHELD_COUNT = "withheldCount";
  public static final String WITHHELD_GROUND = "withheldGround";
  public static final String NOT_HELD_COUNT = "notHeldCount";
  public static final String NEEDS_PROCESSING_COUNT = "needsProcessingCount";
  public static final String NOT_GOVERNMENT_INFO_COUNT = "notGovernmentInfoCount";
  public static final String OUTCOME_CODE = "outcomeCode";
  public static final String OUTCOME_LABEL = "outcomeLabel";
  /** Per item: review, third-party objection and override, result (领导审批答复, audit 35a F2). */
  public static final String ITEM_RESULTS_TEXT = "itemResultsText";
  public static final String APPROVAL_REQUIRED = "approvalRequired";

  // Reply, fee, delivery (答复、收费、送达)
  public static final String REPLY_LETTER_TEXT = "replyLetterText";
  public static final String REPLY_APPROVAL = "replyApproval";
  public static final String REPLY_APPROVAL_COMMENT = "replyApprovalComment";
  public static final String CHARGE_FEE = "chargeFee";
  public static final String FEE_SCHEME = "feeScheme";
  public static final String PAGE_COUNT = "pageCount";
  public static final String FEE_AMOUNT = "feeAmount";
  public static final String FEE_DUE_AT = "feeDueAt";
  public static final String FEE_DUE_AT_TEXT = "feeDueAtText";
  public static final String FEE_PAID_ON = "feePaidOn";
  /** How the fee was reached (scheme, count or pages, bands), as the fee notice states it. */
  public static final String FEE_CALCULATION = "feeCalculation";
  /**
   * 收费通知需更正: set by the server on a case whose unpaid per-request fee notice asks more
   * than the scale now does, after another registration of the applicant's month was voided
   * (ADR 0184); shown read-only on the fee forms, removed when the notice is corrected or paid.
   */
  public static final String FEE_RECOUNT_NOTICE = "feeRecountNotice";
  /** The fee leadership approves with the reply: amount and calculation, set by the server. */
  public static final String FEE_PROPOSED_TEXT = "feeProposedText";
  /**
   * The amount of {@link #FEE_PROPOSED_TEXT} (yuan, plain), set by the server: the notice goes
   * out only for the amount leadership was shown (ADR 0086).
   */
  public static final String FEE_PROPOSED_AMOUNT = "feeProposedAmount";
  /** The count of {@link #FEE_PROPOSED_TEXT}: the request's number in its month, or the pages. */
  public static final String FEE_PROPOSED_COUNT = "feeProposedCount";
  /** 超期督办: the case's open steps and who holds them, set when the task is created. */
  public static final String OVERDUE_STEPS_TEXT = "overdueStepsText";
  /** The day the fee notice was issued (yyyy-MM-dd); its clock pause starts then. */
  public static final String FEE_NOTICE_ISSUED_ON = "feeNoticeIssuedOn";
  /** The day the applicant received the fee notice: the 20 working days to pay run from it. */
  public static final String FEE_NOTICE_SERVED_ON = "feeNoticeServedOn";
  /** As {@link #CONSULTATION_SERVICE_DUE_AT}, for 登记收费通知送达 (ADR 0122). */
  public static final String FEE_NOTICE_SERVICE_DUE_AT = "feeNoticeServiceDueAt";
  /** 确认逾期未缴费: CLOSE or MORE_TIME ({@code fee.UnpaidDecision}). */
  public static final String UNPAID_DECISION = "unpaidDecision";
  /** The new payment due date when the office gives more time. */
  public static final String NEW_FEE_DUE_ON = "newFeeDueOn";
  /** Why more time was given, or why there is no good reason. */
  public static final String UNPAID_COMMENT = "unpaidComment";
  public static final String DELIVERED_BY = "deliveredBy";
  public static final String DELIVERED_ON = "deliveredOn";
  /** The office's note on the delivery form. */
  public static final String DELIVERY_NOTE = "deliveryNote";
  /** Optional: the day the applicant received the reply (post: signed for), if later. */
  public static final String REPLY_RECEIVED_ON = "replyReceivedOn";
  /** 跟进邮寄回执 (ADR 0061): when the follow-up task appears (posting + 30 days), a timer date. */
  public static final String SIGNED_FOR_FOLLOW_UP_AT = "signedForFollowUpAt";
  /** Computed by the server when the follow-up is due: the signed-for date is still missing. */
  public static final String SIGNED_FOR_AWAITED = "signedForAwaited";
  /** 回执情况: SIGNED (signed-for date entered), LOST (回执遗失), RETURNED (邮件被退回). */
  public static final String POST_RECEIPT_RESULT = "postReceiptResult";
  /** 情况说明 of the follow-up: recorded as the reason of the signed-for date, or the fact. */
  public static final String POST_RECEIPT_NOTE = "postReceiptNote";
  /**
   * 送达终止告知书 (ADR 0067): the closing day its form shows (the notice is dated that day), set
   * by the server from the register; the task takes deliveredBy, deliveredOn, replyReceivedOn
   * and deliveryNote as the reply's delivery does.
   */
  public static final String TERMINATION_CLOSED_ON = "terminationClosedOn";
  /** Computed by the server: the notice went by post and its signed-for day is not recorded. */
  public static final String TERMINATION_SIGNED_FOR_AWAITED = "terminationSignedForAwaited";
  /**
   * Why 送达终止告知书 ended without its service being recorded (the case reopened, ADR 0069),
   * set by the server on its end event, so the audit trail shows it there.
   */
  public static final String TERMINATION_SERVICE_END_REASON = "terminationServiceEndReason";

  /**
   * Why 跟进邮寄回执 ended without a signed-for date or a report (the case reopened, ADR 0148),
   * set by the server on its end event, so the audit trail shows it there.
   */
  public static final String SIGNED_FOR_FOLLOW_UP_END_REASON = "signedForFollowUpEndReason";

  // Extension and escalation (延期、督办)
  public static final String EXTENSION_USED = "extensionUsed";
  public static final String EXTENSION_REQUESTED = "extensionRequested";
  public static final String EXTENSION_DAYS = "extensionDays";
  public static final String EXTENSION_REASON = "extensionReason";
  /** The reply deadline the requested extension would give, for leadership's approval. */
  public static final String EXTENSION_NEW_DUE_TEXT = "extensionNewDueText";
  public static final String EXTENSION_APPROVAL = "extensionApproval";
  public static final String EXTENSION_APPROVAL_COMMENT = "extensionApprovalComment";
  public static final String OVERDUE_COMMENT = "overdueComment";

  // Proactive disclosure (主动公开), processes ProactiveDisclosure and PublicationWithdrawal
  /** The draft's dynamic list: one entry per item to publish (JSON). */
  public static final String PUBLICATION_ITEMS = "publicationItems";
  /** Art. 44: the request whose reviewed items are published; null for a drafted batch. */
  public static final String SOURCE_REQUEST = "sourceRequest";
  public static final String REVIEW_CARRIED_OVER = "reviewCarriedOver";
  /**
   * Legal's 主动公开审核 of an Art. 44 batch (ADR 0173), JSON list, one row per item: itemId,
   * title, sourceRequest and what legal judges (ADR 0183: scopeAccount, secrecyReviewAccount,
   * personalDataAccount, sameInformationAccount; read-only) and inScope, personalData,
   * consentLimited, comment.
   */
  public static final String ART44_REVIEWS = "art44Reviews";
  /** Leadership's per-item decisions (JSON list: itemId, decision, comment). */
  public static final String PUBLICATION_APPROVALS = "publicationApprovals";
  public static final String PUBLISHABLE_COUNT = "publishableCount";
  /**
   * After 登记发布: how many items of the batch were published on at least one channel (the
   * server counts them from the register); 0 ends the batch at 全部未发布, not 已发布.
   */
  public static final String PUBLISHED_COUNT = "publishedCount";
  /**
   * Art. 26: the batch's publication due date (end of day), the earliest of its items' (formed
   * or changed + 20 working days); due date of the batch's tasks. Null when no item has one.
   */
  public static final String PUBLICATION_DUE_DATE = "publicationDueDate";
  /** The same date for the forms, 暂算 where a year's holiday notice is not out. */
  public static final String PUBLICATION_DUE_DATE_TEXT = "publicationDueDateText";
  /**
   * A batch's number (ZDGK-…) for the forms of its items' secrecy reviews, set by the server at
   * registration and passed into each review: they show it as 批次编号, and 受理编号 (a
   * request's tracking number) only when it is not set.
   */
  public static final String BATCH_NUMBER = "batchNumber";
  // A batch item's secrecy review (audit 33a F11, ADR 0151): the drafted line, read-only, set
  // by the server when the review starts; legal's 类别 and 文件类型, prefilled with the office's.
  public static final String DRAFT_DOC_NUMBER = "draftDocNumber";
  public static final String DRAFT_CATEGORY_LABEL = "draftCategoryLabel";
  public static final String DRAFT_ATTRIBUTE_LABEL = "draftAttributeLabel";
  public static final String DRAFT_REGULATION_LABEL = "draftRegulationLabel";
  public static final String DRAFT_CHANNELS_LABEL = "draftChannelsLabel";
  public static final String DRAFT_FIGURES_TEXT = "draftFiguresText";
  public static final String DRAFT_PERIOD_TEXT = "draftPeriodText";
  public static final String CLASSIFIED_CATEGORY = "classifiedCategory";
  public static final String CLASSIFIED_REGULATION_KIND = "classifiedRegulationKind";
  public static final String CLASSIFIED_REGULATION_ACTION = "classifiedRegulationAction";
  /** The note to legal when a 文号 looks like a 规章 or 规范性文件 typed 否; null otherwise. */
  public static final String CLASSIFICATION_WARNING = "classificationWarning";
  /** One entry per item and channel: where and when it was published (JSON). */
  public static final String PUBLICATIONS = "publications";
  public static final String NOT_PUBLISHED_SUMMARY = "notPublishedSummary";
  /**
   * 逾期原因 of the lines 登记发布情况 recorded after their item's Art. 26 due date, one per line,
   * set by the publish step (audit 33a F13, ADR 0144); absent when none was late.
   */
  public static final String LATE_PUBLICATION_REASON = "latePublicationReason";
  /**
   * The lines of 处理后可公开 items published after the office ticked 已按处理说明处理后发布, with
   * the 处理说明 masked (audit 33a F10, ADR 0147); shown in the batch's audit trail (a *Note, so
   * the trail shows it as the publishing step's comment).
   */
  public static final String REDACTED_PUBLICATION_NOTE = "redactedPublicationNote";
  public static final String PUBLICATION_ITEM_ID = "publicationItemId";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  public static final String WITHDRAWAL_APPROVAL = "withdrawalApproval";
  public static final String WITHDRAWAL_APPROVAL_COMMENT = "withdrawalApprovalComment";
  /** 审批撤回 is due the next working day (audit 33a, F14). */
  public static final String WITHDRAWAL_APPROVAL_DUE_DATE = "withdrawalApprovalDueDate";
  public static final String PUBLISHED_CHANNELS_TEXT = "publishedChannelsText";
  // Online applications (网上申请)
  /**
   * The identity number as staff see it after receipt confirmation; an online case keeps the
   * full number only in the register (ogi_case.id_number), never in a process variable.
   */
  public static final String ID_NUMBER_MASKED = "idNumberMasked";
  public static final String RECEIPT_CONFIRMED = "receiptConfirmed";
  /**
   * 确认收到网上申请: CONFIRM (the default) or NOT_CONFIRM (不予确认, ADR 0158), with its kind,
   * reason and the earlier application it repeats.
   */
  public static final String RECEIPT_DECISION = "receiptDecision";
  public static final String NOT_CONFIRMED_KIND = "notConfirmedKind";
  public static final String NOT_CONFIRMED_REASON = "notConfirmedReason";
  public static final String NOT_CONFIRMED_DUPLICATE_OF = "notConfirmedDuplicateOf";
  /** Set by the server from the checked decision only: the gateway after 确认收到网上申请 reads it. */
  public static final String RECEIPT_NOT_CONFIRMED = "receiptNotConfirmed";
  /** The applicant's correction text sent online (补正材料). */
  public static final String SUPPLEMENT_TEXT = "supplementText";
  // Appeals (行政复议、行政诉讼、申诉举报), handbook section 3
  public static final String APPEAL_ID = "appealId";
  public static final String DOCKET_NO = "docketNo";
  public static final String APPEAL_BODY = "appealBody";
  public static final String FILED_ON = "filedOn";
  public static final String SERVED_ON = "servedOn";
  public static final String PROCEDURE = "procedure";
  public static final String ANSWER_DUE_DATE = "answerDueDate";
  public static final String ANSWER_DUE_DATE_TEXT = "answerDueDateText";
  public static final String DECISION_REMINDER_AT = "decisionReminderAt";
  public static final String ANSWER_TEXT = "answerText";
  public static final String EVIDENCE_LIST = "evidenceList";
  public static final String ANSWER_APPROVAL = "answerApproval";
  public static final String ANSWER_APPROVAL_COMMENT = "answerApprovalComment";
  public static final String SUBMITTED_ON = "submittedOn";
  public static final String HEARING_ON = "hearingOn";
  public static final String HEARING_REMINDER_AT = "hearingReminderAt";
  public static final String AFTER_RECONSIDERATION = "afterReconsideration";
  public static final String INSTANCE_NO = "instanceNo";
  public static final String APPEAL_RESULT = "appealResult";
  public static final String APPEAL_RESULT_DETAIL = "appealResultDetail";
  public static final String DECIDED_ON = "decidedOn";
  public static final String CORRECTED_DUE_ON = "correctedDueOn";
  /** The day the applicant received the reconsideration decision (ALL Art. 45; audit 37a F2). */
  public static final String DECISION_RECEIVED_ON = "decisionReceivedOn";
  public static final String APPEALED_TO_HIGHER_COURT = "appealedToHigherCourt";
  public static final String APPEALED_BY = "appealedBy";
  /**
   * A first-instance decision's document (ALL Art. 85): JUDGMENT (判决书, 15 days to appeal) or
   * RULING (裁定书, 10 days); and the day it was served on the agency (送达日期). Kept in the
   * register; the agency's appeal period counts from there, never from a later client value.
   */
  public static final String JUDGMENT_KIND = "judgmentKind";
  public static final String JUDGMENT_SERVED_ON = "judgmentServedOn";
  /** 决定是否上诉: APPEAL or NO_APPEAL, after a first-instance correction (ALL Art. 85). */
  public static final String AGENCY_APPEAL = "agencyAppeal";
  /** The last day of the agency's appeal period (end of day), the decision task's due date. */
  public static final String AGENCY_APPEAL_DUE_DATE = "agencyAppealDueDate";
  public static final String AGENCY_APPEAL_DUE_DATE_TEXT = "agencyAppealDueDateText";
  /**
   * The plaintiff's appeal against a first-instance judgment that did not correct the agency
   * (ALL Art. 85, ADR 0049): the last day of its period (counted from the judgment's service on
   * the agency, from the register), and when 登记原告上诉 stops waiting for the court to forward
   * an appeal filed in time (the timer), both set by the server with the judgment.
   */
  public static final String PLAINTIFF_APPEAL_LAST_DAY_TEXT = "plaintiffAppealLastDayText";
  public static final String PLAINTIFF_APPEAL_WAIT_UNTIL = "plaintiffAppealWaitUntil";
  public static final String PLAINTIFF_APPEAL_WAIT_UNTIL_TEXT = "plaintiffAppealWaitUntilText";
  /**
   * The day a suit ended at 一审判决生效 although the plaintiff's appeal was served later (ADR
   * 0057): set by the server when it records that appeal in a new Litigation instance, so the
   * warning kept with the second instance says the judgment had been taken as final.
   */
  public static final String FIRST_INSTANCE_FINAL_ON = "firstInstanceFinalOn";
  /** 登记原告上诉: when the copy of the plaintiff's appeal was served on the agency, and filed. */
  public static final String PLAINTIFF_APPEAL_SERVED_ON = "plaintiffAppealServedOn";
  public static final String PLAINTIFF_APPEAL_FILED_ON = "plaintiffAppealFiledOn";
  /** The second instance's 案号, where the court has assigned one (optional). */
  public static final String SECOND_INSTANCE_DOCKET_NO = "secondInstanceDocketNo";
  /**
   * The document a lawsuit's brief is (答辩状, or 行政上诉状 where the agency appealed), set by
   * the server when each brief task is created: its forms' labels read it.
   */
  public static final String ANSWER_DOCUMENT = "answerDocument";
  /**
   * The agency's 委托代理人 in a pleading (ADR 0056), optional, at most two (ALL Art. 31): name
   * and position or unit (职务或工作单位) of each, entered on the drafting task of a
   * reconsideration answer or a brief, checked and kept in the register when it is completed.
   */
  public static final String AGENT_1_NAME = "agent1Name";
  public static final String AGENT_1_POSITION = "agent1Position";
  public static final String AGENT_2_NAME = "agent2Name";
  public static final String AGENT_2_POSITION = "agent2Position";
  /**
   * The further parties of a reconsideration or lawsuit (ADR 0063), one name a line, optional:
   * applicants or plaintiffs who filed together with the appellant ({@link #APPELLANT}: 共同申请人,
   * 共同原告), and the 第三人 who joined (ARL 2023 Art. 16, ALL Art. 29). Entered when the appeal
   * is registered (start form or API) and on its drafting task; checked and kept in the register,
   * named in the pleading's parties block.
   */
  public static final String CO_APPELLANTS = "coAppellants";
  public static final String THIRD_PARTIES = "thirdParties";
  /**
   * Who filed a reconsideration or lawsuit (提起人): APPLICANT, or THIRD_PARTY against the
   * decision to disclose over its objection (Art. 32); the third party's name in
   * {@link #APPELLANT_NAME}.
   */
  public static final String APPELLANT = "appellant";
  public static final String APPELLANT_NAME = "appellantName";
  public static final String COMPLAINT_KIND = "complaintKind";
  public static final String COMPLAINT_TEXT = "complaintText";
  /**
   * What a complaint without a request is about (Art. 51): a publication batch (ZDGK-…) or other
   * reference, optional.
   */
  public static final String COMPLAINT_REFERENCE = "complaintReference";
  /** A complaint's own number (SSJB-…) when it is not about a request: its business key. */
  public static final String COMPLAINT_NO = "complaintNo";
  /**
   * 确认为另一件申诉举报: the office confirms that a complaint without a docket number, of the same
   * body, request or reference, day served and text as one registered, is another one (audit 30b
   * F5, ADR 0119).
   */
  public static final String COMPLAINT_DUPLICATE_CONFIRMED = "complaintDuplicateConfirmed";
  /**
   * The office's decision on 起草申诉举报答复 (ADR 0138): ANSWER (the draft goes to leadership) or
   * VOID (登记错误，报请作废, with {@link #VOID_REASON}; leadership approves with {@link
   * #VOID_APPROVAL}).
   */
  public static final String COMPLAINT_DECISION = "complaintDecision";
  public static final String REMINDER_COMMENT = "reminderComment";
  // ... and on the DisclosureRequest: its appeal window and reopening after a correction (纠正)
  public static final String APPEAL_WINDOW_CLOSES_AT = "appealWindowClosesAt";
  public static final String APPEAL_WINDOW_CLOSES_ON_TEXT = "appealWindowClosesOnText";
  public static final String APPEAL_PENDING = "appealPending";
  /** The warning a late filing (or a direct suit against a refusal) was registered with. */
  public static final String FILING_WARNING_NOTE = "filingWarningNote";
  /** The filing warning in Chinese, shown on the answer's forms ("" when there is none). */
  public static final String FILING_WARNING_TEXT = "filingWarningText";
  /** What an appeal challenges (the reply, its date and 文号) or the complaint's text. */
  public static final String APPEAL_SUBJECT = "appealSubject";
  public static final String REOPEN_DECIDED_ON = "reopenDecidedOn";
  public static final String REOPEN_DUE_ON = "reopenDueOn";
  public static final String REOPEN_REASON = "reopenReason";
  /**
   * Set by 重新办理 from the register (ADR 0109): the reopened request waits for the applicant's
   * correction again (the withdrawal a correction set aside found it waiting for one, Art. 30).
   */
  public static final String REOPEN_AWAITS_CORRECTION = "reopenAwaitsCorrection";
  /**
   * Set by 重新办理 from the register (ADR 0120): the reopened request goes back to the
   * completeness check (审查申请内容是否明确), where the withdrawal a correction set aside found it.
   */
  public static final String REOPEN_AT_COMPLETENESS_CHECK = "reopenAtCompletenessCheck";
  // The applicant's withdrawal (撤回申请, ADR 0085): set on the ended case from the register
  /** The day the applicant's withdrawal reached the office (yyyy-MM-dd). */
  public static final String REQUEST_WITHDRAWN_ON = "requestWithdrawnOn";
  /** How it was made: {@code vocabulary/WithdrawalForm} (书面, 口头提出，办公室记录, 网上). */
  public static final String REQUEST_WITHDRAWAL_FORM = "requestWithdrawalForm";
  /** The applicant's stated reason, if any ("" when none was given). */
  public static final String REQUEST_WITHDRAWAL_REASON = "requestWithdrawalReason";
  // Annual report process (年度报告, issue 6)
  /** The year reported (Integer); set by hand to redo a year, else the previous year. */
  public static final String REPORT_YEAR = "reportYear";
  public static final String REPORT_DUE_DATE = "reportDueDate";
  public static final String REPORT_DUE_DATE_TEXT = "reportDueDateText";
  public static final String REPORT_REMINDER_AT = "reportReminderAt";
  public static final String REPORT_ESCALATE_AT = "reportEscalateAt";
  public static final String REPORT_KEY_FIGURES = "reportKeyFigures";
  public static final String REPORT_INVARIANT_STATUS = "reportInvariantStatus";
  public static final String REPORT_CONSISTENT = "reportConsistent";
  public static final String NARRATIVE_OVERVIEW = "narrativeOverview";
  public static final String NARRATIVE_PROBLEMS = "narrativeProblems";
  public static final String NARRATIVE_OTHER = "narrativeOther";
  /** SUBMIT (提交审批) or RECOMPUTE (重新计算统计表). */
  public static final String NARRATIVE_ACTION = "narrativeAction";
  /** APPROVE or RETURN. */
  public static final String REPORT_APPROVAL = "reportApproval";
  public static final String REPORT_APPROVAL_COMMENT = "reportApprovalComment";
  /**
   * Set by 登记审批意见, never by a form: true when the register moved a cell of the snapshot
   * since 计算年度报告统计表, so the run goes back to recomputation (ADR 0091).
   */
  public static final String REPORT_FIGURES_CHANGED = "reportFiguresChanged";
  /** The server's note of the cells that changed, shown on the office's text form. */
  public static final String REPORT_FIGURE_CHANGES = "reportFigureChanges";
  public static final String SUPERVISION_COMMENT = "supervisionComment";

  private ProcessVariables() {}
}
