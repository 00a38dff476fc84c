package io.github.ogiworkflow.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves each finished case's history removal time to its archive year (audit 34b F5, ADR 0156).
 * The engine sets a root instance's removal time when it ends, to the end plus the model's
 * {@code historyTimeToLive} in days (P3650D: 2036-12-04 for a case ended 2026-12-07); the
 * archive period runs in whole years from 1 January after the file closes, so the history is
 * moved to {@link RetentionPeriods#removableFrom} (2037-01-01), together with everything the
 * root called and the decisions it evaluated, through the history service's public
 * set-removal-time batch. A removal time already at or after that day, or cleared by an
 * administrator (kept for good), is left alone. Runs every evening before the engine's cleanup
 * window (22:00 Beijing); the days between a case's end and the next run cannot matter, since
 * the engine's own removal time is ten years away. History kept permanently (永久, the annual
 * report) has its removal time cleared instead: the engine's cleanup never removes it.
 */
@Component
public class RemovalTimes {

  private static final Logger LOG = LoggerFactory.getLogger(RemovalTimes.class);
  private static final int PAGE = 500;

  private final HistoryService history;
  private final boolean enabled;

  public RemovalTimes(HistoryService history,
      @Value("${ogi.retention.removal-times.enabled:true}") boolean enabled) {
    this.history = history;
    this.enabled = enabled;
  }

  @Scheduled(cron = "${ogi.retention.removal-times.cron:0 30 21 * * *}",
      zone = "Asia/Shanghai")
  public void scheduled() {
    if (enabled) {
      moveToArchiveYear();
    }
  }

  /**
   * Starts one batch per new removal time for the finished root instances whose removal time
   * is earlier than their archive year allows; returns how many instances it moved.
   */
  public int moveToArchiveYear() {
    Map<Instant, List<String>> byTarget = new TreeMap<>();
    List<String> permanent = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
          .rootProcessInstances().finished().orderByProcessInstanceId().asc()
          .listPage(first, PAGE);
      for (HistoricProcessInstance root : page) {
        if (RetentionPeriods.permanent(root.getProcessDefinitionKey())) {
          if (root.getRemovalTime() != null) {
            permanent.add(root.getId());
          }
          continue;
        }
        Instant target = RetentionPeriods.removableFrom(root.getProcessDefinitionKey(),
            root.getEndTime() == null ? null : root.getEndTime().toInstant());
        Date current = root.getRemovalTime();
        if (target != null && current != null && current.toInstant().isBefore(target)) {
          byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(root.getId());
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    int moved = 0;
    for (Map.Entry<Instant, List<String>> group : byTarget.entrySet()) {
      history.setRemovalTimeToHistoricProcessInstances()
          .absoluteRemovalTime(Date.from(group.getKey()))
          .byIds(group.getValue().toArray(String[]::new))
          .hierarchical()
          .executeAsync();
      moved += group.getValue().size();
    }
    if (!permanent.isEmpty()) {
      // 永久: no removal time at all, for the root and everything it called (ADR 0165).
      history.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime()
          .byIds(permanent.toArray(String[]::new)).hierarchical().executeAsync();
      moved += permanent.size();
    }
    if (moved > 0) {
      LOG.info("Moved the history removal time of {} finished cases to their archive year",
          moved);
    }
    return moved;
  }
}
