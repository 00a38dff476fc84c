package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.AppealResult;
import io.github.ogiworkflow.appeal.ComplaintKind;
import io.github.ogiworkflow.attachment.FileAccessLog;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.ConsultationRegister;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.privacy.PersonalDataAccessLog;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.publication.PublicationChannel;
import io.github.ogiworkflow.publication.ItemClassification;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.retention.HistoryRemovals;
import io.github.ogiworkflow.security.StaffAccess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The audit trail of one case (tracking number, or any business key such as a publication
 * batch or an annual report): every step from Camunda's history (activities of the case and of
 * the processes it called, e.g. each SecrecyReview; tasks with who completed them and their
 * due dates; the decisions and comments entered, from the variable history; manual operations
 * from the user operation log) and from the register (receipt, due date, pauses, letters,
 * reviews, leadership decisions, consultations, appeals, delivery and closing), in time order.
 *
 * <p>History is read with the engine's authorization checks off: the caller's group was checked
 * at the endpoint (auditor, leadership, office), and office and leadership hold no READ_HISTORY
 * grant (they do not need Cockpit's history views).
 */
@Component
public class CaseTimeline {

  /** One line of the trail. {@code dateOnly}: the register knows the day, not the time. */
  public record Entry(Instant at, boolean dateOnly, String kind, String activity, String who,
      String outcome, String comment, String detail) {

    public String kindLabel() {
      return KIND_LABELS.getOrDefault(kind, kind);
    }
  }

  /** The case as the register has it (null fields for a key that is not a request). */
  /**
   * {@code dueOn} null and {@code dueText} "补正后重新计算" while the reply clock waits for the
   * applicant's correction (Art. 30; not after a late correction notice, whose deadline runs
   * on); else {@code dueText} is the date, marked 暂算 as {@link DeadlineTexts} marks it.
   */
  public record CaseHeader(String trackingNumber, String status, LocalDate receivedOn,
      LocalDate dueOn, int extensionDays, String outcomeCode, LocalDate deliveredOn,
      LocalDate closedOn, String dueText) {

    /** The reply clock restarts with the correction (Art. 30): no reply deadline runs now. */
    boolean awaitingCorrection() {
      return dueOn == null && CaseRegister.Status.AWAITING_CORRECTION.name().equals(status);
    }
  }

  /**
   * A complaint without a request (申诉、举报, Art. 51; its own number SSJB-…, ADR 0037) as the
   * register has it: what it is ({@code kindLabel} 申诉 or 举报), who passed it on and under
   * which docket number, what it is about, when it was served and is due (the office's own
   * standard: the law sets no period), whether it was answered and when.
   */
  public record ComplaintHeader(String complaintNo, String kindLabel, String body,
      String docketNo, String reference, LocalDate receivedOn, LocalDate answerDueOn,
      String dueText, String status, String statusLabel, LocalDate answeredOn) {}

  /**
   * A proactive-disclosure batch (主动公开, ZDGK-…) as the register has it: registered on, its
   * status as the ledger names it (审查审批中, 待登记发布, 已办结), the batch's Art. 26 due date
   * (the earliest item's, marked 暂算 as {@link DeadlineTexts} marks it; null for an Art. 44
   * batch without dates), the request it came from (Art. 44, else null) and its lines.
   */
  public record BatchHeader(String batchNumber, LocalDate registeredOn, String statusLabel,
      LocalDate dueOn, String dueText, String sourceRequest, List<BatchLine> lines) {}

  /**
   * One line (item) of a batch: its 序号, its 信息项编号 ({@code itemId}, what a withdrawal
   * names; the public catalogue shows only the 索引号, batch number and 序号, ADR 0146), its
   * secrecy review ({@code review}: 审查结论 and ground, or 尚未审查; {@code reviewer} by name,
   * {@code reviewedAt}), leadership's decision ({@code approval}: 无需领导审批, 待领导审批, 同意发布 or 不同意发布 with the reason), its status in the register
   * (待审查或审批, 待发布, 已发布, 不予发布 with the reason, 已撤回), its Art. 26 due date, the
   * day it was first published and each planned channel: published on a day at a place, or
   * marked 未发布 with the reason.
   */
  public record BatchLine(int seq, long itemId, String title, String docNumber, String review,
      String reviewer, Instant reviewedAt, String approval, String status, String statusLabel,
      String statusReason, LocalDate dueOn, String dueText, LocalDate firstPublishedOn,
      boolean late, List<String> channels) {}

  /**
   * {@code complaint}: set instead of {@code header} for a complaint's own number;
   * {@code batch} for a publication batch's.
   */
  public record Trail(CaseHeader header, List<String> processes, List<Entry> entries,
      ComplaintHeader complaint, BatchHeader batch) {}

  static final Map<String, String> KIND_LABELS = Map.ofEntries(
      Map.entry("PROCESS", "流程"), Map.entry("TASK", "办理环节"), Map.entry("STEP", "系统步骤"),
      Map.entry("EVENT", "事件"), Map.entry("OPERATION", "人工操作"),
      Map.entry("RECEIPT", "收到申请"), Map.entry("DUE", "答复期限"), Map.entry("PAUSE", "期限中止"),
      Map.entry("LETTER", "发出文书"), Map.entry("REVIEW", "保密审查"),
      Map.entry("APPROVAL", "领导审批"), Map.entry("CONSULTATION", "征求意见"),
      Map.entry("APPEAL", "复议诉讼"), Map.entry("DELIVERY", "送达"), Map.entry("CLOSED", "办结"),
      Map.entry("VARIABLE", "非表单修改变量"), Map.entry("FILE", "附件与下载"),
      Map.entry("DATE_CHANGE", "日期更正与重算"),
      Map.entry("COMPLAINT_RECEIPT", "收到申诉举报"), Map.entry("COMPLAINT", "申诉举报"),
      Map.entry("PUBLICATION", "主动公开发布"), Map.entry("WITHDRAWAL", "申请人撤回申请"),
      Map.entry("VOID", "文书作废"), Map.entry("ACCESS", "查阅完整信息"));

  /** Variables that carry a decision (shown as the outcome of the task that set them). */
  static final Pattern OUTCOME_VARIABLE =
      Pattern.compile(".*(Decision|Approval|Conclusion|Result|Action|Answer|Kind|By)$"
          // the fee: its amount on the notice, its service and payment
          + "|" + String.join("|", ProcessVariables.FEE_SCHEME, ProcessVariables.PAGE_COUNT,
              ProcessVariables.FEE_AMOUNT, ProcessVariables.FEE_NOTICE_SERVED_ON,
              ProcessVariables.FEE_PAID_ON));
  /**
   * A task's outcome also shows whether the office charges a fee; registration sets the flag to
   * false for the gateways, which is no decision of anyone's.
   */
  static final Pattern TASK_OUTCOME_VARIABLE = Pattern.compile(OUTCOME_VARIABLE.pattern()
      + "|" + ProcessVariables.CHARGE_FEE);
  /** Variables that carry a free-text comment or reason. */
  static final Pattern COMMENT_VARIABLE = Pattern.compile(".*(Comment|Reason|Basis|Note)$");
  /** Activity types that are not steps anyone would audit. */
  static final Set<String> SKIPPED_TYPES = Set.of("exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "eventBasedGateway", "multiInstanceBody", "subProcess");
  static final int MAX_VALUE = 300;
  /** The detail of a task not completed yet. */
  static final String OPEN_TASK = "办理中";

  private final HistoryService history;
  private final IdentityService identity;
  private final StaffAccess access;
  private final FormLabels labels;
  private final CaseRegister cases;
  private final PauseLedger pauses;
  private final Letters letters;
  private final ItemRegister items;
  private final DecisionRegister decisions;
  private final ConsultationRegister consultations;
  private final AppealRegister appeals;
  private final FileAccessLog fileAccess;
  private final DateChangeRegister dateChanges;
  private final DeadlineTexts deadlineTexts;
  private final PublicationRegister publications;
  private final ReplyLetterRegister replyLetters;
  private final PersonalDataAccessLog fullDataAccess;

  /**
   * The register's part of the trail is asked of each table's owner (issue 17), never read here
   * with SQL of its own.
   */
  public CaseTimeline(HistoryService history, IdentityService identity, StaffAccess access,
      FormLabels labels, CaseRegister cases, PauseLedger pauses, Letters letters,
      ItemRegister items, DecisionRegister decisions, ConsultationRegister consultations,
      AppealRegister appeals, FileAccessLog fileAccess, DateChangeRegister dateChanges,
      DeadlineTexts deadlineTexts, PublicationRegister publications,
      ReplyLetterRegister replyLetters, PersonalDataAccessLog fullDataAccess) {
    this.fullDataAccess = fullDataAccess;
    this.replyLetters = replyLetters;
    this.publications = publications;
    this.deadlineTexts = deadlineTexts;
    this.labels = labels;
    this.history = history;
    this.identity = identity;
    this.access = access;
    this.cases = cases;
    this.pauses = pauses;
    this.letters = letters;
    this.items = items;
    this.decisions = decisions;
    this.consultations = consultations;
    this.appeals = appeals;
    this.fileAccess = fileAccess;
    this.dateChanges = dateChanges;
  }

  /** Set by Spring; null where the trail is built by hand (tests). */
  private HistoryRemovals historyRemovals;

  /**
   * The register of accepted changes to the case's process history (retention/HistoryRemovals,
   * audit 34b F1, ADR 0156). A setter, not a constructor argument, to keep this hook small.
   */
  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setHistoryRemovals(HistoryRemovals historyRemovals) {
    this.historyRemovals = historyRemovals;
  }

  /**
   * Each accepted deletion of the case's history, or change of its removal time, by whom and
   * when (ADR 0156): shown whether or not the history is still there.
   */
  private void historyChanges(String tn, Names names, List<Entry> entries) {
    if (historyRemovals == null) {
      return;
    }
    for (HistoryRemovals.Entry change : historyRemovals.of(tn)) {
      entries.add(new Entry(change.requestedAt(), false, "OPERATION", change.action().label(),
          names.of(change.requestedBy(), change.requestedByName()), "", "", change.detail()));
    }
  }

  /** The trail, or empty when neither the register nor the history knows the key. */
  public Optional<Trail> of(String trackingNumber) {
    return access.withoutAuthorizations(() -> {
      // One read of the case: its dates and whether the correction notice was late.
      CaseRegister.CaseSummary summary = cases.summary(trackingNumber).orElse(null);
      CaseHeader header = summary == null ? null : header(summary);
      AppealRegister.StandaloneComplaint complaint = summary != null ? null
          : appeals.standaloneComplaint(trackingNumber).orElse(null);
      List<PublicationRegister.BatchLine> batchLines = summary != null || complaint != null
          ? List.of() : publications.batchLines(trackingNumber);
      Names names = new Names();
      BatchHeader batch = batchLines.isEmpty() ? null
          : batchHeader(trackingNumber, batchLines, names);
      List<HistoricProcessInstance> instances = instances(trackingNumber);
      if (header == null && complaint == null && batch == null && instances.isEmpty()) {
        return Optional.<Trail>empty();
      }
      Map<String, List<Entry>> byInstance = new LinkedHashMap<>();
      Map<Entry, String> calls = new IdentityHashMap<>();
      Map<Entry, String> completedTasks = new IdentityHashMap<>();
      for (HistoricProcessInstance instance : instances) {
        List<Entry> own = new ArrayList<>();
        fromHistory(instance, names, own, calls, completedTasks);
        byInstance.put(instance.getId(), own);
      }
      List<Entry> entries = inCallOrder(byInstance, calls);
      List<Entry> register = new ArrayList<>();
      Map<Entry, String> recordedAt = new IdentityHashMap<>();
      fromRegister(trackingNumber, summary, header, names, register, recordedAt);
      if (complaint != null) {
        fromComplaint(complaint, names, register);
      }
      if (batch != null) {
        fromBatch(batchLines, names, register);
      }
      historyChanges(trackingNumber, names, register);
      register.forEach(entry -> placeRegisterEntry(entries, entry, recordedAt.get(entry),
          completedTasks));
      // Stable: entries of the same moment keep the order built above.
      entries.sort(Comparator.comparing(CaseTimeline::sortedAt));
      List<String> processes = instances.stream().map(i -> (i.getProcessDefinitionName() == null
          ? i.getProcessDefinitionKey() : i.getProcessDefinitionName())
          + (i.getSuperProcessInstanceId() == null ? "" : "（子流程）")).distinct().toList();
      return Optional.of(new Trail(header, processes, entries,
          complaint == null ? null : complaintHeader(complaint), batch));
    });
  }


  // ---- Camunda history -------------------------------------------------------------------

  /**
   * Each called instance's entries right after the call activity that started it. Steps of one
   * transaction share a timestamp (to the millisecond, or exactly when the clock is set); the
   * stable sort by time then keeps a reviewer's conclusion before the steps of the calling case
   * that it triggered, and the calling case's steps before those of the review it starts.
   */
  private static List<Entry> inCallOrder(Map<String, List<Entry>> byInstance,
      Map<Entry, String> calls) {
    List<Entry> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    Set<String> called = new HashSet<>(calls.values());
    for (String pid : byInstance.keySet()) {
      if (!called.contains(pid)) {
        appendWithCalled(pid, byInstance, calls, ordered, placed);
      }
    }
    // A called instance whose call activity is not in the trail (unnamed): at the end.
    for (String pid : byInstance.keySet()) {
      appendWithCalled(pid, byInstance, calls, ordered, placed);
    }
    return ordered;
  }

  private static void appendWithCalled(String pid, Map<String, List<Entry>> byInstance,
      Map<Entry, String> calls, List<Entry> ordered, Set<String> placed) {
    if (!placed.add(pid)) {
      return;
    }
    for (Entry entry : byInstance.getOrDefault(pid, List.of())) {
      ordered.add(entry);
      String calledPid = calls.get(entry);
      if (calledPid != null && byInstance.containsKey(calledPid)) {
        appendWithCalled(calledPid, byInstance, calls, ordered, placed);
      }
    }
  }

  /**
   * A review or an approval is recorded in the transaction that completes its task
   * ({@code taskId}): at the same moment, it follows that task rather than the steps the
   * completion went on to.
   */
  private static void placeRegisterEntry(List<Entry> entries, Entry entry, String taskId,
      Map<Entry, String> completedTasks) {
    if (taskId != null) {
      for (int i = 0; i < entries.size(); i++) {
        Entry task = entries.get(i);
        if (taskId.equals(completedTasks.get(task)) && task.at().equals(entry.at())) {
          entries.add(i + 1, entry);
          return;
        }
      }
    }
    entries.add(entry);
  }

  /**
   * Where an entry sorts. The register knows only the day of a delivery, a closing, a pause, a
   * consultation letter or an appeal: the results of that day's steps, so after them. The day
   * of receipt and a deadline stand at the start of their day.
   */
  static Instant sortedAt(Entry entry) {
    if (!entry.dateOnly() || entry.kind().equals("RECEIPT") || entry.kind().equals("DUE")
        || entry.kind().equals("COMPLAINT_RECEIPT")) {
      return entry.at();
    }
    return entry.at().atZone(OfficeTime.ZONE).toLocalDate().plusDays(1)
        .atStartOfDay(OfficeTime.ZONE).toInstant().minusMillis(1);
  }

  /** The instances with the key and every instance they called, at any depth. */
  private List<HistoricProcessInstance> instances(String businessKey) {
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    List<HistoricProcessInstance> roots = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list();
    roots.forEach(i -> found.put(i.getId(), i));
    for (HistoricProcessInstance root : roots) {
      history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getRootProcessInstanceId())
          .list().forEach(i -> found.putIfAbsent(i.getId(), i));
    }
    return new ArrayList<>(found.values());
  }

  private void fromHistory(HistoricProcessInstance instance, Names names, List<Entry> entries,
      Map<Entry, String> calls, Map<Entry, String> completedTasks) {
    String pid = instance.getId();
    Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceId(pid).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
    Map<String, List<HistoricVariableUpdate>> updatesByActivity = new HashMap<>();
    // A variable's updates in one command share a time: its revision orders them (a dropped
    // field's null comes after the value it replaces).
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(pid)
        .variableUpdates().orderByTime().asc().orderByVariableRevision().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && detail.getActivityInstanceId() != null) {
        updatesByActivity.computeIfAbsent(detail.getActivityInstanceId(), k -> new ArrayList<>())
            .add(update);
      }
    }
    Map<String, String> completedBy = new HashMap<>();
    for (UserOperationLogEntry log : history.createUserOperationLogQuery().processInstanceId(pid)
        .list()) {
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(log.getOperationType())
          && log.getTaskId() != null && log.getUserId() != null) {
        completedBy.put(log.getTaskId(), log.getUserId());
      }
    }

    Optional<AppealRegister.Appeal> nonReply = null;
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(pid).orderPartiallyByOccurrence().asc().list()) {
      if (SKIPPED_TYPES.contains(activity.getActivityType()) || activity.getActivityName() == null
          && !"userTask".equals(activity.getActivityType())) {
        continue;
      }
      String name = activity.getActivityName() == null ? activity.getActivityId()
          : activity.getActivityName();
      String nonReplyDetail = "";
      if (REOPENING_STEPS.contains(activity.getActivityId())) {
        if (nonReply == null) {
          nonReply = nonReplyAppeal(pid, instance.getBusinessKey());
        }
        if (nonReply.isPresent()) {
          // A correction of the failure to reply reopens nothing (ADR 0081, 0096): the model's
          // names (重新办理) would tell staff the opposite (audit 28 F12).
          name = NON_REPLY_NAMES.get(activity.getActivityId());
          nonReplyDetail = nonReplyDetail(nonReply.get(), activity.getActivityId());
        }
      }
      List<HistoricVariableUpdate> updates =
          updatesByActivity.getOrDefault(activity.getId(), List.of());
      if (ElementIds.SERVICE_REOPEN_REQUEST.equals(activity.getActivityId())) {
        // 重新办理 resets the round (HandlingRound): those values are no one's decision at this
        // step (completenessDecision read 审查结论, another step's), only the reason stays.
        Set<String> reset = io.github.ogiworkflow.intake.HandlingRound.names();
        updates = updates.stream().filter(u -> !reset.contains(u.getVariableName())).toList();
      }
      String outcome = values(updates, "userTask".equals(activity.getActivityType())
          ? TASK_OUTCOME_VARIABLE : OUTCOME_VARIABLE);
      String comment = values(updates, COMMENT_VARIABLE);
      if ("userTask".equals(activity.getActivityType())) {
        HistoricTaskInstance task = tasks.get(activity.getTaskId());
        String who = task == null ? activity.getAssignee()
            : completedBy.getOrDefault(task.getId(), task.getAssignee());
        StringBuilder detail = new StringBuilder();
        if (task != null && task.getDueDate() != null) {
          detail.append("期限 ").append(deadlineTexts.forStaff(LocalDate.ofInstant(
              task.getDueDate().toInstant(), OfficeTime.ZONE)));
        }
        if (activity.getEndTime() == null) {
          detail.append(detail.isEmpty() ? "" : "；").append(OPEN_TASK);
        } else if (activity.isCanceled()) {
          detail.append(detail.isEmpty() ? "" : "；").append("已取消（未办理）");
        }
        Instant at = (activity.getEndTime() == null ? activity.getStartTime()
            : activity.getEndTime()).toInstant();
        Entry done = new Entry(at, false, "TASK", name, names.of(who), outcome, comment,
            detail.toString());
        entries.add(done);
        if (activity.getEndTime() != null) {
          // Only a completed task has a register record to place after it.
          completedTasks.put(done, activity.getActivityId());
        }
      } else {
        boolean event = activity.getActivityType().toLowerCase().contains("event")
            || activity.getActivityType().contains("Timer");
        // The instance's starter is who did its start event (a called process has none).
        String who = activity.getActivityType().equals("startEvent")
            && pid.equals(activity.getParentActivityInstanceId())
            ? names.of(instance.getStartUserId()) : "";
        Entry step = new Entry(activity.getStartTime().toInstant(), false,
            event ? "EVENT" : "STEP", name, who, outcome, comment,
            activity.getEndTime() == null && !event ? "进行中" : nonReplyDetail);
        entries.add(step);
        if (activity.getCalledProcessInstanceId() != null) {
          calls.put(step, activity.getCalledProcessInstanceId());
        }
      }
    }
    // Operations and variable changes after the steps: at the same moment (the registration
    // that clears the ID number), the step comes first.
    operations(pid, tasks, names, entries);
    // Variables changed other than through a form: the variable and its old and new value.
    for (VariableChangesOutsideForms.Change change : VariableChangesOutsideForms.of(history, pid)) {
      entries.add(new Entry(change.at(), false, "VARIABLE", "修改变量「" + labels.field(change.variable()) + "」"
          + "（非表单提交，" + operationLabel(change.operation()) + "）", names.of(change.userId()),
          "", "", change.oldValue() + " → " + change.newValue()));
    }
  }

  /** The steps of a corrected reconsideration or suit that the models name 重新办理. */
  static final Set<String> REOPENING_STEPS =
      Set.of(ElementIds.SERVICE_REOPEN_REQUEST, ElementIds.END_EVENT_CORRECTED);

  /** Their names where the correction was of the failure to reply: nothing is reopened. */
  static final Map<String, String> NON_REPLY_NAMES = Map.of(
      ElementIds.SERVICE_REOPEN_REQUEST, "责令答复（逾期未作答复，不重新办理）",
      ElementIds.END_EVENT_CORRECTED, "已纠正，责令答复");

  /**
   * The appeal of an appeal instance when it challenged the failure to reply and reopened
   * nothing: one that set the applicant's withdrawal aside did reopen the request (ADR 0099).
   */
  private Optional<AppealRegister.Appeal> nonReplyAppeal(String pid, String trackingNumber) {
    var variable = history.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .variableName(ProcessVariables.APPEAL_ID).list().stream().findFirst();
    if (variable.isEmpty() || !(variable.get().getValue() instanceof Number id)) {
      return Optional.empty();
    }
    return appeals.find(id.longValue()).filter(AppealRegister.Appeal::againstNonReply)
        .filter(appeal -> trackingNumber == null
            || !cases.withdrawalsSetAsideBy(trackingNumber).contains(appeal.id()));
  }

  /** What the step did: the date the decision ordered (the running request's deadline). */
  private static String nonReplyDetail(AppealRegister.Appeal appeal, String activityId) {
    if (!ElementIds.SERVICE_REOPEN_REQUEST.equals(activityId)) {
      return "";
    }
    return appeal.correctedDueOn() == null ? "决定未指定答复日期；原申请继续办理"
        : "决定责令于" + chinese(appeal.correctedDueOn()) + "前作出答复；原申请仍在办理的，"
            + "答复期限按此重算";
  }

  /** Manual operations other than completing a task (claim, assignment, due date, ...). */
  private void operations(String pid, Map<String, HistoricTaskInstance> tasks, Names names,
      List<Entry> entries) {
    Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntry log : history.createUserOperationLogQuery().processInstanceId(pid)
        .orderByTimestamp().asc().list()) {
      String type = log.getOperationType();
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type)
          || UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)) {
        continue;
      }
      byOperation.computeIfAbsent(log.getOperationId(), k -> new ArrayList<>()).add(log);
    }
    for (List<UserOperationLogEntry> operation : byOperation.values()) {
      UserOperationLogEntry first = operation.get(0);
      if (isIdNumberPurge(operation)) {
        // intake/IdNumberHistory under the registering user's login: the system's step.
        entries.add(new Entry(first.getTimestamp().toInstant(), false, "STEP",
            "证件号码已从流程记录中清除", "系统", "", "",
            "个人信息保护：完整证件号码只保存在登记簿中"));
        continue;
      }
      HistoricTaskInstance task = first.getTaskId() == null ? null : tasks.get(first.getTaskId());
      String changes = operation.stream().filter(l -> l.getProperty() != null)
          .map(l -> propertyLabel(l.getProperty()) + "：" + operationValue(l, l.getOrgValue())
              + " → " + operationValue(l, l.getNewValue())).collect(Collectors.joining("；"));
      entries.add(new Entry(first.getTimestamp().toInstant(), false, "OPERATION",
          operationLabel(first.getOperationType()) + (task == null ? "" : "：" + task.getName()),
          names.of(first.getUserId()), "", first.getAnnotation() == null ? "" : first.getAnnotation(),
          changes));
    }
  }

  private static boolean isIdNumberPurge(List<UserOperationLogEntry> operation) {
    return operation.stream().allMatch(l ->
        UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY.equals(l.getOperationType())
            && "name".equals(l.getProperty())
            && ProcessVariables.ID_NUMBER.equals(l.getNewValue()));
  }

  static String operationLabel(String type) {
    return switch (type) {
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "认领任务";
      case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> "指派任务";
      case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "委托任务";
      case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> "完成委托";
      case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "设置负责人";
      case UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY -> "调整优先级";
      case UserOperationLogEntry.OPERATION_TYPE_UPDATE -> "修改任务";
      case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "删除";
      case UserOperationLogEntry.OPERATION_TYPE_SUSPEND -> "挂起";
      case UserOperationLogEntry.OPERATION_TYPE_ACTIVATE -> "激活";
      case UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE -> "修改流程实例";
      case UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE -> "修改变量";
      case UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE -> "接收消息";
      case UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY -> "删除历史记录";
      case UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE -> "删除变量";
      case UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE -> "修改变量";
      case UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES -> "设置重试次数";
      case UserOperationLogEntry.OPERATION_TYPE_EXECUTE -> "执行作业";
      case UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE -> "调整到期时间";
      case UserOperationLogEntry.OPERATION_TYPE_MIGRATE -> "迁移流程实例";
      case UserOperationLogEntry.OPERATION_TYPE_RESTART_PROCESS_INSTANCE -> "重启流程实例";
      case UserOperationLogEntry.OPERATION_TYPE_CREATE_INCIDENT -> "创建故障";
      case UserOperationLogEntry.OPERATION_TYPE_SET_ANNOTATION -> "添加说明";
      default -> "其他操作";
    };
  }

  /** A logged value; a variable's name is shown as its form label. */
  private String operationValue(UserOperationLogEntry log, String value) {
    if (value != null && ("name".equals(log.getProperty())
        || "variableName".equals(log.getProperty())) && log.getTaskId() == null) {
      return labels.field(value);
    }
    return shorten(value);
  }

  /** Task and job properties of the operation log, as Tasklist names them. */
  static String propertyLabel(String property) {
    return switch (property) {
      case "assignee" -> "办理人";
      case "owner" -> "负责人";
      case "dueDate" -> "到期时间";
      case "followUpDate" -> "跟进日期";
      case "priority" -> "优先级";
      case "name" -> "名称";
      case "description" -> "说明";
      case "delegation" -> "委托状态";
      case "suspensionState" -> "挂起状态";
      case "retries" -> "重试次数";
      case "variableName" -> "变量";
      default -> "属性";
    };
  }

  private String values(List<HistoricVariableUpdate> updates, Pattern names) {
    Map<String, String> last = new LinkedHashMap<>();
    for (HistoricVariableUpdate update : updates) {
      if (!names.matcher(update.getVariableName()).matches()) {
        continue;
      }
      // The step's last value counts: a field the decision hides is dropped (set to null, then
      // removed) in the same step and shows nothing (ADR 0079).
      if (update.getValue() == null || update.getValue().toString().isBlank()) {
        last.remove(update.getVariableName());
      } else {
        last.put(update.getVariableName(), shorten(plain(update.getValue())));
      }
    }
    return last.entrySet().stream().map(e -> labels.describe(e.getKey(), e.getValue()))
        .collect(Collectors.joining("；"));
  }

  /** A whole number stored as a double (an amount in yuan) without its ".0". */
  private static String plain(Object value) {
    if (value instanceof Double number && number == Math.rint(number)
        && Math.abs(number) < 1e15) {
      return Long.toString(number.longValue());
    }
    return value.toString();
  }

  private static String shorten(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
  }

  // ---- register: each table read through its owner ----------------------------------------

  private CaseHeader header(CaseRegister.CaseSummary c) {
    boolean waits = CorrectionWait.clockWaits(c.status(), c.correctionNoticeLate(),
        c.orderedDueOn());
    LocalDate dueOn = waits ? null : c.dueOn();
    return new CaseHeader(c.trackingNumber(), c.status(), c.firstReceivedOn(), dueOn,
        c.extensionDays(), c.outcomeCode(), c.deliveredOn(), c.closedOn(),
        waits ? CorrectionWait.RECOMPUTED_AFTER_CORRECTION
            : dueOn == null ? null : deadlineTexts.forStaff(dueOn));
  }

  /**
   * {@code recordedAt}: a review's or decision's entry → the task whose completion it records.
   * {@code summary} and {@code header}: the case as read once, or null for another key.
   */
  private void fromRegister(String tn, CaseRegister.CaseSummary summary, CaseHeader header,
      Names names, List<Entry> entries, Map<Entry, String> recordedAt) {
    if (header != null) {
      if (!CaseRegister.Status.SUBMITTED.name().equals(header.status())) {
        entries.add(day(header.receivedOn(), "RECEIPT", "收到申请（答复期限起算）", "", "",
            "登记的收到日期"));
      }
      boolean finished = header.deliveredOn() != null || header.closedOn() != null;
      if (header.dueOn() != null && !header.awaitingCorrection()) {
        // Marked 暂算 when the year's holiday notice is not out (DeadlineTexts).
        String mark = deadlineTexts.mark(header.dueOn());
        entries.add(day(header.dueOn(), "DUE", (finished ? "答复期限" : "答复期限（当前）") + mark,
            "", "", header.extensionDays() > 0 ? "含延期 " + header.extensionDays() + " 个工作日"
                : ""));
      }
      // A case handled anew after a correction keeps the earlier round's delivery and closing
      // dates while the register's outcome is already the new round's draft: such a date shows
      // the outcome it had (the first closing's), or none (audit round 29, F9).
      boolean handledAnew = !CaseRegister.Status.DELIVERED.name().equals(header.status())
          && !CaseRegister.Status.CLOSED.name().equals(header.status());
      java.util.function.Function<LocalDate, String> outcomeOn = day -> !handledAnew
          ? header.outcomeCode()
          : day.equals(summary.firstClosedOn()) ? summary.firstOutcomeCode() : null;
      if (header.deliveredOn() != null) {
        String outcome = outcomeOn.apply(header.deliveredOn());
        entries.add(day(header.deliveredOn(), "DELIVERY", "答复书送达", "",
            outcome == null ? "" : "答复类型 " + FormLabels.outcome(outcome),
            (header.dueOn() != null && header.deliveredOn().isAfter(header.dueOn())
                ? "晚于答复期限" : "在答复期限内") + (handledAnew ? "；此后重新办理" : "")));
      }
      // The termination notice's service, from which a closed case's remedies run (ADR 0067),
      // as the reply's delivery above (audit round 23, F6).
      cases.terminationService(tn).filter(service -> service.servedOn() != null)
          .ifPresent(service -> entries.add(day(service.servedOn(), "DELIVERY",
              "终止办理告知书送达", "", "送达方式 " + labels.value(ProcessVariables.DELIVERED_BY,
                  service.servedBy()), service.receivedOn() != null
                  ? "申请人收到 " + chinese(service.receivedOn()) + "（复议、诉讼期限自此起算）"
                  : "邮寄，申请人签收日期待登记")));
      // The applicant's withdrawal (ADR 0085): the day it reached the office, how it was made
      // and the reason given, recorded by the office; the case closed on that day as 6.3. The
      // reason is the applicant's free text: masked as the request text is (ADR 0097).
      // Every withdrawal the register keeps: one set aside by a correction and followed by
      // another in the new round is kept beside it (ADR 0105).
      java.util.stream.Stream.concat(cases.earlierWithdrawals(tn).stream(),
          cases.withdrawal(tn).stream()).forEach(w -> entries.add(day(w.withdrawnOn(), "WITHDRAWAL",
          "申请人撤回申请", names.of(w.recordedBy()), "撤回方式 " + FormLabels.code(w.form()),
          (w.reason() == null ? "" : "撤回理由：" + PersonalDataMasker.maskFreeText(w.reason()) + "；")
              + "登记于 "
              + chinese(w.recordedAt().atZone(OfficeTime.ZONE).toLocalDate())
              // Set aside by a correction that reopened the request (ADR 0099).
              + (w.inForce() ? "" : "；已因" + chinese(w.setAsideOn())
                  + "的复议决定或判决纠正，重新办理"))));
      String closedOutcome = header.closedOn() == null ? null : outcomeOn.apply(header.closedOn());
      if (header.closedOn() != null) {
        entries.add(day(header.closedOn(), "CLOSED", "办结", "", closedOutcome == null
            ? "" : "答复类型 " + FormLabels.outcome(closedOutcome), handledAnew ? "此后重新办理" : ""));
      }
      // A case reopened after an appeal and delivered again: the register's delivery above is
      // the latest; the first closing, which the annual report counts, is shown as well.
      if (summary.firstClosedOn() != null
          && (!summary.firstClosedOn().equals(header.closedOn())
              || !java.util.Objects.equals(summary.firstOutcomeCode(), closedOutcome))) {
        entries.add(day(summary.firstClosedOn(), "CLOSED", "首次办结（年度报告按此统计）", "",
            summary.firstOutcomeCode() == null ? ""
                : "答复类型 " + FormLabels.outcome(summary.firstOutcomeCode()),
            "此后因复议或诉讼纠正重新办理"));
      }
    }
    for (PauseLedger.Pause pause : pauses.pausesOf(tn)) {
      entries.add(day(pause.startedOn(), "PAUSE", "答复期限中止", "", "",
          pause.endedOn() == null ? "尚未恢复" : "至" + chinese(pause.endedOn()) + "恢复，共 "
              + pause.workingDays() + " 个工作日不计入期限"));
    }
    for (Letters.Letter letter : letters.of(tn)) {
      entries.add(new Entry(letter.keptAt(), false, "LETTER", "发出《" + letter.title() + "》",
          "", "", "", (letter.documentNumber() == null ? "" : "文号 " + letter.documentNumber()
              + "，") + "文书日期 " + chinese(letter.issuedOn()) + "（" + letter.kind().title()
              + "）"));
    }
    // A reply signed with its 文号 and never served, recorded void when the case closed (ADR
    // 0136): the number the 答 series skips, and why.
    for (ReplyLetterRegister.IssuedReply reply : replyLetters.issuedOf(tn)) {
      if (reply.voidedOn() != null) {
        entries.add(day(reply.voidedOn(), "VOID", "答复书" + reply.documentNumber() + "作废", "",
            "作废", "文号 " + reply.documentNumber() + "，" + (reply.issuedOn() == null ? ""
                : chinese(reply.issuedOn()) + "签发，") + nullToEmpty(reply.voidReason())));
      }
    }
    for (ItemRegister.ReviewEntry review : items.reviewsOf(tn)) {
      String outcome = FormLabels.code(review.conclusion().name()) + (review.ground() == null
          ? "" : "（" + FormLabels.code(review.ground().name()) + "）");
      Entry recorded = new Entry(review.reviewedAt(), false, "REVIEW",
          "信息项 " + review.seq() + "「" + review.title() + "」审查记录",
          names.of(review.reviewer()), outcome, nullToEmpty(review.comment()),
          (review.legalBasis() == null ? "" : "依据：" + review.legalBasis())
              + (review.referred() ? "；经保密行政管理部门确定" : ""));
      entries.add(recorded);
      recordedAt.put(recorded, review.referred() ? ElementIds.TASK_RECORD_SECRECY_ANSWER
          : ElementIds.TASK_REVIEW_ITEM);
    }
    for (DecisionRegister.DatedDecision decision : decisions.dated(tn)) {
      Entry decided = new Entry(decision.decidedAt(), false, "APPROVAL",
          approvalKind(decision.kind()), names.of(decision.decidedBy()),
          labels.value(approvalVariable(decision.kind()), decision.decision()),
          nullToEmpty(decision.comment()), "");
      entries.add(decided);
      recordedAt.put(decided, approvalTask(decision.kind()));
    }
    for (ConsultationRegister.Consultation consultation : consultations.of(tn)) {
      // The answer period runs from the letter's service (Art. 32, 34): unknown until then.
      entries.add(day(consultation.letterSentOn(), "CONSULTATION",
          "征求意见（" + FormLabels.code(consultation.kind().name()) + "）", "",
          consultation.answer() == null ? "" : FormLabels.code(consultation.answer().name()),
          (consultation.servedOn() == null ? "征求意见函送达日期待登记"
              : chinese(consultation.servedOn()) + "送达；答复期限 "
                  + chinese(consultation.dueOn()))
              + (consultation.answeredOn() == null ? ""
                  : "；" + chinese(consultation.answeredOn()) + "答复")));
    }
    for (AppealRegister.Appeal appeal : appeals.of(tn)) {
      // A late filing is recorded with its warning (issue 14, point 9).
      String instance = appeal.kind().instanceLabel(appeal.instanceNo());
      entries.add(day(appeal.servedOn(), "APPEAL", FormLabels.code(appeal.kind().name())
          + (instance == null ? "" : " " + instance), "", appealResult(appeal),
          (appeal.kind() == AppealKind.COMPLAINT
              ? appeals.voiding(appeal.id()).map(v -> voided(v, names))
                  .orElse(appeal.pending() ? "尚未答复" : "答复于" + chinese(appeal.decidedOn()))
              // Who filed: the applicant, or a third party against the decision to disclose.
              : "提起人：" + appeal.appellantLabel() + "；"
                  // Against the failure to reply in time (ADR 0081): no reply to name.
                  + (appeal.againstNonReply() ? appeal.challenged().label() + "；" : "")
                  + (appeal.pending() ? "尚未审结" : "审结于" + chinese(appeal.decidedOn())))
              + (appeal.filingWarning() == null ? ""
                  // An appeal against the failure to reply may be early, not late.
                  : (appeal.againstNonReply() ? "；登记提示：" : "；逾期提示：")
                      + FormLabels.chineseOf(appeal.filingWarning()))
              // The docket, also one the court assigned later (a second instance, ADR 0049).
              + (appeal.docketNo() == null || appeal.docketNo().isBlank() ? ""
                  : "；案号 " + appeal.docketNo().strip())
              // A correction: the date it set for the reply made anew, or explicitly none.
              + correctedDueOn(appeal)
              // A decision dated before the agency's answer was submitted (recorded, not refused).
              + decisionWarning(appeal)));
      // The plaintiff's appeal heard in the second instance the agency's appeal started
      // (ADR 0060): its own entry, no second instance of its own.
      if (appeal.kind() == AppealKind.LITIGATION && appeal.instanceNo() == 2) {
        appeals.joinedPlaintiffAppeal(appeal.id()).ifPresent(joined -> entries.add(day(
            joined.servedOn(), "APPEAL", FormLabels.code(appeal.kind().name()) + " "
                + appeal.kind().instanceLabel(2) + " 原告上诉", "", "已登记",
            "上诉人（原审原告）：" + appeal.appellantLabel() + "；收到上诉状副本 "
                + chinese(joined.servedOn())
                + (joined.filedOn() == null ? "" : "；上诉日期 " + chinese(joined.filedOn()))
                + "；与本机关的上诉由同一二审一并审理（不另立二审）"
                + (joined.warning() == null ? ""
                    : "；逾期提示：" + FormLabels.chineseOf(joined.warning()))
                // The agency's 答辩状 to it (ADR 0066): due, then submitted.
                + (joined.answerDueOn() == null ? ""
                    : "；答辩期限 " + chinese(joined.answerDueOn()))
                + (joined.answerSubmittedOn() == null ? ""
                    : "；答辩状于" + chinese(joined.answerSubmittedOn()) + "提交")
                // Begun but the second-instance judgment came first: the judgment ended it
                // with the suit (ADR 0070).
                + (joined.answerDueOn() == null || joined.answerSubmittedOn() != null
                    || appeal.pending() ? ""
                    : "；答辩状未提交（二审判决在先，"
                        + (appeal.decidedOn() == null ? "" : chinese(appeal.decidedOn()))
                        + "审结，答辩随诉讼终结）"))));
      }
    }
    files(tn, names, entries);
    fullDataReads(tn, names, entries);
    dateChanges(tn, names, entries);
  }

  /**
   * What the trail says of a correction's date for the reply made anew when the register has
   * none ({@code ogi_appeal.corrected_due_on} NULL): the decision set none, or it was recorded
   * before V31 kept the date (it cannot be told from the register which; the reopened round had
   * the decision's date or 20 working days from it as its 答复期限 all the same, ADR 0044).
   */
  static final String NO_CORRECTED_DUE_ON =
      "重新答复期限：未登记（决定未指定，或该决定登记时系统尚不保存此项；重新办理的期限以本案答复期限为准）";

  /** For a correction (纠正): 重新答复期限 and the date it set, or {@link #NO_CORRECTED_DUE_ON}. */
  private static String correctedDueOn(AppealRegister.Appeal appeal) {
    if (appeal.pending() || appeal.kind() == AppealKind.COMPLAINT
        || !AppealResult.CORRECTED.name().equals(appeal.result())) {
      return "";
    }
    return appeal.correctedDueOn() == null ? "；" + NO_CORRECTED_DUE_ON
        : "；重新答复期限 " + chinese(appeal.correctedDueOn());
  }

  /** The label of a decision dated before the agency's answer or defence was submitted. */
  static final String DECISION_DATE_WARNING = "决定日期提示：";
  /**
   * The label of what the system did with a decision (ADR 0110): reopened a withdrawn request,
   * found it reopened already, or an ordered date that moved nothing.
   */
  public static final String DECISION_NOTICE = "决定执行情况：";

  private String decisionWarning(AppealRegister.Appeal appeal) {
    if (appeal.pending() || appeal.kind() == AppealKind.COMPLAINT) {
      return "";
    }
    AppealRegister.DecisionNotes notes = appeals.decisionNotes(appeal.id());
    // The date warning and what the system did with the decision, each under its own label
    // (ADR 0110): a reopening is no remark on the decision's date.
    return (notes.warning() == null ? ""
        : "；" + DECISION_DATE_WARNING + FormLabels.chineseOf(notes.warning()))
        + (notes.notice() == null ? ""
            : "；" + DECISION_NOTICE + FormLabels.chineseOf(notes.notice()));
  }

  /** 申诉 or 举报 (ComplaintKind), as registered. */
  private static String complaintKindLabel(AppealRegister.StandaloneComplaint c) {
    return java.util.Arrays.stream(ComplaintKind.values())
        .filter(k -> k.name().equals(c.procedureKind())).findFirst().map(ComplaintKind::label)
        .orElse("申诉举报");
  }

  private ComplaintHeader complaintHeader(AppealRegister.StandaloneComplaint c) {
    return new ComplaintHeader(c.complaintNo(), complaintKindLabel(c), c.bodyOrCourt(),
        c.docketNo(), c.reference(), c.servedOn(), c.answerDueOn(),
        c.answerDueOn() == null ? null : deadlineTexts.forStaff(c.answerDueOn()),
        voided(c) ? "VOIDED" : c.pending() ? "PENDING" : "ANSWERED",
        voided(c) ? "已作废" : c.pending() ? "待答复" : "已答复", c.decidedOn());
  }

  private static boolean voided(AppealRegister.StandaloneComplaint c) {
    return "VOIDED".equals(c.result());
  }

  /**
   * A complaint voided as registered in error (ADR 0138), as the trail tells it: the day, the
   * reason, who proposed and who approved it.
   */
  private static String voided(AppealRegister.Voiding v, Names names) {
    return "登记错误，作废于" + chinese(v.voidedOn()) + "；作废理由："
        + PersonalDataMasker.maskFreeText(v.reason()) + "；报请：" + names.of(v.proposedBy())
        + "；审批：" + names.of(v.approvedBy());
  }

  /**
   * The register's record of a complaint without a request (ADR 0037): its receipt from the
   * body that passed it on, the office's answer deadline, and the answer with who approved it;
   * who registered and drafted it are the history's tasks above.
   */
  private void fromComplaint(AppealRegister.StandaloneComplaint c, Names names,
      List<Entry> entries) {
    String kind = complaintKindLabel(c);
    entries.add(day(c.servedOn(), "COMPLAINT_RECEIPT", "收到" + kind
        + (c.bodyOrCourt() == null ? "" : "（" + c.bodyOrCourt() + "转办）"), "", "",
        (c.docketNo() == null ? "" : "来文编号 " + c.docketNo() + "；") + "所涉："
            + (c.reference() == null ? "本机关政府信息公开工作" : c.reference())));
    if (c.answerDueOn() != null) {
      entries.add(day(c.answerDueOn(), "DUE", (c.pending() ? "答复期限（当前）" : "答复期限")
          + deadlineTexts.mark(c.answerDueOn()), "", "", "本机关答复标准（法律未规定答复期限）"));
    }
    AppealRegister.Voiding voiding = appeals.voiding(c.id()).orElse(null);
    if (voiding != null) {
      entries.add(day(voiding.voidedOn(), "COMPLAINT", kind + "登记作废",
          names.of(voiding.approvedBy()), "已作废", voided(voiding, names)));
    } else if (!c.pending() && c.decidedOn() != null) {
      entries.add(day(c.decidedOn(), "COMPLAINT", "答复" + kind, "", "已答复",
          (c.approvedBy() == null ? "" : "审批：" + names.of(c.approvedBy()) + "；")
              + (c.submittedOn() == null ? "" : "报送于" + chinese(c.submittedOn()) + "；")
              + (c.answerDueOn() == null ? "答复于" + chinese(c.decidedOn())
                  : c.decidedOn().isAfter(c.answerDueOn()) ? "晚于答复期限"
                      : "在答复期限内")));
    }
  }

  /**
   * The register's record of a publication batch (its {@code lines}, read through
   * {@link PublicationRegister}, its tables' owner): the batch's summary and each line.
   */
  private BatchHeader batchHeader(String batchNumber,
      List<PublicationRegister.BatchLine> lines, Names names) {
    LocalDate today = OfficeTime.today();
    PublicationRegister.BatchSummary summary = publications
        .batchSummaries(List.of(batchNumber), today).get(0);
    return new BatchHeader(batchNumber, summary.registeredOn(), summary.statusLabel(),
        summary.dueOn(), summary.dueOn() == null ? null : deadlineTexts.forStaff(summary.dueOn()),
        lines.get(0).publication().sourceRequest(),
        lines.stream().map(line -> batchLine(line, today, names)).toList());
  }

  private BatchLine batchLine(PublicationRegister.BatchLine line, LocalDate today,
      Names names) {
    PublicationRegister.Publication p = line.publication();
    PublicationRegister.ReviewRecord r = line.review();
    String review = r == null ? "尚未审查" : FormLabels.code(r.conclusion().name())
        + (r.ground() == null ? "" : "（" + FormLabels.code(r.ground().name()) + "）");
    String approval = p.approvalRequired() == null ? "—"
        : !p.approvalRequired() ? "无需领导审批"
        : p.approvalDecision() == null ? "待领导审批"
        : "APPROVE".equals(p.approvalDecision()) ? "同意发布"
        : "不同意发布" + (p.approvalComment() == null || p.approvalComment().isBlank() ? ""
            : "（" + p.approvalComment() + "）");
    String reason = switch (p.status()) {
      case NOT_PUBLISHED -> p.notPublishedReason();
      case WITHDRAWN -> chinese(p.withdrawnOn()) + "撤回" + (p.withdrawalReason() == null ? ""
          : "：" + PersonalDataMasker.maskFreeText(p.withdrawalReason()));
      default -> null;
    };
    List<String> channels = new ArrayList<>();
    for (PublicationChannel planned : p.draft().channels()) {
      String text = planned.label() + "：";
      var published = line.published().stream().filter(c -> c.channel() == planned).findFirst();
      var skipped = line.skipped().stream().filter(c -> c.channel() == planned).findFirst();
      if (published.isPresent()) {
        text += chinese(published.get().publishedOn()) + "发布（" + published.get().location()
            + "）";
      } else if (skipped.isPresent()) {
        text += "未发布（" + skipped.get().reason() + "）";
      } else {
        // A withheld or refused item is never published: no registration will come.
        text += p.status() == io.github.ogiworkflow.publication.PublicationStatus.NOT_PUBLISHED
            ? "不发布" : "尚未登记";
      }
      channels.add(text);
    }
    boolean late = p.dueOn() != null && (p.firstPublishedOn() != null
        ? p.firstPublishedOn().isAfter(p.dueOn())
        : (p.status() == io.github.ogiworkflow.publication.PublicationStatus.DRAFTED
            || p.status() == io.github.ogiworkflow.publication.PublicationStatus.PUBLISHABLE)
            && p.dueOn().isBefore(today));
    return new BatchLine(line.seq(), p.itemId(), p.title(), p.draft().docNumber(), review,
        r == null ? null : names.of(r.reviewer()), r == null ? null : r.reviewedAt(), approval,
        p.status().name(), p.status().label(), reason, p.dueOn(),
        p.dueOn() == null ? null : deadlineTexts.forStaff(p.dueOn()), p.firstPublishedOn(),
        late, channels);
  }

  /**
   * A batch's publications in the trail: each channel's publication on its day (who recorded
   * it, where), each line marked 未发布 with its reason, each withdrawal. The reviews are the
   * items' review records above (for an Art. 44 batch, in the request's trail).
   */
  private void fromBatch(List<PublicationRegister.BatchLine> lines, Names names,
      List<Entry> entries) {
    // A line first marked 未发布 and published later (登记补充发布, ADR 0152) is a step at the
    // time it was recorded, by whom, with the line it replaced and its rules' notes.
    Map<String, PublicationRegister.LaterPublication> later = new HashMap<>();
    if (!lines.isEmpty()) {
      for (PublicationRegister.LaterPublication l
          : publications.laterPublications(lines.get(0).publication().batchRef())) {
        later.put(l.itemId() + "/" + l.channel().name(), l);
      }
    }
    Map<Long, PublicationRegister.Classification> classified = lines.isEmpty() ? Map.of()
        : publications.classifications(lines.get(0).publication().batchRef());
    for (PublicationRegister.BatchLine line : lines) {
      PublicationRegister.Publication p = line.publication();
      String item = "信息项 " + line.seq() + "「" + p.title() + "」";
      // Legal's 类别 and 文件类型, confirmed or corrected with the review (ADR 0151).
      PublicationRegister.Classification k = classified.get(p.id());
      if (k != null) {
        entries.add(new Entry(k.classifiedAt(), false, "REVIEW", item + "信息类别和文件类型",
            names.of(k.classifiedBy()), k.corrected() ? "法规科更正" : "法规科确认", "",
            "办公室登记：" + k.draftedCategory().label() + "，" + ItemClassification.regulationText(
                k.draftedKind(), k.draftedAction()) + "；法规科确认：" + k.category().label() + "，"
                + ItemClassification.regulationText(k.kind(), k.action())
                + (k.warning() == null ? "" : "（已提示：" + k.warning() + "）")));
      }
      for (PublicationRegister.ChannelRecord c : line.published()) {
        PublicationRegister.LaterPublication l = later.get(p.itemId() + "/" + c.channel().name());
        if (l != null) {
          entries.add(new Entry(l.recordedAt(), false, "PUBLICATION", item + "在"
              + c.channel().label() + "补充登记发布", names.of(l.publishedBy()), "已发布",
              "", chinese(l.publishedOn()) + "发布（" + l.location() + "）；原登记为未发布（"
                  + chinese(LocalDate.ofInstant(l.replaced().recordedAt(), OfficeTime.ZONE))
                  + "，" + names.of(l.replaced().recordedBy()) + "：" + l.replaced().reason() + "）"
                  + (l.notes() == null ? "" : "；" + l.notes())));
          continue;
        }
        entries.add(day(c.publishedOn(), "PUBLICATION", item + "在" + c.channel().label()
            + "发布", names.of(c.publishedBy()), "已发布", c.location()));
      }
      if (p.withdrawnOn() != null) {
        entries.add(day(p.withdrawnOn(), "PUBLICATION", item + "撤回", "", "已撤回",
            nullToEmpty(PersonalDataMasker.maskFreeText(p.withdrawalReason()))));
      }
    }
    // A complaint about the batch (Art. 51) has its own number and trail; the batch names it.
    if (!lines.isEmpty()) {
      for (AppealRegister.StandaloneComplaint c
          : appeals.complaintsAbout(lines.get(0).publication().batchRef())) {
        entries.add(day(c.servedOn(), "APPEAL", "投诉、举报 " + c.complaintNo(), "",
            c.pending() ? "" : "已答复",
            c.pending() ? "尚未答复" : "答复于" + chinese(c.decidedOn())));
      }
    }
  }

  /** 维持, or 纠正（撤销） and the like: the result as table 四 and the decision name it. */
  private static String appealResult(AppealRegister.Appeal appeal) {
    if (appeal.result() == null) {
      return "";
    }
    if (appeal.kind() == AppealKind.COMPLAINT) {
      // A complaint is answered (ANSWERED), not decided as table 四 counts, or voided as
      // registered in error (ADR 0138).
      return "VOIDED".equals(appeal.result()) ? "已作废" : "已答复";
    }
    String result = AppealResult.valueOf(appeal.result()).label();
    return appeal.resultDetail() == null ? result
        : result + "（" + AppealResult.Detail.valueOf(appeal.resultDetail()).label() + "）";
  }

  /** Uploads and downloads of the case's files (attachment/FileAccessLog), issue 15. */
  private void files(String tn, Names names, List<Entry> entries) {
    for (FileAccessLog.Entry access : fileAccess.of(tn)) {
      entries.add(new Entry(access.at(), false, "FILE",
          access.action().label() + "《" + access.fileName() + "》",
          FileAccessLog.APPLICANT.equals(access.actor()) ? "申请人（凭查询码）"
              : names.of(access.actor()), "", "", ""));
    }
  }

  /**
   * Each read of the case's full data by a person (privacy/PersonalDataAccessLog): the
   * applicant's page, the 送达回证 with the address, the reply letter's page and Word file, an
   * appeal's full texts (ADR 0129, 0136). Who and when; what was read is named, not shown.
   */
  private void fullDataReads(String tn, Names names, List<Entry> entries) {
    for (PersonalDataAccessLog.Access read : fullDataAccess.of(tn)) {
      entries.add(new Entry(read.at(), false, "ACCESS", read.purpose().label(),
          names.of(read.userId()), "", "", ""));
    }
  }

  /**
   * Dates corrected by the office (with the reason) and deadlines recomputed on the State
   * Council's holiday notice (issue 14, points 11 and 14): who, when, old and new date.
   */
  private void dateChanges(String tn, Names names, List<Entry> entries) {
    for (DateChangeRegister.DateChange change : dateChanges.of(tn)) {
      boolean corrected = change.kind() == DateChangeRegister.Kind.CORRECTED;
      String by = change.changedBy();
      entries.add(new Entry(change.changedAt(), false, "DATE_CHANGE",
          (corrected ? "更正" : "重算") + DateChangeRegister.label(change.field()),
          // The maker by the name recorded at the act (V94, ADR 0137); looked up for older rows.
          DateChangeRegister.SYSTEM.equals(by) ? by : names.of(by, change.changedByName()),
          (change.oldDate() == null ? "（无）" : chinese(change.oldDate())) + " → "
              + chinese(change.newDate()),
          // The office writes what the applicant said or sent (audit 32b F12, ADR 0131): masked
          // as the withdrawal's reason is; ogi_date_change keeps it whole for the office.
          nullToEmpty(PersonalDataMasker.maskFreeText(change.reason())), ""));
    }
  }

  private static String approvalKind(DecisionRegister.Kind kind) {
    return switch (kind) {
      case REPLY -> "领导审批答复";
      case OVERRIDE -> "领导审批公共利益公开";
      case EXTENSION -> "领导审批延期答复";
      case DELAY -> "领导审批延迟答复";
    };
  }

  private static String approvalTask(DecisionRegister.Kind kind) {
    return switch (kind) {
      case REPLY -> ElementIds.TASK_APPROVE_REPLY;
      case OVERRIDE -> ElementIds.TASK_APPROVE_OVERRIDE;
      case EXTENSION -> ElementIds.TASK_APPROVE_EXTENSION;
      case DELAY -> ElementIds.TASK_APPROVE_DELAYED_REPLY;
    };
  }

  /** The form field that carries the decision of an approval kind. */
  private static String approvalVariable(DecisionRegister.Kind kind) {
    return switch (kind) {
      case REPLY -> ProcessVariables.REPLY_APPROVAL;
      case OVERRIDE -> ProcessVariables.OVERRIDE_APPROVAL;
      case EXTENSION -> ProcessVariables.EXTENSION_APPROVAL;
      case DELAY -> ProcessVariables.DELAYED_REPLY_APPROVAL;
    };
  }

  private static Entry day(LocalDate on, String kind, String activity, String who,
      String outcome, String detail) {
    return new Entry(on.atStartOfDay(OfficeTime.ZONE).toInstant(), true, kind, activity, who,
        outcome, "", detail);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /**
   * "王丽（wangli）" for engine users, cached per trail. A user whose account no longer exists is
   * named as the register recorded him with his reviews or decisions (ADR 0123), and marked so:
   * "刘洋（liuyang，账号已删除）", or "liuyang（账号已删除）" if the register has no name.
   */
  private final class Names {
    private final Map<String, String> cache = new HashMap<>();

    String of(String userId) {
      if (userId == null || userId.isBlank()) {
        return "";
      }
      return cache.computeIfAbsent(userId, id -> {
        // Whether the account exists, not whether the reader may see it.
        User user = WithoutAuthorizations.call(identity,
            () -> identity.createUserQuery().userId(id).singleResult());
        if (user == null) {
          return items.recordedName(id).or(() -> decisions.recordedName(id))
              .or(() -> dateChanges.recordedName(id))
              .filter(name -> !name.equals(id))
              .map(name -> name + "（" + id + "，" + DELETED_ACCOUNT + "）")
              .orElse(id + "（" + DELETED_ACCOUNT + "）");
        }
        String name = PersonNames.of(user);
        return name.equals(id) ? id : name + "（" + id + "）";
      });
    }

    /**
     * As {@link #of(String)}, but by the name the register recorded at the act where it did
     * (ADR 0137): a renamed account keeps the name of the day, a deleted one is marked so.
     */
    String of(String userId, String recordedName) {
      if (recordedName == null || recordedName.isBlank() || userId == null || userId.isBlank()) {
        return of(userId);
      }
      boolean deleted = of(userId).endsWith(DELETED_ACCOUNT + "）");
      return recordedName.equals(userId) ? userId + (deleted ? "（" + DELETED_ACCOUNT + "）" : "")
          : recordedName + "（" + userId + (deleted ? "，" + DELETED_ACCOUNT : "") + "）";
    }
  }

  /** How the trail marks a name whose account no longer exists. */
  static final String DELETED_ACCOUNT = "账号已删除";
}
