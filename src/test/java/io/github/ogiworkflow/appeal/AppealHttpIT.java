package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_COMPLAINT_VOID;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_COMPLAINT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_OVERRIDE;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TIMER_APPEAL_WINDOW_CLOSED;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The appeal endpoints on the real app: who may post, and each refusal (400 bad input, 404
 * unknown tracking number, 409 wrong state) leaving the register and the engine unchanged.
 * Cases are driven to delivery through the engine's Java API; the job executor is off.
 */
@IntegrationTest
class AppealHttpIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired io.github.ogiworkflow.letter.Letters letters;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void onlyLegalStaffPostAppealEvents() throws Exception {
    String trackingNumber = deliveredCase();
    HttpHeaders anonymous = new HttpHeaders();
    anonymous.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.exchange(path(trackingNumber, "reconsiderations"), HttpMethod.POST,
        new HttpEntity<>(reconsideration("SIMPLIFIED"), anonymous), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post("wangli", trackingNumber, "reconsiderations", reconsideration("SIMPLIFIED"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(appealsOf(trackingNumber)).isZero();
  }

  /**
   * ADR 0063: a joint reconsideration with a 第三人 through the API. Each wrong list is a 400 on
   * its field in Chinese, nothing recorded; the accepted one is kept in the register in the order
   * given, and the 行政复议答复书 names 申请人 ×3 and the 第三人, each on its own line (no copy
   * attached to an answer: ADR 0051).
   */
  @Test
  void aJointReconsiderationWithAThirdPartyIsRegisteredThroughTheApi() throws Exception {
    String trackingNumber = deliveredCase();
    String base = reconsideration("SIMPLIFIED");
    String[][] refused = {
        {"\"coAppellants\":[\"李四\",\"李四\"]", "coAppellants", "不能重复"},
        {"\"coAppellants\":\"张三\"", "coAppellants", "是提起人本人"},
        {"\"coAppellants\":[1]", "coAppellants", "须为名称列表"},
        {"\"thirdParties\":\"示范市\\u202e某公司\"", "thirdParties", "双向文字控制符"},
        {"\"thirdParties\":\"" + "某".repeat(201) + "\"", "thirdParties", "不得超过200个字"},
        {"\"thirdParties\":[\" \"]", "thirdParties", "没有填写名称"},
        // The agency with a clerk's remark is still the agency (ADR 0068, audit round 24); a
        // comma before a Latin suffix is one name, any other comma two.
        {"\"thirdParties\":\"示范市市场监督管理局（本机关）\"", "thirdParties",
            "第三人第1行“示范市市场监督管理局（本机关）”去掉括号中的说明后是本机关，不能列为第三人"},
        {"\"thirdParties\":[\"示范市市场监督管理局(被申请人)\"]", "thirdParties",
            "去掉括号中的说明后是本机关"},
        {"\"coAppellants\":[\"李四,王五\"]", "coAppellants", "含有多个名称"},
        {"\"thirdParties\":[\"Acme Co., Ltd., 李四\"]", "thirdParties", "含有多个名称"}};
    for (String[] wrong : refused) {
      ResponseEntity<String> answer = post("lina", trackingNumber, "reconsiderations",
          base.substring(0, base.length() - 1) + "," + wrong[0] + "}");
      assertThat(answer.getStatusCode()).as(wrong[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(answer.getBody()).path("error").asText()).startsWith(wrong[1]);
      assertThat(message(answer)).as(wrong[0]).contains(wrong[2]);
      assertThat(appealsOf(trackingNumber)).isZero();
    }
    ResponseEntity<String> filed = post("lina", trackingNumber, "reconsiderations",
        base.substring(0, base.length() - 1)
            + ",\"coAppellants\":[\"李四\",\" 王五 \"],\"thirdParties\":[\"示范市某科技有限公司\","
            + "\"Acme Co., Ltd.\"]}");
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    long appealId = json.readTree(filed.getBody()).path("appealId").asLong();
    assertThat(jdbc.queryForList("SELECT role, position, name FROM ogi_appeal_party"
        + " WHERE appeal_id = ? ORDER BY role, position", appealId).stream()
        .map(row -> row.get("ROLE") + " " + row.get("POSITION") + " " + row.get("NAME")).toList())
        .containsExactly("CO_APPELLANT 1 李四", "CO_APPELLANT 2 王五",
            "THIRD_PARTY 1 示范市某科技有限公司", "THIRD_PARTY 2 Acme Co., Ltd.");
    complete(trackingNumber, TASK_DRAFT_ANSWER, ANSWER_TEXT, "答复意见", EVIDENCE_LIST, "证据");
    complete(trackingNumber, TASK_APPROVE_ANSWER, ANSWER_APPROVAL, "APPROVE");
    complete(trackingNumber, TASK_SUBMIT_ANSWER, SUBMITTED_ON, OfficeTime.today().toString());
    var answers = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == io.github.ogiworkflow.letter.LetterKind.RECONSIDERATION_ANSWER)
        .map(l -> io.github.ogiworkflow.letter.LetterDocuments.text(
            letters.file(trackingNumber, l.id()).orElseThrow().bytes()))
        .toList();
    assertThat(answers).singleElement().asString().contains(
        "\n申请人：张三\n申请人：李四\n申请人：王五\n第三人：示范市某科技有限公司\n第三人：Acme Co., Ltd.\n"
            + "申请人张三、李四、王五不服")
        .doesNotContain("副本");
  }

  @Test
  void aReconsiderationCorrectedThroughTheApiReopensTheRequest() throws Exception {
    String trackingNumber = deliveredCase();
    assertThat(post("lina", trackingNumber, "reconsiderations/decision",
        decision("MAINTAINED", null)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    // Legal reads a case's letters only once it has a case under appeal to answer.
    String replyLetter = "/cases/" + trackingNumber + "/reply-letter";
    assertThat(Http.asUser(rest, "lina", HttpMethod.GET, replyLetter, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> filed =
        post("lina", trackingNumber, "reconsiderations", reconsideration("SIMPLIFIED"));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> challenged = Http.asUser(rest, "lina", HttpMethod.GET, replyLetter,
        null);
    assertThat(challenged.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(challenged.getBody()).contains("答复书");
    assertThat(Http.asUser(rest, "lina", HttpMethod.GET, replyLetter + ".docx", null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // The answer form's link to the challenged decision: here the issued reply.
    ResponseEntity<String> decision = Http.asUser(rest, "lina", HttpMethod.GET,
        "/cases/" + trackingNumber + "/challenged-letter", null);
    assertThat(decision.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(decision.getBody()).contains("答复书", "已签发，文号");
    assertThat(json.readTree(filed.getBody()).path("appealId").asLong()).isPositive();
    ResponseEntity<String> again =
        post("lina", trackingNumber, "reconsiderations", reconsideration("SIMPLIFIED"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(again)).contains("尚未审结");

    // No decision before the answer is submitted: nothing waits for one yet.
    assertThat(post("lina", trackingNumber, "reconsiderations/decision",
        decision("MAINTAINED", null)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    complete(trackingNumber, TASK_DRAFT_ANSWER, ANSWER_TEXT, "答复意见", EVIDENCE_LIST, "证据");
    complete(trackingNumber, TASK_APPROVE_ANSWER, ANSWER_APPROVAL, "APPROVE");
    complete(trackingNumber, TASK_SUBMIT_ANSWER, SUBMITTED_ON, OfficeTime.today().toString());

    ResponseEntity<String> mismatched = post("lina", trackingNumber,
        "reconsiderations/decision", decision("CORRECTED", "DISMISSED"));
    assertThat(mismatched.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(mismatched)).contains("与结果不符");
    assertThat(json.readTree(mismatched.getBody()).path("error").asText())
        .contains("appealResultDetail");
    assertThat(pendingAppealsOf(trackingNumber)).isEqualTo(1);

    ResponseEntity<String> corrected = post("lina", trackingNumber,
        "reconsiderations/decision", decision("CORRECTED", "REVOKED"));
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    assertThat(pendingAppealsOf(trackingNumber)).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(TASK_SEARCH_AND_SPLIT).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT status FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber)).isEqualTo("IN_PROGRESS");

    // The reply made anew names the decision (ADR 0044); an edit through the engine API that
    // drops it is a 400 on replyLetterText, and nothing is frozen.
    complete(trackingNumber, TASK_SEARCH_AND_SPLIT, ITEMS, org.camunda.spin.Spin.JSON(
        java.util.List.of(Map.of("title", "统计年鉴", "finding", "PUBLIC", "wherePublic", "本局网站"))));
    Task edit = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(TASK_EDIT_REPLY).singleResult();
    String draft = (String) tasks.getVariable(edit.getId(), REPLY_LETTER_TEXT);
    String reference = "示范市人民政府作出行政复议决定（案号：示复〔2026〕1号），撤销本机关于";
    assertThat(draft).contains(reference, "经重新审查，现重新答复如下：");
    ResponseEntity<String> edited = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + edit.getId() + "/submit-form", EngineRest.variables(Map.of(
            CHARGE_FEE, Map.of("type", "Boolean", "value", false),
            REPLY_LETTER_TEXT, Map.of("type", "String", "value", draft.lines()
                .filter(line -> !line.contains(reference))
                .collect(java.util.stream.Collectors.joining("\n"))))));
    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(edited.getBody()).path("fields").path(REPLY_LETTER_TEXT).asText())
        .contains("答复书缺少依法应当载明的内容", "重新答复所依据的复议决定或判决", reference);
    assertThat(tasks.createTaskQuery().taskId(edit.getId()).count()).isOne();
    // Only the first round's letter is frozen.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_reply_letter WHERE tracking_number = ?",
        Integer.class, trackingNumber)).isOne();
  }

  /**
   * ALL Art. 85 through the API (ADR 0045): an agency appeal recorded with a first-instance
   * judgment after its 15 days from the judgment's service is a 400 on {@code appealedBy},
   * nothing recorded; within them, the first instance is marked appealed by the agency.
   */
  @Test
  void anAgencyAppealAfterItsPeriodIsRefusedOnTheField() throws Exception {
    String trackingNumber = deliveredCase();
    java.time.LocalDate start = OfficeTime.today();
    assertThat(post("lina", trackingNumber, "lawsuits", lawsuit()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    complete(trackingNumber, "Task_DraftDefence", ANSWER_TEXT, "答辩意见", EVIDENCE_LIST, "证据");
    complete(trackingNumber, "Task_ApproveDefence", ANSWER_APPROVAL, "APPROVE");
    complete(trackingNumber, "Task_SubmitDefence", SUBMITTED_ON, start.toString(),
        HEARING_ON, start.plusDays(10).toString());
    String judgment = "{\"appealResult\":\"CORRECTED\",\"appealResultDetail\":\"REVOKED\","
        + "\"decidedOn\":\"" + start + "\",\"judgmentServedOn\":\"" + start + "\","
        + "\"appealedToHigherCourt\":true,\"appealedBy\":\"AGENCY\","
        + "\"appealBody\":\"示范市中级人民法院\"}";
    try {
      io.github.ogiworkflow.support.EngineClock.at(start.plusDays(40));
      ResponseEntity<String> late = post("lina", trackingNumber, "lawsuits/judgment", judgment);
      assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(late)).contains("上诉期限已于", "第八十五条");
      assertThat(json.readTree(late.getBody()).path("error").asText()).contains("appealedBy");
      assertThat(pendingAppealsOf(trackingNumber)).isEqualTo(1);

      io.github.ogiworkflow.support.EngineClock.at(start.plusDays(5));
      ResponseEntity<String> inTime = post("lina", trackingNumber, "lawsuits/judgment", judgment);
      assertThat(inTime.getStatusCode()).as(inTime.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(jdbc.queryForObject("SELECT appealed_by FROM ogi_appeal WHERE tracking_number = ?"
          + " AND instance_no = 1", String.class, trackingNumber)).isEqualTo("AGENCY");
    } finally {
      io.github.ogiworkflow.support.EngineClock.reset();
    }
  }

  /**
   * ADR 0049 through the API: after a first-instance judgment for the agency, the court's event
   * with the copy of the plaintiff's appeal starts the second instance; bad input is a 400 on
   * the field with nothing recorded, and once the suit is in the second instance (nothing waits
   * for an appeal) a further one is a 409.
   */
  @Test
  void aPlaintiffsAppealServedAfterAJudgmentForTheAgencyStartsTheSecondInstance()
      throws Exception {
    String trackingNumber = deliveredCase();
    java.time.LocalDate today = OfficeTime.today();
    assertThat(post("lina", trackingNumber, "lawsuits", lawsuit()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    defend(trackingNumber, today);
    assertThat(post("lina", trackingNumber, "lawsuits/appeal", "{}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(post("lina", trackingNumber, "lawsuits/judgment", decision("MAINTAINED", null))
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> sameCourt = post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市人民法院\"}");
    assertThat(sameCourt.getStatusCode()).as(sameCourt.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(sameCourt.getBody()).path("error").asText()).startsWith(APPEAL_BODY);
    assertThat(message(sameCourt)).contains("二审法院应为上一级人民法院");
    ResponseEntity<String> noDate = post("lina", trackingNumber, "lawsuits/appeal",
        "{\"appealBody\":\"示范市中级人民法院\"}");
    assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(appealsOf(trackingNumber)).isEqualTo(1);

    ResponseEntity<String> served = post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\","
            + "\"secondInstanceDocketNo\":\"（2026）示行终3号\"}");
    assertThat(served.getStatusCode()).as(served.getBody()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    assertThat(jdbc.queryForList("SELECT instance_no, appealed_by, docket_no FROM ogi_appeal"
        + " WHERE tracking_number = ? ORDER BY instance_no", trackingNumber))
        .extracting(row -> row.get("APPEALED_BY") + "/" + row.get("DOCKET_NO"))
        .containsExactly("APPLICANT/（2026）示行初1号", "null/（2026）示行终3号");
    assertThat(post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(post("wangli", trackingNumber, "lawsuits/appeal", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * ADR 0057 through the API: a copy served after the suit ended at 一审判决生效 (the wait's timer
   * fired) is recorded, 200 with the warning, and the second instance starts in a new instance.
   */
  @Test
  void aPlaintiffsAppealServedAfterTheSuitEndedIsRecordedWithAWarning() throws Exception {
    String trackingNumber = deliveredCase();
    java.time.LocalDate today = OfficeTime.today();
    assertThat(post("lina", trackingNumber, "lawsuits", lawsuit()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    defend(trackingNumber, today);
    assertThat(post("lina", trackingNumber, "lawsuits/judgment", decision("MAINTAINED", null))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    String suit = runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey("Litigation").singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(suit)
        .activityId("Timer_PlaintiffAppealPeriodEnded").singleResult().getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(suit).count()).isZero();

    ResponseEntity<String> served = post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\"}");
    assertThat(served.getStatusCode()).as(served.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(served.getBody()).path("warning").asText()).contains("一审判决生效");
    EngineRest.runJobs(management);
    assertThat(jdbc.queryForList("SELECT instance_no, appealed_by FROM ogi_appeal"
        + " WHERE tracking_number = ? ORDER BY instance_no", trackingNumber))
        .extracting(row -> row.get("INSTANCE_NO") + "/" + row.get("APPEALED_BY"))
        .containsExactly("1/APPLICANT", "2/null");
    assertThat(post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  /**
   * ADR 0060 through the API: the agency appealed with the judgment and its second instance
   * runs; the copy of the plaintiff's own appeal is recorded into that second instance (200; it
   * was 409), no other instance or register row, the same copy again 409.
   */
  @Test
  void aPlaintiffsAppealOfAJudgmentTheAgencyAppealedJoinsItsSecondInstance() throws Exception {
    String trackingNumber = deliveredCase();
    java.time.LocalDate today = OfficeTime.today();
    assertThat(post("lina", trackingNumber, "lawsuits", lawsuit()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    defend(trackingNumber, today);
    ResponseEntity<String> judged = post("lina", trackingNumber, "lawsuits/judgment",
        "{\"appealResult\":\"CORRECTED\",\"appealResultDetail\":\"REVOKED\",\"decidedOn\":\""
            + today + "\",\"appealedToHigherCourt\":true,\"appealedBy\":\"AGENCY\","
            + "\"appealBody\":\"示范市中级人民法院\"}");
    assertThat(judged.getStatusCode()).as(judged.getBody()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    // The 行政上诉状 approved naming 委托代理人 李娜 and no 第三人 before the copy comes (ADR 0073).
    complete(trackingNumber, "Task_DraftDefence", ANSWER_TEXT, "上诉理由：一审判决认定事实错误。",
        EVIDENCE_LIST, "一审判决书", AGENT_1_NAME, "李娜", AGENT_1_POSITION, "法规科科员");
    complete(trackingNumber, "Task_ApproveDefence", ANSWER_APPROVAL, "APPROVE");

    ResponseEntity<String> served = post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\"}");
    assertThat(served.getStatusCode()).as(served.getBody()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey("Litigation").count()).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT instance_no, appealed_by, plaintiff_appeal_served_on"
        + " FROM ogi_appeal WHERE tracking_number = ? ORDER BY instance_no", trackingNumber))
        .extracting(row -> row.get("INSTANCE_NO") + "/" + row.get("APPEALED_BY") + "/"
            + row.get("PLAINTIFF_APPEAL_SERVED_ON"))
        .containsExactly("1/AGENCY/null", "2/null/" + today);
    assertThat(post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // ADR 0066: the agency's 答辩状 to it, beside its 行政上诉状, due 15 days after the copy's
    // service (the register's day); through the engine API only the approved text is submitted.
    Task answer = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey("Task_DraftJoinedDefence").singleResult();
    assertThat(answer.getName()).isEqualTo("起草答辩状");
    java.time.LocalDate dueOn = jdbc.queryForObject("SELECT plaintiff_appeal_answer_due_on FROM"
        + " ogi_appeal WHERE tracking_number = ? AND instance_no = 2", java.sql.Date.class,
        trackingNumber).toLocalDate();
    assertThat(dueOn).isAfterOrEqualTo(today.plusDays(15));
    assertThat(answer.getDueDate()).isEqualTo(OfficeTime.endOf(dueOn));
    Task appealSubmission = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey("Task_SubmitDefence").singleResult();
    assertThat(appealSubmission.getName()).isEqualTo("提交行政上诉状并登记开庭日期");
    // Its draft, through Tasklist's path, names another agent and a 第三人 (audit F2's repro):
    // the 行政上诉状's open task still shows its own approved block (ADR 0073).
    ResponseEntity<String> drafted = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/task/" + answer.getId() + "/submit-form", EngineRest.variables(Map.of(
            ANSWER_TEXT, Map.of("type", "String", "value", "对原告上诉的答辩意见"),
            EVIDENCE_LIST, Map.of("type", "String", "value", "证据"),
            AGENT_1_NAME, Map.of("type", "String", "value", "刘洋"),
            AGENT_1_POSITION, Map.of("type", "String", "value", "法规科科长"),
            THIRD_PARTIES, Map.of("type", "String", "value", "示范某某科技有限公司"))));
    assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    EngineRest.runJobs(management);
    ResponseEntity<String> shown = Http.asUser(rest, "lina", HttpMethod.GET,
        "/engine-rest/task/" + appealSubmission.getId() + "/form-variables", null);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).doesNotContain("刘洋", "示范某某科技有限公司");
    assertThat(tasks.getVariable(appealSubmission.getId(), AGENT_1_NAME)).isEqualTo("李娜");
    complete(trackingNumber, "Task_ApproveJoinedDefence", ANSWER_APPROVAL, "APPROVE");
    Task submit = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey("Task_SubmitJoinedDefence").singleResult();
    ResponseEntity<String> changed = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/task/" + submit.getId() + "/submit-form", EngineRest.variables(Map.of(
            SUBMITTED_ON, Map.of("type", "String", "value", today.toString()),
            ANSWER_TEXT, Map.of("type", "String", "value", "未经审批的答辩意见"))));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // The form shows the approved text read-only: another one is refused on the field before
    // 记录答辩 checks it against the register (LitigationScenarioTest).
    assertThat(json.readTree(changed.getBody()).path("fields").path(ANSWER_TEXT).asText())
        .contains("只读");
    ResponseEntity<String> submitted = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/task/" + submit.getId() + "/submit-form", EngineRest.variables(Map.of(
            SUBMITTED_ON, Map.of("type", "String", "value", today.toString()))));
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("SELECT plaintiff_appeal_submitted_on FROM ogi_appeal WHERE"
        + " tracking_number = ? AND instance_no = 2", java.sql.Date.class, trackingNumber)
        .toLocalDate()).isEqualTo(today);
    // Each pleading names the agents and parties approved with it (ADR 0073).
    complete(trackingNumber, "Task_SubmitDefence", SUBMITTED_ON, today.toString(),
        HEARING_ON, today.plusDays(10).toString());
    assertThat(pleading(trackingNumber, io.github.ogiworkflow.letter.LetterKind.LITIGATION_APPEAL))
        .contains("委托代理人：李娜，法规科科员\n").doesNotContain("刘洋", "示范某某科技有限公司");
    assertThat(pleading(trackingNumber, io.github.ogiworkflow.letter.LetterKind.LITIGATION_DEFENCE))
        .contains("委托代理人：刘洋，法规科科长\n", "原审第三人：示范某某科技有限公司\n");
  }

  /** The text of the case's last issued pleading of {@code kind}. */
  private String pleading(String trackingNumber, io.github.ogiworkflow.letter.LetterKind kind) {
    var issued = letters.of(trackingNumber).stream().filter(l -> l.kind() == kind).toList();
    return io.github.ogiworkflow.letter.LetterDocuments.text(letters.file(trackingNumber,
        issued.get(issued.size() - 1).id()).orElseThrow().bytes());
  }

  /**
   * ADR 0070 through the API: the second-instance judgment arriving as the court's event
   * ({@code lawsuits/judgment}) while the 答辩状 to the joined plaintiff's appeal is still being
   * drafted ends it with the suit: nothing left open, the task cancelled in the history, and the
   * register records the due day but no submission.
   */
  @Test
  void aSecondInstanceJudgmentThroughTheApiEndsTheJoinedDefence() throws Exception {
    String trackingNumber = deliveredCase();
    java.time.LocalDate today = OfficeTime.today();
    assertThat(post("lina", trackingNumber, "lawsuits", lawsuit()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    defend(trackingNumber, today);
    assertThat(post("lina", trackingNumber, "lawsuits/judgment",
        "{\"appealResult\":\"CORRECTED\",\"appealResultDetail\":\"REVOKED\",\"decidedOn\":\""
            + today + "\",\"appealedToHigherCourt\":true,\"appealedBy\":\"AGENCY\","
            + "\"appealBody\":\"示范市中级人民法院\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    assertThat(post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    String suit = runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey("Litigation").singleResult().getId();
    assertThat(tasks.createTaskQuery().processInstanceId(suit)
        .taskDefinitionKey("Task_DraftJoinedDefence").count()).isOne();
    // The agency's 行政上诉状 is submitted; the court's judgment comes before the 答辩状.
    defend(trackingNumber, today);
    ResponseEntity<String> judged = post("lina", trackingNumber, "lawsuits/judgment",
        decision("MAINTAINED", null));
    assertThat(judged.getStatusCode()).as(judged.getBody()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(suit).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(suit).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(suit)
        .activityId("Task_DraftJoinedDefence").singleResult().isCanceled()).isTrue();
    assertThat(jdbc.queryForList("SELECT pending, plaintiff_appeal_answer_due_on,"
        + " plaintiff_appeal_submitted_on FROM ogi_appeal WHERE tracking_number = ?"
        + " AND instance_no = 2", trackingNumber)).singleElement().satisfies(row -> {
          assertThat(row.get("PENDING")).isEqualTo(false);
          assertThat(row.get("PLAINTIFF_APPEAL_ANSWER_DUE_ON")).isNotNull();
          assertThat(row.get("PLAINTIFF_APPEAL_SUBMITTED_ON")).isNull();
        });
  }

  /**
   * ADR 0060 through the API: a late copy concerns its own first instance although a later suit
   * of the case waits for a plaintiff's appeal: named by the first instance's 案号
   * ({@code docketNo}) it is recorded for the ended suit (it went to the waiting one), and the
   * waiting suit still waits.
   */
  @Test
  void aLateCopyIsRecordedForItsOwnSuitWhileALaterSuitWaits() throws Exception {
    String trackingNumber = deliveredCase();
    java.time.LocalDate today = OfficeTime.today();
    assertThat(post("lina", trackingNumber, "lawsuits", lawsuit()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    defendAndJudge(trackingNumber, today);
    String first = runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey("Litigation").singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(first)
        .activityId("Timer_PlaintiffAppealPeriodEnded").singleResult().getId());
    assertThat(post("lina", trackingNumber, "lawsuits", lawsuit().replace("行初1号", "行初2号"))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    defendAndJudge(trackingNumber, today);
    String later = runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey("Litigation").singleResult().getId();

    ResponseEntity<String> served = post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\","
            + "\"docketNo\":\"（2026）示行初1号\"}");
    assertThat(served.getStatusCode()).as(served.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(served.getBody()).path("warning").asText()).contains("一审判决生效");
    EngineRest.runJobs(management);
    assertThat(jdbc.queryForList("SELECT docket_no, instance_no, appealed_by FROM ogi_appeal"
        + " WHERE tracking_number = ? ORDER BY id", trackingNumber))
        .extracting(row -> row.get("DOCKET_NO") + "/" + row.get("INSTANCE_NO") + "/"
            + row.get("APPEALED_BY"))
        .containsExactly("（2026）示行初1号/1/APPLICANT", "（2026）示行初2号/1/null", "null/2/null");
    assertThat(runtime.createExecutionQuery().processInstanceId(later)
        .activityId("Task_RecordPlaintiffAppeal").count()).isEqualTo(1);
    // Naming nobody, the later suit's own copy reaches it: the only judgment left to appeal.
    assertThat(post("lina", trackingNumber, "lawsuits/appeal",
        "{\"plaintiffAppealServedOn\":\"" + today + "\",\"appealBody\":\"示范市中级人民法院\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.createExecutionQuery().processInstanceId(later)
        .activityId("Task_RecordPlaintiffAppeal").count()).isZero();
  }

  /** The suit waiting for its defence: defended today and judged for the agency (维持). */
  /** 起草、审批、提交答辩状: the suit then waits for the judgment. */
  private void defend(String trackingNumber, java.time.LocalDate today) {
    complete(trackingNumber, "Task_DraftDefence", ANSWER_TEXT, "答辩意见", EVIDENCE_LIST, "证据");
    complete(trackingNumber, "Task_ApproveDefence", ANSWER_APPROVAL, "APPROVE");
    complete(trackingNumber, "Task_SubmitDefence", SUBMITTED_ON, today.toString(),
        HEARING_ON, today.plusDays(10).toString());
  }

  private void defendAndJudge(String trackingNumber, java.time.LocalDate today) {
    defend(trackingNumber, today);
    assertThat(post("lina", trackingNumber, "lawsuits/judgment", decision("MAINTAINED", null))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void badInputUnknownCasesAndWrongStatesAreRefusedAndChangeNothing() throws Exception {
    String trackingNumber = deliveredCase();
    long instances = runtime.createProcessInstanceQuery().count();

    ResponseEntity<String> noProcedure =
        post("lina", trackingNumber, "reconsiderations", reconsideration(null));
    assertThat(noProcedure.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(noProcedure)).contains("请填写复议程序");
    ResponseEntity<String> badDate = post("lina", trackingNumber, "lawsuits",
        "{\"docketNo\":\"（2026）示行初1号\",\"appealBody\":\"示范市人民法院\",\"servedOn\":\"昨天\"}");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(badDate)).contains("年-月-日").doesNotContain("yyyy");
    assertThat(post("lina", trackingNumber, "complaints", "[1, 2]").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> unknown =
        post("lina", "YSQ-1999-000001", "reconsiderations", reconsideration("SIMPLIFIED"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(message(unknown)).contains("不存在");
    assertThat(post("lina", "YSQ-1999-000001", "lawsuits/judgment", decision("MAINTAINED", null))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("lina", trackingNumber, "lawsuits/judgment", decision("MAINTAINED", null))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    assertThat(appealsOf(trackingNumber)).isZero();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  /**
   * Issue 14, point 9: the window warns, it never refuses. A filing before any reply, while the
   * reply period runs, is recorded against the failure to reply with the warning that the period
   * has not run out (ADR 0081; it was a 409 before); a lawsuit served after the window closed is
   * recorded, with a bilingual warning in the response and in the register. A filing within
   * the window carries no warning.
   */
  @Test
  void aFilingBeforeTheReplyPeriodRanOutAndALateOneAreRecordedWithAWarning() throws Exception {
    String notReplied = registeredCase();
    ResponseEntity<String> early =
        post("lina", notReplied, "reconsiderations", reconsideration("SIMPLIFIED"));
    assertThat(early.getStatusCode()).as(early.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(early.getBody()).path("warning").asText()).contains("Art. 33",
        "尚未届满", "第三十三条", "是否受理由复议机关决定");
    assertThat(jdbc.queryForObject("SELECT challenged_act FROM ogi_appeal WHERE tracking_number"
        + " = ?", String.class, notReplied)).isEqualTo("NON_REPLY");

    String inTime = deliveredCase();
    ResponseEntity<String> onTime = post("lina", inTime, "lawsuits", lawsuit());
    assertThat(onTime.getStatusCode()).as(onTime.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(onTime.getBody()).path("warning").isNull()).isTrue();

    String trackingNumber = deliveredCase();
    // The reply was received 7 months ago: the window (6 months) has closed for good.
    String receivedOn = OfficeTime.today().minusMonths(7).toString();
    jdbc.update("UPDATE ogi_case SET delivered_on = ?, reply_received_on = ?"
        + " WHERE tracking_number = ?", java.sql.Date.valueOf(receivedOn),
        java.sql.Date.valueOf(receivedOn), trackingNumber);
    Job window = management.createJobQuery().timers()
        .activityId(TIMER_APPEAL_WINDOW_CLOSED).processInstanceId(instanceOf(trackingNumber))
        .singleResult();
    management.executeJob(window.getId());
    // (the posted reply's follow-up, ADR 0061, waits for its own timer: the date was written
    // past it here)
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(
        ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(trackingNumber).count())
        .isZero();
    ResponseEntity<String> late = post("lina", trackingNumber, "lawsuits", lawsuit());
    assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.CREATED);
    String warning = json.readTree(late.getBody()).path("warning").asText();
    assertThat(warning).contains("ALL Art. 46", "more than 6 months", receivedOn,
        "《行政诉讼法》第四十六条", "是否受理由人民法院决定");
    assertThat(jdbc.queryForObject("SELECT filing_warning FROM ogi_appeal WHERE tracking_number"
        + " = ?", String.class, trackingNumber)).isEqualTo(warning);
    assertThat(pendingAppealsOf(trackingNumber)).isEqualTo(1);

    // A direct suit against a refusal: recorded, with the reconsideration-first warning.
    String refused = deliveredCase();
    jdbc.update("UPDATE ogi_case SET outcome_code = '3.1' WHERE tracking_number = ?", refused);
    ResponseEntity<String> direct = post("lina", refused, "lawsuits", lawsuit());
    assertThat(direct.getStatusCode()).as(direct.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(direct.getBody()).path("warning").asText())
        .contains("ARL Art. 23", "须先申请行政复议");
    assertThat(appealsOf(refused)).isEqualTo(1);

    ResponseEntity<String> complaint = post("liuyang", trackingNumber, "complaints",
        "{\"complaintKind\":\"COMPLAINT\",\"appealBody\":\"示范市人民政府办公室\","
            + "\"complaintText\":\"对答复不满\"}");
    assertThat(complaint.getStatusCode()).as(complaint.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(appealsOf(trackingNumber)).isEqualTo(2);
  }

  /**
   * A third-party appeal (ADR 0032) on a case where no third party's objection was overridden
   * with a served 公开决定告知书 (Art. 32) is refused on the field, through the appeal endpoint and
   * through Tasklist's start form alike, and nothing is recorded. The applicant's filing with
   * the new field set to APPLICANT is recorded as before.
   */
  /**
   * Audit round 30, F1: the agency's own name as the 复议机关 (the API) or as the 转办机关 of a
   * complaint (the start form, as Tasklist submits it) is a 400 on {@code appealBody} in
   * Chinese, nothing recorded, no instance left; another reconsideration body than the one the
   * reply letters name is recorded with a warning.
   */
  @Test
  void theAgencyItselfIsRefusedAsTheBodyOnTheApiAndTheStartForm() throws Exception {
    String trackingNumber = deliveredCase();
    long instances = runtime.createProcessInstanceQuery().count();
    ResponseEntity<String> api = post("lina", trackingNumber, "reconsiderations",
        reconsideration("SIMPLIFIED").replace("示范市人民政府", "示范市市场监督管理局"));
    assertThat(api.getStatusCode()).as(api.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(api.getBody()).path("error").asText()).startsWith(APPEAL_BODY);
    assertThat(message(api)).contains("复议机关不能是本机关");

    Map<String, Object> form = new HashMap<>();
    form.put(TRACKING_NUMBER, EngineRest.text(trackingNumber));
    form.put(COMPLAINT_KIND, EngineRest.text("COMPLAINT"));
    form.put(APPEAL_BODY, EngineRest.text("示范市市场监督管理局"));
    form.put(SERVED_ON, EngineRest.text(OfficeTime.today().toString()));
    form.put(COMPLAINT_TEXT, EngineRest.text("申请人投诉答复不当"));
    ResponseEntity<String> tasklist = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.COMPLAINT + "/submit-form",
        EngineRest.variables(form));
    assertThat(tasklist.getStatusCode()).as(tasklist.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tasklist.getBody()).path("fields").path(APPEAL_BODY).asText())
        .contains("转办机关不能是本机关");
    assertThat(appealsOf(trackingNumber)).isZero();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);

    ResponseEntity<String> other = post("lina", trackingNumber, "reconsiderations",
        reconsideration("SIMPLIFIED").replace("示范市人民政府", "福建省市场监督管理局"));
    assertThat(other.getStatusCode()).as(other.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(other.getBody()).path("warning").asText())
        .contains("不是本机关答复书告知的复议机关“示范市人民政府”");
  }

  @Test
  void aThirdPartyAppealWithoutAnOverriddenObjectionIsRefusedOnBothPaths() throws Exception {
    String trackingNumber = deliveredCase();
    long instances = runtime.createProcessInstanceQuery().count();
    String thirdParty = reconsideration("SIMPLIFIED").replace("}",
        ",\"appellant\":\"THIRD_PARTY\",\"appellantName\":\"某公司\"}");

    ResponseEntity<String> api = post("lina", trackingNumber, "reconsiderations", thirdParty);
    assertThat(api.getStatusCode()).as(api.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(api)).contains("不能登记为第三方提起", "条例第三十二条");

    Map<String, Object> form = new HashMap<>();
    form.put(TRACKING_NUMBER, EngineRest.text(trackingNumber));
    form.put(DOCKET_NO, EngineRest.text("（2026）示行初2号"));
    form.put(APPEAL_BODY, EngineRest.text("示范市人民法院"));
    form.put(SERVED_ON, EngineRest.text(OfficeTime.today().toString()));
    form.put(APPELLANT, EngineRest.text("THIRD_PARTY"));
    form.put(APPELLANT_NAME, EngineRest.text("某公司"));
    ResponseEntity<String> tasklist = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.LITIGATION + "/submit-form",
        EngineRest.variables(form));
    assertThat(tasklist.getStatusCode()).as(tasklist.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tasklist.getBody()).path("fields").path(APPELLANT).asText())
        .contains("不能登记为第三方提起");

    assertThat(appealsOf(trackingNumber)).isZero();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);

    ResponseEntity<String> applicant = post("lina", trackingNumber, "reconsiderations",
        reconsideration("SIMPLIFIED").replace("}", ",\"appellant\":\"APPLICANT\"}"));
    assertThat(applicant.getStatusCode()).as(applicant.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.queryForObject("SELECT appellant FROM ogi_appeal WHERE tracking_number = ?",
        String.class, trackingNumber)).isEqualTo("APPLICANT");
    // The ledger's case page says who filed (提起人).
    ResponseEntity<String> page = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/api/ledger/cases/" + trackingNumber, null);
    assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(page.getBody()).path("appeals").get(0).path("appellantLabel")
        .asText()).isEqualTo("申请人本人");
  }

  /**
   * Audit round 24, F8: the reply period ran out 16 days ago (11 working days), no reply was
   * delivered. The applicant's reconsideration was refused with 409 (该申请尚未送达答复); it is
   * recorded against the failure to reply (ADR 0081), without a warning, and the ledger's case
   * page and the audit trail say so (不服逾期未作答复).
   */
  @Test
  void theAuditsReconsiderationAgainstAnOverdueRequestIsRecorded() throws Exception {
    String trackingNumber = registeredCase();
    LocalDate today = OfficeTime.today();
    jdbc.update("UPDATE ogi_case SET first_received_on = ?, clock_started_on = ?, due_on = ?"
        + " WHERE tracking_number = ?", java.sql.Date.valueOf(today.minusDays(45)),
        java.sql.Date.valueOf(today.minusDays(45)), java.sql.Date.valueOf(today.minusDays(16)),
        trackingNumber);

    ResponseEntity<String> filed = post("lina", trackingNumber, "reconsiderations",
        "{\"docketNo\":\"示复〔2026〕211号\",\"appealBody\":\"示范市人民政府\",\"filedOn\":\""
            + today.minusDays(3) + "\",\"servedOn\":\"" + today.minusDays(2)
            + "\",\"procedure\":\"SIMPLIFIED\",\"appellant\":\"APPLICANT\"}");

    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(filed.getBody()).path("warning").isNull()).isTrue();
    assertThat(jdbc.queryForObject("SELECT challenged_act FROM ogi_appeal WHERE tracking_number"
        + " = ?", String.class, trackingNumber)).isEqualTo("NON_REPLY");
    ResponseEntity<String> page = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/api/ledger/cases/" + trackingNumber, null);
    assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode file = json.readTree(page.getBody());
    assertThat(file.path("appeals").get(0).path("challengedLabel").asText())
        .isEqualTo("不服逾期未作答复");
    // The audit trail's appeal entry says what the appeal challenges.
    ResponseEntity<String> trail = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/api/audit/cases/" + trackingNumber, null);
    assertThat(trail.getStatusCode()).as(trail.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(trail.getBody()).path("entries").findValuesAsText("detail"))
        .anyMatch(detail -> detail.startsWith("提起人：申请人本人；不服逾期未作答复；尚未审结"));

    // The reply delivered since and appealed in turn (ADR 0096): beside the appeal against the
    // failure to reply, the case page names the act of the other too (audit 28 F4).
    complete(trackingNumber, TASK_CHECK_COMPLETENESS, COMPLETENESS_DECISION, "COMPLETE");
    complete(trackingNumber, TASK_SEARCH_AND_SPLIT, ITEMS, org.camunda.spin.Spin.JSON(
        java.util.List.of(Map.of("title", "统计年鉴", "finding", "PUBLIC", "wherePublic", "本局网站"))));
    complete(trackingNumber, TASK_EDIT_REPLY, CHARGE_FEE, false);
    complete(trackingNumber, TASK_DELIVER_REPLY, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, today.toString());
    ResponseEntity<String> againstReply = post("lina", trackingNumber, "reconsiderations",
        reconsideration("SIMPLIFIED"));
    assertThat(againstReply.getStatusCode()).as(againstReply.getBody())
        .isEqualTo(HttpStatus.CREATED);
    JsonNode both = json.readTree(Http.asUser(rest, "wangli", HttpMethod.GET,
        "/api/ledger/cases/" + trackingNumber, null).getBody()).path("appeals");
    assertThat(both.findValuesAsText("challengedLabel"))
        .containsExactly("不服逾期未作答复", "不服答复或决定");
  }

  /**
   * An appeal dated before the reply was delivered (the request received 10 days earlier) is
   * refused on the field, through the appeal endpoint and Tasklist's start form alike, and
   * nothing is recorded.
   */
  @Test
  void anAppealDatedBeforeTheReplyWasDeliveredIsRefusedOnBothPaths() throws Exception {
    String trackingNumber = deliveredCase();
    jdbc.update("UPDATE ogi_case SET first_received_on = ? WHERE tracking_number = ?",
        java.sql.Date.valueOf(OfficeTime.today().minusDays(10)), trackingNumber);
    String yesterday = OfficeTime.today().minusDays(1).toString();
    long instances = runtime.createProcessInstanceQuery().count();

    ResponseEntity<String> api = post("lina", trackingNumber, "reconsiderations",
        "{\"docketNo\":\"示复〔2026〕3号\",\"appealBody\":\"示范市人民政府\",\"filedOn\":\""
            + yesterday + "\",\"servedOn\":\"" + OfficeTime.today()
            + "\",\"procedure\":\"SIMPLIFIED\"}");
    assertThat(api.getStatusCode()).as(api.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(api)).contains("申请复议日期不能早于答复送达日期");

    Map<String, Object> form = new HashMap<>();
    form.put(TRACKING_NUMBER, EngineRest.text(trackingNumber));
    form.put(DOCKET_NO, EngineRest.text("（2026）示行初3号"));
    form.put(APPEAL_BODY, EngineRest.text("示范市人民法院"));
    form.put(FILED_ON, EngineRest.text(yesterday));
    form.put(SERVED_ON, EngineRest.text(OfficeTime.today().toString()));
    ResponseEntity<String> tasklist = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.LITIGATION + "/submit-form",
        EngineRest.variables(form));
    assertThat(tasklist.getStatusCode()).as(tasklist.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tasklist.getBody()).path("fields").path(FILED_ON).asText())
        .contains("起诉日期不能早于答复送达日期");

    assertThat(appealsOf(trackingNumber)).isZero();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  /**
   * ADR 0038 through the endpoints: a third party files from the service of its 公开决定告知书
   * (Art. 32), before the reply (400 on {@code appellant} before the service, where it was 409
   * for want of a reply); the applicant, once the reply is delivered, files too, and both are
   * pending. A decision then names whose reconsideration it decides ({@code appellant}): without
   * it, 400 on the field while both wait; with it, only that one is decided.
   */
  @Test
  void aThirdPartyFilesFromItsNoticeAndADecisionNamesItsAppellant() throws Exception {
    String trackingNumber = registeredCase();
    String today = OfficeTime.today().toString();
    EngineRest engineRest = new EngineRest(rest);
    engineRest.toOverrideApproval(trackingNumber, management);
    complete(trackingNumber, TASK_APPROVE_OVERRIDE, OVERRIDE_APPROVAL, "APPROVE");
    String thirdParty = reconsideration("SIMPLIFIED").replace("}",
        ",\"appellant\":\"THIRD_PARTY\"}");

    ResponseEntity<String> beforeNotice =
        post("lina", trackingNumber, "reconsiderations", thirdParty);
    assertThat(beforeNotice.getStatusCode()).as(beforeNotice.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(beforeNotice.getBody()).path("error").asText())
        .startsWith(APPELLANT);
    assertThat(message(beforeNotice)).contains("不能登记为第三方提起");
    assertThat(appealsOf(trackingNumber)).isZero();

    complete(trackingNumber, TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OVERRIDE_NOTICE_SERVED_ON, today);
    ResponseEntity<String> filed = post("lina", trackingNumber, "reconsiderations", thirdParty);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    // (An applicant's filing now would be recorded against the failure to reply, ADR 0081.)

    // The review came before the decision to disclose (ADR 0088); the approval records who gave
    // it: submitted as the users do in Tasklist.
    complete(trackingNumber, TASK_EDIT_REPLY, CHARGE_FEE, false);
    engineRest.submitTaskForm("chengang", engineRest.onlyTask("chengang", trackingNumber,
        TASK_APPROVE_REPLY), Map.of(REPLY_APPROVAL, EngineRest.text("APPROVE")));
    EngineRest.runJobs(management);
    // The notice emulates one issued before ADR 0171 (no disclosure day stated), so that the
    // reply goes out today: the running app's clock cannot move to the day a notice states
    // (ConsultationAndReasonsScenarioTest shows the wait).
    jdbc.update("UPDATE ogi_consultation SET override_disclosure_on = NULL WHERE"
        + " tracking_number = ?", trackingNumber);
    complete(trackingNumber, TASK_DELIVER_REPLY, DELIVERED_BY, "IN_PERSON", DELIVERED_ON, today);
    ResponseEntity<String> applicant = post("lina", trackingNumber, "reconsiderations",
        reconsideration("SIMPLIFIED").replace("1号", "2号"));
    assertThat(applicant.getStatusCode()).as(applicant.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(pendingAppealsOf(trackingNumber)).isEqualTo(2);

    completeAll(trackingNumber, TASK_DRAFT_ANSWER, ANSWER_TEXT, "答复意见", EVIDENCE_LIST, "证据");
    completeAll(trackingNumber, TASK_APPROVE_ANSWER, ANSWER_APPROVAL, "APPROVE");
    completeAll(trackingNumber, TASK_SUBMIT_ANSWER, SUBMITTED_ON, today);

    ResponseEntity<String> whose = post("lina", trackingNumber, "reconsiderations/decision",
        decision("MAINTAINED", null));
    assertThat(whose.getStatusCode()).as(whose.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(whose.getBody()).path("error").asText()).startsWith(APPELLANT);
    assertThat(message(whose)).contains("请填写提起人");
    assertThat(pendingAppealsOf(trackingNumber)).isEqualTo(2);

    ResponseEntity<String> decided = post("lina", trackingNumber, "reconsiderations/decision",
        decision("MAINTAINED", null).replace("}", ",\"appellant\":\"THIRD_PARTY\"}"));
    assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForList("SELECT appellant FROM ogi_appeal WHERE tracking_number = ?"
        + " AND pending = TRUE", String.class, trackingNumber)).containsExactly("APPLICANT");
    // One left waiting: the decision needs no appellant.
    ResponseEntity<String> last = post("lina", trackingNumber, "reconsiderations/decision",
        decision("MAINTAINED", null));
    assertThat(last.getStatusCode()).as(last.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(pendingAppealsOf(trackingNumber)).isZero();
  }

  /**
   * Audit 28 F4, F9, through the API and Tasklist's path: a decision naming an act that no
   * waiting appeal challenges is a 400 on {@code challengedAct} although only one appeal waits
   * (it was booked on that one); a 重新答复期限 more than a year after the decision (2206 typed
   * for 2026) is a 400 on {@code correctedDueOn}. Nothing is recorded, nothing reopened.
   */
  @Test
  void aDecisionOnAnotherActOrWithAMistypedYearIsRefusedOnTheField() throws Exception {
    String trackingNumber = deliveredCase();
    ResponseEntity<String> filed =
        post("lina", trackingNumber, "reconsiderations", reconsideration("SIMPLIFIED"));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    complete(trackingNumber, TASK_DRAFT_ANSWER, ANSWER_TEXT, "答复意见", EVIDENCE_LIST, "证据");
    complete(trackingNumber, TASK_APPROVE_ANSWER, ANSWER_APPROVAL, "APPROVE");
    complete(trackingNumber, TASK_SUBMIT_ANSWER, SUBMITTED_ON, OfficeTime.today().toString());
    LocalDate today = OfficeTime.today();

    ResponseEntity<String> otherAct = post("lina", trackingNumber, "reconsiderations/decision",
        "{\"appealResult\":\"CORRECTED\",\"appealResultDetail\":\"ORDERED_TO_ACT\","
            + "\"decidedOn\":\"" + today + "\",\"challengedAct\":\"NON_REPLY\"}");
    assertThat(otherAct.getStatusCode()).as(otherAct.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(otherAct.getBody()).path("error").asText())
        .startsWith("challengedAct");
    assertThat(message(otherAct)).contains("该申请没有对逾期未作答复提起且等待决定或判决的复议、诉讼");

    String typo = today.withYear(today.getYear() + 180).toString();
    ResponseEntity<String> viaApi = post("lina", trackingNumber, "reconsiderations/decision",
        "{\"appealResult\":\"CORRECTED\",\"appealResultDetail\":\"REVOKED\",\"decidedOn\":\""
            + today + "\",\"correctedDueOn\":\"" + typo + "\",\"challengedAct\":\"REPLY\"}");
    assertThat(viaApi.getStatusCode()).as(viaApi.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(viaApi.getBody()).path("error").asText())
        .startsWith("correctedDueOn");
    assertThat(message(viaApi)).contains("重新答复期限不能晚于决定日期后一年");

    Task record = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION)
        .singleResult();
    ResponseEntity<String> viaTasklist = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/task/" + record.getId() + "/submit-form", EngineRest.variables(Map.of(
            APPEAL_RESULT, Map.of("type", "String", "value", "CORRECTED"),
            APPEAL_RESULT_DETAIL, Map.of("type", "String", "value", "REVOKED"),
            DECIDED_ON, Map.of("type", "String", "value", today.toString()),
            CORRECTED_DUE_ON, Map.of("type", "String", "value", typo))));
    assertThat(viaTasklist.getStatusCode()).as(viaTasklist.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(viaTasklist.getBody()).path("fields").path(CORRECTED_DUE_ON)
        .asText()).contains("重新答复期限不能晚于决定日期后一年");
    assertThat(pendingAppealsOf(trackingNumber)).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskId(record.getId()).count()).isOne();
    assertThat(jdbc.queryForObject("SELECT status FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber)).isNotEqualTo("IN_PROGRESS");

    // The right act and a date within the year: recorded, and the request reopened.
    ResponseEntity<String> corrected = post("lina", trackingNumber, "reconsiderations/decision",
        "{\"appealResult\":\"CORRECTED\",\"appealResultDetail\":\"REVOKED\",\"decidedOn\":\""
            + today + "\",\"correctedDueOn\":\"" + today.plusYears(1)
            + "\",\"challengedAct\":\"REPLY\"}");
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    assertThat(pendingAppealsOf(trackingNumber)).isZero();
    assertThat(jdbc.queryForObject("SELECT due_on FROM ogi_case WHERE tracking_number = ?",
        java.sql.Date.class, trackingNumber).toLocalDate()).isEqualTo(today.plusYears(1));
  }

  private void completeAll(String trackingNumber, String taskKey, Object... keyValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    java.util.List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(taskKey).list();
    assertThat(open).hasSize(2);
    open.forEach(task -> tasks.complete(task.getId(), variables));
    EngineRest.runJobs(management);
  }

  /**
   * A complaint about the agency's OGI work in general (Art. 51), without a request: recorded
   * under its own number; the same body's docket number a second time is refused on the field.
   */
  @Test
  void aComplaintWithoutARequestIsRecordedOnceUnderItsOwnNumber() throws Exception {
    String complaint = "{\"complaintKind\":\"COMPLAINT\",\"appealBody\":\"示范市人民政府办公室\","
        + "\"docketNo\":\"示政办转〔2026〕" + System.nanoTime() % 100000 + "号\","
        + "\"complaintText\":\"该局政府信息公开指南多年未更新\"}";
    ResponseEntity<String> first = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/complaints", complaint);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(first.getBody()).path("trackingNumber").asText();
    assertThat(number).startsWith("SSJB-");
    ResponseEntity<String> again = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/complaints", complaint);
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(again)).contains("不能重复登记", number);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_appeal WHERE complaint_no = ?",
        Long.class, number)).isEqualTo(1);
  }

  private String registeredCase() {
    return CounterRegistration.registeredToday(runtime);
  }

  private String deliveredCase() {
    String trackingNumber = registeredCase();
    complete(trackingNumber, TASK_CHECK_COMPLETENESS, COMPLETENESS_DECISION, "COMPLETE");
    complete(trackingNumber, TASK_SEARCH_AND_SPLIT, ITEMS, org.camunda.spin.Spin.JSON(
        java.util.List.of(Map.of("title", "统计年鉴", "finding", "PUBLIC", "wherePublic", "本局网站"))));
    complete(trackingNumber, TASK_EDIT_REPLY, CHARGE_FEE, false);
    complete(trackingNumber, TASK_DELIVER_REPLY, DELIVERED_BY, "POST",
        DELIVERED_ON, OfficeTime.today().toString());
    return trackingNumber;
  }

  private void complete(String trackingNumber, String taskKey, Object... keyValues) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(taskKey).singleResult();
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    tasks.complete(task.getId(), variables);
    EngineRest.runJobs(management);
  }

  private String instanceOf(String trackingNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(
        ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(trackingNumber)
        .singleResult().getId();
  }

  /**
   * Audit 30b F5 (ADR 0119): the same complaint without a 来文编号 (same body, reference, day and
   * text) sent twice to {@code POST /api/appeals/complaints} is refused with 400 naming the first
   * SSJB number, in Chinese, nothing recorded; confirmed as another complaint it is recorded.
   */
  @Test
  void theSameComplaintWithoutADocketNumberIsRefusedUntilConfirmed() throws Exception {
    String body = json.writeValueAsString(Map.of("complaintKind", "REPORT",
        "appealBody", "示范市人民政府办公室", "servedOn", OfficeTime.today().toString(),
        "complaintReference", "12345热线转办",
        "complaintText", "举报主动公开信息未按期发布 " + java.util.UUID.randomUUID()));
    ResponseEntity<String> first = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/complaints", body);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(first.getBody()).path("trackingNumber").asText();
    long complaints = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_appeal", Long.class);

    ResponseEntity<String> again = Http.asUser(rest, "liuyang", HttpMethod.POST,
        "/api/appeals/complaints", body);
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(again)).contains("与已登记的申诉举报" + number,
        "请勾选“确认为另一件申诉举报”后重新提交").doesNotContain("Complaint", "SQL");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_appeal", Long.class))
        .as("nothing recorded").isEqualTo(complaints);

    ResponseEntity<String> confirmed = Http.asUser(rest, "liuyang", HttpMethod.POST,
        "/api/appeals/complaints", body.replaceFirst("\\{",
            "{\"complaintDuplicateConfirmed\":true,"));
    assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(confirmed.getBody()).path("trackingNumber").asText())
        .matches("SSJB-\\d{4}-\\d{6}").isNotEqualTo(number);
  }

  /**
   * ADR 0138 (audit 30b F5) through {@code /engine-rest}, the ledger and the audit trail: the
   * same hotline complaint registered again with 确认为另一件申诉举报 ticked by mistake; the
   * office's proposal without a reason is a 400 on 作废理由 in Chinese; the office cannot approve
   * (403); leadership's approval voids the copy, which the ledger and the audit trail show as
   * 已作废 with the reason, while the first stays 待答复 and the leadership view counts one.
   */
  @Test
  void aComplaintRegisteredTwiceByMistakeIsVoidedOnlyAsTheServerAllows() throws Exception {
    int year = OfficeTime.today().getYear();
    long pendingBefore = leadershipFigure(year, "COMPLAINT.PENDING");
    String body = json.writeValueAsString(Map.of("complaintKind", "REPORT",
        "appealBody", "示范市人民政府办公室", "servedOn", OfficeTime.today().toString(),
        "complaintReference", "12345热线转办",
        "complaintText", "举报政府信息公开指南未更新 " + java.util.UUID.randomUUID()));
    ResponseEntity<String> first = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/complaints", body);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(first.getBody()).path("trackingNumber").asText();
    String copy = json.readTree(Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/complaints", body.replaceFirst("\\{",
            "{\"complaintDuplicateConfirmed\":true,")).getBody()).path("trackingNumber").asText();
    assertThat(copy).matches("SSJB-\\d{4}-\\d{6}").isNotEqualTo(number);
    assertThat(leadershipFigure(year, "COMPLAINT.PENDING")).isEqualTo(pendingBefore + 2);

    EngineRest engineRest = new EngineRest(rest);
    String draft = engineRest.onlyTask("wangli", copy, TASK_DRAFT_COMPLAINT_ANSWER);
    ResponseEntity<String> noReason = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + draft + "/submit-form", EngineRest.variables(Map.of(
            "complaintDecision", EngineRest.text("VOID"))));
    assertThat(noReason.getStatusCode()).as(noReason.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noReason.getBody()).path("fields").path("voidReason").asText())
        .contains("作废理由");
    assertThat(message(noReason)).doesNotContain("voidReason", "Cannot", "Complaint");
    assertThat(engineRest.onlyTask("wangli", copy, TASK_DRAFT_COMPLAINT_ANSWER))
        .as("the task stays open").isEqualTo(draft);

    engineRest.submitTaskForm("wangli", draft, Map.of("complaintDecision",
        EngineRest.text("VOID"), "voidReason", EngineRest.text("同一热线来电重复登记，与" + number
            + "重复")));
    String approval = engineRest.onlyTask("chengang", copy, TASK_APPROVE_COMPLAINT_VOID);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + approval
        + "/submit-form", EngineRest.variables(Map.of("voidApproval",
            EngineRest.text("APPROVE")))).getStatusCode()).as("the office cannot approve")
        .isEqualTo(HttpStatus.FORBIDDEN);
    engineRest.submitTaskForm("chengang", approval, Map.of("voidApproval",
        EngineRest.text("APPROVE")));

    JsonNode lines = json.readTree(Http.get(rest, "/api/ledger?kind=COMPLAINT&trackingNumber="
        + copy, "wangli", null).getBody());
    assertThat(lines.path("cases").get(0).path("statusLabel").asText()).as(lines.toString())
        .isEqualTo("已作废");
    JsonNode firstLine = json.readTree(Http.get(rest, "/api/ledger?kind=COMPLAINT&trackingNumber="
        + number, "wangli", null).getBody());
    assertThat(firstLine.path("cases").get(0).path("statusLabel").asText()).isEqualTo("待答复");
    ResponseEntity<String> trail = Http.get(rest, "/api/audit/cases/" + copy, "sunyue", null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(trail.getBody()).path("complaint").path("statusLabel").asText())
        .isEqualTo("已作废");
    assertThat(trail.getBody()).contains("作废理由：同一热线来电重复登记");
    assertThat(leadershipFigure(year, "COMPLAINT.PENDING")).isEqualTo(pendingBefore + 1);
  }

