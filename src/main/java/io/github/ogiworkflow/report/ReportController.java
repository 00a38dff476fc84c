package io.github.ogiworkflow.report;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.publication.PublicationRegister.CountedItem;
import io.github.ogiworkflow.report.ReportTable.Cell;
import io.github.ogiworkflow.report.ReportTable.Column;
import io.github.ogiworkflow.report.ReportTable.Row;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.security.StaffLinks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The annual report for leadership, the office and auditors (HTTP Basic, see
 * {@link ReportWebConfiguration}): JSON, the drill-down of one cell, a printable HTML page and
 * an xlsx workbook, all from one {@link ReportEditions#of} of the year: the approved snapshot of
 * a published year, a live computation marked 草稿 otherwise. Errors are
 * {@code {"error": english, "message": 中文}}: 400 for a year that is not one, 404 for an
 * unknown cell, 403 for other groups.
 */
@RestController
@ConditionalOnWebApplication
public class ReportController {

  /** The first year of the 2008 regulation; no register data can be older. */
  static final int FIRST_YEAR = 2008;
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportEditions reports;
  private final StaffAccess access;
  private final CaseViews caseViews;
  private final AgencyProperties agency;

  public ReportController(ReportEditions reports, StaffAccess access, CaseViews caseViews,
      AgencyProperties agency) {
    this.agency = agency;
    this.reports = reports;
    this.access = access;
    this.caseViews = caseViews;
  }

  @GetMapping(path = ReportWebConfiguration.API + "/{year}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> report(@PathVariable String year) {
    return json(reports.of(year(year)));
  }

  /**
   * The tracking numbers counted in one cell, e.g. {@code ?table=t3&row=carried&column=TOTAL};
   * for a cell of table 二 or 主动公开信息数 the batches (ZDGK-…) and, in {@code items}, each
   * published item counted with the figure it adds (ADR 0143).
   */
  @GetMapping(path = ReportWebConfiguration.API + "/{year}/cells",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> cell(@PathVariable String year, @RequestParam String table,
      @RequestParam String row, @RequestParam String column) {
    ReportEditions.Drillable drillable = reports.drillable(year(year));
    AnnualReport report = drillable.edition().report();
    Drill drill = drill(report, table, row, column);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", report.year());
    body.put("table", table);
    body.put("row", row);
    body.put("column", column);
    body.put("cellId", drill.cell().id());
    body.put("tableTitle", drill.table().title());
    body.put("rowLabel", drill.row().label());
    body.put("columnLabel", drill.columnLabel());
    body.put("value", drill.cell().value());
    body.put("trackingNumbers", drill.trackingNumbers());
    if (drill.items() != null) {
      body.put("items", drill.items().stream().map(ReportController::item).toList());
    }
    // ADR 0157: a published year's lists are those stored at publication; where today's
    // register differs, each case or item is named with why.
    body.put("listBasis", drillable.basis().name());
    body.put("listNote", drillable.basisNote());
    body.put("differences", reports.differences(drillable, drill.cell().id()).stream()
        .map(d -> {
          Map<String, Object> difference = new LinkedHashMap<>();
          difference.put("trackingNumber", d.trackingNumber());
          if (d.itemId() != null) {
            difference.put("itemId", d.itemId());
          }
          difference.put("note", d.note());
          return difference;
        }).toList());
    return body;
  }

  @GetMapping(path = {ReportWebConfiguration.API + "/{year}.xlsx",
      ReportWebConfiguration.API + "/{year}/xlsx"})
  public ResponseEntity<byte[]> workbook(@PathVariable String year) {
    ReportEdition edition = reports.of(year(year));
    AnnualReport report = edition.report();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWorkbook.write(edition, agency.name(), out);
    String filename = report.year() + "年政府信息公开工作年度报告统计表.xlsx";
    return ResponseEntity.ok().contentType(XLSX)
        // filename= an ASCII fallback for old clients, filename*= the Chinese name (RFC 5987, 6266).
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annual-report-"
            + report.year() + ".xlsx\"; filename*=UTF-8''"
            + UriUtils.encode(filename, StandardCharsets.UTF_8))
        .body(out.toByteArray());
  }

  @GetMapping(path = ReportWebConfiguration.PAGE + "/{year}",
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String page(@PathVariable String year) {
    return ReportPage.report(reports.of(year(year)));
  }

  @GetMapping(path = ReportWebConfiguration.PAGE + "/{year}/cells",
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String cellPage(@PathVariable String year, @RequestParam String table,
      @RequestParam String row, @RequestParam String column) {
    ReportEditions.Drillable drillable = reports.drillable(year(year));
    AnnualReport report = drillable.edition().report();
    Drill drill = drill(report, table, row, column);
    List<ReportEditions.Difference> differences =
        reports.differences(drillable, drill.cell().id());
    List<String> linked = new ArrayList<>(drill.trackingNumbers());
    differences.forEach(d -> linked.add(d.trackingNumber()));
    return ReportPage.cell(report, drill.table(), drill.row(), drill.columnLabel(),
        ReportLayout.format(drill.cell().value()), drill.trackingNumbers(),
        caseViews.links(linked.stream().distinct().toList()), drill.items(),
        drillable.basisNote(), differences.stream().map(ReportEditions.Difference::note)
            .toList());
  }

  private int year(String yearText) {
    access.require(StaffLinks.Page.ANNUAL_REPORT.groups());
    int last = OfficeTime.today().getYear() + 1;
    String range = FIRST_YEAR + "–" + last;
    if (yearText == null || !yearText.matches("\\d{4}")) {
      throw new ReportRequestRefused(HttpStatus.BAD_REQUEST, "year must be a year " + range
          + "（年度须为" + range + "之间的四位数年份）");
    }
    int year = Integer.parseInt(yearText);
    if (year < FIRST_YEAR || year > last) {
      throw new ReportRequestRefused(HttpStatus.BAD_REQUEST, "year " + year + " is out of range "
          + range + "（年度" + year + "超出范围，可查询" + range + "年）");
    }
    return year;
  }

  /** One cell of the report and the cases (or batches and published items) behind it. */
  private record Drill(ReportTable table, Row row, Cell cell, String columnLabel,
      List<String> trackingNumbers, List<CountedItem> items) {}

  /** A published item of a drill-down as JSON. */
  private static Map<String, Object> item(CountedItem i) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("batchNumber", i.batchNumber());
    item.put("seq", i.seq());
    item.put("title", i.title());
    item.put("docNumber", i.docNumber());
    item.put("publishedOn", String.valueOf(i.publishedOn()));
    item.put("withdrawnOn", i.withdrawnOn() == null ? null : i.withdrawnOn().toString());
    item.put("figure", i.figure());
    // What a 废止 or a new version ends (ADR 0149), e.g. 废止X政发〔2026〕5号.
    item.put("note", i.note());
    return item;
  }

  private static Drill drill(AnnualReport report, String tableId, String rowId, String columnId) {
    ReportTable table = report.tables().stream().filter(t -> t.id().equals(tableId)).findFirst()
        .orElseThrow(() -> unknown("table", tableId, "表", report.tables().stream()
            .map(ReportTable::id).toList()));
    Row row = table.rows().stream().filter(r -> r.id().equals(rowId)).findFirst()
        .orElseThrow(() -> unknown("row", rowId, "行", table.rows().stream().map(Row::id)
            .toList()));
    Cell cell = table.find(rowId, columnId).orElseThrow(() -> unknown("column", columnId, "列",
        row.cells().stream().map(c -> table.columnOf(row, c)).toList()));
    String columnLabel = table.column(columnId).map(Column::label).orElse(columnId);
    List<CountedItem> items = report.itemDrillDown(cell.id()).orElse(null);
    if (items != null) {
      return new Drill(table, row, cell, columnLabel, items.stream()
          .map(CountedItem::batchNumber).distinct().sorted().toList(), items);
    }
    List<String> numbers = report.drillDown(cell.id()).orElseThrow(() -> new ReportRequestRefused(
        HttpStatus.NOT_FOUND, "cell " + cell.id() + " is not counted from cases and has no list"
        + "（该数字不是按办件统计的，没有办件明细）"));
    return new Drill(table, row, cell, columnLabel, numbers, null);
  }

  private static ReportRequestRefused unknown(String what, String value, String chinese,
      List<String> known) {
    return new ReportRequestRefused(HttpStatus.NOT_FOUND, "unknown " + what + " '" + value
        + "', known: " + String.join(", ", known) + "（报告中没有此" + chinese + "：" + value + "）");
  }

  static Map<String, Object> json(AnnualReport report) {
    return json(ReportEdition.draft(report, null));
  }

  /**
   * The report as JSON: whether it is the published edition (with the dates of approval and
   * publication) or a draft, the six sections in order (text, or the ids of their tables), then
   * the figures.
   */
  static Map<String, Object> json(ReportEdition edition) {
    AnnualReport report = edition.report();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", report.year());
    body.put("status", edition.published() ? "PUBLISHED" : "DRAFT");
    body.put("statusLabel", edition.statusLabel());
    body.put("statusNote", edition.statusNote());
    if (edition.published()) {
      body.put("approvedBy", edition.approvedBy());
      body.put("approvedOn", String.valueOf(edition.approvedDate()));
      body.put("publishedOn", edition.publishedOn().toString());
    }
    body.put("sections", edition.sections().stream().map(s -> {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("title", s.title());
      if (s.text() != null) {
        section.put("text", s.text());
      }
      section.put("tables", s.tableIds());
      return section;
    }).toList());
    body.put("cumulativeSince", report.cumulativeSince());
    body.put("consistent", report.consistent());
    body.put("invariants", report.invariants().stream().map(i -> {
      Map<String, Object> invariant = new LinkedHashMap<>();
      invariant.put("rule", i.rule());
      invariant.put("holds", i.holds());
      invariant.put("result", i.holds() ? "通过" : "未通过");
      invariant.put("detail", i.detail());
      return invariant;
    }).toList());
    body.put("warnings", report.warnings());
    body.put("feesCollected", report.feesCollected());
    body.put("feeCases", report.feeCases());
    body.put("feeNotices", report.feeNotices());
    body.put("feeNoticeAmount", report.feeNoticeAmount());
    List<Map<String, Object>> tables = new ArrayList<>();
    for (ReportTable table : report.tables()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", table.id());
      t.put("title", table.title());
      t.put("columns", table.columns().stream().map(c -> Map.of("id", c.id(), "label", c.label()))
          .toList());
      t.put("rows", table.rows().stream().map(row -> {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", row.id());
        r.put("label", row.label());
        if (row.unit() != null) {
          r.put("unit", row.unit());
        }
        r.put("cells", row.cells().stream().map(cell -> {
          String column = table.columnOf(row, cell);
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("column", column);
          c.put("id", cell.id());
          c.put("value", cell.value());
          c.put("drillable", cell.drillable());
          if (cell.drillable()) {
            c.put("href", UriComponentsBuilder.fromPath(ReportWebConfiguration.API + "/"
                + report.year() + "/cells").queryParam("table", table.id())
                .queryParam("row", row.id()).queryParam("column", column).encode().build()
                .toUriString());
          }
          return c;
        }).toList());
        return r;
      }).toList());
      tables.add(t);
    }
    body.put("tables", tables);
    return body;
  }

  @ExceptionHandler(ReportRequestRefused.class)
  ResponseEntity<Map<String, String>> refused(ReportRequestRefused e) {
    return ApiError.of(e.status, e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> notAuthorized(AuthorizationException e) {
    return ApiError.of(HttpStatus.FORBIDDEN, "not authorized（无权查看）");
  }

  /** A request for a report the API cannot answer: its status and "english（中文）" message. */
  static final class ReportRequestRefused extends RuntimeException {
    final HttpStatus status;

    ReportRequestRefused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }
}
