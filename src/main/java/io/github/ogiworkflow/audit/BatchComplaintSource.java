package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.appeal.AppealRegister;

/**
 * A complaint about a publication batch (Art. 51) has its own number and trail; the batch's
 * trail names it, and whether it was answered.
 */
final class BatchComplaintSource implements TimelineSource {

  private final AppealRegister appeals;

  BatchComplaintSource(AppealRegister appeals) {
    this.appeals = appeals;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    if (subject.batchLines().isEmpty()) {
      return;
    }
    for (AppealRegister.StandaloneComplaint c
        : appeals.complaintsAbout(subject.batchLines().get(0).publication().batchRef())) {
      lines.add(day(c.servedOn(), "APPEAL", "投诉、举报 " + c.complaintNo(), "",
          c.pending() ? "" : "已答复",
          c.pending() ? "尚未答复" : "答复于" + chinese(c.decidedOn())));
    }
  }
}
