package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_VOID;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A request handled end to end through the engine's REST API, the way Tasklist calls it, by
 * the demo users of each group under engine authorizations.
 */
@IntegrationTest
class DisclosureRequestHttpIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;

  @Autowired TestRestTemplate rest;
  EngineRest engineRest;

  @org.junit.jupiter.api.BeforeEach
  void engineRestAsTasklist() {
    engineRest = new EngineRest(rest);
  }

  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired CaseRegister register;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.FilterService filters;
  @Autowired io.github.ogiworkflow.publicapi.PublicRateLimiter limiter;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theOfficeRegistersAndEachGroupDoesItsPartUntilDelivery() throws Exception {
    var startForm = Http.asUser(rest, "wangli", HttpMethod.GET, DEFINITION + "/deployed-start-form", null);
    assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(startForm.getBody()).contains("\"request-registration\"", "收到申请日期");

    String today = OfficeTime.today().toString();
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration(today)));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    assertThat(trackingNumber).matches("YSQ-\\d{4}-\\d{6}");
    assertThat(register.get(trackingNumber).status()).isEqualTo("REGISTERED");

    // The registering officer holds the next step (issue 16): it is in 我的待办, not 本组待办.
    assertThat(groupFilterColumns("wangli", "mine", trackingNumber))
        .containsEntry("trackingNumber", trackingNumber)
        .containsEntry("applicantName", "示范市某科技有限公司");

    String check = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/engine-rest/task/" + check
        + "/deployed-form", null).getBody()).contains("\"completeness-check\"");
    engineRest.submitTaskForm("wangli", check, Map.of("completenessDecision", text("COMPLETE")));

    String search = engineRest.onlyTask("wangli", trackingNumber, TASK_SEARCH_AND_SPLIT);
    engineRest.submitTaskForm("wangli", search, Map.of("items", Map.of("type", "Json", "value",
        "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]")));

    // The review is legal's: the office cannot even see it, legal can.
    assertThat(engineRest.tasks("wangli", trackingNumber, TASK_REVIEW_ITEM)).isEmpty();
    String review = engineRest.onlyTask("lina", trackingNumber, TASK_REVIEW_ITEM);
    assertThat(groupFilterColumns("lina", "legal.group", trackingNumber))
        .containsEntry("trackingNumber", trackingNumber)
        .containsEntry("applicantName", "示范市某科技有限公司");
    engineRest.submitTaskForm("lina", review, Map.of("reviewConclusion", text("RELEASABLE_REDACTED"),
        "redactionNote", text("遮盖企业联系人电话"), "withholdingGround", text("THIRD_PARTY"),
        "legalBasis", text("《中华人民共和国政府信息公开条例》第十五条")));
    EngineRest.runJobs(management);

    String edit = engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY);
    engineRest.submitTaskForm("wangli", edit, Map.of("chargeFee", Map.of("type", "Boolean", "value", false)));
    String approval = engineRest.onlyTask("chengang", trackingNumber, TASK_APPROVE_REPLY);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + approval
        + "/submit-form", "{\"variables\":{}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    engineRest.submitTaskForm("chengang", approval, Map.of("replyApproval", text("APPROVE")));

    String delivery = engineRest.onlyTask("wangli", trackingNumber, TASK_DELIVER_REPLY);
    engineRest.submitTaskForm("wangli", delivery, Map.of("deliveredBy", text("POST"), "deliveredOn", text(today)));
    EngineRest.runJobs(management);

    assertThat(register.get(trackingNumber).status()).isEqualTo("DELIVERED");
    assertThat(register.get(trackingNumber).outcomeCode()).isEqualTo("2");
    // Delivered: the case waits in its appeal window (救济期限) for a correction or the end.
    assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(trackingNumber)
        .messageEventSubscriptionName("ReplyCorrected").count()).isEqualTo(1);
  }

  @Test
  void onlyTheOfficeRegistersRequests() throws Exception {
    String body = EngineRest.variables(registration(OfficeTime.today().toString()));
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, DEFINITION + "/submit-form", body)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.POST, DEFINITION + "/submit-form", body)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * Audit 37b F2: after a model upgrade, a new case on the superseded version (its id is listed
   * by process-definition?key=…) is refused with 400, in Chinese and without the engine's id,
   * and nothing is written: the earlier version keeps its earlier rules (ADR 0028).
   */
  @Test
  void aCaseIsNotStartedOnASupersededVersionOfTheModel() throws Exception {
    String current = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).latestVersion().withoutTenantId()
        .singleResult().getId();
    String upgrade = repository.createDeployment().name("audit-37b-f2-upgrade")
        .addClasspathResource("processes/disclosure-request.bpmn").deploy().getId();
    try {
      long cases = casesInRegister();
      long instances = runtime.createProcessInstanceQuery().count();

      ResponseEntity<String> response = Http.asUser(rest, "wangli", HttpMethod.POST,
          "/engine-rest/process-definition/" + current + "/submit-form",
          EngineRest.variables(registration(OfficeTime.today().toString())));

      assertThat(response.getStatusCode()).as(response.getBody())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(response.getBody()).path("message").asText())
          .contains("只能按现行流程版本发起办件").doesNotContain(current);
      assertThat(casesInRegister()).isEqualTo(cases);
      assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    } finally {
      repository.deleteDeployment(upgrade, true);
    }
  }

  @Test
  void aReceiptDateInTheFutureIsRefusedAndNothingIsWritten() throws Exception {
    long cases = casesInRegister();
    long instances = runtime.createProcessInstanceQuery().count();

    ResponseEntity<String> response = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form",
        EngineRest.variables(registration(OfficeTime.today().plusDays(3).toString())));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(response.getBody());
    assertThat(answer.path("message").asText()).isEqualTo("收到申请日期：不能晚于今天");
    assertThat(answer.path("fields").path("receivedOn").asText()).isEqualTo("收到申请日期：不能晚于今天");
    assertThat(casesInRegister()).isEqualTo(cases);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  /** A receipt date before last year is a typing error that would rewrite published reports. */
  @Test
  void aReceiptDateBeforeLastYearIsRefused() throws Exception {
    long cases = casesInRegister();
    ResponseEntity<String> response = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration("1900-01-01")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("fields").path("receivedOn").asText())
        .isEqualTo("收到申请日期不能早于" + (OfficeTime.today().getYear() - 1) + "年1月1日");
    assertThat(casesInRegister()).isEqualTo(cases);
  }

  /**
   * A receipt date in a year whose annual report is published (ADR 0080): 400 on receivedOn
   * naming the year, nothing registered. Last year is published for the test if it is not.
   */
  @Test
  void aReceiptDateInAPublishedYearIsRefused() throws Exception {
    int last = OfficeTime.today().getYear() - 1;
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_annual_report"
        + " WHERE report_year = ?", Integer.class, last);
    boolean ours = rows == null || rows == 0;
    if (ours) {
      jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
          + " tables_json, published_on, updated_at) VALUES (?, 'PUBLISHED', CURRENT_TIMESTAMP,"
          + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", last,
          java.sql.Date.valueOf(java.time.LocalDate.of(last + 1, 1, 10)));
    }
    org.junit.jupiter.api.Assumptions.assumeTrue("PUBLISHED".equals(jdbc.queryForObject(
        "SELECT status FROM ogi_annual_report WHERE report_year = ?", String.class, last)));
    try {
      long cases = casesInRegister();
      ResponseEntity<String> response = Http.asUser(rest, "wangli", HttpMethod.POST,
          DEFINITION + "/submit-form", EngineRest.variables(registration(last + "-12-30")));

      assertThat(response.getStatusCode()).as(response.getBody())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(response.getBody()).path("fields").path("receivedOn").asText())
          .startsWith("收到申请日期为" + last + "年12月30日，将改变已发布的" + last
              + "年度政府信息公开工作年度报告中的统计");
      assertThat(casesInRegister()).isEqualTo(cases);
    } finally {
      if (ours) {
        jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?", last);
      }
    }
  }

  /**
   * Over /engine-rest as Tasklist submits: a repeat naming no answered request of the applicant
   * (Art. 36(六)) and an edited reply without the parts the law requires are refused with 400 on
   * their fields, in Chinese, and the case stays where it was.
   */
  @Test
  void aRepeatWithoutAnsweredRequestAndAnEditedReplyWithoutRemediesAreRefused() throws Exception {
    String today = OfficeTime.today().toString();
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration(today)));
    String trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    String check = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);

    ResponseEntity<String> repeat = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + check + "/submit-form", EngineRest.variables(Map.of(
            "completenessDecision", text("NOT_A_REQUEST"), "notARequestKind", text("REPEAT"),
            "earlierRequest", text("YSQ-2000-000001"))));
    assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(repeat.getBody()).path("fields").path("earlierRequest").asText())
        .contains("未找到受理编号为YSQ-2000-000001的申请");
    assertThat(register.get(trackingNumber).outcomeCode()).isNull();

    engineRest.submitTaskForm("wangli", check, Map.of("completenessDecision", text("COMPLETE")));
    String search = engineRest.onlyTask("wangli", trackingNumber, TASK_SEARCH_AND_SPLIT);
    engineRest.submitTaskForm("wangli", search, Map.of("items", Map.of("type", "Json", "value",
        "[{\"title\":\"2025年行政许可统计\",\"finding\":\"PUBLIC\",\"wherePublic\":\"本局网站\"}]")));
    EngineRest.runJobs(management);
    String edit = engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY);
    ResponseEntity<String> edited = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + edit + "/submit-form", EngineRest.variables(Map.of(
            "chargeFee", Map.of("type", "Boolean", "value", false),
            "replyLetterText", text("修改后的答复书"))));
    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(edited.getBody()).path("fields").path("replyLetterText").asText())
        .contains("答复书缺少依法应当载明的内容", "称谓", "救济途径");
    assertThat(engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY)).isEqualTo(edit);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_reply_letter WHERE tracking_number = ?",
        Integer.class, trackingNumber)).isZero();
  }

  /**
   * ADR 0078's gap, over /engine-rest as Tasklist submits: a 予以公开 letter to which the office
   * adds a refusal in words no template uses (不宜公开) is refused with 400 on replyLetterText, in
   * Chinese; the task stays open and no letter is frozen.
   */
  @Test
  void anEditedDisclosureThatParaphrasesARefusalIsRefused() throws Exception {
    String trackingNumber = engineRest.startRequest("wangli",
        registration(OfficeTime.today().toString()));
    engineRest.toSecrecyReview(trackingNumber, "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]");
    engineRest.submitTaskForm("lina", engineRest.onlyTask("lina", trackingNumber, TASK_REVIEW_ITEM),
        Map.of("reviewConclusion", text("RELEASABLE")));
    EngineRest.runJobs(management);
    assertThat(register.get(trackingNumber).outcomeCode()).isEqualTo("1");
    String edit = engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY);
    String draft = (String) runtime.getVariable(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).singleResult().getId(), "replyLetterText");
    String edited = draft.replace("具体情况如下：", "经研究，该信息不宜公开。\n具体情况如下：");
    assertThat(edited).isNotEqualTo(draft);

    ResponseEntity<String> refused = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + edit + "/submit-form", EngineRest.variables(Map.of(
            "chargeFee", Map.of("type", "Boolean", "value", false),
            "replyLetterText", text(edited))));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(refused.getBody());
    assertThat(answer.path("fields").path("replyLetterText").asText())
        .contains("答复书有与登记的答复不一致的内容", "与答复类型“（一）予以公开”不符的决定“不宜公开”");
    assertThat(answer.path("message").asText()).doesNotContain("Exception", "contradicts");
    assertThat(engineRest.onlyTask("wangli", trackingNumber, TASK_EDIT_REPLY)).isEqualTo(edit);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_reply_letter WHERE tracking_number = ?",
        Integer.class, trackingNumber)).isZero();
  }

  /**
   * Audit 30b F3 (ADR 0116): the same counter application submitted again by another clerk is
   * refused on 申请内容, naming the first tracking number, and nothing is written; ticked
   * 确认为另一份申请, it is registered. On the old code the second submission got a second number.
   */
  @Test
  void theSameApplicationSubmittedAgainIsRefusedUntilConfirmedAsAnother() throws Exception {
    var startForm = Http.asUser(rest, "wangli", HttpMethod.GET, DEFINITION + "/deployed-start-form",
        null);
    assertThat(startForm.getBody()).contains("\"duplicateConfirmed\"", "确认为另一份申请");
    Map<String, Object> variables = new java.util.HashMap<>(
        registration(OfficeTime.today().toString()));
    variables.put("applicantType", text("NATURAL_PERSON"));
    variables.put("applicantName", text("周测试"));
    variables.put("idType", text("RESIDENT_ID"));
    variables.put("idNumber", text(io.github.ogiworkflow.support.SampleIds.residentId()));
    variables.put("requestDescription",
        text("2026年食品抽检结果汇总表 " + java.util.UUID.randomUUID()));
    ResponseEntity<String> first = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(variables));
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
    String firstNumber = json.readTree(first.getBody()).path("businessKey").asText();
    long cases = casesInRegister();

    variables.put("duplicateConfirmed", Map.of("type", "Boolean", "value", false));
    ResponseEntity<String> again = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(variables));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(again.getBody());
    assertThat(answer.path("fields").path("requestDescription").asText())
        .contains("与已登记的申请" + firstNumber + "（同一申请人、同日收到、内容相同）重复",
            "请勾选“确认为另一份申请”后重新提交");
    assertThat(answer.path("message").asText())
        .doesNotContain("DisclosureRequest", "Cannot", "requestDescription");
    assertThat(casesInRegister()).as("nothing written").isEqualTo(cases);

    variables.put("duplicateConfirmed", Map.of("type", "Boolean", "value", true));
    ResponseEntity<String> confirmed = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(variables));
    assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(confirmed.getBody()).path("businessKey").asText())
        .matches("YSQ-\\d{4}-\\d{6}").isNotEqualTo(firstNumber);
    assertThat(casesInRegister()).isEqualTo(cases + 1);
  }

  /**
   * 登记错误、作废 (ADR 0119, audit 30b F3) through {@code /engine-rest}: a proposal without the
   * statement that nothing went to the applicant is refused with 400 on that field, in Chinese;
   * the proposing officer cannot approve; leadership's approval voids the registration, whose
   * number the ledger shows as 已作废 and the next registration does not reuse.
   */
  @Test
  void aRegistrationMadeInErrorIsVoidedOnlyAsTheServerAllows() throws Exception {
    String today = OfficeTime.today().toString();
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration(today)));
    String trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    String check = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);

    ResponseEntity<String> unconfirmed = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + check + "/submit-form", EngineRest.variables(Map.of(
            "completenessDecision", text("VOID"), "voidReason", text("重复录入同一份信函申请"))));
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(unconfirmed.getBody());
    assertThat(answer.path("fields").path("voidNothingIssued").asText())
        .contains("已向申请人出具受理回执或其他文书的，申请人已持有本受理编号，不能作废");
    assertThat(answer.path("message").asText()).doesNotContain("voidNothingIssued", "Cannot");
    assertThat(engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS))
        .as("the case stays at the completeness check").isEqualTo(check);

    engineRest.submitTaskForm("wangli", check, Map.of("completenessDecision", text("VOID"),
        "voidReason", text("重复录入同一份信函申请"),
        "voidNothingIssued", Map.of("type", "Boolean", "value", true)));
    String approval = engineRest.onlyTask("chengang", trackingNumber, TASK_APPROVE_VOID);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + approval
        + "/submit-form", EngineRest.variables(Map.of("voidApproval", text("APPROVE"))))
        .getStatusCode()).as("the office cannot approve").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(register.get(trackingNumber).status()).isEqualTo("REGISTERED");
    engineRest.submitTaskForm("chengang", approval, Map.of("voidApproval", text("APPROVE")));

    assertThat(register.get(trackingNumber).status()).isEqualTo("VOIDED");
    ResponseEntity<String> ledger = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/api/ledger/cases/" + trackingNumber, null);
    assertThat(ledger.getBody()).contains("已作废");
    String next = json.readTree(Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration(today))).getBody())
        .path("businessKey").asText();
    assertThat(next).matches("YSQ-\\d{4}-\\d{6}").isNotEqualTo(trackingNumber);
  }

  /**
   * Audit 36a F5, ADR 0177: the office handed the applicant a query code for a copy registered
   * twice (ADR 0170), then voided the copy. The void goes on (a correction of the register; the
   * code states no decision), and the code then tells the truth: the status answer reads
   * VOIDED with 本次登记已作废 naming the number the application is handled under, no receipt
   * date and no reply date; the receipt link gives no 受理回执 and the downloads none. Failed on
   * the old code: 正在办理 with a reply deadline, and a 受理回执 with 答复期限.
   */
  @Test
  void aVoidedRegistrationTellsTheHolderOfAnOfficeQueryCodeItWasVoided() throws Exception {
    limiter.reset();
    String today = OfficeTime.today().toString();
    String first = json.readTree(Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration(today))).getBody())
        .path("businessKey").asText();
    String copy = json.readTree(Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(registration(today))).getBody())
        .path("businessKey").asText();
    ResponseEntity<String> issued = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + copy + "/query-code", "{\"identityChecked\":true}");
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = json.readTree(issued.getBody()).path("queryCode").asText();

    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", copy,
        TASK_CHECK_COMPLETENESS), Map.of("completenessDecision", text("VOID"),
        "voidReason", text("与" + first + "系同一份信函申请，重复登记"),
        "voidDuplicateOf", text(first),
        "voidNothingIssued", Map.of("type", "Boolean", "value", true)));
    engineRest.submitTaskForm("chengang", engineRest.onlyTask("chengang", copy,
        TASK_APPROVE_VOID), Map.of("voidApproval", text("APPROVE")));
    assertThat(register.get(copy).status()).isEqualTo("VOIDED");

    ResponseEntity<String> status = publicGet(copy, "", code);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode page = json.readTree(status.getBody());
    assertThat(page.path("status").asText()).isEqualTo("VOIDED");
    assertThat(page.path("stage").asText()).startsWith("本次登记已作废：")
        .contains("作为登记错误作废", "与受理编号" + first + "为同一份申请的重复登记", "不作答复",
            "该申请按受理编号" + first + "办理")
        .doesNotContain("正在办理", "信函申请");
    for (String none : new String[] {"dueOn", "dueText", "receivedOn", "receivedOnText"}) {
      assertThat(page.path(none).isMissingNode() || page.path(none).isNull()).as(none).isTrue();
    }
    String receipt = publicGet(copy, "/receipt", code).getBody();
    assertThat(receipt).contains("登记已作废", "与受理编号" + first)
        .doesNotContain("受理回执", "答复期限");
    JsonNode downloads = json.readTree(publicGet(copy, "/downloads", code).getBody());
    assertThat(downloads.path("available").asBoolean()).isFalse();
    assertThat(downloads.path("message").asText()).contains("已作废", "不作答复");

    // The office's print says the same (second read of session 36): no 受理回执, no form that
    // issues a code for it, and the form's post is refused with nothing issued.
    String staffPrint = Http.get(rest, "/cases/" + copy + "/receipt", "wangli", null).getBody();
    assertThat(staffPrint).contains("登记已作废").doesNotContain("受理回执", "生成查询码");
    org.springframework.http.HttpHeaders form = new org.springframework.http.HttpHeaders();
    form.setBasicAuth("wangli", Http.DEMO_PASSWORD);
    form.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    form.set(org.springframework.http.HttpHeaders.ORIGIN, rest.getRootUri());
    org.springframework.util.MultiValueMap<String, String> fields =
        new org.springframework.util.LinkedMultiValueMap<>();
    fields.add("identityChecked", "true");
    ResponseEntity<String> issue = rest.exchange("/cases/" + copy + "/receipt", HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(fields, form), String.class);
    assertThat(issue.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(issue.getBody()).contains("本登记已作废");
    assertThat(publicGet(copy, "", code).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** A public endpoint of the case with the query code, as the applicant page calls it. */
  private ResponseEntity<String> publicGet(String trackingNumber, String tail, String code) {
    return Http.withQueryCode(rest, "/api/public/requests/" + trackingNumber + tail, code);
  }

  /** Three wrong fields: one answer naming each on its field, in Chinese, without engine ids. */
  @Test
  void everyWrongFieldIsAnsweredAtOnceInChinese() throws Exception {
    long cases = casesInRegister();
    Map<String, Object> variables = new java.util.HashMap<>(
        registration(OfficeTime.today().plusDays(1).toString()));
    variables.put("applicantType", text("NATURAL_PERSON"));
    variables.put("idType", text("RESIDENT_ID"));
    variables.put("idNumber", text("110101199001011238")); // check digit should be 7
    variables.put("contactPhone", text("12345"));

    ResponseEntity<String> response = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(variables));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(response.getBody());
    assertThat(answer.path("fields").size()).isEqualTo(3);
    assertThat(answer.path("fields").path("receivedOn").asText()).isEqualTo("收到申请日期：不能晚于今天");
    assertThat(answer.path("fields").path("idNumber").asText()).startsWith("证件号码：");
    assertThat(answer.path("fields").path("contactPhone").asText()).startsWith("联系电话：");
    assertThat(answer.path("message").asText())
        .contains("收到申请日期", "证件号码", "联系电话")
        .doesNotContain("DisclosureRequest", "Cannot", "receivedOn");
    assertThat(casesInRegister()).isEqualTo(cases);
  }

  /**
   * A receipt date that is no date ("2026-13-45") is named by its label in the combined message,
   * as the other wrong fields of the same answer are (audit 32b, F10).
   */
  @Test
  void aDateThatIsNoDateIsNamedByItsLabelBesideTheOtherWrongFields() throws Exception {
    long cases = casesInRegister();
    Map<String, Object> variables = new java.util.HashMap<>(registration("2026-13-45"));
    variables.put("contactPhone", text("12345"));

    ResponseEntity<String> response = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(variables));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(response.getBody());
    assertThat(answer.path("fields").path("receivedOn").asText())
        .isEqualTo("收到申请日期：日期格式应为 年-月-日，如 2026-01-01");
    assertThat(answer.path("message").asText())
        .contains("收到申请日期：日期格式应为 年-月-日，如 2026-01-01", "联系电话：")
        .doesNotContain("receivedOn", "该项");
    assertThat(casesInRegister()).isEqualTo(cases);
  }

  /**
   * F5: the counter refuses e-mail without an e-mail address (with the other wrong fields) and
   * online access without a query code, on the fields in Chinese, nothing registered.
   */
  @Test
  void aWayOfDeliveryWithoutItsContactDataIsRefusedOnItsField() throws Exception {
    long cases = casesInRegister();
    Map<String, Object> variables = new java.util.HashMap<>(
        registration(OfficeTime.today().toString()));
    // Electronic: paper by e-mail is refused on its own (audit 34a F9).
    variables.put("deliveryForm", text("ELECTRONIC"));
    variables.put("deliveryMethod", text("EMAIL"));
    variables.put("contactPhone", text("12345"));

    ResponseEntity<String> response = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(variables));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(response.getBody());
    assertThat(answer.path("fields").size()).isEqualTo(2);
    assertThat(answer.path("fields").path("contactEmail").asText())
        .isEqualTo("电子邮箱：选择电子邮件方式获取信息时必填");
    assertThat(answer.path("fields").path("contactPhone").asText()).startsWith("联系电话：");

    variables.put("contactPhone", text("13812345678"));
    variables.put("deliveryMethod", text("ONLINE"));
    response = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(variables));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("fields").path("deliveryMethod").asText())
        .startsWith("获取信息的方式：网上获取仅适用于通过网上申请平台提交、持有查询码的申请");
    assertThat(casesInRegister()).isEqualTo(cases);
  }

  /**
   * The variable columns Tasklist shows for the case's task in a seeded group filter, read the
   * way Tasklist reads them (HAL, as the user).
   */
  private Map<String, String> groupFilterColumns(String user, String seedKey, String trackingNumber)
      throws Exception {
    String filterId = filters.createFilterQuery().list().stream()
        .filter(f -> seedKey.equals(f.getProperties().get("ogiSeedKey"))).findFirst()
        .orElseThrow().getId();
    var headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.set("Accept", "application/hal+json");
    var response = rest.exchange("/engine-rest/filter/" + filterId + "/list?maxResults=50",
        HttpMethod.POST, new org.springframework.http.HttpEntity<>("{}", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode hal = json.readTree(response.getBody()).path("_embedded");
    Map<String, String> columns = new java.util.HashMap<>();
    for (JsonNode task : hal.path("task")) {
      for (JsonNode variable : task.path("_embedded").path("variable")) {
        columns.put(variable.path("name").asText(), variable.path("value").asText());
      }
      if (trackingNumber.equals(columns.get("trackingNumber"))) {
        return columns;
      }
      columns.clear();
    }
    return columns;
  }

  private long casesInRegister() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case", Long.class);
  }

  private Map<String, Object> registration(String receivedOn) {
    return Map.of("channel", text("POST"), "receivedOn", text(receivedOn),
        "applicantType", text("COMMERCIAL"), "applicantName", text("示范市某科技有限公司"),
        "requestDescription", text("2025年本局行政许可办理情况统计"),
        "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
        "contactAddress", text("示范市人民路100号（邮编350001）"));
  }


  /** The job executor is off in these tests: run the asynchronous steps as it would. */
}
