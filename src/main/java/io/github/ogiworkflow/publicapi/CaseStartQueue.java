package io.github.ogiworkflow.publicapi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Group commit for the cases of online applications (ADR 0106). A request registers its
 * application on its own (gap-free tracking numbers, ADR 0012), then hands the case start to
 * this node's one starter thread and waits: the starter takes whatever has queued meanwhile and
 * starts it all in one transaction ({@link CaseStartBatch}). Alone, a case starts at once; under
 * load, the cases that arrived during one commit share the next.
 *
 * <p>The wait is bounded ({@code ogi.public.case-start-wait}): a request whose case has not
 * started by then answers anyway, its application being registered; the case starts when the
 * starter gets to it, or from the register ({@link PendingOnlineStarts}), once either way
 * ({@link OnlineCaseStart}). At shutdown the starter works off what is queued; what it cannot
 * is registered and starts from the register after the restart.
 */
@Component
class CaseStartQueue {

  /** Cases in one transaction at most: keeps its locks and the engine's session small. */
  static final int MAX_BATCH = 32;
  /** How often the idle starter looks whether the app is stopping. */
  private static final long IDLE_POLL_MS = 200;
  /** How long shutdown waits for the queued starts. */
  private static final Duration DRAIN_AT_SHUTDOWN = Duration.ofSeconds(20);
  private static final Logger LOG = LoggerFactory.getLogger(CaseStartQueue.class);

  private final BlockingQueue<WaitingStart> queue = new LinkedBlockingQueue<>();
  private final CaseStartBatch batch;
  private final Duration wait;
  private final Thread starter = new Thread(this::run, "online-case-starts");
  private volatile boolean closed;

  CaseStartQueue(OnlineCaseStart caseStart, PlatformTransactionManager transactions,
      @Value("${ogi.public.case-start-wait:PT5S}") Duration wait) {
    this.batch = new CaseStartBatch(transactions, caseStart::startOnce);
    this.wait = wait;
    starter.setDaemon(true);
  }

  @PostConstruct
  void open() {
    starter.start();
  }

  /**
   * Starts the case and waits for the commit, at most {@code ogi.public.case-start-wait}. True
   * when the case is there when this returns; false when it starts later.
   */
  boolean startAndWait(String trackingNumber, ApplicationForm form) {
    WaitingStart waiting = new WaitingStart(trackingNumber, form);
    if (closed) {
      batch.start(List.of(waiting)); // stopping: the request starts its own case, as before
    } else {
      queue.add(waiting);
    }
    try {
      return waiting.started().get(wait.toMillis(), TimeUnit.MILLISECONDS) != null;
    } catch (TimeoutException slow) {
      LOG.warn("The case of online application {} did not start within {}; the application is"
          + " registered and its case starts later", trackingNumber, wait);
    } catch (ExecutionException failed) {
      // Logged by CaseStartBatch; PendingOnlineStarts starts it from the register.
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private void run() {
    try {
      while (!closed) {
        WaitingStart first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
        if (first != null) {
          List<WaitingStart> next = new ArrayList<>(List.of(first));
          queue.drainTo(next, MAX_BATCH - 1);
          batch.start(next);
        }
      }
      // Stopping: the engine is still up until this bean is gone, so what is queued starts.
      List<WaitingStart> rest = new ArrayList<>();
      while (queue.drainTo(rest, MAX_BATCH) > 0) {
        batch.start(rest);
        rest.clear();
      }
    } catch (InterruptedException interrupted) {
      LOG.warn("The online case starter stopped with {} cases queued; they start from the"
          + " register", queue.size());
    } catch (RuntimeException | Error unexpected) {
      // Not a failed start (CaseStartBatch handles those): the waiting requests time out and
      // PendingOnlineStarts starts their cases; a request from now on starts its own.
      closed = true;
      LOG.error("The online case starter stopped", unexpected);
      throw unexpected;
    }
  }

  @PreDestroy
  void close() throws InterruptedException {
    closed = true;
    starter.join(DRAIN_AT_SHUTDOWN.toMillis());
    if (starter.isAlive()) {
      starter.interrupt();
    }
  }
}
