package io.github.ogiworkflow.publication;

/** 公开属性, decided when the information is drafted; only PROACTIVE items are published. */
public enum DisclosureAttribute {
  PROACTIVE("主动公开"),
  ON_REQUEST("依申请公开"),
  NOT_DISCLOSED("不予公开");

  private final String label;

  DisclosureAttribute(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
