package io.github.ogiworkflow.register;

import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.process.UserTaskParsing;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records who completes each user task, by his name at the completion (ADR 0153), on every
 * deployed version of every model: the completing user is the authenticated one (as the user
 * operation log records him); a completion without one (a test's or the server's own) records
 * nothing.
 */
@Component
public class TaskCompletionNames extends AbstractProcessEnginePlugin {

  /** Looked up at the first completion, as other plugins do: plugins are built before the engine. */
  private final ObjectProvider<TaskCompletionRegister> completions;

  public TaskCompletionNames(ObjectProvider<TaskCompletionRegister> completions) {
    this.completions = completions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener record = this::completed;
    UserTaskParsing.onEveryUserTask(configuration, (element, activity, task) ->
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, record));
  }

  private void completed(DelegateTask task) {
    String userId = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthenticatedUserId();
    if (userId == null || task.getProcessInstanceId() == null) {
      return;
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    // Whether the account exists, not whether the completing user may see it.
    User user = WithoutAuthorizations.call(identity,
        () -> identity.createUserQuery().userId(userId).singleResult());
    completions.getObject().record(task.getId(), task.getProcessInstanceId(), userId,
        user == null ? null : PersonNames.of(user));
  }
}
