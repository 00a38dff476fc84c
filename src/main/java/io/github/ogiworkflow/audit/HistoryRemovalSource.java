package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.retention.HistoryRemovals;

/**
 * Each accepted deletion of the key's process history, or change of its removal time, by whom
 * and when (retention/HistoryRemovals, audit 34b F1, ADR 0156): shown whether or not the history
 * is still there.
 */
final class HistoryRemovalSource implements TimelineSource {

  private final HistoryRemovals removals;

  HistoryRemovalSource(HistoryRemovals removals) {
    this.removals = removals;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (HistoryRemovals.Entry change : removals.of(subject.key())) {
      lines.add(new Entry(change.requestedAt(), false, "OPERATION", change.action().label(),
          subject.names().of(change.requestedBy(), change.requestedByName()), "", "",
          change.detail()));
    }
  }
}
