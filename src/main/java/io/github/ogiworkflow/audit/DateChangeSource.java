package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.nullToEmpty;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.register.DateChangeRegister;

/**
 * Dates corrected by the office (with the reason) and deadlines recomputed on the State
 * Council's holiday notice (issue 14, points 11 and 14): who, when, old and new date.
 */
final class DateChangeSource implements TimelineSource {

  private final DateChangeRegister dateChanges;

  DateChangeSource(DateChangeRegister dateChanges) {
    this.dateChanges = dateChanges;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (DateChangeRegister.DateChange change : dateChanges.of(subject.key())) {
      boolean corrected = change.kind() == DateChangeRegister.Kind.CORRECTED;
      String by = change.changedBy();
      lines.add(new Entry(change.changedAt(), false, "DATE_CHANGE",
          (corrected ? "更正" : "重算") + DateChangeRegister.label(change.field()),
          // The maker by the name recorded at the act (V94, ADR 0137); looked up for older rows.
          DateChangeRegister.SYSTEM.equals(by) ? by
              : subject.names().of(by, change.changedByName()),
          (change.oldDate() == null ? "（无）" : chinese(change.oldDate())) + " → "
              + chinese(change.newDate()),
          // The office writes what the applicant said or sent (audit 32b F12, ADR 0131): masked
          // as the withdrawal's reason is; ogi_date_change keeps it whole for the office.
          nullToEmpty(PersonalDataMasker.maskFreeText(change.reason())), ""));
    }
  }
}
