package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.online.OnlineRegister.Registered;
import io.github.ogiworkflow.process.ProcessKeys;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the case of an online application that was registered but whose case did not start
 * (the engine failed after the registration committed, or the server stopped in between): the
 * register row is the record, so nothing the applicant was told is lost. Runs on a schedule;
 * only applications older than {@link #GRACE} are taken, so a submission still on its way is
 * left alone, and each start locks the register row and looks again (no case starts twice,
 * also with several nodes).
 */
@Component
class PendingOnlineStarts {

  static final Duration GRACE = Duration.ofMinutes(2);
  private static final Logger LOG = LoggerFactory.getLogger(PendingOnlineStarts.class);

  private final OnlineRegister online;
  private final OnlineIntake intake;
  private final HistoryService history;
  private final TransactionTemplate transaction;

  PendingOnlineStarts(OnlineRegister online, OnlineIntake intake, HistoryService history,
      PlatformTransactionManager transactions) {
    this.online = online;
    this.intake = intake;
    this.history = history;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(initialDelayString = "${ogi.public.pending-starts.delay:PT1M}",
      fixedDelayString = "${ogi.public.pending-starts.interval:PT1M}")
  void startPending() {
    startRegisteredBefore(GRACE);
  }

  /** Starts every case registered more than {@code age} ago without one; returns how many. */
  int startRegisteredBefore(Duration age) {
    List<String> pending = online.submittedWithoutInstance(OfficeTime.now().minus(age),
        ProcessKeys.DISCLOSURE_REQUEST);
    int started = 0;
    for (String trackingNumber : pending) {
      try {
        Boolean done = transaction.execute(status -> {
          online.lockCase(trackingNumber);
          // Looked at again under the lock: another node may have started it meanwhile.
          if (history.createHistoricProcessInstanceQuery()
              .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
              .processInstanceBusinessKey(trackingNumber).count() > 0) {
            return false;
          }
          Registered r = online.registered(trackingNumber).orElseThrow();
          intake.startCase(trackingNumber, new ApplicationForm(r.applicantType(),
              r.applicantName(), r.idType(), r.idNumber(), r.contactPhone(), r.contactEmail(),
              r.contactAddress(), r.description(), r.deliveryForm(), r.deliveryMethod()));
          return true;
        });
        if (Boolean.TRUE.equals(done)) {
          started++;
          LOG.warn("Started the case of online application {} from the register", trackingNumber);
        }
      } catch (RuntimeException e) {
        LOG.error("Could not start the case of online application {}", trackingNumber, e);
      }
    }
    return started;
  }
}
