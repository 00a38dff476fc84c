package io.github.ogiworkflow.publication;

/** Where a publication item stands in the register. */
public enum PublicationStatus {
  /** Registered, waiting for its review (and approval). */
  DRAFTED,
  /** Reviewed as releasable, approved where required: the office may publish it. */
  PUBLISHABLE,
  PUBLISHED,
  /** Withheld by the review, refused by leadership or not meant for proactive disclosure. */
  NOT_PUBLISHED,
  WITHDRAWN
}
