package io.github.ogiworkflow.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form whose values the running engine command is checking (ADR 0072): the form of
 * the user task it completes, or of the start event it starts a case at, whoever sent the values
 * (Tasklist, {@code /engine-rest}, our APIs). {@link FieldLabels} names a refused field as that
 * form labels it: 复议机关 on the reconsideration's filing, not the 法院 of a judgment. The
 * first form a command reaches is the one: a case started further on in the same command (a
 * call activity) was not what the user filled in.
 *
 * <p>Noted by built-in listeners, which run before the model's own (a refusing complete listener
 * already sees it); kept for the command context alone, so nothing carries over to the next
 * command on the thread.
 */
@Component
public class SubmittedForm extends AbstractProcessEnginePlugin {

  private record Noted(CommandContext command, String formId) {}

  private static final ThreadLocal<Noted> CURRENT = new ThreadLocal<>();

  /** The form of the running command, or null (no command, or no form reached). */
  public static String current() {
    Noted noted = CURRENT.get();
    CommandContext command = Context.getCommandContext();
    return noted != null && command != null && noted.command() == command
        ? noted.formId() : null;
  }

  /** Notes {@code formId} for the running command unless it noted one already. */
  static void note(String formId) {
    CommandContext command = Context.getCommandContext();
    if (command == null || formId == null || current() != null) {
      return;
    }
    CURRENT.set(new Noted(command, formId));
    command.registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext context) {
        forget(context);
      }

      @Override
      public void onCommandFailed(CommandContext context, Throwable failure) {
        // The refusal's message was written before the command failed.
        forget(context);
      }
    });
  }

  private static void forget(CommandContext context) {
    Noted noted = CURRENT.get();
    if (noted != null && noted.command() == context) {
      CURRENT.remove();
    }
  }

  /** The form a model element names (camunda:formRef), or null: none, or an expression. */
  static String formRef(Element element) {
    String ref = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    return ref == null || ref.isBlank() || ref.contains("{") ? null : ref.strip();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String form = formRef(element);
        if (form != null) {
          TaskListener noteForm = (DelegateTask task) -> note(form);
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, noteForm);
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        String form = formRef(element);
        if (form != null) {
          ExecutionListener noteForm = (DelegateExecution execution) -> note(form);
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, noteForm, 0);
        }
      }
    });
  }
}
