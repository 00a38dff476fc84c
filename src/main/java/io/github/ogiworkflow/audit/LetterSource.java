package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.letter.Letters;

/** Each letter kept for the case: its title, 文号 and date. */
final class LetterSource implements TimelineSource {

  private final Letters letters;

  LetterSource(Letters letters) {
    this.letters = letters;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (Letters.Letter letter : letters.of(subject.key())) {
      // Who issued it, by his name at the act (V116, ADR 0161), or the system with what set it
      // to (V127, ADR 0174); nobody for older letters.
      boolean bySystem = letter.issuedBySystem() != null;
      lines.add(new Entry(letter.keptAt(), false, "LETTER", "发出《" + letter.title() + "》",
          bySystem ? CaseActSource.WHO : subject.names().of(letter.issuedBy(), letter.issuedByName()),
          "", bySystem ? CaseActSource.trigger(letter.issuedBySystem()) : "",
          (letter.documentNumber() == null ? "" : "文号 " + letter.documentNumber()
              + "，") + "文书日期 " + chinese(letter.issuedOn()) + "（" + letter.kind().title()
              + "）"));
    }
  }
}
