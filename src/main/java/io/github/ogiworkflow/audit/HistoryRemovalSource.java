package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.retention.HistoryRemovals;
import java.util.function.Supplier;

/**
 * Each accepted deletion of the key's process history, or change of its removal time, by whom
 * and when (retention/HistoryRemovals, audit 34b F1, ADR 0156): shown whether or not the history
 * is still there. The register is optional (a trail built by hand in tests has none).
 */
final class HistoryRemovalSource implements TimelineSource {

  private final Supplier<HistoryRemovals> removals;

  HistoryRemovalSource(Supplier<HistoryRemovals> removals) {
    this.removals = removals;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    HistoryRemovals register = removals.get();
    if (register == null) {
      return;
    }
    for (HistoryRemovals.Entry change : register.of(subject.key())) {
      lines.add(new Entry(change.requestedAt(), false, "OPERATION", change.action().label(),
          subject.names().of(change.requestedBy(), change.requestedByName()), "", "",
          change.detail()));
    }
  }
}
