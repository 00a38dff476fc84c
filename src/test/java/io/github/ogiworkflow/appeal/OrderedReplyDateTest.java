package io.github.ogiworkflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ADR 0096: the running request's deadline after a decision ordering a reply by a date. */
class OrderedReplyDateTest {

  static final LocalDate DECIDED = LocalDate.of(2026, 4, 1);
  static final LocalDate ORDERED = LocalDate.of(2026, 4, 20);

  @Test
  void aPeriodRunOutBeforeTheDecisionGivesWayToTheOrderedDate() {
    assertThat(OrderedReplyDate.newDue(LocalDate.of(2026, 3, 10), DECIDED, ORDERED))
        .isEqualTo(ORDERED);
  }

  @Test
  void aPeriodStillRunningPastTheOrderedDateIsCutToIt() {
    assertThat(OrderedReplyDate.newDue(LocalDate.of(2026, 4, 30), DECIDED, ORDERED))
        .isEqualTo(ORDERED);
  }

  @Test
  void aPeriodStillRunningThatEndsEarlierStays() {
    assertThat(OrderedReplyDate.newDue(LocalDate.of(2026, 4, 10), DECIDED, ORDERED))
        .isEqualTo(LocalDate.of(2026, 4, 10));
    // Ending on the decision's day: still running that day.
    assertThat(OrderedReplyDate.newDue(DECIDED, DECIDED, ORDERED)).isEqualTo(DECIDED);
  }
}
