package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.publication.ProactiveSuggestions;

/**
 * 申请人建议主动公开 (Art. 44, ADR 0162): each item an applicant suggested moving into the proactive
 * scope, on the day the agency received the suggestion, with the reason (the applicant's words,
 * masked as a withdrawal's reason is) and who recorded it when (the name recorded at the act).
 */
final class ProactiveSuggestionSource implements TimelineSource {

  private final ProactiveSuggestions suggestions;

  ProactiveSuggestionSource(ProactiveSuggestions suggestions) {
    this.suggestions = suggestions;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    if (subject.header() == null) {
      return;
    }
    for (ProactiveSuggestions.Suggestion s : suggestions.of(subject.key())) {
      lines.add(day(s.suggestedOn(), "SUGGESTION", "申请人建议主动公开：信息项 " + s.seq() + "「"
          + PersonalDataMasker.mask(s.title()) + "」",
          subject.names().of(s.recordedBy(), s.recordedByName()),
          voidedText(s, subject) + "建议理由：" + PersonalDataMasker.maskFreeText(s.reason()),
          "登记于 " + chinese(s.recordedAt().atZone(OfficeTime.ZONE).toLocalDate())));
      // The agency's answer (采纳 / 不予采纳, ADR 0183), on the day it was given.
      if (s.answer() != null) {
        ProactiveSuggestions.Answer a = s.answer();
        lines.add(day(a.answeredOn(), "SUGGESTION_ANSWER", "答复申请人建议主动公开：信息项 "
            + s.seq() + "「" + PersonalDataMasker.mask(s.title()) + "」",
            subject.names().of(a.answeredBy(), a.answeredByName()),
            a.decision().label() + "；答复理由：" + PersonalDataMasker.maskFreeText(a.reason()),
            "登记于 " + chinese(a.recordedAt().atZone(OfficeTime.ZONE).toLocalDate())));
      }
    }
  }

  /** A suggestion voided as recorded in error (ADR 0173): struck, with why, who and when. */
  private static String voidedText(ProactiveSuggestions.Suggestion s, TrailSubject subject) {
    return !s.voided() ? "" : "已作废（登记错误，作废于"
        + chinese(s.voiding().voidedAt().atZone(OfficeTime.ZONE).toLocalDate()) + "；作废理由："
        + PersonalDataMasker.maskFreeText(s.voiding().reason()) + "；作废人："
        + subject.names().of(s.voiding().voidedBy(), s.voiding().voidedByName()) + "）；";
  }
}
