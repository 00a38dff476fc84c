package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.enginerest.BrowserErrorPages;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.AccessDenied;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.security.StaffLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 办件台账 and 领导视图: JSON for the pages and API clients, and the pages themselves (plain
 * HTML with a script of ours, no external resources). For the office, leadership and auditors
 * as the audit trail; legal is refused, as there (its work is the reviews, not overseeing
 * cases). The leadership view is for leadership and the office.
 */
@RestController
@ConditionalOnWebApplication
public class LedgerController {

  static final Groups[] READERS = StaffLinks.Page.LEDGER.groups();
  static final Groups[] LEADERSHIP_VIEW = StaffLinks.Page.LEADERSHIP_VIEW.groups();
  /** Where each page's navigation bar goes (StaffLinks fills it in for the reader). */
  static final String NAV_MARKER = "<!--ogi-nav-->";
  /** Our pages run our own scripts and call our API; nothing from elsewhere. */
  static final String PAGE_CSP = "default-src 'none'; script-src 'self'; connect-src 'self';"
      + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final CaseLedger ledger;
  private final CaseFile caseFile;
  private final LeadershipFigures figures;
  private final StaffAccess access;
  private final IdentityService identity;
  private final StaffLinks links;
  private final CaseActions actions;
  private final SameInformationRequests sameInformation;

  public LedgerController(CaseLedger ledger, CaseFile caseFile, LeadershipFigures figures,
      StaffAccess access, IdentityService identity, StaffLinks links, CaseActions actions,
      SameInformationRequests sameInformation) {
    this.sameInformation = sameInformation;
    this.links = links;
    this.actions = actions;
    this.ledger = ledger;
    this.caseFile = caseFile;
    this.figures = figures;
    this.access = access;
    this.identity = identity;
  }

