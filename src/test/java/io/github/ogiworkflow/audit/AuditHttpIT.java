package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
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
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The audit trail of a case driven through the real process over the engine's REST API, read
 * by the auditor as JSON, CSV and HTML; unknown cases, missing credentials and groups that may
 * not read it; the compliance checks over a period.
 */
@IntegrationTest
class AuditHttpIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  EngineRest engineRest;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    engineRest = new EngineRest(rest);
  }

  @Test
  void theAuditorReadsTheTrailOfACaseWithEveryStepAndWhoDidIt() throws Exception {
    String trackingNumber = deliveredCase();

    ResponseEntity<String> answer = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + trackingNumber, null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode trail = json.readTree(answer.getBody());
    assertThat(trail.path("trackingNumber").asText()).isEqualTo(trackingNumber);
    assertThat(trail.path("case").path("outcomeCode").asText()).isEqualTo("2");
    // Chinese only (issue 16): process names, form labels and option labels, not codes.
    assertThat(trail.path("processes").toString()).contains("政府信息公开申请办理", "保密审查（子流程）");
    List<String> lines = new ArrayList<>();
    trail.path("entries").forEach(e -> lines.add(e.path("kindLabel").asText() + "|"
        + e.path("activity").asText() + "|" + e.path("who").asText() + "|"
        + e.path("outcome").asText() + "|" + e.path("comment").asText()));
    assertThat(lines).anyMatch(l -> l.startsWith("办理环节|审查申请内容是否明确|王丽（wangli）|"
        + "审查结论：申请内容明确"));
    // The review task runs in the called SecrecyReview process.
    assertThat(lines).anyMatch(l -> l.startsWith("办理环节|保密审查|李娜（lina）|"
        + "审查结论：处理后可公开"));
    assertThat(lines).anyMatch(l -> l.startsWith("保密审查|信息项 1「2025年行政许可统计」审查记录|"
        + "李娜（lina）|处理后可公开"));
    assertThat(lines).anyMatch(l -> l.startsWith("办理环节|领导审批答复|陈刚（chengang）|"
        + "审批意见：同意"));
    // 退回修改意见 is hidden unless sending back: the "同意" sent with the approval is dropped,
    // not recorded as the approval's comment (audit 24, F5; ADR 0079).
    assertThat(lines).anyMatch(l -> l.equals("领导审批|领导审批答复|陈刚（chengang）|同意|"));
    assertThat(lines).anyMatch(l -> l.startsWith("发出文书|发出《政府信息公开申请答复书》"));
    // Who registered and who recorded the delivery, from the register (ADR 0161).
    assertThat(lines).anyMatch(l -> l.startsWith("收到申请|收到申请（答复期限起算）|王丽（wangli）|"));
    assertThat(lines).anyMatch(l -> l.startsWith("答复期限|"));
    assertThat(lines).anyMatch(l -> l.startsWith("送达|答复书送达|王丽（wangli）|答复类型 （二）部分公开"));
    assertThat(lines).anyMatch(l -> l.startsWith("人工操作|认领任务：检索信息并拆分信息项|王丽（wangli）"));

    // The auditor's engine grants (READ_HISTORY) also open the same history in the engine's
    // REST API, and so in Cockpit: the called review included.
    String history = "/engine-rest/history/task?processInstanceBusinessKey=" + trackingNumber;
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.GET, history, null).getBody())
        .contains(TASK_CHECK_COMPLETENESS, TASK_REVIEW_ITEM, TASK_DELIVER_REPLY);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/api/audit/cases/" + trackingNumber,
        null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Http.asUser(rest, "chengang", HttpMethod.GET, "/api/audit/cases/" + trackingNumber,
        null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theTrailExportsAsCsvForExcelAndPrintsAsAChinesePage() {
    String trackingNumber = deliveredCase();
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("sunyue", Http.DEMO_PASSWORD);
    for (String path : List.of("/api/audit/cases/" + trackingNumber + ".csv",
        "/api/audit/cases/" + trackingNumber + "?format=csv")) {
      ResponseEntity<byte[]> csv = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
          byte[].class);
      assertThat(csv.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
      // A Chinese file name, an ASCII one beside it (audit 32b, F8).
      assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
          "attachment; filename=\"audit-" + trackingNumber + ".csv\"; filename*=UTF-8''"
              + org.springframework.web.util.UriUtils.encode("办理过程记录-" + trackingNumber
                  + ".csv", StandardCharsets.UTF_8));
      byte[] body = csv.getBody();
      assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
      String text = new String(body, StandardCharsets.UTF_8);
      String[] rows = text.substring(1).split("\r\n");
      assertThat(rows[0]).isEqualTo("时间,类型,环节,办理人,结果,意见,说明");
      assertThat(rows).anyMatch(r -> r.contains(",办理环节,保密审查,李娜（lina）,"));
      assertThat(rows).anyMatch(r -> r.contains(",发出文书,发出《政府信息公开申请答复书》,"));
    }

    ResponseEntity<String> page = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/audit/cases/" + trackingNumber, null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("<html lang=\"zh-CN\">", "办理过程记录", trackingNumber,
        "保密审查", "李娜（lina）", "@media print");
    // A navigation bar like the ledger's, with only what opens for the auditor.
    String nav = nav(page.getBody());
    assertThat(nav).contains("href=\"/ledger\">办件台账</a>", "href=\"/audit/compliance\">合规检查</a>",
        "href=\"/audit/cases\">办理过程记录</a>", ">年度报告</a>", ">监控中心</a>")
        .doesNotContain("任务列表", "领导视图");
    assertThat(nav(Http.asUser(rest, "wangli", HttpMethod.GET, "/audit/cases/" + trackingNumber,
        null).getBody())).contains("任务列表", "领导视图", "合规检查").doesNotContain("监控中心");
  }

  private static String nav(String page) {
    int start = page.indexOf("<nav class=\"ogi-nav\">");
    assertThat(start).as(page).isNotNegative();
    return page.substring(start, page.indexOf("</nav>", start));
  }

  @Test
  void anUnknownCaseIs404AndOnlyAuditorsLeadershipAndOfficeMayRead() throws Exception {
    ResponseEntity<String> unknown = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/YSQ-2099-999999", null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(unknown.getBody()).path("message").asText())
        .isEqualTo("受理编号 YSQ-2099-999999 不存在");
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.GET, "/audit/cases/YSQ-2099-999999", null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    for (String path : List.of("/api/audit/cases/YSQ-2099-999999", "/audit/cases/YSQ-2099-999999",
        "/api/audit/compliance", "/audit/compliance")) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      ResponseEntity<String> legal = Http.asUser(rest, "lina", HttpMethod.GET, path, null);
      assertThat(legal.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(legal.getBody()).contains("仅限审计、领导小组、政府信息公开办公室");
    }
  }

  @Test
  void theComplianceChecksAnswerPerRuleAsJsonAndHtml() throws Exception {
    String trackingNumber = deliveredCase();
    String year = String.valueOf(OfficeTime.today().getYear());
    ResponseEntity<String> answer = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/compliance?from=" + year + "-01-01&to=" + year + "-12-31", null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = json.readTree(answer.getBody());
    assertThat(report.path("from").asText()).isEqualTo(year + "-01-01");
    List<String> titles = new ArrayList<>();
    report.path("rules").forEach(r -> titles.add(r.path("title").asText()));
    assertThat(titles).containsExactly("逾期答复", "未经保密审查即公开", "须经领导审批的答复未经审批",
        "延期答复未经批准", "答复期限届满后才批准延期", "补正告知逾期", "已送达但无答复类型",
        "答复书在审批后被修改",
        "审查了其他案件的信息项", "未从开始事件启动的案件", "逾期未答复（仍在办理）",
        "撤回前已逾期未答复", "计划发布而未发布的主动公开信息", "主动公开逾期（第二十六条）", "邮寄送达未登记签收",
        "终止办理告知书未登记送达", "依申请转为主动公开所依据的答复已被纠正",
        "征求意见函、收费通知书未登记送达", "日期更正使答复期限后移或逾期答复变为按期",
        "行政复议答复书、行政诉讼答辩状逾期提交");
    // A case run by the real processes, on time, breaks no rule. (Other tests share this
    // database and plant rows of their own, so only this case is looked at.)
    report.path("rules").forEach(r -> r.path("violations").forEach(v ->
        assertThat(v.path("trackingNumber").asText()).as(r.path("id").asText())
            .isNotEqualTo(trackingNumber)));

    ResponseEntity<String> page = Http.asUser(rest, "chengang", HttpMethod.GET,
        "/audit/compliance?from=" + year + "-01-01&to=" + year + "-12-31", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("政府信息公开合规检查", "未经保密审查即公开");
    assertThat(nav(page.getBody())).contains("href=\"/ledger/leadership\">领导视图</a>",
        "href=\"/camunda/app/tasklist/default/\">任务列表</a>", "办理过程记录", "年度报告")
        .doesNotContain("合规检查");
    String auditorNav = nav(Http.asUser(rest, "sunyue", HttpMethod.GET, "/audit/compliance", null)
        .getBody());
    assertThat(auditorNav).contains("办件台账", "年度报告", "监控中心")
        .doesNotContain("任务列表", "领导视图");

    ResponseEntity<String> bad = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/compliance?from=2026-13-01", null);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("日期格式应为 年-月-日");
  }

  /**
   * Audit 31a, F1 (ADR 0123): a reviewer leaves 法规科 after reviewing (the administrator's staff
   * change): the case is still delivered, and the compliance check does not call it released
   * without review. Once the administrator deletes the account, the trail keeps the name the
   * register recorded, marked 账号已删除.
   */
  @Test
  void aReviewerWhoLeftLegalAndWasDeletedKeepsTheReviewAndTheName() throws Exception {
    org.camunda.bpm.engine.identity.User user = identity.newUser("zhouli");
    user.setFirstName("周丽");
    user.setPassword(Http.DEMO_PASSWORD);
    identity.saveUser(user);
    identity.createMembership("zhouli", "legal");
    String trackingNumber;
    try {
      trackingNumber = deliveredCase("zhouli", () -> identity.deleteMembership("zhouli", "legal"));
    } finally {
      identity.deleteUser("zhouli");
    }
    JsonNode trail = json.readTree(Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + trackingNumber, null).getBody());
    assertThat(trail.path("case").path("status").asText()).isEqualTo("DELIVERED");
    assertThat(trail.path("entries").toString()).contains("周丽（zhouli，账号已删除）");
    String today = OfficeTime.today().toString();
    String compliance = Http.asUser(rest, "sunyue", HttpMethod.GET, "/api/audit/compliance?from="
        + today + "&to=" + today, null).getBody();
    // Named by the review's recorded name since ADR 0137 (审查人 周丽（zhouli）): by neither.
    assertThat(compliance).doesNotContain("zhouli");
  }

  private String deliveredCase() {
    return deliveredCase("lina", () -> { });
  }

  /**
   * A request with one held item, reviewed by {@code reviewer}, partly disclosed with approval,
   * delivered; {@code beforeDelivery} runs between the approval and the delivery.
   */
  private String deliveredCase(String reviewer, Runnable beforeDelivery) {
    String today = OfficeTime.today().toString();
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(Map.of("channel", text("POST"),
            "receivedOn", text(today), "applicantType", text("COMMERCIAL"),
            "applicantName", text("示范市某科技有限公司"),
            "requestDescription", text("2025年本局行政许可办理情况统计"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String trackingNumber;
    try {
      trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    // The registering officer holds the completeness check already (RegistrationDelegates.registeringOfficerListener).
    String check = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);
    engineRest.submitTaskForm("wangli", check, Map.of("completenessDecision", text("COMPLETE")));
    String search = engineRest.onlyTask("wangli", trackingNumber, TASK_SEARCH_AND_SPLIT);
    // Claimed first, as in Tasklist: the claim is in the user operation log.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + search
        + "/claim", "{\"userId\":\"wangli\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    engineRest.submitTaskForm("wangli", search,
        Map.of("items", Map.of("type", "Json", "value",
            "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]")));
    engineRest.submitTaskForm(reviewer, engineRest.onlyTask(reviewer, trackingNumber,
        TASK_REVIEW_ITEM),
        Map.of("reviewConclusion", text("RELEASABLE_REDACTED"),
            "redactionNote", text("遮盖企业联系人电话"), "withholdingGround", text("THIRD_PARTY"),
            "legalBasis", text("《中华人民共和国政府信息公开条例》第十五条")));
    EngineRest.runJobs(management);
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
        TASK_EDIT_REPLY), Map.of("chargeFee", Map.of("type", "Boolean", "value", false)));
    engineRest.submitTaskForm("chengang", engineRest.onlyTask("chengang", trackingNumber,
        TASK_APPROVE_REPLY), Map.of("replyApproval", text("APPROVE"),
            "replyApprovalComment", text("同意")));
    beforeDelivery.run();
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
        TASK_DELIVER_REPLY), Map.of("deliveredBy", text("POST"), "deliveredOn", text(today)));
    EngineRest.runJobs(management);
    return trackingNumber;
  }
}
