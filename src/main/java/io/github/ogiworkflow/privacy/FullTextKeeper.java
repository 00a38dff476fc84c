package io.github.ogiworkflow.privacy;

/**
 * A register that keeps a free text in full which the engine stores masked (audit 30b F4, ADR
 * 0117). Before {@link PersonalDataBackfill} masks the variables of running cases once, each
 * keeper copies the values it still needs whole (those stored before the text was masked) into
 * its register, where the register has none.
 */
public interface FullTextKeeper {

  /** Copies the full values of running cases the register lacks; returns how many. */
  int keepFullTexts();
}
