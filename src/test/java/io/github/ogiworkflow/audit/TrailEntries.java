package io.github.ogiworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.audit.CaseTimeline.Trail;
import java.util.List;

/** Reading a trail in the audit tests. */
final class TrailEntries {

  private TrailEntries() {}

  /** The trail's one entry of {@code kind}; fails, listing the trail, unless exactly one. */
  static Entry only(Trail trail, String kind) {
    List<Entry> found = trail.entries().stream().filter(e -> e.kind().equals(kind)).toList();
    assertThat(found).as(kind + " in " + trail.entries()).hasSize(1);
    return found.get(0);
  }
}
