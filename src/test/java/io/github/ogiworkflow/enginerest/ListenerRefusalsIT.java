package io.github.ogiworkflow.enginerest;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.RowLock;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Errors raised inside a task's completion, as a client of the REST APIs reads them (ADR 0046):
 * a refusal by one of our task listeners is a 400 on its field in Chinese, through {@code
 * /engine-rest} (complete and submit-form) and Tasklist's own API alike, with nothing written;
 * a listener's real failure stays a generic 500; a row lock held too long by another transaction
 * is a 409 that asks to try again.
 */
@IntegrationTest
class ListenerRefusalsIT {

  static final String CHANGED = "答复书在办公室定稿后被修改，请退回修改";
  static final String WEBAPP_TASK = "/camunda/api/engine/engine/default/task/";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;

  @BeforeEach
  void engineRestAsTasklist() {
    engineRest = new EngineRest(rest);
  }

  /**
   * 领导审批答复's complete listener refuses to approve a letter that is not the one the office
   * finalised (here changed behind the form's back, as an administrator's variable edit would).
   */
  @Test
  void aTaskListenersRefusalIsA400OnItsFieldThroughEveryApi() throws Exception {
    String trackingNumber = caseAwaitingApproval();
    String approval = engineRest.onlyTask("chengang", trackingNumber, TASK_APPROVE_REPLY);
    String instance = tasks.createTaskQuery().taskId(approval).singleResult()
        .getProcessInstanceId();
    String letter = (String) runtime.getVariable(instance, ProcessVariables.REPLY_LETTER_TEXT);
    runtime.setVariable(instance, ProcessVariables.REPLY_LETTER_TEXT, letter + "\n另：补充一句。");
    String approve = EngineRest.variables(Map.of("replyApproval", text("APPROVE")));

    for (String action : new String[] {"submit-form", "complete"}) {
      ResponseEntity<String> refused = Http.asUser(rest, "chengang", HttpMethod.POST,
          "/engine-rest/task/" + approval + "/" + action, approve);
      assertRefusedOnTheLetter(refused, approval);
    }
    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "chengang");
    session.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> fromTasklist = rest.exchange(WEBAPP_TASK + approval + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(approve, session), String.class);
    assertRefusedOnTheLetter(fromTasklist, approval);

