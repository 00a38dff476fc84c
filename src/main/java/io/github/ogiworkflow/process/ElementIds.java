package io.github.ogiworkflow.process;

/** Ids of model elements that code refers to (timers it moves, tasks tests drive). */
public final class ElementIds {

  /** 办理与答复: the round a correction (纠正) reopens; its decisions are reset (HandlingRound). */
  public static final String SUB_PROCESS_HANDLING = "SubProcess_Handling";
  /** Litigation's event sub-process 答辩原告上诉（本机关已上诉） (ADR 0066, 0070, 0073). */
  public static final String SUB_PROCESS_ANSWER_JOINED_PLAINTIFF_APPEAL =
      "SubProcess_AnswerJoinedPlaintiffAppeal";
  public static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
  /**
   * 等待新的提醒日: the reply reminder again after the deadline moved later (ADR 0087); moved and
   * suspended with the deadline like the first.
   */
  public static final String TIMER_REPLY_REMINDER_AGAIN = "Timer_ReplyReminderAgain";
  /** 等待答复期限后移: the reminder's wait for a later deadline (conditional event, ADR 0087). */
  public static final String EVENT_REPLY_DEADLINE_MOVED = "Event_ReplyDeadlineMoved";
  /** 答复书已定稿，不再提醒: a deadline moved once the reply awaits delivery reminds of nothing. */
  public static final String END_EVENT_REMINDERS_ENDED = "EndEvent_RemindersEnded";
  public static final String TIMER_REPLY_OVERDUE = "Timer_ReplyOverdue";
  /**
   * 等待新的答复期限届满: the overdue escalation again after the deadline moved later (ADR 0101);
   * moved and suspended with the deadline like the first.
   */
  public static final String TIMER_REPLY_OVERDUE_AGAIN = "Timer_ReplyOverdueAgain";
  /** 等待答复期限后移: the escalation's wait for a later deadline (conditional event, ADR 0101). */
  public static final String EVENT_REPLY_OVERDUE_MOVED = "Event_ReplyOverdueMoved";
  /**
   * 答复期限后移至未届满的日期: interrupts an open 超期督办 when the deadline moves to a day not yet
   * past (audit round 28, F6; ADR 0104); the server decides at 答复期限是否已后移至未届满的日期？.
   */
  public static final String BOUNDARY_OVERDUE_LIFTED = "Boundary_OverdueLifted";
  /** 答复期限已后移，督办结束: the escalation ended by a later deadline not yet past (ADR 0104). */
  public static final String END_EVENT_OVERDUE_LIFTED = "EndEvent_OverdueLifted";
  public static final String TIMER_CORRECTION_NOTICE_DUE = "Timer_CorrectionNoticeDue";
  public static final String TIMER_CORRECTION_DEADLINE = "Timer_CorrectionDeadline";
  /** 确认逾期未补正: a person confirms there was no good reason before 视为放弃 (Art. 30). */
  public static final String TASK_CONFIRM_NO_CORRECTION = "Task_ConfirmNoCorrection";

  // Consultations (Art. 32, 34) and Art. 35 reasons (issue 14, points 4–6)
  public static final String TASK_RECORD_CONSULTATION_SERVICE = "Task_RecordConsultationService";
  public static final String TASK_RECORD_CONSULTATION_ANSWER = "Task_RecordConsultationAnswer";
  public static final String TIMER_CONSULTATION_SILENCE = "Timer_ConsultationSilence";
  public static final String SERVICE_CLOSE_CONSULTATION = "Service_CloseConsultation";
  /** 征求意见函送达逾期未登记 (ADR 0122): the service step's due date passed. */
  public static final String TIMER_CONSULTATION_SERVICE_OVERDUE =
      "Timer_ConsultationServiceOverdue";
  public static final String SERVICE_REMIND_CONSULTATION_SERVICE =
      "Service_RemindConsultationService";
  public static final String END_EVENT_CONSULTATION_SERVICE_REMINDED =
      "EndEvent_ConsultationServiceReminded";
  /** After 逐项保密审查 (ADR 0088): weigh the public interest only for released items. */
  public static final String GATEWAY_THIRD_PARTY_OBJECTED = "Gateway_ThirdPartyObjected";
  public static final String TASK_APPROVE_OVERRIDE = "Task_ApproveOverride";
  public static final String SERVICE_SEND_OVERRIDE_NOTICE = "Service_SendOverrideNotice";
  public static final String TASK_RECORD_OVERRIDE_NOTICE_SERVICE = "Task_RecordOverrideNoticeService";
  public static final String TASK_ASSESS_REASONS = "Task_AssessReasons";
  public static final String TIMER_REASONS_DEADLINE = "Timer_ReasonsDeadline";
  /**
   * 确认逾期未说明理由: a person confirms the applicant gave no reasons before 5.4 (Art. 35;
   * audit round 26, F1), as for 确认逾期未补正.
   */
  public static final String TASK_CONFIRM_NO_REASONS = "Task_ConfirmNoReasons";
  /** 审查申请人说明的理由 for reasons entered after the period's timer fired (no timer). */
  public static final String TASK_ASSESS_ENTERED_REASONS = "Task_AssessEnteredReasons";
  /** 审批延迟答复: leadership approves the office's Art. 35 delay (audit round 26, F8). */
  public static final String TASK_APPROVE_DELAYED_REPLY = "Task_ApproveDelayedReply";
  public static final String SERVICE_SEND_DELAYED_REPLY_NOTICE = "Service_SendDelayedReplyNotice";
  public static final String SERVICE_RECORD_EXCESSIVE = "Service_RecordExcessive";

