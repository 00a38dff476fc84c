package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.register.CaseRegister;

/**
 * A request's registration voided as made in error (登记作废, ADR 0119), from the register
 * (audit 34b F3): the day, the reason (masked), the request it duplicates, who proposed and
 * who approved it, by their names at the act where recorded (V116, ADR 0161). The history's
 * steps show the same while they are kept; this line stays after they are removed, as a
 * complaint's void does.
 */
final class RegistrationVoidSource implements TimelineSource {

  private final CaseRegister cases;

  RegistrationVoidSource(CaseRegister cases) {
    this.cases = cases;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    if (subject.header() == null
        || !CaseRegister.Status.VOIDED.name().equals(subject.header().status())) {
      return;
    }
    TrailNames names = subject.names();
    cases.voiding(subject.key()).ifPresent(v -> lines.add(day(v.voidedOn(),
        "REGISTRATION_VOID", "登记错误，登记作废", names.of(v.approvedBy(), v.approvedByName()),
        "已作废", "作废于" + chinese(v.voidedOn()) + "；作废理由："
            + PersonalDataMasker.maskFreeText(v.reason())
            + (v.duplicateOf() == null ? "" : "；与" + v.duplicateOf() + "重复登记")
            + "；报请：" + names.of(v.proposedBy(), v.proposedByName())
            + "；审批：" + names.of(v.approvedBy(), v.approvedByName()))));
  }
}
