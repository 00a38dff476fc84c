package io.github.ogiworkflow.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Audit 34b F1's open point (ADR 0165): when the engine's own history cleanup removes a case's
 * history at the end of its archive period, the register says so, and the audit trail shows
 * when it fell due, that it is gone and when the cleanup ran. Only the engine API and the
 * trail are used: the register is written by the server's own runs (here, the one before an
 * administrator's cleanup request).
 */
@IntegrationTest
class HistoryCleanupRecordIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @Test
  void theEnginesCleanupOfAnEndedPeriodIsInTheRegisterAndTheTrail() {
    String tn = new EngineRest(rest).startRequest("wangli",
        EngineRest.postalRequest(LocalDate.now(), "示范市某历史清理登记测试有限公司"));
    String pid = endedRequest(tn);
    // What the clock reaching 2037 does: the removal time has passed (as in the audit).
    moveRemovalTime(pid, Date.from(Instant.now().minus(Duration.ofHours(1))));

    ResponseEntity<String> cleanup = Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/cleanup?immediatelyDue=true", null);
    assertThat(cleanup.getStatusCode()).as(cleanup.getBody()).isEqualTo(HttpStatus.OK);
    runCleanupUntilGone(pid);

    String due = trail(tn);
    assertThat(due).contains("流程记录保管期限届满，列入历史清理", "保管期限10年",
        "政府信息公开申请办理");

    // The next run (any: the evening's, the morning's, an administrator's) finds it gone.
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/cleanup", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    String removed = trail(tn);
    assertThat(removed).contains("流程记录已按保管期限清除", "清理作业运行于",
        "确认流程记录已不存在");
  }

  @Test
  void aRemovalTimeMovedLaterAfterItFellDueIsKept() {
    String tn = new EngineRest(rest).startRequest("wangli",
        EngineRest.postalRequest(LocalDate.now(), "示范市某历史清理推迟测试有限公司"));
    String pid = endedRequest(tn);
    moveRemovalTime(pid, Date.from(Instant.now().plus(Duration.ofHours(20))));
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/cleanup", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail(tn)).contains("流程记录保管期限届满，列入历史清理");

    moveRemovalTime(pid, Date.from(Instant.now().plus(Duration.ofDays(400))));
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/history/cleanup", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail(tn)).contains("流程记录未清除，继续保存")
        .doesNotContain("流程记录已按保管期限清除");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).count())
        .isEqualTo(1);
  }

  private String endedRequest(String tn) {
    String pid = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(tn)
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).singleResult().getId();
    runtime.deleteProcessInstance(pid, "HistoryCleanupRecordIT", true);
    return pid;
  }

  private void moveRemovalTime(String pid, Date removal) {
    Batch batch = history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(removal)
        .byIds(pid).hierarchical().executeAsync();
    for (int round = 0; round < 5; round++) {
      for (Job job : management.createJobQuery().list()) {
        if (batch.getSeedJobDefinitionId().equals(job.getJobDefinitionId())
            || batch.getBatchJobDefinitionId().equals(job.getJobDefinitionId())) {
          management.executeJob(job.getId());
        }
      }
    }
    management.deleteBatch(batch.getId(), true);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid)
        .singleResult().getRemovalTime()).isEqualTo(removal);
  }

  private void runCleanupUntilGone(String pid) {
    for (int round = 0; round < 5
        && history.createHistoricProcessInstanceQuery().processInstanceId(pid).count() > 0;
        round++) {
      for (Job job : history.findHistoryCleanupJobs()) {
        management.executeJob(job.getId());
      }
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).count())
        .isZero();
  }

  private String trail(String tn) {
    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn, null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    return trail.getBody();
  }
}
