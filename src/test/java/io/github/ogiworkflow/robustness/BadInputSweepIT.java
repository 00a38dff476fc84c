package io.github.ogiworkflow.robustness;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_DEFENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publicapi.PublicRateLimiter;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.NewCase;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.support.EngineRest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.Spin;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input sweep (issue 8): a generated set of malformed requests against every endpoint of
 * ours — wrong types, missing fields, 1 MB strings, invalid UTF-8, injection strings, unknown
 * ids, wrong content types, empty and non-JSON bodies — plus the registration start form and two
 * task forms through /engine-rest, where our validation answers. Every answer must be 4xx and
 * nothing may be written. A new endpoint is one line in {@link #endpoints}; the list is checked
 * against Spring's handler mappings of our controllers, so an endpoint without bad-input
 * coverage fails the sweep unless it is excluded by name with a reason. Each endpoint also has a
 * positive control: a well-formed request with the same user, method and path that succeeds, so
 * the 4xx answers are the bad input's doing, not the login's or the path's.
 */
@IntegrationTest
class BadInputSweepIT {

  static final String SQL_INJECTION = "' OR 1=1 --";
  static final List<String> INJECTIONS = List.of(SQL_INJECTION, "<script>alert(1)</script>",
      "${7*7}", "#{7*7}", "../../etc/passwd", "%00", "YSQ-2026-000001'; DROP TABLE ogi_case; --");
  static final String HUGE = "申".repeat(350_000); // about 1 MB in UTF-8
  static final String UNKNOWN_ID = "YSQ-2099-999999";
  /** Invalid UTF-8: a lone continuation byte, an overlong encoding and a truncated sequence. */
  static final byte[] BAD_UTF8 = {'{', '"', 'a', '"', ':', '"', (byte) 0x80, (byte) 0xC0,
      (byte) 0xAF, (byte) 0xE4, (byte) 0xB8, '"', '}'};

  /** What a body field holds; text fields accept any characters, so injections are valid there. */
  enum Kind { TEXT, CHOICE, DATE, ID, FLAG, LIST }

  record Field(String name, Object valid, Kind kind, boolean required) {}

  /**
   * One endpoint: {@code {id}} in the path is replaced by {@code validId} or a malformed id.
   * {@code refusesAnyBody}: the target is in a state where even a valid body is refused (so
   * every mutation may go in every field); otherwise injections only go into non-text fields,
   * where they are invalid, since text fields legitimately accept them. {@code engineForm}:
   * a form submission through /engine-rest ({"variables": {name: {"value": …}}}).
   */
  record Endpoint(String name, String method, String path, String user,
      Function<BadInputSweepIT, String> validId, Map<String, String> query, List<Field> fields,
      boolean refusesAnyBody, boolean engineForm, Function<BadInputSweepIT, Control> control) {

    Endpoint(String name, String method, String path, String user,
        Function<BadInputSweepIT, String> validId, Map<String, String> query, List<Field> fields,
        boolean refusesAnyBody, boolean engineForm) {
      this(name, method, path, user, validId, query, fields, refusesAnyBody, engineForm, null);
    }

    boolean hasBody() {
      return fields != null;
    }

    /** The positive control's target, when it is not the one the malformed requests go to. */
    Endpoint withControl(Function<BadInputSweepIT, Control> target) {
      return new Endpoint(name, method, path, user, validId, query, fields, refusesAnyBody,
          engineForm, target);
    }

    /** Spring's mapping this endpoint sweeps ("POST /api/x/{}"); null behind /engine-rest. */
    String mappingKey() {
      return path.startsWith("/engine-rest/") ? null : mappingKey(method, path);
    }

    static String mappingKey(String method, String pattern) {
      return method + " " + pattern.replaceAll("\\{[^}]*\\}", "{}");
    }
  }

  /**
   * The positive control of an endpoint: the id, query and body fields (over the valid ones) of a
   * well-formed request that must succeed (2xx) with the same user, method and path, so the 4xx
   * answers of the sweep come from the bad input and not from the login or the path.
   */
  record Control(String id, Map<String, String> query, Map<String, Object> fields) {}

  /**
   * Our controllers' mappings that are not swept, each by name with the reason. Every other
   * mapping must be swept (see {@link #everyMappingOfOursIsSweptOrExcludedByName}).
   */
  static final Map<String, String> UNSWEPT_MAPPINGS = Map.ofEntries(
      Map.entry("GET /api/deadlines", "takes no input at all (no path variable, query parameter or body),"
          + " so there is nothing malformed to send; DeadlineOverviewIT covers who may read it"),
      Map.entry("GET /api/webapp/deadlines", "takes no input at all and answers only a Cockpit login"
          + " session; DeadlineOverviewIT covers it"),
      Map.entry("GET /ledger", "the 办件台账 page takes no input itself: its script sends the query to"
          + " /api/ledger, which is swept"),
      Map.entry("GET /ledger/same-information", "the 多人申请的相同信息 page takes no input itself: its"
          + " script sends year and minApplicants to /api/ledger/same-information, which is swept"),
      Map.entry("GET /ledger/leadership", "the 领导视图 page takes no input itself: its script sends the"
          + " year to /api/ledger/leadership, which is swept"),
      Map.entry("GET /api/webapp/navigation", "takes no input at all: the links the caller may open;"
          + " StaffLinksIT covers it"),
      Map.entry("GET /api/form-labels", "takes no input at all: the forms' labels for Cockpit's"
          + " variable table; FormLabelsIT covers who may read it"),
      Map.entry("GET /logout", "takes no input: a static page with the logout button"),
      Map.entry("POST /api/appeals/{}/lawsuits/appeal", "a valid body needs a suit whose"
          + " first-instance judgment awaits the plaintiff's appeal (ADR 0049): AppealHttpIT sends"
          + " a missing date and the first-instance court (400 on the field, nothing recorded),"
          + " the event where nothing waits (409) and another group (403)"),
      Map.entry("POST /api/cases/{}/late-consultation-answers", "a valid body needs a case whose"
          + " third-party consultation closed as silence and whose party's items await review (ADR"
          + " 0172): ConsultationAndReasonsScenarioTest sends a future and a malformed date, a"
          + " postmark after receipt, an objection without reasons, a bad answer and an unknown"
          + " party (400 in Chinese on the field, nothing written) and a second answer (409)"),
      Map.entry("POST /api/publications/items/{}/channels", "登记补充发布 needs a published item with"
          + " a planned channel marked 未发布 (ADR 0152): PublicationHttpIT sends a wrong item number,"
          + " a missing location and a second registration (400 in Chinese, nothing written) and"
          + " another group (403); ProactiveDisclosureScenarioTest the line rules and guards"),
      Map.entry("POST /api/publications/items/{}/repeals", "补充关联被废止文件 needs a published 废止"
          + " without its document and a published 制发 (ADR 0186): ProactiveDisclosureScenarioTest"
          + " .anOldRepealIsLinkedToItsDocumentAfterwards sends a missing, non-text, unknown,"
          + " unpublished, repealed and later 文号 and a non-repeal item (400 in Chinese, nothing"
          + " written)"),
      Map.entry("POST /logout", "takes no input (it ends the caller's session, if any);"
          + " EngineApiAttacksIT covers the login session of staff pages"),
      Map.entry("POST /api/cases/{}/attachments", "multipart, not JSON: AttachmentHttpIT sends bad files"
          + " (types, sizes, empty) and bad fields and checks that nothing is written"),
      Map.entry("POST /cases/{}/attachments", "the staff page's multipart form: AttachmentHttpIT"),
      Map.entry("GET /api/cases/{}/attachments/{}", "two ids (case, file): AttachmentHttpIT covers wrong"
          + " case, wrong file and who may read"),
      Map.entry("GET /cases/{}/attachments/{}", "the same download as GET /api/cases/{}/attachments/{}"),
      Map.entry("GET /cases/{}/items/{}/attachments", "two ids (case, item): AttachmentHttpIT"),
      Map.entry("GET /api/public/downloads/{}", "a signed token: ElectronicDeliveryIT sends forged,"
          + " foreign, expired and withdrawn tokens"),
      Map.entry("GET /api/public/agency", "takes no input: the agency's name and contact"),
      Map.entry("POST /api/cases/{}/query-code", "one flag (identityChecked) and a number:"
          + " PublicRequestIT.theOfficeReissuesALostQueryCodeAndTheOldOneStopsWorking sends it"
          + " missing (400 on the field, the old code still works), an unknown number (404), a"
          + " counter case (409) and another group (403)"),
      Map.entry("POST /cases/{}/receipt", "the receipt page's form post (urlencoded, not JSON) that"
          + " prints a counter or post request's query code (ADR 0175): ReceiptQueryCodeIT sends"
          + " it without identityChecked and with a wrong code (400 in Chinese, nothing issued),"
          + " an online case (409), an unknown number (404), another group (403) and another"
          + " site's origin (403)"),
      Map.entry("GET /audit/cases", "the audit trail's search page takes no input itself: it"
          + " opens /audit/cases/{n}, which is swept"),
      Map.entry("GET /audit/cases/", "the same search page as GET /audit/cases"),
      Map.entry("GET /cases/{}/letters/{}", "two ids (case, letter): LetterPagesIT covers another"
          + " case's letter, an unknown letter, 401 and 403"),
      Map.entry("GET /cases/{}/letters/{}.docx", "the stored file of GET /cases/{}/letters/{}:"
          + " LetterPagesIT"),
      Map.entry("GET /cases/{}/proof-of-service", "LetterPagesIT: a case without an issued reply"
          + " is 404, other groups 403"),
      Map.entry("GET /cases/{}/proof-of-service.docx", "the same as GET"
          + " /cases/{}/proof-of-service"),
      Map.entry("GET /cases/{}/reply-letter", "LetterPagesIT: unknown case and no reply yet are"
          + " 404"),
      Map.entry("GET /cases/{}/reply-letter.docx", "the same as GET /cases/{}/reply-letter"),
      Map.entry("GET /cases/{}/challenged-letter", "the issued reply or the 终止办理告知书 of the"
          + " case: AppealHttpIT and WithdrawalHttpIT"),
      Map.entry("GET /cases/{}/complaint-text", "a complaint's full text (ADR 0129), read from"
          + " the register by a number only: PersonalDataIT checks the office's read (logged),"
          + " the Chinese 403 of legal, leadership and auditors (nothing logged)"),
      Map.entry("GET /cases/{}/answer-draft", "an answer's full draft for the drafting task's"
          + " assignee only (ADR 0129): any number without such a task is 403; PersonalDataIT"
          + " checks the assignee's read (logged) and every other user's 403"),
      Map.entry("POST /api/cases/{}/date-corrections", "a valid body would correct a date of the"
          + " shared case: DateCorrectionHttpIT sends an unknown field, a future date and no"
          + " reason (400 in Chinese, nothing written) and checks who may correct"),
      Map.entry("POST /api/cases/{}/fee-corrections", "a valid body would correct or withdraw a"
          + " fee notice of the shared case: FeeCorrectionHttpIT sends no action, a page count"
          + " that is not a number, a higher amount and an unknown case (400 or 404 in Chinese,"
          + " nothing written) and checks that only the office may correct"),
      Map.entry("PUT /api/calendar/years/{}", "a valid notice would change the calendar of every"
          + " other test in the shared context: DateCorrectionHttpIT sends malformed, known-year"
          + " and empty notices and a non-administrator (all refused, nothing changed)"));

  static Field text(String name, boolean required) {
    return new Field(name, "示范文本", Kind.TEXT, required);
  }

  static Field choice(String name, String valid) {
    return new Field(name, valid, Kind.CHOICE, true);
  }

  static Field date(String name) {
    return new Field(name, OfficeTime.today().toString(), Kind.DATE, true);
  }

  static final List<Endpoint> ENDPOINTS = endpoints();

  /**
   * Every endpoint of ours; add a line for each new one (the sweep fails on a mapping of our
   * controllers that is neither here nor in {@link #UNSWEPT_MAPPINGS}).
   */
  static List<Endpoint> endpoints() {
    List<Endpoint> e = new ArrayList<>();
    // 网上申请 (public, no login)
    e.add(new Endpoint("public submit", "POST", "/api/public/requests", null, t -> null,
        Map.of(), List.of(choice("applicantType", "NATURAL_PERSON"),
            text("applicantName", true), choice("idType", "RESIDENT_ID"),
            new Field("idNumber", "11010519491231002X", Kind.ID, true),
            new Field("contactPhone", "13812345678", Kind.ID, true),
            new Field("contactEmail", "lisi@example.cn", Kind.ID, false),
            text("description", true), choice("deliveryForm", "ELECTRONIC"),
            choice("deliveryMethod", "EMAIL")), false, false));
    e.add(new Endpoint("public status", "GET", "/api/public/requests/{id}", null,
        t -> t.onlineCase, Map.of("code", "AAAA-BBBB-CCCC-DDDD"), null, true, false)
        .withControl(t -> new Control(t.onlineCase, Map.of("code", t.onlineCode), Map.of())));
    e.add(new Endpoint("public supplement", "POST", "/api/public/requests/{id}/supplement", null,
        t -> t.onlineCase, Map.of("code", "AAAA-BBBB-CCCC-DDDD"), List.of(text("text", true)),
        true, false).withControl(BadInputSweepIT::caseAwaitingSupplement));
    e.add(new Endpoint("public reasons", "POST", "/api/public/requests/{id}/reasons", null,
        t -> t.onlineCase, Map.of("code", "AAAA-BBBB-CCCC-DDDD"), List.of(text("text", true)),
        true, false).withControl(BadInputSweepIT::caseAwaitingReasons));
    // 网上撤回申请 (ADR 0175): its positive control withdraws a case of its own.
    e.add(new Endpoint("public withdrawal", "POST", "/api/public/requests/{id}/withdrawal", null,
        t -> t.onlineCase, Map.of("code", "AAAA-BBBB-CCCC-DDDD"),
        List.of(choice("confirmation", "确认撤回"), text("reason", false)), true, false)
        .withControl(BadInputSweepIT::caseBeingHandledOnline));
    // 行政复议、诉讼 (legal): a filing goes to a case whose applicant has a reconsideration
    // pending (against the failure to reply, ADR 0081), so every filing is refused; a decision
    // or judgment to a case with no appeal waiting for one.
    List<Field> filing = List.of(new Field("docketNo", "示复〔2026〕1号", Kind.ID, true),
        text("appealBody", true), date("filedOn"), date("servedOn"),
        choice("procedure", "ORDINARY"), new Field("appellant", "APPLICANT", Kind.CHOICE, false));
    // Their positive controls go to a delivered case (and an appeal waiting for its decision).
    e.add(filing("reconsiderations", filing)
        .withControl(t -> new Control(t.deliveredCase(), Map.of(), Map.of())));
    // 维持 takes no 具体结果 (ADR 0189): the well-formed decision is 其他结果, 驳回.
    e.add(appeal("reconsiderations/decision", List.of(choice("appealResult", "OTHER"),
        choice("appealResultDetail", "DISMISSED"), date("decidedOn")))
        .withControl(t -> new Control(t.appealAwaitingDecision("reconsiderations"), Map.of(),
            Map.of())));
    e.add(filing("lawsuits", List.of(new Field("docketNo", "(2026)示行初1号", Kind.ID, true),
        text("appealBody", true), date("servedOn"), date("filedOn"),
        new Field("afterReconsideration", false, Kind.FLAG, true),
        new Field("appellant", "APPLICANT", Kind.CHOICE, false)))
        .withControl(t -> new Control(t.deliveredCase(), Map.of(), Map.of())));
    e.add(appeal("lawsuits/judgment", List.of(choice("appealResult", "OTHER"),
        choice("appealResultDetail", "DISMISSED"), date("decidedOn"),
        new Field("appealedToHigherCourt", false, Kind.FLAG, true),
        choice("judgmentKind", "JUDGMENT"),
        new Field("judgmentServedOn", OfficeTime.today().toString(), Kind.DATE, false)))
        .withControl(t -> new Control(t.appealAwaitingDecision("lawsuits"), Map.of(),
            Map.of())));
    // A complaint needs no delivered reply: valid bodies would be filed, so text fields only
    // get what is invalid in any text.
    e.add(new Endpoint("appeal complaints", "POST", "/api/appeals/{id}/complaints", "lina",
        t -> t.staffCase, Map.of(), List.of(choice("complaintKind", "COMPLAINT"),
            text("appealBody", true), text("docketNo", false),
            new Field("servedOn", OfficeTime.today().toString(), Kind.DATE, false),
            text("complaintText", true)), false, false));
    // A complaint without a request (Art. 51): about a publication batch or the OGI work.
    e.add(new Endpoint("standalone complaints", "POST", "/api/appeals/complaints", "lina",
        t -> null, Map.of(), List.of(choice("complaintKind", "REPORT"),
            text("appealBody", true), text("complaintReference", false),
            new Field("servedOn", OfficeTime.today().toString(), Kind.DATE, false),
            text("complaintText", true)), false, false));
    // 主动公开 (staff)
    e.add(new Endpoint("catalogue api", "GET", "/api/catalogue", "wangli", t -> null,
        Map.of("category", "STATISTICS", "channel", "WEBSITE", "page", "0", "size", "20"), null,
        true, false));
    e.add(new Endpoint("catalogue page", "GET", "/catalogue", "wangli", t -> null,
        Map.of("category", "STATISTICS", "channel", "WEBSITE", "page", "0", "size", "20"), null,
        true, false));
    // The request has no reviewed items, so nothing can be published from it.
    e.add(new Endpoint("publish from request", "POST", "/api/publications/from-request/{id}",
        "wangli", t -> t.staffCase, Map.of(), List.of(new Field("items", List.of(Map.of(
            "itemId", 1, "category", "STATISTICS", "channels", List.of("WEBSITE"),
            "publishingUnit", "办公室", "attribute", "PROACTIVE")), Kind.LIST, true)),
        true, false).withControl(BadInputSweepIT::requestWithAReleasableItem));
    // 撤回申请 (ADR 0085): a case of its own, as a valid body withdraws it; the positive
    // control withdraws another.
    e.add(new Endpoint("withdrawal", "POST", "/api/cases/{id}/withdrawal", "wangli",
        t -> t.withdrawalCase, Map.of(), List.of(date("withdrawnOn"),
            choice("withdrawalForm", "WRITTEN"), text("withdrawalReason", false)), false, false)
        .withControl(t -> new Control(t.registeredCase(), Map.of(), Map.of())));
    // 申请人建议主动公开 (Art. 44, ADR 0162): a request with a held item, so every field's check
    // is reached; the positive control records the suggestion on it.
    e.add(new Endpoint("proactive suggestion", "POST", "/api/cases/{id}/proactive-suggestions",
        "wangli", t -> t.suggestionCase, Map.of(), List.of(date("suggestedOn"),
            new Field("items", List.of(1), Kind.LIST, true), text("reason", true)), false, false));
    // 作废申请人建议主动公开 (ADR 0173): a request whose item 1 has a standing suggestion; the
    // positive control voids it.
    e.add(new Endpoint("proactive suggestion void", "POST",
        "/api/cases/{id}/proactive-suggestions/void", "wangli", t -> t.voidSuggestionCase,
        Map.of(), List.of(new Field("items", List.of(1), Kind.LIST, true), text("reason", true)),
        false, false));
    // 答复申请人建议主动公开 (ADR 0183): a request whose item 1 has a standing suggestion; the
    // positive control answers it.
    e.add(new Endpoint("proactive suggestion answer", "POST",
        "/api/cases/{id}/proactive-suggestions/answer", "wangli", t -> t.answerSuggestionCase,
        Map.of(), List.of(new Field("items", List.of(1), Kind.LIST, true),
            choice("decision", "NOT_ADOPTED"), date("answeredOn"), text("reason", true)),
        false, false));
    // 年度报告, 审计 and 期限监控 (read-only for auditors, leadership and the office)
    e.add(new Endpoint("annual report json", "GET", "/api/reports/{id}", "sunyue", t -> "2026",
        Map.of(), null, true, false));
    e.add(new Endpoint("annual report cell", "GET", "/api/reports/{id}/cells", "sunyue",
        t -> "2026", Map.of("table", "t3", "row", "carried", "column", "TOTAL"), null, true,
        false));
    e.add(new Endpoint("annual report page", "GET", "/reports/{id}", "sunyue", t -> "2026",
        Map.of(), null, true, false));
    e.add(new Endpoint("annual report cell page", "GET", "/reports/{id}/cells", "sunyue",
        t -> "2026", Map.of("table", "t3", "row", "carried", "column", "TOTAL"), null, true,
        false));
    e.add(new Endpoint("annual report xlsx", "GET", "/api/reports/{id}/xlsx", "sunyue",
        t -> "2026", Map.of(), null, true, false));
    e.add(new Endpoint("annual report .xlsx", "GET", "/api/reports/{id}.xlsx", "sunyue",
        t -> "2026", Map.of(), null, true, false));
    e.add(new Endpoint("audit trail json", "GET", "/api/audit/cases/{id}", "sunyue",
        t -> t.staffCase, Map.of(), null, true, false));
    e.add(new Endpoint("audit trail csv", "GET", "/api/audit/cases/{id}.csv", "sunyue",
        t -> t.staffCase, Map.of(), null, true, false));
    e.add(new Endpoint("audit trail page", "GET", "/audit/cases/{id}", "sunyue",
        t -> t.staffCase, Map.of(), null, true, false));
    // 办件台账 and 领导视图 (read-only; text searches accept any text, so only coded fields here)
    e.add(new Endpoint("ledger api", "GET", "/api/ledger", "sunyue", t -> null,
        Map.ofEntries(Map.entry("kind", "REQUEST"), Map.entry("status", "IN_PROGRESS"),
            Map.entry("receivedFrom", "2026-01-01"), Map.entry("receivedTo", "2026-12-31"),
            Map.entry("closedYear", "2026"), Map.entry("outcome", "1"),
            Map.entry("deadline", "overdue"), Map.entry("group", "office"),
            Map.entry("appealKind", "RECONSIDERATION"), Map.entry("appealResult", "PENDING"),
            Map.entry("page", "1")), null, true, false));
    e.add(new Endpoint("ledger case api", "GET", "/api/ledger/cases/{id}", "sunyue",
        t -> t.staffCase, Map.of(), null, true, false));
    e.add(new Endpoint("ledger case page", "GET", "/ledger/cases/{id}", "sunyue",
        t -> t.staffCase, Map.of(), null, true, false));
    e.add(new Endpoint("leadership figures", "GET", "/api/ledger/leadership", "chengang",
        t -> null, Map.of("year", "2026"), null, true, false));
    // 多人申请的相同信息 (audit 33a F9, ADR 0160)
    e.add(new Endpoint("same information", "GET", "/api/ledger/same-information", "sunyue",
        t -> null, Map.of("year", "2026", "minApplicants", "2"), null, true, false));
    // The applicant's full data, office only (issue 13, H4)
    e.add(new Endpoint("applicant page", "GET", "/cases/{id}/applicant", "wangli",
        t -> t.staffCase, Map.of(), null, true, false));
    // Attachments and the 受理回执 (issue 15)
    e.add(new Endpoint("attachments json", "GET", "/api/cases/{id}/attachments", "wangli",
        t -> t.staffCase, Map.of(), null, true, false));
    e.add(new Endpoint("attachments page", "GET", "/cases/{id}/attachments", "wangli",
        t -> t.staffCase, Map.of(), null, true, false));
    e.add(new Endpoint("receipt page", "GET", "/cases/{id}/receipt", "wangli",
        t -> t.staffCase, Map.of(), null, true, false));
    e.add(new Endpoint("public receipt", "GET", "/api/public/requests/{id}/receipt", null,
        t -> t.onlineCase, Map.of("code", "AAAA-BBBB-CCCC-DDDD"), null, true, false)
        .withControl(t -> new Control(t.onlineCase, Map.of("code", t.onlineCode), Map.of())));
    e.add(new Endpoint("public downloads", "GET", "/api/public/requests/{id}/downloads", null,
        t -> t.onlineCase, Map.of("code", "AAAA-BBBB-CCCC-DDDD"), null, true, false)
        .withControl(t -> new Control(t.onlineCase, Map.of("code", t.onlineCode), Map.of())));
    e.add(new Endpoint("compliance json", "GET", "/api/audit/compliance", "sunyue", t -> null,
        Map.of("from", "2026-01-01", "to", "2026-12-31"), null, true, false));
    e.add(new Endpoint("compliance page", "GET", "/audit/compliance", "sunyue", t -> null,
        Map.of("from", "2026-01-01", "to", "2026-12-31"), null, true, false));
    // Chinese webapp configuration
    e.add(new Endpoint("webapp config", "GET", "/camunda/app/{id}/scripts/config.js", null,
        t -> "tasklist", Map.of(), null, true, false));
    // Our validation behind /engine-rest: the registration start form and two task forms.
    e.add(new Endpoint("start form 登记申请", "POST",
        "/engine-rest/process-definition/key/" + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form",
        "wangli", t -> null, Map.of(), List.of(choice("channel", "POST"), date("receivedOn"),
            choice("applicantType", "COMMERCIAL"), text("applicantName", true),
            text("requestDescription", true)), false, true));
    e.add(new Endpoint("task form 审查申请内容是否明确", "POST", "/engine-rest/task/{id}/submit-form",
        "wangli", t -> t.task(t.staffCase, TASK_CHECK_COMPLETENESS), Map.of(),
        List.of(choice("completenessDecision", "COMPLETE")), false, true));
    e.add(new Endpoint("task form 逐项保密审查", "POST", "/engine-rest/task/{id}/submit-form",
        "lina", t -> t.task(t.reviewCase, TASK_REVIEW_ITEM), Map.of(),
        List.of(choice("reviewConclusion", "RELEASABLE")), false, true));
    e.add(new Endpoint("task form 检索信息并拆分信息项", "POST", "/engine-rest/task/{id}/submit-form",
        "wangli", t -> t.task(t.splitCase, TASK_SEARCH_AND_SPLIT), Map.of(),
        List.of(new Field("items", List.of(Map.of("title", "统计表", "finding", "HELD")),
            Kind.LIST, true)), false, true));
    return e;
  }

  static Endpoint appeal(String event, List<Field> fields) {
    return new Endpoint("appeal " + event, "POST", "/api/appeals/{id}/" + event, "lina",
        t -> t.staffCase, Map.of(), fields, true, false);
  }

  /**
   * A filing: to a case whose applicant has a reconsideration pending, where even a valid one is
   * refused (409, one pending per appellant, ADR 0038); a case with no reply delivered takes an
   * applicant's filing against the failure to reply (ADR 0081).
   */
  static Endpoint filing(String event, List<Field> fields) {
    return new Endpoint("appeal " + event, "POST", "/api/appeals/{id}/" + event, "lina",
        t -> t.appealedCase, Map.of(), fields, true, false);
  }

  /** One malformed request. */
  record Attempt(Endpoint endpoint, String description, String pathAndQuery, String contentType,
      byte[] body) {}

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired PublicRateLimiter limiter;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  @Autowired ManagementService management;
  String staffCase;
  /** A request with a held item an applicant's suggestion may name (ADR 0162). */
  String suggestionCase;
  String voidSuggestionCase;
  String answerSuggestionCase;
  @Autowired io.github.ogiworkflow.publication.ProactiveSuggestions suggestions;
  /** A registered request the withdrawal endpoint is swept against (no valid body reaches it). */
  String withdrawalCase;
  String appealedCase;
  String splitCase;
  String reviewCase;
  String onlineCase;
  String onlineCode;
  @Autowired ItemRegister items;
  @Autowired CaseRegister cases;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /**
   * Spring's request mappings of our own controllers (package io.github.ogiworkflow) are each
   * swept or listed by name, with the reason, in {@link #UNSWEPT_MAPPINGS}: a new endpoint
   * without bad-input coverage fails here.
   */
  @Test
  void everyMappingOfOursIsSweptOrExcludedByName() {
    Set<String> ours = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      if (!handler.getBeanType().getPackageName().startsWith("io.github.ogiworkflow")) {
        return;
      }
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      assertThat(methods).as("%s answers one HTTP method, not any", info).isNotEmpty();
      assertThat(info.getPatternValues()).as("%s has a path", info).isNotEmpty();
      for (RequestMethod method : methods) {
        for (String pattern : info.getPatternValues()) {
          ours.add(Endpoint.mappingKey(method.name(), pattern));
        }
      }
    });
    assertThat(ours).as("mappings of our controllers").isNotEmpty();
    assertThat(ENDPOINTS).as("swept endpoints").isNotEmpty();

    Set<String> swept = new TreeSet<>();
    for (Endpoint endpoint : ENDPOINTS) {
      if (endpoint.mappingKey() != null) {
        swept.add(endpoint.mappingKey());
      }
    }
    assertThat(ours).as("swept endpoints that are no mapping of ours (a typo?)")
        .containsAll(swept);
    assertThat(ours).as("excluded mappings that are no mapping of ours (remove them)")
        .containsAll(UNSWEPT_MAPPINGS.keySet());
    assertThat(swept).as("mappings both swept and excluded")
        .doesNotContainAnyElementsOf(UNSWEPT_MAPPINGS.keySet());
    Set<String> uncovered = new TreeSet<>(ours);
    uncovered.removeAll(swept);
    uncovered.removeAll(UNSWEPT_MAPPINGS.keySet());
    assertThat(uncovered).as("mappings of ours neither in the sweep nor excluded by name with a"
        + " reason: add them to endpoints()").isEmpty();
  }

  @Test
  void everyMalformedRequestIsRefusedWith4xxAndWritesNothing() throws Exception {
    givenCases();
    assertThat(ENDPOINTS).as("swept endpoints").isNotEmpty();
    Map<String, Long> before = rowCounts();
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Endpoint endpoint : ENDPOINTS) {
      List<Attempt> attempts = attempts(endpoint);
      assertThat(attempts).as("malformed requests for %s", endpoint.name()).isNotEmpty();
      for (Attempt attempt : attempts) {
        limiter.reset(); // else the public API answers 429 before it looks at the request
        HttpResponse<String> answer = send(attempt);
        tried++;
        if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
          failures.add(endpoint.name() + " / " + attempt.description() + ": "
              + answer.statusCode() + " " + abbreviate(answer.body()));
        } else if (!readsInChinese(answer)) {
          failures.add(endpoint.name() + " / " + attempt.description() + ": what the user"
              + " reads is not in Chinese: " + answer.statusCode() + " " + abbreviate(answer.body()));
        } else if (namesAVariable(answer)) {
          failures.add(endpoint.name() + " / " + attempt.description() + ": what the user"
              + " reads names a variable id, not the field's label (ADR 0068): "
              + answer.statusCode() + " " + abbreviate(answer.body()));
        }
        Map<String, Long> after = rowCounts();
        if (!after.equals(before)) {
          failures.add(endpoint.name() + " / " + attempt.description() + " wrote rows: "
              + before + " -> " + after);
          before = after;
        }
      }
    }
    System.out.printf("Bad input sweep: %d malformed requests against %d endpoints, %d not"
        + " refused with 4xx%n", tried, ENDPOINTS.size(), failures.size());
    assertThat(failures).as("answers that were not 4xx in Chinese, or rows written").isEmpty();
    assertThat(tried).isGreaterThan(300);

    // Positive controls (after the sweep: they write, and the task forms use up their tasks).
    List<String> refused = new ArrayList<>();
    for (Endpoint endpoint : ENDPOINTS) {
      Attempt control = control(endpoint);
      limiter.reset();
      HttpResponse<String> answer = send(control);
      if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
        refused.add(endpoint.name() + " " + control.pathAndQuery() + ": " + answer.statusCode()
            + " " + abbreviate(answer.body()));
      }
    }
    System.out.printf("Bad input sweep: %d positive controls, %d not 2xx%n", ENDPOINTS.size(),
        refused.size());
    assertThat(refused).as("well-formed requests (same user, method and path) that did not"
        + " succeed").isEmpty();
  }

  /**
   * Whether a refusal says in Chinese what was wrong, where the user reads it: a JSON answer's
   * {@code message} (our endpoints' and the engine API's shape, {@code ApiError}), or the page or
   * text itself. Their English ({@code error}) is for scripts and administrators.
   */
  private boolean readsInChinese(HttpResponse<String> answer) {
    String body = answer.body() == null ? "" : answer.body();
    JsonNode parsed;
    try {
      parsed = json.readTree(body);
    } catch (java.io.IOException notJson) {
      parsed = null;
    }
    String read = parsed != null && parsed.isObject() ? parsed.path("message").asText("") : body;
    return HAN.matcher(read).find();
  }

  private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

  /** A camelCase identifier, as variable ids are written ("appealBody", not "ABC公司"). */
  private static final java.util.regex.Pattern CAMEL_CASE =
      java.util.regex.Pattern.compile("(?<![A-Za-z0-9])[a-z]+[A-Z][A-Za-z0-9]*");

  /** Whether the Chinese a user reads ({@code message}) names a variable by its id. */
  private boolean namesAVariable(HttpResponse<String> answer) {
    try {
      JsonNode parsed = json.readTree(answer.body() == null ? "" : answer.body());
      return parsed != null && parsed.isObject()
          && CAMEL_CASE.matcher(parsed.path("message").asText("")).find();
    } catch (java.io.IOException notJson) {
      return false;
    }
  }

  /**
   * A text longer than its register column, in an otherwise well-formed request to the state
   * where it would be written (the positive control's): 400, nothing written, never the
   * database's "value too long" as a 500 (audit F6 a). Every text field of every swept endpoint.
   */
  @Test
  void aTextLongerThanItsColumnIsRefusedOnItsField() throws Exception {
    givenCases();
    // Longer than every limit (4,000 at most, the public description's), and under the public
    // API's 32 KB body limit, which would answer 413 before any field is read.
    String tooLong = "长".repeat(8_001);
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Endpoint endpoint : ENDPOINTS) {
      if (!endpoint.hasBody()) {
        continue;
      }
      List<Field> texts = endpoint.fields().stream()
          .filter(f -> f.kind() == Kind.TEXT || f.kind() == Kind.ID).toList();
      if (texts.isEmpty()) {
        continue;
      }
      Control target = endpoint.control() != null ? endpoint.control().apply(this)
          : new Control(endpoint.validId().apply(this), endpoint.query(), Map.of());
      Map<String, Long> before = rowCounts();
      for (Field field : texts) {
        limiter.reset();
        Map<String, Object> fields = new LinkedHashMap<>(target.fields());
        fields.put(field.name(), tooLong);
        HttpResponse<String> answer = send(new Attempt(endpoint, field.name() + " too long",
            path(endpoint, target.id()) + query(target.query()), "application/json",
            body(endpoint, fields)));
        tried++;
        if (answer.statusCode() != 400) {
          failures.add(endpoint.name() + " / " + field.name() + ": " + answer.statusCode() + " "
              + abbreviate(answer.body()));
        }
      }
      if (!rowCounts().equals(before)) {
        failures.add(endpoint.name() + " wrote rows for a text too long");
      }
    }
    assertThat(tried).isGreaterThan(10);
    assertThat(failures).as("texts too long not refused with 400").isEmpty();

    // The audit's case: a docket number of 101 characters, and the court's name of 201.
    Endpoint reconsideration = ENDPOINTS.stream()
        .filter(e -> e.name().equals("appeal reconsiderations")).findFirst().orElseThrow();
    String delivered = deliveredCase();
    for (Map.Entry<String, Integer> field : Map.of("docketNo", 100, "appealBody", 200)
        .entrySet()) {
      HttpResponse<String> answer = send(new Attempt(reconsideration, "audit",
          path(reconsideration, delivered), "application/json", body(reconsideration,
              Map.of(field.getKey(), "号".repeat(field.getValue() + 1)))));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      // On the field (the prefix of error), named in Chinese by its label (ADR 0068).
      assertThat(json.readTree(answer.body()).path("error").asText()).contains(field.getKey());
      assertThat(json.readTree(answer.body()).path("message").asText())
          .contains("不得超过" + field.getValue() + "个字").doesNotContain(field.getKey());
    }
    // Positive control: exactly the column's length is recorded.
    HttpResponse<String> fits = send(new Attempt(reconsideration, "fits",
        path(reconsideration, delivered), "application/json", body(reconsideration,
            Map.of("docketNo", "号".repeat(100), "appealBody", "机".repeat(200)))));
    assertThat(fits.statusCode()).as(fits.body()).isEqualTo(201);
  }

  /**
   * Audit 31a, F5: numbers beyond their columns and paging out of range were a 500 (or a
   * misleading 404); each is a 400 in Chinese on its field, nothing written. The 主动公开 start
   * form's decision counts (INTEGER) and fee amount (DECIMAL(14, 4)); an engine query's
   * firstResult / maxResults over both copies of the API; a yes/no value compared with ≥.
   */
  @Test
  void numbersBeyondTheirColumnsAndPagingOutOfRangeAreRefusedOnTheField() throws Exception {
    String start = "/engine-rest/process-definition/key/" + ProcessKeys.PROACTIVE_DISCLOSURE
        + "/submit-form";
    Map<String, Long> before = rowCounts();
    for (String extra : List.of("\"licensingDecisions\":2147483648",
        "\"penaltyDecisions\":1e30", "\"feeAmount\":1e30", "\"feeAmount\":0.000001")) {
      String item = "{\"title\":\"2026年行政许可情况统计\",\"formedOn\":\"2026-12-01\","
          + "\"category\":\"LICENSING\",\"publishingUnit\":\"行政审批科\","
          + "\"attribute\":\"PROACTIVE\",\"channels\":[\"WEBSITE\"],"
          + "\"regulationKind\":\"NONE\"," + extra + "}";
      String body = json.writeValueAsString(Map.of("variables", Map.of("publicationItems",
          Map.of("type", "Json", "value", "[" + item + "]"))));
      assertRefusedOnField(staffCall("wangli", "POST", start, body), "publicationItems", extra);
    }
    assertThat(rowCounts()).isEqualTo(before);

    for (String query : List.of("firstResult=-5&maxResults=5", "maxResults=99999999999",
        "firstResult=abc")) {
      String name = query.startsWith("maxResults") ? "maxResults" : "firstResult";
      assertRefusedOnField(staffCall("wangli", "GET", "/engine-rest/task?" + query, null), name,
          query);
      assertRefusedOnField(staffCall("wangli", "POST", "/engine-rest/task?" + query, "{}"), name,
          query);
    }
    // Tasklist's copy of the API, in a session.
    HttpRequest webapp = HttpRequest.newBuilder(uri(
        "/camunda/api/engine/engine/default/task?firstResult=-3&maxResults=15"))
        .header("Cookie", Http.webappSession(rest, "tasklist", "wangli"))
        .GET().build();
    assertRefusedOnField(http.send(webapp, HttpResponse.BodyHandlers.ofString()), "firstResult",
        "webapp");
    assertRefusedOnField(staffCall("wangli", "POST", "/engine-rest/task", "{\"orQueries\":[{"
        + "\"processVariables\":[{\"name\":\"x\",\"operator\":\"gteq\",\"value\":true}]}]}"),
        "orQueries", "boolean gteq");
    // Positive controls: paging in range, and a yes/no compared with eq.
    assertThat(staffCall("wangli", "GET", "/engine-rest/task?firstResult=0&maxResults=2147483647",
        null).statusCode()).isEqualTo(200);
    assertThat(staffCall("wangli", "POST", "/engine-rest/task", "{\"orQueries\":[{"
        + "\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":true}]}]}")
        .statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> staffCall(String user, String method, String pathAndQuery,
      String jsonBody) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json");
    request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(jsonBody));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void assertRefusedOnField(HttpResponse<String> answer, String field, String what)
      throws Exception {
    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(400);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.path("message").asText()).as(what).containsPattern("\\p{IsHan}");
    assertThat(body.path("error").asText() + body.path("fields").toString()).as(what)
        .contains(field);
  }

  /** No length of {@code TextLimits} exceeds its column's, as the migrations made it. */
  @Test
  void everyTextLimitIsItsColumnsLength() {
    assertThat(io.github.ogiworkflow.process.TextLimits.LIMITS).isNotEmpty();
    io.github.ogiworkflow.process.TextLimits.LIMITS.forEach((name, limit) -> {
      String[] column = limit.column().split("\\.");
      Integer length = jdbc.queryForObject("SELECT character_maximum_length FROM"
          + " information_schema.columns WHERE LOWER(table_name) = ? AND LOWER(column_name) = ?",
          Integer.class, column[0], column[1]);
      assertThat(length).as("%s: %s", name, limit.column()).isGreaterThanOrEqualTo(limit.maxLength());
    });
  }

  /**
   * A staff API body that names a field twice is refused, as the public API refuses it (audit
   * F6 e): the last value would win unseen.
   */
  @Test
  void aFieldNamedTwiceIsRefused() throws Exception {
    givenCases();
    Endpoint reconsideration = ENDPOINTS.stream()
        .filter(e -> e.name().equals("appeal reconsiderations")).findFirst().orElseThrow();
    String delivered = deliveredCase();
    String valid = new String(body(reconsideration, Map.of()), StandardCharsets.UTF_8);
    String twice = valid.replaceFirst("\\{", "{\"docketNo\":\"示复〔2026〕9号\",");
    Map<String, Long> before = rowCounts();
    HttpResponse<String> answer = send(new Attempt(reconsideration, "twice",
        path(reconsideration, delivered), "application/json", bytes(twice)));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(json.readTree(answer.body()).path("message").asText()).contains("重复");
    Endpoint correction = new Endpoint("date corrections", "POST",
        "/api/cases/{id}/date-corrections", "wangli", t -> t.staffCase, Map.of(), List.of(), true,
        false);
    HttpResponse<String> corrected = send(new Attempt(correction, "twice",
        path(correction, staffCase), "application/json", bytes("{\"field\":\"receivedOn\","
            + "\"newDate\":\"2026-01-05\",\"reason\":\"登记时误录收到日期\","
            + "\"reason\":\"另一个理由不同于前者\"}")));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(400);
    assertThat(json.readTree(corrected.body()).path("message").asText()).contains("重复");
    assertThat(rowCounts()).isEqualTo(before);
    // Positive control: the same body without the second name is filed.
    HttpResponse<String> filed = send(new Attempt(reconsideration, "once",
        path(reconsideration, delivered), "application/json", bytes(valid)));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
  }

  /** The endpoint's well-formed request: its control target, else its valid id, query, body. */
  Attempt control(Endpoint endpoint) throws Exception {
    Control target = endpoint.control() != null ? endpoint.control().apply(this)
        : new Control(endpoint.validId().apply(this), endpoint.query(), Map.of());
    byte[] body = endpoint.hasBody() ? body(endpoint, target.fields()) : null;
    return new Attempt(endpoint, "positive control",
        path(endpoint, target.id()) + query(target.query()), "application/json", body);
  }

  /** A case driven through to a delivered reply (one public item: no review, no approval). */
  String deliveredCase() {
    String trackingNumber = runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST,
        registration()).getBusinessKey();
    completeTask(trackingNumber, TASK_CHECK_COMPLETENESS,
        Map.of("completenessDecision", "COMPLETE"));
    completeTask(trackingNumber, TASK_SEARCH_AND_SPLIT, Map.of("items", Spin.JSON(List.of(
        Map.of("title", "统计年鉴", "finding", "PUBLIC", "wherePublic", "本局网站")))));
    completeTask(trackingNumber, TASK_EDIT_REPLY, Map.of("chargeFee", false));
    completeTask(trackingNumber, TASK_DELIVER_REPLY, Map.of("deliveredBy", "POST",
        "deliveredOn", OfficeTime.today().toString()));
    return trackingNumber;
  }

  /**
   * A delivered case with a reconsideration or lawsuit filed (through the endpoint, with the
   * sweep's valid body) and answered, so its decision or judgment may be recorded.
   */
  String appealAwaitingDecision(String filing) {
    String trackingNumber = deliveredCase();
    Endpoint endpoint = ENDPOINTS.stream()
        .filter(e -> e.name().equals("appeal " + filing)).findFirst().orElseThrow();
    try {
      HttpResponse<String> filed = send(new Attempt(endpoint, "filing",
          path(endpoint, trackingNumber), "application/json", body(endpoint, Map.of())));
      assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    boolean lawsuit = filing.equals("lawsuits");
    completeTask(trackingNumber, lawsuit ? TASK_DRAFT_DEFENCE : TASK_DRAFT_ANSWER,
        Map.of("answerText", "答辩意见：被告已依法答复。", "evidenceList", "1. 答复书；2. 送达回证"));
    completeTask(trackingNumber, lawsuit ? "Task_ApproveDefence" : TASK_APPROVE_ANSWER,
        Map.of("answerApproval", "APPROVE"));
    String today = OfficeTime.today().toString();
    completeTask(trackingNumber, lawsuit ? TASK_SUBMIT_DEFENCE : TASK_SUBMIT_ANSWER,
        lawsuit ? Map.of("submittedOn", today, "hearingOn", OfficeTime.today().plusMonths(1)
            .toString()) : Map.of("submittedOn", today));
    return trackingNumber;
  }

  /** An online application whose office asked for a correction: a supplement is awaited. */
  Control caseAwaitingSupplement() {
    String[] submitted = submitOnlineApplication();
    String trackingNumber = submitted[0];
    completeTask(trackingNumber, ElementIds.TASK_CONFIRM_RECEIPT, Map.of("receiptConfirmed", true,
        "idNumber", "11010519491231002X"));
    completeTask(trackingNumber, TASK_CHECK_COMPLETENESS, Map.of("completenessDecision",
        "CORRECTION", "correctionPoints", "请写明所需信息的文号。"));
    return new Control(trackingNumber, Map.of("code", submitted[1]), Map.of());
  }

  /** An online application, confirmed and found complete: still being handled (ADR 0175). */
  Control caseBeingHandledOnline() {
    String[] submitted = submitOnlineApplication();
    String trackingNumber = submitted[0];
    completeTask(trackingNumber, ElementIds.TASK_CONFIRM_RECEIPT, Map.of("receiptConfirmed", true,
        "idNumber", "11010519491231002X"));
    completeTask(trackingNumber, TASK_CHECK_COMPLETENESS, Map.of("completenessDecision",
        "COMPLETE"));
    return new Control(trackingNumber, Map.of("code", submitted[1]), Map.of());
  }

  /** An online application whose applicant was asked for reasons (Art. 35): reasons awaited. */
  Control caseAwaitingReasons() {
    String[] submitted = submitOnlineApplication();
    String trackingNumber = submitted[0];
    completeTask(trackingNumber, ElementIds.TASK_CONFIRM_RECEIPT, Map.of("receiptConfirmed", true,
        "idNumber", "11010519491231002X"));
    completeTask(trackingNumber, TASK_CHECK_COMPLETENESS, Map.of("completenessDecision",
        "REASONS_REQUEST", "reasonsRequestBasis", "申请人近一个月共提出申请45件"));
    return new Control(trackingNumber, Map.of("code", submitted[1]), Map.of());
  }

  /**
   * A request item reviewed RELEASABLE (straight in the register), not yet published, of a
   * request whose reply was delivered (Art. 44 publishes only what a delivered reply released).
   */
  Control requestWithAReleasableItem() {
    String request = "YSQ-2026-990517";
    if (cases.find(request).isEmpty()) {
      cases.insert(new NewCase(request, null, "IN_PERSON", "NATURAL_PERSON", "坏输入测试人", null,
          null, null, null, null, "坏输入测试统计表", "ELECTRONIC", "EMAIL",
          OfficeTime.today().minusDays(1), OfficeTime.today().plusDays(20)));
      cases.setOutcome(request, "1");
      cases.recordDelivery(request, "wangli", OfficeTime.today());
    }
    items.add(request, List.of(new NewItem("坏输入测试统计表", ItemFinding.HELD, null, null, false,
        false)));
    long itemId = items.heldItemIds(request).get(0);
    items.recordReview(itemId, new Review("lina", ReviewConclusion.RELEASABLE, null, null, null,
        null, false, null));
    return new Control(request, Map.of(), Map.of("items", List.of(Map.of("itemId", itemId,
        "category", "STATISTICS", "channels", List.of("WEBSITE"), "publishingUnit", "办公室",
        "attribute", "PROACTIVE"))));
  }

  /** A request received yesterday with one held item (序号 1), not reviewed yet. */
  String requestWithAHeldItem() {
    String request;
    do {
      request = "YSQ-2026-98" + java.util.concurrent.ThreadLocalRandom.current()
          .nextInt(1000, 9999);
    } while (cases.find(request).isPresent());
    cases.insert(new NewCase(request, null, "IN_PERSON", "NATURAL_PERSON", "坏输入测试人", null,
        null, null, null, null, "坏输入测试统计表", "ELECTRONIC", "EMAIL",
        OfficeTime.today().minusDays(1), OfficeTime.today().plusDays(20)));
    items.add(request, List.of(new NewItem("坏输入测试统计表", ItemFinding.HELD, null, null, false,
        false)));
    return request;
  }

  void completeTask(String businessKey, String taskKey, Map<String, Object> variables) {
    tasks.complete(task(businessKey, taskKey), variables);
    EngineRest.runJobs(management);
  }

  /** A registered case (no reply yet) and an online application waiting for its receipt. */
  void givenCases() throws Exception {
    Map<String, Object> registration = registration();
    staffCase = runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, registration)
        .getBusinessKey();
    withdrawalCase = registeredCase();
    suggestionCase = requestWithAHeldItem();
    voidSuggestionCase = requestWithAHeldItem();
    suggestions.record(voidSuggestionCase, OfficeTime.today().toString(), List.of(1),
        "坏输入测试的建议理由", "wangli", "王丽");
    answerSuggestionCase = requestWithAHeldItem();
    suggestions.record(answerSuggestionCase, OfficeTime.today().toString(), List.of(1),
        "坏输入测试的建议理由", "wangli", "王丽");
    appealedCase = runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST,
        registration).getBusinessKey();
    String today = OfficeTime.today().toString();
    runtime.startProcessInstanceByKey(ProcessKeys.RECONSIDERATION, Map.of("trackingNumber",
        appealedCase, "docketNo", "示复〔2026〕99号", "appealBody", "示范市人民政府", "filedOn", today,
        "servedOn", today, "procedure", "SIMPLIFIED"));
    splitCase = runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, registration)
        .getBusinessKey();
    tasks.complete(task(splitCase, TASK_CHECK_COMPLETENESS),
        Map.of("completenessDecision", "COMPLETE"));
    reviewCase = runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, registration)
        .getBusinessKey();
    tasks.complete(task(reviewCase, TASK_CHECK_COMPLETENESS),
        Map.of("completenessDecision", "COMPLETE"));
    tasks.complete(task(reviewCase, TASK_SEARCH_AND_SPLIT), Map.of("items",
        Spin.JSON(List.of(Map.of("title", "统计表", "finding", "HELD")))));
    EngineRest.runJobs(management);
    String[] online = submitOnlineApplication();
    onlineCase = online[0];
    onlineCode = online[1];
  }

  static Map<String, Object> registration() {
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("channel", "POST");
    registration.put("receivedOn", OfficeTime.today().toString());
    registration.put("applicantType", "NATURAL_PERSON");
    registration.put("applicantName", "张三");
    registration.put("contactAddress", "示范市人民路100号（邮编350001）");
    registration.put("requestDescription", "坏输入测试");
    return registration;
  }

  /** A newly registered request (at 审查申请内容是否明确), e.g. one a valid body may withdraw. */
  String registeredCase() {
    return runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, registration())
        .getBusinessKey();
  }

  /** An online application through the public API: its tracking number and query code. */
  String[] submitOnlineApplication() {
    Map<String, Object> application = new LinkedHashMap<>();
    for (Field field : ENDPOINTS.get(0).fields()) {
      application.put(field.name(), field.valid());
    }
    limiter.reset();
    try {
      HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
          uri("/api/public/requests")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(application)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
      var answer = json.readTree(submitted.body());
      return new String[] {answer.path("trackingNumber").asText(),
          answer.path("queryCode").asText()};
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String task(String businessKey, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).singleResult().getId();
  }

  List<Attempt> attempts(Endpoint endpoint) throws Exception {
    List<Attempt> attempts = new ArrayList<>();
    String validId = endpoint.validId().apply(this);
    String validQuery = query(endpoint.query());
    byte[] validBody = endpoint.hasBody() ? body(endpoint, Map.of()) : null;
    String json = "application/json";

    // Malformed ids in the path (not for /engine-rest: unknown task ids are Camunda's own).
    if (endpoint.path().contains("{id}") && !endpoint.engineForm()) {
      List<String> ids = new ArrayList<>(List.of(UNKNOWN_ID, "%C3%28", "%FF%FE", "%00",
          "x".repeat(5000), "12345", "%20"));
      INJECTIONS.forEach(i -> ids.add(URLEncoder.encode(i, StandardCharsets.UTF_8)));
      for (String id : ids) {
        attempts.add(new Attempt(endpoint, "id " + abbreviate(id), path(endpoint, id) + validQuery,
            json, validBody));
      }
    }
    String at = path(endpoint, validId);
    // Malformed query parameters, one at a time.
    for (String param : endpoint.query().keySet()) {
      // (An empty value means "not given" and so is not malformed.)
      List<String> values = new ArrayList<>(List.of("abc", "-1", "99999999999999999999", "1.5",
          "%FF", "%C3%28", "x".repeat(4000)));
      INJECTIONS.forEach(i -> values.add(URLEncoder.encode(i, StandardCharsets.UTF_8)));
      for (String value : values) {
        Map<String, String> q = new LinkedHashMap<>(endpoint.query());
        q.put(param, value);
        attempts.add(new Attempt(endpoint, param + "=" + abbreviate(value), at + query(q), json,
            validBody));
      }
    }
    if (!endpoint.hasBody()) {
      return attempts;
    }
    if (!endpoint.engineForm()) {
      wholeBodies(endpoint, at, validBody, attempts);
    }
    // One field at a time.
    for (Field field : endpoint.fields()) {
      List<Object> values = new ArrayList<>();
      if (field.required()) {
        values.add(Missing.VALUE);
        values.add(null);
        values.add("");
      }
      // Numbers and true/false in a text field are taken as their text, by design.
      if (field.kind() != Kind.FLAG && field.kind() != Kind.TEXT) {
        values.add(12345);
        values.add(true);
      }
      if (field.kind() != Kind.LIST) {
        values.add(List.of("a", "b"));
      } else {
        values.add("text");
        values.add(List.of("not an object"));
        values.add(List.of(Map.of("itemId", "abc")));
      }
      values.add(Map.of("nested", "object"));
      values.add(HUGE);
      values.add("控制\u0000字符\u0007");
      if (field.kind() != Kind.TEXT || endpoint.refusesAnyBody()) {
        values.addAll(INJECTIONS);
        values.add("2026-02-30");
      }
      for (Object value : values) {
        attempts.add(new Attempt(endpoint, field.name() + " = " + describe(value), at, json,
            body(endpoint, replacing(field.name(), value))));
      }
    }
    return attempts;
  }

  /** The body as a whole: empty, not JSON, not an object, not UTF-8, too large, wrong type. */
  void wholeBodies(Endpoint endpoint, String at, byte[] validBody, List<Attempt> attempts) {
    String json = "application/json";
    attempts.add(new Attempt(endpoint, "empty body", at, json, new byte[0]));
    attempts.add(new Attempt(endpoint, "non-JSON body", at, json, bytes("not json {")));
    attempts.add(new Attempt(endpoint, "JSON array", at, json, bytes("[1,2,3]")));
    attempts.add(new Attempt(endpoint, "JSON string", at, json, bytes("\"text\"")));
    attempts.add(new Attempt(endpoint, "JSON null", at, json, bytes("null")));
    attempts.add(new Attempt(endpoint, "truncated JSON", at, json,
        java.util.Arrays.copyOf(validBody, validBody.length / 2)));
    attempts.add(new Attempt(endpoint, "invalid UTF-8", at, json, BAD_UTF8));
    attempts.add(new Attempt(endpoint, "deeply nested", at, json,
        bytes("[".repeat(5000) + "]".repeat(5000))));
    attempts.add(new Attempt(endpoint, "1 MB body", at, json, bytes("{\"x\":\"" + HUGE + "\"}")));
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "nonsense")) {
      attempts.add(new Attempt(endpoint, "content type " + type, at, type,
          bytes("<a>' OR 1=1 --</a>")));
    }
    attempts.add(new Attempt(endpoint, "no content type", at, null, bytes("x=1")));
  }

  enum Missing { VALUE }

  static Map<String, Object> replacing(String name, Object value) {
    Map<String, Object> replaced = new java.util.HashMap<>();
    replaced.put(name, value);
    return replaced;
  }

  /** The valid body with some fields replaced ({@link Missing#VALUE} drops the field). */
  byte[] body(Endpoint endpoint, Map<String, Object> replaced) throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Field field : endpoint.fields()) {
      Object value = replaced.containsKey(field.name()) ? replaced.get(field.name()) : field.valid();
      if (value == Missing.VALUE) {
        continue;
      }
      if (endpoint.engineForm()) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
          typed.put("value", json.writeValueAsString(value));
          typed.put("type", "Json");
        }
        fields.put(field.name(), typed);
      } else {
        fields.put(field.name(), value);
      }
    }
    Object body = endpoint.engineForm() ? Map.of("variables", fields) : fields;
    return json.writeValueAsBytes(body);
  }

  HttpResponse<String> send(Attempt attempt) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(attempt.pathAndQuery()))
        .timeout(Duration.ofSeconds(60));
    Endpoint endpoint = attempt.endpoint();
    if (endpoint.user() != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (endpoint.user() + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    if (attempt.contentType() != null) {
      request.header("Content-Type", attempt.contentType());
    }
    var body = attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(attempt.body());
    request.method(endpoint.method(), body);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String pathAndQuery) {
    // Percent-escapes in the attempts are sent as they are (URI.create does not re-encode them).
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  /**
   * Rows in every table of ours and the engine's running and historic instances, executions,
   * tasks and variables.
   */
  Map<String, Long> rowCounts() {
    List<String> tables = new ArrayList<>(jdbc.queryForList("SELECT table_name FROM"
        + " information_schema.tables WHERE LOWER(table_name) LIKE 'ogi\\_%' ESCAPE '\\'"
        + " AND LOWER(table_name) <> 'ogi_schema_history'", String.class));
    assertThat(tables).hasSizeGreaterThan(10);
    tables.addAll(List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST", "ACT_RU_TASK",
        "ACT_RU_VARIABLE", "ACT_HI_TASKINST"));
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table : tables) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    return counts;
  }

  static String path(Endpoint endpoint, String id) {
    return endpoint.path().replace("{id}", id == null ? "" : id);
  }

  static String query(Map<String, String> params) {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder query = new StringBuilder();
    params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
        .append(v));
    return query.toString();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String describe(Object value) {
    if (value == Missing.VALUE) {
      return "<missing>";
    }
    return value == null ? "null" : abbreviate(value.toString());
  }

  static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
  }
}
