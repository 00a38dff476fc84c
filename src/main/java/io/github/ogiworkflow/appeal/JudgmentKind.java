package io.github.ogiworkflow.appeal;

/**
 * The first-instance document an appeal is against (ALL Art. 85): 判决书, appealable within 15
 * days of its service; 裁定书, within 10 days.
 */
public enum JudgmentKind {
  JUDGMENT("判决书", "行政判决", 15), RULING("裁定书", "行政裁定", 10);

  private final String label;
  private final String act;
  private final int appealDays;

  JudgmentKind(String label, String act, int appealDays) {
    this.label = label;
    this.act = act;
    this.appealDays = appealDays;
  }

  /** The act as a pleading names it: 不服…行政判决 / 不服…行政裁定. */
  public String act() {
    return act;
  }

  public String label() {
    return label;
  }

  /** Days to appeal, counted from the day after service (calendar days, ALL Art. 85). */
  public int appealDays() {
    return appealDays;
  }
}