  // Fees (收费, handbook 2.12)
  public static final String TASK_EDIT_REPLY = "Task_EditReply";
  public static final String TASK_RECORD_FEE_NOTICE_SERVICE = "Task_RecordFeeNoticeService";
  public static final String TASK_RECORD_PAYMENT = "Task_RecordPayment";
  public static final String TIMER_PAYMENT_DEADLINE = "Timer_PaymentDeadline";
  /** 收费通知送达逾期未登记 (ADR 0122): the service step's due date passed. */
  public static final String TIMER_FEE_NOTICE_SERVICE_OVERDUE = "Timer_FeeNoticeServiceOverdue";
  public static final String SERVICE_REMIND_FEE_NOTICE_SERVICE = "Service_RemindFeeNoticeService";
  public static final String END_EVENT_FEE_NOTICE_SERVICE_REMINDED =
      "EndEvent_FeeNoticeServiceReminded";
  public static final String TASK_CONFIRM_UNPAID = "Task_ConfirmUnpaid";

  // Proactive disclosure (主动公开): tasks whose completer the register names
  public static final String TASK_APPROVE_PUBLICATION = "Task_ApprovePublication";
  public static final String TASK_RECORD_PUBLICATION = "Task_RecordPublication";
  /** 主动公开审核 of an Art. 44 batch's items by legal (ADR 0173), and the step recording it. */
  public static final String TASK_ART44_REVIEW = "Task_Art44Review";
  public static final String SERVICE_RECORD_ART44_REVIEW = "Service_RecordArt44Review";
  public static final String TASK_APPROVE_WITHDRAWAL = "Task_ApproveWithdrawal";
  // Secrecy review (保密审查): the tasks and the listener that fixes each task's item
  public static final String TASK_REVIEW_ITEM = "Task_ReviewItem";
  public static final String TASK_RECORD_SECRECY_ANSWER = "Task_RecordSecrecyAnswer";
  /** Bean of the review tasks' create and complete listener (delegateExpression). */
  public static final String REVIEW_ITEM_LISTENER = "reviewItemListener";
  /** Bean that names a secrecy review's item, or refuses a review without one (400). */
  public static final String REVIEW_REQUESTED_LISTENER = "reviewRequestedListener";
  // Online applications (网上申请)
  public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmReceipt";
  /** 不予确认 (ADR 0158): the gateway after the confirmation, the register step and its end. */
  public static final String GATEWAY_RECEIPT_CONFIRMED = "Gateway_ReceiptConfirmed";
  public static final String SERVICE_RECORD_NOT_CONFIRMED = "Service_RecordNotConfirmed";
  public static final String END_EVENT_NOT_CONFIRMED = "EndEvent_NotConfirmed";
  /** Message names (not ids) the public API correlates. */
  public static final String MESSAGE_ONLINE_APPLICATION = "OnlineApplicationReceived";
  public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SupplementReceived";
  // Appeals (handbook section 3)
  public static final String MESSAGE_REPLY_CORRECTED = "ReplyCorrected";
  public static final String MESSAGE_RECONSIDERATION_DECIDED = "ReconsiderationDecided";
  public static final String MESSAGE_JUDGMENT_DELIVERED = "JudgmentDelivered";
  /** The copy of the plaintiff's appeal against a first-instance judgment (ADR 0049). */
  public static final String MESSAGE_PLAINTIFF_APPEAL_SERVED = "PlaintiffAppealServed";
  /**
   * The plaintiff's appeal recorded into the second instance of the agency's own appeal (ADR
   * 0060): starts the agency's 答辩状 to it (ADR 0066). Its own name, so a suit waiting for
   * {@link #MESSAGE_PLAINTIFF_APPEAL_SERVED} is never confused with one in this state.
   */
  public static final String MESSAGE_PLAINTIFF_APPEAL_JOINED = "PlaintiffAppealJoined";
  public static final String TIMER_APPEAL_WINDOW_CLOSED = "Timer_AppealWindowClosed";
  // Posted replies' return receipts (跟进邮寄回执, ADR 0061)
  /** Message name: a reply went out by post without a signed-for date (starts the follow-up). */
  public static final String MESSAGE_REPLY_POSTED = "ReplyPosted";
  /** Message name: the signed-for date was recorded elsewhere (a date correction); ends it. */
  public static final String MESSAGE_SIGNED_FOR_RECORDED = "SignedForRecorded";
  public static final String GATEWAY_FOLLOW_UP_EVENTS = "Gateway_FollowUpEvents";
  public static final String TIMER_SIGNED_FOR_FOLLOW_UP_DUE = "Timer_SignedForFollowUpDue";
  public static final String TASK_FOLLOW_UP_SIGNED_FOR = "Task_FollowUpSignedFor";
  public static final String END_EVENT_FOLLOWED_UP = "EndEvent_FollowedUp";
  public static final String END_EVENT_RECORDED_BEFORE_DUE = "EndEvent_RecordedBeforeDue";
  public static final String END_EVENT_RECORDED_ELSEWHERE = "EndEvent_RecordedElsewhere";
  /**
   * Message name: the request was reopened by a correction (纠正), so the reply being followed up
   * no longer stands; ends the follow-up, waiting or with its task open (ADR 0148).
   */
  public static final String MESSAGE_REPLY_SUPERSEDED = "ReplySuperseded";
  public static final String END_EVENT_SUPERSEDED_BEFORE_DUE = "EndEvent_SupersededBeforeDue";
  public static final String END_EVENT_REPLY_SUPERSEDED = "EndEvent_ReplySuperseded";
  // The termination notice's service (送达终止告知书, ADR 0067)
  /** Message name: a case was closed without a reply and its termination notice issued. */
  public static final String MESSAGE_TERMINATION_NOTICE_ISSUED = "TerminationNoticeIssued";
  public static final String TASK_SERVE_TERMINATION_NOTICE = "Task_ServeTerminationNotice";
  public static final String GATEWAY_TERMINATION_SIGNED_FOR = "Gateway_TerminationSignedFor";
  public static final String END_EVENT_TERMINATION_NOTICE_SERVED =
      "EndEvent_TerminationNoticeServed";
  /**
   * Message name: a posted termination notice's signed-for day was recorded by a date correction
   * (ADR 0069); ends the task waiting for it.
   */
  public static final String MESSAGE_TERMINATION_SIGNED_FOR_RECORDED =
      "TerminationSignedForRecorded";
  /** Message name: the closed case was reopened (纠正, ADR 0069); ends the open service task. */
  public static final String MESSAGE_TERMINATION_NOTICE_SUPERSEDED = "TerminationNoticeSuperseded";
  public static final String BOUNDARY_TERMINATION_SIGNED_FOR_RECORDED =
      "Boundary_TerminationSignedForRecorded";
  public static final String END_EVENT_TERMINATION_SIGNED_FOR_RECORDED =
      "EndEvent_TerminationSignedForRecorded";
  public static final String BOUNDARY_TERMINATION_NOTICE_SUPERSEDED =
      "Boundary_TerminationNoticeSuperseded";
  public static final String END_EVENT_TERMINATION_NOTICE_SUPERSEDED =
      "EndEvent_TerminationNoticeSuperseded";
  public static final String END_EVENT_NO_FOLLOW_UP_NEEDED = "EndEvent_NoFollowUpNeeded";
  // Annual report process (年度报告, issue 6)
  public static final String TASK_WRITE_REPORT_NARRATIVE = "Task_WriteNarrative";
  public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";
  public static final String TASK_SUPERVISE_REPORT = "Task_SuperviseReport";
  public static final String TIMER_REPORT_YEARLY = "StartEvent_Yearly";
  public static final String TIMER_REPORT_REMINDER = "Timer_ReportReminder";
  public static final String TIMER_REPORT_OVERDUE = "Timer_ReportOverdue";
  /** Message name that starts a report by hand (variable reportYear), e.g. to redo a year. */
  public static final String MESSAGE_ANNUAL_REPORT_REQUESTED = "AnnualReportRequested";

