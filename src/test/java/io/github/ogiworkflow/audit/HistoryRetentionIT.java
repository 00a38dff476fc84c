package io.github.ogiworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.retention.RemovalTimes;
import io.github.ogiworkflow.retention.RetentionPeriods;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * History retention as the README states it: the cleanup window at night in Beijing time, and
 * the deliberate time to live of every deployed process and decision.
 */
@IntegrationTest
class HistoryRetentionIT {

  /** README "History retention": days per process definition key. */
  static final Map<String, Integer> PROCESS_TTL_DAYS = Map.of(
      ProcessKeys.DISCLOSURE_REQUEST, 3650, ProcessKeys.SECRECY_REVIEW, 3650,
      ProcessKeys.COMPLAINT, 3650, ProcessKeys.SIGNED_FOR_FOLLOW_UP, 3650,
      ProcessKeys.TERMINATION_NOTICE_SERVICE, 3650,
      ProcessKeys.RECONSIDERATION, 10950, ProcessKeys.LITIGATION, 10950,
      ProcessKeys.PROACTIVE_DISCLOSURE, 10950, ProcessKeys.PUBLICATION_WITHDRAWAL, 10950,
      ProcessKeys.ANNUAL_REPORT, 36500);

  /** README "History retention": decisions are removed with the processes that evaluate them. */
  static final Map<String, Integer> DECISION_TTL_DAYS = Map.of(
      ProcessKeys.REPLY_OUTCOME_TABLE, 3650, ProcessKeys.APPROVAL_REQUIRED_TABLE, 3650,
      ProcessKeys.PUBLICATION_APPROVAL, 3650);

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired TestRestTemplate rest;
  @Autowired RemovalTimes removalTimes;

  /**
   * Audit 34b F5 (ADR 0156): the archive period is counted in years from 1 January after the
   * case ends, so the engine's end + P3650D (days short of ten years) is moved there, with the
   * history the case called.
   */
  @Test
  void aFinishedCaseIsKeptUntilTheFirstOfJanuaryAfterItsArchivePeriod() {
    HistoryService history = engine.getHistoryService();
    String tn = new EngineRest(rest).startRequest("wangli",
        EngineRest.postalRequest(LocalDate.now(), "示范市某归档年度测试有限公司"));
    String pid = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(tn)
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).singleResult().getId();
    engine.getRuntimeService().deleteProcessInstance(pid, "HistoryRetentionIT", true);
    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
        .processInstanceId(pid).singleResult();
    LocalDate endDay = LocalDate.ofInstant(ended.getEndTime().toInstant(), OfficeTime.ZONE);

    assertThat(removalTimes.moveToArchiveYear()).isPositive();
    runBatches();

    Instant removal = history.createHistoricProcessInstanceQuery().processInstanceId(pid)
        .singleResult().getRemovalTime().toInstant();
    // Hand-computed: ended in year Y (Beijing), kept through Y + 10, removable 1 January Y + 11.
    assertThat(removal).isEqualTo(LocalDate.of(endDay.getYear() + 11, 1, 1)
        .atStartOfDay(OfficeTime.ZONE).toInstant());
    assertThat(removal).isAfterOrEqualTo(endDay.plusYears(10).atStartOfDay(OfficeTime.ZONE)
        .toInstant());
    // Its variables go with it.
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).list())
        .allMatch(variable -> removal.equals(variable.getRemovalTime().toInstant()));
  }

  /**
   * 永久 (ADR 0165): an annual report's history has no removal time at all after the evening
   * run, with everything it called, so the engine's cleanup never reaches it (before: 100
   * years, 1 January after).
   */
  @Test
  void anAnnualReportIsKeptPermanently() {
    HistoryService history = engine.getHistoryService();
    String pid = engine.getRuntimeService().createMessageCorrelation(
            ElementIds.MESSAGE_ANNUAL_REPORT_REQUESTED)
        .setVariable(ProcessVariables.REPORT_YEAR, 2012).correlateStartMessage().getId();
    engine.getRuntimeService().deleteProcessInstance(pid, "HistoryRetentionIT", true);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid)
        .singleResult().getRemovalTime()).isNotNull(); // the engine's, from P36500D

    removalTimes.moveToArchiveYear();
    runBatches();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid)
        .singleResult().getRemovalTime()).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).list())
        .isNotEmpty().allMatch(variable -> variable.getRemovalTime() == null);
  }

  private void runBatches() {
    ManagementService management = engine.getManagementService();
    for (Batch batch : management.createBatchQuery().list()) {
      for (int round = 0; round < 5; round++) {
        for (Job job : management.createJobQuery().list()) {
          if (batch.getSeedJobDefinitionId().equals(job.getJobDefinitionId())
              || batch.getBatchJobDefinitionId().equals(job.getJobDefinitionId())) {
            management.executeJob(job.getId());
          }
        }
      }
      management.deleteBatch(batch.getId(), true);
    }
  }

  /** The guard's least TTL (retention/RetentionPeriods) is the table's. */
  @Test
  void theGuardsLeastTimeToLiveIsTheTable() {
    PROCESS_TTL_DAYS.forEach((key, days) ->
        assertThat(RetentionPeriods.minimumTtlDays(key)).as(key).isEqualTo(days));
    DECISION_TTL_DAYS.forEach((key, days) ->
        assertThat(RetentionPeriods.minimumTtlDays(key)).as(key).isEqualTo(days));
  }

  @Test
  void historyIsCleanedUpAtNightBeijingTime() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0800");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00+0800");
    assertThat(beijing(configuration.getHistoryCleanupBatchWindowStartTimeAsDate()))
        .isEqualTo(LocalTime.of(22, 0));
    assertThat(beijing(configuration.getHistoryCleanupBatchWindowEndTimeAsDate()))
        .isEqualTo(LocalTime.of(6, 0));
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
  }

  @Test
  void everyDeployedDefinitionHasItsTimeToLive() {
    Map<String, Integer> deployed = new HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
        .latestVersion().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull();
      deployed.put(definition.getKey(), definition.getHistoryTimeToLive());
    }
    // Exactly the table: a new process fails here until its TTL is chosen and written down.
    assertThat(deployed).isEqualTo(PROCESS_TTL_DAYS);
    Map<String, Integer> decisions = new HashMap<>();
    for (DecisionDefinition decision : repository.createDecisionDefinitionQuery()
        .latestVersion().list()) {
      decisions.put(decision.getKey(), decision.getHistoryTimeToLive());
    }
    // Non-empty and complete: the loop above checks nothing if no decision is deployed.
    assertThat(decisions).isEqualTo(DECISION_TTL_DAYS);
  }

  private static LocalTime beijing(Date date) {
    return date.toInstant().atZone(OfficeTime.ZONE).toLocalTime();
  }
}
