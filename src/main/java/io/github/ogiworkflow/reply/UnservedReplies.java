package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister.IssuedReply;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A reply signed and numbered (签发, 先签发、后编号) but never served when its case closes (the
 * applicant withdrew, the correction or the fee never came): its 文号 stays used, not reused
 * (ADR 0132), and the closing records it as void (作废) with the reason, in the closing's
 * transaction, so the audit trail explains the gap in the 答 series from a record, not from a
 * guess made when the trail is read (ADR 0136).
 */
@Component
public class UnservedReplies {

  /** The reason's opening, then why the case closed. */
  static final String NOT_SERVED = "已签发未送达，";

  private final ReplyLetterRegister replies;
  private final Letters letters;

  public UnservedReplies(ReplyLetterRegister replies, Letters letters) {
    this.replies = replies;
    this.letters = letters;
  }

  /**
   * Records as void today every issued reply of the case that was not served (no 答复书 with its
   * 文号 among the case's letters) and not recorded void before; {@code cause} says why the case
   * closed (申请人撤回申请). Returns the 文号 voided now.
   */
  public List<String> voidOnClosing(String trackingNumber, String cause) {
    Set<String> served = letters.of(trackingNumber).stream()
        .filter(letter -> letter.kind() == LetterKind.REPLY && letter.documentNumber() != null)
        .map(Letters.Letter::documentNumber).collect(Collectors.toSet());
    return replies.issuedOf(trackingNumber).stream()
        .filter(reply -> reply.voidedOn() == null && !served.contains(reply.documentNumber()))
        .filter(reply -> replies.markVoided(reply.id(), OfficeTime.today(), NOT_SERVED + cause))
        .map(IssuedReply::documentNumber).toList();
  }
}
