package io.github.ogiworkflow.vocabulary;

/** What the search found for one information item (handbook 2.5). */
public enum ItemFinding {
  PUBLIC("已主动公开"),
  HELD("本机关保有"),
  NOT_HELD("本机关不掌握"),
  NONEXISTENT("信息不存在"),
  NEEDS_PROCESSING("需另行制作"),
  NOT_GOVERNMENT_INFO("不属于政府信息");

  private final String label;

  ItemFinding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
