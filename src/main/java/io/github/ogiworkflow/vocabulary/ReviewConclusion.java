package io.github.ogiworkflow.vocabulary;

/** Conclusions of a secrecy review (保密审查结论). */
public enum ReviewConclusion {
  RELEASABLE("可以公开"),
  RELEASABLE_REDACTED("处理后可公开"),
  WITHHOLD("不予公开"),
  /** Cannot decide: referred to the secrecy administration; never a final conclusion. */
  REFER("提请保密行政管理部门确定");

  private final String label;

  ReviewConclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean releases() {
    return this == RELEASABLE || this == RELEASABLE_REDACTED;
  }

  /**
   * Keeps back all or part of the item: the review names the ground and the legal basis of what
   * is kept back, which the reply letter states (Art. 36(3), 37).
   */
  public boolean withholdsContent() {
    return this == WITHHOLD || this == RELEASABLE_REDACTED;
  }
}
