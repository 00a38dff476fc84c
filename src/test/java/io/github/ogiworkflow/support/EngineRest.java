package io.github.ogiworkflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The engine's REST API as Tasklist uses it, for the integration tests: forms submitted and
 * tasks listed as a named user, and the job executor's work done on demand (it is off there).
 */
public final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;

  public EngineRest(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** {@code {"variables": {...}}} as a form submission sends it. */
  public static String variables(Map<String, Object> variables) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", JSON.valueToTree(variables));
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A String variable as the engine's REST API takes it: {@code {"type":"String","value":…}}. */
  public static Map<String, Object> text(String value) {
    return Map.of("type", "String", "value", value);
  }

  /**
   * The start form of a request received by post from a company on {@code receivedOn}, as the
   * office registers it (a mutable map: add or replace fields).
   */
  public static Map<String, Object> postalRequest(LocalDate receivedOn, String applicantName) {
    return new LinkedHashMap<>(Map.of("channel", text("POST"),
        "receivedOn", text(receivedOn.toString()), "applicantType", text("COMMERCIAL"),
        "applicantName", text(applicantName),
        "requestDescription", text("2025年本局行政许可办理情况统计"),
        "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
        "contactAddress", text("示范市人民路100号（邮编350001）")));
  }

  /** Registers a request through its start form as {@code user}; returns its tracking number. */
  public String startRequest(String user, Map<String, Object> startForm) {
    var started = Http.asUser(rest, user, HttpMethod.POST, "/engine-rest/process-definition/key/"
        + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form", variables(startForm));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    try {
      return JSON.readTree(started.getBody()).path("businessKey").asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Submits a task's form as {@code user}, expecting success. */
  public void submitTaskForm(String user, String taskId, Map<String, Object> variables) {
    var response = Http.asUser(rest, user, HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/submit-form", variables(variables));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * Takes the case through 审查申请内容是否明确 (complete) and 检索并拆分 with the items given as
   * JSON, as the office user wangli, so its items wait for their secrecy review.
   */
  public void toSecrecyReview(String trackingNumber, String itemsJson) {
    submitTaskForm("wangli", onlyTask("wangli", trackingNumber, ElementIds.TASK_CHECK_COMPLETENESS),
        Map.of("completenessDecision", text("COMPLETE")));
    submitTaskForm("wangli", onlyTask("wangli", trackingNumber, ElementIds.TASK_SEARCH_AND_SPLIT),
        Map.of("items", Map.of("type", "Json", "value", itemsJson)));
  }

  /**
   * Takes the case from 审查申请内容是否明确 to 审批公共利益公开 (leadership's), as the office user
   * wangli: one item held, whose third party (示范市某化工有限公司) was consulted today and objected
   * (Art. 32), its secrecy review by lina releasing it (先审查、后公开, ADR 0088), and the office
   * proposing to release it in the public interest (Art. 15). The asynchronous steps between are
   * run.
   */
  public void toOverrideApproval(String trackingNumber, ManagementService management) {
    toObjectedItemsReview(trackingNumber, management);
    toPublicInterest(trackingNumber, management);
    submitOnly(trackingNumber, ElementIds.TASK_CONSIDER_PUBLIC_INTEREST, management,
        Map.of(ProcessVariables.OVERRIDE_PROPOSED, Map.of("type", "Boolean", "value", true),
            // The form's list of reasons, one row per objecting party (ADR 0182).
            ProcessVariables.OVERRIDE_PARTY_REASONS, Map.of("type", "Json", "value",
                "[{\"party\":\"示范市某化工有限公司\",\"overridePartyReason\":"
                    + "\"涉及公众健康，不公开会对公共利益造成重大影响\"}]")));
    onlyTask("chengang", trackingNumber, ElementIds.TASK_APPROVE_OVERRIDE);
  }

  /**
   * Takes the case from 审查申请内容是否明确 to its item's secrecy review, as the office user
   * wangli: one item held, whose third party (示范市某化工有限公司) was consulted today and objected
   * (Art. 32).
   */
  public void toObjectedItemsReview(String trackingNumber, ManagementService management) {
    String today = OfficeTime.today().toString();
    submitOnly(trackingNumber, ElementIds.TASK_CHECK_COMPLETENESS, management,
        Map.of(ProcessVariables.COMPLETENESS_DECISION, text("COMPLETE")));
    submitOnly(trackingNumber, ElementIds.TASK_SEARCH_AND_SPLIT, management,
        Map.of(ProcessVariables.ITEMS, Map.of("type", "Json", "value",
            "[{\"title\":\"某企业排污数据\",\"finding\":\"HELD\",\"thirdParty\":true,"
                + "\"thirdPartyName\":\"示范市某化工有限公司\"}]")));
    submitOnly(trackingNumber, ElementIds.TASK_RECORD_CONSULTATION_SERVICE, management,
        Map.of(ProcessVariables.CONSULTATION_SERVED_ON, text(today)));
    submitOnly(trackingNumber, ElementIds.TASK_RECORD_CONSULTATION_ANSWER, management,
        Map.of(ProcessVariables.CONSULTATION_ANSWER, text("OBJECTION"),
            ProcessVariables.CONSULTATION_ANSWERED_ON, text(today),
            ProcessVariables.CONSULTATION_OPINION, text("涉及商业秘密，不同意公开")));
    onlyTask("lina", trackingNumber, ElementIds.TASK_REVIEW_ITEM);
  }

  /** The held item's secrecy review, releasing it, as lina (legal); the case then asks the office. */
  private void toPublicInterest(String trackingNumber, ManagementService management) {
    submitTaskForm("lina", onlyTask("lina", trackingNumber, ElementIds.TASK_REVIEW_ITEM),
        Map.of(ProcessVariables.REVIEW_CONCLUSION, text("RELEASABLE")));
    runJobs(management);
    onlyTask("wangli", trackingNumber, ElementIds.TASK_CONSIDER_PUBLIC_INTEREST);
  }

  /** Submits the one such task of the case as wangli, then runs what follows asynchronously. */
  private void submitOnly(String trackingNumber, String taskDefinitionKey,
      ManagementService management, Map<String, Object> variables) {
    submitTaskForm("wangli", onlyTask("wangli", trackingNumber, taskDefinitionKey), variables);
    runJobs(management);
  }

  /** The tasks {@code user} sees with that definition key in the case with that business key. */
  public JsonNode tasks(String user, String businessKey, String taskDefinitionKey) {
    var response = Http.asUser(rest, user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey="
        + taskDefinitionKey + "&processInstanceBusinessKey=" + businessKey, null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try {
      return JSON.readTree(response.getBody());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id of the one such task {@code user} sees. */
  public String onlyTask(String user, String businessKey, String taskDefinitionKey) {
    JsonNode found = tasks(user, businessKey, taskDefinitionKey);
    assertThat(found).as("%s sees %s", user, taskDefinitionKey).hasSize(1);
    return found.get(0).path("id").asText();
  }

  /** Runs the asynchronous continuations (not timers) until none is left, as the job executor would. */
  public static void runJobs(ManagementService management) {
    for (int round = 0; round < 50; round++) {
      var jobs = management.createJobQuery().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        management.executeJob(job.getId());
      }
    }
    throw new AssertionError("Asynchronous steps do not come to rest");
  }
}
