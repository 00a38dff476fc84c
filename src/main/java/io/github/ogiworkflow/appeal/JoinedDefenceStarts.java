package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_ID;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plaintiff's appeal recorded into the second instance of the agency's own appeal before ADR
 * 0066 has no 答辩状 task: the event sub-process 答辩原告上诉 did not exist when the copy was
 * recorded (ADR 0070). At start-up, after {@link LitigationMigration} moved the suit to the
 * latest model, each second instance the register shows still pending, with the copy's service
 * recorded, no answer due day or submission (what the sub-process records first), gets it,
 * started by its message as recording the copy starts it now, so the due day comes from the
 * register (15 days after the copy's service, a last day off moved) and every check of the scope
 * listener applies. Cheap with nothing to do: one register query. Cluster-safe and idempotent:
 * each start locks the case's register row (ADR 0059) and reads the row and the engine's history
 * again under it, so a second node, or the next start, finds the due day recorded or the
 * sub-process in the history (also one that ended) and starts none. A suit left on a model
 * without the sub-process (a migration the engine refused) or no longer running is skipped; a
 * case that fails is logged and left for the next start, the app starts anyway. Likewise
 * {@link #endMoot} ends a 答辩状 a judgment recorded under ADR 0066's model left open.
 */
public final class JoinedDefenceStarts {

  private static final Logger LOG = LoggerFactory.getLogger(JoinedDefenceStarts.class);

  private JoinedDefenceStarts() {}

  /** Starts the missing 答辩状 to joined plaintiffs' appeals; the number started. */
  public static int start(ProcessEngine engine, AppealRegister appeals, CaseRegister cases,
      PlatformTransactionManager transactions) {
    List<AppealRegister.JoinedWithoutDefence> missing = appeals.joinedWithoutDefence();
    if (missing.isEmpty()) {
      return 0;
    }
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    int started = 0;
    for (AppealRegister.JoinedWithoutDefence row : missing) {
      try {
        Integer done = transaction.execute(status -> WithoutAuthorizations.call(
            engine.getIdentityService(), () -> startOne(engine, appeals, cases, row)));
        started += done == null ? 0 : done;
      } catch (RuntimeException e) {
        LOG.warn("No defence to the plaintiff's appeal joined to second instance {} of case {}"
            + " started: {}", row.secondInstanceId(), row.trackingNumber(), e.getMessage());
      }
    }
    return started;
  }

  /**
   * Ends the 答辩状 a second-instance judgment recorded under ADR 0066's model left open (ADR
   * 0070): the main flow had ended there without a terminate end, so the move to the latest model
   * leaves the sub-process running. Found by one task query (only the open tasks of the
   * sub-process, few); per case under its row lock, a second instance the register shows decided
   * with its 答辩状 not submitted has the sub-process cancelled, as the terminate end would have
   * done (the suit ends if nothing else is open). The number of suits so ended.
   */
  public static int endMoot(ProcessEngine engine, AppealRegister appeals, CaseRegister cases,
      PlatformTransactionManager transactions) {
    List<org.camunda.bpm.engine.task.Task> open = engine.getTaskService().createTaskQuery()
        .processDefinitionKey(ProcessKeys.LITIGATION)
        .taskDefinitionKeyIn(ElementIds.TASK_DRAFT_JOINED_DEFENCE,
            ElementIds.TASK_APPROVE_JOINED_DEFENCE, ElementIds.TASK_SUBMIT_JOINED_DEFENCE)
        .list();
    if (open.isEmpty()) {
      return 0;
    }
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    int ended = 0;
    for (String instanceId : open.stream().map(org.camunda.bpm.engine.task.Task::getProcessInstanceId)
        .distinct().toList()) {
      try {
        Integer done = transaction.execute(status -> WithoutAuthorizations.call(
            engine.getIdentityService(), () -> endOne(engine, appeals, cases, instanceId)));
        ended += done == null ? 0 : done;
      } catch (RuntimeException e) {
        LOG.warn("The defence to the joined plaintiff's appeal of suit {} stays open: {}",
            instanceId, e.getMessage());
      }
    }
    return ended;
  }

  private static int endOne(ProcessEngine engine, AppealRegister appeals, CaseRegister cases,
      String instanceId) {
    RuntimeService runtime = engine.getRuntimeService();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    Object id = instance == null ? null : runtime.getVariable(instanceId, APPEAL_ID);
    if (!(id instanceof Number number) || !cases.lock(instance.getBusinessKey())) {
      return 0;
    }
    AppealRegister.Appeal second = appeals.get(number.longValue());
    Optional<AppealRegister.JoinedPlaintiffAppeal> joined =
        appeals.joinedPlaintiffAppeal(second.id());
    // Looked at again under the case's lock: only a decided second instance, and only a
    // 答辩状 not submitted meanwhile; the sub-process may have ended on another node.
    if (second.pending() || joined.isEmpty() || joined.get().answerSubmittedOn() != null
        || engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
            .taskDefinitionKeyIn(ElementIds.TASK_DRAFT_JOINED_DEFENCE,
                ElementIds.TASK_APPROVE_JOINED_DEFENCE, ElementIds.TASK_SUBMIT_JOINED_DEFENCE)
            .count() == 0) {
      return 0;
    }
    runtime.createProcessInstanceModification(instanceId)
        .cancelAllForActivity(ElementIds.SUB_PROCESS_ANSWER_JOINED_PLAINTIFF_APPEAL).execute();
    LOG.info("Ended the defence to the plaintiff's appeal joined to second instance {} of case"
        + " {}: the judgment was recorded first", second.id(), instance.getBusinessKey());
    return 1;
  }

  private static int startOne(ProcessEngine engine, AppealRegister appeals, CaseRegister cases,
      AppealRegister.JoinedWithoutDefence row) {
    long id = row.secondInstanceId();
    // Looked at again under the case's lock: another node may have started it meanwhile, or a
    // judgment ended the second instance.
    if (!cases.lock(row.trackingNumber()) || !appeals.get(id).pending()) {
      return 0;
    }
    Optional<AppealRegister.JoinedPlaintiffAppeal> joined = appeals.joinedPlaintiffAppeal(id);
    if (joined.isEmpty() || joined.get().answerDueOn() != null
        || joined.get().answerSubmittedOn() != null) {
      return 0;
    }
    RuntimeService runtime = engine.getRuntimeService();
    Optional<String> instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(row.trackingNumber())
        .processDefinitionKey(ProcessKeys.LITIGATION).variableValueEquals(APPEAL_ID, id)
        .list().stream().map(ProcessInstance::getId).findFirst();
    if (instance.isEmpty()
        || engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(instance.get())
            .activityId(ElementIds.SUB_PROCESS_ANSWER_JOINED_PLAINTIFF_APPEAL).count() > 0
        || runtime.createExecutionQuery().processInstanceId(instance.get())
            .messageEventSubscriptionName(ElementIds.MESSAGE_PLAINTIFF_APPEAL_JOINED)
            .count() == 0) {
      return 0;
    }
    runtime.createMessageCorrelation(ElementIds.MESSAGE_PLAINTIFF_APPEAL_JOINED)
        .processInstanceId(instance.get()).correlate();
    LOG.info("Started the defence to the plaintiff's appeal joined to second instance {} of case"
        + " {} (recorded before ADR 0066)", id, row.trackingNumber());
    return 1;
  }
}
