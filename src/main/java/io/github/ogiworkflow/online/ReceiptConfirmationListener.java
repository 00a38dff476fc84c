package io.github.ogiworkflow.online;

import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;

import io.github.ogiworkflow.calendar.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 确认收到网上申请: the one task that shows the full identity number (a task-local variable,
 * gone when the task completes); completing it is the office's confirmation and fixes the
 * receipt date as today (Art. 31). (The form's required check box only makes that explicit:
 * an exception from a task listener would reach Tasklist as a server error, not a form error.)
 */
@Component("receiptConfirmationListener")
public class ReceiptConfirmationListener implements TaskListener {

  private final OnlineRegister online;

  public ReceiptConfirmationListener(OnlineRegister online) {
    this.online = online;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      String idNumber = online.idNumber(task.getExecution().getProcessBusinessKey());
      if (idNumber != null) {
        task.setVariableLocal(ID_NUMBER, idNumber);
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // Never leave the full number in a process variable, wherever a form sent it.
      task.removeVariableLocal(ID_NUMBER);
      if (task.getExecution().hasVariable(ID_NUMBER)) {
        task.getExecution().removeVariable(ID_NUMBER);
      }
      task.getExecution().setVariable(RECEIVED_ON, OfficeTime.today().toString());
      IdNumberHistory.purgeAfterCommit(task.getProcessInstanceId());
    }
  }
}
