package io.github.ogiworkflow.appeal;

/** The ways an applicant challenges a reply (handbook section 3). */
public enum AppealKind {
  RECONSIDERATION("行政复议"), LITIGATION("行政诉讼"), COMPLAINT("投诉、举报");

  private final String label;

  AppealKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * 审级 exists in litigation only (一审, 二审, then 第N审 for a retrial); a reconsideration or a
   * complaint has none: null.
   */
  public String instanceLabel(int instanceNo) {
    if (this != LITIGATION) {
      return null;
    }
    return switch (instanceNo) {
      case 1 -> "一审";
      case 2 -> "二审";
      default -> "第" + instanceNo + "审";
    };
  }
}
