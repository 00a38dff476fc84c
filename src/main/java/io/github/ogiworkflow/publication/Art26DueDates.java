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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The Art. 26 clock of proactive disclosure. Article 26 of the 2019 Regulation: information in
 * the proactive scope is published within 20 working days of the day it was formed or changed
 * (自该政府信息形成或者变更之日起20个工作日内及时公开)；法律、法规对政府信息公开的期限另有规定的，
 * 从其规定. An item is due on its 形成或变更日期 plus its period's working days on the holiday
 * calendar: its own statutory period with its 法律依据 where the office gave one, else the
 * period a law sets for its category ({@link #PROCUREMENT_RESULT}), else Art. 26's 20 (ADR
 * 0151: these periods are the law's, not a bureau's choice, so they live here, citing it, not
 * in a decision table). A batch's tasks are due when its earliest item is (ADR 0034). An item
 * without the date (an Art. 44 item given without one) has no due date.
 */
@Component
public class Art26DueDates {

  /** Art. 26: 20 working days (自该政府信息形成或者变更之日起20个工作日内). */
  public static final int WORKING_DAYS = 20;

  /**
   * A publication period: working days from the day formed or changed, the law that sets it
   * ({@code basis}, what the register and the compliance check name) and the rule as the forms
   * print it after the date.
   */
  public record Period(int days, boolean calendarDays, String basis, String rule) {

    /** A period in working days. */
    public Period(int workingDays, String basis, String rule) {
      this(workingDays, false, basis, rule);
    }

    /** The office's own statutory period of an item, in working days, with its 法律依据. */
    public static Period given(int workingDays, String basis) {
      return given(workingDays, false, basis);
    }

    /**
     * The office's own statutory period of an item with its 法律依据: {@code days} working days,
     * or calendar days (自然日) where {@code calendarDays} (session 37, ADR 0190).
     */
    public static Period given(int days, boolean calendarDays, String basis) {
      return new Period(days, calendarDays, basis, basis + "：自信息形成或者变更之日起"
          + length(days, calendarDays) + "内公开");
    }

    /** 20个工作日, 30日. */
    public String length() {
      return length(days, calendarDays);
    }

    private static String length(int days, boolean calendarDays) {
      return days + (calendarDays ? "日" : "个工作日");
    }
  }

  /** Art. 26 itself. */
  public static final Period ART_26 = new Period(WORKING_DAYS, "《中华人民共和国政府信息公开条例》第二十六条",
      "第二十六条：自信息形成或者变更之日起20个工作日内公开");

  /**
   * 政府采购法实施条例第四十三条: the purchaser announces the 中标、成交结果 within 2 working days
   * of the supplier being determined (采购人或者采购代理机构应当自中标、成交供应商确定之日起2个工作日内
   * ……公告中标、成交结果). The default of the category 政府集中采购 (audit 33a F12); an item of
   * that category that is no result (a procurement plan) gives its own period and basis.
   */
  public static final Period PROCUREMENT_RESULT = new Period(2,
      "《中华人民共和国政府采购法实施条例》第四十三条",
      "政府采购法实施条例第四十三条：自中标、成交供应商确定之日起2个工作日内公告");

  /**
   * The longest period an item may give for itself, with its 法律依据, in working or calendar
   * days: a law may set a longer period than Art. 26's (从其规定); beyond 90 days is taken for a
   * typing error (session 37, ADR 0190; ADR 0151 had Art. 26's 20 as the limit).
   */
  public static final int MAX_OWN_PERIOD = 90;

  /**
   * The period of an item: {@code own} (the office's, with its basis) where given, else the
   * period a law sets for {@code category}, else Art. 26's.
   */
  public static Period periodOf(PublicationCategory category, Period own) {
    if (own != null) {
      return own;
    }
    return category == PublicationCategory.PROCUREMENT ? PROCUREMENT_RESULT : ART_26;
  }

  /** The period of a drafted or registered item ({@link #periodOf(PublicationCategory, Period)}). */
  public static Period periodOf(PublicationRegister.Draft draft) {
    return periodOf(draft.category(), draft.ownPeriod());
  }

  /** The text the batch's forms show when no item has an Art. 26 due date. */
  static final String NONE_TEXT = "无（第四十四条转为主动公开）";
  /** After the date when it has passed as the text is computed (audit 33a F13, ADR 0144). */
  static final String OVERDUE_TEXT = "（已逾期）";

  private final WorkingDayCalendar calendar;
  private final DeadlineTexts texts;

  public Art26DueDates(WorkingDayCalendar calendar, DeadlineTexts texts) {
    this.calendar = calendar;
    this.texts = texts;
  }

  /** The day an item formed or changed on {@code formedOn} is due under Art. 26 itself. */
  public LocalDate dueOn(LocalDate formedOn) {
    return dueOn(formedOn, ART_26);
  }

  /** The day an item formed or changed on {@code formedOn} is due; null without that day. */
  public LocalDate dueOn(LocalDate formedOn, Period period) {
    if (formedOn == null) {
      return null;
    }
    // A period in calendar days ends on the day that many days later; one ending on a rest day
    // ends on the next working day (民法典第二百零三条第一款, ADR 0190).
    return period.calendarDays()
        ? calendar.workingDayOnOrAfter(formedOn.plusDays(period.days()))
        : calendar.addWorkingDays(formedOn, period.days());
  }

  /** The day a drafted or registered item is due, by its period; null without 形成或变更日期. */
  public LocalDate itemDueOn(PublicationRegister.Draft draft) {
    return dueOn(draft.formedOn(), periodOf(draft));
  }

  /**
   * The period behind a batch's due date: that of an item due on {@code batchDue} (the
   * earliest); Art. 26's when none is.
   */
  public static Period periodDueOn(List<PublicationRegister.Publication> items,
      LocalDate batchDue) {
    return items.stream().filter(p -> batchDue != null && batchDue.equals(p.dueOn()))
        .map(p -> periodOf(p.draft())).findFirst().orElse(ART_26);
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
    return text(batchDue, ART_26);
  }

  /** {@link #text(LocalDate)} naming the period that set the date (ADR 0151). */
  public String text(LocalDate batchDue, Period period) {
    // Written as the letters and the request's forms write a day (audit 33a F15).
    return batchDue == null ? NONE_TEXT : texts.forStaffInChinese(batchDue)
        + (batchDue.isBefore(OfficeTime.today()) ? OVERDUE_TEXT : "") + "（" + period.rule()
        + "）";
  }

  /**
   * The variables of a batch for its due date: {@code publicationDueDate} (end of the day, due
   * date of the approval and record tasks), its text for the forms, and {@code replyDueDate},
   * which the called SecrecyReview takes as its tasks' due date.
   */
  public Map<String, Object> variables(LocalDate batchDue) {
    return variables(batchDue, ART_26);
  }

  /** {@link #variables(LocalDate)}, the text naming {@code period}. */
  public Map<String, Object> variables(LocalDate batchDue, Period period) {
    Date dueAt = batchDue == null ? null : OfficeTime.endOf(batchDue);
    Map<String, Object> variables = new HashMap<>();
    variables.put(PUBLICATION_DUE_DATE, dueAt);
    variables.put(PUBLICATION_DUE_DATE_TEXT, text(batchDue, period));
    variables.put(REPLY_DUE_DATE, dueAt);
    return variables;
  }
}
