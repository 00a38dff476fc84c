package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.deadline.PauseLedger;

/** Each pause of the reply deadline (期限中止) and when it resumed. */
final class PauseSource implements TimelineSource {

  private final PauseLedger pauses;

  PauseSource(PauseLedger pauses) {
    this.pauses = pauses;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (PauseLedger.Pause pause : pauses.pausesOf(subject.key())) {
      lines.add(day(pause.startedOn(), "PAUSE", "答复期限中止", "", "",
          pause.endedOn() == null ? "尚未恢复" : "至" + chinese(pause.endedOn()) + "恢复，共 "
              + pause.workingDays() + " 个工作日不计入期限"));
    }
  }
}
