package io.github.ogiworkflow.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a step refuses, with a message in English and Chinese. It is a form-field validation
 * failure to the engine: its REST API answers 400 with the message, Tasklist shows it on the
 * form, and the user's step is rolled back so nothing is half-written.
 */
public class InvalidInput extends FormFieldValidationException {

  public InvalidInput(String message) {
    super(null, message);
  }

  public InvalidInput(String message, Throwable cause) {
    super(null, message, cause);
  }
}
