package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TIMER_APPEAL_WINDOW_CLOSED;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Audit 31b, F2: the appeal window's closing day over a year whose holiday notice is not out.
 *
 * <p>Hand count. A refusal delivered and signed for on Monday 7 December 2026: 60 days (ARL Art.
 * 20) run to Friday 5 February 2027 (24 days to 31 December, 31 in January, 5 in February). On the
 * provisional 2027 calendar 春节 (除夕 5 February, 初一 Saturday 6 February) is off from 5 to 8
 * February, so the period ends on Tuesday 9 February (CPL Art. 85). The test notice (invented)
 * gives 5 to 12 February off: the period ends on Monday 15 February.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class AppealWindowRecomputationScenarioTest {

  // The request models are fixtures here; their own scenarios cover them.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate DELIVERED = LocalDate.of(2026, 12, 7);

  ProcessEngine engine;
  WorkingDayCalendar calendar;
  RequestScenario request;

  @BeforeEach
  void setUp() {
    RequestScenario.begin(engine, DELIVERED);
    calendar = ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class);
    request = new RequestScenario(engine);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
    calendar.withdrawYear(2027); // the test's invented notice
  }

  @Test
  void aClosingDayInAYearWithoutTheNoticeIsMarkedAndCountedAgainWhenItArrives() {
    String trackingNumber = refusalDeliveredToday();
    assertThat((String) request.variable(APPEAL_WINDOW_CLOSES_ON_TEXT))
        .startsWith("2027-02-09（暂算：2027年节假日安排尚未公布");
    assertThat(request.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2027, 2, 9)));

    WorkingDayCalendar before = calendar.addYear(WorkingDayCalendar.parseNotice(2027, """
        # test notice, invented: a longer 春节
        holiday 2027-01-01..2027-01-03
        holiday 2027-02-05..2027-02-12
        """, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).filteredOn(m -> m.trackingNumber().equals(trackingNumber))
        .containsExactly(new Moved(trackingNumber, DateChangeRegister.APPEAL_WINDOW_CLOSES_ON,
            LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 15)));
    assertThat(request.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2027-02-15");
    assertThat(request.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2027, 2, 15)));
  }

  /**
   * A notice that makes the provisional closing day a working day (invented: 春节 only from 6
   * February, 5 February worked) would end the period on Friday 5 February; the window stays
   * open to the day staff were shown and only loses its 暂算 mark.
   */
  @Test
  void aNoticeNeverClosesTheWindowEarlierThanTheDayShown() {
    String trackingNumber = refusalDeliveredToday();

    WorkingDayCalendar before = calendar.addYear(WorkingDayCalendar.parseNotice(2027, """
        # test notice, invented: 春节 from Saturday 6 February
        holiday 2027-01-01..2027-01-03
        holiday 2027-02-06..2027-02-09
        """, "test cn-2027.txt"));
    List<Moved> moved = ProcessTestEngine.bean(engine, "deadlineRecomputation",
        DeadlineRecomputation.class).recompute(engine, before, 2027);

    assertThat(moved).filteredOn(m -> m.trackingNumber().equals(trackingNumber)).isEmpty();
    assertThat(request.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2027-02-09");
    assertThat(request.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2027, 2, 9)));
  }

  /** A refusal (3.1) received and delivered in person on {@link #DELIVERED}. */
  private String refusalDeliveredToday() {
    today(DELIVERED);
    request.startWithItems(registration(DELIVERED), items(item("内部人事档案", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
            WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE")
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, DELIVERED.toString());
    return request.trackingNumber();
  }
}
