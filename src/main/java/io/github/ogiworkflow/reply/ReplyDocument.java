package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.DocumentNumbers;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterFile;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister.FrozenLetter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The reply letter as a Word document. It is issued (文号 allocated, document rendered and
 * stored with its SHA-256) once, when the letter becomes final: on leadership's approval, or
 * when the office finalises it where the ApprovalRequired table asks for none. Before that the
 * office and leadership see a preview of the frozen text with the number left blank, as a
 * 发文稿 is numbered after it is signed off (先签发、后编号).
 */
@Component
public class ReplyDocument {

  private final ReplyLetterRegister letters;
  private final LetterDocuments documents;
  private final DocumentNumbers numbers;
  private final AgencyProperties agency;

  public ReplyDocument(ReplyLetterRegister letters, LetterDocuments documents,
      DocumentNumbers numbers, AgencyProperties agency) {
    this.letters = letters;
    this.documents = documents;
    this.numbers = numbers;
    this.agency = agency;
  }

  /** Issues the case's latest frozen letter, unless it is issued already. */
  public FrozenLetter issue(String trackingNumber) {
    FrozenLetter letter = letters.latest(trackingNumber).orElseThrow(
        () -> new IllegalStateException("No frozen reply letter for " + trackingNumber));
    if (letter.issued()) {
      return letter;
    }
    LocalDate today = OfficeTime.today();
    String number = numbers.next(agency.documentPrefix(), today.getYear(), LetterKind.REPLY);
    byte[] docx = render(letter.body(), number, today);
    if (!letters.issue(letter.id(), number, docx, today)) {
      throw new IllegalStateException("Reply letter " + letter.id() + " was issued meanwhile");
    }
    return letters.latest(trackingNumber).orElseThrow();
  }

  /**
   * The case's latest issued reply if it was recorded void (作废: signed, never served, the case
   * closed; ADR 0136), which stays void when a correction reopens the case, until the new round
   * issues its own.
   */
  public Optional<ReplyLetterRegister.IssuedReply> voidedLatest(String trackingNumber) {
    List<ReplyLetterRegister.IssuedReply> issued = letters.issuedOf(trackingNumber);
    return issued.isEmpty() ? Optional.empty()
        : Optional.of(issued.get(issued.size() - 1)).filter(r -> r.voidedOn() != null);
  }

  /** The 文号 of the case's latest reply letter, if it was issued. */
  public Optional<String> issuedNumber(String trackingNumber) {
    return letters.latest(trackingNumber).filter(FrozenLetter::issued)
        .map(FrozenLetter::documentNumber);
  }

  /** The day the case's latest reply letter was issued (numbered and dated), if it was. */
  public Optional<LocalDate> issuedOn(String trackingNumber) {
    return letters.latest(trackingNumber).filter(FrozenLetter::issued)
        .map(FrozenLetter::issuedOn);
  }

  /**
   * The document to show for the case: the issued one as stored, else a preview of the frozen
   * letter (or of {@code draftText}, the letter still being edited) without a number.
   */
  public Optional<LetterFile> current(String trackingNumber, String draftText) {
    Optional<FrozenLetter> frozen = letters.latest(trackingNumber);
    if (frozen.isPresent() && frozen.get().issued()) {
      FrozenLetter letter = frozen.get();
      return Optional.of(new LetterFile(LetterFile.fileName(LetterKind.REPLY.title(),
          letter.documentNumber()), letter.documentNumber(), letter.docx(), letter.docxSha256()));
    }
    String text = draftText != null ? draftText : frozen.map(FrozenLetter::body).orElse(null);
    if (text == null) {
      return Optional.empty();
    }
    LocalDate today = OfficeTime.today();
    String blank = DocumentNumbers.blank(agency.documentPrefix(), LetterKind.REPLY,
        today.getYear());
    byte[] docx = render(text, blank, today);
    return Optional.of(new LetterFile(LetterKind.REPLY.title() + "（送审稿）.docx", null, docx,
        LetterFile.sha256(docx)));
  }

  private byte[] render(String text, String number, LocalDate date) {
    LetterDocuments.Parsed parsed = documents.parse(LetterKind.REPLY, text);
    return documents.render(new LetterDocuments.Content(LetterKind.REPLY, number,
        parsed.addressee(), parsed.paragraphs(), date));
  }
}
