package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.nullToEmpty;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.DecisionRegister;

/**
 * Leadership's decisions (领导审批: the reply, a public-interest disclosure, an extension, a
 * delayed reply), each placed right after the task whose completion recorded it.
 */
final class ApprovalSource implements TimelineSource {

  private final DecisionRegister decisions;
  private final FormLabels labels;

  ApprovalSource(DecisionRegister decisions, FormLabels labels) {
    this.decisions = decisions;
    this.labels = labels;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (DecisionRegister.DatedDecision decision : decisions.dated(subject.key())) {
      // The decider by the name recorded with the decision (V86, ADR 0153).
      Entry decided = new Entry(decision.decidedAt(), false, "APPROVAL",
          approvalKind(decision.kind()),
          subject.names().of(decision.decidedBy(), decision.decidedByName()),
          labels.value(approvalVariable(decision.kind()), decision.decision()),
          nullToEmpty(decision.comment()), "");
      lines.addAfterTask(decided, approvalTask(decision.kind()));
    }
  }

  private static String approvalKind(DecisionRegister.Kind kind) {
    return switch (kind) {
      case REPLY -> "领导审批答复";
      case OVERRIDE -> "领导审批公共利益公开";
      case EXTENSION -> "领导审批延期答复";
      case DELAY -> "领导审批延迟答复";
    };
  }

  private static String approvalTask(DecisionRegister.Kind kind) {
    return switch (kind) {
      case REPLY -> ElementIds.TASK_APPROVE_REPLY;
      case OVERRIDE -> ElementIds.TASK_APPROVE_OVERRIDE;
      case EXTENSION -> ElementIds.TASK_APPROVE_EXTENSION;
      case DELAY -> ElementIds.TASK_APPROVE_DELAYED_REPLY;
    };
  }

  /** The form field that carries the decision of an approval kind. */
  private static String approvalVariable(DecisionRegister.Kind kind) {
    return switch (kind) {
      case REPLY -> ProcessVariables.REPLY_APPROVAL;
      case OVERRIDE -> ProcessVariables.OVERRIDE_APPROVAL;
      case EXTENSION -> ProcessVariables.EXTENSION_APPROVAL;
      case DELAY -> ProcessVariables.DELAYED_REPLY_APPROVAL;
    };
  }
}
