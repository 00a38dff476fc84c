package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.consultation.ConsultationKind;
import io.github.ogiworkflow.consultation.ConsultationRegister;

/**
 * Each consultation of a third party or another agency (征求意见): sent, served, due and
 * answered, and for a third party since ADR 0166 whom. The answer period runs from the letter's
 * service (Art. 32, 34): unknown until then.
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
          // Each third party is consulted on its own (ADR 0166): the line names whom.
          (consultation.party() == null ? "" : "被征求意见的第三方：" + consultation.party() + "；")
          + (consultation.servedOn() == null ? "征求意见函送达日期待登记"
              : chinese(consultation.servedOn()) + "送达；答复期限 "
                  + chinese(consultation.dueOn()))
              + (consultation.answeredOn() == null ? ""
                  : "；" + chinese(consultation.answeredOn()) + "答复")
              + afterPeriod(consultation)
              + agencyReasons(consultation)));
    }
  }

  /**
   * Art. 32 (audit 35a F4, ADR 0172): an answer recorded after the period. Posted within it, it
   * is the answer (not 逾期): the line gives the postmark. Late, the silence stands and the line
   * adds the late answer, its day of receipt and postmark, for the reviewer and approver to weigh.
   */
  private static String afterPeriod(ConsultationRegister.Consultation consultation) {
    String posted = consultation.postedOn() == null ? ""
        : "，邮戳日期" + chinese(consultation.postedOn());
    if (consultation.lateAnswer() != null) {
      return "；逾期答复：" + FormLabels.code(consultation.lateAnswer().name()) + "（"
          + chinese(consultation.lateReceivedOn()) + "收到" + posted + "，答复期限届满后提出）";
    }
    if (consultation.answeredOn() != null && consultation.dueOn() != null
        && consultation.answeredOn().isAfter(consultation.dueOn())) {
      return "（期限届满后收到" + posted + "，在答复期限内寄出，按期限内答复处理）";
    }
    return "";
  }

  /**
   * Art. 34 (audit 35a F3, ADR 0169): a co-producing agency's objection is weighed by the
   * reviewer and leadership; the trail shows the reasons they weighed.
   */
  private String agencyReasons(ConsultationRegister.Consultation consultation) {
    if (consultation.kind() != ConsultationKind.AGENCY
        || consultation.answer() != ConsultationRegister.Answer.OBJECTION) {
      return "";
    }
    return "；不同意公开的理由："
        + consultations.keptOpinion(consultation.id()).orElse("（未说明理由）");
  }
}
