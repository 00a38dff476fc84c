package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.AppealResult;

/**
 * The case's appeals (复议诉讼) and complaints about it: who filed, against what, decided when
 * and how, with the register's warnings; a plaintiff's appeal heard in the second instance the
 * agency's appeal started (ADR 0060) as its own entry.
 */
final class AppealSource implements TimelineSource {

  /**
   * What the trail says of a correction's date for the reply made anew when the register has
   * none ({@code ogi_appeal.corrected_due_on} NULL): the decision set none, or it was recorded
   * before V31 kept the date (it cannot be told from the register which; the reopened round had
   * the decision's date or 20 working days from it as its 答复期限 all the same, ADR 0044).
   */
  static final String NO_CORRECTED_DUE_ON =
      "重新答复期限：未登记（决定未指定，或该决定登记时系统尚不保存此项；重新办理的期限以本案答复期限为准）";

  /** The label of a decision dated before the agency's answer or defence was submitted. */
  static final String DECISION_DATE_WARNING = "决定日期提示：";
  /**
   * The label of what the system did with a decision (ADR 0110): reopened a withdrawn request,
   * found it reopened already, or an ordered date that moved nothing.
   */
  static final String DECISION_NOTICE = "决定执行情况：";

  /** The label of who recorded the decision, judgment or answer (ADR 0161). */
  static final String DECISION_RECORDED_BY = "结果登记人：";

  private final AppealRegister appeals;

  AppealSource(AppealRegister appeals) {
    this.appeals = appeals;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    TrailNames names = subject.names();
    for (AppealRegister.Appeal appeal : appeals.of(subject.key())) {
      // A late filing is recorded with its warning (issue 14, point 9).
      String instance = appeal.kind().instanceLabel(appeal.instanceNo());
      // Who recorded the filing and who its decision, by their names at the act (V116,
      // ADR 0161); nobody for an appeal recorded before.
      AppealRegister.RecordedBy recorded = appeals.recordedBy(appeal.id());
      addWithComment(lines, day(appeal.servedOn(), "APPEAL",
          FormLabels.code(appeal.kind().name()) + (instance == null ? "" : " " + instance),
          names.of(recorded.recordedBy(), recorded.recordedByName()), appealResult(appeal),
          (appeal.kind() == AppealKind.COMPLAINT
              ? appeals.voiding(appeal.id()).map(v -> ComplaintSource.voided(v, names))
                  .orElse(appeal.pending() ? "尚未答复" : "答复于" + chinese(appeal.decidedOn()))
              // Who filed: the applicant, or a third party against the decision to disclose.
              : "提起人：" + appeal.appellantLabel() + "；"
                  // Against the failure to reply in time (ADR 0081): no reply to name.
                  + (appeal.againstNonReply() ? appeal.challenged().label() + "；" : "")
                  + (appeal.pending() ? "尚未审结" : "审结于" + chinese(appeal.decidedOn())))
              + (appeal.filingWarning() == null ? ""
                  // An appeal against the failure to reply may be early, not late.
                  : (appeal.againstNonReply() ? "；登记提示：" : "；逾期提示：")
                      + FormLabels.chineseOf(appeal.filingWarning()))
              // The docket, also one the court assigned later (a second instance, ADR 0049).
              + (appeal.docketNo() == null || appeal.docketNo().isBlank() ? ""
                  : "；案号 " + appeal.docketNo().strip())
              // The agency's own 答复书 / 答辩状 late or still owed (audit 37a, F6).
              + lateAnswer(appeal, io.github.ogiworkflow.calendar.OfficeTime.today())
              // A correction: the date it set for the reply made anew, or explicitly none.
              + correctedDueOn(appeal)
              // A decision dated before the agency's answer was submitted (recorded, not refused).
              + decisionWarning(appeal)),
          // Who recorded the result, in the line's comment (ADR 0161).
          appeal.pending() || recorded.decisionRecordedBy() == null ? ""
              : DECISION_RECORDED_BY + names.of(recorded.decisionRecordedBy(),
                  recorded.decisionRecordedByName()));
      // The plaintiff's appeal heard in the second instance the agency's appeal started
      // (ADR 0060): its own entry, no second instance of its own.
      if (appeal.kind() == AppealKind.LITIGATION && appeal.instanceNo() == 2) {
        appeals.joinedPlaintiffAppeal(appeal.id()).ifPresent(joined -> lines.add(day(
            joined.servedOn(), "APPEAL", FormLabels.code(appeal.kind().name()) + " "
                + appeal.kind().instanceLabel(2) + " 原告上诉", "", "已登记",
            "上诉人（原审原告）：" + appeal.appellantLabel() + "；收到上诉状副本 "
                + chinese(joined.servedOn())
                + (joined.filedOn() == null ? "" : "；上诉日期 " + chinese(joined.filedOn()))
                + "；与本机关的上诉由同一二审一并审理（不另立二审）"
                + (joined.warning() == null ? ""
                    : "；逾期提示：" + FormLabels.chineseOf(joined.warning()))
                // The agency's 答辩状 to it (ADR 0066): due, then submitted.
                + (joined.answerDueOn() == null ? ""
                    : "；答辩期限 " + chinese(joined.answerDueOn()))
                + (joined.answerSubmittedOn() == null ? ""
                    : "；答辩状于" + chinese(joined.answerSubmittedOn()) + "提交")
                // Begun but the second-instance judgment came first: the judgment ended it
                // with the suit (ADR 0070).
                + (joined.answerDueOn() == null || joined.answerSubmittedOn() != null
                    || appeal.pending() ? ""
                    : "；答辩状未提交（二审判决在先，"
                        + (appeal.decidedOn() == null ? "" : chinese(appeal.decidedOn()))
                        + "审结，答辩随诉讼终结）"))));
      }
    }
  }

