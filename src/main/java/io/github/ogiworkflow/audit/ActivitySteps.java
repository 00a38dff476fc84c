package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.TaskCompletionRegister;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * An instance's steps from Camunda's history: tasks with who completed them and their due
 * dates, system steps and events, each with the decisions and comments entered (from the
 * variable history).
 */
final class ActivitySteps {

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
  /** The detail of a task not completed yet. */
  static final String OPEN_TASK = "办理中";

  /** The steps of a corrected reconsideration or suit that the models name 重新办理. */
  static final Set<String> REOPENING_STEPS =
      Set.of(ElementIds.SERVICE_REOPEN_REQUEST, ElementIds.END_EVENT_CORRECTED);

  /** Their names where the correction was of the failure to reply: nothing is reopened. */
  static final Map<String, String> NON_REPLY_NAMES = Map.of(
      ElementIds.SERVICE_REOPEN_REQUEST, "责令答复（逾期未作答复，不重新办理）",
      ElementIds.END_EVENT_CORRECTED, "已纠正，责令答复");

  private final HistoryService history;
  private final FormLabels labels;
  private final DeadlineTexts deadlineTexts;
  private final AppealRegister appeals;
  private final CaseRegister cases;
  private final TaskCompletionRegister completions;

  ActivitySteps(HistoryService history, FormLabels labels, DeadlineTexts deadlineTexts,
      AppealRegister appeals, CaseRegister cases, TaskCompletionRegister completions) {
    this.history = history;
    this.labels = labels;
    this.deadlineTexts = deadlineTexts;
    this.appeals = appeals;
    this.cases = cases;
    this.completions = completions;
  }

  /**
   * {@code calls}: a call activity's entry → the instance it called; {@code completedTasks}: a
   * completed task's entry → its element id.
   */
  void addTo(HistoricProcessInstance instance, Map<String, HistoricTaskInstance> tasks,
      TrailNames names, List<Entry> entries, Map<Entry, String> calls,
      Map<Entry, String> completedTasks) {
    String pid = instance.getId();
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

    // Who completed a task by his name at the completion (V109, ADR 0153), where recorded.
    Map<String, TaskCompletionRegister.Completion> recorded = completions.of(pid);

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
        TaskCompletionRegister.Completion completion = task == null ? null
            : recorded.get(task.getId());
        String whoNamed = completion != null && completion.userId().equals(who)
            ? names.of(who, completion.userName()) : names.of(who);
        Entry done = new Entry(at, false, "TASK", name, whoNamed, outcome, comment,
            detail.toString());
        entries.add(done);
        if (activity.getEndTime() != null) {
          // Only a completed task has a register record to place after it.
          completedTasks.put(done, activity.getActivityId());
        }
      } else {
        boolean event = activity.getActivityType().toLowerCase().contains("event")
            || activity.getActivityType().contains("Timer");
        // The instance's starter is who did its start event (a called process has none), a
        // message start too: the annual report's redo by hand (audit 34b F7).
        String type = activity.getActivityType();
        String who = (type.equals("startEvent") || type.endsWith("StartEvent"))
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
  }

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
        last.put(update.getVariableName(), TrailLines.shorten(plain(update.getValue())));
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
}
