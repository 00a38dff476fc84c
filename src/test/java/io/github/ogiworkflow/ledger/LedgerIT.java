package io.github.ogiworkflow.ledger;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.NewCase;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.EngineClock;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.SampleIds;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 办件台账 and 领导视图 over HTTP against the real app: search by tracking number, applicant and
 * status, paging, the deadline lights in working days on a fixed engine clock, who may read,
 * no unmasked personal data, and the leadership figures equal to the annual report's.
 */
@IntegrationTest
class LedgerIT {

  /** A Monday; the engine clock is set to 10:00 Beijing time on it. */
  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Autowired TestRestTemplate rest;
  @Autowired WorkingDayCalendar calendar;
  @Autowired CaseRegister register;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired io.github.ogiworkflow.publicapi.PublicRateLimiter limiter;
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
  void findsACaseByItsTrackingNumberWithStepHolderAndGreenLight() throws Exception {
    String applicant = uniqueName("编号查询单位");
    String number = register(TODAY, applicant, null);

    JsonNode page = ledger("sunyue", "trackingNumber=" + number);
    assertThat(page.path("total").asLong()).isEqualTo(1);
    JsonNode row = page.path("cases").get(0);
    assertThat(row.path("trackingNumber").asText()).isEqualTo(number);
    assertThat(row.path("applicantName").asText()).isEqualTo(applicant);
    assertThat(row.path("channelLabel").asText()).isEqualTo("信函");
    assertThat(row.path("statusLabel").asText()).isEqualTo("已登记受理");
    assertThat(row.path("steps")).hasSize(1);
    assertThat(row.path("steps").get(0).path("name").asText()).isEqualTo("审查申请内容是否明确");
    // The officer who registered holds the next step (issue 16), family name first.
    assertThat(row.path("steps").get(0).path("holder").asText()).isEqualTo("王丽");
    // The auditor has no Tasklist: the step is plain text for it (no link that answers 403).
    assertThat(row.path("steps").get(0).path("tasklistPath").isNull()).isTrue();
    // Received today: the correction notice is due in 7 working days (handbook 2.3), green.
    JsonNode deadline = row.path("deadline");
    assertThat(deadline.path("kind").asText()).isEqualTo("补正告知期限");
    assertThat(deadline.path("dueOn").asText()).isEqualTo(calendar.addWorkingDays(TODAY, 7)
        .toString());
    assertThat(deadline.path("workingDaysLeft").asInt()).isEqualTo(7);
    assertThat(deadline.path("light").asText()).isEqualTo("green");
    assertThat(deadline.path("provisional").asBoolean()).isFalse();
    assertThat(row.path("outcomeLabel").isNull()).isTrue();

    // The officer's own claim (继续办理 in Tasklist) changes nothing.
    String task = engineRest.onlyTask("wangli", number, TASK_CHECK_COMPLETENESS);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + task
        + "/claim", "{\"userId\":\"wangli\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode claimed = ledger("chengang", "trackingNumber=" + number).path("cases").get(0);
    assertThat(claimed.path("steps").get(0).path("holder").asText()).isEqualTo("王丽");
    // Tasklist links only for the group the task is offered to: the office's step opens for
    // the office; leadership, which cannot see office tasks, gets no link.
    assertThat(claimed.path("steps").get(0).path("tasklistPath").isNull()).isTrue();
    JsonNode office = ledger("wangli", "trackingNumber=" + number).path("cases").get(0);
    assertThat(office.path("steps").get(0).path("tasklistPath").asText())
        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + task);
    // Cockpit: for leadership and auditors, not for the office (no Cockpit).
    assertThat(office.path("cockpitPath").isNull()).isTrue();
    assertThat(claimed.path("cockpitPath").asText()).startsWith("/camunda/app/cockpit/default/#/");
    assertThat(get("/api/ledger/cases/" + number, "sunyue").path("steps").get(0)
        .path("tasklistPath").isNull()).isTrue();
    assertThat(get("/api/ledger/cases/" + number, "wangli").path("steps").get(0)
        .path("tasklistPath").asText()).endsWith("?task=" + task);

