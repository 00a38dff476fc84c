package io.github.ogiworkflow.online;

import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full identity number lives in the register only. Full history keeps every value a
 * variable ever had, so wherever a form sent the number, its variable history is deleted once
 * the transaction that used it has committed.
 */
public final class IdNumberHistory {

  private static final Logger LOG = LoggerFactory.getLogger(IdNumberHistory.class);

  private IdNumberHistory() {}

  /**
   * Registers the purge on the current engine transaction. Runs as the system in its own
   * transaction (staff may not delete history); a failure is logged, never undoes the case.
   */
  public static void purgeAfterCommit(String processInstanceId) {
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