  /** A figure of the leadership view (/api/ledger/leadership), read by leadership. */
  private long leadershipFigure(int year, String key) throws Exception {
    JsonNode view = json.readTree(Http.get(rest, "/api/ledger/leadership?year=" + year,
        "chengang", null).getBody());
    return view.path("appeals").findParents("key").stream()
        .filter(figure -> key.equals(figure.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + key + " in " + view))
        .path("count").asLong();
  }

  private ResponseEntity<String> post(String user, String trackingNumber, String event,
      String body) {
    return Http.asUser(rest, user, HttpMethod.POST, path(trackingNumber, event), body);
  }

  private static String path(String trackingNumber, String event) {
    return "/api/appeals/" + trackingNumber + "/" + event;
  }

  private String reconsideration(String procedure) {
    String today = OfficeTime.today().toString();
    return "{\"docketNo\":\"示复〔2026〕1号\",\"appealBody\":\"示范市人民政府\",\"filedOn\":\""
        + today + "\"" + (procedure == null ? "" : ",\"procedure\":\"" + procedure + "\"") + "}";
  }

  private String lawsuit() {
    return "{\"docketNo\":\"（2026）示行初1号\",\"appealBody\":\"示范市人民法院\",\"servedOn\":\""
        + OfficeTime.today() + "\"}";
  }

  private String decision(String result, String detail) {
    return "{\"appealResult\":\"" + result + "\",\"decidedOn\":\"" + OfficeTime.today() + "\""
        + (detail == null ? "" : ",\"appealResultDetail\":\"" + detail + "\"") + "}";
  }

  private String message(ResponseEntity<String> response) throws Exception {
    JsonNode body = json.readTree(response.getBody());
    return body.path("message").asText();
  }

  private long appealsOf(String trackingNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_appeal WHERE tracking_number = ?",
        Long.class, trackingNumber);
  }

  private long pendingAppealsOf(String trackingNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_appeal WHERE tracking_number = ?"
        + " AND pending = TRUE", Long.class, trackingNumber);
  }

}
