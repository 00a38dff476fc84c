package io.github.ogiworkflow.correction;

import io.github.ogiworkflow.appeal.AppealWindowDelegates;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseRegister;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies posted before ADR 0061 (跟进邮寄回执) still await their signed-for date with no
 * follow-up: their window opened before the step that starts it existed. At every start each
 * case the register shows awaiting its signed-for date, its request process still running, that
 * never had a {@code SignedForFollowUp} gets one, started by its message as the window's opening starts it (so the start listener's
 * checks apply and the due day is 30 days after the posting: one long past is due at once).
 * "Never had" and not "has no running one": a follow-up that ended with 回执遗失 or 邮件被退回
 * leaves the case awaiting its date, and the office is not to get the task again at every start.
 * Idempotent: a case started once is not found again. Cheap with nothing to do: one register
 * query. Cluster-safe: each start locks the case's register row (ADR 0059) and looks at the
 * engine's history again under it, so of two nodes starting at once the second finds the first's
 * follow-up and starts none (as PendingOnlineStarts does). A case that fails is logged and
 * left for the next start; the app starts anyway. Runs before the job executor starts, as
 * LitigationMigration; logs at INFO how many started and how long it took (docs/benchmarks.md).
 */
@Component
public class SignedForFollowUpStarts implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SignedForFollowUpStarts.class);

  private final ObjectProvider<ProcessEngine> engine;
  private final CaseRegister cases;
  private final PlatformTransactionManager transactions;

  public SignedForFollowUpStarts(ObjectProvider<ProcessEngine> engine, CaseRegister cases,
      PlatformTransactionManager transactions) {
    this.engine = engine;
    this.cases = cases;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processEngine != null) {
      long started = System.nanoTime();
      int count = start(processEngine, cases, transactions);
      // One line per start, so its cost shows apart from the rest of the start (benchmarks.md).
      LOG.info("SignedForFollowUpStarts: {} follow-ups of posted replies started in {} ms",
          count, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Starts the missing follow-ups; the number started. */
  public static int start(ProcessEngine engine, CaseRegister cases,
      PlatformTransactionManager transactions) {
    List<String> missing = cases.awaitingSignedForWithout(ProcessKeys.SIGNED_FOR_FOLLOW_UP);
    if (missing.isEmpty()) {
      return 0;
    }
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    int started = 0;
    for (String trackingNumber : missing) {
      try {
        Integer done = transaction.execute(status -> WithoutAuthorizations.call(
            engine.getIdentityService(), () -> {
              // Looked at again under the case's lock: another node may have started it, or a
              // date correction recorded the signed-for date, meanwhile.
              if (!cases.lock(trackingNumber) || !cases.awaitsSignedFor(trackingNumber)
                  || engine.getHistoryService().createHistoricProcessInstanceQuery()
                      .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP)
                      .processInstanceBusinessKey(trackingNumber).count() > 0) {
                return 0;
              }
              return AppealWindowDelegates.startSignedForFollowUp(engine.getRuntimeService(),
                  cases, trackingNumber);
            }));
        started += done == null ? 0 : done;
      } catch (RuntimeException e) {
        LOG.warn("No follow-up of the posted reply of case {} started: {}", trackingNumber,
            e.getMessage());
      }
    }
    return started;
  }
}
