package io.github.ogiworkflow.publication;

/** Where a publication item stands in the register, and its Chinese name (as the ledger counts). */
public enum PublicationStatus {
  /** Registered, waiting for its review (and approval). */
  DRAFTED("待审查或审批"),
  /** Reviewed as releasable, approved where required: the office may publish it. */
  PUBLISHABLE("待发布"),
  PUBLISHED("已发布"),
  /** Withheld by the review, refused by leadership or not meant for proactive disclosure. */
  NOT_PUBLISHED("不予发布"),
  WITHDRAWN("已撤回");

  private final String label;

  PublicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
