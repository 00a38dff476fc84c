package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The create listeners our code adds to user tasks while the models are parsed, on every
 * deployed version of every model, without a listener in each model. Both run after the model's
 * own create listeners, which may move the due date (a late registration's completeness check
 * is due at the 补正告知 deadline), in this order:
 * <ol>
 *   <li>every user task: the follow-up date of its first 即将到期 day ({@link DueSoonDates});
 *   <li>临近答复期限 and 审批延期答复 ({@link ReplyDeadline#PAUSED_STEPS}): marked as paused when
 *       created while the reply clock stands still ({@code ReplyDeadline.pausedOnCreate}), which
 *       clears both dates again.
 * </ol>
 */
@Component
public class TaskCreateListeners extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;

  public TaskCreateListeners(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener followUp = this::setFollowUp;
    TaskListener paused = ReplyDeadline::pausedOnCreate;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior())
            .getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, followUp);
        if (ReplyDeadline.PAUSED_STEPS.contains(activity.getId())) {
          task.addTaskListener(TaskListener.EVENTNAME_CREATE, paused);
        }
      }
    });
  }

  private void setFollowUp(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    task.setFollowUpDate(DueSoonDates.followUpFor(calendar,
        OfficeTime.toLocalDate(task.getDueDate())));
  }
}
