package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.vocabulary.WithdrawalForm;
import java.util.stream.Stream;

/**
 * The applicant's withdrawal (ADR 0085): the day it reached the office, how it was made and the
 * reason given, recorded by the office; the case closed on that day as 6.3. The reason is the
 * applicant's free text: masked as the request text is (ADR 0097). Every withdrawal the
 * register keeps: one set aside by a correction and followed by another in the new round is
 * kept beside it (ADR 0105).
 */
final class WithdrawalSource implements TimelineSource {

  private final CaseRegister cases;

  /** Who "recorded" a withdrawal the applicant made on the public platform (ADR 0175). */
  static final String ONLINE_APPLICANT = "申请人（网上申请平台）";

  WithdrawalSource(CaseRegister cases) {
    this.cases = cases;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    if (subject.header() == null) {
      return;
    }
    String tn = subject.key();
    TrailNames names = subject.names();
    Stream.concat(cases.earlierWithdrawals(tn).stream(),
        cases.withdrawal(tn).stream()).forEach(w -> lines.add(day(w.withdrawnOn(), "WITHDRAWAL",
        "申请人撤回申请",
        // The recorder by the name recorded at the act (V109, ADR 0153); looked up for older rows.
        // An online withdrawal is the applicant's own act (ADR 0175): no staff member recorded it.
        w.recordedBy() == null && WithdrawalForm.ONLINE.name().equals(w.form())
            ? ONLINE_APPLICANT : names.of(w.recordedBy(), w.recordedByName()),
        "撤回方式 " + FormLabels.code(w.form()),
        (w.reason() == null ? "" : "撤回理由：" + PersonalDataMasker.maskFreeText(w.reason()) + "；")
            + "登记于 "
            + chinese(w.recordedAt().atZone(OfficeTime.ZONE).toLocalDate())
            // Set aside by a correction that reopened the request (ADR 0099).
            + (w.inForce() ? "" : "；已因" + chinese(w.setAsideOn())
                + "的复议决定或判决纠正，重新办理"))));
  }
}
