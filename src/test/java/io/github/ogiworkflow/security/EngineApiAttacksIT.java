package io.github.ogiworkflow.security;

import static io.github.ogiworkflow.process.ElementIds.SERVICE_SEND_OVERRIDE_NOTICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_OVERRIDE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.CounterRegistration;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import io.github.ogiworkflow.support.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The attacks of issue 13 on the engine API (C1, C2, H1, H2, H3, H5, M1), each tried as a staff
 * member would try it over HTTP, and each shown to fail by its effect: the route, the letter,
 * the item, the job's retries stay as they were. Each has a positive control: the legitimate
 * action on the same thing still works.
 */
@IntegrationTest
class EngineApiAttacksIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired io.github.ogiworkflow.register.DecisionRegister decisions;
  @Autowired io.github.ogiworkflow.register.ReplyLetterRegister letters;
  @Autowired io.github.ogiworkflow.consultation.ConsultationRegister consultations;
  @Autowired Letters caseLetters;
  final ObjectMapper json = new ObjectMapper();

  // C1 ------------------------------------------------------------------------------------

  @Test
  void aCaseStartsAtItsStartEventOnly() throws Exception {
    long instances = instances();
    long deliveries = tasksAt(TASK_DELIVER_REPLY);
    String shortcut = "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
        + "\"Service_RegisterCase\"},{\"type\":\"startBeforeActivity\",\"activityId\":"
        + "\"Task_DeliverReply\"}],\"variables\":" + variablesJson(registration()) + "}";

    ResponseEntity<String> viaRest =
        Http.asUser(rest, "wangli", HttpMethod.POST, DEFINITION + "/start", shortcut);
    assertThat(viaRest.getStatusCode()).as(viaRest.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(viaRest.getBody()).contains("开始事件");

    WebappSession tasklist = WebappSession.login(rest, "tasklist", "wangli");
    ResponseEntity<String> viaTasklist = tasklist.call(HttpMethod.POST,
        "/camunda/api/engine/engine/default/process-definition/key/"
            + ProcessKeys.DISCLOSURE_REQUEST + "/start", shortcut);
    assertThat(viaTasklist.getStatusCode()).as(viaTasklist.getBody())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // A variable the start form does not have (a route decided later by the server) is refused.
    Map<String, Object> withOutcome = new HashMap<>(registration());
    withOutcome.put(OUTCOME_CODE, value("1"));
    ResponseEntity<String> injected = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(withOutcome));
    assertThat(injected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(injected.getBody()).path("fields").has(OUTCOME_CODE)).isTrue();

    // Plain /start (which answers the start form's refusals with 500) is refused: submit-form.
    ResponseEntity<String> plainStart = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/start", EngineRest.variables(registration()));
    assertThat(plainStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(plainStart.getBody()).contains("请通过开始表单发起办件");

    assertThat(instances()).isEqualTo(instances);
    assertThat(tasksAt(TASK_DELIVER_REPLY)).isEqualTo(deliveries);

    // Positive control: the start form itself, through REST and through Tasklist's session.
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration()));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS)).isNotNull();
    ResponseEntity<String> startedInTasklist = tasklist.call(HttpMethod.POST,
        "/camunda/api/engine/engine/default/process-definition/key/"
            + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form",
        EngineRest.variables(registration()));
    assertThat(startedInTasklist.getStatusCode()).as(startedInTasklist.getBody())
        .isEqualTo(HttpStatus.OK);
    assertThat(instances()).isEqualTo(instances + 2);
  }

  // H1 ------------------------------------------------------------------------------------

  @Test
  void approvalRequiredCannotBeWrittenThroughATask() throws Exception {
    String trackingNumber = withheldCaseAtEditReply();
    String edit = taskOf(trackingNumber, TASK_EDIT_REPLY).getId();
    assertThat(runtime.getVariable(instanceOf(trackingNumber), APPROVAL_REQUIRED)).isEqualTo(true);

    ResponseEntity<String> put = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/task/" + edit + "/variables/" + APPROVAL_REQUIRED,
        "{\"value\":false,\"type\":\"Boolean\"}");
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(put.getBody()).contains(APPROVAL_REQUIRED, "不是本表单的字段");
    ResponseEntity<String> viaForm = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + edit + "/submit-form", EngineRest.variables(Map.of(
            CHARGE_FEE, Map.of("value", false, "type", "Boolean"),
            APPROVAL_REQUIRED, Map.of("value", false, "type", "Boolean"))));
    assertThat(viaForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(runtime.getVariable(instanceOf(trackingNumber), APPROVAL_REQUIRED)).isEqualTo(true);
    assertThat(taskOf(trackingNumber, TASK_EDIT_REPLY)).isNotNull();
    // Nor can the office make itself a candidate of leadership's approval later: candidate
    // groups are changed by administrators only.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + edit
        + "/identity-links", "{\"groupId\":\"leadership\",\"type\":\"candidate\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getIdentityLinksForTask(edit)).noneMatch(
        link -> "leadership".equals(link.getGroupId()));

    // Positive control: the form's own field completes the task, and the case goes to approval.
    new EngineRest(rest).submitTaskForm("wangli", edit,
        Map.of(CHARGE_FEE, Map.of("value", false, "type", "Boolean")));
    EngineRest.runJobs(management);
    assertThat(taskOf(trackingNumber, TASK_APPROVE_REPLY)).isNotNull();
    assertThat(taskOf(trackingNumber, TASK_DELIVER_REPLY)).isNull();
  }

  // A task is held within its group (audit F5, ADR 0052) ---------------------------------------

  /**
   * The office could hand its task to an auditor (read-only), who could then pass it on: a
   * write by a read-only role. Now the new assignee (set, claim, assignee link) must be in a
   * candidate group of the task, and so must the caller; auditors write no task at all.
   */
  @Test
  void aTaskIsAssignedOnlyWithinItsCandidateGroups() throws Exception {
    String trackingNumber = registeredCase();
    String check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getId();
    String webappTask = "/camunda/api/engine/engine/default/task/" + check;
    WebappSession office = WebappSession.login(rest, "tasklist", "wangli");

    ResponseEntity<String> toAuditor = office.call(HttpMethod.POST, webappTask + "/assignee",
        "{\"userId\":\"sunyue\"}");
    assertThat(toAuditor.getStatusCode()).as(toAuditor.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(toAuditor.getBody()).path("fields").path("userId").asText())
        .contains("审计");
    ResponseEntity<String> toLegal = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + check + "/assignee", "{\"userId\":\"lina\"}");
    assertThat(toLegal.getStatusCode()).as(toLegal.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(toLegal.getBody()).path("message").asText())
        .contains("政府信息公开办公室").doesNotContainPattern("[A-Za-z]{4,}");
    ResponseEntity<String> claimForLegal = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + check + "/claim", "{\"userId\":\"lina\"}");
    assertThat(claimForLegal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> link = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + check + "/identity-links",
        "{\"userId\":\"sunyue\",\"type\":\"assignee\"}");
    assertThat(link.getStatusCode()).as(link.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getAssignee()).isNull();

    // Someone outside the task's groups assigns nothing, not even to a member; auditors
    // write no task, not even to themselves.
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, "/engine-rest/task/" + check
        + "/assignee", "{\"userId\":\"wangli\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.POST, "/engine-rest/task/" + check
        + "/claim", "{\"userId\":\"sunyue\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // An administrator assigns to anyone (the old state of the audit), yet the auditor so made
    // assignee still writes nothing: no reassignment, no completion.
    tasks.setAssignee(check, "sunyue");
    ResponseEntity<String> passedOn = Http.asUser(rest, "sunyue", HttpMethod.POST,
        "/engine-rest/task/" + check + "/assignee", "{\"userId\":\"lina\"}");
    assertThat(passedOn.getStatusCode()).as(passedOn.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(passedOn.getBody()).path("message").asText()).contains("审计人员");
    assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getAssignee()).isEqualTo("sunyue");

    // Positive control: the office assigns its task to a colleague and claims it back.
    ResponseEntity<String> colleague = office.call(HttpMethod.POST, webappTask + "/assignee",
        "{\"userId\":\"zhangwei\"}");
    assertThat(colleague.getStatusCode()).as(colleague.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getAssignee()).isEqualTo("zhangwei");
    assertThat(Http.asUser(rest, "zhangwei", HttpMethod.POST, "/engine-rest/task/" + check
        + "/unclaim", "").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + check
        + "/claim", "{\"userId\":\"wangli\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getAssignee()).isEqualTo("wangli");
  }

  // Form rules the browser checked only (audit F6 d) and queries the engine cannot run (F6 b)

  /** The guard checks a text field against its form's maxLength (form-js checks it in the browser). */
  @Test
  void aFormsLengthRuleHoldsOnTheServer() throws Exception {
    String trackingNumber = registeredCase();
    String check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getId();
    ResponseEntity<String> tooLong = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/task/" + check + "/variables/completenessNote",
        json.writeValueAsString(value("注".repeat(1001))));
    assertThat(tooLong.getStatusCode()).as(tooLong.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tooLong.getBody()).path("fields").path("completenessNote").asText())
        .contains("1000");
    assertThat(tasks.getVariable(check, "completenessNote")).isNull();

    // Positive control: exactly the form's maxLength is written.
    ResponseEntity<String> fits = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/task/" + check + "/variables/completenessNote",
        json.writeValueAsString(value("注".repeat(1000))));
    assertThat(fits.getStatusCode()).as(fits.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * A form's {@code pattern} is not the guard's: a phone number the start form's pattern refuses
   * passes the guard and is refused by the registration's own rule ({@code CaseRegistration}),
   * which names every wrong field of the submission at once; nothing is registered.
   */
  @Test
  void aPhoneNumberTheFormsPatternRefusesIsRefusedByTheRegistrationsOwnRule() throws Exception {
    long cases = runtime.createProcessInstanceQuery()
        .processDefinitionKey(io.github.ogiworkflow.process.ProcessKeys.DISCLOSURE_REQUEST).count();
    Map<String, Object> badPhone = new HashMap<>(registration());
    badPhone.put(CONTACT_PHONE, value("电话请打给我"));
    badPhone.put(RECEIVED_ON, value(OfficeTime.today().plusDays(1).toString()));
    ResponseEntity<String> refused = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(badPhone));

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode fields = json.readTree(refused.getBody()).path("fields");
    assertThat(fields.path(CONTACT_PHONE).asText()).as(refused.getBody())
        .isEqualTo("联系电话：格式不正确，应为手机号码或固定电话号码");
    assertThat(fields.path(RECEIVED_ON).asText()).as("answered with the other wrong field")
        .isEqualTo("收到申请日期：不能晚于今天");
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(io.github.ogiworkflow.process.ProcessKeys.DISCLOSURE_REQUEST).count())
        .as("nothing registered").isEqualTo(cases);
  }

  @Test
  void aQueryByAnObjectValueIsRefusedInChinese() throws Exception {
    registeredCase();
    for (String query : List.of(
        "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":{\"a\":1}}]}",
        "{\"orQueries\":[{\"taskVariables\":[{\"name\":\"x\",\"operator\":\"eq\","
            + "\"value\":[1,2]}]}]}",
        "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":"
            + "{\"variable\":\"items\",\"type\":\"Object\"}}]}")) {
      for (String user : List.of("wangli", "admin")) {
        ResponseEntity<String> answer = Http.asUser(rest, user, HttpMethod.POST,
            "/engine-rest/task", query);
        assertThat(answer.getStatusCode()).as(user + " " + query + " " + answer.getBody())
            .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).path("message").asText())
            .containsPattern("\\p{IsHan}").doesNotContain("logId");
      }
    }
    // Positive control: a plain value queries.
    ResponseEntity<String> plain = Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task",
        "{\"processVariables\":[{\"name\":\"channel\",\"operator\":\"eq\",\"value\":\"IN_PERSON\"}],"
            + "\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":"
            + "{\"variable\":\"channel\",\"type\":\"String\"}}]}");
    assertThat(plain.getStatusCode()).as(plain.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(plain.getBody()).size()).isPositive();
  }

  // Paths not sent as they are routed ---------------------------------------------------------

  /**
   * The engine API routes {@code .../complete;x=1} and {@code .../compl%65te} as
   * {@code .../complete}: the guard must not take such a path for another call (found in the
   * audit of 2026-12-05, where each of these variants reached the engine unchecked).
   */
  @Test
  void aPathNotSentAsItIsRoutedIsRefused() throws Exception {
    String trackingNumber = registeredCase();
    Task check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS);
    Object dueDate = runtime.getVariable(instanceOf(trackingNumber), REPLY_DUE_DATE);
    String moved = "{\"variables\":{\"completenessDecision\":{\"value\":\"COMPLETE\"},"
        + "\"replyDueDate\":{\"value\":\"2027-12-31T15:59:59.000+0000\",\"type\":\"Date\"}}}";
    List<String> variants = List.of(
        "/engine-rest/task/" + check.getId() + "/complete;x=1",
        "/engine-rest/task/" + check.getId() + ";x=1/complete",
        "/engine-rest;x=1/task/" + check.getId() + "/complete",
        "/engine-rest/task/" + check.getId() + "/compl%65te",
        "/engine-r%65st/task/" + check.getId() + "/complete",
        "/engine-rest/task/" + check.getId() + "/./complete",
        "/engine-rest/task//" + check.getId() + "/complete");
    assertThat(variants).isNotEmpty();
    for (String path : variants) {
      HttpResponse<String> sent = rawPost("wangli", path, moved);
      assertThat(sent.statusCode()).as(path + " " + sent.body()).isIn(400, 404);
      assertThat(sent.body()).as(path).doesNotContain("Exception\",\"message\":\"ENGINE");
      assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS)).as(path).isNotNull();
    }
    HttpResponse<String> written = rawPost("wangli", "/engine-rest/task/" + check.getId()
        + "/variables;x=1", "{\"modifications\":{\"outcomeCode\":{\"value\":\"1\"}}}");
    assertThat(written.statusCode()).as(written.body()).isEqualTo(400);
    assertThat(runtime.getVariable(instanceOf(trackingNumber), OUTCOME_CODE)).isNull();
    assertThat(runtime.getVariable(instanceOf(trackingNumber), REPLY_DUE_DATE))
        .isEqualTo(dueDate);

    Job timer = management.createJobQuery().processInstanceId(instanceOf(trackingNumber))
        .timers().list().get(0);
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(rawPost("sunyue", "/engine-rest/job;x=1/" + timer.getId() + "/execute", "")
          .statusCode()).isIn(400, 403);
    }
    assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries())
        .isEqualTo(timer.getRetries());

    // Positive control: the plain path with the form's own field completes the task.
    HttpResponse<String> plain = rawPost("wangli", "/engine-rest/task/" + check.getId()
        + "/submit-form", "{\"variables\":{\"completenessDecision\":{\"value\":\"COMPLETE\"}}}");
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(204);
    assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS)).isNull();
  }

  /** A candidate link without a type (or a null one) is no assignee: administrators only. */
  @Test
  void aTaskLinkWithoutATypeIsRefused() throws Exception {
    String trackingNumber = registeredCase();
    String check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getId();
    int links = tasks.getIdentityLinksForTask(check).size();
    for (String link : List.of("{\"groupId\":\"auditor\"}",
        "{\"groupId\":\"auditor\",\"type\":null}",
        "{\"userId\":\"sunyue\"}",
        "{\"groupId\":\"auditor\",\"type\":\"assignee\"}")) {
      ResponseEntity<String> added = Http.asUser(rest, "wangli", HttpMethod.POST,
          "/engine-rest/task/" + check + "/identity-links", link);
      assertThat(added.getStatusCode()).as(link).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(tasks.getIdentityLinksForTask(check)).hasSize(links);

    // Positive control: the office member takes the task as its assignee.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + check
        + "/identity-links", "{\"userId\":\"wangli\",\"type\":\"assignee\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(check).singleResult().getAssignee())
        .isEqualTo("wangli");
  }

  /** A task's due date is the server's deadline; delegating would hand its data to anyone. */
  @Test
  void aTasksDueDateAndDelegationAreNotForStaff() throws Exception {
    String trackingNumber = registeredCase();
    Task check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS);
    ResponseEntity<String> moved = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/task/" + check.getId(), "{\"name\":\"" + check.getName()
            + "\",\"due\":\"2030-01-01T00:00:00.000+0000\"}");
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/"
        + check.getId() + "/delegate", "{\"userId\":\"sunyue\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Task after = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS);
    assertThat(after.getDueDate()).isEqualTo(check.getDueDate());
    assertThat(after.getDelegationState()).isNull();
  }

  /**
   * A failed job's stack trace names the server's classes; the engine's task attachments skip
   * the attachment checks; a staff member's name is what the audit trail prints. An
   * administrator keeps all three.
   */
  @Test
  void stackTracesTaskAttachmentsAndProfilesAreForAdministrators() {
    String trackingNumber = registeredCase();
    Job timer = management.createJobQuery().processInstanceId(instanceOf(trackingNumber))
        .timers().list().get(0);
    List<String> reads = List.of("/engine-rest/job/" + timer.getId() + "/stacktrace",
        "/engine-rest/history/job-log/" + timer.getId() + "/stacktrace");
    for (String user : List.of("wangli", "lina", "chengang", "sunyue")) {
      for (String read : reads) {
        ResponseEntity<String> refused = Http.asUser(rest, user, HttpMethod.GET, read, null);
        assertThat(refused.getStatusCode()).as(user + " " + read)
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("仅限系统管理员");
      }
    }
    // Cockpit's copy of the API, in leadership's session.
    assertThat(Http.get(rest, "/camunda/api/engine/engine/default/job/" + timer.getId()
        + "/stacktrace", null, Http.webappSession(rest, "cockpit", "chengang"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The engine itself answers the administrator (no stack trace: the job has not failed).
    assertThat(Http.asUser(rest, "admin", HttpMethod.GET, reads.get(0), null).getStatusCode())
        .isNotEqualTo(HttpStatus.FORBIDDEN);

    Task check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + check.getId()
        + "/attachment/create", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getTaskAttachments(check.getId())).isEmpty();

    ResponseEntity<String> renamed = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/user/wangli/profile", "{\"id\":\"wangli\",\"firstName\":\"陈刚\"}");
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId("wangli").singleResult().getFirstName())
        .isEqualTo("王丽");
  }

  /**
   * Audit 31a, F1 (ADR 0123): the engine gives each user ALL on his own user record, so a staff
   * member could delete his account (and with it his memberships). Every identity write is the
   * administrator's, over both copies of the API; a staff member still sets her own password.
   */
  @Test
  void staffCannotDeleteThemselvesNorChangeAnyIdentityRecord() {
    List<String[]> writes = List.of(
        new String[] {"DELETE", "/engine-rest/user/%s", null},
        new String[] {"POST", "/engine-rest/user/%s/unlock", null},
        new String[] {"PUT", "/engine-rest/user/lina/credentials",
            "{\"password\":\"x\",\"authenticatedUserPassword\":\"demo\"}"},
        new String[] {"DELETE", "/engine-rest/group/legal/members/%s", null},
        new String[] {"PUT", "/engine-rest/group/leadership/members/%s", null},
        new String[] {"DELETE", "/engine-rest/group/office", null},
        new String[] {"POST", "/engine-rest/group/create", "{\"id\":\"x\",\"name\":\"x\"}"},
        new String[] {"POST", "/engine-rest/tenant/create", "{\"id\":\"x\",\"name\":\"x\"}"},
        new String[] {"POST", "/engine-rest/authorization/create", "{\"type\":1,"
            + "\"permissions\":[\"ALL\"],\"userId\":\"%s\",\"resourceType\":1,"
            + "\"resourceId\":\"*\"}"});
    for (String user : List.of("wangli", "liuyang", "chengang", "sunyue")) {
      for (String[] write : writes) {
        String body = write[2] == null ? null : write[2].formatted(user);
        ResponseEntity<String> refused = Http.asUser(rest, user, HttpMethod.valueOf(write[0]),
            write[1].formatted(user), body);
        assertThat(refused.getStatusCode()).as(user + " " + write[0] + " " + write[1])
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("仅限系统管理员管理");
      }
      assertThat(identity.createUserQuery().userId(user).count()).isEqualTo(1);
    }
    assertThat(identity.createUserQuery().userId("liuyang").memberOfGroup("legal").count())
        .isEqualTo(1);
    // Tasklist's copy of the API, in the office's session.
    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "wangli");
    assertThat(rest.exchange("/camunda/api/engine/engine/default/user/wangli", HttpMethod.DELETE,
        new HttpEntity<>(session), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId("wangli").memberOfGroup("office").count())
        .isEqualTo(1);
    // Positive control: her own password (我的资料), set to what it was.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.PUT, "/engine-rest/user/wangli/credentials",
        "{\"password\":\"demo\",\"authenticatedUserPassword\":\"demo\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The office's message for a report run: a year outside the reports' range is a 400. */
  /**
   * A deployment's resources (the model files as deployed: engine ids, expressions, bean names)
   * are for administrators (ADR 0055); Cockpit's 部署 page is theirs. Leadership and auditors
   * keep the diagram, which Cockpit reads as the process definition's XML.
   */
  @Test
  void deploymentResourcesAreForAdministratorsButDiagramsAreNot() {
    org.camunda.bpm.engine.repository.ProcessDefinition definition = repository
        .createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .latestVersion().singleResult();
    String deployment = definition.getDeploymentId();
    String resource = repository.getDeploymentResources(deployment).get(0).getId();
    List<String> reads = List.of("/engine-rest/deployment/" + deployment + "/resources",
        "/engine-rest/deployment/" + deployment + "/resources/" + resource,
        "/engine-rest/deployment/" + deployment + "/resources/" + resource + "/data");
    for (String user : List.of("chengang", "sunyue")) {
      for (String read : reads) {
        ResponseEntity<String> refused = Http.asUser(rest, user, HttpMethod.GET, read, null);
        assertThat(refused.getStatusCode()).as(user + " " + read).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("仅限系统管理员");
      }
      assertThat(Http.asUser(rest, user, HttpMethod.GET, "/engine-rest/process-definition/"
          + definition.getId() + "/xml", null).getStatusCode()).as(user + " diagram")
          .isEqualTo(HttpStatus.OK);
    }
    String cockpit = Http.webappSession(rest, "cockpit", "sunyue");
    assertThat(Http.get(rest, "/camunda/api/engine/engine/default/deployment/" + deployment
        + "/resources", null, cockpit).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.get(rest, "/camunda/api/engine/engine/default/process-definition/"
        + definition.getId() + "/xml", null, cockpit).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Http.asUser(rest, "admin", HttpMethod.GET, reads.get(2), null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aReportRunForAYearWithoutAReportIsRefusedAsBadInput() throws Exception {
    long runs = runtime.createProcessInstanceQuery()
        .processDefinitionKey(io.github.ogiworkflow.process.ProcessKeys.ANNUAL_REPORT).count();
    for (String year : List.of("1900", "\"19x0\"", String.valueOf(OfficeTime.today().getYear()))) {
      ResponseEntity<String> refused = Http.asUser(rest, "wangli", HttpMethod.POST,
          "/engine-rest/message", "{\"messageName\":\"AnnualReportRequested\","
              + "\"processVariables\":{\"reportYear\":{\"value\":" + year + "}}}");
      assertThat(refused.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(refused.getBody()).path("fields").path("reportYear").asText())
          .as(year).startsWith("报告年度应为");
    }
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(io.github.ogiworkflow.process.ProcessKeys.ANNUAL_REPORT).count())
        .isEqualTo(runs);
  }

  /** A POST sent byte for byte as given (RestTemplate would encode the path). */
  private HttpResponse<String> rawPost(String user, String path, String body) throws Exception {
    String credentials = java.util.Base64.getEncoder().encodeToString(
        (user + ":" + Http.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * ADR 0072: the guard names a refused field as the form being submitted labels it. The further
   * parties are 共同申请人 on the reconsideration's filing (the shortest label, 共同原告, is a
   * lawsuit's word), and nothing is started.
   */
  @Test
  void aStartFormsRefusalNamesTheFieldByThatFormsLabel() throws Exception {
    long before = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.RECONSIDERATION).count();
    ResponseEntity<String> refused = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.RECONSIDERATION + "/submit-form",
        EngineRest.variables(Map.of(CO_APPELLANTS, value("某".repeat(4001)))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = new ObjectMapper().readTree(refused.getBody());
    assertThat(body.path("message").asText()).contains("共同申请人：不得超过 4000 个字")
        .doesNotContain("共同原告", CO_APPELLANTS);
    assertThat(body.path("fields").path(CO_APPELLANTS).asText()).contains("不得超过 4000 个字");
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.RECONSIDERATION).count()).isEqualTo(before);
  }

  /**
   * 领导审批答复's gateway reads anything but 退回修改 as 同意 (its default flow): a value the form
   * does not offer is refused on its field, and the case stays where it was.
   */
  @Test
  void aChoiceTheFormDoesNotOfferIsRefused() throws Exception {
    String trackingNumber = withheldCaseAtEditReply();
    complete(trackingNumber, TASK_EDIT_REPLY, CHARGE_FEE, false);
    String approval = taskOf(trackingNumber, TASK_APPROVE_REPLY).getId();

    ResponseEntity<String> maybe = Http.asUser(rest, "chengang", HttpMethod.POST,
        "/engine-rest/task/" + approval + "/submit-form",
        EngineRest.variables(Map.of("replyApproval", value("MAYBE"))));
    assertThat(maybe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(maybe.getBody())
        .path("fields").path("replyApproval").asText())
        .contains("取值无效");
    assertThat(taskOf(trackingNumber, TASK_APPROVE_REPLY).getId()).isEqualTo(approval);

    // Positive control: the form's own option.
    assertThat(Http.asUser(rest, "chengang", HttpMethod.POST,
        "/engine-rest/task/" + approval + "/submit-form", EngineRest.variables(Map.of(
            "replyApproval", value("SEND_BACK"), "replyApprovalComment", value("请补充依据。"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  // Task-local copies, untyped values, comments (audit of 2026-12-05) ------------------------

  /**
   * A task-local copy of a form field: the gateway read the case's value (同意, and the notice
   * was issued) while the listener recorded the copy's (不同意). Staff cannot write such a copy
   * (neither API), cannot complete a task that has one (a copy made before the fix), and the
   * listener records what the gateway reads even when an administrator completes it.
   */
  @Test
  void aTaskLocalCopyCannotDecideWhatIsRecorded() throws Exception {
    String trackingNumber = caseAtOverrideApproval();
    String approval = taskOf(trackingNumber, TASK_APPROVE_OVERRIDE).getId();
    String task = "/engine-rest/task/" + approval;

    assertThat(Http.asUser(rest, "chengang", HttpMethod.PUT, task + "/variables/"
        + OVERRIDE_APPROVAL, "{\"value\":\"APPROVE\",\"type\":\"String\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> local = Http.asUser(rest, "chengang", HttpMethod.PUT,
        task + "/localVariables/" + OVERRIDE_APPROVAL,
        "{\"value\":\"REFUSE\",\"type\":\"String\"}");
    assertThat(local.getStatusCode()).as(local.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(local.getBody()).contains("任务局部变量仅限系统管理员修改");
    assertThat(Http.asUser(rest, "chengang", HttpMethod.POST, task + "/localVariables",
        "{\"modifications\":{\"" + OVERRIDE_APPROVAL + "\":{\"value\":\"REFUSE\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "chengang");
    assertThat(tasklist.call(HttpMethod.PUT, "/camunda/api/engine/engine/default/task/"
        + approval + "/localVariables/" + OVERRIDE_APPROVAL, "{\"value\":\"REFUSE\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getVariablesLocal(approval)).doesNotContainKey(OVERRIDE_APPROVAL);

    // A copy made before the fix (or by an administrator): staff cannot complete the task ...
    tasks.setVariableLocal(approval, OVERRIDE_APPROVAL, "REFUSE");
    ResponseEntity<String> shadowed = Http.asUser(rest, "chengang", HttpMethod.POST,
        task + "/complete", "{}");
    assertThat(shadowed.getStatusCode()).as(shadowed.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(shadowed.getBody()).path("fields").path(OVERRIDE_APPROVAL)
        .asText()).contains("局部副本");
    assertThat(taskOf(trackingNumber, TASK_APPROVE_OVERRIDE)).isNotNull();
    assertThat(decisions.latest(trackingNumber,
        io.github.ogiworkflow.register.DecisionRegister.Kind.OVERRIDE)).isEmpty();

    // ... and where an administrator completes it, the register records what the gateway reads.
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST, task + "/complete", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    EngineRest.runJobs(management);
    assertThat(taskOf(trackingNumber, TASK_RECORD_OVERRIDE_NOTICE_SERVICE)).isNotNull();
    assertThat(decisions.latest(trackingNumber,
        io.github.ogiworkflow.register.DecisionRegister.Kind.OVERRIDE).orElseThrow().decision())
        .isEqualTo("APPROVE");
  }

  /**
   * The same on 审核答复书: a local copy of the letter without the remedies paragraph was frozen
   * and numbered while the parts check read the case's letter. Positive control: completing the
   * task freezes the case's letter.
   */
  @Test
  void aTaskLocalCopyOfTheLetterIsNeverFrozen() throws Exception {
    String trackingNumber = withheldCaseAtEditReply();
    String edit = taskOf(trackingNumber, TASK_EDIT_REPLY).getId();
    String draft = (String) runtime.getVariable(instanceOf(trackingNumber), REPLY_LETTER_TEXT);
    String bad = "经审查，决定不予公开。";

    ResponseEntity<String> local = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/task/" + edit + "/localVariables/" + REPLY_LETTER_TEXT,
        "{\"value\":\"" + bad + "\",\"type\":\"String\"}");
    assertThat(local.getStatusCode()).as(local.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getVariablesLocal(edit)).doesNotContainKey(REPLY_LETTER_TEXT);

    tasks.setVariableLocal(edit, REPLY_LETTER_TEXT, bad);
    ResponseEntity<String> shadowed = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + edit + "/submit-form",
        EngineRest.variables(Map.of(CHARGE_FEE, Map.of("value", false, "type", "Boolean"))));
    assertThat(shadowed.getStatusCode()).as(shadowed.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(shadowed.getBody()).path("fields").has(REPLY_LETTER_TEXT)).isTrue();
    assertThat(letters.latest(trackingNumber)).isEmpty();

    // An administrator's completion freezes the case's letter, not the copy.
    assertThat(Http.asUser(rest, "admin", HttpMethod.POST, "/engine-rest/task/" + edit
        + "/complete", EngineRest.variables(Map.of(CHARGE_FEE,
            Map.of("value", false, "type", "Boolean")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(letters.latest(trackingNumber).orElseThrow().body().strip())
        .isEqualTo(draft.strip()).contains("行政复议");
  }

  /**
   * A value without a type is stored as the engine guesses it: a JSON object or list became a
   * Java-serialized Object, and a radio took a list. Refused on the field, via every write and
   * via Tasklist's API; nothing written. A radio's option as a JSON value is refused too.
   */
  @Test
  void objectsListsAndJsonValuesAreRefusedForPlainFields() throws Exception {
    String trackingNumber = registeredCase();
    String check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getId();
    String task = "/engine-rest/task/" + check;
    Map<String, String> attempts = new java.util.LinkedHashMap<>();
    attempts.put(COMPLETENESS_NOTE, "{\"value\":{\"a\":1}}");
    attempts.put(COMPLETENESS_DECISION, "{\"value\":[\"COMPLETE\"]}");
    attempts.put(COMPLETENESS_DECISION + " ", "{\"value\":\"\\\"COMPLETE\\\"\",\"type\":\"Json\"}");
    attempts.put(COMPLETENESS_NOTE + " ", "{\"value\":[1,2],\"type\":\"String\"}");
    for (Map.Entry<String, String> attempt : attempts.entrySet()) {
      String name = attempt.getKey().trim();
      ResponseEntity<String> put = Http.asUser(rest, "wangli", HttpMethod.PUT,
          task + "/variables/" + name, attempt.getValue());
      assertThat(put.getStatusCode()).as(attempt + " " + put.getBody())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(put.getBody()).path("fields").path(name).asText())
          .as(attempt.toString()).isNotBlank();
      ResponseEntity<String> modified = Http.asUser(rest, "wangli", HttpMethod.POST,
          task + "/variables", "{\"modifications\":{\"" + name + "\":" + attempt.getValue()
              + "}}");
      assertThat(modified.getStatusCode()).as(attempt.toString())
          .isEqualTo(HttpStatus.BAD_REQUEST);
    }
    String objectNote = "{\"variables\":{\"" + COMPLETENESS_DECISION
        + "\":{\"value\":\"COMPLETE\"},\"" + COMPLETENESS_NOTE + "\":{\"value\":{\"a\":1}}}}";
    ResponseEntity<String> submitted = Http.asUser(rest, "wangli", HttpMethod.POST,
        task + "/submit-form", objectNote);
    assertThat(submitted.getStatusCode()).as(submitted.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(submitted.getBody()).path("fields").path(COMPLETENESS_NOTE)
        .asText()).contains("不接受对象");
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "wangli");
    assertThat(tasklist.call(HttpMethod.POST, "/camunda/api/engine/engine/default/task/" + check
        + "/submit-form", objectNote).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taskOf(trackingNumber, TASK_CHECK_COMPLETENESS)).isNotNull();
    assertThat(runtime.getVariable(instanceOf(trackingNumber), COMPLETENESS_NOTE)).isNull();
    assertThat(runtime.getVariable(instanceOf(trackingNumber), COMPLETENESS_DECISION)).isNull();

    // Positive control: the same fields as Tasklist sends them (plain text, no type).
    ResponseEntity<String> plain = Http.asUser(rest, "wangli", HttpMethod.POST,
        task + "/submit-form", "{\"variables\":{\"" + COMPLETENESS_DECISION
            + "\":{\"value\":\"COMPLETE\"},\"" + COMPLETENESS_NOTE + "\":{\"value\":\"齐全\"}}}");
    assertThat(plain.getStatusCode()).as(plain.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(instanceOf(trackingNumber), COMPLETENESS_NOTE))
        .isEqualTo("齐全");
  }

  /**
   * The engine's comments are part of the record: no member of staff writes, edits or deletes
   * one (auditors and leadership wrote on the office's task; the office edited and deleted).
   * Reading stays; an administrator keeps them.
   */
  @Test
  void commentsAreWrittenEditedAndDeletedByAdministratorsOnly() throws Exception {
    String trackingNumber = registeredCase();
    String check = taskOf(trackingNumber, TASK_CHECK_COMPLETENESS).getId();
    String comments = "/engine-rest/task/" + check + "/comment";
    for (String user : List.of("sunyue", "chengang", "lina", "wangli")) {
      ResponseEntity<String> created = Http.asUser(rest, user, HttpMethod.POST,
          comments + "/create", "{\"message\":\"已阅\"}");
      assertThat(created.getStatusCode()).as(user + " " + created.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "wangli");
    assertThat(tasklist.call(HttpMethod.POST, "/camunda/api/engine/engine/default/task/" + check
        + "/comment/create", "{\"message\":\"已阅\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getTaskComments(check)).isEmpty();

    // Positive control: an administrator's comment, which staff read but cannot change.
    ResponseEntity<String> byAdmin = Http.asUser(rest, "admin", HttpMethod.POST,
        comments + "/create", "{\"message\":\"原意见\"}");
    assertThat(byAdmin.getStatusCode()).as(byAdmin.getBody()).isEqualTo(HttpStatus.OK);
    String id = json.readTree(byAdmin.getBody()).path("id").asText();
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, comments, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.PUT, comments,
        "{\"id\":\"" + id + "\",\"message\":\"改过的意见\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.DELETE, comments + "/" + id, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.DELETE, comments, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String instance = "/engine-rest/process-instance/" + instanceOf(trackingNumber) + "/comment";
    assertThat(Http.asUser(rest, "wangli", HttpMethod.PUT, instance,
        "{\"id\":\"" + id + "\",\"message\":\"改过的意见\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.DELETE, instance + "/" + id, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.getTaskComments(check)).singleElement()
        .extracting(org.camunda.bpm.engine.task.Comment::getFullMessage).isEqualTo("原意见");
  }

  /**
   * Art. 32 after 先审查、后公开 (ADR 0088, audit 25 F5): the objected item is a state secret by its
   * review, so no decision to disclose and no 公开决定告知书. Not even an administrator's
   * process-instance modification that starts 发出公开决定告知书 gets one issued: 400 on the field,
   * nothing written.
   */
  @Test
  void noOverrideNoticeForAnItemItsReviewWithheldEvenByModification() throws Exception {
    String trackingNumber = registeredCase();
    EngineRest engineRest = new EngineRest(rest);
    engineRest.toObjectedItemsReview(trackingNumber, management);
    engineRest.submitTaskForm("lina", engineRest.onlyTask("lina", trackingNumber,
        TASK_REVIEW_ITEM), Map.of(REVIEW_CONCLUSION, value("WITHHOLD"), WITHHOLDING_GROUND,
        value("STATE_SECRET"), LEGAL_BASIS, value("《中华人民共和国保守国家秘密法》第十三条")));
    EngineRest.runJobs(management);
    assertThat(taskOf(trackingNumber, TASK_EDIT_REPLY)).isNotNull();
    assertThat(runtime.getVariable(instanceOf(trackingNumber), OUTCOME_CODE)).isEqualTo("3.1");

    ResponseEntity<String> forced = Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/process-instance/" + instanceOf(trackingNumber) + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
            + SERVICE_SEND_OVERRIDE_NOTICE + "\",\"variables\":{\"" + OVERRIDE_REASON
            + "\":{\"value\":\"涉及公众食品安全\",\"type\":\"String\"}}}]}");
    assertThat(forced.getStatusCode()).as(forced.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(forced.getBody()).path("fields").path(OVERRIDE_APPROVAL).asText())
        .contains("先审查、后公开");
    assertThat(consultations.latestThirdParty(trackingNumber).orElseThrow()
        .overrideNoticeSentOn()).isNull();
    assertThat(caseLetters.of(trackingNumber)).extracting(Letters.Letter::kind)
        .doesNotContain(LetterKind.OVERRIDE_NOTICE);
    assertThat(taskOf(trackingNumber, TASK_RECORD_OVERRIDE_NOTICE_SERVICE)).isNull();
  }

  private String caseAtOverrideApproval() {
    String trackingNumber = registeredCase();
    new EngineRest(rest).toOverrideApproval(trackingNumber, management);
    return trackingNumber;
  }

  // H2 ------------------------------------------------------------------------------------

  @Test
  void theApprovedLetterCannotBeChangedAtDelivery() throws Exception {
    String trackingNumber = withheldCaseAtEditReply();
    complete(trackingNumber, TASK_EDIT_REPLY, CHARGE_FEE, false);
    String approval = taskOf(trackingNumber, TASK_APPROVE_REPLY).getId();
    new EngineRest(rest).submitTaskForm("chengang", approval,
        Map.of("replyApproval", value("APPROVE")));
    EngineRest.runJobs(management);
    String delivery = taskOf(trackingNumber, TASK_DELIVER_REPLY).getId();
    Object approvedLetter = runtime.getVariable(instanceOf(trackingNumber), REPLY_LETTER_TEXT);
    assertThat(approvedLetter).isNotNull();

    ResponseEntity<String> put = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/task/" + delivery + "/variables/" + REPLY_LETTER_TEXT,
        "{\"value\":\"经审查，决定全部公开。\",\"type\":\"String\"}");
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> modifications = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + delivery + "/variables", "{\"modifications\":{\""
            + REPLY_LETTER_TEXT + "\":{\"value\":\"改过的答复书\",\"type\":\"String\"}}}");
    assertThat(modifications.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // A read-only field sent back changed is refused too.
    ResponseEntity<String> changedShown = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + delivery + "/submit-form", EngineRest.variables(Map.of(
            DELIVERED_BY, value("POST"), DELIVERED_ON, value(OfficeTime.today().toString()),
            APPLICANT_NAME, value("别人"))));
    assertThat(changedShown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(changedShown.getBody()).contains("只读字段");
    assertThat(runtime.getVariable(instanceOf(trackingNumber), REPLY_LETTER_TEXT))
        .isEqualTo(approvedLetter);

    // Positive control: delivery as Tasklist sends it, with the shown fields unchanged.
    Map<String, Object> asTasklist = new HashMap<>();
    asTasklist.put(DELIVERED_BY, value("POST"));
    asTasklist.put(DELIVERED_ON, value(OfficeTime.today().toString()));
    asTasklist.put(TRACKING_NUMBER, value(trackingNumber));
    asTasklist.put(APPLICANT_NAME, value(runtime.getVariable(instanceOf(trackingNumber),
        APPLICANT_NAME)));
    new EngineRest(rest).submitTaskForm("wangli", delivery, asTasklist);
    EngineRest.runJobs(management);
    assertThat(taskOf(trackingNumber, TASK_DELIVER_REPLY)).isNull();
    assertThat(runtime.getVariable(instanceOf(trackingNumber), REPLY_LETTER_TEXT))
        .isEqualTo(approvedLetter);
  }

  // H3 ------------------------------------------------------------------------------------

  @Test
  void aReviewerCannotPointTheirReviewAtAnotherItem() throws Exception {
    String first = caseAtReview();
    String second = caseAtReview();
    Task review = taskOf(first, TASK_REVIEW_ITEM);
    Object ownItem = runtime.getVariable(review.getExecutionId(), ITEM_ID);
    Object otherItem = runtime.getVariable(taskOf(second, TASK_REVIEW_ITEM).getExecutionId(),
        ITEM_ID);
    assertThat(ownItem).isNotEqualTo(otherItem);

    ResponseEntity<String> put = Http.asUser(rest, "lina", HttpMethod.PUT,
        "/engine-rest/task/" + review.getId() + "/variables/" + ITEM_ID,
        "{\"value\":" + otherItem + ",\"type\":\"Long\"}");
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> local = Http.asUser(rest, "lina", HttpMethod.PUT,
        "/engine-rest/task/" + review.getId() + "/localVariables/" + ITEM_ID,
        "{\"value\":" + otherItem + ",\"type\":\"Long\"}");
    assertThat(local.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> viaForm = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/task/" + review.getId() + "/submit-form", EngineRest.variables(Map.of(
            REVIEW_CONCLUSION, value("RELEASABLE"),
            ITEM_ID, Map.of("value", otherItem, "type", "Long"))));
    assertThat(viaForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(runtime.getVariable(review.getExecutionId(), ITEM_ID)).isEqualTo(ownItem);

    // Positive control: the review of its own item.
    new EngineRest(rest).submitTaskForm("lina", review.getId(),
        Map.of(REVIEW_CONCLUSION, value("RELEASABLE")));
    EngineRest.runJobs(management);
    assertThat(taskOf(first, TASK_REVIEW_ITEM)).isNull();
    assertThat(taskOf(second, TASK_REVIEW_ITEM)).isNotNull();
  }

  // H5 and C2 (auditor's cached credentials) ----------------------------------------------

  @Test
  void aRefusedJobCallCostsTheJobNoAttempt() throws Exception {
    String trackingNumber = registeredCase();
    Job timer = management.createJobQuery().processInstanceId(instanceOf(trackingNumber))
        .timers().list().get(0);
    int retries = timer.getRetries();

    for (int attempt = 0; attempt < 3; attempt++) {
      ResponseEntity<String> execute = Http.asUser(rest, "sunyue", HttpMethod.POST,
          "/engine-rest/job/" + timer.getId() + "/execute", null);
      assertThat(execute.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // The same as a forged text/plain form from another site, with cached credentials.
    HttpHeaders forged = new HttpHeaders();
    forged.setBasicAuth("sunyue", Http.DEMO_PASSWORD);
    forged.setContentType(MediaType.TEXT_PLAIN);
    forged.set(HttpHeaders.ORIGIN, "https://attacker.example");
    assertThat(rest.exchange("/engine-rest/job/" + timer.getId() + "/retries", HttpMethod.PUT,
        new HttpEntity<>("{\"retries\":0}", forged), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries())
        .isEqualTo(retries);
    assertThat(runtime.createIncidentQuery().processInstanceId(instanceOf(trackingNumber))
        .count()).isZero();
    for (String office : List.of("wangli", "lina", "chengang")) {
      assertThat(Http.asUser(rest, office, HttpMethod.PUT, "/engine-rest/job/" + timer.getId()
          + "/duedate", "{\"duedate\":null}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // Positive control: an administrator may still handle jobs (Cockpit, incidents).
    assertThat(Http.asUser(rest, "admin", HttpMethod.PUT, "/engine-rest/job/" + timer.getId()
        + "/retries", "{\"retries\":" + retries + "}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  // C2 ------------------------------------------------------------------------------------

  @Test
  void anotherSiteCannotUseABrowsersCredentials() {
    long deployments = repository.createDeploymentQuery().count();
    HttpHeaders forged = new HttpHeaders();
    forged.setBasicAuth("admin", Http.DEMO_PASSWORD);
    forged.setContentType(MediaType.MULTIPART_FORM_DATA);
    forged.set(HttpHeaders.ORIGIN, "https://attacker.example");
    String multipart = "--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + "evil\r\n--x--\r\n";
    forged.set(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=x");
    assertThat(rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(multipart, forged), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Without Origin, a browser still gives itself away by its Referer or its fetch metadata.
    forged.remove(HttpHeaders.ORIGIN);
    forged.set(HttpHeaders.REFERER, "https://attacker.example/page.html");
    assertThat(rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(multipart, forged), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    forged.remove(HttpHeaders.REFERER);
    forged.set("Sec-Fetch-Site", "cross-site");
    assertThat(rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(multipart, forged), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

    // Staff pages never ask the browser for a password (no Basic challenge to cache) ...
    ResponseEntity<String> page = rest.getForEntity("/audit/compliance", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(page.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    assertThat(page.getBody()).contains("请先登录");

    // ... and open with the webapps' login session instead (positive control), while API
    // clients keep HTTP Basic, and a same-site JSON call is not refused.
    WebappSession cockpit = WebappSession.login(rest, "cockpit", "sunyue");
    ResponseEntity<String> withSession = cockpit.call(HttpMethod.GET, "/audit/compliance", null);
    assertThat(withSession.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withSession.getBody()).contains("合规检查");
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.GET, "/audit/compliance", null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // 退出登录 ends that session for the staff pages too.
    // (303 to the login page, which the test client follows)
    assertThat(cockpit.call(HttpMethod.POST, "/logout", null).getStatusCode().isError())
        .isFalse();
    assertThat(cockpit.call(HttpMethod.GET, "/audit/compliance", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders sameSite = new HttpHeaders();
    sameSite.setBasicAuth("wangli", Http.DEMO_PASSWORD);
    sameSite.setContentType(MediaType.APPLICATION_JSON);
    sameSite.set(HttpHeaders.ORIGIN, rest.getRootUri());
    assertThat(rest.exchange("/engine-rest/task", HttpMethod.POST,
        new HttpEntity<>("{}", sameSite), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // /engine-rest keeps the Basic challenge for API clients.
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getHeaders()
        .containsKey(HttpHeaders.WWW_AUTHENTICATE)).isTrue();
  }

  /** Audit round 26, F9: office and legal got the engine's 404 (the table is not readable). */
  @Test
  void decisionTablesAreEvaluatedByAdministratorsOnly() {
    for (String user : List.of("wangli", "lina", "chengang", "sunyue")) {
      ResponseEntity<String> evaluated = Http.asUser(rest, user, HttpMethod.POST,
          "/engine-rest/decision-definition/key/" + ProcessKeys.APPROVAL_REQUIRED_TABLE + "/evaluate",
          "{\"variables\":{}}");
      assertThat(evaluated.getStatusCode()).as(user + " " + evaluated.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  // M1 ------------------------------------------------------------------------------------

  @Test
  void legalCannotChangeAnAppealInstance() throws Exception {
    String trackingNumber = deliveredCase();
    ResponseEntity<String> filed = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/" + trackingNumber + "/reconsiderations",
        "{\"docketNo\":\"示复〔2026〕9号\",\"appealBody\":\"示范市人民政府\",\"filedOn\":\""
            + OfficeTime.today() + "\",\"procedure\":\"SIMPLIFIED\"}");
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    String appeal = json.readTree(filed.getBody()).path("processInstanceId").asText();
    String base = "/engine-rest/process-instance/" + appeal;

    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, base + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
            + "\"Task_SubmitAnswer\"},{\"type\":\"cancel\",\"activityId\":\"Task_DraftAnswer\"}]}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "lina", HttpMethod.PUT, base + "/variables/" + ANSWER_APPROVAL,
        "{\"value\":\"APPROVE\",\"type\":\"String\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "lina", HttpMethod.PUT, base + "/suspended",
        "{\"suspended\":true}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(appeal).singleResult()
        .isSuspended()).isFalse();
    assertThat(runtime.getVariable(appeal, ANSWER_APPROVAL)).isNull();
    assertThat(tasks.createTaskQuery().processInstanceId(appeal).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(TASK_DRAFT_ANSWER);

    // Positive control: legal drafts the answer in its task, and leadership approves next.
    String draft = tasks.createTaskQuery().processInstanceId(appeal).singleResult().getId();
    new EngineRest(rest).submitTaskForm("lina", draft, Map.of(ANSWER_TEXT, value("答复意见"),
        EVIDENCE_LIST, value("证据目录")));
    EngineRest.runJobs(management);
    assertThat(tasks.createTaskQuery().processInstanceId(appeal).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(TASK_APPROVE_ANSWER);
  }

  // ---------------------------------------------------------------------------------------

  static Map<String, Object> value(Object value) {
    return Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String");
  }

  private static Map<String, Object> registration() {
    Map<String, Object> form = new HashMap<>();
    form.put(CHANNEL, value("IN_PERSON"));
    form.put(RECEIVED_ON, value(OfficeTime.today().toString()));
    form.put(APPLICANT_TYPE, value("NATURAL_PERSON"));
    form.put(APPLICANT_NAME, value("张三"));
    form.put(REQUEST_DESCRIPTION, value("2025年本局行政处罚案件统计表"));
    form.put(DELIVERY_FORM, value("PAPER"));
    form.put(DELIVERY_METHOD, value("POST"));
    form.put(CONTACT_ADDRESS, value("示范市人民路100号（邮编350001）"));
    return form;
  }

  /**
   * Audit 32b F5: a list field sent as JSON that does not parse was accepted and failed only when
   * the step read it, a 500 with a log id; it is a 400 on the field, nothing written.
   */
  @Test
  void malformedJsonInAListFieldIsRefusedOnTheField() throws Exception {
    String trackingNumber = registeredCase();
    complete(trackingNumber, TASK_CHECK_COMPLETENESS, COMPLETENESS_DECISION, "COMPLETE");
    String search = taskOf(trackingNumber, TASK_SEARCH_AND_SPLIT).getId();
    ResponseEntity<String> submitted = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + search + "/submit-form", "{\"variables\":{\"" + ITEMS
            + "\":{\"value\":\"[{\\\"title\\\":\\\"x\\\", \\\"finding\\\":\",\"type\":\"Json\"}}}");
    assertThat(submitted.getStatusCode()).as(submitted.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(submitted.getBody()).path("fields").path(ITEMS).asText())
        .contains("不是有效的JSON");
    assertThat(taskOf(trackingNumber, TASK_SEARCH_AND_SPLIT)).isNotNull();
    assertThat(runtime.getVariable(instanceOf(trackingNumber), ITEMS)).isNull();
  }

  private String variablesJson(Map<String, Object> variables) throws Exception {
    return json.writeValueAsString(variables);
  }

  private String registeredCase() {
    return CounterRegistration.registeredToday(runtime);
  }

  private String caseAtReview() {
    String trackingNumber = registeredCase();
    complete(trackingNumber, TASK_CHECK_COMPLETENESS, COMPLETENESS_DECISION, "COMPLETE");
    complete(trackingNumber, TASK_SEARCH_AND_SPLIT, ITEMS, org.camunda.spin.Spin.JSON(
        List.of(Map.of("title", "内部会议纪要", "finding", "HELD"))));
    return trackingNumber;
  }

  private String withheldCaseAtEditReply() {
    String trackingNumber = caseAtReview();
    // The review names its reviewer, so it is completed as legal staff, through REST.
    new EngineRest(rest).submitTaskForm("lina", taskOf(trackingNumber, TASK_REVIEW_ITEM).getId(),
        Map.of(REVIEW_CONCLUSION, value("WITHHOLD"), WITHHOLDING_GROUND, value("PROCESS_INFO"),
            LEGAL_BASIS, value("《政府信息公开条例》第十六条第二款")));
    EngineRest.runJobs(management);
    assertThat(taskOf(trackingNumber, TASK_EDIT_REPLY)).isNotNull();
    return trackingNumber;
  }

  private String deliveredCase() {
    String trackingNumber = registeredCase();
    complete(trackingNumber, TASK_CHECK_COMPLETENESS, COMPLETENESS_DECISION, "COMPLETE");
    complete(trackingNumber, TASK_SEARCH_AND_SPLIT, ITEMS, org.camunda.spin.Spin.JSON(
        List.of(Map.of("title", "统计年鉴", "finding", "PUBLIC", "wherePublic", "本局网站"))));
    complete(trackingNumber, TASK_EDIT_REPLY, CHARGE_FEE, false);
    complete(trackingNumber, TASK_DELIVER_REPLY, DELIVERED_BY, "POST",
        DELIVERED_ON, OfficeTime.today().toString());
    return trackingNumber;
  }

  private void complete(String trackingNumber, String taskKey, Object... keyValues) {
    Task task = taskOf(trackingNumber, taskKey);
    assertThat(task).as(taskKey).isNotNull();
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    tasks.complete(task.getId(), variables);
    EngineRest.runJobs(management);
  }

  private Task taskOf(String trackingNumber, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(taskKey).singleResult();
  }

  private String instanceOf(String trackingNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(
        ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(trackingNumber)
        .singleResult().getId();
  }

  private long instances() {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).count();
  }

  private long tasksAt(String taskKey) {
    return tasks.createTaskQuery().taskDefinitionKey(taskKey).count();
  }
}
