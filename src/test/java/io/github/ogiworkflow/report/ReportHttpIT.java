package io.github.ogiworkflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import io.github.ogiworkflow.support.WebappSession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * The annual report over HTTP: JSON, drill-down, HTML page and xlsx for leadership, the office
 * and auditors; 401 without credentials, 403 for legal; bad years and unknown cells refused.
 * A request registered here this year is found behind its cells.
 */
@IntegrationTest
class ReportHttpIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;

  @Autowired TestRestTemplate rest;
  final ObjectMapper json = new ObjectMapper();
  int year;
  String trackingNumber;

  @BeforeEach
  void aRequestReceivedToday() throws Exception {
    year = OfficeTime.today().getYear();
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(Map.of(
            "channel", text("POST"), "receivedOn", text(OfficeTime.today().toString()),
            "applicantType", text("RESEARCH"), "applicantName", text("示范市某研究所"),
            "requestDescription", text("本局年度统计公报"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
  }

  @Test
  void leadershipOfficeAndAuditorsReadTheReportAsJson() throws Exception {
    for (String user : List.of("chengang", "wangli", "sunyue")) {
      ResponseEntity<String> response = get(user, "/api/reports/" + year);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      JsonNode report = json.readTree(response.getBody());
      assertThat(report.path("year").asInt()).isEqualTo(year);
      assertThat(report.path("consistent").asBoolean()).as(response.getBody()).isTrue();
      assertThat(report.path("invariants")).isNotEmpty()
          .allSatisfy(i -> assertThat(i.path("result").asText()).isEqualTo("通过"));
      assertThat(ids(report.path("tables"), "id"))
          .containsExactly("t2", "t3", "t4", "fees", "legacy");
      JsonNode t3 = report.path("tables").get(1);
      assertThat(t3.path("title").asText()).isEqualTo("三、收到和处理政府信息公开申请情况");
      assertThat(ids(t3.path("columns"), "label")).containsExactly("自然人",
          "法人或其他组织 商业企业", "法人或其他组织 科研机构", "法人或其他组织 社会公益组织",
          "法人或其他组织 法律服务机构", "法人或其他组织 其他", "总计");
      List<String> rows = ids(t3.path("rows"), "label");
      assertThat(rows.get(0)).isEqualTo("一、本年新收政府信息公开申请数量");
      assertThat(rows.get(1)).isEqualTo("二、上年结转政府信息公开申请数量");
      assertThat(rows.get(2)).isEqualTo("三、本年度办理结果 （一）予以公开");
      assertThat(rows.get(4)).isEqualTo("三、本年度办理结果 （三）不予公开 1.属于国家秘密");
      assertThat(rows.get(rows.size() - 2)).isEqualTo("三、本年度办理结果 （七）总计");
      assertThat(rows.get(rows.size() - 1)).isEqualTo("四、结转下年度继续办理");
      assertThat(cellValue(t3, "new", "RESEARCH")).isGreaterThanOrEqualTo(1);
      JsonNode fees = report.path("tables").get(3);
      assertThat(ids(fees.path("rows"), "id")).containsExactly("notices", "collected");
      assertThat(cellValue(fees, "notices", "cases"))
          .isEqualTo(report.path("feeNotices").asDouble());
      assertThat(report.path("feeNoticeAmount").isNumber()).as(response.getBody()).isTrue();
      // 附表: the seed's columns, and its labels and units row by row.
      JsonNode legacy = report.path("tables").get(4);
      List<String> headers = LegacySeed.headers(year, report.path("cumulativeSince").asInt());
      assertThat(ids(legacy.path("columns"), "label"))
          .containsExactly(headers.get(2), headers.get(3));
      assertThat(ids(legacy.path("rows"), "label")).containsExactlyElementsOf(
          LegacySeed.rows().stream().map(LegacySeed.SeedRow::label).toList());
      assertThat(ids(legacy.path("rows"), "unit")).containsExactlyElementsOf(
          LegacySeed.rows().stream().map(LegacySeed.SeedRow::unit).toList());
    }
  }

  @Test
  void legalUsersAreRefusedAndStrangersAskedToLogIn() throws Exception {
    for (String path : List.of("/api/reports/" + year, "/reports/" + year,
        "/api/reports/" + year + ".xlsx", "/api/reports/" + year + "/cells?table=t3&row=new&column=TOTAL")) {
      ResponseEntity<String> legal = get("lina", path);
      assertThat(legal.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(json.readTree(legal.getBody()).path("message").asText()).contains("仅限");
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void yearsOutsideTheRegisterAndUnknownCellsAreRefused() throws Exception {
    for (String year : List.of("2007", String.valueOf(this.year + 2), "abcd", "20250")) {
      ResponseEntity<String> response = get("wangli", "/api/reports/" + year);
      assertThat(response.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode error = json.readTree(response.getBody());
      assertThat(error.path("error").asText()).contains("year");
      assertThat(error.path("message").asText()).contains("年度");
    }
    assertThat(get("wangli", "/reports/1999").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    for (String query : List.of("table=t9&row=new&column=TOTAL", "table=t3&row=nope&column=TOTAL",
        "table=t3&row=new&column=NOPE", "table=t2&row=RULE&column=nope")) {
      ResponseEntity<String> response = get("wangli", "/api/reports/" + year + "/cells?" + query);
      assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.NOT_FOUND);
      JsonNode error = json.readTree(response.getBody());
      assertThat(error.path("error").asText()).isNotBlank();
      assertThat(error.path("message").asText()).contains("报告中没有此");
    }
    // A parameter missing says what is missing as the page names it, not the program's name
    // for it ("缺少参数table"; audit round 24, F12).
    ResponseEntity<String> missing = get("wangli", "/api/reports/" + year + "/cells");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(missing.getBody()).path("message").asText())
        .isEqualTo("请求缺少表格").doesNotContain("table");
  }

  @Test
  void aCellListsTheCasesCountedInIt() throws Exception {
    JsonNode report = json.readTree(get("sunyue", "/api/reports/" + year).getBody());
    JsonNode t3 = report.path("tables").get(1);
    JsonNode cell = t3.path("rows").get(0).path("cells").get(2);
    assertThat(cell.path("id").asText()).isEqualTo("t3.new.RESEARCH");
    assertThat(cell.path("href").asText())
        .isEqualTo("/api/reports/" + year + "/cells?table=t3&row=new&column=RESEARCH");

    JsonNode drill = json.readTree(get("sunyue", cell.path("href").asText()).getBody());
    assertThat(drill.path("rowLabel").asText()).isEqualTo("一、本年新收政府信息公开申请数量");
    assertThat(drill.path("columnLabel").asText()).isEqualTo("法人或其他组织 科研机构");
    assertThat(ids(drill.path("trackingNumbers"), null)).contains(trackingNumber)
        .hasSize(cell.path("value").asInt());
    // Still open on 31 December: carried forward.
    JsonNode forward = json.readTree(get("chengang", "/api/reports/" + year
        + "/cells?table=t3&row=forward&column=TOTAL").getBody());
    assertThat(ids(forward.path("trackingNumbers"), null)).contains(trackingNumber);
  }

  /**
   * Audit 33a, F5 (ADR 0143): table 二 and 主动公开信息数 drill down to the items behind them —
   * batch, 信息项序号, title, 文号, publication date and the figure each adds. An item published
   * here today with 2 行政处罚 decisions is listed under 行政处罚 with 2, under 主动公开信息数 and
   * 1.网站公开 of the year and the cumulative column; the page lists it linked to its batch.
   * Before, these cells answered 404 (没有办件明细).
   */
  @Test
  void tableTwoAndTheProactiveCellsListThePublishedItems() throws Exception {
    String title = "报表明细测试行政处罚决定公示" + System.nanoTime();
    String batch = publishBatch(title, "示市监罚〔" + year + "〕88号");
    JsonNode report = json.readTree(get("sunyue", "/api/reports/" + year).getBody());
    JsonNode t2 = report.path("tables").get(0);
    for (JsonNode row : t2.path("rows")) {
      row.path("cells").forEach(cell -> assertThat(cell.path("drillable").asBoolean())
          .as(cell.path("id").asText()).isTrue());
    }

    JsonNode penalty = json.readTree(get("sunyue", "/api/reports/" + year
        + "/cells?table=t2&row=PENALTY&column=decisions").getBody());
    assertThat(penalty.path("rowLabel").asText()).isEqualTo("第二十条第（六）项 行政处罚");
    assertThat(ids(penalty.path("trackingNumbers"), null)).contains(batch);
    JsonNode item = null;
    double sum = 0;
    for (JsonNode i : penalty.path("items")) {
      sum += i.path("figure").asDouble();
      if (i.path("title").asText().equals(title)) {
        item = i;
      }
    }
    assertThat(sum).isEqualTo(penalty.path("value").asDouble());
    assertThat(item).as(penalty.toString()).isNotNull();
    assertThat(item.path("batchNumber").asText()).isEqualTo(batch);
    assertThat(item.path("seq").asInt()).isEqualTo(1);
    assertThat(item.path("docNumber").asText()).isEqualTo("示市监罚〔" + year + "〕88号");
    assertThat(item.path("publishedOn").asText()).isEqualTo(OfficeTime.today().toString());
    assertThat(item.path("figure").asInt()).isEqualTo(2);

    for (String query : List.of("row=proactive&column=year", "row=proactive&column=cumulative",
        "row=proactive.website&column=year")) {
      ResponseEntity<String> cell = get("wangli", "/api/reports/" + year
          + "/cells?table=legacy&" + query);
      assertThat(cell.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
      assertThat(ids(json.readTree(cell.getBody()).path("items"), "title")).as(query)
          .contains(title);
    }
    String page = get("chengang", "/reports/" + year
        + "/cells?table=t2&row=PENALTY&column=decisions").getBody();
    assertThat(page).contains("信息项序号", title, "href=\"/audit/cases/" + batch + "\"");
  }

  /** A batch of one item (2 行政处罚 decisions) drafted, reviewed and published today. */
  private String publishBatch(String title, String docNumber) throws Exception {
    EngineRest engineRest = new EngineRest(rest);
    String items = json.writeValueAsString(List.of(Map.of("title", title,
        "docNumber", docNumber, "category", "SUPERVISION", "channels", List.of("WEBSITE"),
        "publishingUnit", "示范市市场监督管理局办公室", "attribute", "PROACTIVE",
        "formedOn", OfficeTime.today().toString(), "penaltyDecisions", 2)));
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.PROACTIVE_DISCLOSURE
            + "/submit-form", EngineRest.variables(Map.of("publicationItems",
            Map.of("type", "Json", "value", items))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String batch = json.readTree(started.getBody()).path("businessKey").asText();
    for (JsonNode review : engineRest.tasks("lina", batch, ElementIds.TASK_REVIEW_ITEM)) {
      engineRest.submitTaskForm("lina", review.path("id").asText(), Map.of("reviewConclusion",
          Map.of("type", "String", "value", "RELEASABLE")));
    }
    EngineRest.runJobs(management);
    JsonNode tasks = engineRest.tasks("wangli", batch, ElementIds.TASK_RECORD_PUBLICATION);
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    JsonNode lines = json.readTree(json.readTree(Http.asUser(rest, "wangli", HttpMethod.GET,
        "/engine-rest/task/" + taskId + "/variables/publications?deserializeValue=false", null)
        .getBody()).path("value").asText());
    for (JsonNode line : lines) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) line)
          .put("publishedOn", OfficeTime.today().toString())
          .put("location", "https://www.example.gov.cn/zwgk/" + line.path("itemId"));
    }
    engineRest.submitTaskForm("wangli", taskId, Map.of("publications", Map.of("type", "Json",
        "value", json.writeValueAsString(lines))));
    return batch;
  }

  @Test
  void theHtmlPageShowsTheTablesAndLinksEveryFigure() throws Exception {
    ResponseEntity<String> page = get("chengang", "/reports/" + year);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    String html = page.getBody();
    assertThat(html).contains("<html lang=\"zh-CN\">", "@media print", "校验通过",
        "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "附表：政府信息公开情况统计表", "申请人情况",
        "法人或其他组织", "（三）不予公开", "1.属于国家秘密", "结转下年度继续办理", "未经复议直接起诉",
        "复议后起诉", "第二十条第（一）项", "六、其他需要报告的事项：信息处理费", "本年发出收费通知",
        "本年收取信息处理费", "href=\"/reports/" + year + "/cells?table=fees&amp;row=notices"
            + "&amp;column=amount\"", "href=\"/reports/" + year
            + "/cells?table=t3&amp;row=new&amp;column=RESEARCH\"");
    assertThat(html).doesNotContain("class=\"failed\"");
    // 附表: the seed's header, each label followed by its unit.
    int since = json.readTree(get("chengang", "/api/reports/" + year).getBody())
        .path("cumulativeSince").asInt();
    assertThat(html).contains("<tr><th>" + String.join("</th><th>",
        LegacySeed.headers(year, since)) + "</th></tr>");
    for (LegacySeed.SeedRow row : LegacySeed.rows()) {
      assertThat(html).contains(">" + row.label() + "</td><td class=\"u\">" + row.unit()
          + "</td>");
    }

    ResponseEntity<String> list = get("chengang", "/reports/" + year
        + "/cells?table=t3&row=new&column=RESEARCH");
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Each number links to the case's audit trail.
    assertThat(list.getBody()).contains("科研机构",
        "href=\"/audit/cases/" + trackingNumber + "\"");
  }

  @Test
  void theWorkbookReadsBackWithTheFiguresOfTheJson() throws Exception {
    JsonNode report = json.readTree(get("wangli", "/api/reports/" + year).getBody());
    for (String path : List.of("/api/reports/" + year + ".xlsx", "/api/reports/" + year + "/xlsx")) {
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth("wangli", Http.DEMO_PASSWORD);
      ResponseEntity<byte[]> response = rest.exchange(path, HttpMethod.GET,
          new HttpEntity<>(headers), byte[].class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType().toString())
          .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
      assertThat(disposition).startsWith("attachment; filename=\"annual-report-" + year
          + ".xlsx\"").contains("filename*=UTF-8''"
          + UriUtils.encode(year + "年政府信息公开工作年度报告统计表.xlsx", StandardCharsets.UTF_8));

      try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
        List<String> sheets = new ArrayList<>();
        book.forEach(sheet -> sheets.add(sheet.getSheetName()));
        assertThat(sheets).containsExactly(ReportWorkbook.TEXT_SHEET, "二、主动公开", "三、依申请公开", "四、复议诉讼",
            "六、信息处理费", "附表", "校验");
        Sheet t3 = book.getSheet("三、依申请公开");
        int top = ReportWorkbook.TOP;
        assertThat(text(t3, top, 0)).isEqualTo(ReportLayout.T3_CORNER);
        assertThat(text(t3, top, 3)).isEqualTo("申请人情况");
        assertThat(text(t3, top + 1, 3)).isEqualTo("自然人");
        assertThat(text(t3, top + 1, 4)).isEqualTo("法人或其他组织");
        assertThat(text(t3, top + 2, 5)).isEqualTo("科研机构");
        assertThat(text(t3, top + 3, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(text(t3, top + 5, 0)).isEqualTo("三、本年度办理结果");
        assertThat(text(t3, top + 7, 1)).isEqualTo("（三）不予公开");
        assertThat(text(t3, top + 7, 2)).isEqualTo("1.属于国家秘密");
        JsonNode t3json = report.path("tables").get(1);
        assertThat(t3.getRow(top + 3).getCell(5).getNumericCellValue())
            .isEqualTo(cellValue(t3json, "new", "RESEARCH")).isGreaterThanOrEqualTo(1);
        assertThat(t3.getRow(top + 3).getCell(9).getNumericCellValue())
            .isEqualTo(cellValue(t3json, "new", "TOTAL"));
        int forwardRow = top + 3 + t3json.path("rows").size() - 1;
        assertThat(text(t3, forwardRow, 0)).isEqualTo("四、结转下年度继续办理");
        assertThat(t3.getRow(forwardRow).getCell(9).getNumericCellValue())
            .isEqualTo(cellValue(t3json, "forward", "TOTAL"));
        assertThat(t3.getMergedRegions()).isNotEmpty();

        Sheet t4 = book.getSheet("四、复议诉讼");
        assertThat(text(t4, top, 0)).isEqualTo("行政复议");
        assertThat(text(t4, top, 5)).isEqualTo("行政诉讼");
        assertThat(text(t4, top + 1, 5)).isEqualTo("未经复议直接起诉");
        assertThat(text(t4, top + 2, 14)).isEqualTo("总计");
        // 六: fee notices issued and fees collected, the figures of the JSON.
        Sheet fees = book.getSheet("六、信息处理费");
        JsonNode feesJson = report.path("tables").get(3);
        assertThat(text(fees, top, 1)).isEqualTo("件数");
        assertThat(text(fees, top, 2)).isEqualTo("金额（元）");
        assertThat(text(fees, top + 1, 0)).isEqualTo("本年发出收费通知");
        assertThat(text(fees, top + 2, 0)).isEqualTo("本年收取信息处理费");
        assertThat(fees.getRow(top + 1).getCell(1).getNumericCellValue())
            .isEqualTo(cellValue(feesJson, "notices", "cases"))
            .isEqualTo(report.path("feeNotices").asDouble());
        assertThat(fees.getRow(top + 1).getCell(2).getNumericCellValue())
            .isEqualTo(cellValue(feesJson, "notices", "amount"))
            .isEqualTo(report.path("feeNoticeAmount").asDouble());
        assertThat(fees.getRow(top + 2).getCell(2).getNumericCellValue())
            .isEqualTo(report.path("feesCollected").asDouble());
        // 附表 as the seed prints it: 指标名称 | 计量单位 | the year | the cumulative total, each
        // row with the seed's label and unit and the figures of the JSON.
        Sheet legacy = book.getSheet("附表");
        JsonNode legacyJson = report.path("tables").get(4);
        List<String> seedHeaders = LegacySeed.headers(year,
            report.path("cumulativeSince").asInt());
        for (int c = 0; c < seedHeaders.size(); c++) {
          assertThat(text(legacy, top, c)).isEqualTo(seedHeaders.get(c));
        }
        List<LegacySeed.SeedRow> seed = LegacySeed.rows();
        for (int i = 0; i < seed.size(); i++) {
          LegacySeed.SeedRow row = seed.get(i);
          assertThat(text(legacy, top + 1 + i, 0)).isEqualTo(row.label());
          assertThat(text(legacy, top + 1 + i, 1)).as(row.label()).isEqualTo(row.unit());
          assertThat(legacy.getRow(top + 1 + i).getCell(2).getNumericCellValue()).as(row.label())
              .isEqualTo(cellValue(legacyJson, row.id(), "year"));
          assertThat(legacy.getRow(top + 1 + i).getCell(3).getNumericCellValue()).as(row.label())
              .isEqualTo(cellValue(legacyJson, row.id(), "cumulative"));
        }
        assertThat(legacy.getLastRowNum()).isEqualTo(top + seed.size());
        Sheet invariants = book.getSheet("校验");
        assertThat(invariants.getLastRowNum() - top).isEqualTo(report.path("invariants").size());
        assertThat(text(invariants, top + 1, 1)).isEqualTo("通过");
      }
    }
  }

  /**
   * The office's redo message: 400 in Chinese while the year is being prepared (a text stating a
   * figure the tables lack is refused on its field), and once it is
   * published (its record, text and approval stay); the published year is then served as approved,
   * with its six sections and dates.
   */
  @Test
  void aYearInPreparationOrPublishedIsNotStartedAgain() throws Exception {
    int past = year - 5;
    // A registration of that year, still open, voided after the publication (ADR 0157).
    String voided = "YSQ-" + past + "-999907";
    jdbc.update("INSERT INTO ogi_case (tracking_number, channel, applicant_type, applicant_name,"
        + " description, first_received_on, clock_started_on, due_on, status, created_at,"
        + " updated_at) VALUES (?, 'POST', 'COMMERCIAL', '示范市某审计测试有限公司', '行政许可统计',"
        + " ?, ?, ?, 'REGISTERED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", voided,
        java.sql.Date.valueOf(past + "-12-30"), java.sql.Date.valueOf(past + "-12-30"),
        java.sql.Date.valueOf((past + 1) + "-01-28"));
    try {
      publishedYearKeepsItsCells(past, voided);
    } finally {
      jdbc.update("DELETE FROM ogi_case WHERE tracking_number = ?", voided);
    }
  }

  private void publishedYearKeepsItsCells(int past, String voided) throws Exception {
    String message = "{\"messageName\":\"AnnualReportRequested\",\"processVariables\":"
        + "{\"reportYear\":{\"value\":" + past + ",\"type\":\"Integer\"}}}";
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/message", message);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    String key = AnnualReportDelegates.businessKey(past);
    org.camunda.bpm.engine.task.Task writing = awaitTask(key,
        io.github.ogiworkflow.process.ElementIds.TASK_WRITE_REPORT_NARRATIVE);

    ResponseEntity<String> again = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/message", message);
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(again.getBody()).path("fields").path("reportYear").asText())
        .isEqualTo(past + "年度报告正在编制中，不能重复发起");
    JsonNode draft = json.readTree(get("chengang", "/api/reports/" + past).getBody());
    assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.path("statusLabel").asText()).isEqualTo("草稿（未发布）");

    // A figure the tables do not have: 400 on the section, over the engine's own API (ADR 0091).
    ResponseEntity<String> contradicting = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + writing.getId() + "/submit-form", EngineRest.variables(Map.of(
            "narrativeAction", text("SUBMIT"),
            "narrativeOverview", text("本年度共收到政府信息公开申请99999件。"),
            "narrativeProblems", text("存在的问题。"), "narrativeOther", text("其他事项。"))));
    assertThat(contradicting.getStatusCode()).as(contradicting.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(contradicting.getBody()).path("fields").path("narrativeOverview")
        .asText()).startsWith("一、总体情况中的“99999件”与本年度报告统计表中的数字都不一致")
        .contains("本年新收申请");
    assertThat(register.of(past).orElseThrow().status()).isEqualTo("COMPUTED");

    ResponseEntity<String> written = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + writing.getId() + "/submit-form", EngineRest.variables(Map.of(
            "narrativeAction", text("SUBMIT"), "narrativeOverview", text("本年度总体情况。"),
            "narrativeProblems", text("存在的问题。"), "narrativeOther", text("其他事项。"))));
    assertThat(written.getStatusCode()).as(written.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    String approval = awaitTask(key, io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPORT)
        .getId();
    ResponseEntity<String> approved = Http.asUser(rest, "chengang", HttpMethod.POST,
        "/engine-rest/task/" + approval + "/submit-form",
        EngineRest.variables(Map.of("reportApproval", text("APPROVE"))));
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    for (int i = 0; i < 300 && runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
        .count() > 0; i++) {
      runAsyncSteps(key);
      Thread.sleep(100);
    }
    AnnualReportRegister.Entry published = register.of(past).orElseThrow();
    assertThat(published.status()).isEqualTo("PUBLISHED");

    ResponseEntity<String> redo = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/message", message);
    assertThat(redo.getStatusCode()).as(redo.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(redo.getBody()).path("fields").path("reportYear").asText())
        .startsWith(past + "年度报告已于").contains("经审批发布，不能重新编制");
    assertThat(register.of(past)).contains(published);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isZero();

    JsonNode report = json.readTree(get("sunyue", "/api/reports/" + past).getBody());
    assertThat(report.path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(report.path("publishedOn").asText()).isEqualTo(published.publishedOn().toString());
    assertThat(ids(report.path("sections"), "title")).containsExactly("一、总体情况",
        "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
    assertThat(ids(report.path("sections"), "text")).containsExactly("本年度总体情况。", "", "", "",
        "存在的问题。", "其他事项。");
    String page = get("sunyue", "/reports/" + past).getBody();
    assertThat(page).contains("<strong>已发布</strong>", "本年度总体情况。", "存在的问题。", "其他事项。")
        .doesNotContain("草稿");

    // Audit 34b, F2 (ADR 0157): voided after the publication (an administrator's act; the
    // process refuses it now), the case stays behind the published cells, which name the void.
    assertThat(cases.voidRegistration(voided, OfficeTime.today(), "重复录入", null, "wangli",
        "chengang")).isTrue();
    for (String cell : List.of("row=new&column=TOTAL", "row=forward&column=COMMERCIAL")) {
      JsonNode drill = json.readTree(get("sunyue", "/api/reports/" + past + "/cells?table=t3&"
          + cell).getBody());
      assertThat(drill.path("listBasis").asText()).as(cell).isEqualTo("STORED");
      assertThat(drill.path("listNote").asText()).startsWith("以下为本报告发布时计入该数字的名单");
      assertThat(ids(drill.path("trackingNumbers"), null)).as(cell).contains(voided)
          .hasSize(drill.path("value").asInt());
      assertThat(drill.path("differences").toString()).as(cell).contains(voided
          + "：发布时计入本数字；已于" + io.github.ogiworkflow.letter.CaseLetters.chinese(
              OfficeTime.today()) + "作为登记错误作废（经领导审批），登记簿现已不计入");
    }
    String cellPage = get("sunyue", "/reports/" + past + "/cells?table=t3&row=new&column=TOTAL")
        .getBody();
    assertThat(cellPage).contains("以下为本报告发布时计入该数字的名单", "登记簿现状与发布时不同（1 项）",
        voided + "：发布时计入本数字；已于");
  }

  /**
   * The office sends the redo message for one year several times at once (threads released
   * together at a barrier): exactly one run starts; every other request is refused as it would
   * be a moment later, 400 正在编制中 on reportYear (or 409 请稍后重试 after a lock wait given
   * up), never the engine's 500, whether the guard or the run's first step refused it (ADR 0059).
   */
  @Test
  void theRedoMessageSentSeveralTimesAtOnceStartsOneRun() throws Exception {
    for (int past : List.of(year - 6, year - 7, year - 8)) {
      sentSeveralTimesAtOnceStartsOneRun(past, () -> message -> Http.asUser(rest, "wangli",
          HttpMethod.POST, "/engine-rest/message", message));
    }
  }

  /**
   * The same through the webapps' own API, as a logged-in office member's browser would send it:
   * Tasklist's engine API has no Jersey mapper of ours, and answered the run's refusal with 500.
   */
  @Test
  void theRedoMessageSentSeveralTimesAtOnceThroughTheWebappsStartsOneRun() throws Exception {
    sentSeveralTimesAtOnceStartsOneRun(year - 9, () -> {
      WebappSession session = WebappSession.login(rest, "tasklist", "wangli");
      return message -> session.call(HttpMethod.POST,
          "/camunda/api/engine/engine/default/message", message);
    });
  }

  /** Each sender gets its own client (a webapp session is one browser), made before the race. */
  private void sentSeveralTimesAtOnceStartsOneRun(int past,
      java.util.function.Supplier<java.util.function.Function<String, ResponseEntity<String>>>
          client) throws Exception {
    int senders = 5;
    String message = "{\"messageName\":\"AnnualReportRequested\",\"processVariables\":"
        + "{\"reportYear\":{\"value\":" + past + ",\"type\":\"Integer\"}}}";
    java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
    List<ResponseEntity<String>> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Runnable> sends = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      java.util.function.Function<String, ResponseEntity<String>> sender = client.get();
      sends.add(() -> {
        ran.incrementAndGet();
        answers.add(sender.apply(message));
      });
    }
    assertThat(io.github.ogiworkflow.support.AtOnce.run(sends)).as("nothing thrown").isEmpty();

    assertThat(ran.get()).as("every sender ran (no vacuous pass)").isEqualTo(senders);
    assertThat(answers).hasSize(senders);
    assertThat(answers).as("one run started: %s", answers)
        .filteredOn(a -> a.getStatusCode() == HttpStatus.NO_CONTENT).hasSize(1);
    for (ResponseEntity<String> refused : answers) {
      if (refused.getStatusCode() == HttpStatus.NO_CONTENT) {
        continue;
      }
      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isIn(400, 409);
      JsonNode body = json.readTree(refused.getBody());
      if (refused.getStatusCode() == HttpStatus.BAD_REQUEST) {
        assertThat(body.path("fields").path("reportYear").asText()).as(refused.getBody())
            .isEqualTo(past + "年度报告正在编制中，不能重复发起");
        assertThat(body.path("message").asText()).isEqualTo(past + "年度报告正在编制中，不能重复发起");
      } else {
        assertThat(body.path("message").asText()).as(refused.getBody()).contains("请稍后重试");
      }
    }
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ANNUAL_REPORT)
        .processInstanceBusinessKey(AnnualReportDelegates.businessKey(past)).count())
        .as("one run of %s", past).isEqualTo(1);
  }

  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired AnnualReportRegister register;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired io.github.ogiworkflow.register.CaseRegister cases;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  /** The run's asynchronous steps, as the job executor would take them. */
  private void runAsyncSteps(String businessKey) {
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .forEach(instance -> management.createJobQuery().processInstanceId(instance.getId())
            .messages().list().forEach(job -> {
              try {
                management.executeJob(job.getId());
              } catch (RuntimeException takenMeanwhile) {
                // the job executor took it first
              }
            }));
  }

  private org.camunda.bpm.engine.task.Task awaitTask(String businessKey, String taskKey)
      throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      runAsyncSteps(businessKey);
      org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery()
          .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
      if (task != null) {
        return task;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no task " + taskKey + " of " + businessKey);
  }

  private static String text(Sheet sheet, int row, int col) {
    return sheet.getRow(row).getCell(col).getStringCellValue();
  }

  private static double cellValue(JsonNode table, String row, String column) {
    for (JsonNode r : table.path("rows")) {
      if (r.path("id").asText().equals(row)) {
        for (JsonNode c : r.path("cells")) {
          if (c.path("column").asText().equals(column)) {
            return c.path("value").asDouble();
          }
        }
      }
    }
    throw new AssertionError("no cell " + row + "/" + column);
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
    return values;
  }

  private ResponseEntity<String> get(String user, String path) {
    return Http.asUser(rest, user, HttpMethod.GET, path, null);
  }

  private static Map<String, Object> text(String value) {
    return Map.of("type", "String", "value", value);
  }
}
