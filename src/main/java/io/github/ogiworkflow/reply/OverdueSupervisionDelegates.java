package io.github.ogiworkflow.reply;

import static io.github.ogiworkflow.process.ProcessVariables.OVERDUE_STEPS_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.security.Groups;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 超期督办: leadership is asked to push a case past its reply deadline (Art. 33). The task is due
 * a few working days after it is created, not at the deadline already passed (which made
 * leadership late the moment it was asked), and it names the steps still open and who holds
 * them, so the leader knows whom to push.
 */
@Configuration(proxyBeanMethods = false)
public class OverdueSupervisionDelegates {

  @Bean
  TaskListener overdueSupervisionListener(WorkingDayCalendar calendar) {
    return task -> {
      task.setDueDate(DueSoonDates.confirmationDue(calendar, task.getVariable(REPLY_DUE_DATE)));
      ProcessEngineServices engine = task.getProcessEngineServices();
      // The request's steps and its item reviews share the tracking number.
      List<Task> open = engine.getTaskService().createTaskQuery()
          .processInstanceBusinessKey(task.getExecution().getProcessBusinessKey())
          .active().orderByTaskCreateTime().asc().list().stream()
          .filter(t -> !t.getId().equals(task.getId())).toList();
      task.setVariable(OVERDUE_STEPS_TEXT, open.isEmpty() ? "（无未办结环节）"
          : open.stream().map(t -> t.getName() + "（" + holder(engine, t) + "）")
              .collect(Collectors.joining("；")));
    };
  }

  /** The person who holds the step, family name first, else the group it is offered to. */
  private static String holder(ProcessEngineServices engine, Task open) {
    String assignee = open.getAssignee();
    if (assignee == null) {
      return engine.getTaskService().getIdentityLinksForTask(open.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
              && link.getGroupId() != null)
          .map(link -> Arrays.stream(Groups.values())
              .filter(g -> g.id().equals(link.getGroupId())).findFirst()
              .map(Groups::chineseName).orElse(link.getGroupId()))
          .collect(Collectors.joining("、"));
    }
    return PersonNames.of(engine.getIdentityService(), List.of(assignee))
        .getOrDefault(assignee, assignee);
  }
}
