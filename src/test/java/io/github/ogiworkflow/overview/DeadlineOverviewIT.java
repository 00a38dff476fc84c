package io.github.ogiworkflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.EngineClock;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 期限监控 over HTTP: overdue and due-soon cases on a fixed engine clock, counts per group, access. */
@IntegrationTest
class DeadlineOverviewIT {

  /** A Monday; the engine clock is set to 10:00 Beijing time on it. */
  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Autowired TestRestTemplate rest;
  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtime;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;

  @BeforeEach
  void fixTheClock() {
    engineRest = new EngineRest(rest);
    EngineClock.at(TODAY);
  }

  @AfterEach
  void resetTheClock() {
    EngineClock.reset();
  }

  @Test
  void listsOverdueAndDueSoonCasesWithTheirTasksAndCountsThemPerGroup() throws Exception {
    JsonNode before = overview("chengang");

    LocalDate overdueReceived = TODAY.minusDays(45);
    String overdue = register(overdueReceived);
    // Two working days left: the case has moved on to legal's item review.
    LocalDate soonReceived = receivedWithWorkingDaysLeft(2);
    String dueSoon = register(soonReceived);
    engineRest.toSecrecyReview(dueSoon, "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]");
    String onTrack = register(TODAY);

    JsonNode after = overview("sunyue");
    assertThat(after.path("today").asText()).isEqualTo(TODAY.toString());

    JsonNode overdueRow = row(after.path("overdue"), overdue);
    LocalDate overdueDue = calendar.addWorkingDays(overdueReceived, 20);
    assertThat(overdueRow.path("receivedOn").asText()).isEqualTo(overdueReceived.toString());
    assertThat(overdueRow.path("dueOn").asText()).isEqualTo(overdueDue.toString());
    assertThat(overdueRow.path("workingDaysLeft").asInt())
        .isEqualTo(calendar.workingDaysBetween(TODAY, overdueDue)).isNegative();
    assertThat(overdueRow.path("applicantTypeLabel").asText()).isEqualTo("商业企业");
    assertThat(overdueRow.path("tasks")).hasSize(1);
    assertThat(overdueRow.path("tasks").get(0).path("name").asText()).isEqualTo("审查申请内容是否明确");
    assertThat(overdueRow.path("tasks").get(0).path("group").asText()).isEqualTo("office");
    // The officer who registered holds it: named as the ledger names her, not by login id.
    assertThat(overdueRow.path("tasks").get(0).path("assignee").asText()).isEqualTo("wangli");
    assertThat(overdueRow.path("tasks").get(0).path("assigneeName").asText()).isEqualTo("王丽");
    assertThat(overdueRow.path("cockpitPath").asText())
        .endsWith("#/process-instance/" + overdueRow.path("processInstanceId").asText() + "/runtime");

    JsonNode soonRow = row(after.path("dueSoon"), dueSoon);
    assertThat(soonRow.path("workingDaysLeft").asInt()).isEqualTo(2);
    assertThat(soonRow.path("tasks")).hasSize(1);
    assertThat(soonRow.path("tasks").get(0).path("group").asText()).isEqualTo("legal");
    assertThat(soonRow.path("tasks").get(0).path("groupName").asText()).isEqualTo("法规科");

    assertThat(row(after.path("later"), onTrack).path("workingDaysLeft").asInt()).isEqualTo(20);
    // Within 2026, whose notice is known, nothing is provisional.
    assertThat(overdueRow.path("provisional").asBoolean(true)).isFalse();
    assertThat(row(after.path("later"), onTrack).path("provisional").asBoolean(true)).isFalse();
    for (String list : List.of("overdue", "dueSoon")) {
      assertThat(numbers(after.path(list))).doesNotContain(onTrack);
    }
    assertThat(numbers(after.path("overdue"))).doesNotContain(dueSoon);

    // Nothing else changed between the two calls (same clock), so the differences are ours.
    assertThat(countChange(before, after, "office")).containsExactly(2, 1, 0);
    assertThat(countChange(before, after, "legal")).containsExactly(1, 0, 1);
    assertThat(countChange(before, after, "leadership")).containsExactly(0, 0, 0);
  }