    // Cockpit's dashboard (未完成的人工任务) counts open tasks from the history: leadership
    // sees them counted now (READ_HISTORY, issue 16), not 0.
    ResponseEntity<String> count = Http.asUser(rest, "chengang", HttpMethod.POST,
        "/engine-rest/history/task/count", "{\"unfinished\":true,\"assigned\":true}");
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(count.getBody()).path("count").asLong()).isPositive();

    // Back to the group (unclaimed), so the counts below have a group task even when this
    // test runs alone.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/task/" + task
        + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // Cockpit's 人工任务 page: open tasks per group for leadership and auditors, who read no
    // task themselves (the engine refused them and the page showed an error on every visit).
    for (String supervisor : List.of("chengang", "sunyue")) {
      ResponseEntity<String> groups = Http.asUser(rest, supervisor, HttpMethod.GET,
          "/engine-rest/task/report/candidate-group-count", null);
      assertThat(groups.getStatusCode()).as(supervisor).isEqualTo(HttpStatus.OK);
      JsonNode officeCount = null;
      for (JsonNode group : json.readTree(groups.getBody())) {
        if ("office".equals(group.path("groupName").asText())) {
          officeCount = group;
        }
      }
      assertThat(officeCount).as(groups.getBody()).isNotNull();
      assertThat(officeCount.path("taskCount").asInt()).isPositive();
      assertThat(groups.getBody()).doesNotContain(number);
    }

    // Cockpit's dashboard (未完成的人工任务 and its pie) counts runtime tasks: supervisors get
    // the agency's counts, as the administrator does, but only for the dashboard's criteria.
    for (String criteria : List.of("", "?unfinished=true&assigned=true",
        "?unfinished=true&unassigned=true&withCandidateGroups=true")) {
      long all = taskCount("admin", criteria);
      assertThat(all).as(criteria).isPositive();
      for (String supervisor : List.of("chengang", "sunyue")) {
        assertThat(taskCount(supervisor, criteria)).as(supervisor + criteria).isEqualTo(all);
      }
    }
    // Any other criterion is the engine's own count of what the caller may read: a count by
    // the applicant's name would tell an auditor what it cannot read.
    assertThat(taskCount("sunyue", "?processInstanceBusinessKey=" + number)).isZero();
    assertThat(taskCount("sunyue", "?assigned=false")).isZero();
  }

  private long taskCount(String user, String criteria) throws Exception {
    ResponseEntity<String> count = Http.asUser(rest, user, HttpMethod.GET,
        "/engine-rest/task/count" + criteria, null);
    assertThat(count.getStatusCode()).as(user + criteria).isEqualTo(HttpStatus.OK);
    return json.readTree(count.getBody()).path("count").asLong();
  }

  /**
   * A deadline counted into a year whose holiday notice is not out is marked 暂算, as the task
   * forms mark it (2031: no test publishes that year's notice; other tests do publish 2027's).
   */
  @Test
  void aDeadlineInAYearWithoutItsHolidayNoticeIsProvisional() throws Exception {
    EngineClock.at(LocalDate.of(2030, 12, 27));
    String number = register(LocalDate.of(2030, 12, 27), uniqueName("年末申请单位"), null);

    JsonNode deadline = row(ledger("sunyue", "trackingNumber=" + number), number)
        .path("deadline");
    assertThat(deadline.path("kind").asText()).isEqualTo("补正告知期限");
    assertThat(deadline.path("dueOn").asText()).startsWith("2031-");
    assertThat(deadline.path("provisional").asBoolean()).as(deadline.toString()).isTrue();
  }

  /**
   * Audit round 30 (note to F1): a request received in mid-December of the last year with a
   * holiday notice has its correction notice due that year (not provisional) and its reply due
   * in the next year, which has none: the line's 答复期限 ({@code dueOn}, {@code replyDueOn}) is
   * marked 暂算 as 期限监控 and the task forms mark it, on the list and on the case page. The
   * years come from the calendar (a test elsewhere may publish 2027's notice); a request
   * received on {@link #TODAY} is the control.
   */
  @Test
  void aReplyDateInAYearWithoutItsHolidayNoticeIsMarkedLikeTheDeadlineOverview() throws Exception {
    int year = 2027;
    while (!calendar.isProvisional(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        || calendar.isProvisional(LocalDate.of(year - 1, 12, 1), LocalDate.of(year - 1, 12, 31))) {
      year++;
    }
    LocalDate receivedOn = LocalDate.of(year - 1, 12, 14);
    while (!calendar.isWorkingDay(receivedOn)) {
      receivedOn = receivedOn.plusDays(1);
    }
    EngineClock.at(receivedOn);
    String number = register(receivedOn, uniqueName("跨年申请单位"), null);

    JsonNode row = row(ledger("wangli", "trackingNumber=" + number), number);
    assertThat(row.path("deadline").path("kind").asText()).isEqualTo("补正告知期限");
    assertThat(row.path("deadline").path("provisional").asBoolean(true)).isFalse();
    assertThat(row.path("replyDueOn").asText()).startsWith(year + "-");
    assertThat(row.path("replyDueProvisional").asBoolean()).as(row.toString()).isTrue();
    assertThat(row.path("dueProvisional").asBoolean()).isTrue();
    assertThat(get("/api/ledger/cases/" + number, "wangli").path("replyDueProvisional")
        .asBoolean()).isTrue();
    // The same date, the same mark in 期限监控 and the task form.
    JsonNode overview = get("/api/deadlines", "wangli");
    JsonNode listed = null;
    for (String list : List.of("overdue", "dueSoon", "later")) {
      for (JsonNode c : overview.path(list)) {
        if (c.path("trackingNumber").asText().equals(number)) {
          listed = c;
        }
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.path("dueOn").asText()).isEqualTo(row.path("replyDueOn").asText());
    assertThat(listed.path("provisional").asBoolean()).isTrue();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    assertThat(runtime.getVariable(instance, "replyDueDateText").toString()).contains("暂算");

    // The same date ordered by a decision is not counted, so no holiday notice moves it: never
    // 暂算 (ADR 0108), in the ledger and in 期限监控 alike.
    register.setOrderedDueOn(number, LocalDate.parse(row.path("replyDueOn").asText()));
    JsonNode ordered = row(ledger("wangli", "trackingNumber=" + number), number);
    assertThat(ordered.path("replyDueProvisional").asBoolean(true)).as(ordered.toString())
        .isFalse();
    boolean listedProvisional = true;
    for (String list : List.of("overdue", "dueSoon", "later")) {
      for (JsonNode c : get("/api/deadlines", "wangli").path(list)) {
        if (c.path("trackingNumber").asText().equals(number)) {
          listedProvisional = c.path("provisional").asBoolean(true);
        }
      }
    }
    assertThat(listedProvisional).isFalse();

    EngineClock.at(TODAY);
    String control = register(TODAY, uniqueName("年中申请单位"), null);
    JsonNode plain = row(ledger("wangli", "trackingNumber=" + control), control);
    assertThat(plain.path("replyDueProvisional").isBoolean()).isTrue();
    assertThat(plain.path("replyDueProvisional").asBoolean()).isFalse();
  }

  /**
   * Art. 36(五): the name and contact details of the agency responsible for an item not held
   * here go from the split form through the guard into the register, and the case page shows
   * them.
   */
  @Test
  void theResponsibleAgencysContactFromTheSplitIsOnTheCasePage() throws Exception {
    String number = split(uniqueName("不掌握单位"),
        "[{\"title\":\"全市统计公报\",\"finding\":\"NOT_HELD\","
            + "\"responsibleAgency\":\"示范市统计局\","
            + "\"notOursReason\":\"该信息由示范市统计局制作并保存\","
            + "\"responsibleAgencyContact\":\"电话0595-22000000\"}]");

    JsonNode item = get("/api/ledger/cases/" + number, "wangli").path("items").get(0);
    assertThat(item.path("responsibleAgency").asText()).isEqualTo("示范市统计局");
    assertThat(item.path("responsibleAgencyContact").asText()).isEqualTo("电话0595-22000000");
  }

  /** The case page names the reviewer as the audit trail does (李娜), not by login id. */
  @Test
  void theCasePageNamesTheReviewer() throws Exception {
    String number = split(uniqueName("审查人单位"),
        "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]");
    engineRest.submitTaskForm("lina", engineRest.onlyTask("lina", number,
        ElementIds.TASK_REVIEW_ITEM), Map.of("reviewConclusion", text("RELEASABLE")));
    EngineRest.runJobs(management);

    JsonNode item = get("/api/ledger/cases/" + number, "chengang").path("items").get(0);
    assertThat(item.path("reviewer").asText()).isEqualTo("李娜");
  }

  /**
   * Audit 35a F9: a review made at 03:38 Beijing time (19:38 UTC the day before) is dated on the
   * case page by the Beijing day, as the trail dates it, not by the server's zone.
   */
  @Test
  void theCasePageDatesAReviewNearMidnightByTheBeijingDay() throws Exception {
    String number = split(uniqueName("午夜审查单位"),
        "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]");
    engineRest.submitTaskForm("lina", engineRest.onlyTask("lina", number,
        ElementIds.TASK_REVIEW_ITEM), Map.of("reviewConclusion", text("RELEASABLE")));
    EngineRest.runJobs(management);
    jdbc.update("UPDATE ogi_item_review SET reviewed_at = ? WHERE item_id IN"
        + " (SELECT id FROM ogi_info_item WHERE case_ref = ?)",
        java.sql.Timestamp.from(java.time.Instant.parse("2026-06-15T19:38:00Z")), number);

    JsonNode item = get("/api/ledger/cases/" + number, "chengang").path("items").get(0);
    assertThat(item.path("reviewedOn").asText()).isEqualTo("2026-06-16");
  }

  /**
   * ADR 0127 (audit 31a, F1 (b)): the case page names the reviewer by the name the register
   * recorded with the review (V86), so once the account is deleted it still shows the name of
   * the day; the old code looked the name up when the page was read and showed the bare id.
   */
  @Test
  void theCasePageKeepsTheReviewersNameOnceTheAccountIsDeleted() throws Exception {
    String reviewer = "tmprev" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    org.camunda.bpm.engine.identity.User user = identity.newUser(reviewer);
    // As the seeder stores names: family name in firstName (PersonNames).
    user.setFirstName("王");
    user.setLastName("五");
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(reviewer, "legal");
    String number;
    try {
      number = split(uniqueName("已删除审查人单位"),
          "[{\"title\":\"2025年行政许可统计\",\"finding\":\"HELD\"}]");
      engineRest.submitTaskForm(reviewer, engineRest.onlyTask(reviewer, number,
          ElementIds.TASK_REVIEW_ITEM), Map.of("reviewConclusion", text("RELEASABLE")));
      EngineRest.runJobs(management);
    } finally {
      identity.deleteUser(reviewer);
    }

    JsonNode item = get("/api/ledger/cases/" + number, "chengang").path("items").get(0);
    assertThat(item.path("reviewer").asText()).isEqualTo("王五");
    assertThat(item.has("reviewerNameRecorded")).isFalse();
  }

  /**
   * Audit 32a F2: the redaction note names the withheld third party's data; the case page
   * showed it whole to auditors. Masked as the reply prints it (ADR 0131); the register keeps it.
   */
  @Test
  void theRedactionNoteIsMaskedOnTheCasePage() throws Exception {
    String number = split(uniqueName("遮盖单位"),
        "[{\"title\":\"2025年行政处罚决定书汇编\",\"finding\":\"HELD\"}]");
    String note = "当事人李四（身份证号350102198001011234，电话13700002222，住示范市西街9号）的个人信息";
    engineRest.submitTaskForm("lina", engineRest.onlyTask("lina", number,
        ElementIds.TASK_REVIEW_ITEM), Map.of("reviewConclusion", text("RELEASABLE_REDACTED"),
        "redactionNote", text(note), "withholdingGround", text("THIRD_PARTY"),
        "legalBasis", text("《中华人民共和国政府信息公开条例》第十五条")));
    EngineRest.runJobs(management);

    for (String user : List.of("wangli", "chengang", "sunyue")) {
      JsonNode item = get("/api/ledger/cases/" + number, user).path("items").get(0);
      assertThat(item.path("redactionNote").asText()).as(user).contains("当事人李四", "示范市***")
          .doesNotContain("350102198001011234", "13700002222", "西街9号");
    }
  }

  /** Art. 30: while the applicant corrects the request, no reply deadline runs or is shown. */
  /**
   * Audit 31b F5: an online application is received on the day the office confirms it (Art.
   * 31(3)); until then the ledger and the case page give no receipt date and no reply deadline
   * (待确认), as the applicant's status page does.
   */
  @Test
  void anUnconfirmedOnlineApplicationHasNoReceiptDateOrDeadlineYet() throws Exception {
    limiter.reset();
    String applicant = uniqueName("网上申请单位");
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("applicantType", "COMMERCIAL");
    form.put("applicantName", applicant);
    form.put("idType", "USCC");
    form.put("idNumber", "91350100M000100Y43");
    form.put("contactPhone", "13812345678");
    form.put("description", "2025年本局行政许可办理情况统计");
    form.put("deliveryForm", "ELECTRONIC");
    form.put("deliveryMethod", "ONLINE");
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> created = rest.exchange("/api/public/requests", HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(json.writeValueAsBytes(form), headers),
        String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(created.getBody()).path("trackingNumber").asText();

    JsonNode row = row(ledger("wangli", "applicant=" + enc(applicant)), number);
    JsonNode page = get("/api/ledger/cases/" + number, "wangli");
    for (JsonNode line : List.of(row, page)) {
      assertThat(line.path("status").asText()).isEqualTo("SUBMITTED");
      assertThat(line.path("receiptPending").asBoolean()).isTrue();
      assertThat(line.path("receivedOn").isNull()).as(line.toString()).isTrue();
      assertThat(line.path("receivedOnText").asText())
          .isEqualTo("待确认（" + TODAY + "网上提交，收到日期以确认之日为准）");
      assertThat(line.path("dueOn").isNull()).isTrue();
      assertThat(line.path("replyDueOn").isNull()).isTrue();
      assertThat(line.path("deadline").isNull()).isTrue();
    }
    // A registered case keeps its dates.
    String registered = register(TODAY, applicant, null);
    JsonNode other = row(ledger("wangli", "applicant=" + enc(applicant)), registered);
    assertThat(other.path("receiptPending").asBoolean()).isFalse();
    assertThat(other.path("receivedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(other.path("receivedOnText").asText()).isEqualTo(TODAY.toString());
    assertThat(other.path("replyDueOn").asText())
        .isEqualTo(calendar.addWorkingDays(TODAY, 20).toString());
  }

  @Test
  void aCaseAwaitingCorrectionShowsItsCorrectionDeadlineAndNoReplyDate() throws Exception {
    String applicant = uniqueName("补正单位");
    String number = register(TODAY, applicant, null);
    assertThat(row(ledger("wangli", "applicant=" + enc(applicant)), number)
        .path("replyDueOn").asText()).isNotEmpty();

    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", number,
        TASK_CHECK_COMPLETENESS), Map.of("completenessDecision", text("CORRECTION"),
            "correctionPoints", text("请写明所需信息的名称或文号")));
    EngineRest.runJobs(management);
    JsonNode row = row(ledger("wangli", "applicant=" + enc(applicant)), number);
    assertThat(row.path("statusLabel").asText()).isEqualTo("等待补正");
    assertThat(row.path("replyDueOn").isNull()).isTrue();
    assertThat(row.path("deadline").path("kind").asText()).isEqualTo("补正期限");

    // A notice sent after the 7 working days restarts nothing (Art. 30, ADR 0036): the reply
    // date from the receipt stands, overdue, while the case waits for the correction.
    LocalDate longAgo = TODAY.minusDays(45);
    String late = register(longAgo, applicant, null);
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", late,
        TASK_CHECK_COMPLETENESS), Map.of("completenessDecision", text("CORRECTION"),
            "correctionPoints", text("请写明所需信息的名称或文号")));
    EngineRest.runJobs(management);
    JsonNode lateRow = row(ledger("wangli", "applicant=" + enc(applicant)), late);
    LocalDate due = calendar.addWorkingDays(longAgo, 20);
    assertThat(lateRow.path("statusLabel").asText()).isEqualTo("等待补正");
    assertThat(lateRow.path("replyDueOn").asText()).isEqualTo(due.toString());
    assertThat(lateRow.path("deadline").path("kind").asText()).isEqualTo("答复期限");
    assertThat(lateRow.path("deadline").path("light").asText()).isEqualTo("red");
  }

  @Test
  void anOverdueCaseShowsRedAndOneDueSoonYellow() throws Exception {
    String applicant = uniqueName("期限灯单位");
    LocalDate overdueReceived = TODAY.minusDays(45);
    String overdue = register(overdueReceived, applicant, null);
    String onTrack = register(TODAY, applicant, null);

    JsonNode stillRegistered = row(ledger("wangli", "applicant=" + enc(applicant)), overdue);
    assertThat(stillRegistered.path("deadline").path("kind").asText()).isEqualTo("补正告知期限");
    assertThat(stillRegistered.path("deadline").path("light").asText()).isEqualTo("red");

    // Complete: the reply deadline (答复期限) matters now, 20 working days from receipt.
    engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", overdue,
        TASK_CHECK_COMPLETENESS), Map.of("completenessDecision", text("COMPLETE")));
    JsonNode row = row(ledger("wangli", "applicant=" + enc(applicant)), overdue);
    LocalDate due = calendar.addWorkingDays(overdueReceived, 20);
    assertThat(row.path("statusLabel").asText()).isEqualTo("已登记受理");
    assertThat(row.path("deadline").path("kind").asText()).isEqualTo("答复期限");
    assertThat(row.path("deadline").path("dueOn").asText()).isEqualTo(due.toString());
    assertThat(row.path("deadline").path("workingDaysLeft").asInt())
        .isEqualTo(calendar.workingDaysBetween(TODAY, due)).isNegative();
    assertThat(row.path("deadline").path("light").asText()).isEqualTo("red");
    assertThat(row.path("steps").get(0).path("name").asText()).isEqualTo("检索信息并拆分信息项");
    assertThat(row(ledger("wangli", "applicant=" + enc(applicant)), onTrack)
        .path("deadline").path("light").asText()).isEqualTo("green");

    // The case page: the same case with its timeline from the audit trail and its links.
    JsonNode page = get("/api/ledger/cases/" + overdue, "chengang");
    assertThat(page.path("deadline").path("light").asText()).isEqualTo("red");
    assertThat(page.path("timeline").size()).isGreaterThan(1);
    assertThat(page.path("links").path("auditTrail").asText()).isEqualTo("/audit/cases/" + overdue);
    assertThat(page.path("links").path("applicant").isNull()).isTrue();
    assertThat(get("/api/ledger/cases/" + overdue, "wangli").path("links").path("applicant")
        .asText()).isEqualTo("/cases/" + overdue + "/applicant");
    assertThat(page.path("cockpitPath").asText()).contains("#/process-instance/");

    // The overdue filter of the leadership view lists it, under the office's group.
    JsonNode drill = ledger("chengang", "deadline=overdue&group=office&applicant="
        + enc(applicant));
    assertThat(numbers(drill)).containsExactly(overdue);
  }

  @Test
  void searchesByStatusAndApplicantAndPagesOnTheServer() throws Exception {
    String applicant = uniqueName("分页单位");
    List<String> registered = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      registered.add(register(TODAY.minusDays(i), applicant, null));
    }
    JsonNode first = ledger("sunyue", "applicant=" + enc(applicant) + "&size=2");
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(first.path("pages").asLong()).isEqualTo(2);
    assertThat(first.path("cases")).hasSize(2);
    JsonNode second = ledger("sunyue", "applicant=" + enc(applicant) + "&size=2&page=2");
    assertThat(second.path("cases")).hasSize(1);
    List<String> seen = new ArrayList<>(numbers(first));
    seen.addAll(numbers(second));
    // Newest receipt first, each case once.
    assertThat(seen).containsExactly(registered.get(0), registered.get(1), registered.get(2));

    assertThat(ledger("sunyue", "applicant=" + enc(applicant) + "&status=REGISTERED")
        .path("total").asLong()).isEqualTo(3);
    assertThat(ledger("sunyue", "applicant=" + enc(applicant) + "&status=DELIVERED")
        .path("total").asLong()).isZero();
    assertThat(ledger("sunyue", "applicant=" + enc(applicant) + "&receivedFrom="
        + TODAY.minusDays(1) + "&receivedTo=" + TODAY).path("total").asLong()).isEqualTo(2);
  }

  /**
   * Cockpit (CE) shows running instances only; for an ended one it silently opens the process's
   * page (audit round 27, F7): the ledger and the case page link Cockpit while the case runs.
   */
  @Test
  void cockpitIsLinkedOnlyWhileTheCaseRuns() throws Exception {
    String applicant = uniqueName("监控链接单位");
    String tn = register(TODAY, applicant, null);
    assertThat(get("/api/ledger/cases/" + tn, "chengang").path("cockpitPath").asText())
        .contains("#/process-instance/");
    assertThat(row(ledger("chengang", "applicant=" + enc(applicant)), tn).path("cockpitPath")
        .asText()).contains("#/process-instance/");
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn)
        .singleResult().getId();
    runtime.deleteProcessInstance(instance, "LedgerIT: an ended instance");
    assertThat(get("/api/ledger/cases/" + tn, "chengang").path("cockpitPath").isNull()).isTrue();
    assertThat(row(ledger("chengang", "applicant=" + enc(applicant)), tn).path("cockpitPath")
        .isNull()).isTrue();
  }

  @Test
  void badParametersAre400InChineseNamingTheField() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("status=DONE", "办理状态");
    expected.put("receivedFrom=2026-13-01", "收到日期（起）");
    expected.put("receivedFrom=2026-02-01&receivedTo=2026-01-01", "收到日期（止）早于");
    expected.put("page=0", "页码");
    expected.put("size=1000", "每页件数");
    expected.put("outcome=9.9", "办理结果代码");
    expected.put("deadline=soon", "期限筛选");
    for (Map.Entry<String, String> bad : expected.entrySet()) {
      ResponseEntity<String> answer =
          Http.get(rest, "/api/ledger?" + bad.getKey(), "sunyue", null);
      assertThat(answer.getStatusCode()).as(bad.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(answer.getBody()).path("message").asText()).as(bad.getKey())
          .contains(bad.getValue());
    }
    ResponseEntity<String> year =
        Http.get(rest, "/api/ledger/leadership?year=abc", "chengang", null);
    assertThat(year.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(year.getBody()).path("message").asText()).contains("年度");
  }

  @Test
  void officeLeadershipAndAuditorsReadLegalAndOthersAreRefused() throws Exception {
    for (String reader : List.of("wangli", "chengang", "sunyue", "admin")) {
      assertThat(Http.get(rest, "/api/ledger", reader, null).getStatusCode()).as(reader)
          .isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> legal = Http.get(rest, "/api/ledger", "lina", null);
    assertThat(legal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(legal.getBody()).path("message").asText()).contains("仅限");
    String outsider = "ledgernogroup";
    if (identity.createUserQuery().userId(outsider).count() == 0) {
      User user = identity.newUser(outsider);
      user.setFirstName("某");
      user.setLastName("外");
      user.setPassword(Http.DEMO_PASSWORD);
      identity.saveUser(user);
    }
    assertThat(Http.get(rest, "/api/ledger", outsider, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> page = Http.get(rest, "/ledger", outsider, null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The shared Chinese refusal page (enginerest/BrowserErrorPages), naming who may open it.
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("<title>无权访问</title>", "<h1>无权访问</h1>",
        "<p>仅限政府信息公开办公室、领导小组、审计</p>", "href=\"/camunda/app/welcome/default/\"");
    assertThat(page.getBody()).doesNotContain("only office", "AccessDenied");
    assertThat(rest.getForEntity("/api/ledger", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // The leadership view: leadership and the office only.
    assertThat(Http.get(rest, "/api/ledger/leadership", "sunyue", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.get(rest, "/api/ledger/leadership", "wangli", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // Same login as the webapps: the Cockpit session opens the page and the API.
    String cookie = Http.webappSession(rest, "cockpit", "chengang");
    ResponseEntity<String> html = Http.get(rest, "/ledger", null, cookie);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getBody()).contains("办件台账", "/ledger-assets/ledger.js");
    assertThat(html.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(Http.get(rest, "/api/ledger", null, cookie).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> leadershipPage =
        Http.get(rest, "/ledger/leadership", null, cookie);
    assertThat(leadershipPage.getBody()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(rest.getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> unknown = Http.get(rest, "/ledger/cases/NO-SUCH-CASE", null, cookie);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("<h1>未找到</h1>",
        "<p>没有受理编号为 NO-SUCH-CASE 的办件。</p>");
    assertThat(unknown.getBody()).doesNotContain("unknown tracking number");
    // Linked from Welcome and Cockpit (each link shown to whom /api/webapp/navigation names,
    // StaffLinksIT).
    assertThat(rest.getForObject("/camunda/app/welcome/scripts/config.js", String.class))
        .contains("href: '/ledger'", "href: '/ledger/leadership'", "ogi-welcome.js");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/ogi-deadlines.js", String.class))
        .contains("'LEDGER'", "'LEADERSHIP_VIEW'", "renderLink");
  }

  /**
   * The pages' navigation shows each role only what opens for it: no 任务列表 and no 领导视图 for
   * the auditor, but 合规检查 and 年度报告; the office has no 监控中心.
   */
  @Test
  void theNavigationLinksOnlyWhatOpensForTheReader() throws Exception {
    String number = register(TODAY, uniqueName("导航单位"), null);
    String auditor = Http.get(rest, "/ledger", "sunyue", null).getBody();
    assertThat(nav(auditor)).contains("href=\"/camunda/app/cockpit/default/\"",
        "href=\"/audit/compliance\">合规检查</a>", "href=\"/reports/2025\">年度报告</a>",
        "href=\"/camunda/app/welcome/default/\"")
        .doesNotContain("tasklist", "/ledger/leadership", "任务列表", "领导视图");
    assertThat(nav(Http.get(rest, "/ledger/cases/" + number, "sunyue", null).getBody()))
        .contains("href=\"/ledger\">办件台账</a>", "合规检查").doesNotContain("任务列表", "领导视图");
    String office = Http.get(rest, "/ledger", "wangli", null).getBody();
    assertThat(nav(office)).contains("href=\"/camunda/app/tasklist/default/\">任务列表</a>",
        "href=\"/ledger/leadership\">领导视图</a>", "合规检查", "年度报告")
        .doesNotContain("cockpit", "监控中心");
    String leader = Http.get(rest, "/ledger/leadership", "chengang", null).getBody();
    assertThat(nav(leader)).contains("任务列表", "监控中心", "href=\"/ledger\">办件台账</a>",
        "合规检查", "data-page=\"annual_report\"").doesNotContain("领导视图");
    // Each link the auditor is shown opens for it; the ones it is not shown are refused.
    for (String path : List.of("/camunda/app/welcome/default/", "/audit/compliance",
        "/reports/2025", "/audit/cases")) {
      assertThat(Http.get(rest, path, "sunyue", null).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(Http.get(rest, "/ledger/leadership", "sunyue", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static String nav(String page) {
    int start = page.indexOf("<nav class=\"ogi-nav\">");
    assertThat(start).as(page).isNotNegative();
    return page.substring(start, page.indexOf("</nav>", start));
  }

  @Test
  void noPersonalDataUnmaskedInTheLedgerJson() throws Exception {
    String applicant = uniqueName("个人数据");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String idNumber = SampleIds.residentId();
    String phone = SampleIds.mobile();
    String email = "ledger" + random.nextInt(1_000_000) + "@example.cn";
    String address = "示范市海淀区台账路" + random.nextInt(1000) + "号";
    // A person's document for a natural person (audit round 24, F10).
    Map<String, Object> personal = Map.of("applicantType", text("NATURAL_PERSON"),
        "idType", text("RESIDENT_ID"), "idNumber", text(idNumber), "contactPhone", text(phone), "contactEmail", text(email),
        "contactAddress", text(address), "requestDescription",
        // An e-mail in the request too (audit 32b F7, ADR 0131).
        text("请公开2025年行政许可统计，联系电话 " + phone + "，邮箱 " + email));
    String number = register(TODAY, applicant, personal);
    assertThat(register.applicantContact(number).orElseThrow().idNumber()).isEqualTo(idNumber);

    for (String user : List.of("wangli", "chengang", "sunyue")) {
      String list =
          Http.get(rest, "/api/ledger?trackingNumber=" + number, user, null).getBody();
      String one = Http.get(rest, "/api/ledger/cases/" + number, user, null).getBody();
      assertThat(list).contains(number);
      assertThat(one).contains(number, "行政许可统计");
      for (String text : List.of(list, one)) {
        assertThat(text).doesNotContain(idNumber, idNumber.substring(6, 14), phone, email,
            address);
      }
    }
  }

  @Test
  void leadershipFiguresEqualTheAnnualReport() throws Exception {
    // Two cases closed in 2025 without a reply: a repeat request (5.2) in March and a
    // correction not made (6.1) in May, written through the register's own methods.
    String repeat = closedCase(LocalDate.of(2025, 3, 3), OutcomeCode.NOT_PROCESSED_REPEAT,
        LocalDate.of(2025, 3, 10));
    String noCorrection = closedCase(LocalDate.of(2025, 5, 6),
        OutcomeCode.OTHER_NO_CORRECTION, LocalDate.of(2025, 6, 30));

    JsonNode figures = get("/api/ledger/leadership?year=2025", "chengang");
    JsonNode report = get("/api/reports/2025", "chengang");
    JsonNode table3 = table(report, "t3");
    long closedTotal = 0;
    for (OutcomeCode outcome : OutcomeCode.values()) {
      JsonNode figure = figure(figures.path("outcomes"), outcome.code());
      long reportCell = cell(table3, "o" + outcome.code(), "TOTAL");
      assertThat(figure.path("count").asLong()).as(outcome.code()).isEqualTo(reportCell);
      closedTotal += reportCell;
      // The figure drills into exactly as many cases in the ledger.
      assertThat(ledger("chengang", figure.path("ledgerQuery").asText()).path("total").asLong())
          .as(outcome.code()).isEqualTo(reportCell);
    }
    assertThat(figure(figures.path("outcomes"), "5.2").path("count").asLong()).isPositive();
    assertThat(figure(figures.path("outcomes"), "6.1").path("count").asLong()).isPositive();
    assertThat(numbers(ledger("chengang", "closedYear=2025&outcome=5.2"))).contains(repeat);
    assertThat(closedTotal).isEqualTo(cell(table3, "closed", "TOTAL"));
    assertThat(figures.path("handlingTime").path("closedCases").asLong()).isEqualTo(closedTotal);

    long intake = 0;
    for (JsonNode month : figures.path("intakeByMonth")) {
      intake += month.path("count").asLong();
    }
    assertThat(intake).isEqualTo(cell(table3, "new", "TOTAL"));
    JsonNode may = figure(figures.path("intakeByMonth"), "2025-05");
    assertThat(may.path("count").asLong()).isPositive();
    assertThat(numbers(ledger("chengang", may.path("ledgerQuery").asText())))
        .contains(noCorrection).doesNotContain(repeat);
    // Time is the agency's: the 6.1 case (6 May to 30 June, the applicant's time to correct)
    // is counted, not timed; the 5.2 case took 3 to 10 March 2025, 5 working days.
    assertThat(figures.path("handlingTime").path("worstTrackingNumber").asText())
        .isNotEqualTo(noCorrection);
    assertThat(figures.path("handlingTime").path("worstWorkingDays").asInt())
        .isGreaterThanOrEqualTo(calendar.workingDaysBetween(LocalDate.of(2025, 3, 3),
            LocalDate.of(2025, 3, 10)))
        .isLessThan(calendar.workingDaysBetween(LocalDate.of(2025, 5, 6),
            LocalDate.of(2025, 6, 30)));
  }

  /**
   * A complaint registered without a request (申诉、举报, Art. 51, SSJB-…, ADR 0037) is a line of
   * the ledger: its own kind, found by its number, with its receipt, status and answer
   * deadline; its line opens its audit trail, which shows what was registered. The same readers
   * as for requests (legal refused), and nothing of the complaint's text (it may name people).
   */
  @Test
  void aComplaintWithoutARequestIsALineOfTheLedgerAndHasItsAuditTrail() throws Exception {
    String phone = SampleIds.mobile();
    String docket = "示政办转〔2026〕" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号";
    ResponseEntity<String> created = Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/complaints", json.writeValueAsString(Map.of("complaintKind", "COMPLAINT",
            "appealBody", "示范市人民政府办公室", "docketNo", docket, "servedOn", TODAY.toString(),
            "complaintText", "该局政府信息公开指南多年未更新，联系电话 " + phone)));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(created.getBody()).path("trackingNumber").asText();
    assertThat(number).startsWith("SSJB-");
    LocalDate due = calendar.addWorkingDays(TODAY, 15);

    JsonNode page = ledger("sunyue", "trackingNumber=" + number);
    assertThat(page.path("total").asLong()).as(page.toString()).isEqualTo(1);
    JsonNode row = row(page, number);
    assertThat(row.path("kind").asText()).isEqualTo("COMPLAINT");
    assertThat(row.path("kindLabel").asText()).isEqualTo("申诉举报");
    assertThat(row.path("statusLabel").asText()).isEqualTo("待答复");
    assertThat(row.path("receivedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(row.path("replyDueOn").asText()).isEqualTo(due.toString());
    assertThat(row.path("dueOn").asText()).isEqualTo(due.toString());
    assertThat(row.path("late").asBoolean()).isFalse();
    assertThat(row.path("deadline").path("kind").asText()).isEqualTo("答复期限");
    assertThat(row.path("deadline").path("light").asText()).isEqualTo("green");
    assertThat(row.path("subject").asText()).contains("投诉", "示范市人民政府办公室转办", docket,
        "所涉：本机关政府信息公开工作");
    assertThat(row.path("steps").get(0).path("name").asText()).isEqualTo("起草申诉举报答复");
    assertThat(row.path("casePath").asText()).isEqualTo("/audit/cases/" + number);
    // Part of the number, in any case, finds it like a request's.
    assertThat(numbers(ledger("wangli", "trackingNumber=" + number.toLowerCase())))
        .containsExactly(number);
    assertThat(numbers(ledger("chengang", "kind=COMPLAINT&receivedFrom=" + TODAY
        + "&receivedTo=" + TODAY + "&size=100"))).contains(number);
    // Filters only a request can meet leave it out.
    for (String requestsOnly : List.of("kind=REQUEST", "status=REGISTERED", "applicant=示范",
        "closedYear=2026")) {
      assertThat(ledger("chengang", requestsOnly + "&trackingNumber=" + number)
          .path("total").asLong()).as(requestsOnly).isZero();
    }

    // The audit trail opens for its number: what was registered and when it is due.
    JsonNode trail = get("/api/audit/cases/" + number, "sunyue");
    assertThat(trail.path("complaint").path("statusLabel").asText()).isEqualTo("待答复");
    assertThat(trail.path("complaint").path("answerDueOn").asText()).isEqualTo(due.toString());
    JsonNode received = entry(trail, "COMPLAINT_RECEIPT");
    assertThat(received.path("activity").asText()).isEqualTo("收到投诉（示范市人民政府办公室转办）");
    assertThat(received.path("detail").asText()).contains("来文编号 " + docket);
    ResponseEntity<String> html = Http.get(rest, "/audit/cases/" + number, "chengang", null);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getBody()).contains("申诉举报编号", number, "示范市人民政府办公室", "待答复");

    // Who may see it: as for requests; the complaint's text is not shown.
    for (String reader : List.of("wangli", "chengang", "sunyue")) {
      for (String path : List.of("/api/ledger?trackingNumber=" + number,
          "/api/audit/cases/" + number, "/audit/cases/" + number)) {
        ResponseEntity<String> answer = Http.get(rest, path, reader, null);
        assertThat(answer.getStatusCode()).as(reader + path).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).as(reader + path).contains(number).doesNotContain(phone);
      }
    }
    for (String path : List.of("/api/ledger?trackingNumber=" + number,
        "/api/audit/cases/" + number)) {
      assertThat(Http.get(rest, path, "lina", null).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  /**
   * A proactive-disclosure batch (主动公开, ZDGK-…) is a line of the ledger: its number, status,
   * the Art. 26 due date of the batch (its earliest item's: formed or changed + 20 working days)
   * and whether it is late (an item due and not yet published), found by its number; requests,
   * complaints and batches page together, each line once.
   */
  @Test
  void aPublicationBatchIsALineOfTheLedgerWithItsArticle26DueDate() throws Exception {
    LocalDate formedLongAgo = TODAY.minusDays(45);
    String batch = draftBatch(Map.of("2026年第一季度统计数据", formedLongAgo,
        "2026年上半年工作动态", TODAY));
    LocalDate due = calendar.addWorkingDays(formedLongAgo, 20);

    JsonNode page = ledger("sunyue", "trackingNumber=" + batch);
    assertThat(page.path("total").asLong()).as(page.toString()).isEqualTo(1);
    JsonNode row = row(page, batch);
    assertThat(row.path("kind").asText()).isEqualTo("PUBLICATION");
    assertThat(row.path("kindLabel").asText()).isEqualTo("主动公开");
    assertThat(row.path("statusLabel").asText()).isEqualTo("审查审批中");
    assertThat(row.path("receivedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(row.path("dueOn").asText()).isEqualTo(due.toString());
    assertThat(row.path("late").asBoolean()).isTrue();
    assertThat(row.path("deadline").path("kind").asText()).isEqualTo("发布期限");
    assertThat(row.path("deadline").path("light").asText()).isEqualTo("red");
    assertThat(row.path("subject").asText()).isEqualTo("共 2 项：待审查或审批 2 项；逾期 1 项（第二十六条）");
    assertThat(row.path("casePath").asText()).isEqualTo("/audit/cases/" + batch);
    assertThat(numbers(ledger("chengang", "kind=PUBLICATION&receivedFrom=" + TODAY
        + "&size=100"))).contains(batch);
    assertThat(ledger("chengang", "kind=COMPLAINT&trackingNumber=" + batch).path("total")
        .asLong()).isZero();
    // The leadership view lists it by its earliest open item's 发布期限 (audit 33a F13, ADR 0144).
    ResponseEntity<String> view = Http.get(rest, "/api/ledger/leadership", "chengang", null);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode batchFigure = StreamSupport.stream(json.readTree(view.getBody())
            .path("publicationDeadlines").spliterator(), false)
        .filter(b -> b.path("batchNumber").asText().equals(batch)).findFirst()
        .orElseThrow(() -> new AssertionError(batch + " not in " + view.getBody()));
    assertThat(batchFigure.path("dueText").asText())
        .isEqualTo(io.github.ogiworkflow.calendar.ChineseDateText.of(due));
    assertThat(batchFigure.path("status").asText()).isEqualTo("已超期");
    assertThat(batchFigure.path("overdue").asBoolean()).isTrue();
    assertThat(batchFigure.path("openItems").asInt()).isEqualTo(2);
    assertThat(batchFigure.path("ledgerQuery").asText()).isEqualTo("trackingNumber=" + batch);

    // All kinds of one day, two lines a page: every line once, newest number first.
    String complaint = json.readTree(Http.asUser(rest, "lina", HttpMethod.POST,
        "/api/appeals/complaints", json.writeValueAsString(Map.of("complaintKind", "REPORT",
            "appealBody", "示范市人民政府办公室", "servedOn", TODAY.toString(),
            "complaintReference", batch, "complaintText", "举报统计数据未按时公开")))
        .getBody()).path("trackingNumber").asText();
    String request = register(TODAY, uniqueName("同日单位"), null);
    String day = "receivedFrom=" + TODAY + "&receivedTo=" + TODAY;
    JsonNode all = ledger("sunyue", day + "&size=100");
    long total = all.path("total").asLong();
    List<String> paged = new ArrayList<>();
    for (int p = 1; p <= (total + 1) / 2; p++) {
      paged.addAll(numbers(ledger("sunyue", day + "&size=2&page=" + p)));
    }
    assertThat(paged).hasSize((int) total).doesNotHaveDuplicates()
        .contains(batch, complaint, request);
    if (total <= 100) {
      assertThat(paged).isEqualTo(numbers(all));
    }
    assertThat(row(all, complaint).path("subject").asText()).contains("举报", "所涉：" + batch);
  }

  /**
   * A batch's line links its ProactiveDisclosure instance in Cockpit, as a request's line does
   * (for leadership and auditors; the office has no Cockpit), and its audit trail carries the
   * register's record of the batch: 批次编号, each line with its review, approval, status,
   * 发布期限 and channels, and each publication as a step of the trail.
   */
  @Test
  void aPublicationBatchLinksToCockpitAndItsTrailShowsItsLinesFromTheRegister()
      throws Exception {
    String published = "2026年上半年财政预算执行情况" + ThreadLocalRandom.current().nextInt(1000, 9999);
    String withheld = "2026年行政执法检查案卷" + ThreadLocalRandom.current().nextInt(1000, 9999);
    Map<String, LocalDate> formed = new LinkedHashMap<>();
    formed.put(published, TODAY);
    formed.put(withheld, TODAY);
    String batch = draftBatch(formed);
    String instance = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(batch).processDefinitionKey("ProactiveDisclosure")
        .singleResult().getId();

    // Cockpit: leadership and auditors get the batch's instance, the office no link.
    for (String watcher : List.of("chengang", "sunyue")) {
      assertThat(row(ledger(watcher, "trackingNumber=" + batch), batch).path("cockpitPath")
          .asText()).as(watcher)
          .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
    }
    assertThat(row(ledger("wangli", "trackingNumber=" + batch), batch).path("cockpitPath")
        .isNull()).isTrue();
    // The line's due date is named for what it is.
    JsonNode line = row(ledger("sunyue", "trackingNumber=" + batch), batch);
    assertThat(line.path("dueLabel").asText()).isEqualTo("发布期限");
    assertThat(line.path("replyDueOn").isNull()).isTrue();

    // Legal reviews: one releasable, one withheld; the office publishes the first on the web.
    for (JsonNode review : engineRest.tasks("lina", batch, ElementIds.TASK_REVIEW_ITEM)) {
      boolean release = review.path("name").asText().contains(published);
      engineRest.submitTaskForm("lina", review.path("id").asText(), release
          ? Map.of("reviewConclusion", text("RELEASABLE"))
          : Map.of("reviewConclusion", text("WITHHOLD"), "withholdingGround",
              text("ENFORCEMENT_FILE"), "legalBasis", text("《条例》第十六条第二款")));
    }
    EngineRest.runJobs(management);
    String record = engineRest.onlyTask("wangli", batch, ElementIds.TASK_RECORD_PUBLICATION);
    JsonNode lines = json.readTree(json.readTree(Http.asUser(rest, "wangli", HttpMethod.GET,
        "/engine-rest/task/" + record + "/variables/publications?deserializeValue=false", null)
        .getBody()).path("value").asText());
    assertThat(lines).hasSize(1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) lines.get(0))
        .put("publishedOn", TODAY.toString()).put("location", "https://www.example.gov.cn/zwgk/1");
    engineRest.submitTaskForm("wangli", record, Map.of("publications", Map.of("type", "Json",
        "value", json.writeValueAsString(lines))));
    EngineRest.runJobs(management);
    // The batch has ended: Cockpit (CE) would not show it, so no link (its trail is below).
    assertThat(row(ledger("chengang", "trackingNumber=" + batch), batch).path("cockpitPath")
        .isNull()).isTrue();

    JsonNode trail = get("/api/audit/cases/" + batch, "sunyue");
    JsonNode record26 = trail.path("batch");
    assertThat(record26.path("batchNumber").asText()).isEqualTo(batch);
    assertThat(record26.path("statusLabel").asText()).isEqualTo("已办结");
    assertThat(record26.path("registeredOn").asText()).isEqualTo(TODAY.toString());
    assertThat(record26.path("lines")).hasSize(2);
    JsonNode first = record26.path("lines").get(0);
    assertThat(first.path("title").asText()).isEqualTo(published);
    // The 信息项编号 a withdrawal names is here, not in the public catalogue (ADR 0146).
    long itemId = first.path("itemId").asLong();
    assertThat(itemId).isPositive();
    assertThat(first.path("review").asText()).isEqualTo("可以公开");
    assertThat(first.path("reviewer").asText()).isEqualTo("李娜（lina）");
    assertThat(first.path("approval").asText()).isEqualTo("无需领导审批");
    assertThat(first.path("statusLabel").asText()).isEqualTo("已发布");
    assertThat(first.path("firstPublishedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(first.path("dueOn").asText())
        .isEqualTo(calendar.addWorkingDays(TODAY, 20).toString());
    assertThat(first.path("late").asBoolean()).isFalse();
    assertThat(first.path("channels").get(0).asText())
        .isEqualTo("政府网站：" + CaseLetters.chinese(TODAY) + "发布（https://www.example.gov.cn/zwgk/1）");
    JsonNode second = record26.path("lines").get(1);
    assertThat(second.path("title").asText()).isEqualTo(withheld);
    assertThat(second.path("review").asText()).isEqualTo("不予公开（属于行政执法案卷）");
    assertThat(second.path("statusLabel").asText()).isEqualTo("不予发布");
    assertThat(second.path("statusReason").asText()).contains("经保密审查不予公开");
    assertThat(second.path("firstPublishedOn").isNull()).isTrue();
    JsonNode publication = entry(trail, "PUBLICATION");
    assertThat(publication.path("kindLabel").asText()).isEqualTo("主动公开发布");
    assertThat(publication.path("activity").asText())
        .isEqualTo("信息项 1「" + published + "」在政府网站发布");
    assertThat(publication.path("who").asText()).isEqualTo("王丽（wangli）");

    ResponseEntity<String> page = Http.get(rest, "/audit/cases/" + batch, "chengang", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("批次编号：<b>" + batch, "发布信息项", published,
        withheld, "可以公开", "不予公开（属于行政执法案卷）", "已发布", "不予发布", "已办结",
        "政府网站：" + CaseLetters.chinese(TODAY) + "发布", "<th>信息项编号</th>",
        "<tr><td>1</td><td>" + itemId + "</td>").doesNotContain("受理编号：");
  }

  /** Registers a batch of items formed on the given days, as the office does in Tasklist. */
  private String draftBatch(Map<String, LocalDate> formed) throws Exception {
    List<Map<String, Object>> items = new ArrayList<>();
    formed.forEach((title, on) -> items.add(Map.of("title", title, "category", "STATISTICS",
        "channels", List.of("WEBSITE"), "publishingUnit", "示范市市场监督管理局办公室",
        "attribute", "PROACTIVE", "formedOn", on.toString())));
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/ProactiveDisclosure/submit-form",
        EngineRest.variables(Map.of("publicationItems", Map.of("type", "Json",
            "value", json.writeValueAsString(items)))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    EngineRest.runJobs(management);
    String batch = json.readTree(started.getBody()).path("businessKey").asText();
    assertThat(batch).startsWith("ZDGK-");
    return batch;
  }

  private static JsonNode entry(JsonNode trail, String kind) {
    for (JsonNode e : trail.path("entries")) {
      if (e.path("kind").asText().equals(kind)) {
        return e;
      }
    }
    throw new AssertionError("no " + kind + " in " + trail);
  }

  /** A case registered today, found complete and split into the items of {@code itemsJson}. */
  private String split(String applicant, String itemsJson) throws Exception {
    String number = register(TODAY, applicant, null);
    engineRest.toSecrecyReview(number, itemsJson);
    EngineRest.runJobs(management);
    return number;
  }

  private String closedCase(LocalDate received, OutcomeCode outcome, LocalDate closed) {
    String number = "LT" + (100_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L));
    register.insert(new NewCase(number, null, "POST", "COMMERCIAL", uniqueName("报表核对单位"),
        null, null, null, null, null, "2024年政府信息公开工作统计", "PAPER", "POST", received,
        calendar.addWorkingDays(received, 20)));
    register.close(number, outcome.code(), closed);
    return number;
  }

  private static JsonNode table(JsonNode report, String id) {
    for (JsonNode table : report.path("tables")) {
      if (table.path("id").asText().equals(id)) {
        return table;
      }
    }
    throw new AssertionError("no table " + id);
  }

  private static long cell(JsonNode table, String row, String column) {
    String id = table.path("id").asText() + "." + row + "." + column;
    for (JsonNode r : table.path("rows")) {
      for (JsonNode c : r.path("cells")) {
        if (c.path("id").asText().equals(id)) {
          return c.path("value").asLong();
        }
      }
    }
    throw new AssertionError("no cell " + id);
  }

  private static JsonNode figure(JsonNode figures, String key) {
    for (JsonNode f : figures) {
      if (f.path("key").asText().equals(key)) {
        return f;
      }
    }
    throw new AssertionError("no figure " + key + " in " + figures);
  }

  /**
   * 多人申请的相同信息 (Art. 44, audit 33a F9, ADR 0160): released items of delivered replies
   * grouped by the same title (written otherwise) or the same 文号, listed when at least N
   * different applicants asked; withheld items, replies not delivered and the same applicant
   * twice do not count; each request by 受理编号 and 序号 with its Art. 44 proposal.
   */
  @Test
  void theSameInformationAskedByManyApplicantsIsListedWithItsArt44Proposal() throws Exception {
    int u = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String title = "2025年第" + u + "批食品安全监督抽检结果";
    String a = deliveredRequest("甲" + u, "11010119800101" + u % 10_000, true,
        title, "内部请示" + u);
    String b = deliveredRequest("乙" + u, "11010119800202" + u % 10_000, true,
        "某餐馆许可证" + u, " 2025年 第" + u + "批 食品安全监督抽检结果。");
    String againA = deliveredRequest("甲" + u, "11010119800101" + u % 10_000, true, title);
    String notDelivered = deliveredRequest("丙" + u, "11010119800303" + u % 10_000, false, title);
    // The same 文号 in two titles, from two applicants.
    String c = deliveredRequest("丁" + u, null, true, "某食品公司行政处罚决定书（示市监罚〔2026〕" + u
        + "号）");
    String d = deliveredRequest("戊" + u, null, true, "示市监罚[2026]" + u + "号处罚决定书");
    // Withheld for both applicants: nothing Art. 44 could publish.
    String withheldA = deliveredRequest("己" + u, null, true, "内部请示" + u);

    String path = "/api/ledger/same-information?year=2026";
    JsonNode groups = get(path, "sunyue").path("groups");
    JsonNode same = groupWith(groups, a);
    assertThat(same).as(groups.toString()).isNotNull();
    assertThat(same.path("applicants").asInt()).isEqualTo(2);
    assertThat(same.path("title").asText()).isEqualTo(title);
    List<String> asked = new ArrayList<>();
    same.path("requests").forEach(r -> asked.add(r.path("trackingNumber").asText() + "/"
        + r.path("seq").asInt()));
    assertThat(asked).containsExactlyInAnyOrder(a + "/1", b + "/2", againA + "/1");
    assertThat(same.path("art44").isNull()).isTrue();
    JsonNode byNumber = groupWith(groups, c);
    assertThat(byNumber).as(groups.toString()).isNotNull();
    assertThat(byNumber.path("documentNumber").asText()).isEqualTo("示市监罚〔2026〕" + u + "号");
    assertThat(byNumber.path("requests")).hasSize(2);
    assertThat(groupWith(groups, d)).isEqualTo(byNumber);
    assertThat(groupWith(groups, notDelivered)).isNull();
    assertThat(groupWith(groups, withheldA)).isNull();
    // N is the reader's: three different applicants asked for none of these.
    JsonNode three = get(path + "&minApplicants=3", "chengang");
    assertThat(three.path("minApplicants").asInt()).isEqualTo(3);
    assertThat(groupWith(three.path("groups"), a)).isNull();

    // Proposed under Art. 44 by 序号: the group says so.
    var proposed = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/publications/from-request/" + b, json.writeValueAsString(Map.of("items",
            List.of(Map.of("seq", 2, "category", "STATISTICS", "channels", List.of("WEBSITE"),
                "publishingUnit", "示范市市场监督管理局", "attribute", "PROACTIVE")))));
    assertThat(proposed.getStatusCode()).as(proposed.getBody()).isEqualTo(HttpStatus.CREATED);
    String batch = json.readTree(proposed.getBody()).path("batchNumber").asText();
    JsonNode after = groupWith(get(path, "wangli").path("groups"), a);
    assertThat(after.path("art44").path("batchNumber").asText()).isEqualTo(batch);
    assertThat(after.path("art44").path("statusLabel").asText()).isNotBlank();
    for (JsonNode r : after.path("requests")) {
      assertThat(r.path("art44").isNull()).isEqualTo(!r.path("trackingNumber").asText().equals(b));
    }

    // Legal does not oversee cases; bad parameters are a Chinese 400 naming the field.
    assertThat(Http.get(rest, path, "lina", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var badYear = Http.get(rest, "/api/ledger/same-information?year=abc", "wangli", null);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody()).contains("年度应为");
    var badMin = Http.get(rest, path + "&minApplicants=1", "wangli", null);
    assertThat(badMin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badMin.getBody()).contains("申请人数应为 2 至 1000 之间的整数");
  }

  @Autowired io.github.ogiworkflow.register.ItemRegister items;

  /**
   * A request in the register with {@code titles} as its held items, each reviewed releasable
   * but a title starting 内部请示 (withheld); delivered today or still being prepared.
   */
  private String deliveredRequest(String applicant, String idNumber, boolean delivered,
      String... titles) {
    String number;
    do {
      number = "YSQ-2026-97" + ThreadLocalRandom.current().nextInt(1000, 9999);
    } while (register.find(number).isPresent());
    register.insert(new NewCase(number, null, "IN_PERSON", "NATURAL_PERSON", applicant,
        idNumber == null ? null : "ID_CARD", idNumber, null, null, null, "相关信息", "ELECTRONIC",
        "EMAIL", TODAY.minusDays(3), TODAY.plusDays(17)));
    List<io.github.ogiworkflow.register.ItemRegister.NewItem> newItems = new ArrayList<>();
    for (String t : titles) {
      newItems.add(new io.github.ogiworkflow.register.ItemRegister.NewItem(t,
          io.github.ogiworkflow.vocabulary.ItemFinding.HELD, null, null, false, false));
    }
    items.add(number, newItems);
    for (var item : items.of(number)) {
      boolean withhold = item.title().startsWith("内部请示");
      items.recordReview(item.id(), new io.github.ogiworkflow.register.ItemRegister.Review(
          "lina", withhold ? io.github.ogiworkflow.vocabulary.ReviewConclusion.WITHHOLD
              : io.github.ogiworkflow.vocabulary.ReviewConclusion.RELEASABLE,
          withhold ? io.github.ogiworkflow.vocabulary.WithholdingGround.PROCESS_INFO : null,
          withhold ? "《政府信息公开条例》第十六条第一款" : null, null, null, false, null));
    }
    if (delivered) {
      register.setOutcome(number, "1");
      register.recordDelivery(number, "wangli", TODAY);
    }
    return number;
  }

  /** The group that lists request {@code trackingNumber}, or null. */
  private static JsonNode groupWith(JsonNode groups, String trackingNumber) {
    for (JsonNode group : groups) {
      for (JsonNode r : group.path("requests")) {
        if (r.path("trackingNumber").asText().equals(trackingNumber)) {
          return group;
        }
      }
    }
    return null;
  }

  private String register(LocalDate receivedOn, String applicantName,
      Map<String, Object> more) {
    Map<String, Object> form = EngineRest.postalRequest(receivedOn, applicantName);
    if (more != null) {
      form.putAll(more);
    }
    return engineRest.startRequest("wangli", form);
  }

  private JsonNode ledger(String user, String query) throws Exception {
    return get("/api/ledger?" + query, user);
  }

  private JsonNode get(String path, String user) throws Exception {
    ResponseEntity<String> response = Http.get(rest, path, user, null);
    assertThat(response.getStatusCode()).as(path + " " + response.getBody())
        .isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static JsonNode row(JsonNode page, String trackingNumber) {
    for (JsonNode row : page.path("cases")) {
      if (row.path("trackingNumber").asText().equals(trackingNumber)) {
        return row;
      }
    }
    throw new AssertionError(trackingNumber + " not in " + page);
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.path("cases").forEach(r -> numbers.add(r.path("trackingNumber").asText()));
    return numbers;
  }

  private static String uniqueName(String prefix) {
    return prefix + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "有限公司";
  }

  /** TestRestTemplate encodes the URL itself; the text goes in as it is. */
  private static String enc(String text) {
    return text;
  }
}
