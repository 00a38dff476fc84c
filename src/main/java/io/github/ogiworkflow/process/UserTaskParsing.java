package io.github.ogiworkflow.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * For engine plugins that give user tasks a listener as the models are parsed (the engine's
 * post-BPMN parse listener), so that it holds for every deployed version without a listener in
 * each model: one place that registers the parse listener and hands over each user task.
 */
public final class UserTaskParsing {

  private UserTaskParsing() {}

  /** What a plugin does with each user task parsed: its XML element, activity and definition. */
  @FunctionalInterface
  public interface OnUserTask {
    void parsed(Element element, ActivityImpl activity, TaskDefinition task);
  }

  /** Calls {@code onUserTask} for every user task of every model {@code configuration} parses. */
  public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration,
      OnUserTask onUserTask) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        onUserTask.parsed(element, activity,
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
      }
    });
  }
}
