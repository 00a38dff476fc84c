package io.github.ogiworkflow.audit;

/**
 * One kind of the register's entries in the audit trail (withdrawals, letters, file access, a
 * batch's complaints, …), read through the owner of its table (issue 17). {@link CaseTimeline}
 * asks its sources in a fixed order and merges their entries with the history's steps by time
 * (ADR 0153): a new kind of entry is a new source, not another branch of the timeline.
 */
interface TimelineSource {

  /** Adds this source's entries about {@code subject} to {@code lines}; nothing if none. */
  void addTo(TrailSubject subject, TrailLines lines);
}