  /**
   * Issue 14: on Wed 30 Dec 2026, without the 2027 notice, a request received on Mon 28 Dec is
   * due on Tue 26 Jan 2027 (1 January is a statutory holiday, not a working day), marked
   * provisional in the overview, in the process variables and in the due date text of every
   * task form, and the overview carries the Chinese warning. A request of 3 Dec 2026, due
   * within 2026, is the positive control: not provisional.
   */
  @Test
  void aDeadlineInAYearWithoutTheNoticeIsProvisionalAndSaysSo() throws Exception {
    Assumptions.assumeFalse(calendar.hasDataFor(2027),
        "cn-2027.txt exists: 2027 is no longer provisional");
    EngineClock.at(LocalDate.of(2026, 12, 30));
    String intoNextYear = register(LocalDate.of(2026, 12, 28));
    String withinThisYear = register(LocalDate.of(2026, 12, 3));

    JsonNode overview = overview("chengang");
    assertThat(overview.path("provisionalWarning").asText())
        .isEqualTo("2027年节假日安排尚未公布，期限按法定节假日暂算");
    JsonNode provisional = row(overview.path("later"), intoNextYear);
    assertThat(provisional.path("dueOn").asText()).isEqualTo("2027-01-26");
    assertThat(provisional.path("provisional").asBoolean()).isTrue();
    JsonNode control = row(overview.path("dueSoon"), withinThisYear);
    // Thu 3 Dec + 20 working days (December 2026 has no holiday) = Thu 31 Dec.
    assertThat(control.path("dueOn").asText()).isEqualTo("2026-12-31");
    assertThat(control.path("provisional").asBoolean(true)).isFalse();

    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(intoNextYear)
        .singleResult().getId();
    assertThat(runtime.getVariable(instance, "replyDueProvisional")).isEqualTo(true);
    assertThat(runtime.getVariable(instance, "replyDueDateText"))
        .isEqualTo("2027-01-26（暂算：2027年节假日安排尚未公布，期限按法定节假日暂算）");
    String controlInstance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(withinThisYear).singleResult().getId();
    assertThat(runtime.getVariable(controlInstance, "replyDueProvisional")).isEqualTo(false);
    assertThat(runtime.getVariable(controlInstance, "replyDueDateText")).isEqualTo("2026-12-31");
  }

