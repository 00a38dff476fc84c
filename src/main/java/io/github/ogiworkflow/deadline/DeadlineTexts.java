package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A deadline as people read it. One counted over a year whose holiday notice (国务院办公厅关于
 * 节假日安排的通知) is not out yet is provisional (暂算) and says so to staff (task forms,
 * Tasklist, ledger, audit trail) and on the applicant's status page and receipt: the date moves
 * when the notice is loaded (DeadlineRecomputation). A letter states a fixed date: the date it
 * names is the one the applicant may rely on, and the warning is the staff's.
 */
@Component
public class DeadlineTexts {

  private final WorkingDayCalendar calendar;

  public DeadlineTexts(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Whether a due date rests on a year without the holiday notice: the days counted lie between
   * the clock's start (never after today) and the due date, so any such year from today's (or
   * the due date's, if earlier) to the due date's makes it provisional.
   */
  public boolean isProvisional(LocalDate due) {
    return calendar.isProvisional(countedFrom(due), due);
  }

  /**
   * For a task form: "2027-01-27", or
   * "2027-01-27（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）".
   */
  public String forStaff(LocalDate due) {
    return due + mark(due);
  }

  /**
   * For a form or trail written as the letters write a day (audit 33a F15: the publication
   * batches'): "2027年1月27日", with the same 暂算 mark as {@link #forStaff}.
   */
  public String forStaffInChinese(LocalDate due) {
    return CaseLetters.chinese(due) + mark(due);
  }

  /** What follows the date for staff: "（暂算：2027年节假日安排尚未公布，…）", or nothing. */
  public String mark(LocalDate due) {
    return isProvisional(due) ? "（暂算：" + warning(due) + "）" : "";
  }

  /**
   * For a letter to the applicant: "2027年1月27日", provisional or not. The letter names the
   * date the office set; that it may move with the holiday notice is for staff ({@link
   * #forStaff}), not a condition of what the letter tells the applicant.
   */
  public String forLetter(LocalDate due) {
    return CaseLetters.chinese(due);
  }

  /**
   * For the 受理回执 (a receipt, not a decision): "2027年1月27日", or
   * "2027年1月27日（2027年节假日安排尚未公布，期限按法定节假日暂算）".
   */
  public String forReceipt(LocalDate due) {
    String date = CaseLetters.chinese(due);
    return isProvisional(due) ? date + "（" + warning(due) + "）" : date;
  }

  private String warning(LocalDate due) {
    return WorkingDayCalendar.provisionalWarning(
        calendar.provisionalYearsBetween(countedFrom(due), due));
  }

  private static LocalDate countedFrom(LocalDate due) {
    LocalDate today = OfficeTime.today();
    return due.isBefore(today) ? due : today;
  }

  /**
   * The reply deadline while the clock stands still (Art. 33(3): a consultation, a fee notice
   * until payment): no date, which will move by the time paused, but since when (audit 35a F6).
   */
  public static String paused(LocalDate since) {
    return "计时暂停（自" + CaseLetters.chinese(since) + "起）";
  }
}