  // Tasks whose completer or outcome a delegate reads (request handling)
  public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";
  public static final String SERVICE_ISSUE_CORRECTION_NOTICE = "Service_IssueCorrectionNotice";
  /** Bean that gives 审查申请内容是否明确 to the officer who registered the case (issue 16). */
  public static final String REGISTERING_OFFICER_LISTENER = "registeringOfficerListener";
  public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
  /**
   * The completeness check's join: the registration, a round reopened at 审查申请内容是否明确
   * (ADR 0120) and leadership's refusal to void (ADR 0119) all enter it.
   */
  public static final String GATEWAY_COMPLETENESS_CHECK_IN = "Gateway_CompletenessCheckIn";
  /**
   * 登记错误、作废 (ADR 0119): leadership's approval, its gateway, the step that voids the
   * registration in the register and its end.
   */
  public static final String TASK_APPROVE_VOID = "Task_ApproveVoid";
  public static final String GATEWAY_VOID_APPROVED = "Gateway_VoidApproved";
  public static final String SERVICE_VOID_REGISTRATION = "Service_VoidRegistration";
  public static final String END_EVENT_VOIDED = "EndEvent_Voided";

  // Steps the demo cases (demo/DemoCases) walk through; the other constants name the rest
  public static final String TASK_SEARCH_AND_SPLIT = "Task_SearchAndSplit";
  public static final String TASK_APPROVE_REPLY = "Task_ApproveReply";
  public static final String TASK_DELIVER_REPLY = "Task_DeliverReply";
  public static final String TASK_RECORD_SUPPLEMENT = "Task_RecordSupplement";
  /** Steps where a withdrawal finds the request waiting for its correction (ADR 0109, 0120). */
  public static final String TASK_ASSESS_ONLINE_SUPPLEMENT = "Task_AssessOnlineSupplement";
  public static final String TASK_DRAFT_ANSWER = "Task_DraftAnswer";
  public static final String TASK_APPROVE_ANSWER = "Task_ApproveAnswer";
  public static final String TASK_SUBMIT_ANSWER = "Task_SubmitAnswer";
  public static final String TASK_RECORD_DECISION = "Task_RecordDecision";

