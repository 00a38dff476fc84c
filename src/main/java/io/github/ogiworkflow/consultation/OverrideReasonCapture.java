package io.github.ogiworkflow.consultation;

import static io.github.ogiworkflow.process.ProcessVariables.OVERRIDE_PROPOSED;
import static io.github.ogiworkflow.process.ProcessVariables.OVERRIDE_REASON;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.privacy.FullTextKeeper;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.UserTaskParsing;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Completing 判断是否涉及重大公共利益 with a proposal to disclose keeps the office's reason in full
 * on the third party's latest consultation ({@code ogi_consultation.override_reason}, V81): the
 * engine stores the variable masked (audit 30b F4, ADR 0117), and the 公开决定告知书 is written
 * after leadership's approval, in a later command. A built-in complete listener, so cases on
 * every deployed version of the model keep it (the model is parsed again after a restart); it
 * runs in the completing command, where the submitted value is still whole. A reason entered
 * before this change, awaiting leadership's approval, is kept from its variable before the
 * backfill masks it ({@link FullTextKeeper}).
 */
@Component
public class OverrideReasonCapture extends AbstractProcessEnginePlugin
    implements FullTextKeeper {

  private final ObjectProvider<ConsultationRegister> consultations;
  private final ObjectProvider<RuntimeService> runtime;

  public OverrideReasonCapture(ObjectProvider<ConsultationRegister> consultations,
      ObjectProvider<RuntimeService> runtime) {
    this.consultations = consultations;
    this.runtime = runtime;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.onEveryUserTask(configuration, (element, activity, task) -> {
      if (ElementIds.TASK_CONSIDER_PUBLIC_INTEREST.equals(activity.getId())) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::keep);
      }
    });
  }

  @Override
  public int keepFullTexts() {
    RuntimeService engine = runtime.getObject();
    ConsultationRegister register = consultations.getObject();
    return FullTextKeeper.keepEach(engine, OVERRIDE_REASON, (variable, reason) -> {
      if (!Boolean.TRUE.equals(engine.getVariable(variable.getExecutionId(), OVERRIDE_PROPOSED))) {
        return false;
      }
      ProcessInstance instance = engine.createProcessInstanceQuery()
          .processInstanceId(variable.getProcessInstanceId()).singleResult();
      Optional<Consultation> objection = instance == null ? Optional.empty()
          : register.latestThirdParty(instance.getBusinessKey());
      if (objection.isEmpty() || register.overrideReason(objection.get().id()).isPresent()) {
        return false;
      }
      register.keepOverrideReason(objection.get().id(), reason);
      return true;
    });
  }

  private void keep(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(OVERRIDE_PROPOSED))) {
      return;
    }
    ConsultationRegister register = consultations.getObject();
    register.latestThirdParty(task.getExecution().getProcessBusinessKey()).ifPresent(objection ->
        register.keepOverrideReason(objection.id(), Vars.text(task, OVERRIDE_REASON)));
  }
}
