package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.process.ElementIds;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up of a letter's service not recorded in time ({@link LetterServiceFollowUp}). */
@Configuration(proxyBeanMethods = false)
public class LetterServiceDelegates {

  /** As the correction notice's reminder (Tasklist sorts by priority; the default is 50). */
  static final int REMINDED_PRIORITY = 80;

  /**
   * 提醒登记送达 (the timer's step): the case's open service steps go to the top of the office's
   * list (a case's letters of one kind are issued together, so they are due together). The step
   * stays open: only the office knows the service date.
   */
  @Bean
  JavaDelegate remindLetterServiceDelegate() {
    return execution -> {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      for (Task task : tasks.createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKeyIn(ElementIds.TASK_RECORD_CONSULTATION_SERVICE,
              ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE).list()) {
        task.setPriority(REMINDED_PRIORITY);
        tasks.saveTask(task);
      }
    };
  }
}
