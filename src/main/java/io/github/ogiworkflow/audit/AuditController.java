package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.audit.CaseTimeline.Trail;
import io.github.ogiworkflow.audit.ComplianceQueries.Report;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.AccessDenied;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.security.StaffLinks;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.util.UriUtils;

/**
 * The audit trail of a case (JSON, CSV for Excel, printable HTML) and the compliance checks of
 * a period. Readable by auditors, leadership and the office; legal is refused (its reviews are
 * part of every trail, but overseeing the cases is not its role).
 */
@RestController
@ConditionalOnWebApplication
public class AuditController {

  static final Groups[] READERS = StaffLinks.Page.AUDIT_TRAIL.groups();
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  /** The exported trail's file name: 办理过程记录-YSQ-2026-000001.csv. */
  static final String CSV_NAME_PREFIX = "办理过程记录-";
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final CaseTimeline timeline;
  private final ComplianceQueries compliance;
  private final StaffAccess access;
  private final StaffLinks links;

  private final io.github.ogiworkflow.letter.Letters letters;

  public AuditController(CaseTimeline timeline, ComplianceQueries compliance,
      StaffAccess access, io.github.ogiworkflow.letter.Letters letters, StaffLinks links) {
    this.links = links;
    this.letters = letters;
    this.timeline = timeline;
    this.compliance = compliance;
    this.access = access;
  }

  @GetMapping(AuditWebConfiguration.API + "/cases/{trackingNumber:[^.]+}")
  public ResponseEntity<?> trail(@PathVariable String trackingNumber,
      @RequestParam(required = false) String format) {
    if ("csv".equalsIgnoreCase(format)) {
      return trailCsv(trackingNumber);
    }
    Trail trail = read(trackingNumber);
    if (trail == null) {
      return unknown(trackingNumber);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(json(trackingNumber, trail));
  }

  @GetMapping(AuditWebConfiguration.API + "/cases/{trackingNumber:[^.]+}.csv")
  public ResponseEntity<?> trailCsv(@PathVariable String trackingNumber) {
    Trail trail = read(trackingNumber);
    if (trail == null) {
      return unknown(trackingNumber);
    }
    return ResponseEntity.ok().contentType(CSV)
        // The Chinese name as the letters and the annual report have it (audit 32b, F8); the
        // ASCII name for clients without RFC 5987.
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + trackingNumber
            + ".csv\"; filename*=UTF-8''" + UriUtils.encode(CSV_NAME_PREFIX + trackingNumber
            + ".csv", StandardCharsets.UTF_8))
        .body(AuditDocuments.csv(trail).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping(AuditWebConfiguration.CASE_PAGES + "{trackingNumber:[^.]+}")
  public ResponseEntity<?> trailPage(@PathVariable String trackingNumber) {
    Trail trail = read(trackingNumber);
    if (trail == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
          .body(AuditDocuments.notFoundPage(trackingNumber, links.navHtml(null)));
    }
    return ResponseEntity.ok().contentType(HTML).body(AuditDocuments.trailPage(trackingNumber,
        trail, letters.of(trackingNumber.trim()), links.navHtml(null)));
  }

  /** Without a number (or with ?trackingNumber= from its search form): the search page. */
  @GetMapping({AuditWebConfiguration.PAGES + "/cases", AuditWebConfiguration.CASE_PAGES})
  public ResponseEntity<?> searchPage(@RequestParam(required = false) String trackingNumber) {
    access.require(READERS);
    if (trackingNumber != null && !trackingNumber.isBlank()) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(org.springframework.web.util
          .UriComponentsBuilder.fromPath(AuditWebConfiguration.CASE_PAGES + "{n}")
          .buildAndExpand(trackingNumber.trim()).encode().toUri()).build();
    }
    return ResponseEntity.ok().contentType(HTML).body(AuditDocuments.searchPage(
        links.navHtml(StaffLinks.Page.AUDIT_TRAIL)));
  }

  @GetMapping(AuditWebConfiguration.API + "/compliance")
  public ResponseEntity<?> compliance(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    access.require(READERS);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(check(from, to));
  }

  @GetMapping(AuditWebConfiguration.PAGES + "/compliance")
  public ResponseEntity<?> compliancePage(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    access.require(StaffLinks.Page.COMPLIANCE.groups());
    return ResponseEntity.ok().contentType(HTML).body(AuditDocuments.compliancePage(
        check(from, to), links.navHtml(StaffLinks.Page.COMPLIANCE)));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInput invalid) {
        return ApiError.of(HttpStatus.BAD_REQUEST, invalid.getMessage());
      }
      if (t instanceof AccessDenied) {
        return ApiError.of(HttpStatus.FORBIDDEN, t.getMessage());
      }
    }
    throw e;
  }

  private Trail read(String trackingNumber) {
    access.require(READERS);
    return timeline.of(trackingNumber.trim()).orElse(null);
  }

  private static ResponseEntity<?> unknown(String trackingNumber) {
    return ApiError.of(HttpStatus.NOT_FOUND, "unknown tracking number " + trackingNumber
        + "（受理编号 " + trackingNumber + " 不存在）");
  }

  private Report check(String from, String to) {
    int year = OfficeTime.today().getYear();
    LocalDate start = date(from, "from", LocalDate.of(year, 1, 1));
    LocalDate end = date(to, "to", LocalDate.of(year, 12, 31));
    if (end.isBefore(start)) {
      throw new InvalidInput("to is before from（截止日期早于起始日期）");
    }
    return compliance.check(start, end);
  }

  private static LocalDate date(String text, String name, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(name + " is not a date yyyy-MM-dd（日期格式应为 年-月-日，如 2026-01-01）", e);
    }
  }

  static Map<String, Object> json(String trackingNumber, Trail trail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trackingNumber", trackingNumber);
    body.put("case", trail.header());
    // A complaint without a request (SSJB-…): what the register has of it, instead of a case.
    body.put("complaint", trail.complaint());
    // A publication batch (ZDGK-…): the register's record of it and of each of its lines.
    body.put("batch", trail.batch());
    body.put("processes", trail.processes());
    List<Map<String, Object>> entries = trail.entries().stream().map(AuditController::json)
        .toList();
    body.put("entries", entries);
    return body;
  }

  private static Map<String, Object> json(Entry e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("time", AuditDocuments.time(e));
    row.put("dateOnly", e.dateOnly());
    row.put("kind", e.kind());
    row.put("kindLabel", e.kindLabel());
    row.put("activity", e.activity());
    row.put("who", e.who());
    row.put("outcome", e.outcome());
    row.put("comment", e.comment());
    row.put("detail", e.detail());
    return row;
  }
}
