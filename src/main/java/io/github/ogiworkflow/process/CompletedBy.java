package io.github.ogiworkflow.process;

import java.util.List;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed a user task of this process instance: the reviewer or approver the register
 * must name: the authenticated user when the step runs in that user's transaction, else (in a
 * step that runs later as a job) read from history.
 */
public final class CompletedBy {

  private CompletedBy() {}

  /** Who proposed a void (作废) and who approved it: never the same person (ADR 0119, 0138). */
  public record VoidSignOff(String proposedBy, String approvedBy) {}

  /**
   * The void's proposer (variable {@code voidProposedBy}) and its approver, the one who completed
   * {@code approvalTask}; refused on {@code voidApproval} when they are the same person.
   */
  public static VoidSignOff voidSignOff(DelegateExecution execution, String approvalTask) {
    String proposedBy = Vars.requiredText(execution, ProcessVariables.VOID_PROPOSED_BY,
        "报请作废人");
    String approvedBy = lastTask(execution, approvalTask);
    if (proposedBy.equals(approvedBy)) {
      throw new InvalidInput(ProcessVariables.VOID_APPROVAL + ": the proposer cannot approve"
          + "（报请作废的人员不能审批本人的报请，请由其他领导审批）");
    }
    return new VoidSignOff(proposedBy, approvedBy);
  }

  public static String lastTask(DelegateExecution execution, String taskDefinitionKey) {
    // A step that runs in the completing user's own transaction: that user.
    Authentication current = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return inEarlierTransaction(execution, taskDefinitionKey).orElseThrow(() ->
        new IllegalStateException("No completed " + taskDefinitionKey + " in "
            + execution.getProcessInstanceId()));
  }

  /**
   * Who completed the last {@code taskDefinitionKey} of this process instance in a transaction
   * already committed (read from history, whoever is authenticated now); empty when none was,
   * e.g. when it is completed in the current one. A step after another person's task (登记保密部门答复
   * after a referral) thus still names the one who completed the earlier task (session 37).
   */
  public static java.util.Optional<String> inEarlierTransaction(DelegateExecution execution,
      String taskDefinitionKey) {
    HistoryService history = execution.getProcessEngineServices().getHistoryService();
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).finished()
        .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
    if (tasks.isEmpty()) {
      return java.util.Optional.empty();
    }
    HistoricTaskInstance task = tasks.get(0);
    // The operation log names the authenticated user who completed it; the assignee is the
    // fallback for completions without an authenticated user (none in Tasklist).
    List<UserOperationLogEntry> log = history.createUserOperationLogQuery()
        .taskId(task.getId()).entityType(EntityTypes.TASK)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).listPage(0, 1);
    if (!log.isEmpty() && log.get(0).getUserId() != null) {
      return java.util.Optional.of(log.get(0).getUserId());
    }
    if (task.getAssignee() != null) {
      return java.util.Optional.of(task.getAssignee());
    }
    throw new IllegalStateException("Nobody is recorded as having completed task "
        + task.getId() + " (" + taskDefinitionKey + ")");
  }
}
