package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.process.FieldLabels;
import io.github.ogiworkflow.process.IncidentMessages;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithdrawalForm;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The Chinese staff read for a variable and its value: the label and option labels of the
 * Camunda Forms that set it (the forms are the one place the office's words are kept; {@link
 * FieldLabels} reads them), then the code lists of the domain (答复类型, 审查结论, 不予公开理由).
 * So the audit trail shows
 * "审查结论：申请内容明确", not {@code completenessDecision=COMPLETE}.
 */
@Component
public class FormLabels implements io.github.ogiworkflow.process.VariableLabels {

  /** Variables the server sets, on no form: named here. */
  static final Map<String, String> SERVER_VARIABLES = Map.ofEntries(
      Map.entry("approvalRequired", "是否需领导审批"), Map.entry("outcomeCode", "答复类型"),
      Map.entry("chargeFee", "是否收费"), Map.entry("replyDueDate", "答复期限"),
      Map.entry("trackingNumber", "受理编号"), Map.entry("itemId", "信息项"),
      Map.entry("extensionUsed", "是否已延期"), Map.entry("delivered", "是否已送达"),
      Map.entry("filingWarningNote", "逾期提示"), Map.entry("classificationWarning", "文件类型提示"),
      // deadlines and reminders the server keeps (Art. 30, 33), shown in Cockpit's variable table
      Map.entry("replyDueProvisional", "答复期限是否暂算"),
      Map.entry("replyClockPausedText", "答复期限暂停计时说明"),
      Map.entry("replyReminderAt", "答复期限提醒时间"), Map.entry("replyOverdueAt", "答复逾期时间"),
      Map.entry("replyRemindedFor", "已提醒的提醒时间"),
      Map.entry("replyDeadlinePassed", "答复期限是否已届满"),
      Map.entry("replyReminderAhead", "新的提醒日是否未到"),
      Map.entry("replyFinalised", "答复书是否已定稿待送达"),
      Map.entry("replyEscalatedFor", "已督办的逾期时间"),
      Map.entry("replyOverdueAgain", "新的答复期限是否已届满"),
      Map.entry("replyOverdueLifted", "答复期限是否已后移至未届满的日期"),
      Map.entry("replyDueAhead", "后移后的答复期限是否尚未届满"),
      Map.entry("orderedReplyDueText", "复议决定或判决责令的答复日期"),
      Map.entry("correctionNoticeDueOn", "补正告知期限"),
      Map.entry("voidQueryCodeNotice", "已出具查询码提示"),
      Map.entry("feeRecountNotice", "收费通知需更正提示"),
      Map.entry("correctionNoticeDueAt", "补正告知期限（截止时间）"),
      Map.entry("correctionNoticeRemindAt", "补正告知提醒时间"),
      Map.entry("thirdPartyObjected", "第三方是否不同意公开"),
      Map.entry("releasedOverAgencyObjection", "是否公开其他机关不同意公开的信息"),
      Map.entry("releasedOverLateObjection", "是否公开第三方逾期不同意公开的信息"),
      Map.entry("disclosureAfterDeadline", "公开日期晚于答复期限"),
      Map.entry("voidProposedBy", "报请作废人"),
      Map.entry("receiptNotConfirmed", "不予确认（系统根据确认结果设定）"),
      Map.entry("objectedItemsReleasable", "第三方不同意公开的信息项是否经审查可公开"),
      // every other variable the server sets (FormLabelsCoverageTest: each ProcessVariables
      // constant has a label, so Cockpit's variable table never shows a bare name)
      Map.entry("correctionDeadline", "补正期限"), Map.entry("correctionNoticeLate", "补正告知是否逾期"),
      Map.entry("correctionOrderedDueText", "复议决定或判决责令的答复期限"),
      Map.entry("correctionNoticeRemindedAtRegistration", "登记时是否已提示补正告知期限"),
      Map.entry("reasonsDueAt", "说明理由期限"), Map.entry("consultationDueAt", "征求意见期限"),
      Map.entry("consultationServiceDueAt", "征求意见函送达登记期限"),
      Map.entry("feeNoticeServiceDueAt", "收费通知送达登记期限"),
      Map.entry("overrideNoticeParties", "公开决定告知书的告知对象"),
      Map.entry("consultationKinds", "征求意见类型"), Map.entry("feeDueAt", "缴费期限"),
      Map.entry("feeProposedAmount", "报批的收费金额（元）"),
      Map.entry("feeProposedCount", "报批的计费件数或页数"),
      Map.entry("replyDelivered", "答复书是否已送达"),
      Map.entry("terminationSignedForAwaited", "终止办理告知书是否待登记签收"),
      Map.entry("terminationServiceEndReason", "送达终止告知书任务结束原因"),
      Map.entry("signedForFollowUpEndReason", "跟进邮寄回执结束原因"),
      Map.entry("items", "信息项"), Map.entry("itemCount", "信息项数量"),
      Map.entry("itemsToReview", "待审查信息项"), Map.entry("reviewItemId", "所审查的信息项"),
      Map.entry("reviewedItemId", "已审查的信息项"), Map.entry("reviewTaskId", "保密审查任务"),
      Map.entry("releasedCount", "予以公开的信息项数"), Map.entry("redactedCount", "部分公开的信息项数"),
      Map.entry("withheldCount", "不予公开的信息项数"), Map.entry("notHeldCount", "本机关不掌握的信息项数"),
      Map.entry("notGovernmentInfoCount", "不属于政府信息的信息项数"),
      Map.entry("needsProcessingCount", "需加工分析的信息项数"), Map.entry("withheldGround", "不予公开理由"),
      Map.entry("reopenDecidedOn", "重新处理决定日期"), Map.entry("reopenDueOn", "重新答复期限"),
      Map.entry("reopenReason", "重新处理原因"),
      Map.entry("reopenAwaitsCorrection", "重新办理后继续等待补正"),
      Map.entry("reopenAtCompletenessCheck", "重新办理后重新审查申请内容"),
      Map.entry("requestWithdrawnOn", "撤回申请日期"), Map.entry("requestWithdrawalForm", "撤回方式"),
      Map.entry("requestWithdrawalReason", "申请人说明的撤回理由"),
      Map.entry("reportFiguresChanged", "统计表计算后登记簿是否变化"),
      // appeals (行政复议、行政诉讼、申诉举报)
      Map.entry("appealId", "复议、诉讼或申诉的登记记录"), Map.entry("appealPending", "是否有未结的复议或诉讼"),
      Map.entry("appealWindowOpens", "是否等待复议和诉讼期限届满"),
      Map.entry("appealWindowClosesAt", "复议和诉讼期限届满时间"),
      Map.entry("appealWindowClosesOnText", "复议和诉讼期限届满日"),
      Map.entry("signedForFollowUpAt", "跟进邮寄回执时间"),
      Map.entry("signedForAwaited", "是否仍未登记申请人签收日期"),
      Map.entry("complaintNo", "申诉举报编号"), Map.entry("answerDocument", "答辩文书"),
      Map.entry("answerDueDate", "答辩期限"), Map.entry("agencyAppealDueDate", "本机关上诉期限"),
      Map.entry("plaintiffAppealWaitUntil", "等待原告上诉截止时间"),
      Map.entry("firstInstanceFinalOn", "一审判决视为生效日期"),
      Map.entry("decisionReminderAt", "决定提醒时间"), Map.entry("hearingReminderAt", "开庭提醒时间"),
      // proactive disclosure (主动公开) and the annual report (年度报告)
      Map.entry("sourceRequest", "来源申请"), Map.entry("reviewCarriedOver", "是否沿用依申请公开的保密审查"),
      Map.entry("publicationItems", "拟公开信息项"), Map.entry("publicationApprovals", "领导逐项审批意见"), Map.entry("art44Reviews", "主动公开审核意见"),
      Map.entry("overridePartyReasons", "各第三方的公开理由"),
      Map.entry("publicationDueDate", "公开期限"), Map.entry("publications", "发布记录"),
      Map.entry("latePublicationReason", "逾期发布原因"),
      Map.entry("redactedPublicationNote", "按处理说明处理后发布"),
      Map.entry("withdrawalApprovalDueDate", "撤回审批期限"),
      Map.entry("publishableCount", "可公开的信息项数"), Map.entry("publishedCount", "已发布的信息项数"),
      Map.entry("reportDueDate", "年度报告公布期限"), Map.entry("reportReminderAt", "年度报告提醒时间"),
      Map.entry("reportEscalateAt", "年度报告督办时间"), Map.entry("reportConsistent", "报告数据是否一致"));