  @GetMapping(path = LedgerWebConfiguration.API, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> search(@RequestParam Map<String, String> params) {
    access.require(READERS);
    LedgerQuery query = LedgerQuery.parse(params);
    CaseLedger.Page page = ledger.search(query);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("today", OfficeTime.today().toString());
    body.put("total", page.total());
    body.put("page", page.page());
    body.put("size", page.size());
    body.put("pages", (page.total() + page.size() - 1) / page.size());
    Set<String> running = ledger.running(page.rows());
    body.put("cases", page.rows().stream().map(row -> json(row, links, running)).toList());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  @GetMapping(path = LedgerWebConfiguration.API + "/cases/{trackingNumber}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> oneCase(@PathVariable String trackingNumber) {
    access.require(READERS);
    Map<String, Object> body = caseFile.of(trackingNumber.trim(), links);
    if (body == null) {
      return ApiError.of(HttpStatus.NOT_FOUND, "unknown tracking number（受理编号 "
          + trackingNumber + " 不存在）");
    }
    boolean office = inGroup(Groups.OFFICE) || inGroup(Groups.ADMIN);
    String encoded = URLEncoder.encode(trackingNumber.trim(), StandardCharsets.UTF_8);
    Map<String, Object> pages = new LinkedHashMap<>();
    pages.put("auditTrail", "/audit/cases/" + encoded);
    // Full identity and contact data: the office's own page only (each read logged there).
    pages.put("applicant", office ? "/cases/" + encoded + "/applicant" : null);
    body.put("links", pages);
    // What the reader may record on the case here, decided by the server (ADR 0093).
    body.put("actions", LedgerKind.REQUEST.name().equals(body.get("kind"))
        ? actions.of(trackingNumber.trim()) : CaseActions.none());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  @GetMapping(path = LedgerWebConfiguration.API + "/leadership",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> leadership(@RequestParam(required = false) String year) {
    access.require(LEADERSHIP_VIEW);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(figures.of(year(year)));
  }

  /**
   * 多人申请的相同信息 (Art. 44, audit 33a F9, ADR 0160): information released in replies
   * delivered in {@code year} that at least {@code minApplicants} different applicants asked
   * for (default: setting {@code ogi.ledger.same-information.min-applicants}, 2) or that an
   * applicant suggested publishing proactively (ADR 0162), each request by 受理编号 and 序号 with
   * its Art. 44 proposal and its applicant's suggestion, if any. Office, leadership and auditors.
   */
  @GetMapping(path = LedgerWebConfiguration.API + "/same-information",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> sameInformation(@RequestParam(required = false) String year,
      @RequestParam(required = false) String minApplicants) {
    access.require(READERS);
    int chosen = year(year);
    int min = sameInformation.defaultMinApplicants();
    if (minApplicants != null && !minApplicants.isBlank()) {
      try {
        min = Integer.parseInt(minApplicants.trim());
      } catch (NumberFormatException e) {
        min = -1;
      }
      if (min < 2 || min > 1000) {
        throw new InvalidInput("minApplicants must be a whole number from 2 to 1000"
            + "（申请人数应为 2 至 1000 之间的整数）");
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", chosen);
    body.put("minApplicants", min);
    body.put("groups", sameInformation.of(chosen, min).stream().map(g -> {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("title", g.title());
      group.put("documentNumber", g.documentNumber());
      group.put("applicants", g.applicants());
      // Requests whose applicant suggested proactive disclosure (Art. 44, ADR 0162).
      group.put("applicantSuggestions", g.suggestions());
      group.put("art44", g.art44().map(LedgerController::art44).orElse(null));
      group.put("requests", g.asked().stream().map(a -> {
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("trackingNumber", a.trackingNumber());
        asked.put("seq", a.seq());
        asked.put("title", a.title());
        asked.put("deliveredOn", a.deliveredOn().toString());
        asked.put("art44", a.art44() == null ? null : art44(a.art44()));
        asked.put("applicantSuggestedOn", a.suggestedOn() == null ? null
            : a.suggestedOn().toString());
        // The agency's answer to the suggestion (ADR 0183), the reasons masked.
        asked.put("suggestionAnswer", a.suggestionAnswer() == null ? null
            : CaseFile.answer(a.suggestionAnswer()));
        asked.put("casePage", LedgerWebConfiguration.PAGES + "/cases/"
            + URLEncoder.encode(a.trackingNumber(), StandardCharsets.UTF_8));
        return asked;
      }).toList());
      return group;
    }).toList());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  private static Map<String, Object> art44(
      io.github.ogiworkflow.publication.PublicationRegister.Publication p) {
    Map<String, Object> art44 = new LinkedHashMap<>();
    art44.put("batchNumber", p.batchRef());
    art44.put("status", p.status().name());
    art44.put("statusLabel", p.status().label());
    return art44;
  }

  /** The year asked for, this year when none; 400 outside 2000 … next year. */
  private static int year(String year) {
    int thisYear = OfficeTime.today().getYear();
    int chosen = thisYear;
    if (year != null && !year.isBlank()) {
      try {
        chosen = Integer.parseInt(year.trim());
      } catch (NumberFormatException e) {
        chosen = -1;
      }
      if (chosen < 2000 || chosen > thisYear + 1) {
        throw new InvalidInput("year must be a year from 2000 to " + (thisYear + 1)
            + "（年度应为 2000 至 " + (thisYear + 1) + " 之间的年份）");
      }
    }
    return chosen;
  }

  @GetMapping(path = LedgerWebConfiguration.PAGES)
  public ResponseEntity<?> ledgerPage(HttpServletResponse response) {
    return page(response, "ledger/ledger.html", StaffLinks.Page.LEDGER, READERS);
  }

  @GetMapping(path = LedgerWebConfiguration.PAGES + "/cases/{trackingNumber}")
  public ResponseEntity<?> casePage(@PathVariable String trackingNumber,
      HttpServletResponse response) {
    ResponseEntity<?> page = page(response, "ledger/case.html", null, READERS);
    if (page.getStatusCode().is2xxSuccessful() && ledger.one(trackingNumber.trim()) == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
          .body(BrowserErrorPages.page(HttpStatus.NOT_FOUND.value(),
              "unknown tracking number（没有受理编号为 " + trackingNumber.trim() + " 的办件。）"));
    }
    return page;
  }

  @GetMapping(path = LedgerWebConfiguration.PAGES + "/leadership")
  public ResponseEntity<?> leadershipPage(HttpServletResponse response) {
    return page(response, "ledger/leadership.html", StaffLinks.Page.LEADERSHIP_VIEW,
        LEADERSHIP_VIEW);
  }

  /**
   * 多人申请的相同信息 as a page (audit 33a, ADR 0173): the JSON above in a table, year and N
   * chosen on the page, each request linking its case page (where 转为主动公开 is offered).
   */
  @GetMapping(path = LedgerWebConfiguration.PAGES + "/same-information")
  public ResponseEntity<?> sameInformationPage(HttpServletResponse response) {
    return page(response, "ledger/same-information.html", null, READERS);
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<?> refused(RuntimeException e) {
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

  /**
   * A row as JSON. Links into Tasklist and Cockpit only where they work for the reader: a task
   * for members of the group it is offered to (others would find nothing to work on), Cockpit
   * for its users and a running instance ({@code running}: Cockpit CE shows no ended one); null
   * otherwise, and the pages show plain text.
   */
  static Map<String, Object> json(CaseLedger.Row c, StaffLinks links, Set<String> running) {
    boolean tasklist = links.mayOpen(StaffLinks.Page.TASKLIST);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kind", c.kind().name());
    row.put("kindLabel", c.kind().label());
    row.put("trackingNumber", c.trackingNumber());
    row.put("applicantName", c.applicantName());
    row.put("applicantTypeLabel", c.applicantTypeLabel());
    row.put("channel", c.channel());
    row.put("channelLabel", c.channelLabel());
    row.put("status", c.status());
    row.put("statusLabel", c.statusLabel());
    // Not confirmed yet (Art. 31(3), audit 31b F5): no receipt date, the day it was submitted
    // and 待确认 instead; its reply deadline (null) counts from the confirmation.
    row.put("receivedOn", c.receiptPending() ? null : c.receivedOn().toString());
    row.put("receiptPending", c.receiptPending());
    row.put("receivedOnText", c.receiptPending()
        ? "待确认（" + c.receivedOn() + "网上提交，收到日期以确认之日为准）" : c.receivedOn().toString());
    // The line's own due date and what it is (dueLabel): a request's or a complaint's reply
    // (答复期限), a batch's Art. 26 date (发布期限, its earliest item's), and whether it was
    // missed (complaints and batches). Art. 30: a request's reply clock restarts when the
    // corrected request arrives; no date meanwhile (unless the correction notice was late).
    String dueOn = c.dueOn() == null ? null : c.dueOn().toString();
    row.put("dueOn", dueOn);
    row.put("dueLabel", c.dueLabel());
    // Whether that date is 暂算 (a year it counts over has no holiday notice), by the rule of
    // 期限监控 and the task forms (DeadlineOverview.replyDueProvisional; audit round 30).
    row.put("dueProvisional", c.dueProvisional());
    // The same date under its older name, for a reply only (null for a batch), and its mark.
    row.put("replyDueOn", c.kind() == LedgerKind.PUBLICATION ? null : dueOn);
    row.put("replyDueProvisional", c.kind() == LedgerKind.PUBLICATION ? null
        : c.dueProvisional());
    row.put("late", c.late());
    row.put("subject", c.subject());
    row.put("closedOn", c.closedOn() == null ? null : c.closedOn().toString());
    row.put("outcomeCode", c.outcomeCode());
    row.put("outcomeLabel", c.outcomeLabel());
    Map<String, Object> deadline = null;
    if (c.deadline() != null) {
      deadline = new LinkedHashMap<>();
      deadline.put("kind", c.deadline().kind());
      deadline.put("dueOn", c.deadline().dueOn().toString());
      deadline.put("workingDaysLeft", c.deadline().workingDaysLeft());
      deadline.put("light", c.deadline().light());
      deadline.put("paused", c.deadline().paused());
      deadline.put("provisional", c.deadline().provisional());
    }
    row.put("deadline", deadline);
    List<Map<String, Object>> steps = c.steps().stream().map(s -> {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("name", s.name());
      step.put("groupName", s.groupName());
      step.put("assignee", s.assignee());
      step.put("holder", s.holder());
      step.put("tasklistPath", tasklist && links.currentUserIn(s.group())
          ? StaffLinks.Page.TASKLIST.href() + "#/?task=" + s.taskId() : null);
      return step;
    }).toList();
    row.put("steps", steps);
    // A complaint or a batch has no case page: its line opens its audit trail, which shows
    // the register's record of it and its steps (the same readers as the ledger).
    row.put("casePath", (c.kind() == LedgerKind.REQUEST ? LedgerWebConfiguration.PAGES
        + "/cases/" : "/audit/cases/") + URLEncoder.encode(c.trackingNumber(),
        StandardCharsets.UTF_8));
    row.put("cockpitPath", c.processInstanceId() == null || !running.contains(c.processInstanceId())
        || !links.mayOpen(StaffLinks.Page.COCKPIT) ? null
        : StaffLinks.Page.COCKPIT.href() + "#/process-instance/" + c.processInstanceId()
            + "/runtime");
    return row;
  }

  private boolean inGroup(Groups group) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getGroupIds() != null
        && current.getGroupIds().contains(group.id());
  }

  /** A page, or the Chinese page saying who may open it (not a JSON error in the browser). */
  private ResponseEntity<?> page(HttpServletResponse response, String resource,
      StaffLinks.Page current, Groups... allowed) {
    // Replaces the strict staff policy set by StaffSecurityHeaders (two policies would both apply).
    response.setHeader("Content-Security-Policy", PAGE_CSP);
    try {
      access.require(allowed);
    } catch (AccessDenied e) {
      // The shared Chinese refusal page: its message is the Chinese part, e.g. 仅限办公室、领导.
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(HTML)
          .body(BrowserErrorPages.page(HttpStatus.FORBIDDEN.value(), e.getMessage()));
    }
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace(NAV_MARKER, links.navHtml(current));
      return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
          .body(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
