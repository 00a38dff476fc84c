package io.github.ogiworkflow.intake;

/** How a request arrived (handbook 2.1); the legacy annual report counts them. */
public enum Channel {
  IN_PERSON("当面"),
  POST("信函"),
  FAX("传真"),
  ONLINE("网上");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
