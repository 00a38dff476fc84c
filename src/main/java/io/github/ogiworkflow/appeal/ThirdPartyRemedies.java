package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a third party whose objection was overridden in the public interest (Art. 32 of the
 * 2019 Regulation) may still contest the decision to disclose, from the register (ADR 0118). Its
 * remedies run from its receipt of the 公开决定告知书: reconsideration within 60 days (ARL Art.
 * 20), a suit within 6 months (ALL Art. 46), each ending on the next working day where it falls on
 * none (CPL Art. 85); after a reconsideration decision a suit within 15 days (ALL Art. 45); after
 * a first-instance judgment an appeal within its period (ALL Art. 85, ADR 0049). Art. 44 turns
 * such information into proactive disclosure only once these are over with the decision to
 * disclose standing.
 */
@Component
public class ThirdPartyRemedies {

  /**
   * {@code over}: no remedy of the third party is open or pending and none corrected the decision
   * to disclose; {@code account}: what the register shows, in Chinese (why it is over, or what is
   * still open), for the refusal and for leadership's approval.
   */
  public record Standing(boolean over, String account) {}

  private final AppealRegister appeals;
  private final WorkingDayCalendar calendar;

  public ThirdPartyRemedies(AppealRegister appeals, WorkingDayCalendar calendar) {
    this.appeals = appeals;
    this.calendar = calendar;
  }

  /**
   * The third parties' remedies against the decision to disclose of case {@code trackingNumber},
   * whose 公开决定告知书 was served on {@code noticeServedOn}, as they stand on {@code today}.
   */
  public Standing standing(String trackingNumber, LocalDate noticeServedOn, LocalDate today) {
    List<AppealRegister.Appeal> theirs = appeals.of(trackingNumber).stream()
        .filter(a -> a.appellant() == Appellant.THIRD_PARTY).toList();
    String notice = "公开决定告知书于" + CaseLetters.chinese(noticeServedOn) + "送达第三方";
    if (theirs.isEmpty()) {
      LocalDate reconsideration = AppealWindow.reconsiderationLastDay(calendar, noticeServedOn);
      LocalDate suit = AppealWindow.litigationLastDay(calendar, noticeServedOn);
      String periods = "申请行政复议的期限至" + CaseLetters.chinese(reconsideration)
          + "、提起行政诉讼的期限至" + CaseLetters.chinese(suit);
      return today.isAfter(suit)
          ? new Standing(true, notice + "，" + periods + "均已届满，第三方未申请行政复议或提起行政诉讼")
          : new Standing(false, notice + "，第三方" + periods + "（《行政复议法》第二十条、"
              + "《行政诉讼法》第四十六条），期限届满前不能转为主动公开");
    }
    for (AppealRegister.Appeal a : theirs) {
      if (a.pending()) {
        return new Standing(false, named(a) + "尚未审结");
      }
    }
    for (AppealRegister.Appeal a : theirs) {
      // A first-instance judgment appealed to the higher court is not what stands: its second
      // instance decides (ALL Art. 85).
      boolean appealedFurther = a.kind() == AppealKind.LITIGATION && a.instanceNo() == 1
          && a.appealedBy() != null;
      if (AppealResult.CORRECTED.name().equals(a.result()) && !appealedFurther) {
        return new Standing(false, named(a) + "已于" + CaseLetters.chinese(a.decidedOn())
            + "纠正公开决定");
      }
    }
    AppealRegister.Appeal last = theirs.stream()
        .max(Comparator.comparing(AppealRegister.Appeal::decidedOn)
            .thenComparing(AppealRegister.Appeal::instanceNo)
            .thenComparing(AppealRegister.Appeal::id)).orElseThrow();
    String upheld = named(last) + "已于" + CaseLetters.chinese(last.decidedOn())
        + resultLabel(last) + "，公开决定未被纠正";
    Optional<LocalDate> stillOpen = stillOpenAfter(last);
    if (stillOpen.isPresent() && !today.isAfter(stillOpen.get())) {
      return new Standing(false, upheld + "；第三方"
          + (last.kind() == AppealKind.RECONSIDERATION ? "可于" + CaseLetters.chinese(
              stillOpen.get()) + "前提起行政诉讼（《行政诉讼法》第四十五条）"
              : "可于" + CaseLetters.chinese(stillOpen.get()) + "前上诉（《行政诉讼法》第八十五条）")
          + "，期限届满前不能转为主动公开");
    }
    if (last.appealedBy() != null && last.instanceNo() == 1) {
      return new Standing(false, upheld + "；该判决已上诉，二审尚未登记结果");
    }
    return new Standing(true, upheld + "，第三方已无其他救济期限");
  }

  /**
   * The last day the third party may still go on after its decided {@code appeal}: a suit 15 days
   * after a reconsideration decision, an appeal against a first-instance judgment not appealed
   * (with the days a court takes to forward it, as {@code AppealWindow} waits); a second-instance
   * judgment is final.
   */
  private Optional<LocalDate> stillOpenAfter(AppealRegister.Appeal appeal) {
    if (appeal.kind() == AppealKind.RECONSIDERATION) {
      return Optional.of(AppealWindow.afterDecisionLastDay(calendar, appeal.decidedOn()));
    }
    if (appeal.instanceNo() == 1 && appeal.appealedBy() == null) {
      return appeals.judgmentService(appeal.id())
          .map(service -> LitigationDelegates.plaintiffAppealWaitEnds(calendar, service));
    }
    return Optional.empty();
  }

  private static String named(AppealRegister.Appeal appeal) {
    return "第三方" + (appeal.appellantName() == null ? "" : "（" + appeal.appellantName() + "）")
        + "对公开决定提起的" + (appeal.kind() == AppealKind.RECONSIDERATION ? "行政复议"
            : appeal.instanceNo() >= 2 ? "行政诉讼（二审）" : "行政诉讼")
        + (appeal.docketNo() == null ? "" : "（案号：" + appeal.docketNo() + "）");
  }

  private static String resultLabel(AppealRegister.Appeal appeal) {
    String detail = appeal.resultDetail() == null ? null
        : AppealResult.Detail.valueOf(appeal.resultDetail()).label();
    String result = appeal.result() == null ? "" : AppealResult.valueOf(appeal.result()).label();
    return "作出" + (detail == null ? result : result + "（" + detail + "）") + "决定";
  }
}
