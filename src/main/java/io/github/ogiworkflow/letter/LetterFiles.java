package io.github.ogiworkflow.letter;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The letters of a case as Word files. */
// placeholder until the docx letters land
@Component
public class LetterFiles {

  /** The approved reply letter of a case, once it has been delivered. */
  public Optional<LetterFile> deliveredReply(String trackingNumber) {
    return Optional.empty();
  }
}
