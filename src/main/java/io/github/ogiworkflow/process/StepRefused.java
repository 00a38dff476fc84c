package io.github.ogiworkflow.process;

/**
 * A step's check failed in a way no retry can fix: the register will not heal by itself, someone
 * has to act. Thrown in an asynchronous step, the job gets no retries and the engine raises the
 * incident at once, with this message ({@link RefusalIncidents}, ADR 0008). Its message says in
 * Chinese what failed and what to do.
 */
public class StepRefused extends RuntimeException {

  public StepRefused(String message) {
    super(message);
  }
}
