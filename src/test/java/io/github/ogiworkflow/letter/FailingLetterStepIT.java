package io.github.ogiworkflow.letter;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_SUPPLEMENT;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An asynchronous step whose letter cannot be rendered (a broken template): the job is retried
 * on the engine-wide retry cycle (PT10S,PT5M, process/JobRetries), then becomes an incident that
 * Cockpit shows (it reads /engine-rest/incident), the user's completed form stays completed,
 * and once the template is fixed and the job's retries are set again the case goes on to
 * delivery.
 */
@IntegrationTest
class FailingLetterStepIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;
  static final String STEP = "Service_IssueCorrectionNotice";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired Letters letters;
  @Autowired CaseRegister register;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aBrokenTemplateRetriesThenRaisesAnIncidentAndTheCaseGoesOnAfterTheFix() throws Exception {
    EngineRest engineRest = new EngineRest(rest);
    String today = OfficeTime.today().toString();
    String trackingNumber = register(today);
    String instanceId = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber).singleResult().getId();

    @SuppressWarnings("unchecked")
    Map<LetterKind, String> templates =
        (Map<LetterKind, String>) ReflectionTestUtils.getField(letters, "templates");
    String template = templates.get(LetterKind.CORRECTION_NOTICE);
    // A bureau's edit that uses a placeholder the step does not know: rendering throws.
    templates.put(LetterKind.CORRECTION_NOTICE, template + "${signatureOfDirector}");
    Job job;
    try {
      engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
          TASK_CHECK_COMPLETENESS), Map.of("completenessDecision", text("CORRECTION"),
          "correctionPoints", text("请写明所需信息的文号。")));
      job = management.createJobQuery().processInstanceId(instanceId).activityId(STEP)
          .singleResult();
      assertThat(job).as("the step waits as a job").isNotNull();

      for (int attempt = 1; attempt <= 3; attempt++) {
        String jobId = job.getId();
        assertThatThrownBy(() -> management.executeJob(jobId))
            .hasMessageContaining("signatureOfDirector");
        job = management.createJobQuery().jobId(jobId).singleResult();
        assertThat(job.getRetries()).as("retries left after attempt %d", attempt)
            .isEqualTo(3 - attempt);
        Duration untilNextAttempt =
            Duration.between(OfficeTime.now(), job.getDuedate().toInstant());
        if (attempt == 1) {
          // The retry cycle PT10S,PT5M: the second attempt soon (a cluster's conflict heals)...
          assertThat(untilNextAttempt).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(11));
        } else if (attempt == 2) {
          // ...the third after five minutes: a real fault is not hammered.
          assertThat(untilNextAttempt).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        }
      }
    } finally {
      templates.put(LetterKind.CORRECTION_NOTICE, template);
    }

    // Retries used up: an incident, as Cockpit lists it for leadership.
    JsonNode incidents = get("chengang", "/engine-rest/incident?processInstanceId=" + instanceId);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).path("incidentType").asText()).isEqualTo("failedJob");
    assertThat(incidents.get(0).path("activityId").asText()).isEqualTo(STEP);
    assertThat(incidents.get(0).path("incidentMessage").asText()).contains("signatureOfDirector");
    // The office's decision was not lost and nothing of the failed step was written.
    assertThat(engineRest.tasks("wangli", trackingNumber, TASK_CHECK_COMPLETENESS)).isEmpty();
    assertThat(letters.of(trackingNumber)).isEmpty();
    assertThat(register.get(trackingNumber).status()).isEqualTo("REGISTERED");

    // Fixed (template restored above): retry the job as an administrator does in Cockpit.
    ResponseEntity<String> retry = Http.asUser(rest, "admin", HttpMethod.PUT,
        "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 1}");
    assertThat(retry.getStatusCode()).as(retry.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    EngineRest.runJobs(management);

    assertThat(get("chengang", "/engine-rest/incident?processInstanceId=" + instanceId)).isEmpty();
    assertThat(letters.of(trackingNumber)).extracting(Letters.Letter::kind)
        .containsExactly(LetterKind.CORRECTION_NOTICE);
    assertThat(register.get(trackingNumber).status()).isEqualTo("AWAITING_CORRECTION");

    // The case goes on to the end: the supplement is still unclear, the reply says so.
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
        TASK_RECORD_SUPPLEMENT), Map.of("supplementReceivedOn", text(today),
        "supplementStillUnclear", Map.of("type", "Boolean", "value", true)));
    EngineRest.runJobs(management);
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
        TASK_EDIT_REPLY), Map.of("chargeFee", Map.of("type", "Boolean", "value", false)));
    JsonNode approval = engineRest.tasks("chengang", trackingNumber, TASK_APPROVE_REPLY);
    if (!approval.isEmpty()) {
      engineRest.submitTaskForm("chengang", approval.get(0).path("id").asText(),
          Map.of("replyApproval", text("APPROVE")));
    }
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
        TASK_DELIVER_REPLY), Map.of("deliveredBy", text("POST"), "deliveredOn", text(today)));
    EngineRest.runJobs(management);

    assertThat(register.get(trackingNumber).status()).isEqualTo("DELIVERED");
    assertThat(management.createJobQuery().processInstanceId(instanceId).noRetriesLeft().count())
        .isZero();
  }

  private String register(String today) throws Exception {
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(Map.of("channel", text("POST"),
            "receivedOn", text(today), "applicantType", text("NATURAL_PERSON"),
            "applicantName", text("故障测试申请人"), "requestDescription", text("本局某文件"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("businessKey").asText();
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = Http.asUser(rest, user, HttpMethod.GET, path, null);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }
}
