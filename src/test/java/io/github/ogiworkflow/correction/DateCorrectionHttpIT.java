package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.RowLock;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14, points 11 and 14, over HTTP: the office corrects a date with a reason (other groups
 * may not; bad input is a Chinese 400 naming the field, nothing written), and only an
 * administrator may add a year's holiday notice, which is validated like the files. The
 * refusals only: a notice accepted here would change the calendar of every other test in this
 * shared context (the acceptance is HolidayNoticeRecomputationScenarioTest's).
 */
@IntegrationTest
class DateCorrectionHttpIT {

  @Autowired TestRestTemplate rest;
  @Autowired CaseRegister register;
  @Autowired WorkingDayCalendar calendar;
  @Autowired DataSource dataSource;
  @Autowired io.github.ogiworkflow.calendar.StoredNotices storedNotices;
  @Autowired ProcessEngine engine;
  @Autowired Letters letters;
  @Autowired io.github.ogiworkflow.register.DateChangeRegister dateChanges;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theOfficeCorrectsAReceiptDateWithAReasonAndTheTrailShowsIt() throws Exception {
    String tn = registeredToday();
    LocalDate today = OfficeTime.today();
    LocalDate earlier = today.minusDays(1);
    String path = "/api/cases/" + tn + "/date-corrections";

    ResponseEntity<String> legal = Http.asUser(rest, "lina", HttpMethod.POST, path,
        body("receivedOn", earlier.toString(), "登记时录错日期"));
    assertThat(legal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // ADR 0124, 0127: leadership may correct the receipt, payment and delivery dates (a passed
    // deadline moved ahead, or a late reply made timely, needs it), no other; auditors none.
    assertThat(Http.asUser(rest, "chengang", HttpMethod.POST, path,
        body("replyReceivedOn", earlier.toString(), "登记时录错日期")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "sunyue", HttpMethod.POST, path,
        body("receivedOn", earlier.toString(), "登记时录错日期")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> leaderFuture = Http.asUser(rest, "chengang", HttpMethod.POST, path,
        body("receivedOn", today.plusDays(1).toString(), "登记时录错日期"));
    assertThat(leaderFuture.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(leaderFuture)).isEqualTo("收到申请日期不得晚于今天");

    ResponseEntity<String> badField = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("dueOn", earlier.toString(), "登记时录错日期"));
    assertThat(badField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(badField)).contains("请选择要更正的日期：收到申请日期")
        .doesNotContain("field（");

    ResponseEntity<String> future = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("receivedOn", today.plusDays(1).toString(), "登记时录错日期"));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(future)).isEqualTo("收到申请日期不得晚于今天");

    ResponseEntity<String> noReason = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("receivedOn", earlier.toString(), ""));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(noReason)).contains("更正理由应为").doesNotContain("reason（");
    // Audit 28 F12: a well-formed day the calendar lacks is no format error.
    ResponseEntity<String> impossible = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("receivedOn", "2026-02-30", "登记时录错日期"));
    assertThat(impossible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(impossible)).isEqualTo("日期不存在：2026-02-30，请核对年、月、日");
    assertThat(json.readTree(impossible.getBody()).path("error").asText()).startsWith("newDate");
    ResponseEntity<String> malformed = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("receivedOn", "2026/02/03", "登记时录错日期"));
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(malformed)).contains("更正后的日期格式应为 年-月-日");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(today);

    ResponseEntity<String> unknown = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/NO-SUCH-CASE/date-corrections",
        body("receivedOn", earlier.toString(), "登记时录错日期"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // Audit 32b F12: the reason names what the applicant said or sent (ADR 0131).
    ResponseEntity<String> corrected = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("receivedOn", earlier.toString(),
            "登记时录错日期，以收文登记簿为准（申请人来电13912345678，邮箱qianxs@example.cn）"));
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(corrected.getBody());
    assertThat(answer.path("oldDate").asText()).isEqualTo(today.toString());
    assertThat(answer.path("newDate").asText()).isEqualTo(earlier.toString());
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(earlier);

    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn, null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains("更正收到申请日期",
        io.github.ogiworkflow.letter.CaseLetters.chinese(today) + " → "
            + io.github.ogiworkflow.letter.CaseLetters.chinese(earlier), "登记时录错日期，以收文登记簿为准",
        "wangli", "q***@example.cn").doesNotContain("13912345678", "qianxs@");
    // The CSV and the ledger's case JSON show the reason as the trail does.
    for (String read : new String[] {"/api/audit/cases/" + tn + ".csv", "/api/ledger/cases/" + tn}) {
      ResponseEntity<String> shown = Http.asUser(rest, "sunyue", HttpMethod.GET, read, null);
      assertThat(shown.getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
      assertThat(shown.getBody()).as(read).contains("登记时录错日期，以收文登记簿为准")
          .doesNotContain("13912345678", "qianxs@");
    }
    assertThat(dateChanges.of(tn))
        .extracting(io.github.ogiworkflow.register.DateChangeRegister.DateChange::reason)
        .anyMatch(reason -> reason.contains("13912345678"));
  }

  /**
   * Audit round 27, F4 rest, over HTTP: the office sends a 补正申请告知书 on the day of receipt
   * (Tasklist's form through /engine-rest), then corrects the receipt to the day before. The 201
   * answer's warnings name the notice by its 文号 and date and say it states the old date.
   */
  @Test
  void aReceiptCorrectedAfterTheCorrectionNoticeWarnsThatTheNoticeStatesTheOldDate()
      throws Exception {
    String tn = registeredToday();
    LocalDate today = OfficeTime.today();
    EngineRest engineRest = new EngineRest(rest);
    engineRest.submitTaskForm("wangli",
        engineRest.onlyTask("wangli", tn, ElementIds.TASK_CHECK_COMPLETENESS),
        Map.of("completenessDecision", text("CORRECTION"),
            "correctionPoints", text("请写明所需信息的名称。")));
    EngineRest.runJobs(engine.getManagementService()); // 发出补正告知书 runs asynchronously
    Letters.Letter notice = letters.of(tn).stream()
        .filter(l -> l.kind() == LetterKind.CORRECTION_NOTICE).findFirst().orElseThrow();

    ResponseEntity<String> corrected = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/" + tn + "/date-corrections",
        body("receivedOn", today.minusDays(1).toString(), "登记时录错日期，以收文登记簿为准"));
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode warnings = json.readTree(corrected.getBody()).path("warnings");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).asText()).startsWith("已发出的补正申请告知书（"
        + notice.documentNumber() + "，" + CaseLetters.chinese(today) + "发出）载明收到申请日期为"
        + CaseLetters.chinese(today) + "，与更正后的收到申请日期"
        + CaseLetters.chinese(today.minusDays(1)) + "不符；请更正或重新出具该补正申请告知书");
  }

  /**
   * ADR 0069 over HTTP: a case closed without a reply 10 days ago, its termination notice handed
   * over 2 days ago as recorded on 送达终止告知书 (through /engine-rest, by the office). The
   * office corrects that day to 3 days ago with a reason: 201, the register and the trail show
   * it; a day before the closing is a Chinese 400 on the field, nothing written; a case whose
   * task has recorded nothing yet has nothing to correct (400).
   */
  @Test
  void theOfficeCorrectsATerminationNoticesServiceDate() throws Exception {
    LocalDate today = OfficeTime.today();
    String tn = closedWithTheNoticesTaskOpen(today.minusDays(10));
    String path = "/api/cases/" + tn + "/date-corrections";
    ResponseEntity<String> nothingYet = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("terminationServedOn", today.minusDays(3).toString(), "送达回证日期录入有误"));
    assertThat(nothingYet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(nothingYet)).contains("终止办理告知书尚未登记送达，无可更正");

    String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(tn)
        .taskDefinitionKey(ElementIds.TASK_SERVE_TERMINATION_NOTICE).singleResult().getId();
    ResponseEntity<String> served = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + task + "/complete", EngineRest.variables(Map.of(
            "deliveredBy", text("IN_PERSON"),
            "deliveredOn", text(today.minusDays(2).toString()))));
    assertThat(served.getStatusCode()).as(served.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> beforeClosing = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("terminationServedOn", today.minusDays(11).toString(), "送达回证日期录入有误"));
    assertThat(beforeClosing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(beforeClosing)).startsWith("终止办理告知书送达日期不得早于终止办理日期");
    assertThat(register.terminationService(tn).orElseThrow().servedOn())
        .isEqualTo(today.minusDays(2));

    ResponseEntity<String> corrected = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("terminationServedOn", today.minusDays(3).toString(), "送达回证日期录入有误"));
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(corrected.getBody());
    assertThat(answer.path("label").asText()).isEqualTo("终止办理告知书送达日期");
    assertThat(answer.path("oldDate").asText()).isEqualTo(today.minusDays(2).toString());
    assertThat(register.terminationService(tn).orElseThrow().servedOn())
        .isEqualTo(today.minusDays(3));
    assertThat(register.replyReceivedOn(tn)).isEqualTo(today.minusDays(3));

    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn, null);
    assertThat(trail.getBody()).contains("更正终止办理告知书送达日期", "送达回证日期录入有误");
  }

  @Test
  void onlyAnAdministratorAddsAHolidayNoticeAndABadOneIsRefusedInChinese() throws Exception {
    String notice = "holiday 2031-01-01\n";
    ResponseEntity<String> office = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/api/calendar/years/2031", json.writeValueAsString(Map.of("content", notice)));
    assertThat(office.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> malformed = Http.asUser(rest, "admin", HttpMethod.PUT,
        "/api/calendar/years/2031", json.writeValueAsString(Map.of("content",
            "holiday 2031-01-01\nholiday 2031-13-01\n")));
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(malformed)).contains("2031年节假日安排内容有误", "第2行",
        "不是有效日期");

    ResponseEntity<String> known = Http.asUser(rest, "admin", HttpMethod.PUT,
        "/api/calendar/years/2026", json.writeValueAsString(Map.of("content",
            "holiday 2026-01-01\n")));
    assertThat(known.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(known)).contains("2026 年已有节假日安排");

    ResponseEntity<String> empty = Http.asUser(rest, "admin", HttpMethod.PUT,
        "/api/calendar/years/2031", "{}");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(empty)).contains("content（节假日安排内容）不能为空");
    assertThat(calendar.hasDataFor(2031)).isFalse();
  }

  /**
   * Audit 33b, F2: an uploaded notice is kept in the database, not only in the memory of the
   * node that took it. A node started later, or this one after a restart (here a fresh calendar
   * reading through to the stored notices, as every node's does, ADR 0141), counts on it; a
   * second upload of the year is refused and counts nothing again (F1).
   */
  @Test
  void anUploadedHolidayNoticeIsKeptForEveryNodeAndARestart() throws Exception {
    String notice = "holiday 2032-01-01..2032-01-05\n";
    ResponseEntity<String> added = Http.asUser(rest, "admin", HttpMethod.PUT,
        "/api/calendar/years/2032", json.writeValueAsString(Map.of("content", notice)));
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.OK);

    WorkingDayCalendar restarted = WorkingDayCalendar.fromClasspath();
    assertThat(restarted.hasDataFor(2032)).isFalse();
    restarted.readThrough(storedNotices, java.time.Duration.ofMinutes(1));
    assertThat(restarted.hasDataFor(2032)).isTrue();
    assertThat(restarted.isWorkingDay(LocalDate.of(2032, 1, 5))).isFalse();

    ResponseEntity<String> again = Http.asUser(rest, "admin", HttpMethod.PUT,
        "/api/calendar/years/2032", json.writeValueAsString(Map.of("content", notice)));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(again)).contains("2032 年已有节假日安排");
  }

  /**
   * A year's notice is added together with the recount of the open deadlines. When the recount
   * fails (here a case's register row is held by another transaction: 409, try again), the year
   * is taken back as well: a retry is not refused as a duplicate, and the deadlines keep
   * counting the year provisionally until the notice is in.
   */
  @Test
  void aHolidayNoticeWhoseRecountFailsIsTakenBackWithTheDeadlines() throws Exception {
    String trackingNumber = registeredToday();
    LocalDate due = register.dates(trackingNumber).orElseThrow().dueOn();
    int year = due.getYear();
    // Registered in December, the case is due in January of a year without its notice yet.
    assumeFalse(calendar.hasDataFor(year), "the due date's year already has its notice");
    String notice = "holiday " + due.minusDays(1) + ".." + due.plusDays(1) + "\n";

    ResponseEntity<String> busy = RowLock.holding(dataSource,
        "SELECT tracking_number FROM ogi_case WHERE tracking_number = ? FOR UPDATE",
        trackingNumber, () -> Http.asUser(rest, "admin", HttpMethod.PUT,
            "/api/calendar/years/" + year, json.writeValueAsString(Map.of("content", notice))));

    assertThat(busy.getStatusCode()).as(busy.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(busy)).contains("请稍后重试");
    assertThat(calendar.hasDataFor(year)).as("the year taken back").isFalse();
    assertThat(register.dates(trackingNumber).orElseThrow().dueOn()).isEqualTo(due);
  }

  private String registeredToday() throws Exception {
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form",
        EngineRest.variables(Map.of("channel", text("POST"),
            "receivedOn", text(OfficeTime.today().toString()),
            "applicantType", text("COMMERCIAL"), "applicantName", text("示范市某日期更正测试有限公司"),
            "requestDescription", text("2025年本局统计年鉴"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("businessKey").asText();
  }

  /**
   * A case closed as abandoned (6.1) on {@code closedOn}, written to the register as the closing
   * writes it, and its 送达终止告知书 started by the closing's message (CaseClosing).
   */
  private String closedWithTheNoticesTaskOpen(LocalDate closedOn) {
    String tn = "TN" + (100_000_000L
        + java.util.concurrent.ThreadLocalRandom.current().nextLong(900_000_000L));
    register.insert(new CaseRegister.NewCase(tn, null, "POST", "COMMERCIAL",
        "示范市某终止告知测试有限公司", null, null, null, null, null, "2025年本局统计年鉴", "PAPER",
        "POST", closedOn.minusDays(30), closedOn));
    register.close(tn, "6.1", closedOn);
    engine.getRuntimeService()
        .createMessageCorrelation(ElementIds.MESSAGE_TERMINATION_NOTICE_ISSUED)
        .processInstanceBusinessKey(tn)
        .setVariable("trackingNumber", tn)
        .setVariable("applicantName", "示范市某终止告知测试有限公司")
        .correlateAll();
    return tn;
  }

  private String body(String field, String newDate, String reason) throws Exception {
    return json.writeValueAsString(Map.of("field", field, "newDate", newDate, "reason", reason));
  }

  private String message(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody()).path("message").asText();
  }
}
