package io.github.ogiworkflow.appeal;

/**
 * The first-instance document an appeal is against (ALL Art. 85): 判决书, appealable within 15
 * days of its service; 裁定书, within 10 days.
 */
public enum JudgmentKind {
  JUDGMENT("判决书", 15), RULING("裁定书", 10);

  private final String label;
  private final int appealDays;

  JudgmentKind(String label, int appealDays) {
    this.label = label;
    this.appealDays = appealDays;
  }

  public String label() {
    return label;
  }

  /** Days to appeal, counted from the day after service (calendar days, ALL Art. 85). */
  public int appealDays() {
    return appealDays;
  }
}
