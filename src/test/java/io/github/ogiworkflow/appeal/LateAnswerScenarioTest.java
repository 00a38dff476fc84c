package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.audit.ComplianceQueries;
import io.github.ogiworkflow.audit.TrailTestAccess;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.overview.AppealAnswerDeadlines;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
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
 * Audit 37a, F6: the agency's own 行政复议答复书 (ARL Art. 48, 54) was watched only in legal's
 * Tasklist. Owed past its last day it is in 期限监控 as 已超期 and in 合规检查 (rule r); submitted
 * late, 合规检查 and the trail (the case page's history) say so.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class LateAnswerScenarioTest {

  // The other scenario tests cover the models; this is about the deadline's watchers.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void aLateAnswerIsWatchedAndRecorded() {
    String trackingNumber = scenario.deliveredCase(false);
    scenario.fileReconsideration(trackingNumber, AppealScenario.RECEIVED, "61");
    AppealRegister.Appeal filed = appeals.of(trackingNumber).get(0);
    LocalDate due = filed.answerDueOn();
    today(LocalDate.of(2026, 3, 10));
    assertThat(due).isBefore(LocalDate.of(2026, 3, 9));

    // Owed and overdue: 期限监控 and 合规检查.
    assertThat(deadlines().now()).filteredOn(a -> a.trackingNumber().equals(trackingNumber))
        .singleElement().satisfies(a -> {
          assertThat(a.overdue()).isTrue();
          assertThat(a.document()).isEqualTo("行政复议答复书");
          assertThat(a.status()).isEqualTo("已超期，尚未提交");
        });
    assertThat(violations(trackingNumber)).singleElement().asString()
        .contains("行政复议答复书（案号 示复〔2026〕61号）提交期限").contains("已过，尚未提交");
    assertThat(TrailTestAccess.lateAnswer(appeals.of(trackingNumber).get(0),
        LocalDate.of(2026, 3, 10))).contains("逾期提交提示：答复书提交期限").contains("尚未提交");

    // Submitted late: off 期限监控, in 合规检查 and the trail by the day submitted.
    scenario.submitAnswer(LocalDate.of(2026, 3, 10));
    assertThat(deadlines().now()).noneMatch(a -> a.trackingNumber().equals(trackingNumber));
    assertThat(violations(trackingNumber)).singleElement().asString()
        .contains("于2026年3月10日提交，提交期限为");
    assertThat(TrailTestAccess.lateAnswer(appeals.of(trackingNumber).get(0),
        LocalDate.of(2026, 3, 10))).contains("答复书于2026年3月10日提交，已超过提交期限");
  }

  /** Positive control: an answer submitted in time is in no list and no warning. */
  @Test
  void anAnswerInTimeIsNoViolation() {
    String trackingNumber = scenario.deliveredCase(false);
    scenario.fileReconsideration(trackingNumber, AppealScenario.RECEIVED, "62");
    scenario.submitAnswer(AppealScenario.RECEIVED);
    today(LocalDate.of(2026, 3, 10));
    assertThat(violations(trackingNumber)).isEmpty();
    assertThat(TrailTestAccess.lateAnswer(appeals.of(trackingNumber).get(0),
        LocalDate.of(2026, 3, 10))).isEmpty();
  }

  private AppealAnswerDeadlines deadlines() {
    return new AppealAnswerDeadlines(appeals,
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults());
  }

  private List<ComplianceQueries.Violation> violations(String trackingNumber) {
    return new ComplianceQueries(ProcessTestEngine.jdbc(engine),
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults(),
        ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class), engine,
        ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class))
        .check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).rules().stream()
        .filter(r -> r.id().equals("lateAppealAnswer")).flatMap(r -> r.violations().stream())
        .filter(v -> v.trackingNumber().equals(trackingNumber)).toList();
  }
}
