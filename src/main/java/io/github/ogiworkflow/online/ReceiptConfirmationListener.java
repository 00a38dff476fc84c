package io.github.ogiworkflow.online;

import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;

import io.github.ogiworkflow.calendar.OfficeTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 确认收到网上申请: the one task that shows the full identity number (a task-local variable,
 * gone when the task completes); completing it is the office's confirmation and fixes the
 * receipt date as today (Art. 31). (The form's required check box only makes that explicit:
 * an exception from a task listener would reach Tasklist as a server error, not a form error.)
 */
@Component("receiptConfirmationListener")
public class ReceiptConfirmationListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiptConfirmationListener.class);

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
      purgeHistoryAfterCommit(task);
    }
  }

  /**
   * Full history keeps every value a variable ever had: once the confirmation is committed,
   * the task-local number's history goes too, so the register stays its only home.
   */
  private static void purgeHistoryAfterCommit(DelegateTask task) {
    String processInstanceId = task.getProcessInstanceId();
    ProcessEngineServices engine = task.getProcessEngineServices();
    Runnable purge = () -> {
      IdentityService identity = engine.getIdentityService();
      Authentication user = identity.getCurrentAuthentication();
      // Staff may not delete history; this clean-up is the system's, not theirs.
      identity.clearAuthentication();
      try {
        HistoryService history = engine.getHistoryService();
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
            .variableName(ID_NUMBER).includeDeleted().list()
            .forEach(variable -> history.deleteHistoricVariableInstance(variable.getId()));
      } catch (RuntimeException e) {
        LOG.warn("Could not purge the history of the identity number of process instance {}: {}",
            processInstanceId, e.getClass().getName());
      } finally {
        if (user != null) {
          identity.setAuthentication(user);
        }
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          purge.run();
        }
      });
    }
  }
}
