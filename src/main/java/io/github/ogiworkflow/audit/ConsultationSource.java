package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.consultation.ConsultationRegister;

/**
 * Each consultation of a third party or another agency (征求意见): sent, served, due and
 * answered. The answer period runs from the letter's service (Art. 32, 34): unknown until then.
 */
final class ConsultationSource implements TimelineSource {

  private final ConsultationRegister consultations;

  ConsultationSource(ConsultationRegister consultations) {
    this.consultations = consultations;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (ConsultationRegister.Consultation consultation : consultations.of(subject.key())) {
      lines.add(day(consultation.letterSentOn(), "CONSULTATION",
          "征求意见（" + FormLabels.code(consultation.kind().name()) + "）", "",
          consultation.answer() == null ? "" : FormLabels.code(consultation.answer().name()),
          (consultation.servedOn() == null ? "征求意见函送达日期待登记"
              : chinese(consultation.servedOn()) + "送达；答复期限 "
                  + chinese(consultation.dueOn()))
              + (consultation.answeredOn() == null ? ""
                  : "；" + chinese(consultation.answeredOn()) + "答复")));
    }
  }
}