  // Steps the scenario tests drive (the tests name model elements through these constants)
  public static final String TASK_DRAFT_DEFENCE = "Task_DraftDefence";
  public static final String GATEWAY_APPEAL_EVENTS = "Gateway_AppealEvents";
  /** A correction of a third party's appeal while the request is still handled (ADR 0038). */
  public static final String BOUNDARY_CORRECTED_IN_HANDLING = "Boundary_CorrectedInHandling";
  /**
   * 申请人撤回申请 (ADR 0085): the interrupting event sub-process of DisclosureRequest, its
   * message (correlated only by intake/Withdrawals after it checked and wrote the register), the
   * step that ends the case as 6.3 and its end.
   */
  public static final String EVENT_SUB_PROCESS_WITHDRAWAL = "EventSubProcess_Withdrawal";
  public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";
  public static final String START_EVENT_APPLICATION_WITHDRAWN = "StartEvent_ApplicationWithdrawn";
  public static final String SERVICE_CLOSE_WITHDRAWN = "Service_CloseWithdrawn";
  public static final String END_EVENT_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String CALL_SECRECY_REVIEW = "Call_SecrecyReview";
  /** 核对每项均已审查 (DisclosureRequest and ProactiveDisclosure): one review per held item. */
  public static final String SERVICE_VERIFY_REVIEWS = "Service_VerifyReviews";
  public static final String TASK_CONSIDER_EXTENSION = "Task_ConsiderExtension";
  public static final String END_EVENT_PUBLISHED = "EndEvent_Published";
  /** A batch whose every planned line the office marked 未发布: it ends here, not at 已发布. */
  public static final String END_EVENT_NONE_PUBLISHED = "EndEvent_NonePublished";
  public static final String TASK_SUBMIT_DEFENCE = "Task_SubmitDefence";
  /** The 答辩状 to a plaintiff's appeal joined to the agency's second instance (ADR 0066). */
  public static final String TASK_DRAFT_JOINED_DEFENCE = "Task_DraftJoinedDefence";
  public static final String TASK_APPROVE_JOINED_DEFENCE = "Task_ApproveJoinedDefence";
  public static final String TASK_SUBMIT_JOINED_DEFENCE = "Task_SubmitJoinedDefence";
  public static final String SERVICE_RECORD_DELIVERY = "Service_RecordDelivery";
  public static final String TASK_HANDLE_OVERDUE = "Task_HandleOverdue";
  public static final String TASK_CONSIDER_PUBLIC_INTEREST = "Task_ConsiderPublicInterest";
  public static final String SERVICE_REOPEN_REQUEST = "Service_ReopenRequest";
  /**
   * Where the reopened request goes on: the completeness check (ADR 0120), the correction wait
   * (ADR 0109) or 办理与答复.
   */
  public static final String GATEWAY_REOPENED_AT = "Gateway_ReopenedAt";
  /** 已纠正，重新办理: the end of a corrected reconsideration or suit (both processes). */
  public static final String END_EVENT_CORRECTED = "EndEvent_Corrected";
  public static final String TASK_DRAFT_COMPLAINT_ANSWER = "Task_DraftComplaintAnswer";
  /** 审批申诉举报作废: leadership approves voiding a complaint registered in error (ADR 0138). */
  public static final String TASK_APPROVE_COMPLAINT_VOID = "Task_ApproveComplaintVoid";
  public static final String TASK_RECORD_JUDGMENT = "Task_RecordJudgment";
  /** 决定是否上诉: after a first-instance correction, due on the last day of ALL Art. 85. */
  public static final String TASK_DECIDE_AGENCY_APPEAL = "Task_DecideAgencyAppeal";
  public static final String TASK_APPROVE_DEFENCE = "Task_ApproveDefence";
  /** 登记原告上诉: after a first-instance judgment that did not correct the agency (ADR 0049). */
  public static final String TASK_RECORD_PLAINTIFF_APPEAL = "Task_RecordPlaintiffAppeal";
  public static final String TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED =
      "Timer_PlaintiffAppealPeriodEnded";
  /** 登记原告上诉's service step, where a suit ended at 一审判决生效 restarts (ADR 0057). */
  public static final String SERVICE_RECORD_PLAINTIFF_APPEAL = "Service_RecordPlaintiffAppeal";
  /** 收到原告上诉状副本 while legal still decides whether the agency appeals (ADR 0057). */
  public static final String BOUNDARY_PLAINTIFF_APPEAL_BEFORE_DECISION =
      "Boundary_PlaintiffAppealBeforeDecision";

