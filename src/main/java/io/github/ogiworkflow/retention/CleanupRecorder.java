package io.github.ogiworkflow.retention;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts into the register every process history the engine's own cleanup removes (ADR 0165).
 * The removal-time-based cleanup deletes whatever removal time has passed and tells no one; no
 * public listener sees it. So, with the history service's public queries only:
 * <ol>
 *   <li><b>note</b> every finished instance whose removal time has passed or falls within the
 *       next {@code lead} (two days: tonight's cleanup window even after one missed run), before
 *       the cleanup can reach it: case, process, archive period, end, removal time;</li>
 *   <li><b>settle</b> each noted instance on a later run: gone means removed, with the first
 *       successful run of the engine's history cleanup job at or after its removal time (the
 *       engine's job log); still there with a later or cleared removal time means kept.</li>
 * </ol>
 * Runs at 21:45 Beijing (before the 22:00 cleanup window), at 06:30 (after it), at start-up,
 * and before an administrator's own cleanup request ({@code POST history/cleanup}, through
 * the engine API guard). Idempotent; on several nodes at once the register's unique key keeps
 * one row.
 */
@Component
public class CleanupRecorder {

  /** The engine's history cleanup job handler type, as its job log names it. */
  static final String CLEANUP_JOB_TYPE = "history-cleanup";

  private static final Logger LOG = LoggerFactory.getLogger(CleanupRecorder.class);
  private static final int PAGE = 500;

  private final HistoryService history;
  private final HistoryCleanups register;
  private final Duration lead;
  private final TaskScheduler scheduler;

  public CleanupRecorder(HistoryService history, HistoryCleanups register,
      @Value("${ogi.retention.cleanup-record.lead:P2D}") Duration lead, TaskScheduler scheduler) {
    this.scheduler = scheduler;
    this.history = history;
    this.register = register;
    this.lead = lead;
  }

  @Scheduled(cron = "${ogi.retention.cleanup-record.before-window:0 45 21 * * *}",
      zone = "Asia/Shanghai")
  @Scheduled(cron = "${ogi.retention.cleanup-record.after-window:0 30 6 * * *}",
      zone = "Asia/Shanghai")
  public void scheduled() {
    try {
      sweep();
    } catch (RuntimeException failed) {
      LOG.error("History due for cleanup was not put into the register", failed);
    }
  }

  /**
   * After start-up, on the scheduler's thread: the app reports itself ready (and the public API
   * opens, ADR 0164) only once the ready listeners return, and the sweep pages through every
   * finished instance.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void afterStart() {
    scheduler.schedule(this::scheduled, Instant.now());
  }

  /** Settles what is gone or kept, then notes what is due; returns how many it noted. */
  public synchronized int sweep() {
    Instant now = OfficeTime.now();
    settle(now);
    return noteDue(now, now.plus(lead));
  }

  private void settle(Instant now) {
    for (HistoryCleanups.Entry row : register.due()) {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(row.processInstanceId()).singleResult();
      if (instance == null) {
        register.settle(row.id(), HistoryCleanups.Status.REMOVED, now,
            firstCleanupRun(row.removalTime(), now));
      } else if (instance.getRemovalTime() == null
          || instance.getRemovalTime().toInstant().isAfter(row.removalTime())) {
        register.settle(row.id(), HistoryCleanups.Status.KEPT, now, null);
      }
    }
  }

  private int noteDue(Instant now, Instant horizon) {
    Map<String, HistoricProcessInstance> roots = new HashMap<>();
    int noted = 0;
    for (int first = 0; ; first += PAGE) {
      List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
          .finished().orderByProcessInstanceId().asc().listPage(first, PAGE);
      for (HistoricProcessInstance instance : page) {
        Date removal = instance.getRemovalTime();
        if (removal == null || removal.toInstant().isAfter(horizon)) {
          continue;
        }
        HistoricProcessInstance root = root(instance, roots);
        if (register.noteDue(instance.getId(), root.getBusinessKey(),
            instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
            RetentionPeriods.years(root.getProcessDefinitionKey()),
            instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
            removal.toInstant(), now)) {
          noted++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    if (noted > 0) {
      LOG.info("Noted {} process instances due for the engine's history cleanup", noted);
    }
    return noted;
  }

  private HistoricProcessInstance root(HistoricProcessInstance instance,
      Map<String, HistoricProcessInstance> roots) {
    String rootId = instance.getRootProcessInstanceId();
    if (rootId == null || rootId.equals(instance.getId())) {
      return instance;
    }
    HistoricProcessInstance root = roots.computeIfAbsent(rootId, id -> history
        .createHistoricProcessInstanceQuery().processInstanceId(id).singleResult());
    return root == null ? instance : root;
  }

  /**
   * The first successful run of the engine's history cleanup job at or after {@code removal}
   * and not after {@code now}; null if its job log has none (a cleanup run from elsewhere, or
   * the log removed).
   */
  private Instant firstCleanupRun(Instant removal, Instant now) {
    Instant first = null;
    for (int start = 0; ; start += PAGE) {
      List<HistoricJobLog> page = history.createHistoricJobLogQuery()
          .jobDefinitionType(CLEANUP_JOB_TYPE).successLog().orderByTimestamp().desc()
          .listPage(start, PAGE);
      for (HistoricJobLog log : page) {
        Instant at = log.getTimestamp().toInstant();
        if (at.isBefore(removal)) {
          return first;
        }
        if (!at.isAfter(now)) {
          first = at;
        }
      }
      if (page.size() < PAGE) {
        return first;
      }
    }
  }
}
