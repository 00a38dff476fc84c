package io.github.ogiworkflow.enginerest;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.RowLock;
import io.github.ogiworkflow.support.IntegrationTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0046's answers beyond the engine's commands, against the real app on H2: our own endpoint
 * that writes with JdbcTemplate answers a row lock held too long by another transaction with 409
 * and "请稍后重试", nothing written; Tasklist's own API answers the completion of a task someone
 * else completed meanwhile as /engine-rest does.
 */
@IntegrationTest
class BusyAndGoneAnswersIT {

  static final String BUSY = "该办件正由他人同时办理，本次提交未保存，请稍后重试";
  static final String WEBAPP_TASK = "/camunda/api/engine/engine/default/task/";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;

  @BeforeEach
  void engineRestAsTasklist() {
    engineRest = new EngineRest(rest);
  }

  /**
   * The office corrects a receipt date (POST /api/cases/{n}/date-corrections, which updates the
   * case's row with JdbcTemplate) while another transaction holds that row.
   */
  @Test
  void aLockTimeoutOnOurOwnEndpointIsA409ToTryAgainWithNothingWritten() throws Exception {
    String trackingNumber = engineRest.startRequest("wangli",
        EngineRest.postalRequest(OfficeTime.today(), "示范市某并发更正测试有限公司"));
    LocalDate today = OfficeTime.today();
    String path = "/api/cases/" + trackingNumber + "/date-corrections";
    String correction = json.writeValueAsString(Map.of("field", "receivedOn",
        "newDate", today.minusDays(1).toString(), "reason", "登记时录错日期，以收文登记簿为准"));

    ResponseEntity<String> busy = RowLock.holding(dataSource,
        "SELECT tracking_number FROM ogi_case WHERE tracking_number = ? FOR UPDATE",
        trackingNumber, () -> Http.asUser(rest, "wangli", HttpMethod.POST, path, correction));

    assertThat(busy.getStatusCode()).as(busy.getBody()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode answer = json.readTree(busy.getBody());
    assertThat(answer.path("message").asText()).isEqualTo(BUSY);
    assertThat(answer.path("error").asText()).startsWith("The case is being changed");
    assertThat(busy.getBody()).doesNotContainIgnoringCase("timeout")
        .doesNotContain("ogi_", "SELECT", "UPDATE", "logId");
    // Nothing written: the date as registered, no correction in the trail.
    assertThat(jdbc.queryForObject("SELECT first_received_on FROM ogi_case WHERE"
        + " tracking_number = ?", Date.class, trackingNumber).toLocalDate()).isEqualTo(today);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_date_change WHERE"
        + " tracking_number = ?", Integer.class, trackingNumber)).isZero();

