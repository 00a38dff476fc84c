package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.letter.LetterKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every letter the office sends to the applicant is on the applicant's status page: each kind
 * is decided here, so a new kind addressed to the applicant cannot be left off unnoticed (as
 * the 说明理由通知书, 延迟答复告知书 and the two notices of more time once were).
 */
class OnlineLettersTest {

  /** Letters addressed to someone else: the third party, another agency, a body or court. */
  static final Set<LetterKind> TO_OTHERS = EnumSet.of(LetterKind.CONSULTATION_THIRD_PARTY,
      LetterKind.CONSULTATION_AGENCY, LetterKind.SECRECY_REFERRAL, LetterKind.OVERRIDE_NOTICE,
      LetterKind.RECONSIDERATION_ANSWER, LetterKind.LITIGATION_DEFENCE,
      LetterKind.LITIGATION_APPEAL, LetterKind.COMPLAINT_ANSWER);

  @Test
  void everyLetterToTheApplicantIsShownOnline() {
    assertThat(OnlineIntake.APPLICANT_LETTERS).contains(LetterKind.REASONS_REQUEST,
        LetterKind.DELAYED_REPLY_NOTICE, LetterKind.CORRECTION_EXTENSION_NOTICE,
        LetterKind.FEE_EXTENSION_NOTICE).doesNotContainAnyElementsOf(TO_OTHERS);
    for (LetterKind kind : LetterKind.values()) {
      assertThat(OnlineIntake.APPLICANT_LETTERS.contains(kind) || TO_OTHERS.contains(kind))
          .as("%s (%s) is shown to the applicant or listed as a letter to others", kind,
              kind.title()).isTrue();
    }
  }
}
