package io.github.ogiworkflow.appeal;

/** 申诉 (against the agency's handling) or 举报 (report of a violation), Art. 51. */
public enum ComplaintKind {
  COMPLAINT("申诉"), REPORT("举报");

  private final String label;

  ComplaintKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
