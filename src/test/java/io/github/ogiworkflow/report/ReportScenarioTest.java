package io.github.ogiworkflow.report;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases through the real request process across the 2025/2026 boundary; the report's cells
 * change by the hand-counted amounts (deltas, so the test also holds on a shared database).
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ReportScenarioTest {

  // The request models are fixtures here, not under test: their scenarios cover them.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aCaseOpenOnNewYearsEveIsCarriedOverAndClosedTheNextYear() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    AnnualReport before2025 = reports.compute(2025);
    AnnualReport before2026 = reports.compute(2026);
    // Drill-downs query when asked: list the cell before the case exists.
    List<String> carriedBefore = before2026.drillDown("t3.carried.NATURAL_PERSON").orElseThrow();

    today(LocalDate.of(2025, 12, 15));
    RequestScenario carried = new RequestScenario(engine).start(registration(LocalDate.of(2025, 12, 15)))
        .complete("Task_CheckCompleteness", OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete("Task_SearchAndSplit", OFFICE_USER, ITEMS,
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    today(LocalDate.of(2026, 1, 8));
    carried.complete("Task_EditReply", OFFICE_USER, CHARGE_FEE, false)
        .complete("Task_DeliverReply", OFFICE_USER, DELIVERED_BY, "POST",
            DELIVERED_ON, "2026-01-08");

    AnnualReport r2025 = reports.compute(2025);
    AnnualReport r2026 = reports.compute(2026);
    assertThat(r2025.failedInvariants()).isEmpty();
    assertThat(r2026.failedInvariants()).isEmpty();
    assertDelta(before2025, r2025, "new", "NATURAL_PERSON", 1);
    assertDelta(before2025, r2025, "forward", "NATURAL_PERSON", 1);
    assertDelta(before2025, r2025, "closed", "TOTAL", 0);
    assertDelta(before2026, r2026, "carried", "NATURAL_PERSON", 1);
    assertDelta(before2026, r2026, "o1", "NATURAL_PERSON", 1);
    assertDelta(before2026, r2026, "closed", "TOTAL", 1);
    assertDelta(before2026, r2026, "new", "TOTAL", 0);
    List<String> drilled = new ArrayList<>(r2026.drillDown("t3.carried.NATURAL_PERSON").orElseThrow());
    drilled.removeAll(carriedBefore);
    assertThat(drilled).containsExactly(carried.trackingNumber());
    assertThat(r2026.drillDown("t3.nonsense")).isEmpty();
  }

  private static void assertDelta(AnnualReport before, AnnualReport after, String row,
      String column, long delta) {
    assertThat(after.table("t3").count(row, column) - before.table("t3").count(row, column))
        .as("%d %s %s", after.year(), row, column).isEqualTo(delta);
  }

  private AnnualReports reports() {
    JdbcTemplate jdbc = (JdbcTemplate) ((ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans().values().stream()
        .filter(JdbcTemplate.class::isInstance).findFirst().orElseThrow();
    return new AnnualReports(jdbc,
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class),
        ProcessTestEngine.bean(engine, "publicationRegister", PublicationRegister.class), 2025);
  }
}
