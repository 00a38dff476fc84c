package io.github.ogiworkflow.enginerest;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_EXTENSION;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_HANDLE_OVERDUE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.CounterRegistration;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Text a form accepts is the text its steps accept (audit 25 F2): a zero-width space, or a
 * required field of full-width spaces, is refused on the field (400) while the person is still on
 * the form, whatever the form, instead of failing the asynchronous step after it (the decision
 * lost, the case without a task, an incident). Nothing is written; the task stays open.
 */
@IntegrationTest
class FormTextRulesIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  final ObjectMapper json = new ObjectMapper();

  /** 审查申请内容是否明确 → async 发出补正告知书. */
  @Test
  void correctionPointsWithAZeroWidthSpaceAreRefusedOnTheForm() throws Exception {
    Task check = taskAt(registeredCase(), TASK_CHECK_COMPLETENESS);
    refused("wangli", check, CORRECTION_POINTS, "补正告知内容",
        COMPLETENESS_DECISION, "CORRECTION", CORRECTION_POINTS, "1. 请写明所需信息的名称\u200b或文号");
  }

  /** 登记征求意见答复 → async 结束征求意见. */
  @Test
  void aConsultationOpinionOfSpacesAndAZeroWidthSpaceIsRefusedOnTheForm() throws Exception {
    // The way the office gets there: an item held with a third party, the letter served today.
    String trackingNumber = registeredCase();
    String instance = instanceOf(trackingNumber);
    EngineRest engine = new EngineRest(rest);
    engine.submitTaskForm("wangli", taskAt(trackingNumber, TASK_CHECK_COMPLETENESS).getId(),
        Map.of(COMPLETENESS_DECISION, EngineRest.text("COMPLETE")));
    runJobsOf(instance);
    engine.submitTaskForm("wangli", taskAt(trackingNumber, TASK_SEARCH_AND_SPLIT).getId(),
        Map.of(ITEMS, Map.of("type", "Json", "value",
            "[{\"title\":\"某企业排污数据\",\"finding\":\"HELD\",\"thirdParty\":true,"
                + "\"thirdPartyName\":\"示范市某化工有限公司\"}]")));
    runJobsOf(instance);
    engine.submitTaskForm("wangli", taskAt(trackingNumber, TASK_RECORD_CONSULTATION_SERVICE)
        .getId(), Map.of(CONSULTATION_SERVED_ON, EngineRest.text(OfficeTime.today().toString())));
    runJobsOf(instance);
    Task answer = taskAt(trackingNumber, TASK_RECORD_CONSULTATION_ANSWER);
    refused("wangli", answer, CONSULTATION_OPINION, "不同意公开的理由",
        CONSULTATION_ANSWER, "OBJECTION", CONSULTATION_ANSWERED_ON, OfficeTime.today().toString(),
        CONSULTATION_OPINION, "\u3000\u200b");
  }

  /** 审批延期答复 → async 记录延期审批结果. */
  @Test
  void anExtensionApprovalCommentWithAZeroWidthSpaceIsRefusedOnTheForm() throws Exception {
    Task approval = taskAt(registeredCase(), TASK_APPROVE_EXTENSION);
    refused("chengang", approval, EXTENSION_APPROVAL_COMMENT, "审批说明",
        EXTENSION_APPROVAL, "APPROVE", EXTENSION_APPROVAL_COMMENT, "同意\u200b");
  }

  /** 送达答复书: no step reads the note as text; it was stored as sent. */
  @Test
  void aDeliveryNoteWithAZeroWidthSpaceIsRefusedOnTheForm() throws Exception {
    Task delivery = taskAt(registeredCase(), TASK_DELIVER_REPLY);
    refused("wangli", delivery, DELIVERY_NOTE, "送达说明",
        DELIVERED_BY, "POST", DELIVERED_ON, OfficeTime.today().toString(),
        DELIVERY_NOTE, "\u200b本人领取");
  }

  /** 超期督办's required comment of full-width spaces: it was recorded as an empty comment. */
  @Test
  void aRequiredOverdueCommentOfFullWidthSpacesIsRefusedOnTheForm() throws Exception {
    Task escalation = taskAt(registeredCase(), TASK_HANDLE_OVERDUE);
    JsonNode body = refused("chengang", escalation, OVERDUE_COMMENT, "督办意见",
        OVERDUE_COMMENT, "\u3000\u3000");
    assertThat(body.path("fields").path(OVERDUE_COMMENT).asText()).contains("只填空格");
  }

  /**
   * Audit 31a F3 (ADR 0124): 超期督办 completed with no 督办意见 at all (the field left out): the
   * old guard checked only the fields sent and the escalation was recorded as done. 400 on the
   * field, named by its label, nothing written, the task open.
   */
  @Test
  void aRequiredOverdueCommentLeftOutIsRefusedOnTheForm() throws Exception {
    Task escalation = taskAt(registeredCase(), TASK_HANDLE_OVERDUE);
    JsonNode body = refused("chengang", escalation, OVERDUE_COMMENT, "督办意见");
    assertThat(body.path("fields").path(OVERDUE_COMMENT).asText()).contains("必填");
  }

  /**
   * Positive control: ordinary Chinese text with line breaks (Windows' too) and a tab in a
   * textarea passes, and the asynchronous step after it issues the correction notice.
   */
  @Test
  void ordinaryChineseTextWithLineBreaksPasses() throws Exception {
    String trackingNumber = registeredCase();
    Task check = taskAt(trackingNumber, TASK_CHECK_COMPLETENESS);
    ResponseEntity<String> sent = submit("wangli", check, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "1. 请写明所需信息的名称或文号；\n2. 请写明\t信息的形成时间。\r\n谢谢配合！");
    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    runJobsOf(check.getProcessInstanceId()); // throws if 发出补正告知书 refuses the text
    assertThat(tasks.createTaskQuery().taskId(check.getId()).count()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(check.getProcessInstanceId())
        .count()).isZero();
    assertThat((String) runtime.getVariable(check.getProcessInstanceId(), CORRECTION_POINTS))
        .contains("\n2. 请写明");
  }

  // ---------------------------------------------------------------------------------------

  /**
   * Submits the form and expects 400 on {@code field}, named by the form's label, with nothing
   * written and the task still open.
   */
  private JsonNode refused(String user, Task task, String field, String label,
      Object... keyValues) throws Exception {
    ResponseEntity<String> answer = submit(user, task, keyValues);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.path("fields").has(field)).as(answer.getBody()).isTrue();
    assertThat(body.path("message").asText()).doesNotContain(field);
    assertThat(body.path("message").asText()).contains(label + "：");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(runtime.getVariable(task.getProcessInstanceId(), field)).isNull();
    assertThat(management.createJobQuery().processInstanceId(task.getProcessInstanceId())
        .messages().count()).isZero();
    return body;
  }

  private ResponseEntity<String> submit(String user, Task task, Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], Map.of("value", keyValues[i + 1], "type", "String"));
    }
    return Http.asUser(rest, user, HttpMethod.POST,
        "/engine-rest/task/" + task.getId() + "/submit-form", EngineRest.variables(variables));
  }

  private String registeredCase() {
    return CounterRegistration.registeredToday(runtime);
  }

  /** This case's asynchronous steps only (other tests' cases are theirs). */
  private void runJobsOf(String instance) {
    for (int round = 0; round < 10; round++) {
      management.createJobQuery().processInstanceId(instance).messages().list()
          .forEach(job -> management.executeJob(job.getId()));
    }
  }

  private String instanceOf(String trackingNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).singleResult().getId();
  }

  /**
   * The case's task at {@code taskKey}, put there directly when the case is not there (the
   * form is what is tried; the steps before it are other tests').
   */
  private Task taskAt(String trackingNumber, String taskKey) {
    String instance = instanceOf(trackingNumber);
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      runtime.createProcessInstanceModification(instance).startBeforeActivity(taskKey).execute();
      task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
          .singleResult();
    }
    assertThat(task).as(taskKey).isNotNull();
    return task;
  }
}
