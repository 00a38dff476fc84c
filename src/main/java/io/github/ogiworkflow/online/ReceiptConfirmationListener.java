package io.github.ogiworkflow.online;

import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;

import io.github.ogiworkflow.calendar.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
   * the task-local number's history goes too, so the register stays its only home. Runs as the
   * system in its own transaction (staff may not delete history).
   */
  private static void purgeHistoryAfterCommit(DelegateTask task) {
    String processInstanceId = task.getProcessInstanceId();
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    Context.getCommandContext().getTransactionContext().addTransactionListener(
        TransactionState.COMMITTED, committed -> {
          try {
            engine.getCommandExecutorTxRequiresNew().execute(commandContext -> {
              commandContext.disableAuthorizationCheck();
              try {
                HistoricVariableInstanceQueryImpl query = new HistoricVariableInstanceQueryImpl();
                query.processInstanceId(processInstanceId).variableName(ID_NUMBER).includeDeleted();
                for (HistoricVariableInstance variable : query.executeList(commandContext, null)) {
                  new DeleteHistoricVariableInstanceCmd(variable.getId()).execute(commandContext);
                }
              } finally {
                commandContext.enableAuthorizationCheck();
              }
              return null;
            });
          } catch (RuntimeException e) {
            LOG.warn("Could not purge the identity number from the history of process instance"
                + " {}: {}", processInstanceId, e.getClass().getName());
          }
        });
  }
}
