package io.github.ogiworkflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.overview.AppealAnswerDeadlines.AnswerDeadline;
import io.github.ogiworkflow.overview.DeadlineOverview;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Audit 37a, F6: 领导视图 counted 法规科 0 overdue while a 行政复议答复书 was four months late.
 * Legal's overdue and due-soon counts hold the cases whose 答复书 / 答辩状 is overdue or due soon.
 */
class LeadershipAnswerDeadlinesTest {

  @Test
  void legalCountsItsOverdueAnswers() {
    LocalDate today = LocalDate.of(2026, 12, 8);
    DeadlineOverview.Overview none = new DeadlineOverview.Overview(today, 3, List.of(),
        List.of(), List.of(), List.of(), null, List.of());
    LeadershipFigures.Figures figures = LeadershipFigures.withDeadlines(
        new LeadershipFigures.Figures(2026, List.of(), List.of(), null, null, null, null, null,
            List.of(), 0, List.of()), none, names -> Map.of(), List.of(
            new AnswerDeadline("YSQ-2026-000001", "行政复议", "行政复议答复书", "示复〔2026〕40号",
                LocalDate.of(2026, 7, 27), "2026年7月27日", -90, true, false, "已超期，尚未提交"),
            new AnswerDeadline("YSQ-2026-000002", "行政诉讼", "行政诉讼答辩状（一审）", null,
                LocalDate.of(2026, 12, 9), "2026年12月9日", 1, false, true, "剩余1个工作日")));
    assertThat(figures.overdueByGroup()).filteredOn(f -> f.key().equals("legal"))
        .singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(1));
    assertThat(figures.dueSoonByGroup()).filteredOn(f -> f.key().equals("legal"))
        .singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(1));
    assertThat(figures.overdueByGroup()).filteredOn(f -> f.key().equals("office"))
        .singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(0));
  }
}
