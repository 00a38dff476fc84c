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
}
