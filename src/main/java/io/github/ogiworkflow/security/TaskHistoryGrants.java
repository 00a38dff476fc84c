package io.github.ogiworkflow.security;

import io.github.ogiworkflow.process.UserTaskParsing;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * A task's history grants end with the task (ADR 0089). With historic instance permissions on,
 * the engine gives a task's candidate groups and assignee READ on the task's history
 * (HistoricTask), next to the runtime grant, and keeps it until the history cleanup removes the
 * case, years later. Tasklist needs it only while the task is open (its 历史 tab and comments),
 * and the matrix gives {@code office} and {@code legal} no history. Every authorization-checked
 * engine command first reads the groups of all grants ({@code SELECT DISTINCT GROUP_ID_}; on
 * PostgreSQL that reads every grant's index entry), so with the grants kept each Tasklist page
 * slowed with the tasks ever done, not only with those open. When a model's user task is
 * completed or deleted, its HistoricTask grants are deleted with it: without the caller's
 * authorization (staff may not manage grants) and without an operation-log entry (the engine's
 * own bookkeeping, not a person's act).
 */
@Component
public class TaskHistoryGrants extends AbstractProcessEnginePlugin {

  private static final TaskListener END_GRANTS = TaskHistoryGrants::endGrants;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.onEveryUserTask(configuration, (element, activity, task) -> {
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, END_GRANTS);
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, END_GRANTS);
    });
  }

  private static void endGrants(DelegateTask task) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    if (configuration == null || !configuration.isEnableHistoricInstancePermissions()) {
      return;
    }
    AuthorizationService grants = configuration.getAuthorizationService();
    Context.getCommandContext().executeWithOperationLogPrevented(command ->
        command.runWithoutAuthorization(() -> {
          for (Authorization grant : grants.createAuthorizationQuery()
              .resourceType(Resources.HISTORIC_TASK).resourceId(task.getId()).list()) {
            grants.deleteAuthorization(grant.getId());
          }
          return null;
        }));
  }
}
