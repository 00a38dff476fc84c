package io.github.ogiworkflow.publicapi;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the cases of several registered online applications in one transaction, so they share
 * one commit (ADR 0106: on H2 the durable commit of a case start, about 45 B-trees, is most of a
 * submission). One failing start rolls the whole transaction back, so then each case is started
 * again in a transaction of its own: the others still start, and the failed one is logged and
 * left to {@link PendingOnlineStarts}.
 */
final class CaseStartBatch {

  /** Starts one case in the caller's transaction; {@link OnlineCaseStart#startOnce} in the app. */
  interface CaseStart {
    boolean startOnce(String trackingNumber, ApplicationForm form);
  }

  private static final Logger LOG = LoggerFactory.getLogger(CaseStartBatch.class);

  private final TransactionTemplate transaction;
  private final CaseStart caseStart;

  CaseStartBatch(PlatformTransactionManager transactions, CaseStart caseStart) {
    this.transaction = new TransactionTemplate(transactions);
    this.caseStart = caseStart;
  }

  /** Completes every waiting start's future, only after what it reports has committed. */
  void start(List<WaitingStart> batch) {
    if (batch.size() > 1) {
      // One order of row locks for every batch, so two batches never wait for each other in a
      // circle (each node has its own starter on a shared database).
      List<WaitingStart> ordered = batch.stream()
          .sorted(Comparator.comparing(WaitingStart::trackingNumber)).toList();
      List<Boolean> started;
      try {
        started = transaction.execute(status -> ordered.stream()
            .map(waiting -> caseStart.startOnce(waiting.trackingNumber(), waiting.form()))
            .toList());
      } catch (RuntimeException batchFailed) {
        LOG.warn("Starting {} online cases in one transaction failed; starting them one by one",
            ordered.size(), batchFailed);
        ordered.forEach(this::startAlone);
        return;
      }
      for (int i = 0; i < ordered.size(); i++) {
        ordered.get(i).started().complete(started.get(i));
      }
      return;
    }
    batch.forEach(this::startAlone);
  }

  private void startAlone(WaitingStart waiting) {
    try {
      waiting.started().complete(transaction.execute(
          status -> caseStart.startOnce(waiting.trackingNumber(), waiting.form())));
    } catch (RuntimeException notStartedYet) {
      // The application is registered (number, register row, query code): the applicant keeps
      // them, and PendingOnlineStarts starts the case from the register row later.
      LOG.error("Online application {} is registered, but its case did not start; it will be"
          + " started from the register", waiting.trackingNumber(), notStartedYet);
      waiting.started().completeExceptionally(notStartedYet);
    }
  }
}
