package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseActRegister;

/**
 * The acts the register keeps in {@code ogi_case_act} (ADR 0174): the completeness conclusion
 * (审查申请内容是否明确), the fee decision (收费 / 不收费 with its basis), who split the request into
 * items, each deciding timer that fired (ADR 0184), the office's choice at 确认逾期未补正 and its
 * assessment of the reasons asked under Art. 35 (ADR 0180) and its finding at 确认逾期未说明理由
 * (ADR 0184), by the staff member's name at the act or as the system's
 * (系统（自动）) with its trigger. Read from the register, so they stay once the engine's history
 * of the case is removed.
 */
final class CaseActSource implements TimelineSource {

  /** Who the trail names for an act of the system (a job: a timer, an asynchronous step). */
  static final String WHO = "系统（自动）";

  /** The trail's comment for what set the system to act. */
  static String trigger(String systemTrigger) {
    return "触发：" + systemTrigger;
  }

  private final CaseActRegister acts;
  private final FormLabels labels;

  CaseActSource(CaseActRegister acts, FormLabels labels) {
    this.acts = acts;
    this.labels = labels;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (CaseActRegister.Act act : acts.of(subject.key())) {
      String who = act.bySystem() ? WHO : subject.names().of(act.actedBy(), act.actedByName());
      String comment = act.bySystem() ? trigger(act.systemTrigger()) : "";
      lines.add(switch (act.kind()) {
        case COMPLETENESS -> new Entry(act.actedAt(), false, "COMPLETENESS", "审查申请内容是否明确",
            who, labels.describe(ProcessVariables.COMPLETENESS_DECISION, act.conclusion()),
            comment, "");
        case FEE -> new Entry(act.actedAt(), false, "FEE", "确定是否收费", who,
            "NO_FEE".equals(act.conclusion()) ? "不收费" : "收费", comment,
            act.detail() == null ? "" : "依据：" + TrailLines.shorten(act.detail()));
        case ITEMS_SPLIT -> new Entry(act.actedAt(), false, "ITEMS_SPLIT", "拆分信息项", who,
            TrailLines.nullToEmpty(act.conclusion()), comment,
            TrailLines.shorten(act.detail()));
        case TIMER -> new Entry(act.actedAt(), false, "TIMER",
            TrailLines.nullToEmpty(act.stepName()), who, "", comment, "");
        // The office's conclusions on whether the application is handled (ADR 0180), under
        // the completeness conclusion's kind (审查申请内容, Art. 30, 35).
        case NO_CORRECTION -> new Entry(act.actedAt(), false, "COMPLETENESS", "确认逾期未补正", who,
            labels.describe(ProcessVariables.NO_CORRECTION_DECISION, act.conclusion()), comment,
            TrailLines.shorten(act.detail()));
        case REASONS -> new Entry(act.actedAt(), false, "COMPLETENESS", "审查申请人说明的理由", who,
            labels.describe(ProcessVariables.REASONS_DECISION, act.conclusion()), comment,
            TrailLines.shorten(act.detail()));
        case NO_REASONS -> new Entry(act.actedAt(), false, "COMPLETENESS", "确认逾期未说明理由",
            who, labels.describe(ProcessVariables.NO_REASONS_DECISION, act.conclusion()),
            comment, TrailLines.shorten(act.detail()));
      });
    }
  }
}
