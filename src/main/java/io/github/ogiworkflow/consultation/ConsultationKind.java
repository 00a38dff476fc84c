package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.letter.LetterKind;

/** Whom the office consults before it replies (Art. 32 and 34). */
public enum ConsultationKind {
  THIRD_PARTY(LetterKind.CONSULTATION_THIRD_PARTY),
  AGENCY(LetterKind.CONSULTATION_AGENCY);

  private final LetterKind letter;

  ConsultationKind(LetterKind letter) {
    this.letter = letter;
  }

  public LetterKind letter() {
    return letter;
  }
}
