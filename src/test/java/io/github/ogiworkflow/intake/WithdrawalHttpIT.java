package io.github.ogiworkflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.CounterRegistration;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * ADR 0085 over HTTP: {@code POST /api/cases/{n}/withdrawal} records the applicant's withdrawal
 * for the office only (403 for legal, leadership and auditors); bad input is a Chinese 400 on the
 * field, a second withdrawal or a delivered reply 409, nothing written; the ledger, the case page
 * and the audit trail show 申请人撤回申请 with its date. The message itself cannot be sent past
 * these checks through /engine-rest: staff are refused (403), and an administrator's message,
 * without the register's record, is refused by the step (400), nothing changed.
 */
@IntegrationTest
class WithdrawalHttpIT {

  @Autowired TestRestTemplate rest;
  @Autowired CaseRegister register;
  @Autowired Letters letters;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theOfficeRecordsAWithdrawalAndTheLedgerAndTrailShowIt() throws Exception {
    String tn = CounterRegistration.registeredToday(runtime);
    LocalDate today = OfficeTime.today();
    String path = "/api/cases/" + tn + "/withdrawal";

    for (String other : List.of("lina", "chengang", "sunyue")) {
      ResponseEntity<String> refused = Http.asUser(rest, other, HttpMethod.POST, path,
          body(today.toString(), "WRITTEN", null));
      assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> future = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(today.plusDays(1).toString(), "WRITTEN", null));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(field(future, "withdrawnOn")).isEqualTo("撤回申请日期不能晚于今天");
    ResponseEntity<String> early = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(today.minusDays(1).toString(), "WRITTEN", null));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(field(early, "withdrawnOn")).isEqualTo("撤回申请日期不能早于收到申请日期"
        + CaseLetters.chinese(today));
    ResponseEntity<String> how = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(today.toString(), "PHONE", null));
    assertThat(how.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(field(how, "withdrawalForm")).isEqualTo("请选择撤回方式：书面、口头提出，办公室记录、网上");
    ResponseEntity<String> none = Http.asUser(rest, "wangli", HttpMethod.POST, path, "{}");
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(field(none, "withdrawnOn")).isEqualTo("请填写撤回申请日期");
    assertThat(field(none, "withdrawalForm")).startsWith("请选择撤回方式");
    assertThat(message(none)).doesNotContain("withdrawnOn");
    ResponseEntity<String> unknown = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/YSQ-1999-000001/withdrawal", body(today.toString(), "WRITTEN", null));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(register.withdrawal(tn)).isEmpty();
    assertThat(register.get(tn).status()).isEqualTo("REGISTERED");
    assertThat(letters.of(tn)).isEmpty();

    ResponseEntity<String> done = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(today.toString(), "ORAL", "申请人来电表示不再需要"));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(done.getBody());
    assertThat(answer.path("withdrawnOn").asText()).isEqualTo(today.toString());
    assertThat(answer.path("withdrawalFormLabel").asText()).isEqualTo("口头提出，办公室记录");
    assertThat(register.get(tn).outcomeCode()).isEqualTo("6.3");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn).count())
        .isZero();
    assertThat(letters.of(tn)).singleElement()
        .satisfies(l -> assertThat(l.kind()).isEqualTo(LetterKind.TERMINATION_NOTICE));

    ResponseEntity<String> again = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(today.toString(), "WRITTEN", null));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(again)).isEqualTo("该申请已于" + CaseLetters.chinese(today)
        + "撤回，不能再次登记撤回");

    String day = CaseLetters.chinese(today);
    JsonNode ledger = json.readTree(Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/ledger/cases/" + tn, null).getBody());
    assertThat(ledger.toString()).contains("申请人撤回申请（" + day + "），已终止办理");
    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn, null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains("申请人撤回申请", "撤回方式 口头提出，办公室记录",
        "撤回理由：申请人来电表示不再需要", "（六）其他处理 3.其他");

    // Legal's answer to an appeal links the decision challenged: without a reply, the
    // 终止办理告知书 (audit round 27, F7).
    // The app answers 302 to the notice's print view: read without following it, so a link to
    // any other page fails here.
    Letters.Letter notice = letters.of(tn).get(0);
    ResponseEntity<String> challenged = Http.asUser(
        rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW), "sunyue",
        HttpMethod.GET, "/cases/" + tn + "/challenged-letter", null);
    assertThat(challenged.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(challenged.getHeaders().getLocation())
        .hasToString(Letters.printViewPath(tn, notice.id()))
        .hasToString("/cases/" + tn + "/letters/" + notice.id());
    ResponseEntity<String> linked = Http.asUser(rest, "sunyue", HttpMethod.GET,
        challenged.getHeaders().getLocation().toString(), null);
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(linked.getBody()).contains("终止办理告知书", notice.documentNumber());
  }

  /**
   * Audit round 27, F1, F5, F6 (ADR 0097), the auditor's steps: an overdue case (received 60
   * days ago, deadline passed) is withdrawn with a date before its deadline. An oral withdrawal
   * that old is refused, so is one "through the online platform"; a written one is recorded, and
   * the case is then listed under 撤回前已逾期未答复, the ledger keeps it late, the leadership's
   * handling time does not time it, and the applicant's reason is masked for leadership and
   * auditors (trail JSON and CSV, case page, engine history) with a Chinese kind label.
   */
  @Test
  void aWithdrawalAfterTheDeadlineKeepsTheRecordThatItWasMissed() throws Exception {
    LocalDate today = OfficeTime.today();
    String tn = CounterRegistration.registeredOn(runtime, today.minusDays(60));
    LocalDate dueOn = register.get(tn).dueOn();
    assertThat(dueOn).isBefore(today.minusDays(7));
    String year = String.valueOf(today.getYear());
    String compliance = "/api/audit/compliance?from=" + year + "-01-01&to=" + year + "-12-31";
    assertThat(listedUnder(compliance, tn)).containsExactly("overdueOpen");
    JsonNode before = json.readTree(Http.asUser(rest, "chengang", HttpMethod.GET,
        "/api/ledger/leadership", null).getBody()).path("handlingTime");
    String path = "/api/cases/" + tn + "/withdrawal";
    LocalDate backDated = dueOn.minusDays(1);

    ResponseEntity<String> oral = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(backDated.toString(), "ORAL", "申请人电话告知不再需要"));
    assertThat(oral.getStatusCode()).as(oral.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(field(oral, "withdrawnOn")).startsWith("口头撤回须在提出后3个工作日内登记；"
        + CaseLetters.chinese(backDated));
    ResponseEntity<String> online = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(backDated.toString(), "ONLINE", null));
    assertThat(online.getStatusCode()).as(online.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(field(online, "withdrawalForm")).startsWith("网上撤回由申请人本人");
    assertThat(register.withdrawal(tn)).isEmpty();

    String reason = "申请人已通过其他途径获得，联系电话13912345678，身份证号110105199001010029";
    ResponseEntity<String> written = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body(backDated.toString(), "WRITTEN", reason));
    assertThat(written.getStatusCode()).as(written.getBody()).isEqualTo(HttpStatus.CREATED);

    assertThat(listedUnder(compliance, tn)).containsExactly("overdueBeforeWithdrawal");
    JsonNode ledger = json.readTree(Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/ledger/cases/" + tn, null).getBody());
    assertThat(ledger.toString()).contains("撤回前答复期限（" + CaseLetters.chinese(dueOn)
        + "）已过，未答复");
    assertThat(ledger.path("late").asBoolean()).isTrue();
    JsonNode after = json.readTree(Http.asUser(rest, "chengang", HttpMethod.GET,
        "/api/ledger/leadership", null).getBody()).path("handlingTime");
    assertThat(after.path("closedCases").asLong())
        .isEqualTo(before.path("closedCases").asLong() + 1);
    // Counted as closed, but not timed: the average stays (it would move by the case's days).
    assertThat(after.path("averageWorkingDays").asText())
        .isEqualTo(before.path("averageWorkingDays").asText());
    assertThat(after.path("worstTrackingNumber").asText()).isNotEqualTo(tn);

    String trailJson = Http.asUser(rest, "sunyue", HttpMethod.GET, "/api/audit/cases/" + tn,
        null).getBody();
    String trailCsv = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn + ".csv", null).getBody();
    String casePage = ledger.toString();
    String history = Http.asUser(rest, "admin", HttpMethod.GET,
        "/engine-rest/history/variable-instance?variableName=requestWithdrawalReason"
            + "&processInstanceId=" + engine.getHistoryService()
            .createHistoricProcessInstanceQuery().processInstanceBusinessKey(tn)
            .processDefinitionKey(io.github.ogiworkflow.process.ProcessKeys.DISCLOSURE_REQUEST)
            .singleResult().getId(), null).getBody();
    for (String view : List.of(trailJson, trailCsv, casePage, history)) {
      assertThat(view).contains("申请人已通过其他途径获得")
          .doesNotContain("13912345678", "110105199001010029");
    }
    JsonNode entry = null;
    for (JsonNode e : json.readTree(trailJson).path("entries")) {
      if (e.path("kind").asText().equals("WITHDRAWAL")) {
        entry = e;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.path("kindLabel").asText()).isEqualTo("申请人撤回申请");
    assertThat(trailCsv).doesNotContain(",WITHDRAWAL,");
    // The office keeps the applicant's words whole in the register.
    assertThat(register.withdrawal(tn).orElseThrow().reason()).isEqualTo(reason);
  }

  /** The rule ids of /api/audit/compliance that list {@code tn}. */
  private List<String> listedUnder(String compliance, String tn) throws Exception {
    List<String> rules = new java.util.ArrayList<>();
    json.readTree(Http.asUser(rest, "sunyue", HttpMethod.GET, compliance, null).getBody())
        .path("rules").forEach(r -> r.path("violations").forEach(v -> {
          if (v.path("trackingNumber").asText().equals(tn)) {
            rules.add(r.path("id").asText());
          }
        }));
    return rules;
  }

  @Test
  void aDeliveredReplyCannotBeWithdrawn() throws Exception {
    String tn = CounterRegistration.registeredToday(runtime);
    complete(tn, ElementIds.TASK_CHECK_COMPLETENESS, Map.of("completenessDecision", "COMPLETE"));
    complete(tn, ElementIds.TASK_SEARCH_AND_SPLIT, Map.of("items", org.camunda.spin.Spin.JSON(
        List.of(Map.of("title", "统计年鉴", "finding", "PUBLIC", "wherePublic", "本局网站")))));
    complete(tn, ElementIds.TASK_EDIT_REPLY, Map.of("chargeFee", false));
    complete(tn, ElementIds.TASK_DELIVER_REPLY, Map.of("deliveredBy", "IN_PERSON",
        "deliveredOn", OfficeTime.today().toString()));
    EngineRest.runJobs(engine.getManagementService());
    assertThat(register.get(tn).status()).isEqualTo("DELIVERED");

    ResponseEntity<String> refused = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/withdrawal", body(OfficeTime.today().toString(), "WRITTEN", null));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(refused)).isEqualTo("答复书已送达，该申请已办结，不能撤回");
    assertThat(register.withdrawal(tn)).isEmpty();
    assertThat(register.get(tn).status()).isEqualTo("DELIVERED");
  }

  @Test
  void theMessageCannotBeSentPastTheChecks() throws Exception {
    String tn = CounterRegistration.registeredToday(runtime);
    String message = "{\"messageName\":\"" + ElementIds.MESSAGE_APPLICATION_WITHDRAWN
        + "\",\"businessKey\":\"" + tn + "\"}";
    ResponseEntity<String> office = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/message", message);
    assertThat(office.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> admin = Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/message", message);
    assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(admin.getBody()).contains("登记簿中没有该申请的撤回记录");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn).count())
        .isEqualTo(1);
    assertThat(register.get(tn).status()).isEqualTo("REGISTERED");
    assertThat(register.get(tn).outcomeCode()).isNull();
    assertThat(letters.of(tn)).isEmpty();
  }

  /**
   * ADR 0099 over HTTP: the applicant disputes its withdrawal and the reconsideration body
   * revokes the termination. The decision's answer says the case is reopened; the case is in
   * handling again under its tracking number, office has 检索信息并拆分信息项, the ledger says the
   * withdrawal was set aside, and the withdrawal (the register keeps one) is not recorded again.
   */
  @Test
  void aCorrectionOfTheWithdrawalReopensTheCase() throws Exception {
    String tn = CounterRegistration.registeredToday(runtime);
    String today = OfficeTime.today().toString();
    ResponseEntity<String> withdrawn = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/withdrawal", body(today, "WRITTEN", null));
    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> filed = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/" + tn + "/reconsiderations", "{\"docketNo\":\"示复〔2026〕99号\","
            + "\"appealBody\":\"示范市人民政府\",\"filedOn\":\"" + today + "\","
            + "\"procedure\":\"SIMPLIFIED\"}");
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    complete(tn, ElementIds.TASK_DRAFT_ANSWER, Map.of(ProcessVariables.ANSWER_TEXT,
        "申请人已书面撤回申请。", ProcessVariables.EVIDENCE_LIST, "撤回申请书"));
    complete(tn, ElementIds.TASK_APPROVE_ANSWER, Map.of(ProcessVariables.ANSWER_APPROVAL,
        "APPROVE"));
    complete(tn, ElementIds.TASK_SUBMIT_ANSWER, Map.of(ProcessVariables.SUBMITTED_ON, today));

    ResponseEntity<String> decided = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/" + tn + "/reconsiderations/decision", "{\"appealResult\":\"CORRECTED\","
            + "\"appealResultDetail\":\"REVOKED\",\"decidedOn\":\"" + today + "\"}");
    assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(HttpStatus.OK);
    // What the system did is the answer's notice, not a warning about the decision's date.
    assertThat(decided.getBody()).contains("\"notice\"", "系统已重新开启办理")
        .doesNotContain("\"warning\"");
    EngineRest.runJobs(engine.getManagementService());

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn)
        .processDefinitionKey("DisclosureRequest").count()).isOne();
    // Withdrawn at 审查申请内容是否明确: the new round is checked again (ADR 0120).
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(tn)
        .taskDefinitionKey(ElementIds.TASK_CHECK_COMPLETENESS).taskCandidateGroup("office")
        .count()).isOne();
    assertThat(register.get(tn).status()).isEqualTo("REGISTERED");
    String day = CaseLetters.chinese(OfficeTime.today());
    JsonNode ledger = json.readTree(Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/ledger/cases/" + tn, null).getBody());
    assertThat(ledger.toString()).contains("申请人撤回申请（" + day + "）已因" + day
        + "的复议决定或判决纠正，重新办理");

    // ADR 0105: the applicant withdraws the new round too; the register keeps both withdrawals
    // and the ledger and the audit trail show both; a third, in the same round, is refused.
    ResponseEntity<String> again = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/withdrawal", body(today, "ORAL", "已另行获取"));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn)
        .processDefinitionKey("DisclosureRequest").count()).isZero();
    assertThat(register.get(tn).status()).isEqualTo("CLOSED");
    assertThat(register.withdrawal(tn).orElseThrow().inForce()).isTrue();
    assertThat(register.withdrawal(tn).orElseThrow().form()).isEqualTo("ORAL");
    assertThat(register.earlierWithdrawals(tn)).singleElement()
        .satisfies(w -> assertThat(w.form()).isEqualTo("WRITTEN"));
    ledger = json.readTree(Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/ledger/cases/" + tn, null).getBody());
    assertThat(ledger.toString()).contains("申请人撤回申请（" + day + "）已因" + day
        + "的复议决定或判决纠正，重新办理；申请人撤回申请（" + day + "），已终止办理");
    String trail = Http.asUser(rest, "sunyue", HttpMethod.GET, "/audit/cases/" + tn, null)
        .getBody();
    assertThat(trail).contains("撤回方式 书面", "撤回方式 口头", "的复议决定或判决纠正，重新办理");
    ResponseEntity<String> third = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/withdrawal", body(today, "WRITTEN", null));
    assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(third)).isEqualTo("该申请已于" + day + "撤回，不能再次登记撤回");
    assertThat(register.earlierWithdrawals(tn)).hasSize(1);
  }

  /**
   * Audit round 29, F8 (ADR 0109): an oral withdrawal made yesterday and entered today closes on
   * yesterday, but its 终止办理告知书 goes out today; an appeal against it dated yesterday is
   * refused on the field through the appeal endpoint and Tasklist's start form alike, naming the
   * notice's date, and nothing is recorded.
   */
  @Test
  void anAppealCannotPrecedeTheWithdrawalsTerminationNotice() throws Exception {
    LocalDate today = OfficeTime.today();
    String tn = CounterRegistration.registeredOn(runtime, today.minusDays(5));
    String yesterday = today.minusDays(1).toString();
    ResponseEntity<String> withdrawn = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/withdrawal", body(yesterday, "ORAL", null));
    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.CREATED);
    long instances = runtime.createProcessInstanceQuery().count();
    String notice = "不能早于终止办理告知书发出日期" + CaseLetters.chinese(today);

    ResponseEntity<String> api = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/" + tn + "/reconsiderations", "{\"docketNo\":\"示复〔2026〕98号\","
            + "\"appealBody\":\"示范市人民政府\",\"filedOn\":\"" + yesterday + "\","
            + "\"servedOn\":\"" + today + "\",\"procedure\":\"SIMPLIFIED\"}");
    assertThat(api.getStatusCode()).as(api.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(api)).contains("申请复议日期" + notice);

    Map<String, Object> form = new HashMap<>();
    form.put(ProcessVariables.TRACKING_NUMBER, EngineRest.text(tn));
    form.put(ProcessVariables.DOCKET_NO, EngineRest.text("（2026）示行初98号"));
    form.put(ProcessVariables.APPEAL_BODY, EngineRest.text("示范市人民法院"));
    form.put(ProcessVariables.FILED_ON, EngineRest.text(yesterday));
    form.put(ProcessVariables.SERVED_ON, EngineRest.text(today.toString()));
    ResponseEntity<String> tasklist = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/process-definition/key/Litigation/submit-form", EngineRest.variables(form));
    assertThat(tasklist.getStatusCode()).as(tasklist.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tasklist.getBody()).path("fields")
        .path(ProcessVariables.FILED_ON).asText()).contains("起诉日期" + notice);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  /**
   * ADR 0099 (audit round 27, F6 at the correction): a corrected withdrawal date may not precede
   * the round the withdrawal ended, as the withdrawal's entry may not: 400 in Chinese, nothing
   * written. Received three days ago, the clock restarted yesterday, withdrawn yesterday.
   */
  @Test
  void aCorrectedWithdrawalDateCannotPrecedeTheRoundItEnded() throws Exception {
    LocalDate today = OfficeTime.today();
    String tn = CounterRegistration.registeredOn(runtime, today.minusDays(3));
    register.restartClock(tn, today.minusDays(1), today.plusDays(28));
    ResponseEntity<String> withdrawn = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/withdrawal", body(today.minusDays(1).toString(), "WRITTEN", null));
    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> early = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/date-corrections", json.writeValueAsString(Map.of(
            "field", "withdrawnOn", "newDate", today.minusDays(2).toString(),
            "reason", "撤回申请书落款日期有误")));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(early)).isEqualTo("撤回申请日期不能早于所终止的本次办理的起算日期"
        + CaseLetters.chinese(today.minusDays(1)) + "（补正后的申请收到之日或决定重新办理之日）");
    assertThat(json.readTree(early.getBody()).path("error").asText()).startsWith("withdrawnOn:");
    assertThat(register.withdrawal(tn).orElseThrow().withdrawnOn())
        .isEqualTo(today.minusDays(1));
  }

  private void complete(String tn, String taskKey, Map<String, Object> variables) {
    EngineRest.runJobs(engine.getManagementService());
    String task = tasks.createTaskQuery().processInstanceBusinessKey(tn)
        .taskDefinitionKey(taskKey).singleResult().getId();
    tasks.complete(task, new HashMap<>(variables));
  }

  private String body(String withdrawnOn, String form, String reason) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("withdrawnOn", withdrawnOn);
    body.put("withdrawalForm", form);
    if (reason != null) {
      body.put("withdrawalReason", reason);
    }
    return json.writeValueAsString(body);
  }

  private String message(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody()).path("message").asText();
  }

  private String field(ResponseEntity<String> response, String name) throws Exception {
    return json.readTree(response.getBody()).path("fields").path(name).asText();
  }
}
