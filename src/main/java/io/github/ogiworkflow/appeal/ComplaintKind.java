package io.github.ogiworkflow.appeal;

/**
 * 投诉 (the complainant's own rights infringed by the agency's OGI work) or 举报 (report of a
 * violation), the two words of Art. 51 of the 2019 Regulation (the 2008 regulation's 申诉 lives on
 * only in the legacy annual-report row 接受行政申诉、举报数).
 */
public enum ComplaintKind {
  COMPLAINT("投诉"), REPORT("举报");

  private final String label;

  ComplaintKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
