package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;

import io.github.ogiworkflow.audit.CaseTimeline.CaseHeader;
import io.github.ogiworkflow.register.CaseRegister;
import java.util.Objects;

/**
 * A request's closing (办结) with its outcome; a case reopened after an appeal and delivered
 * again also shows its first closing, which the annual report counts.
 */
final class ClosingSource implements TimelineSource {

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    CaseHeader header = subject.header();
    if (header == null) {
      return;
    }
    CaseRegister.CaseSummary summary = subject.summary();
    boolean handledAnew = subject.handledAnew();
    String closedOutcome = header.closedOn() == null ? null
        : subject.outcomeOn(header.closedOn());
    if (header.closedOn() != null) {
      lines.add(day(header.closedOn(), "CLOSED", "办结", "", closedOutcome == null
          ? "" : "答复类型 " + FormLabels.outcome(closedOutcome), handledAnew ? "此后重新办理" : ""));
    }
    // A case reopened after an appeal and delivered again: the register's delivery is the
    // latest; the first closing, which the annual report counts, is shown as well.
    if (summary.firstClosedOn() != null
        && (!summary.firstClosedOn().equals(header.closedOn())
            || !Objects.equals(summary.firstOutcomeCode(), closedOutcome))) {
      lines.add(day(summary.firstClosedOn(), "CLOSED", "首次办结（年度报告按此统计）", "",
          summary.firstOutcomeCode() == null ? ""
              : "答复类型 " + FormLabels.outcome(summary.firstOutcomeCode()),
          "此后因复议或诉讼纠正重新办理"));
    }
  }
}
