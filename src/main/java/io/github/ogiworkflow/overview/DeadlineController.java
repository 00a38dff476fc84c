package io.github.ogiworkflow.overview;

import io.github.ogiworkflow.overview.DeadlineOverview.CaseDeadline;
import io.github.ogiworkflow.overview.DeadlineOverview.Overview;
import io.github.ogiworkflow.overview.PublicationDeadlines.BatchDeadline;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 期限监控 as JSON, for leadership, the office, auditors and administrators: over HTTP Basic
 * ({@code /api/deadlines}) or with the login session of the Camunda webapps
 * ({@code /api/webapp/deadlines}, used by our Cockpit page).
 */
@RestController
@ConditionalOnWebApplication
public class DeadlineController {

  static final Groups[] ALLOWED = {Groups.LEADERSHIP, Groups.OFFICE, Groups.AUDITOR};

  /** The Chinese names of a batch row's fields, as the batch's own forms name them. */
  static final Map<String, String> PUBLICATION_LABELS = Map.of("batchNumber", "批次编号",
      "registeredOn", "登记日期", "dueOn", "发布期限", "openItems", "待发布信息项",
      "status", "期限状态", "tasks", "当前环节");

  private final DeadlineOverview overview;
  private final PublicationDeadlines publications;
  private final AppealAnswerDeadlines appealAnswers;
  private final StaffAccess access;
  private final IdentityService identity;
  private final ProcessEngine engine;

  public DeadlineController(DeadlineOverview overview, PublicationDeadlines publications,
      AppealAnswerDeadlines appealAnswers, StaffAccess access, IdentityService identity,
      ProcessEngine engine) {
    this.appealAnswers = appealAnswers;
    this.overview = overview;
    this.publications = publications;
    this.access = access;
    this.identity = identity;
    this.engine = engine;
  }

  @GetMapping(path = DeadlineWebConfiguration.API, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> overBasic() {
    access.require(ALLOWED);
    return ok(overview.now(), publications.now(), appealAnswers.now());
  }

  /**
   * The webapps keep their login in the HTTP session (Cockpit sends a cookie, not Basic); the
   * user and groups Camunda stored there at login are put on the engine for this call, as
   * Camunda's own webapp filter does for its REST resources.
   */
  @GetMapping(path = DeadlineWebConfiguration.WEBAPP_API,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> overWebappSession(HttpServletRequest request) {
    UserAuthentication user = webappUser(request.getSession(false));
    if (user == null) {
      return ApiError.of(HttpStatus.UNAUTHORIZED, "not logged in to the webapps（请先登录）");
    }
    identity.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    try {
      access.require(ALLOWED);
      return ok(overview.now(), publications.now(), appealAnswers.now());
    } finally {
      identity.clearAuthentication();
    }
  }

  private UserAuthentication webappUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications all = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = all == null ? null
        : all.getAuthenticationForProcessEngine(engine.getName());
    return auth instanceof UserAuthentication user ? user : null;
  }

  private static ResponseEntity<Map<String, Object>> ok(Overview result,
      List<BatchDeadline> batches, List<AppealAnswerDeadlines.AnswerDeadline> answers) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("today", result.today().toString());
    body.put("dueSoonWorkingDays", result.dueSoonWorkingDays());
    // Null when every year concerned has the State Council's notice.
    body.put("provisionalWarning", result.provisionalWarning());
    body.put("groups", result.groups());
    body.put("overdue", rows(result.overdue()));
    body.put("dueSoon", rows(result.dueSoon()));
    body.put("later", rows(result.later()));
    // 送达登记期限 of the letters that pause the clock (ADR 0122, 0126).
    body.put("letterServices", result.letterServices().stream().map(s -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("trackingNumber", s.trackingNumber());
      row.put("processInstanceId", s.processInstanceId());
      row.put("step", s.step());
      row.put("issuedOn", s.issuedOn().toString());
      row.put("dueOn", s.dueOn().toString());
      row.put("workingDaysLeft", s.workingDaysLeft());
      row.put("overdue", s.overdue());
      row.put("status", s.overdue() ? "已超期，尚未登记送达"
          : s.workingDaysLeft() == 0 ? "今日到期" : "剩余" + s.workingDaysLeft() + "个工作日");
      return row;
    }).toList());
    // 主动公开发布期限 (Art. 26; audit 33a F13, ADR 0144): batches by their earliest open item.
    body.put("publications", batches.stream().map(b -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("batchNumber", b.batchNumber());
      row.put("processInstanceId", b.processInstanceId());
      row.put("registeredOn", b.registeredOn().toString());
      row.put("dueOn", b.dueOn().toString());
      row.put("dueText", b.dueText());
      row.put("workingDaysLeft", b.workingDaysLeft());
      row.put("overdue", b.overdue());
      row.put("dueSoon", b.dueSoon());
      row.put("provisional", b.provisional());
      row.put("openItems", b.openItems());
      row.put("status", b.status());
      row.put("tasks", b.tasks());
      row.put("cockpitPath", "/camunda/app/cockpit/default/#/process-instance/"
          + b.processInstanceId() + "/runtime");
      return row;
    }).toList());
    body.put("publicationLabels", PUBLICATION_LABELS);
    // The agency's own 答复书 / 答辩状 (ARL Art. 48, 54; ALL Art. 67; audit 37a, F6).
    body.put("appealAnswers", answers.stream().map(a -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("trackingNumber", a.trackingNumber());
      row.put("kind", a.kind());
      row.put("document", a.document());
      row.put("docketNo", a.docketNo());
      row.put("dueOn", a.dueOn().toString());
      row.put("workingDaysLeft", a.workingDaysLeft());
      row.put("overdue", a.overdue());
      row.put("dueSoon", a.dueSoon());
      row.put("status", a.status());
      return row;
    }).toList());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  private static List<Map<String, Object>> rows(List<CaseDeadline> cases) {
    return cases.stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("trackingNumber", c.trackingNumber());
      row.put("processInstanceId", c.processInstanceId());
      row.put("applicantType", c.applicantType());
      row.put("applicantTypeLabel", c.applicantTypeLabel());
      row.put("receivedOn", c.receivedOn().toString());
      row.put("dueOn", c.dueOn().toString());
      row.put("workingDaysLeft", c.workingDaysLeft());
      row.put("paused", c.paused());
      row.put("provisional", c.provisional());
      row.put("tasks", c.tasks());
      row.put("cockpitPath", c.processInstanceId() == null ? null
          : "/camunda/app/cockpit/default/#/process-instance/" + c.processInstanceId() + "/runtime");
      return row;
    }).toList();
  }
}
