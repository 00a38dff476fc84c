package io.github.ogiworkflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.support.CounterRegistration;
import io.github.ogiworkflow.support.ChargedPerPage;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The case page's registrations (ADR 0093): {@code actions} of {@code /api/ledger/cases/{n}}
 * offers 登记撤回申请, 更正或撤销收费通知 and 更正日期 to the office (and administrators) where the
 * case's state allows them, to leadership 更正日期 of the dates that are its to correct (ADR
 * 0137), and nothing to auditors; the withdrawal's and the fee
 * correction's answers name the letter issued, whose print view the office opens; the case
 * page lists its letters with their print views.
 */
@IntegrationTest
class CaseActionsIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;

  @BeforeEach
  void engineRest() {
    engineRest = new EngineRest(rest);
  }

  @Test
  void aRunningRequestOffersTheOfficeWithdrawalAndItsReceiptDateOthersNothing() throws Exception {
    String tn = CounterRegistration.registeredToday(runtime);
    String today = OfficeTime.today().toString();

    for (String office : List.of("wangli", "admin")) {
      JsonNode actions = actions(office, tn);
      assertThat(actions.path("withdrawal").path("path").asText()).as(office)
          .isEqualTo("/api/cases/" + tn + "/withdrawal");
      assertThat(labels(actions.path("withdrawal").path("forms")))
          .containsExactly("书面", "口头提出，办公室记录");
      assertThat(actions.path("feeCorrection").isNull()).as(office).isTrue();
      assertThat(actions.path("dateCorrection").path("path").asText())
          .isEqualTo("/api/cases/" + tn + "/date-corrections");
      JsonNode fields = actions.path("dateCorrection").path("fields");
      assertThat(values(fields)).containsExactly("receivedOn");
      assertThat(fields.get(0).path("label").asText()).isEqualTo("收到申请日期");
      assertThat(fields.get(0).path("current").asText()).isEqualTo(today);
    }
    JsonNode auditor = actions("sunyue", tn);
    assertThat(auditor.size()).isEqualTo(CaseActions.NAMES.size());
    auditor.forEach(a -> assertThat(a.isNull()).isTrue());
    // Leadership: 更正日期 of the receipt only (ADR 0137), no withdrawal, no fee correction.
    JsonNode leader = actions("chengang", tn);
    assertThat(leader.path("withdrawal").isNull()).isTrue();
    assertThat(leader.path("feeCorrection").isNull()).isTrue();
    assertThat(leader.path("dateCorrection").path("leadership").asBoolean()).isTrue();
    assertThat(values(leader.path("dateCorrection").path("fields")))
        .containsExactly("receivedOn");
    assertThat(actions("wangli", tn).path("dateCorrection").path("leadership").asBoolean())
        .isFalse();
    assertThat(Http.asUser(rest, "lina", HttpMethod.GET, "/api/ledger/cases/" + tn, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Withdrawn: the answer names the 终止办理告知书 and the office opens it; nothing is offered
    // but the withdrawal's day. The notice states the receipt date, which the API then refuses
    // to correct: not offered (it was, e2e step ledger-date-correction).
    ResponseEntity<String> done = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/withdrawal", json.writeValueAsString(Map.of("withdrawnOn", today,
            "withdrawalForm", "WRITTEN")));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode letter = json.readTree(done.getBody()).path("letter");
    assertThat(letter.path("title").asText()).contains("终止办理告知书");
    assertThat(letter.path("documentNumber").asText()).contains("终");
    assertThat(letter.path("path").asText()).startsWith("/cases/" + tn + "/letters/");
    ResponseEntity<String> view = Http.asUser(rest, "wangli", HttpMethod.GET,
        letter.path("path").asText(), null);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody()).contains("终止办理告知书");

    JsonNode page = casePage("wangli", tn);
    assertThat(page.path("actions").path("withdrawal").isNull()).isTrue();
    assertThat(page.path("actions").path("feeCorrection").isNull()).isTrue();
    JsonNode dateFields = page.path("actions").path("dateCorrection").path("fields");
    assertThat(values(dateFields)).containsExactly("withdrawnOn");
    assertThat(dateFields.get(0).path("label").asText()).isEqualTo("撤回申请日期");
    assertThat(dateFields.get(0).path("current").asText()).isEqualTo(today);
    ResponseEntity<String> receipt = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/date-corrections", json.writeValueAsString(Map.of(
            "field", "receivedOn", "newDate", OfficeTime.today().minusDays(1).toString(),
            "reason", "收到申请日期登记有误")));
    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(receipt.getBody()).path("message").asText())
        .contains("终止办理告知书");
    assertThat(page.path("letters").get(0).path("path").asText())
        .isEqualTo(letter.path("path").asText());
    // The case page lists the letter with its 文号 (audit 32a, F11).
    assertThat(page.path("letters").get(0).path("documentNumber").asText())
        .contains("终").isEqualTo(letter.path("documentNumber").asText());
    // The withdrawal's line of the timeline is named in Chinese (it read WITHDRAWAL).
    List<String> kinds = new ArrayList<>();
    page.path("timeline").forEach(e -> kinds.add(e.path("kindLabel").asText()));
    assertThat(kinds).contains("申请人撤回申请").noneMatch(k -> k.matches("[A-Z_]+"));
  }

  @Test
  void aFeeNoticeInForceIsOfferedForCorrectionUntilItIsWithdrawn() throws Exception {
    String tn = ChargedPerPage.registered(rest, management, "示范市某办件页面测试有限公司", 1500);

    JsonNode fee = actions("wangli", tn).path("feeCorrection");
    assertThat(fee.path("path").asText()).isEqualTo("/api/cases/" + tn + "/fee-corrections");
    assertThat(fee.path("scheme").asText()).isEqualTo("PER_PAGE");
    assertThat(fee.path("schemeLabel").asText()).isEqualTo("按量计收");
    assertThat(fee.path("amount").asText()).isEqualTo("54700");
    assertThat(fee.path("issuedOn").asText()).isEqualTo(OfficeTime.today().toString());
    assertThat(values(fee.path("choices"))).containsExactly("REDUCE", "WITHDRAW");
    assertThat(actions("wangli", tn).path("withdrawal").isNull()).isFalse();
    assertThat(actions("chengang", tn).path("feeCorrection").isNull()).isTrue();
    assertThat(actions("sunyue", tn).path("feeCorrection").isNull()).isTrue();

    ResponseEntity<String> done = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/fee-corrections", json.writeValueAsString(Map.of(
            "action", "WITHDRAW", "reason", "本申请不应收费，撤销收费")));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode letter = json.readTree(done.getBody()).path("letter");
    assertThat(letter.path("title").asText()).contains("撤销收费通知书");
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, letter.path("path").asText(), null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(actions("wangli", tn).path("feeCorrection").isNull()).isTrue();
    // The case goes on to its reply: still withdrawable.
    assertThat(actions("wangli", tn).path("withdrawal").isNull()).isFalse();
  }

  @Test
  void aDeliveredReplyOffersItsDeliveryDatesNeitherTheReceiptNorAWithdrawal() throws Exception {
    String tn = CounterRegistration.registeredToday(runtime);
    complete(tn, ElementIds.TASK_CHECK_COMPLETENESS, Map.of("completenessDecision", "COMPLETE"));
    complete(tn, ElementIds.TASK_SEARCH_AND_SPLIT, Map.of("items", org.camunda.spin.Spin.JSON(
        List.of(Map.of("title", "统计年鉴", "finding", "PUBLIC", "wherePublic", "本局网站")))));
    complete(tn, ElementIds.TASK_EDIT_REPLY, Map.of("chargeFee", false));
    complete(tn, ElementIds.TASK_DELIVER_REPLY, Map.of("deliveredBy", "IN_PERSON",
        "deliveredOn", OfficeTime.today().toString()));
    EngineRest.runJobs(management);

    JsonNode actions = actions("wangli", tn);
    assertThat(actions.path("withdrawal").isNull()).isTrue();
    assertThat(actions.path("feeCorrection").isNull()).isTrue();
    JsonNode fields = actions.path("dateCorrection").path("fields");
    // The issued reply states the receipt date: not offered (the API refuses it too).
    assertThat(values(fields)).containsExactly("deliveredOn", "replyReceivedOn");
    assertThat(fields.get(0).path("current").asText()).isEqualTo(OfficeTime.today().toString());
    assertThat(actions("sunyue", tn).path("dateCorrection").isNull()).isTrue();
  }

  /**
   * ADR 0137 (ADR 0127's open point): 领导小组 corrects the dates that are leadership's through
   * the case page as the office does. A delivered case offers it the delivery date only (the
   * signed-for date is the office's); a running case its receipt date, whose correction the
   * form's path takes under the leader's name, shown so in the page's trail; the signed-for date
   * the page does not offer is still refused to leadership (403). The old code offered
   * leadership nothing.
   */
  @Test
  void leadershipIsOfferedItsDatesAndCorrectsThemThroughThePage() throws Exception {
    String delivered = CounterRegistration.registeredToday(runtime);
    complete(delivered, ElementIds.TASK_CHECK_COMPLETENESS,
        Map.of("completenessDecision", "COMPLETE"));
    complete(delivered, ElementIds.TASK_SEARCH_AND_SPLIT, Map.of("items",
        org.camunda.spin.Spin.JSON(List.of(Map.of("title", "统计年鉴", "finding", "PUBLIC",
            "wherePublic", "本局网站")))));
    complete(delivered, ElementIds.TASK_EDIT_REPLY, Map.of("chargeFee", false));
    complete(delivered, ElementIds.TASK_DELIVER_REPLY, Map.of("deliveredBy", "POST",
        "deliveredOn", OfficeTime.today().toString()));
    EngineRest.runJobs(management);
    JsonNode offer = actions("chengang", delivered).path("dateCorrection");
    assertThat(offer.path("leadership").asBoolean()).isTrue();
    assertThat(values(offer.path("fields"))).containsExactly("deliveredOn");
    assertThat(labels(offer.path("fields"))).containsExactly("送达日期");
    assertThat(values(actions("wangli", delivered).path("dateCorrection").path("fields")))
        .containsExactly("deliveredOn", "replyReceivedOn");
    ResponseEntity<String> signedFor = Http.asUser(rest, "chengang", HttpMethod.POST,
        offer.path("path").asText(), json.writeValueAsString(Map.of("field", "replyReceivedOn",
            "newDate", OfficeTime.today().toString(), "reason", "申请人签收日期登记")));
    assertThat(signedFor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    String running = CounterRegistration.registeredOn(runtime, OfficeTime.today().minusDays(3));
    offer = actions("chengang", running).path("dateCorrection");
    assertThat(values(offer.path("fields"))).containsExactly("receivedOn");
    String earlier = OfficeTime.today().minusDays(4).toString();
    ResponseEntity<String> done = Http.asUser(rest, "chengang", HttpMethod.POST,
        offer.path("path").asText(), json.writeValueAsString(Map.of("field", "receivedOn",
            "newDate", earlier, "reason", "以收文登记簿为准")));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(actions("chengang", running).path("dateCorrection").path("fields").get(0)
        .path("current").asText()).isEqualTo(earlier);
    List<String> corrected = new ArrayList<>();
    casePage("chengang", running).path("timeline").forEach(e -> {
      if (e.path("activity").asText().equals("更正收到申请日期")) {
        corrected.add(e.path("who").asText());
      }
    });
    assertThat(corrected).containsExactly("陈刚（chengang）");
  }

  private JsonNode casePage(String user, String tn) throws Exception {
    ResponseEntity<String> page = Http.asUser(rest, user, HttpMethod.GET,
        "/api/ledger/cases/" + tn, null);
    assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    return json.readTree(page.getBody());
  }

  private JsonNode actions(String user, String tn) throws Exception {
    JsonNode actions = casePage(user, tn).path("actions");
    assertThat(actions.isObject()).as(user).isTrue();
    return actions;
  }

  private static List<String> values(JsonNode choices) {
    List<String> values = new ArrayList<>();
    choices.forEach(c -> values.add(c.path("value").asText()));
    return values;
  }

  private static List<String> labels(JsonNode choices) {
    List<String> labels = new ArrayList<>();
    choices.forEach(c -> labels.add(c.path("label").asText()));
    return labels;
  }

  private void complete(String tn, String taskKey, Map<String, Object> variables) {
    EngineRest.runJobs(management);
    String task = tasks.createTaskQuery().processInstanceBusinessKey(tn)
        .taskDefinitionKey(taskKey).singleResult().getId();
    tasks.complete(task, new HashMap<>(variables));
  }
}