  private static void addWithComment(TrailLines lines, CaseTimeline.Entry entry, String comment) {
    lines.add(new CaseTimeline.Entry(entry.at(), entry.dateOnly(), entry.kind(), entry.activity(),
        entry.who(), entry.outcome(), comment, entry.detail()));
  }

  /**
   * A 行政复议答复书 or 行政诉讼答辩状 submitted after its last day (ARL Art. 48, 54; ALL Art. 67),
   * or still owed after it while the appeal is pending: 视为没有证据 (ARL Art. 70, ALL Art. 34),
   * so the trail and the case page say so (audit 37a, F6). Empty otherwise.
   */
  static String lateAnswer(AppealRegister.Appeal appeal, java.time.LocalDate today) {
    if (appeal.kind() == AppealKind.COMPLAINT || appeal.answerDueOn() == null) {
      return "";
    }
    String document = appeal.kind() == AppealKind.RECONSIDERATION ? "答复书" : "答辩状";
    if (appeal.submittedOn() != null) {
      return !appeal.submittedOn().isAfter(appeal.answerDueOn()) ? ""
          : "；" + LATE_ANSWER + document + "于" + chinese(appeal.submittedOn()) + "提交，已超过提交期限"
              + chinese(appeal.answerDueOn());
    }
    return appeal.pending() && appeal.answerDueOn().isBefore(today)
        ? "；" + LATE_ANSWER + document + "提交期限" + chinese(appeal.answerDueOn()) + "已过，尚未提交"
        : "";
  }

  /** The label of {@link #lateAnswer}. */
  static final String LATE_ANSWER = "逾期提交提示：";

  /** For a correction (纠正): 重新答复期限 and the date it set, or {@link #NO_CORRECTED_DUE_ON}. */
  private static String correctedDueOn(AppealRegister.Appeal appeal) {
    if (appeal.pending() || appeal.kind() == AppealKind.COMPLAINT
        || !AppealResult.CORRECTED.name().equals(appeal.result())) {
      return "";
    }
    return appeal.correctedDueOn() == null ? "；" + NO_CORRECTED_DUE_ON
        : "；重新答复期限 " + chinese(appeal.correctedDueOn());
  }

  private String decisionWarning(AppealRegister.Appeal appeal) {
    if (appeal.pending() || appeal.kind() == AppealKind.COMPLAINT) {
      return "";
    }
    AppealRegister.DecisionNotes notes = appeals.decisionNotes(appeal.id());
    // The date warning and what the system did with the decision, each under its own label
    // (ADR 0110): a reopening is no remark on the decision's date.
    return (notes.warning() == null ? ""
        : "；" + DECISION_DATE_WARNING + FormLabels.chineseOf(notes.warning()))
        + (notes.notice() == null ? ""
            : "；" + DECISION_NOTICE + FormLabels.chineseOf(notes.notice()));
  }

  /** 维持, or 纠正（撤销） and the like: the result as table 四 and the decision name it. */
  private static String appealResult(AppealRegister.Appeal appeal) {
    if (appeal.result() == null) {
      return "";
    }
    if (appeal.kind() == AppealKind.COMPLAINT) {
      // A complaint is answered (ANSWERED), not decided as table 四 counts, or voided as
      // registered in error (ADR 0138).
      return "VOIDED".equals(appeal.result()) ? "已作废" : "已答复";
    }
    String result = AppealResult.valueOf(appeal.result()).label();
    return appeal.resultDetail() == null ? result
        : result + "（" + AppealResult.Detail.valueOf(appeal.resultDetail()).label() + "）";
  }
}
