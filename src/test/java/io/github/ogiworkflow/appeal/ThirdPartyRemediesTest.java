package io.github.ogiworkflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ADR 0118: when a third party's remedies against a decision to disclose over its objection are
 * over, from the register's appeals (the periods themselves: ObjectedInformationPublicationScenarioTest).
 */
class ThirdPartyRemediesTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();
  private static final String CASE = "YSQ-2026-000022";
  private static final LocalDate NOTICE = LocalDate.of(2026, 2, 11);

  private final AppealRegister appeals = mock(AppealRegister.class);
  private final ThirdPartyRemedies remedies = new ThirdPartyRemedies(appeals, CALENDAR);

  /**
   * A first-instance judgment that corrected the decision to disclose, appealed by the agency,
   * and a second instance that maintained it: the final judgment stands, the release with it.
   * (Before, the first instance's 纠正 kept the item out for good.)
   */
  @Test
  void aCorrectionReversedOnAppealLeavesTheReleaseStanding() {
    when(appeals.of(CASE)).thenReturn(List.of(
        suit(1, 1, "CORRECTED", "REVOKED", LocalDate.of(2026, 4, 1), "AGENCY", false),
        suit(2, 2, "MAINTAINED", null, LocalDate.of(2026, 6, 1), null, false)));

    ThirdPartyRemedies.Standing standing = remedies.standing(CASE, NOTICE,
        LocalDate.of(2026, 6, 2));

    assertThat(standing.over()).isTrue();
    assertThat(standing.account()).contains("行政诉讼（二审）", "作出维持决定", "第三方已无其他救济期限");
  }

  /** The second instance still pending: not over. */
  @Test
  void aPendingSecondInstanceKeepsItOpen() {
    when(appeals.of(CASE)).thenReturn(List.of(
        suit(1, 1, "MAINTAINED", null, LocalDate.of(2026, 4, 1), "APPLICANT", false),
        suit(2, 2, null, null, null, null, true)));

    ThirdPartyRemedies.Standing standing = remedies.standing(CASE, NOTICE,
        LocalDate.of(2026, 9, 1));

    assertThat(standing.over()).isFalse();
    assertThat(standing.account()).contains("尚未审结");
  }

  /**
   * A first-instance judgment nobody appealed is final only once its appeal period (15 days from
   * the service, with the forwarding days) has passed.
   */
  @Test
  void anUnappealedFirstInstanceJudgmentIsFinalAfterItsAppealPeriod() {
    when(appeals.of(CASE)).thenReturn(List.of(
        suit(1, 1, "OTHER", "DISMISSED", LocalDate.of(2026, 4, 1), null, false)));
    when(appeals.judgmentService(1)).thenReturn(Optional.of(new AppealRegister.JudgmentService(
        JudgmentKind.JUDGMENT, LocalDate.of(2026, 4, 1))));

    assertThat(remedies.standing(CASE, NOTICE, LocalDate.of(2026, 4, 10)).over()).isFalse();
    assertThat(remedies.standing(CASE, NOTICE, LocalDate.of(2026, 7, 1)).over()).isTrue();
  }

  private static AppealRegister.Appeal suit(long id, int instanceNo, String result,
      String detail, LocalDate decidedOn, String appealedBy, boolean pending) {
    return new AppealRegister.Appeal(id, CASE, AppealKind.LITIGATION, instanceNo, false,
        "（2026）闽0502行初" + id + "号", "示范市鼓楼区人民法院", null, LocalDate.of(2026, 3, 2),
        null, null, null, null, result, detail, decidedOn, appealedBy, pending, null,
        Appellant.THIRD_PARTY, "示范市某化工有限公司", null, ChallengedAct.REPLY);
  }
}