    // Nothing written: the task is open, no decision recorded, the letter neither approved nor
    // numbered.
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isOne();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_approval WHERE tracking_number = ?",
        Integer.class, trackingNumber)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_reply_letter WHERE tracking_number"
        + " = ? AND (approval_id IS NOT NULL OR document_number IS NOT NULL)", Integer.class,
        trackingNumber)).isZero();
  }

  /**
   * Audit round 24, F5: a second send-back over /engine-rest without a reason of its own (round
   * one's left the case when the office handed the letter back) is a 400 on
   * replyApprovalComment, and nothing is recorded; with its own reason it goes through.
   */
  @Test
  void aSecondSendBackWithoutItsOwnReasonIsA400OnTheReason() throws Exception {
    String trackingNumber = caseAwaitingApproval();
    engineRest.submitTaskForm("chengang", engineRest.onlyTask("chengang", trackingNumber,
        TASK_APPROVE_REPLY), Map.of("replyApproval", text("SEND_BACK"),
            "replyApprovalComment", text("请补充区分处理的说明")));
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
        TASK_EDIT_REPLY), Map.of("chargeFee", Map.of("type", "Boolean", "value", false)));
    String approval = engineRest.onlyTask("chengang", trackingNumber, TASK_APPROVE_REPLY);

    ResponseEntity<String> refused = Http.asUser(rest, "chengang", HttpMethod.POST,
        "/engine-rest/task/" + approval + "/submit-form",
        EngineRest.variables(Map.of("replyApproval", text("SEND_BACK"))));

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).path("fields").path("replyApprovalComment")
        .asText()).contains("退回修改意见");
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isOne();
    assertThat(jdbc.queryForList("SELECT comment FROM ogi_approval WHERE tracking_number = ?",
        String.class, trackingNumber)).containsExactly("请补充区分处理的说明");

    engineRest.submitTaskForm("chengang", approval, Map.of("replyApproval", text("SEND_BACK"),
        "replyApprovalComment", text("请核对遮盖范围")));
    assertThat(jdbc.queryForList("SELECT comment FROM ogi_approval WHERE tracking_number = ?"
        + " ORDER BY id", String.class, trackingNumber))
        .containsExactly("请补充区分处理的说明", "请核对遮盖范围");
  }

  /** A listener's own failure (not a refusal) is still a server error, and says nothing more. */
  @Test
  void aListenersRealFailureStaysAServerError() throws Exception {
    String trackingNumber = caseAtReplyEdit();
    String edit = engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY);
    // The freeze listener finds no outcome in the register: a broken register, not bad input.
    jdbc.update("UPDATE ogi_case SET outcome_code = NULL WHERE tracking_number = ?",
        trackingNumber);

    ResponseEntity<String> failed = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + edit + "/submit-form",
        EngineRest.variables(Map.of("chargeFee", Map.of("type", "Boolean", "value", false))));

    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    JsonNode answer = json.readTree(failed.getBody());
    assertThat(answer.path("type").asText()).isEqualTo(SafeErrorResponses.SERVER_ERROR_TYPE);
    // Tasklist shows message as it is: Chinese only, the English for scripts as error (audit 30 F2).
    String logId = answer.path("logId").asText();
    assertThat(answer.path("message").asText())
        .isEqualTo("服务器未能完成该请求，未作任何更改；请将日志编号 " + logId + " 告知系统管理员");
    assertThat(answer.path("error").asText()).startsWith("The server could not complete");
    assertThat(failed.getBody()).doesNotContain("outcome", trackingNumber, edit, "ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(edit).count()).isOne();
  }

  /**
   * Another transaction holds the letter's row (as a slow approval of the same case would): the
   * approval's listener waits for it until the database's lock timeout and gives up. The client
   * gets 409 with a request to try again, on /engine-rest and on Tasklist's API, and nothing was
   * written; once the lock is gone the same submission goes through.
   */
  @Test
  void aLockTimeoutInAListenerIsA409ToTryAgain() throws Exception {
    String trackingNumber = caseAwaitingApproval();
    String approval = engineRest.onlyTask("chengang", trackingNumber, TASK_APPROVE_REPLY);
    String approve = EngineRest.variables(Map.of("replyApproval", text("APPROVE")));
    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "chengang");
    session.setContentType(MediaType.APPLICATION_JSON);

    List<ResponseEntity<String>> answers = RowLock.holding(dataSource,
        "SELECT id FROM ogi_reply_letter WHERE tracking_number = ? FOR UPDATE", trackingNumber,
        () -> List.of(
            Http.asUser(rest, "chengang", HttpMethod.POST,
                "/engine-rest/task/" + approval + "/submit-form", approve),
            rest.exchange(WEBAPP_TASK + approval + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(approve, session), String.class)));

    assertTryAgain(answers.get(0));
    assertTryAgain(answers.get(1));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_approval WHERE tracking_number = ?",
        Integer.class, trackingNumber)).isZero();
    engineRest.submitTaskForm("chengang", approval, Map.of("replyApproval", text("APPROVE")));
  }

  /** The same when the engine itself waits: its task row is locked when it deletes the task. */
  @Test
  void aLockTimeoutOfTheEnginesOwnStatementIsA409ToTryAgain() throws Exception {
    String trackingNumber = caseAtReplyEdit();
    String edit = engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY);
    String table = management.getTableName(org.camunda.bpm.engine.task.Task.class);
    String submit = EngineRest.variables(
        Map.of("chargeFee", Map.of("type", "Boolean", "value", false)));

    ResponseEntity<String> refused = RowLock.holding(dataSource,
        "SELECT ID_ FROM " + table + " WHERE ID_ = ? FOR UPDATE", edit,
        () -> Http.asUser(rest, "wangli", HttpMethod.POST,
            "/engine-rest/task/" + edit + "/submit-form", submit));

    assertTryAgain(refused);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_reply_letter WHERE tracking_number"
        + " = ?", Integer.class, trackingNumber)).isZero();
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + edit + "/submit-form", submit).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void assertRefusedOnTheLetter(ResponseEntity<String> refused, String taskId)
      throws Exception {
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(refused.getBody());
    assertThat(answer.path("message").asText()).isEqualTo(CHANGED);
    assertThat(answer.path("fields").path("replyLetterText").asText()).isEqualTo(CHANGED);
    assertThat(refused.getBody()).doesNotContain(taskId, "ENGINE-", "TaskListener");
  }

  private void assertTryAgain(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(answer.getBody()).path("message").asText()).contains("请稍后重试");
    assertThat(answer.getBody()).doesNotContainIgnoringCase("timeout")
        .doesNotContain("ogi_", "ACT_", "SELECT", "UPDATE", "DELETE");
  }

  /** A request with one held item, reviewed, at 审核答复书. */
  private String caseAtReplyEdit() {
    String trackingNumber = engineRest.startRequest("wangli",
        EngineRest.postalRequest(OfficeTime.today(), "示范市某科技有限公司"));
    engineRest.toSecrecyReview(trackingNumber,
        "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]");
    String review = engineRest.onlyTask("lina", trackingNumber, TASK_REVIEW_ITEM);
    engineRest.submitTaskForm("lina", review, Map.of(
        "reviewConclusion", text("RELEASABLE_REDACTED"), "redactionNote", text("遮盖企业联系人电话"),
        "withholdingGround", text("THIRD_PARTY"),
        "legalBasis", text("《中华人民共和国政府信息公开条例》第十五条")));
    EngineRest.runJobs(management);
    return trackingNumber;
  }

  /** The same request, its letter finalised by the office, at 领导审批答复. */
  private String caseAwaitingApproval() {
    String trackingNumber = caseAtReplyEdit();
    String edit = engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY);
    engineRest.submitTaskForm("wangli", edit,
        Map.of("chargeFee", Map.of("type", "Boolean", "value", false)));
    return trackingNumber;
  }
}