  /**
   * Fields that several forms label for their own kind (判决结果 on a judgment, 复议结果 on a
   * reconsideration decision): the trail names them for every kind.
   */
  static final Map<String, String> SHARED_FIELDS = Map.of(
      "appealResult", "结果", "appealResultDetail", "具体结果", "decidedOn", "决定或判决日期");

  /**
   * The forms' labels, read at first use, not at start-up: nothing at start needs them, and the
   * deployment has read the same files by then (ADR 0139).
   */
  private final SingletonSupplier<Labels> labels = SingletonSupplier.of(Labels::read);

  private record Labels(Map<String, String> fields, Map<String, Map<String, String>> options) {

    static Labels read() {
      // The forms are read by process/FieldLabels, which refusals name fields by: a field on
      // several forms (审查结论 on the review and on the secrecy office's answer) is named by its
      // shortest, most general label, without a trailing （hint）.
      Map<String, String> fields = new HashMap<>(SERVER_VARIABLES);
      FieldLabels.labels().forEach((variable, label) -> fields.merge(variable, label,
          (server, form) -> form.length() < server.length() ? form : server));
      fields.putAll(SHARED_FIELDS);
      return new Labels(fields, FieldLabels.options());
    }
  }

  /** Every variable named by a form or by the server, with its label (sorted by name). */
  public Map<String, String> fields() {
    return new TreeMap<>(labels.obtain().fields());
  }

