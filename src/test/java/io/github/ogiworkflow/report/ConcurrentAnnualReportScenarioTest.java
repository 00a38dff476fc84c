package io.github.ogiworkflow.report;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPORT;
import static io.github.ogiworkflow.process.ElementIds.TASK_WRITE_REPORT_NARRATIVE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
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
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

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

  /** How long a held transaction waits for the other side (below H2's 10 s lock timeout). */
  private static final long HOLD_MILLIS = 2000;

  /**
   * Audit 33b, F4 (ADR 0142): a counter registration received in the year, its transaction still
   * open, while leadership approves the year's report (登记发布日期 in the same transaction). The
   * publication waits for the registration's commit, computes again, sees the new case and sends
   * the report back (由2变为3); it never publishes figures that leave the case out.
   */
  @Test
  @Deployment(resources = {"processes/annual-report.bpmn", "processes/disclosure-request.bpmn",
      "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
      "processes/approval-required.dmn"})
  void aRegistrationInTheYearBeingPublishedIsCountedOrTheReportIsNotPublished() throws Exception {
    // A year no other scenario class uses (on PostgreSQL they share one database).
    int year = 2030;
    today(LocalDate.of(year + 1, 1, 6));
    try {
      String run = reportAwaitingApproval(year);
      CountDownLatch registered = new CountDownLatch(1);
      CountDownLatch approved = new CountDownLatch(1);
      AtomicReference<Throwable> registration = new AtomicReference<>();
      AtomicReference<Throwable> approval = new AtomicReference<>();
      Thread office = new Thread(() -> {
        try {
          transactions().executeWithoutResult(status -> {
            new RequestScenario(engine).start(registration(LocalDate.of(year, 12, 31)));
            registered.countDown();
            await(approved);
          });
        } catch (Throwable t) {
          registration.set(t);
        } finally {
          registered.countDown();
        }
      });
      Thread leader = new Thread(() -> {
        try {
          await(registered);
          complete(run, TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");
        } catch (Throwable t) {
          approval.set(t);
        } finally {
          approved.countDown();
        }
      });
      office.start();
      leader.start();
      office.join();
      leader.join();

      assertThat(registration.get()).as("the registration").isNull();
      assertThat(approval.get()).as("the approval's submission").isNull();
      AnnualReportRegister.Entry report = register.of(year).orElseThrow();
      assertThat(report.published()).as("published without the case received on " + year
          + "-12-31").isFalse();
      assertThat(report.returnComment()).contains("办件登记簿发生变化");
    } finally {
      forget(year);
    }
  }

  /**
   * The other order: the publication's transaction still open when a registration received in
   * the year arrives. The registration waits for it and is refused, as after publication.
   */
  @Test
  @Deployment(resources = {"processes/annual-report.bpmn", "processes/disclosure-request.bpmn",
      "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
      "processes/approval-required.dmn"})
  void aRegistrationWhileTheYearIsBeingPublishedWaitsAndIsRefused() throws Exception {
    int year = 2029;
    today(LocalDate.of(year + 1, 1, 7));
    try {
      String run = reportAwaitingApproval(year);
      long cases = ProcessTestEngine.jdbc(engine).queryForObject(
          "SELECT COUNT(*) FROM ogi_case", Long.class);
      CountDownLatch publishing = new CountDownLatch(1);
      CountDownLatch registered = new CountDownLatch(1);
      AtomicReference<Throwable> registration = new AtomicReference<>();
      AtomicReference<Throwable> approval = new AtomicReference<>();
      Thread leader = new Thread(() -> {
        try {
          transactions().executeWithoutResult(status -> {
            complete(run, TASK_APPROVE_REPORT, LEADER, REPORT_APPROVAL, "APPROVE");
            publishing.countDown();
            await(registered);
          });
        } catch (Throwable t) {
          approval.set(t);
        } finally {
          publishing.countDown();
        }
      });
      Thread office = new Thread(() -> {
        try {
          await(publishing);
          new RequestScenario(engine).start(registration(LocalDate.of(year, 12, 31)));
        } catch (Throwable t) {
          registration.set(t);
        } finally {
          registered.countDown();
        }
      });
      leader.start();
      office.start();
      leader.join();
      office.join();

      assertThat(approval.get()).as("the approval").isNull();
      assertThat(register.of(year).orElseThrow().published()).isTrue();
      assertThat(registration.get()).as("the registration").isInstanceOf(InvalidInput.class)
          .hasMessageContaining("将改变已发布的" + year + "年度政府信息公开工作年度报告中的统计");
      assertThat(ProcessTestEngine.jdbc(engine).queryForObject(
          "SELECT COUNT(*) FROM ogi_case", Long.class)).isEqualTo(cases);
    } finally {
      forget(year);
    }
  }

  /** The year's run started, its text submitted: waiting at 审批年度报告. */
  private String reportAwaitingApproval(int year) {
    ProcessInstance run = engine.getRuntimeService().startProcessInstanceByMessage(
        ElementIds.MESSAGE_ANNUAL_REPORT_REQUESTED, Map.of(REPORT_YEAR, year));
    runAsyncSteps();
    complete(run.getId(), TASK_WRITE_REPORT_NARRATIVE, OFFICE_USER, NARRATIVE_ACTION, "SUBMIT",
        NARRATIVE_OVERVIEW, "本年度，本局认真贯彻《条例》。", NARRATIVE_PROBLEMS, "答复期限管理仍需加强。",
        NARRATIVE_OTHER, "无。");
    return run.getId();
  }

  /** On PostgreSQL the database is shared by every scenario class: the year is left unused. */
  private void forget(int year) {
    JdbcTemplate jdbc = ProcessTestEngine.jdbc(engine);
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?", year);
    jdbc.update("DELETE FROM ogi_annual_report_run WHERE report_year = ?", year);
  }

  private TransactionTemplate transactions() {
    return new TransactionTemplate(((SpringProcessEngineConfiguration) engine
        .getProcessEngineConfiguration()).getTransactionManager());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(HOLD_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
