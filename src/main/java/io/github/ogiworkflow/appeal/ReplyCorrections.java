package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The reconsideration decision or judgment that corrected the agency (纠正) and reopened a
 * request, as the reply made anew names it (handbook §3: a correction reopens the request, a new
 * reply decision with a fresh deadline): read from the appeal register and the case's issued
 * letters, never from process variables. ADR 0044.
 */
@Component
public class ReplyCorrections {

  /**
   * What the new reply says of the correction: a reconsideration decision or a judgment, by
   * which body or court, its docket number as registered (may be null), its date, what it
   * decided (撤销, 变更, 确认违法, 责令履行), the agency's act it corrected, in words
   * (本机关于…作出的《…》（文号）), and the date by which it ordered the agency to reply anew
   * ({@code dueOn}, V31), null when it set none.
   */
  public record Correction(AppealKind kind, String bodyOrCourt, String docketNo,
      LocalDate decidedOn, AppealResult.Detail detail, String act, LocalDate dueOn) {

    /** A correction that set no date for the reply made anew. */
    public Correction(AppealKind kind, String bodyOrCourt, String docketNo, LocalDate decidedOn,
        AppealResult.Detail detail, String act) {
      this(kind, bodyOrCourt, docketNo, decidedOn, detail, act, null);
    }
  }

  private final AppealRegister appeals;
  private final Letters letters;
  private final CaseRegister cases;

  public ReplyCorrections(AppealRegister appeals, Letters letters, CaseRegister cases) {
    this.appeals = appeals;
    this.letters = letters;
    this.cases = cases;
  }

  /**
   * The correction that reopened the request last; empty for a request never corrected. An
   * order to reply (against the failure to reply) that reopened a withdrawn request counts: it
   * set the withdrawal aside (ADR 0099, 0105).
   */
  public Optional<Correction> reopeningOf(String trackingNumber) {
    return appeals.lastReopening(trackingNumber, cases.withdrawalsSetAsideBy(trackingNumber))
        .map(reopening -> {
      AppealRegister.Appeal appeal = reopening.appeal();
      AppealResult.Detail detail = appeal.resultDetail() == null ? null
          : AppealResult.Detail.valueOf(appeal.resultDetail());
      return new Correction(appeal.kind(), appeal.bodyOrCourt(), appeal.docketNo(),
          appeal.decidedOn(), detail, act(appeal, reopening.registeredAt()),
          appeal.correctedDueOn());
    });
  }

  /**
   * The act the appeal challenged, as issued before the appeal was registered (the new reply
   * issued later is not it): the applicant's, the latest reply or termination notice; a third
   * party's, the decision to disclose told by the 公开决定告知书 (Art. 32). A third party is not
   * named to the applicant.
   */
  private String act(AppealRegister.Appeal appeal, Instant registeredAt) {
    if (appeal.againstNonReply()) {
      // No letter was challenged: the inaction itself (ADR 0081), as the appeal names it.
      return "本机关逾期未作答复的行为";
    }
    boolean thirdParty = appeal.appellant() == Appellant.THIRD_PARTY;
    Letters.Letter challenged = null;
    for (Letters.Letter letter : letters.of(appeal.trackingNumber())) {
      boolean fits = thirdParty ? letter.kind() == LetterKind.OVERRIDE_NOTICE
          : letter.kind() == LetterKind.REPLY || letter.kind() == LetterKind.TERMINATION_NOTICE;
      if (fits && (letter.keptAt() == null || !letter.keptAt().isAfter(registeredAt))) {
        challenged = letter;
      }
    }
    if (thirdParty) {
      return challenged == null ? "本机关作出的予以公开的决定"
          : "本机关于" + CaseLetters.chinese(challenged.issuedOn()) + "作出的予以公开的决定（《"
              + challenged.title() + "》" + number(challenged) + "）";
    }
    return challenged == null ? "本机关作出的政府信息公开答复"
        : "本机关于" + CaseLetters.chinese(challenged.issuedOn()) + "作出的《" + challenged.title()
            + "》" + number(challenged);
  }

  /** （文号）, or nothing for a letter kept before letters were numbered. */
  private static String number(Letters.Letter letter) {
    return letter.documentNumber() == null || letter.documentNumber().isBlank() ? ""
        : "（" + letter.documentNumber() + "）";
  }
}
