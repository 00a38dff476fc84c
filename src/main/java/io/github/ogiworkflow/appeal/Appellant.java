package io.github.ogiworkflow.appeal;

/**
 * Who filed a reconsideration or lawsuit (提起人): the applicant against the reply, or a third
 * party against the decision to disclose over its objection (Art. 32 of the 2019 Regulation:
 * the agency discloses in the public interest and tells the third party, who may then apply for
 * reconsideration or sue).
 */
public enum Appellant {
  APPLICANT("申请人本人"), THIRD_PARTY("第三方");

  private final String label;

  Appellant(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** How staff pages name the appellant: 申请人本人, or 第三方（name）. */
  public String describe(String name) {
    return this == THIRD_PARTY && name != null && !name.isBlank() ? label + "（" + name + "）"
        : label;
  }

  /**
   * The appellant a request body names in its {@code appellant} field, null if none; 400 on an
   * unknown one.
   */
  static Appellant ofField(Object given) {
    if (given == null || given.toString().isBlank()) {
      return null;
    }
    try {
      return valueOf(given.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new io.github.ogiworkflow.process.InvalidInput(
          io.github.ogiworkflow.process.ProcessVariables.APPELLANT + " has no value '" + given
              + "'（提起人的取值无效）");
    }
  }
}
