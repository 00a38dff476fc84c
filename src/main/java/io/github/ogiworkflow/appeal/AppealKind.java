package io.github.ogiworkflow.appeal;

/** The ways an applicant challenges a reply (handbook section 3). */
public enum AppealKind {
  RECONSIDERATION("行政复议"), LITIGATION("行政诉讼"), COMPLAINT("申诉、举报");

  private final String label;

  AppealKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
