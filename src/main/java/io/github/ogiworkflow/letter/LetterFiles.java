package io.github.ogiworkflow.letter;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issued letters as files, for the pages that hand them out (the public status page). */
@Component
public class LetterFiles {

  private final Letters letters;

  public LetterFiles(Letters letters) {
    this.letters = letters;
  }

  /**
   * The reply letter as delivered: the document frozen on approval (or on finalising, where no
   * approval is required), byte for byte; empty until the reply is delivered. After a reopened
   * case is answered again, the latest delivered reply.
   */
  public Optional<LetterFile> deliveredReply(String trackingNumber) {
    return letters.latestFile(trackingNumber, LetterKind.REPLY);
  }
}
