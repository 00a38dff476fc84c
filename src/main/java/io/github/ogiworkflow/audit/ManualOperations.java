package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.process.ProcessVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * An instance's manual operations other than completing a task (claim, assignment, due date,
 * …), from the user operation log; the purge of the ID number from the history is the
 * system's step.
 */
final class ManualOperations {

  private final HistoryService history;
  private final FormLabels labels;

  ManualOperations(HistoryService history, FormLabels labels) {
    this.history = history;
    this.labels = labels;
  }

  void addTo(String pid, Map<String, HistoricTaskInstance> tasks, TrailNames names,
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
    return TrailLines.shorten(value);
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
}
