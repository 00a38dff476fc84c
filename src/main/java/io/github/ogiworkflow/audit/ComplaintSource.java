package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.ComplaintKind;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import java.util.Arrays;

/**
 * The register's record of a complaint without a request (ADR 0037): its receipt from the
 * body that passed it on, the office's answer deadline, and the answer with who approved it,
 * or its voiding; who registered and drafted it are the history's tasks.
 */
final class ComplaintSource implements TimelineSource {

  private final AppealRegister appeals;
  private final DeadlineTexts deadlineTexts;

  ComplaintSource(AppealRegister appeals, DeadlineTexts deadlineTexts) {
    this.appeals = appeals;
    this.deadlineTexts = deadlineTexts;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    AppealRegister.StandaloneComplaint c = subject.complaint();
    if (c == null) {
      return;
    }
    TrailNames names = subject.names();
    String kind = kindLabel(c);
    lines.add(day(c.servedOn(), "COMPLAINT_RECEIPT", "收到" + kind
        + (c.bodyOrCourt() == null ? "" : "（" + c.bodyOrCourt() + "转办）"), "", "",
        (c.docketNo() == null ? "" : "来文编号 " + c.docketNo() + "；") + "所涉："
            + (c.reference() == null ? "本机关政府信息公开工作" : c.reference())));
    if (c.answerDueOn() != null) {
      lines.add(day(c.answerDueOn(), "DUE", (c.pending() ? "答复期限（当前）" : "答复期限")
          + deadlineTexts.mark(c.answerDueOn()), "", "", "本机关答复标准（法律未规定答复期限）"));
    }
    AppealRegister.Voiding voiding = appeals.voiding(c.id()).orElse(null);
    if (voiding != null) {
      lines.add(day(voiding.voidedOn(), "COMPLAINT", kind + "登记作废",
          names.of(voiding.approvedBy()), "已作废", voided(voiding, names)));
    } else if (!c.pending() && c.decidedOn() != null) {
      lines.add(day(c.decidedOn(), "COMPLAINT", "答复" + kind, "", "已答复",
          (c.approvedBy() == null ? "" : "审批：" + names.of(c.approvedBy()) + "；")
              + (c.submittedOn() == null ? "" : "报送于" + chinese(c.submittedOn()) + "；")
              + (c.answerDueOn() == null ? "答复于" + chinese(c.decidedOn())
                  : c.decidedOn().isAfter(c.answerDueOn()) ? "晚于答复期限"
                      : "在答复期限内")));
    }
  }

  /** 申诉 or 举报 (ComplaintKind), as registered. */
  static String kindLabel(AppealRegister.StandaloneComplaint c) {
    return Arrays.stream(ComplaintKind.values())
        .filter(k -> k.name().equals(c.procedureKind())).findFirst().map(ComplaintKind::label)
        .orElse("申诉举报");
  }

  /**
   * A complaint voided as registered in error (ADR 0138), as the trail tells it: the day, the
   * reason, who proposed and who approved it.
   */
  static String voided(AppealRegister.Voiding v, TrailNames names) {
    return "登记错误，作废于" + chinese(v.voidedOn()) + "；作废理由："
        + PersonalDataMasker.maskFreeText(v.reason()) + "；报请：" + names.of(v.proposedBy())
        + "；审批：" + names.of(v.approvedBy());
  }
}