  @Test
  void onlyLeadershipTheOfficeAuditorsAndAdminsOverBasicOrTheWebappLogin() throws Exception {
    assertThat(Http.get(rest, "/api/deadlines", "wangli", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> legal = Http.get(rest, "/api/deadlines", "lina", null);
    assertThat(legal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(legal.getBody()).path("message").asText()).contains("仅限");
    assertThat(rest.getForEntity("/api/deadlines", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // Cockpit's page: no Basic credentials, the webapps' login session instead.
    assertThat(rest.getForEntity("/api/webapp/deadlines", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> viaCockpit = Http.get(rest, "/api/webapp/deadlines", null,
        Http.webappSession(rest, "cockpit", "chengang"));
    assertThat(viaCockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(viaCockpit.getBody()).path("groups")).hasSize(3);
    assertThat(Http.get(rest, "/api/webapp/deadlines", null,
        Http.webappSession(rest, "tasklist", "lina")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * Audit 31b F1's rest (ADR 0126): a consultation letter's service step and the day it must be
   * recorded by, in Chinese, while the case itself is 计时暂停.
   */
  @Test
  void listsTheServiceStepOfALetterThatPausesTheClock() throws Exception {
    String tn = register(TODAY);
    engineRest.toSecrecyReview(tn, "[{\"title\":\"某企业抽检报告\",\"finding\":\"HELD\","
        + "\"thirdParty\":true,\"thirdPartyName\":\"示范市某食品有限公司\"}]");

    JsonNode overview = overview("chengang");
    assertThat(row(overview.path("later"), tn).path("paused").asBoolean()).isTrue();
    JsonNode step = row(overview.path("letterServices"), tn);
    assertThat(step.path("step").asText()).isEqualTo("登记征求意见函送达");
    assertThat(step.path("issuedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(step.path("dueOn").asText())
        .isEqualTo(calendar.addWorkingDays(TODAY, 5).toString());
    assertThat(step.path("overdue").asBoolean()).isFalse();
    assertThat(step.path("status").asText()).isEqualTo("剩余5个工作日");
  }

  /**
   * Audit 33a F13 (ADR 0144): a proactive-disclosure batch whose earliest item's Art. 26 date
   * has passed is listed as 已超期 with its 批次编号, 发布期限 and open step; a batch due later
   * is listed too, not overdue. Before, /api/deadlines read requests only.
   */
  @Test
  void listsPublicationBatchesByTheirEarliestOpenItemsArticle26Date() throws Exception {
    LocalDate formedLate = TODAY.minusDays(40);
    String late = startBatch("2026年第一季度财政资金使用情况", formedLate);
    String onTime = startBatch("2026年5月抽检计划", TODAY);

    JsonNode overview = overview("chengang");
    JsonNode lateRow = batchRow(overview.path("publications"), late);
    LocalDate lateDue = calendar.addWorkingDays(formedLate, 20);
    assertThat(lateRow.path("dueOn").asText()).isEqualTo(lateDue.toString());
    assertThat(lateRow.path("dueText").asText())
        .isEqualTo(io.github.ogiworkflow.calendar.ChineseDateText.of(lateDue));
    assertThat(lateRow.path("overdue").asBoolean()).isTrue();
    assertThat(lateRow.path("status").asText()).isEqualTo("已超期");
    assertThat(lateRow.path("provisional").asBoolean(true)).isFalse();
    assertThat(lateRow.path("openItems").asInt()).isEqualTo(1);
    assertThat(lateRow.path("registeredOn").asText()).isEqualTo(TODAY.toString());
    assertThat(lateRow.path("tasks").get(0).path("name").asText())
        .isEqualTo("保密审查：2026年第一季度财政资金使用情况");
    assertThat(lateRow.path("tasks").get(0).path("groupName").asText()).isEqualTo("法规科");
    assertThat(lateRow.path("cockpitPath").asText())
        .endsWith("#/process-instance/" + lateRow.path("processInstanceId").asText() + "/runtime");

    JsonNode onTimeRow = batchRow(overview.path("publications"), onTime);
    assertThat(onTimeRow.path("overdue").asBoolean(true)).isFalse();
    assertThat(onTimeRow.path("dueSoon").asBoolean(true)).isFalse();
    assertThat(onTimeRow.path("workingDaysLeft").asInt()).isEqualTo(20);
    assertThat(onTimeRow.path("status").asText()).isEqualTo("剩余20个工作日");
    assertThat(overview.path("publicationLabels").path("batchNumber").asText()).isEqualTo("批次编号");
    assertThat(overview.path("publicationLabels").path("dueOn").asText()).isEqualTo("发布期限");
    // Requests' lists stay requests'.
    assertThat(numbers(overview.path("overdue"))).doesNotContain(late);
  }

  private String startBatch(String title, LocalDate formedOn) throws Exception {
    String items = json.writeValueAsString(List.of(Map.of("title", title, "category", "FUNDS",
        "channels", List.of("WEBSITE"), "publishingUnit", "示范市市场监督管理局办公室",
        "attribute", "PROACTIVE", "formedOn", formedOn.toString())));
    var started = Http.asUser(rest, "wangli", org.springframework.http.HttpMethod.POST,
        "/engine-rest/process-definition/key/ProactiveDisclosure/submit-form",
        EngineRest.variables(Map.of("publicationItems", Map.of("type", "Json", "value", items))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("businessKey").asText();
  }

  private static JsonNode batchRow(JsonNode list, String batch) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(r -> r.path("batchNumber").asText().equals(batch)).findFirst()
        .orElseThrow(() -> new AssertionError(batch + " not in " + list));
  }

  @Test
  void cockpitLoadsThePagePlugin() {
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("customScripts: ['scripts/ogi-deadlines.js', 'scripts/ogi-chinese.js',"
            + " 'scripts/ogi-admin-only.js',", "'scripts/ogi-variables.js']");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/ogi-admin-only.js", String.class))
        .contains("from './ogi-administrator.js'", "[cam-widget-variables-table] td.actions");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/ogi-administrator.js",
        String.class)).contains("'camunda-admin'");
    // Tasklist shares the check for the dates and groups only administrators may change.
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
        .contains("'scripts/ogi-admin-only.js'");
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/ogi-admin-only.js", String.class))
        .contains("from '../../cockpit/scripts/ogi-administrator.js'", "SET_DUE_DATE");
    ResponseEntity<String> plugin = rest.getForEntity("/camunda/app/cockpit/scripts/ogi-deadlines.js",
        String.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plugin.getBody()).contains("pluginPoint: 'cockpit.route'", DeadlineWebConfiguration.WEBAPP_API,
        "送达登记期限", "主动公开发布期限");
  }

  /** The receipt date whose reply is due with that many working days left today. */
  private LocalDate receivedWithWorkingDaysLeft(int left) {
    LocalDate due = calendar.addWorkingDays(TODAY, left);
    LocalDate received = TODAY;
    while (calendar.addWorkingDays(received, 20).isAfter(due)) {
      received = received.minusDays(1);
    }
    assertThat(calendar.addWorkingDays(received, 20)).isEqualTo(due);
    return received;
  }

  private String register(LocalDate receivedOn) {
    return engineRest.startRequest("wangli",
        EngineRest.postalRequest(receivedOn, "示范市某科技有限公司"));
  }

  private JsonNode overview(String user) throws Exception {
    ResponseEntity<String> response = Http.get(rest, "/api/deadlines", user, null);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static JsonNode row(JsonNode list, String trackingNumber) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(r -> r.path("trackingNumber").asText().equals(trackingNumber)).findFirst()
        .orElseThrow(() -> new AssertionError(trackingNumber + " not in " + list));
  }

  private static List<String> numbers(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false)
        .map(r -> r.path("trackingNumber").asText()).toList();
  }

  /** Change of (open, overdue, dueSoon) of a group between two overviews. */
  private static List<Integer> countChange(JsonNode before, JsonNode after, String group) {
    JsonNode b = groupRow(before, group);
    JsonNode a = groupRow(after, group);
    return List.of(a.path("open").asInt() - b.path("open").asInt(),
        a.path("overdue").asInt() - b.path("overdue").asInt(),
        a.path("dueSoon").asInt() - b.path("dueSoon").asInt());
  }

  private static JsonNode groupRow(JsonNode overview, String group) {
    return StreamSupport.stream(overview.path("groups").spliterator(), false)
        .filter(g -> g.path("group").asText().equals(group)).findFirst().orElseThrow();
  }
}
