package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE;
import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Art. 26 of the 2019 Regulation: published within 20 working days of the day the information
 * was formed or changed. Vectors counted by hand on the 2026 notice (cn-2026.txt); the day formed
 * never counts. Today is Saturday 5 December 2026, only 2025 and 2026 have their notice.
 */
class Art26DueDatesTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
  private final Art26DueDates art26 = new Art26DueDates(calendar, new DeadlineTexts(calendar));

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(OfficeTime.morningOf(LocalDate.of(2026, 12, 5)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void twentyWorkingDaysFromTheDayFormedOrChanged() {
    assertThat(Art26DueDates.WORKING_DAYS).isEqualTo(20);
    // Monday 2 March: 3–6 Mar (4), 9–13 (9), 16–20 (14), 23–27 (19), Monday 30 Mar (20).
    assertThat(art26.dueOn(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 30));
    // Monday 5 January: 6–9 Jan (4), 12–16 (9), 19–23 (14), 26–30 (19), Monday 2 Feb (20).
    assertThat(art26.dueOn(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 2, 2));
    // Across 春节 (15–23 Feb off, Saturdays 14 and 28 Feb worked), from Tuesday 10 February:
    // 11–13 Feb (3), Sat 14 (4), 24–27 (8), Sat 28 (9), 2–6 Mar (14), 9–13 (19), 16 Mar (20).
    assertThat(art26.dueOn(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 3, 16));
    // Across 中秋 and 国庆 (25–27 Sep, 1–7 Oct off, Saturday 10 Oct worked), from Thursday
    // 24 September: 28–30 Sep (3), 8–9 Oct (5), Sat 10 (6), 12–16 (11), 19–23 (16), 26–29 (20).
    assertThat(art26.dueOn(LocalDate.of(2026, 9, 24))).isEqualTo(LocalDate.of(2026, 10, 29));
    // Formed on a Saturday: counted from the Monday. 9–13 Mar (5), 16–20 (10), 23–27 (15),
    // 30 Mar – 3 Apr (20); 清明 (4–6 Apr) comes after.
    assertThat(art26.dueOn(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 4, 3));
    // No day formed (an Art. 44 item given without one): no due date.
    assertThat(art26.dueOn(null)).isNull();
  }

  @Test
  void theBatchIsDueWhenItsEarliestItemIs() {
    assertThat(Art26DueDates.earliest(Arrays.asList(null, LocalDate.of(2026, 3, 30),
        LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 16)))).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(Art26DueDates.earliest(Arrays.asList((LocalDate) null))).isNull();
    assertThat(Art26DueDates.earliest(List.of())).isNull();
  }

  @Test
  void theFormsShowTheDateTheRuleAndWhetherItIsProvisional() {
    LocalDate due = LocalDate.of(2026, 3, 30);
    Map<String, Object> variables = art26.variables(due);
    assertThat(variables).containsEntry(PUBLICATION_DUE_DATE, OfficeTime.endOf(due))
        .containsEntry(REPLY_DUE_DATE, OfficeTime.endOf(due))
        .containsEntry(PUBLICATION_DUE_DATE_TEXT,
            "2026年3月30日（已逾期）（第二十六条：自信息形成或者变更之日起20个工作日内公开）");
    // Not yet passed (today is 5 December): the date and the rule; today itself is not late.
    assertThat(art26.text(LocalDate.of(2026, 12, 18)))
        .isEqualTo("2026年12月18日（第二十六条：自信息形成或者变更之日起20个工作日内公开）");
    assertThat(art26.text(LocalDate.of(2026, 12, 5))).doesNotContain("已逾期");
    // Formed Monday 21 December 2026: 22–25 Dec (4), 28–31 (8), provisionally 1 Jan off,
    // 4–8 Jan (13), 11–15 (18), 18–19 Jan (20), counted on statutory holidays only (暂算).
    LocalDate provisional = art26.dueOn(LocalDate.of(2026, 12, 21));
    assertThat(provisional).isEqualTo(LocalDate.of(2027, 1, 19));
    assertThat(art26.text(provisional)).isEqualTo("2027年1月19日（暂算：2027年节假日安排尚未公布，"
        + "期限按法定节假日暂算）（第二十六条：自信息形成或者变更之日起20个工作日内公开）");
    assertThat(art26.variables(null)).containsEntry(PUBLICATION_DUE_DATE, null)
        .containsEntry(REPLY_DUE_DATE, null)
        .containsEntry(PUBLICATION_DUE_DATE_TEXT, "无（第四十四条转为主动公开）");
  }

  /**
   * Art. 26's second sentence (audit 33a F12, ADR 0151): 政府采购法实施条例第四十三条 gives a
   * procurement result 2 working days; an item's own period with its basis replaces both.
   * Hand-counted on the 2026 notice.
   */
  @Test
  void aPeriodALawSetsReplacesTheTwentyDays() {
    assertThat(Art26DueDates.periodOf(PublicationCategory.PROCUREMENT, null))
        .isEqualTo(Art26DueDates.PROCUREMENT_RESULT);
    assertThat(Art26DueDates.PROCUREMENT_RESULT.days()).isEqualTo(2);
    assertThat(Art26DueDates.PROCUREMENT_RESULT.basis())
        .isEqualTo("《中华人民共和国政府采购法实施条例》第四十三条");
    assertThat(Art26DueDates.periodOf(PublicationCategory.WORK_NEWS, null))
        .isEqualTo(Art26DueDates.ART_26);
    Art26DueDates.Period own = Art26DueDates.Period.given(5, "《示范省政务公开条例》第十二条");
    assertThat(Art26DueDates.periodOf(PublicationCategory.PROCUREMENT, own)).isEqualTo(own);
    assertThat(Art26DueDates.periodOf(PublicationCategory.OTHER, own)).isEqualTo(own);

    Art26DueDates.Period result = Art26DueDates.PROCUREMENT_RESULT;
    // Thursday 26 February: Fri 27 Feb (1), Saturday 28 Feb is a make-up working day (2).
    assertThat(art26.dueOn(LocalDate.of(2026, 2, 26), result)).isEqualTo(LocalDate.of(2026, 2, 28));
    // Thursday 30 April: 1–5 May off, Wed 6 May (1), Thu 7 May (2).
    assertThat(art26.dueOn(LocalDate.of(2026, 4, 30), result)).isEqualTo(LocalDate.of(2026, 5, 7));
    // Session 37 (ADR 0190): 15 calendar days from Monday 20 April end Tuesday 5 May, a holiday
    // (1–5 May): the next working day, Wednesday 6 May. 30 working days: 3 June.
    Art26DueDates.Period calendarDays = Art26DueDates.Period.given(15, true, "《示范省政务公开条例》第十二条");
    assertThat(art26.dueOn(LocalDate.of(2026, 4, 20), calendarDays))
        .isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(art26.dueOn(LocalDate.of(2026, 4, 1), calendarDays))
        .isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(new PublicationAudit.LatePublication("ZDGK-2026-000001", 1, "x",
        LocalDate.of(2026, 5, 6), null, calendarDays).periodText())
        .isEqualTo("15日（《示范省政务公开条例》第十二条）");
    // Friday 2 October (国庆, off): 8 Oct (1), 9 Oct (2).
    assertThat(art26.dueOn(LocalDate.of(2026, 10, 2), result)).isEqualTo(LocalDate.of(2026, 10, 9));
    // Monday 2 March, 5 working days of its own: 3, 4, 5, 6, Monday 9 March.
    assertThat(art26.dueOn(LocalDate.of(2026, 3, 2), own)).isEqualTo(LocalDate.of(2026, 3, 9));
    // The same item under Art. 26 itself: Monday 30 March (above).
    assertThat(art26.dueOn(LocalDate.of(2026, 3, 2), Art26DueDates.ART_26))
        .isEqualTo(LocalDate.of(2026, 3, 30));

    // The forms name the period that set the date.
    assertThat(art26.text(LocalDate.of(2026, 12, 8), result)).isEqualTo("2026年12月8日"
        + "（政府采购法实施条例第四十三条：自中标、成交供应商确定之日起2个工作日内公告）");
    assertThat(art26.text(LocalDate.of(2026, 12, 8), own))
        .isEqualTo("2026年12月8日（《示范省政务公开条例》第十二条：自信息形成或者变更之日起5个工作日内公开）");
  }
}
