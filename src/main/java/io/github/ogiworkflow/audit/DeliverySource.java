package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.audit.CaseTimeline.CaseHeader;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;

/**
 * The reply's delivery, and the termination notice's service from which a closed case's
 * remedies run (ADR 0067; audit round 23, F6).
 */
final class DeliverySource implements TimelineSource {

  private final CaseRegister cases;
  private final FormLabels labels;

  DeliverySource(CaseRegister cases, FormLabels labels) {
    this.cases = cases;
    this.labels = labels;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    CaseHeader header = subject.header();
    if (header == null) {
      return;
    }
    // A case handled anew after a correction: a delivery shows the outcome it had (the first
    // closing's), or none (audit round 29, F9).
    boolean handledAnew = subject.handledAnew();
    CaseRegister.ActsRecordedBy recorded = subject.actsRecordedBy();
    if (header.deliveredOn() != null) {
      String outcome = subject.outcomeOn(header.deliveredOn());
      // Who recorded it, by his name at the act, and how it was delivered, from the register
      // (V116, ADR 0161); a delivery recorded before names nobody, as before.
      String deliveredBy = recorded == null ? null : recorded.deliveredBy();
      lines.add(day(header.deliveredOn(), "DELIVERY", "答复书送达",
          recorded == null ? "" : subject.names().of(recorded.deliveryRecordedBy(),
              recorded.deliveryRecordedByName()),
          outcome == null ? "" : "答复类型 " + FormLabels.outcome(outcome),
          (header.dueOn() != null && header.deliveredOn().isAfter(header.dueOn())
              ? "晚于答复期限" : "在答复期限内") + (handledAnew ? "；此后重新办理" : "")
              + (deliveredBy == null ? ""
                  : "；送达方式 " + labels.value(ProcessVariables.DELIVERED_BY, deliveredBy))));
    }
    // Who first recorded the service, by his name at the act (ADR 0161).
    String serviceRecorder = recorded == null ? "" : subject.names().of(
        recorded.terminationRecordedBy(), recorded.terminationRecordedByName());
    cases.terminationService(subject.key()).filter(service -> service.servedOn() != null)
        .ifPresent(service -> lines.add(day(service.servedOn(), "DELIVERY",
            "终止办理告知书送达", serviceRecorder,
            "送达方式 " + labels.value(ProcessVariables.DELIVERED_BY, service.servedBy()),
            service.receivedOn() != null
                ? "申请人收到 " + chinese(service.receivedOn()) + "（复议、诉讼期限自此起算）"
                : "邮寄，申请人签收日期待登记")));
  }
}
