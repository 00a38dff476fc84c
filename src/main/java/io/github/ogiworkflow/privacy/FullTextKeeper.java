package io.github.ogiworkflow.privacy;

import java.util.function.BiPredicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * A register that keeps a free text in full which the engine stores masked (audit 30b F4, ADR
 * 0117). Before {@link PersonalDataBackfill} masks the variables of running cases once, each
 * keeper copies the values it still needs whole (those stored before the text was masked) into
 * its register, where the register has none.
 */
public interface FullTextKeeper {

  /** Copies the full values of running cases the register lacks; returns how many. */
  int keepFullTexts();

  /**
   * Offers {@code keep} each text value of {@code variableName} in running cases (as stored, not
   * deserialised); answers how many it kept (returned true for).
   */
  static int keepEach(RuntimeService runtime, String variableName,
      BiPredicate<VariableInstance, String> keep) {
    int kept = 0;
    for (VariableInstance variable : runtime.createVariableInstanceQuery()
        .variableName(variableName).disableCustomObjectDeserialization().list()) {
      if (variable.getValue() instanceof String text && keep.test(variable, text)) {
        kept++;
      }
    }
    return kept;
  }
}
