package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.process.InvalidInput;

/**
 * An appeal event that does not fit the case's state (no reply delivered, window closed, nothing
 * pending, litigation before the mandatory reconsideration). Tasklist shows it on the form like
 * any refused input; the appeal endpoints answer 409.
 */
public class AppealConflict extends InvalidInput {

  public AppealConflict(String message) {
    super(message);
  }
}
