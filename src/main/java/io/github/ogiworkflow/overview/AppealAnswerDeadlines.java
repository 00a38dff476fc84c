package io.github.ogiworkflow.overview;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.letter.CaseLetters;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 期限监控 of the agency's own pleadings (audit 37a, F6): the 行政复议答复书 due 5 or 10 working
 * days after the copy of the application arrived (ARL Art. 48, 54) and the 行政诉讼答辩状 due 15
 * days after the complaint (ALL Art. 67), while not submitted. A missing or late one counts as
 * 没有证据 (ARL Art. 70, ALL Art. 34), so leadership sees them next to the reply clock; legal
 * (法规科) drafts them.
 */
@Component
public class AppealAnswerDeadlines {

  private final AppealRegister appeals;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;

  public AppealAnswerDeadlines(AppealRegister appeals, WorkingDayCalendar calendar,
      DeadlineProperties limits) {
    this.appeals = appeals;
    this.calendar = calendar;
    this.limits = limits;
  }

  /**
   * An answer or defence owed: {@code status} 已超期 / 今日到期 / 剩余N个工作日 as the reply
   * deadlines say it; {@code dueSoon} within the reply reminder's working days.
   */
  public record AnswerDeadline(String trackingNumber, String kind, String document,
      String docketNo, LocalDate dueOn, String dueText, int workingDaysLeft, boolean overdue,
      boolean dueSoon, String status) {}

  /** The answers and defences owed as of today, earliest due first. */
  public List<AnswerDeadline> now() {
    LocalDate today = OfficeTime.today();
    return appeals.openAnswerDues().stream().map(a -> {
      int left = calendar.workingDaysBetween(today, a.dueOn());
      boolean overdue = a.dueOn().isBefore(today);
      return new AnswerDeadline(a.trackingNumber(), a.kind().label(), a.document(),
          a.docketNo(), a.dueOn(), CaseLetters.chinese(a.dueOn()), left, overdue,
          !overdue && left <= limits.reminderWorkingDaysBefore(),
          overdue ? "已超期，尚未提交" : left == 0 ? "今日到期" : "剩余" + left + "个工作日");
    }).toList();
  }
}
