package io.github.ogiworkflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Today is Saturday 5 December 2026 and only the 2026 holiday notice is out: a deadline in 2027
 * is provisional (暂算) and says so in a task form and on the receipt, while a letter states the
 * plain date; one in 2026 is firm everywhere.
 */
class DeadlineTextsTest {

  private final DeadlineTexts texts = new DeadlineTexts(
      WorkingDayCalendar.fromResources("classpath*:calendar/cn-2026.txt"));

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(OfficeTime.morningOf(LocalDate.of(2026, 12, 5)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void aDeadlineIn2027IsProvisionalForStaffAndPlainInALetter() {
    LocalDate due = LocalDate.of(2027, 1, 6);

    assertThat(texts.isProvisional(due)).isTrue();
    assertThat(texts.forStaff(due))
        .isEqualTo("2027-01-06（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）");
    assertThat(texts.forReceipt(due))
        .isEqualTo("2027年1月6日（2027年节假日安排尚未公布，期限按法定节假日暂算）");
    // A letter states the date; the warning is the staff's.
    assertThat(texts.forLetter(due)).isEqualTo("2027年1月6日");
  }

  @Test
  void aDeadlineIn2026IsFirm() {
    LocalDate due = LocalDate.of(2026, 12, 31);

    assertThat(texts.isProvisional(due)).isFalse();
    assertThat(texts.forStaff(due)).isEqualTo("2026-12-31");
    assertThat(texts.forLetter(due)).isEqualTo("2026年12月31日");
  }
}