  /** Litigation's 开庭日期将至: a reminder to prepare the hearing. */
  public static final String TIMER_HEARING_REMINDER = "Timer_HearingReminder";
  /** Reconsideration's 复议决定期限届满: the office follows up the body's decision (催办). */
  public static final String TIMER_RECONSIDERATION_DECISION_OVERDUE = "Timer_DecisionOverdue";

  /**
   * The timers that decide something about a case when they fire (ADR 0184): a period the law
   * sets ran out and the case takes another route (补正期限届满 → 确认逾期未补正, 说明理由期限届满,
   * 征求意见期限届满 → the silence counts, 缴费期限届满, 救济期限届满, 上诉期满 → 一审判决生效).
   * Only these leave a line in the register's trail ({@code register/TimerActs}, ADR 0174).
   */
  public static final java.util.Set<String> DECIDING_TIMERS = java.util.Set.of(
      TIMER_CORRECTION_DEADLINE, TIMER_REASONS_DEADLINE, TIMER_CONSULTATION_SILENCE,
      TIMER_PAYMENT_DEADLINE, TIMER_APPEAL_WINDOW_CLOSED, TIMER_PLAINTIFF_APPEAL_PERIOD_ENDED);

  /**
   * The timers that only remind or chase (提醒, 催办, 跟进, 督办) and decide nothing: a task or
   * a reminder for staff, or a watch that checks again. They leave no trail line (ADR 0184);
   * what they lead to (a task, a letter) is recorded where it is done. Every timer of the models
   * is in one of the two sets ({@code TimerClassificationTest}).
   */
  public static final java.util.Set<String> REMINDER_TIMERS = java.util.Set.of(
      TIMER_REPLY_REMINDER, TIMER_REPLY_REMINDER_AGAIN, TIMER_REPLY_OVERDUE,
      TIMER_REPLY_OVERDUE_AGAIN, TIMER_CORRECTION_NOTICE_DUE, TIMER_CONSULTATION_SERVICE_OVERDUE,
      TIMER_FEE_NOTICE_SERVICE_OVERDUE, TIMER_SIGNED_FOR_FOLLOW_UP_DUE, TIMER_REPORT_YEARLY,
      TIMER_REPORT_REMINDER, TIMER_REPORT_OVERDUE, TIMER_HEARING_REMINDER,
      TIMER_RECONSIDERATION_DECISION_OVERDUE);

  private ElementIds() {}
}
