package io.github.ogiworkflow.reply;

import static io.github.ogiworkflow.process.ProcessVariables.DISCLOSURE_AFTER_DEADLINE;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.UserTaskParsing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * ADR 0171, 0179, 0182: the warning that a 公开决定告知书's disclosure day lies after the reply
 * deadline ({@code disclosureAfterDeadline}) is computed again by the server when 送达答复书 is
 * created, from the register as it stands then: an extension approved, a notice served late or
 * a deadline counted again since 汇总信息项结论 computed it for 审核答复书 changes it, and the
 * delivery step must not show a stale day (or none). A built-in create listener, so cases on
 * every deployed version of the model get it; the forms of earlier deployments do not show it.
 */
@Component
public class DeliveryDisclosureWarning extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ReleaseChecks> checks;

  public DeliveryDisclosureWarning(ObjectProvider<ReleaseChecks> checks) {
    this.checks = checks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.onEveryUserTask(configuration, (element, activity, task) -> {
      if (ElementIds.TASK_DELIVER_REPLY.equals(activity.getId())) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::refresh);
      }
    });
  }

  private void refresh(DelegateTask task) {
    checks.getObject().disclosureAfterDeadline(task.getExecution().getProcessBusinessKey())
        .ifPresentOrElse(text -> task.getExecution().setVariable(DISCLOSURE_AFTER_DEADLINE, text),
            () -> task.getExecution().removeVariable(DISCLOSURE_AFTER_DEADLINE));
  }
}
