package io.github.ogiworkflow.register;

import io.github.ogiworkflow.process.ElementIds;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records in the register each deciding timer that fires for a case (ADR 0174, audit 34b): a
 * correction period or a consultation's silence running out, a payment period ending, the end of
 * the remedy period ({@link ElementIds#DECIDING_TIMERS}). A timer that only reminds or chases
 * ({@link ElementIds#REMINDER_TIMERS}: 提醒, 催办) decides nothing and leaves no line (ADR 0184).
 * The timer's job runs with nobody authenticated, so the row names the
 * system (系统（自动）) with the trigger 期限届满 and the timer's name; an administrator who
 * executes the job by hand is named instead. Given to every timer event (boundary and
 * intermediate) as the models are parsed, as {@link TaskCompletionNames} does for tasks, so
 * that it holds for every deployed version without a listener in each model.
 */
@Component
public class TimerActs extends AbstractProcessEnginePlugin {

  /** Looked up at the first timer, as other plugins do: plugins are built before the engine. */
  private final ObjectProvider<CaseActRegister> acts;

  public TimerActs(ObjectProvider<CaseActRegister> acts) {
    this.acts = acts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    ExecutionListener fired = this::fired;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseBoundaryTimerEventDefinition(Element timerEventDefinition,
          boolean interrupting, ActivityImpl timerActivity) {
        timerActivity.addListener(ExecutionListener.EVENTNAME_END, fired);
      }

      @Override
      public void parseIntermediateTimerEventDefinition(Element timerEventDefinition,
          ActivityImpl timerActivity) {
        timerActivity.addListener(ExecutionListener.EVENTNAME_END, fired);
      }
    });
  }

  /** Whether a timer of this element leaves a line: only the deciding ones (ADR 0184). */
  static boolean recorded(String timerElementId) {
    return ElementIds.DECIDING_TIMERS.contains(timerElementId);
  }

  private void fired(DelegateExecution execution) {
    // Left because the process was cancelled or moved on: the timer did nothing.
    if (execution.isCanceled() || execution.getProcessBusinessKey() == null) {
      return;
    }
    // A reminder decides nothing: the trail keeps the acts, not the prompts (ADR 0184).
    if (!recorded(execution.getCurrentActivityId())) {
      return;
    }
    acts.getObject().record(execution.getProcessBusinessKey(), CaseActRegister.Kind.TIMER,
        execution.getCurrentActivityName(), null, null, CaseActRegister.TIMER_TRIGGER);
  }
}
