package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.audit.TrailLines.nullToEmpty;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.register.ReplyLetterRegister;

/**
 * A reply signed with its 文号 and never served, recorded void when the case closed (文书作废,
 * ADR 0136): the number the 答 series skips, and why.
 */
final class VoidedReplySource implements TimelineSource {

  private final ReplyLetterRegister replyLetters;

  VoidedReplySource(ReplyLetterRegister replyLetters) {
    this.replyLetters = replyLetters;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (ReplyLetterRegister.IssuedReply reply : replyLetters.issuedOf(subject.key())) {
      if (reply.voidedOn() != null) {
        lines.add(day(reply.voidedOn(), "VOID", "答复书" + reply.documentNumber() + "作废", "",
            "作废", "文号 " + reply.documentNumber() + "，" + (reply.issuedOn() == null ? ""
                : chinese(reply.issuedOn()) + "签发，") + nullToEmpty(reply.voidReason())));
      }
    }
  }
}
