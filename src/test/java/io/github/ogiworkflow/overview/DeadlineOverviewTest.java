package io.github.ogiworkflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.overview.DeadlineOverview.CaseDeadline;
import io.github.ogiworkflow.overview.DeadlineOverview.GroupCount;
import io.github.ogiworkflow.overview.DeadlineOverview.OpenTask;
import io.github.ogiworkflow.overview.DeadlineOverview.Overview;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineOverviewTest {

  static final LocalDate SATURDAY = LocalDate.of(2026, 6, 20);
  static final OpenTask OFFICE = new OpenTask("审查申请内容是否明确", "office", "政府信息公开办公室", null, null);
  static final OpenTask LEGAL = new OpenTask("保密审查", "legal", "法规科", "lina", "李娜");
  static final OpenTask LEADERSHIP = new OpenTask("超期督办", "leadership", "领导小组", null, null);

  @Test
  void sortsByDueDateIntoOverdueDueSoonAndLaterAndCountsCasesPerGroup() {
    List<CaseDeadline> cases = List.of(
        // due on Friday: overdue on Saturday although no working day has passed since
        c("YSQ-2026-000002", SATURDAY.minusDays(1), 0, false, OFFICE, LEADERSHIP),
        c("YSQ-2026-000001", SATURDAY.minusDays(10), -6, false, OFFICE),
        c("YSQ-2026-000003", SATURDAY.plusDays(5), 3, false, LEGAL, LEGAL),
        c("YSQ-2026-000004", SATURDAY.plusDays(6), 4, false, LEGAL),
        // the clock is paused: its due date will move, so it is neither overdue nor due soon
        c("YSQ-2026-000005", SATURDAY.minusDays(3), -1, true),
        c("YSQ-2026-000006", SATURDAY.plusDays(2), 1, false, OFFICE));

    Overview overview = DeadlineOverview.classify(SATURDAY, cases, 3);

    assertThat(overview.overdue()).extracting(CaseDeadline::trackingNumber)
        .containsExactly("YSQ-2026-000001", "YSQ-2026-000002");
    assertThat(overview.dueSoon()).extracting(CaseDeadline::trackingNumber)
        .containsExactly("YSQ-2026-000006", "YSQ-2026-000003");
    assertThat(overview.later()).extracting(CaseDeadline::trackingNumber)
        .containsExactly("YSQ-2026-000005", "YSQ-2026-000004");
    assertThat(overview.groups()).containsExactly(
        new GroupCount("office", "政府信息公开办公室", 3, 2, 1),
        new GroupCount("legal", "法规科", 2, 0, 1),
        new GroupCount("leadership", "领导小组", 1, 1, 0));
  }

  private static CaseDeadline c(String number, LocalDate due, int left, boolean paused,
      OpenTask... tasks) {
    return new CaseDeadline(number, "pi-" + number, "NATURAL_PERSON", "自然人",
        due.minusDays(28), due, left, paused, false, List.of(tasks));
  }
}
