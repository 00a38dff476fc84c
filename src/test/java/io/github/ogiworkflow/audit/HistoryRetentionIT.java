package io.github.ogiworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
