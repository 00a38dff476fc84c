package io.github.ogiworkflow.report;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPORT;
import static io.github.ogiworkflow.process.ElementIds.TASK_WRITE_REPORT_NARRATIVE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static io.github.ogiworkflow.request.RequestScenario.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.CommandFailures;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A year's report asked for several times at the same moment (ADR 0059): the runs register
 * themselves in {@code ogi_annual_report_run} (primary key, row lock), so one run prepares the
 * year and the others are refused (正在编制中), with nothing of them left; and only the owning
 * run writes the year's row, never once it is published (ADR 0035).
 */
@Deployment(resources = "processes/annual-report.bpmn")
class ConcurrentAnnualReportScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(0.0);

  ProcessEngine engine;
  AnnualReportRegister register;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    today(LocalDate.of(2026, 1, 5));
    register = ProcessTestEngine.bean(engine, "annualReportRegister", AnnualReportRegister.class);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aReportAskedForThreeTimesAtOnceIsPreparedByOneRun() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    List<Runnable> requests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      requests.add(() -> {
        ran.incrementAndGet();
        engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
        try {
          engine.getRuntimeService().startProcessInstanceByMessage(
              ElementIds.MESSAGE_ANNUAL_REPORT_REQUESTED, Map.of(REPORT_YEAR, 2025));
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      });
    }
    List<Throwable> refused = AtOnce.run(requests);

    assertThat(ran.get()).as("every request was sent (no vacuous pass)").isEqualTo(3);
    assertThat(refused).as("all but one refused").hasSize(2);
    for (Throwable t : refused) {
      if (!CommandFailures.isLockGivenUp(t)) {
        assertThat(t).isInstanceOf(InvalidInput.class).hasMessageContaining("2025年度报告正在编制中");
      }
    }
    List<ProcessInstance> runs = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ANNUAL_REPORT).processInstanceBusinessKey("NB-2025")
        .list();
    assertThat(runs).as("one run of 2025").hasSize(1);
    runAsyncSteps();
    assertThat(register.of(2025).orElseThrow().processInstanceId())
        .isEqualTo(runs.get(0).getId());
  }

  /**
   * A run that does not own the year (one started before, left behind) writes nothing to it, and
   * nobody writes a published year: no approval, return or publication un-publishes it.
   */
  @Test
  void onlyTheOwningRunWritesTheYearAndNeverAfterPublication() {
    ProcessInstance run = engine.getRuntimeService().startProcessInstanceByMessage(
        ElementIds.MESSAGE_ANNUAL_REPORT_REQUESTED, Map.of(REPORT_YEAR, 2024));
    runAsyncSteps();
    String owner = run.getId();
    assertThatThrownBy(() -> register.saveNarrative(2024, "another-run", "总体", "问题", "其他",
        OFFICE_USER, OfficeTime.now())).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("2024年度报告正在由另一编制流程编制中或已发布");
    assertThatThrownBy(() -> register.saveComputed(2024, "another-run", true, "{}",
        OfficeTime.now())).isInstanceOf(InvalidInput.class);
    assertThat(register.of(2024).orElseThrow().status()).isEqualTo("COMPUTED");

    complete(owner, TASK_WRITE_REPORT_NARRATIVE, OFFICE_USER, NARRATIVE_ACTION, "SUBMIT",
        NARRATIVE_OVERVIEW, "本年度，本局认真贯彻《条例》。", NARRATIVE_PROBLEMS, "答复期限管理仍需加强。",
        NARRATIVE_OTHER, "无。");
    complete(owner, TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");
    AnnualReportRegister.Entry published = register.of(2024).orElseThrow();
    assertThat(published.published()).isTrue();

    assertThatThrownBy(() -> register.returned(2024, owner, "重写", OfficeTime.now()))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> register.approved(2024, owner, LEADER, OfficeTime.now()))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> register.saveComputed(2024, owner, true, "{}", OfficeTime.now()))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("2024年度报告已发布");
    assertThat(register.of(2024)).contains(published);
  }

  private void complete(String instanceId, String taskKey, String user, Object... keyValues) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
          .processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult().getId(),
          vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runAsyncSteps();
  }

  private void runAsyncSteps() {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    throw new AssertionError("Asynchronous steps do not come to rest");
  }
}
