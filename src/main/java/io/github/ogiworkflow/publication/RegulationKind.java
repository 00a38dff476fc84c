package io.github.ogiworkflow.publication;

/** Rows of table 二, Art. 20(1): whether an item is a 规章 or a 行政规范性文件. */
public enum RegulationKind {
  NONE("否"),
  RULE("规章"),
  NORMATIVE("行政规范性文件");

  private final String label;

  RegulationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the item issues (制发) or repeals (废止) the regulation. */
  public enum Action {
    ISSUE("制发"),
    REPEAL("废止");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