    // Once the lock is gone the same request goes through.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, path, correction).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  /** Claiming, through Tasklist's own API, a task someone else has just claimed. */
  @Test
  void tasklistsApiAnswersATaskClaimedMeanwhileAsEngineRestDoes() throws Exception {
    String trackingNumber = engineRest.startRequest("wangli",
        EngineRest.postalRequest(OfficeTime.today(), "示范市某认领测试有限公司"));
    String check = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);
    ResponseEntity<String> claimed = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + check + "/claim", "{\"userId\":\"wangli\"}");
    assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    String claim = "{\"userId\":\"zhangwei\"}";
    ResponseEntity<String> viaEngineRest = Http.asUser(rest, "zhangwei", HttpMethod.POST,
        "/engine-rest/task/" + check + "/claim", claim);
    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "zhangwei");
    session.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> viaTasklist = rest.exchange(WEBAPP_TASK + check + "/claim",
        HttpMethod.POST, new HttpEntity<>(claim, session), String.class);

    assertThat(viaEngineRest.getStatusCode()).as(viaEngineRest.getBody())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(viaTasklist.getStatusCode()).as(viaTasklist.getBody())
        .isEqualTo(HttpStatus.CONFLICT);
    // Chinese only in message, which Tasklist shows; the English goes into error (F6 c).
    assertThat(json.readTree(viaTasklist.getBody()).path("message").asText())
        .isEqualTo(json.readTree(viaEngineRest.getBody()).path("message").asText())
        .isEqualTo("该任务已被他人认领，请刷新任务列表");
    assertThat(json.readTree(viaEngineRest.getBody()).path("error").asText())
        .isEqualTo(json.readTree(viaTasklist.getBody()).path("error").asText())
        .contains("claimed by someone else");
  }

  /** Completing, through Tasklist's own API, a task someone else has completed already. */
  @Test
  void tasklistsApiAnswersATaskCompletedMeanwhileAsEngineRestDoes() throws Exception {
    String trackingNumber = engineRest.startRequest("wangli",
        EngineRest.postalRequest(OfficeTime.today(), "示范市某重复办理测试有限公司"));
    String check = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);
    String complete = EngineRest.variables(Map.of("completenessDecision", text("COMPLETE")));
    engineRest.submitTaskForm("wangli", check, Map.of("completenessDecision", text("COMPLETE")));

    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "wangli");
    session.setContentType(MediaType.APPLICATION_JSON);
    for (String action : new String[] {"complete", "submit-form"}) {
      ResponseEntity<String> viaEngineRest = Http.asUser(rest, "wangli", HttpMethod.POST,
          "/engine-rest/task/" + check + "/" + action, complete);
      ResponseEntity<String> viaTasklist = rest.exchange(WEBAPP_TASK + check + "/" + action,
          HttpMethod.POST, new HttpEntity<>(complete, session), String.class);

      // /engine-rest (ConcurrentChangeResponses): the task ended before the request came in,
      // so it is gone (404), not a concurrent change (409), whatever exception the engine
      // wrapped its not-found in (README, Robustness; ADR 0068).
      assertThat(viaEngineRest.getStatusCode()).as(action + ": " + viaEngineRest.getBody())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(json.readTree(viaEngineRest.getBody()).path("type").asText())
          .isEqualTo("TaskNotFoundException");
      assertThat(json.readTree(viaEngineRest.getBody()).path("message").asText())
          .startsWith("该任务已不存在");
      assertThat(viaTasklist.getStatusCode()).as(action + ": " + viaTasklist.getBody())
          .isEqualTo(viaEngineRest.getStatusCode());
      assertThat(json.readTree(viaTasklist.getBody()).path("message").asText())
          .isEqualTo(json.readTree(viaEngineRest.getBody()).path("message").asText());
    }
  }

  /**
   * A clerk opens a task a colleague has just completed (audit 30 F2): Tasklist reads its
   * variables, forms and identity links. Each read is a 404 in Chinese on Tasklist's API and on
   * /engine-rest alike, not the engine's 500 (or 400 for the form) with a log id, and the reads
   * of a task that runs still work.
   */
  @Test
  void readsOfATaskCompletedMeanwhileAreA404InChineseOnBothApis() throws Exception {
    String trackingNumber = engineRest.startRequest("wangli",
        EngineRest.postalRequest(OfficeTime.today(), "示范市某已办结任务读取测试有限公司"));
    String check = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);
    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "wangli");
    String[] reads = {"/variables", "/variables/trackingNumber", "/form", "/deployed-form",
        "/rendered-form", "/form-variables", "/identity-links", "/comment"};
    // Positive control: while it runs, Tasklist reads it.
    for (String read : new String[] {"", "/variables", "/identity-links"}) {
      ResponseEntity<String> running = rest.exchange(WEBAPP_TASK + check + read, HttpMethod.GET,
          new HttpEntity<>(session), String.class);
      assertThat(running.getStatusCode()).as(read + ": " + running.getBody())
          .isEqualTo(HttpStatus.OK);
    }
    engineRest.submitTaskForm("wangli", check, Map.of("completenessDecision", text("COMPLETE")));

    for (String read : reads) {
      ResponseEntity<String> viaTasklist = rest.exchange(WEBAPP_TASK + check + read,
          HttpMethod.GET, new HttpEntity<>(session), String.class);
      ResponseEntity<String> viaEngineRest = Http.asUser(rest, "wangli", HttpMethod.GET,
          "/engine-rest/task/" + check + read, null);
      for (ResponseEntity<String> gone : java.util.List.of(viaTasklist, viaEngineRest)) {
        assertThat(gone.getStatusCode()).as(read + ": " + gone.getBody())
            .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode answer = json.readTree(gone.getBody());
        assertThat(answer.path("type").asText()).isEqualTo("TaskNotFoundException");
        assertThat(answer.path("message").asText())
            .isEqualTo("该任务已不存在：可能已由他人办理完成或已撤销，请刷新任务列表");
        assertThat(gone.getBody()).doesNotContain("logId", check);
      }
    }
    // The task collection's own resources are not tasks.
    ResponseEntity<String> count = rest.exchange("/camunda/api/engine/engine/default/task/count",
        HttpMethod.GET, new HttpEntity<>(session), String.class);
    assertThat(count.getStatusCode()).as(count.getBody()).isEqualTo(HttpStatus.OK);
  }

  /**
   * The variables of an instance that has ended or never was, read through Tasklist's API (or an
   * execution's): a 404 in Chinese as on /engine-rest (audit 30 F2), not a 500 with a log id.
   */
  @Test
  void theVariablesOfAnInstanceThatIsGoneAreA404OnTasklistsApiToo() throws Exception {
    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "wangli");
    for (String path : new String[] {"process-instance/abc/variables",
        "process-instance/abc/variables/trackingNumber", "execution/abc/localVariables"}) {
      ResponseEntity<String> gone = rest.exchange("/camunda/api/engine/engine/default/" + path,
          HttpMethod.GET, new HttpEntity<>(session), String.class);
      assertThat(gone.getStatusCode()).as(path + ": " + gone.getBody())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(json.readTree(gone.getBody()).path("message").asText())
          .startsWith("该流程实例已结束或不存在");
      assertThat(gone.getBody()).doesNotContain("logId");
    }
  }
}
