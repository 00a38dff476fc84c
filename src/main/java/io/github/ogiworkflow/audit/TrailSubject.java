package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.audit.CaseTimeline.CaseHeader;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.List;

/**
 * What a trail is about, as read once for all its sources: the key; for a request its register
 * summary and {@code header}, and who registered it and recorded its delivery
 * ({@code actsRecordedBy}, ADR 0161); for a complaint without a request its record; for a
 * publication batch its lines (each empty or null otherwise); and the trail's
 * {@link TrailNames}.
 */
record TrailSubject(String key, CaseRegister.CaseSummary summary, CaseHeader header,
    AppealRegister.StandaloneComplaint complaint, List<PublicationRegister.BatchLine> batchLines,
    TrailNames names, CaseRegister.ActsRecordedBy actsRecordedBy) {

  /**
   * A case handled anew after a correction keeps the earlier round's delivery and closing
   * dates while the register's outcome is already the new round's draft (audit round 29, F9).
   */
  boolean handledAnew() {
    return !CaseRegister.Status.DELIVERED.name().equals(header.status())
        && !CaseRegister.Status.CLOSED.name().equals(header.status());
  }

  /** The outcome a delivery or closing on {@code day} had: the first closing's, or none. */
  String outcomeOn(LocalDate day) {
    return !handledAnew() ? header.outcomeCode()
        : day.equals(summary.firstClosedOn()) ? summary.firstOutcomeCode() : null;
  }
}
