package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE;
import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The Art. 26 clock of proactive disclosure. Article 26 of the 2019 Regulation: information in
 * the proactive scope is published within 20 working days of the day it was formed or changed
 * (自该政府信息形成或者变更之日起20个工作日内及时公开). An item is due on its 形成或变更日期 plus
 * 20 working days on the holiday calendar; a batch's tasks are due when its earliest item is
 * (ADR 0034). An item without the date (an Art. 44 item given without one) has no due date.
 */
@Component
public class Art26DueDates {

  /** Art. 26: 20 working days (自该政府信息形成或者变更之日起20个工作日内). */
  public static final int WORKING_DAYS = 20;

  /** The text the batch's forms show when no item has an Art. 26 due date. */
  static final String NONE_TEXT = "无（第四十四条转为主动公开）";
  /** What follows the date in the forms: where it comes from. */
  static final String RULE_TEXT = "（第二十六条：自信息形成或者变更之日起20个工作日内公开）";
  /** After the date when it has passed as the text is computed (audit 33a F13, ADR 0144). */
  static final String OVERDUE_TEXT = "（已逾期）";

  private final WorkingDayCalendar calendar;
  private final DeadlineTexts texts;

  public Art26DueDates(WorkingDayCalendar calendar, DeadlineTexts texts) {
    this.calendar = calendar;
    this.texts = texts;
  }

  /** The day an item formed or changed on {@code formedOn} is due; null without that day. */
  public LocalDate dueOn(LocalDate formedOn) {
    return formedOn == null ? null : calendar.addWorkingDays(formedOn, WORKING_DAYS);
  }

  /** The batch's due date: the earliest of its items' (nulls ignored), null if none has one. */
  public static LocalDate earliest(Collection<LocalDate> dueDates) {
    return dueDates.stream().filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
  }

  /**
   * The batch's due date as its forms show it: the date (暂算 where provisional), 已逾期 when it
   * lies before today (engine clock), and the rule. Computed at registration, when a holiday
   * notice recounts it, and again before 领导审批发布 and 登记发布情况 (ADR 0144).
   */
  public String text(LocalDate batchDue) {
    // Written as the letters and the request's forms write a day (audit 33a F15).
    return batchDue == null ? NONE_TEXT : texts.forStaffInChinese(batchDue)
        + (batchDue.isBefore(OfficeTime.today()) ? OVERDUE_TEXT : "") + RULE_TEXT;
  }

  /**
   * The variables of a batch for its due date: {@code publicationDueDate} (end of the day, due
   * date of the approval and record tasks), its text for the forms, and {@code replyDueDate},
   * which the called SecrecyReview takes as its tasks' due date.
   */
  public Map<String, Object> variables(LocalDate batchDue) {
    Date dueAt = batchDue == null ? null : OfficeTime.endOf(batchDue);
    Map<String, Object> variables = new HashMap<>();
    variables.put(PUBLICATION_DUE_DATE, dueAt);
    variables.put(PUBLICATION_DUE_DATE_TEXT, text(batchDue));
    variables.put(REPLY_DUE_DATE, dueAt);
    return variables;
  }
}
