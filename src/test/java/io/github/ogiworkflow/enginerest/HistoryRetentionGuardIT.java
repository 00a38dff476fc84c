package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.retention.HistoryRemovals;
import io.github.ogiworkflow.retention.RetentionPeriods;
import io.github.ogiworkflow.support.EngineClock;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Audit 34b F1 (ADR 0156): not even {@code camunda-admin} deletes a case's process history, or
 * moves its removal time earlier, before its archive period has ended, through the engine's REST
 * API (and so Cockpit); what the server accepts is written to the register and shown in the
 * audit trail.
 */
@IntegrationTest
class HistoryRetentionGuardIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired HistoryRemovals removals;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void anAdministratorCannotEraseACaseHistoryBeforeItsArchivePeriodEnds() throws Exception {
    String tn = new EngineRest(rest).startRequest("wangli",
        EngineRest.postalRequest(LocalDate.now(), "示范市某保管期限测试有限公司"));
    String pid = endedRequest(tn);
    Date removal = instance(pid).getRemovalTime();
    Instant periodEnds = RetentionPeriods.removableFrom(ProcessKeys.DISCLOSURE_REQUEST,
        instance(pid).getEndTime().toInstant());
    String variableId = history.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .list().get(0).getId();
    int entries = trailEntries(tn);

    ResponseEntity<String> deleted = Http.asUser(rest, "admin", HttpMethod.DELETE,
        "/engine-rest/history/process-instance/" + pid, null);
    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deleted.getBody()).contains("流程历史记录按档案保管期限保存，不得提前删除", tn)
        .doesNotContain(pid);
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/process-instance/delete",
        "{\"historicProcessInstanceIds\":[\"" + pid + "\"]}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Cockpit's copy of the API, the variables and the removal time moved into the past.
    assertThat(Http.asUser(rest, "admin", HttpMethod.DELETE,
        "/engine-rest/history/variable-instance/" + variableId, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "admin", HttpMethod.DELETE,
        "/engine-rest/history/process-instance/" + pid + "/variable-instances", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/process-instance/set-removal-time",
        "{\"absoluteRemovalTime\":\"2026-12-07T00:00:00.000+0000\",\"hierarchical\":true,"
            + "\"historicProcessInstanceIds\":[\"" + pid + "\"]}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/process-instance/set-removal-time",
        "{\"calculatedRemovalTime\":true,\"historicProcessInstanceIds\":[\"" + pid + "\"]}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> byQuery = Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/process-instance/set-removal-time",
        "{\"absoluteRemovalTime\":\"2026-12-07T00:00:00.000+0000\","
            + "\"historicProcessInstanceQuery\":{\"processInstanceBusinessKey\":\"" + tn + "\"}}");
    assertThat(byQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(byQuery.getBody()).contains("historicProcessInstanceQuery", "不接受查询条件");
    // Cockpit's 全选 sends such a query (through the same guard): the refusal says what to do.
    ResponseEntity<String> selectAll = Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/process-instance/delete",
        "{\"historicProcessInstanceQuery\":{\"finished\":true},\"deleteReason\":\"x\"}");
    assertThat(selectAll.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(selectAll.getBody()).contains("不要使用“全选”", "逐个勾选保管期限已届满的流程实例",
        "historicProcessInstanceIds");
    Integer ttl = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).latestVersion().singleResult()
        .getHistoryTimeToLive();
    String definitionId = instance(pid).getProcessDefinitionId();
    try {
      assertThat(Http.asUser(rest, "admin", HttpMethod.PUT, "/engine-rest/process-definition/"
          + definitionId + "/history-time-to-live", "{\"historyTimeToLive\":1}")
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      repository.updateProcessDefinitionHistoryTimeToLive(definitionId, ttl);
    }

    // Nothing changed, nothing recorded.
    assertThat(instance(pid)).isNotNull();
    assertThat(instance(pid).getRemovalTime()).isEqualTo(removal);
    assertThat(history.createHistoricVariableInstanceQuery().variableId(variableId).count())
        .isEqualTo(1);
    assertThat(removals.of(tn)).isEmpty();
    assertThat(trailEntries(tn)).isEqualTo(entries);

    // Keeping it longer is accepted, and recorded with who and when.
    ResponseEntity<String> later = Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/process-instance/set-removal-time",
        "{\"absoluteRemovalTime\":\"2040-01-01T00:00:00.000+0800\",\"hierarchical\":true,"
            + "\"historicProcessInstanceIds\":[\"" + pid + "\"]}");
    assertThat(later.getStatusCode()).as(later.getBody()).isEqualTo(HttpStatus.OK);
    management.deleteBatch(JSON.readTree(later.getBody()).path("id").asText(), true);
    assertThat(removals.of(tn)).extracting(HistoryRemovals.Entry::action)
        .containsExactly(HistoryRemovals.Action.MOVE_REMOVAL_TIME);

    // Once the period is over, the administrator may remove it; the register keeps the trace.
    EngineClock.at(LocalDate.of(2040, 1, 2));
    assertThat(Http.asUser(rest, "admin", HttpMethod.DELETE,
        "/engine-rest/history/process-instance/" + pid, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instance(pid)).isNull();
    List<HistoryRemovals.Entry> recorded = removals.of(tn);
    assertThat(recorded).extracting(HistoryRemovals.Entry::action).containsExactly(
        HistoryRemovals.Action.MOVE_REMOVAL_TIME, HistoryRemovals.Action.DELETE_HISTORY);
    assertThat(recorded).allMatch(entry -> entry.requestedBy().equals("admin")
        && entry.processInstanceId().equals(pid));
    String trail = Http.asUser(rest, "sunyue", HttpMethod.GET, "/api/audit/cases/" + tn, null)
        .getBody();
    assertThat(trail).contains("推迟流程历史记录清除时间", "删除流程历史记录",
        ChineseDateText.of(LocalDate.ofInstant(periodEnds, OfficeTime.ZONE)) + "届满",
        "2040年1月1日");
  }

  /** The request's instance, ended (deleted while running: it ends, its history stays). */
  private String endedRequest(String tn) {
    String pid = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(tn)
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).singleResult().getId();
    runtime.deleteProcessInstance(pid, "HistoryRetentionGuardIT", true);
    assertThat(instance(pid).getEndTime()).isNotNull();
    return pid;
  }

  private HistoricProcessInstance instance(String pid) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
  }

  private int trailEntries(String tn) throws Exception {
    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn, null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode entries = JSON.readTree(trail.getBody()).path("entries");
    return entries.size();
  }
}
