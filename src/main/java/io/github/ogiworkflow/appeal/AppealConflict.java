package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.process.InvalidInput;

/**
 * An appeal event that does not fit the case's state (one of the same appellant still pending,
 * no appeal waiting for the decision, litigation after a reconsideration never decided). Tasklist shows it on the form like
 * any refused input; the appeal endpoints answer 409.
 */
public class AppealConflict extends InvalidInput {

  public AppealConflict(String message) {
    super(message);
  }
}