  /**
   * Every variable offered as options on a form, with its options' labels; 答复类型 also by
   * the register's outcome numbers (e.g. "2") and names.
   */
  public Map<String, Map<String, String>> options() {
    Map<String, Map<String, String>> all = new TreeMap<>();
    labels.obtain().options()
        .forEach((variable, values) -> all.put(variable, new TreeMap<>(values)));
    Map<String, String> outcomes = new TreeMap<>(all.getOrDefault("outcomeCode", Map.of()));
    for (OutcomeCode outcome : OutcomeCode.values()) {
      outcomes.putIfAbsent(outcome.code(), outcome.label());
      outcomes.putIfAbsent(outcome.name(), outcome.label());
    }
    all.put("outcomeCode", outcomes);
    return all;
  }

  /**
   * The name of a variable sent with a form that does not show it, in a refusal: its general
   * label ({@link #SHARED_FIELDS}: 结果, not the judgment form's 判决结果 on a reconsideration),
   * else its shortest label on the forms or the server's, never the bare id (audit 37a, F10);
   * "该项" for a name nobody labels.
   */
  public static String foreignField(String variable) {
    String shared = SHARED_FIELDS.get(variable);
    if (shared != null) {
      return shared;
    }
    String form = FieldLabels.labels().get(variable);
    String server = SERVER_VARIABLES.get(variable);
    if (form != null && server != null) {
      return form.length() < server.length() ? form : server;
    }
    return form != null ? form : server != null ? server : "该项";
  }

  @Override
  public String label(String variable) {
    return foreignField(variable);
  }

  /** The field's label on the forms, or the variable name when no form shows it. */
  public String field(String variable) {
    return labels.obtain().fields().getOrDefault(variable, variable);
  }

  /** The value as the forms and code lists name it, or the value itself. */
  public String value(String variable, String value) {
    String label = labels.obtain().options().getOrDefault(variable, Map.of()).get(value);
    return label != null ? label : chineseOf(code(value));
  }

  /**
   * The Chinese of a server message written "english（中文）", possibly several joined: the
   * outermost full-width parentheses' contents, joined with "；"; text without them as it is.
   */
  public static String chineseOf(String text) {
    return IncidentMessages.chineseOf(text);
  }

  /** "审查结论：申请内容明确". */
  public String describe(String variable, String value) {
    return field(variable) + "：" + value(variable, value);
  }

  /** The register's outcome (its number, e.g. "2", or its name) as the annual report names it. */
  public static String outcome(String code) {
    for (OutcomeCode outcome : OutcomeCode.values()) {
      if (outcome.code().equals(code) || outcome.name().equals(code)) {
        return outcome.label();
      }
    }
    return code(code);
  }

  /** A code of the domain's code lists in Chinese, or the text itself. */
  public static String code(String code) {
    return code == null ? "" : CODES.getOrDefault(code, code);
  }

  /** The domain's codes (status, outcome, review conclusion, ground, appeal kind, …) in Chinese. */
  public static Map<String, String> codes() {
    return CODES;
  }

  private static final Map<String, String> CODES = codeLabels();

  /** The first code list that knows a code names it (as the lookups did one by one). */
  private static Map<String, String> codeLabels() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (CaseRegister.Status status : CaseRegister.Status.values()) {
      codes.putIfAbsent(status.name(), status.label());
    }
    for (OutcomeCode outcome : OutcomeCode.values()) {
      codes.putIfAbsent(outcome.name(), outcome.label());
    }
    for (ReviewConclusion conclusion : ReviewConclusion.values()) {
      codes.putIfAbsent(conclusion.name(), conclusion.label());
    }
    for (WithholdingGround ground : WithholdingGround.values()) {
      codes.putIfAbsent(ground.name(), ground.label());
    }
    for (AppealKind kind : AppealKind.values()) {
      codes.putIfAbsent(kind.name(), kind.label());
    }
    for (WithdrawalForm form : WithdrawalForm.values()) {
      codes.putIfAbsent(form.name(), form.label());
    }
    codes.putIfAbsent("true", "是");
    codes.putIfAbsent("false", "否");
    codes.putIfAbsent("THIRD_PARTY", "第三方");
    codes.putIfAbsent("AGENCY", "其他机关");
    // consultation answers (ConsultationRegister.Answer) and an answered complaint
    codes.putIfAbsent("CONSENT", "同意公开");
    codes.putIfAbsent("OBJECTION", "不同意公开");
    codes.putIfAbsent("SILENCE", "逾期未答复");
    codes.putIfAbsent("ANSWERED", "已答复");
    return Map.copyOf(codes);
  }
}
