package io.github.ogiworkflow.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a step refuses, with a message in English and Chinese. It is a form-field validation
 * failure to the engine: its REST API answers 400 with the message, Tasklist shows it on the
 * form, and the user's step is rolled back so nothing is half-written.
 *
 * <p>A message is one line per wrong field, each starting with the field's variable name
 * ({@code receivedOn lies in the future（收到申请日期不能晚于今天）}); {@code
 * enginerest/FieldErrorAnswers} turns that into a Chinese answer with a field → message map, so
 * {@link Collector} lets a step report every wrong field at once.
 */
public class InvalidInput extends FormFieldValidationException {

  public InvalidInput(String message) {
    super(null, message);
  }

  public InvalidInput(String message, Throwable cause) {
    super(null, message, cause);
  }

  /**
   * Runs a step's checks one after the other and refuses once, with every wrong field: staff fix
   * the form in one go instead of meeting the errors one submission at a time.
   */
  public static final class Collector {

    private final List<InvalidInput> errors = new ArrayList<>();

    /** The checked value, or null when the check refused it (the refusal is kept). */
    public <T> T check(Supplier<T> check) {
      try {
        return check.get();
      } catch (InvalidInput e) {
        errors.add(e);
        return null;
      }
    }

    public void add(InvalidInput error) {
      errors.add(error);
    }

    /** Throws one InvalidInput listing every refusal, one line each; does nothing without any. */
    public void throwIfAny() {
      if (errors.size() == 1) {
        throw errors.get(0);
      }
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors.stream().map(Throwable::getMessage)
            .collect(Collectors.joining("\n")));
      }
    }
  }
}
