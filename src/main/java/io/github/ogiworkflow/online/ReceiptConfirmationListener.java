package io.github.ogiworkflow.online;

import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;

import io.github.ogiworkflow.calendar.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 确认收到网上申请: completing it is the office's confirmation and fixes the receipt date as
 * today (Art. 31). (The form's required check box only makes that explicit: an exception from a
 * task listener would reach Tasklist as a server error, not a form error.) The task shows the
 * identity number and contact data masked, like every task; the office reads them in full on
 * the applicant page the form links to (privacy/ApplicantController), never from a variable.
 */
@Component("receiptConfirmationListener")
public class ReceiptConfirmationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // Never leave a full number in a process variable, wherever a client sent it.
      if (task.hasVariableLocal(ID_NUMBER)) {
        task.removeVariableLocal(ID_NUMBER);
      }
      if (task.getExecution().hasVariable(ID_NUMBER)) {
        task.getExecution().removeVariable(ID_NUMBER);
      }
      task.getExecution().setVariable(RECEIVED_ON, OfficeTime.today().toString());
      IdNumberHistory.purgeAfterCommit(task.getProcessInstanceId());
    }
  }
}
