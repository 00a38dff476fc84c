package io.github.ogiworkflow.fee;

/** The two ways of charging of 国办函〔2020〕109号; one per application. */
public enum FeeScheme {
  PER_REQUEST("按件计收"),
  PER_PAGE("按量计收");

  private final String label;

  FeeScheme(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
