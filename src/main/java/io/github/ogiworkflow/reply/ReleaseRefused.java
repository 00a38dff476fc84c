package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.process.StepRefused;
import java.util.List;

/**
 * A check at the point of no return failed: nothing is released. Thrown in an asynchronous step,
 * it stops the case at once with an incident that names every failed check (no retries: the
 * register will not heal by itself; the office fixes the cause and retries the step).
 */
public class ReleaseRefused extends StepRefused {

  private final List<String> problems;

  public ReleaseRefused(String what, List<String> problems) {
    super(what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
