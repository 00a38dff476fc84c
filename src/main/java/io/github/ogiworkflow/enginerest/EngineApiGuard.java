package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.report.AnnualReportDelegates;
import io.github.ogiworkflow.report.AnnualReportRuns;
import io.github.ogiworkflow.retention.CleanupRecorder;
import io.github.ogiworkflow.retention.HistoryRemovals;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.RoutedPaths;
import io.github.ogiworkflow.security.StaffAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The controls the engine's REST API does not have (issue 13), in front of both copies of it:
 * {@code /engine-rest} and the webapps' {@code /camunda/api/engine} that Tasklist and Cockpit use.
 * The engine checks only whether a user may start, update or work on something; it does not know
 * our rules. So, for everyone but {@code camunda-admin}:
 * <ul>
 *   <li>no shortcuts: start instructions, instance modification, migration, restart, jobs,
 *       suspension, messages and signals, deletions and deployments are refused with 403
 *       before they reach the engine (a refused job execution would otherwise still count as a
 *       failed attempt);
 *   <li>a task is completed only by a member of its candidate groups as the model names them
 *       (not as a client may have added), and only with the fields of its own Camunda Form:
 *       other variables are refused with 400, and so is a radio, select or checklist value the
 *       form does not offer, and an untyped JSON object or list (a Java-serialized Object to
 *       the engine); read-only fields must come back unchanged and are then not written at all;
 *       no task-local copies of variables, and no completion of a task that has one of a form
 *       field (ADR 0052);
 *   <li>a process is started only through its start form ({@code submit-form}), without a
 *       client-chosen business key, and only on the latest version of its definition (audit
 *       37b F2: an earlier version keeps its earlier rules);
 *   <li>a task's own fields (due and follow-up dates) and its delegation are not changed, and
 *       only its assignee is linked to it; the engine's task attachments and comments and the
 *       users' own profiles are not written, and failed jobs' stack traces are not read.
 * </ul>
 * Calls are matched by the path the server routes; a write whose path is not sent exactly so
 * (path parameters, escapes, dot segments) is refused, since it would be checked as another.
 * Values that decide a route (approvalRequired, outcomeCode, itemId, ...) are in no editable
 * form field, so no client can set them.
 */
public class EngineApiGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEFAULT_ENGINE = "default";

  /** /engine-rest[/engine/{name}]/... and /camunda/api/engine/engine/{name}/... */
  private static final Pattern ENGINE_REST =
      Pattern.compile("^/engine-rest(?:/engine/[^/]+)?/(.+)$");
  private static final Pattern WEBAPP_ENGINE =
      Pattern.compile("^/camunda/api/engine/engine/([^/]+)/(.+)$");

  private static final Pattern START = Pattern.compile(
      "^process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");
  private static final Pattern TASK_COMPLETION =
      Pattern.compile("^task/([^/]+)/(complete|submit-form|resolve)$");
  private static final Pattern TASK_VARIABLES =
      Pattern.compile("^task/([^/]+)/variables(?:/([^/]+)(/data)?)?$");
  /**
   * A task-local copy of a variable: the gateways read the case's value, a task listener the
   * copy, so the register would record another decision than the one the case takes. Tasklist
   * never writes one (its forms submit with submit-form).
   */
  private static final Pattern TASK_LOCAL_VARIABLES =
      Pattern.compile("^task/[^/]+/localVariables(?:/.*)?$");
  /**
   * The engine's comments on a task (Tasklist's 添加意见): part of the record, so never edited or
   * deleted by staff; and free text beside the forms that the audit trail does not show and the
   * personal-data masking does not cover. Opinions are the forms' own fields (ADR 0052).
   */
  private static final Pattern TASK_COMMENTS =
      Pattern.compile("^task/[^/]+/comment(?:/.*)?$");
  private static final Pattern TASK_IDENTITY_LINKS =
      Pattern.compile("^task/([^/]+)/identity-links(/delete)?$");
  /** Who holds a task: claim, unclaim, set or reset its assignee (ADR 0052). */
  private static final Pattern TASK_ASSIGNMENT =
      Pattern.compile("^task/([^/]+)/(claim|unclaim|assignee)$");
  /** Any change to one task (reads have been let through before). */
  private static final Pattern TASK_WRITE = Pattern.compile("^task/[^/]+/.+$");

  /** Any write to the identity records (users, groups, memberships, tenants, authorizations). */
  private static final Pattern IDENTITY_WRITE =
      Pattern.compile("^(?:user|group|tenant|authorization)/.+$");
  /** A user's own password: the one identity write staff may make (for themselves). */
  private static final Pattern OWN_CREDENTIALS = Pattern.compile("^user/([^/]+)/credentials$");

  /** Queries that happen to be POSTs (a body with the criteria): never shortcuts. */
  private static final Pattern QUERY = Pattern.compile("^(?:history/)?[a-z-]+(?:/count)?$");

  /**
   * Calls only administrators may make, whatever their engine grants (non-GET). Ordered as the
   * issue lists them; the README's security section names each.
   */
  private static final List<Pattern> ADMIN_ONLY = List.of(
      // instance modification, restart, suspension, deletion, variables of whole instances
      Pattern.compile("^process-instance/.+$"),
      Pattern.compile("^process-definition/.+/(?:restart|restart-async|suspended|modification"
          + "|history-time-to-live|delete)(?:/.*)?$"),
      Pattern.compile("^process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)$"),
      Pattern.compile("^process-definition/(?:suspended|modification.*)$"),
      Pattern.compile("^migration(?:/.*)?$"),
      Pattern.compile("^job/.+$"),
      Pattern.compile("^job-definition/.+$"),
      Pattern.compile("^modification(?:/.*)?$"),
      Pattern.compile("^deployment(?:/.*)?$"),
      Pattern.compile("^history/.+/.+$"),
      Pattern.compile("^history/cleanup$"),
      Pattern.compile("^batch(?:/.*)?$"),
      Pattern.compile("^execution/.+$"),
      Pattern.compile("^external-task/.+$"),
      Pattern.compile("^incident(?:/.*)?$"),
      Pattern.compile("^decision-definition/.+/(?:history-time-to-live)$"),
      // The decision tables decide routes inside the cases; evaluated from outside they decide
      // nothing, and the engine answered the groups without READ a misleading 404 (audit 26 F9).
      Pattern.compile("^decision-definition/.+/evaluate$"),
      Pattern.compile("^(?:case-definition|case-instance|case-execution)/.+$"),
      Pattern.compile("^task/create$"),
      // A task's due date and follow-up date are the server's (working-day deadlines); its
      // delegation would give a non-member the task's data.
      Pattern.compile("^task/[^/]+$"),
      Pattern.compile("^task/[^/]+/delegate$"),
      Pattern.compile("^task/[^/]+/(?:bpmnError|bpmnEscalation)$"),
      // Files go through the case's attachments page, which checks type, size and purpose and
      // records them; the engine's own task attachments check none of it.
      Pattern.compile("^task/[^/]+/attachment(?:/.*)?$"),
      Pattern.compile("^telemetry(?:/.*)?$"));

  /**
   * Reads only administrators may make: a failed job's stack trace names the server's classes
   * and the engine's internals (no stack trace reaches a user); a deployment's resources are the
   * model files as deployed, with every engine id, expression and bean name (Cockpit's 部署 page,
   * an administrator's; ADR 0055). Diagrams do not need them: Cockpit draws a process from
   * {@code process-definition/{id}/xml} and Tasklist's forms come from the task
   * ({@code deployed-form}), both still answered by the engine's own grants.
   */
  private static final Pattern ADMIN_ONLY_READS = Pattern.compile("^(?:job/[^/]+/stacktrace"
      + "|history/job-log/[^/]+/stacktrace|external-task/[^/]+/errorDetails"
      + "|history/external-task-log/[^/]+/error-details"
      + "|deployment/[^/]+/resources(?:/.*)?)$");

  /** Single-segment calls that look like queries but change things. */
  private static final Set<String> ADMIN_ONLY_CALLS = Set.of("signal", "condition",
      "history/cleanup", "modification", "migration");

  /** Cockpit's open tasks per candidate group (人工任务). */
  static final String CANDIDATE_GROUP_COUNT = "task/report/candidate-group-count";
  /** Cockpit's dashboard: open tasks in all and per kind of holder (未完成的人工任务). */
  static final String TASK_COUNT = "task/count";
  /**
   * The only criteria the dashboard's counts use. Anything else (variables, names, business
   * keys) would make a count an oracle for what a supervisor may not read.
   */
  private static final Set<String> DASHBOARD_COUNT_CRITERIA = Set.of("unfinished", "assigned",
      "unassigned", "withCandidateGroups", "withoutCandidateGroups");
  /** History queries that are POSTs with criteria in the body, not changes. */
  private static final Pattern HISTORY_QUERY = Pattern.compile(
      "^history/[a-z-]+/(?:count|report|duration|statistics)$");

  /** Engine types a form never sends; Object/Bytes/File could carry any class or payload. */
  private static final Set<String> REFUSED_TYPES = Set.of("object", "bytes", "file", "xml");

  /** A message the office may send itself: start the annual report of a year again. */
  private static final Map<String, Set<String>> OFFICE_MESSAGES =
      Map.of(ElementIds.MESSAGE_ANNUAL_REPORT_REQUESTED, Set.of("reportYear"));
  private static final Set<String> MESSAGE_OPTIONS =
      Set.of("messageName", "processVariables", "resultEnabled", "variablesInResultEnabled");

  private final IdentityService identity;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final StaffAccess access;
  private final FormCatalogue catalogue;
  private final AuthorizationService authorizations;
  private final RuntimeService runtime;
  private final AnnualReportRuns reportRuns;
  private final HistoryRetentionGuard retention;
  private final HistoryRemovals removals;

  /** Names a field the submitted form does not show (audit 37a, F10). */
  private final io.github.ogiworkflow.process.VariableLabels labels;

  public EngineApiGuard(IdentityService identity, TaskService tasks,
      RepositoryService repository, StaffAccess access, FormCatalogue catalogue,
      AuthorizationService authorizations, RuntimeService runtime, AnnualReportRuns reportRuns,
      HistoryService history, HistoryRemovals removals, CleanupRecorder cleanups,
      io.github.ogiworkflow.process.VariableLabels labels) {
    this.labels = labels;
    this.retention = new HistoryRetentionGuard(history, repository, access, cleanups::sweep);
    this.removals = removals;
    this.authorizations = authorizations;
    this.runtime = runtime;
    this.reportRuns = reportRuns;
    this.identity = identity;
    this.tasks = tasks;
    this.repository = repository;
    this.access = access;
    this.catalogue = catalogue;
  }

  /** The caller as the engine or the webapps' session know it. */
  record Caller(String userId, List<String> groups) {
    boolean isAdmin() {
      return groups.contains(Groups.ADMIN.id());
    }

    boolean inAny(List<String> candidateGroups) {
      return candidateGroups.stream().anyMatch(groups::contains);
    }
  }

  /** A refusal: the status, an English and a Chinese message, and per-field messages. */
  static final class Refusal extends RuntimeException {
    final int status;
    final String type;
    final Map<String, String> fields;

    Refusal(int status, String type, String message, Map<String, String> fields) {
      super(message, null, false, false);
      this.status = status;
      this.type = type;
      this.fields = fields;
    }

    static Refusal forbidden(String message) {
      return new Refusal(403, "AuthorizationException", message, Map.of());
    }

    static Refusal invalid(String message, Map<String, String> fields) {
      return new Refusal(400, "InvalidRequestException", message, fields);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String call = engineCall(request);
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    if (method.equals("GET") && CANDIDATE_GROUP_COUNT.equals(call)
        && answerGroupCounts(request, response)) {
      return;
    }
    if (method.equals("GET") && TASK_COUNT.equals(call)
        && answerDashboardCount(request, response)) {
      return;
    }
    if (call != null) {
      // For administrators too, reads included: the engine answers these with a 500 or a 404.
      // From the query string only: reading parameters would consume a form-encoded body.
      Refusal paging = QueryValues.pagingRefusal(request.getQueryString());
      if (paging != null) {
        LOG.info("Refused {} {}: {}", method, call, paging.getMessage());
        refuse(response, paging);
        return;
      }
    }
    if (call == null || (read && !ADMIN_ONLY_READS.matcher(call).matches())) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = caller(request);
    if (caller == null) {
      // No caller: the engine's or the webapps' authentication answers 401 after us.
      chain.doFilter(request, response);
      return;
    }
    BodyRequest body = new BodyRequest(request);
    if (method.equals("POST") && isQuery(call)) {
      // For administrators too: the engine answers these with a bare 500.
      Refusal refusal = QueryValues.refusal(body.json());
      if (refusal != null) {
        LOG.info("Refused {} {} for {}: {}", method, call, caller.userId(), refusal.getMessage());
        refuse(response, refusal);
        return;
      }
    }
    // For administrators too: a case's history is kept for its archive period (ADR 0156).
    List<HistoryRetentionGuard.Change> historyChanges;
    try {
      historyChanges = retention.check(method, call, body, request.getQueryString());
    } catch (Refusal refusal) {
      LOG.info("Refused {} {} for {}: {}", method, call, caller.userId(), refusal.getMessage());
      refuse(response, refusal);
      return;
    }
    if (caller.isAdmin()) {
      try {
        retention.beforeCleanup(method, call);
      } catch (Refusal refusal) {
        LOG.error("Refused {} {} for {}: {}", method, call, caller.userId(),
            refusal.getMessage());
        refuse(response, refusal);
        return;
      }
      chain.doFilter(body, response);
      recordHistoryChanges(historyChanges, caller, response);
      return;
    }
    try {
      if (!RoutedPaths.sentAsRouted(request)) {
        // The engine API routes ".../complete;x=1" or ".../compl%65te" as ".../complete", so a
        // path that is not sent as it is routed would be checked as something else.
        throw Refusal.invalid("The path of an engine API call must be plain, without path"
            + " parameters, escapes or dot segments（请求路径不能含有分号、百分号编码或“.”“..”路径段）",
            Map.of());
      }
      if (read) {
        throw Refusal.forbidden("Only administrators may read a failed job's stack trace"
            + "（作业异常的详细信息仅限系统管理员查看）");
      }
      check(method, call, body, caller);
    } catch (Refusal refusal) {
      LOG.info("Refused {} {} for {}: {}", method, call, caller.userId(), refusal.getMessage());
      refuse(response, refusal);
      return;
    }
    chain.doFilter(body, response);
    recordHistoryChanges(historyChanges, caller, response);
  }

  /**
   * The register's line for each change to a case's history the engine accepted (a 2xx answer;
   * the batch variants are accepted when their batch is created). Written after the engine's
   * own transaction: a failure here is logged, the change stands (ADR 0156).
   */
  private void recordHistoryChanges(List<HistoryRetentionGuard.Change> changes, Caller caller,
      HttpServletResponse response) {
    if (changes.isEmpty() || response.getStatus() < 200 || response.getStatus() >= 300) {
      return;
    }
    try {
      String name = access.withoutAuthorizations(() -> PersonNames.of(identity,
          List.of(caller.userId()))).getOrDefault(caller.userId(), caller.userId());
      for (HistoryRetentionGuard.Change change : changes) {
        removals.record(change.caseRef(), change.processInstanceId(), change.processKey(),
            change.action(), change.detail(), change.removalTime(), caller.userId(), name);
      }
    } catch (RuntimeException failed) {
      LOG.error("An accepted change to process history was not recorded in the register: {}",
          changes, failed);
    }
  }

  private void check(String method, String call, BodyRequest body, Caller caller)
      throws IOException {
    Matcher matcher;
    if ((matcher = START.matcher(call)).matches()) {
      checkStart(matcher.group(1), matcher.group(2), body, caller);
      if (matcher.group(3).equals("start")) {
        // The engine answers a refused start form with 400 on submit-form only (500 here).
        throw Refusal.invalid("Start a case through its start form (submit-form)"
            + "（请通过开始表单发起办件）", Map.of());
      }
      return;
    }
    if (TASK_WRITE.matcher(call).matches() && caller.groups().contains(Groups.AUDITOR.id())) {
      // Auditors read; they never complete, claim, assign or write a task (ADR 0052).
      throw Refusal.forbidden("Auditors read cases; they do not work on tasks"
          + "（审计人员只能查阅办件，不能办理、认领或指派任务）");
    }
    if ((matcher = TASK_COMPLETION.matcher(call)).matches()) {
      checkCompletion(matcher.group(1), body, caller);
      return;
    }
    if ((matcher = TASK_ASSIGNMENT.matcher(call)).matches()) {
      checkAssignment(matcher.group(1), matcher.group(2).equals("unclaim") ? null
          : body.json().path("userId"), caller);
      return;
    }
    if (TASK_LOCAL_VARIABLES.matcher(call).matches()) {
      throw Refusal.forbidden("Task-local variables are for administrators: a form's fields are"
          + " written through the form（任务局部变量仅限系统管理员修改，表单字段只能通过表单提交）");
    }
    if (TASK_COMMENTS.matcher(call).matches()) {
      throw Refusal.forbidden("Comments on tasks are written, changed and deleted by"
          + " administrators only; opinions go into the form's fields（任务意见属于办理记录，"
          + "工作人员不能添加、修改或删除；审批或办理意见请填写在表单中）");
    }
    if ((matcher = TASK_VARIABLES.matcher(call)).matches()) {
      checkVariableWrite(method, matcher.group(1), matcher.group(2), matcher.group(3) != null,
          body, caller);
      return;
    }
    if ((matcher = TASK_IDENTITY_LINKS.matcher(call)).matches()) {
      JsonNode link = body.json();
      // Only the assignee, named as such: a link without a type is stored as a group or user
      // link the engine then grants on (and cannot read back).
      if (!"assignee".equals(link.path("type").asText(null)) || link.hasNonNull("groupId")) {
        throw Refusal.forbidden("Only administrators may change a task's candidates"
            + "（仅系统管理员可以更改任务的候选人或候选组）");
      }
      // An assignee link is an assignment: the same rules as task/{id}/assignee.
      checkAssignment(matcher.group(1), matcher.group(2) != null ? null
          : link.path("userId"), caller);
      return;
    }
    if (call.equals("message")) {
      checkMessage(body.json(), caller);
      return;
    }
    if (isQuery(call)) {
      return;
    }
    checkIdentityWrite(method, call, caller);
    for (Pattern adminOnly : ADMIN_ONLY) {
      if (ADMIN_ONLY_CALLS.contains(call) || adminOnly.matcher(call).matches()) {
        throw Refusal.forbidden("Only administrators may do this through the engine API: it"
            + " bypasses the case's steps（此操作会绕过办理流程，仅系统管理员可以执行）");
      }
    }
  }

  /**
   * Users, groups, memberships, tenants and authorizations are the administrator's (audit 31a,
   * F1; ADR 0123): the engine gives every user ALL on his own user record, so without this a
   * staff member could delete himself, and the audit trail prints staff by name. The one write
   * left to staff is their own password (the welcome page's 我的资料).
   */
  private static void checkIdentityWrite(String method, String call, Caller caller) {
    Matcher matcher = IDENTITY_WRITE.matcher(call);
    if (!matcher.matches()) {
      return;
    }
    Matcher credentials = OWN_CREDENTIALS.matcher(call);
    if (method.equals("PUT") && credentials.matches()
        && credentials.group(1).equals(caller.userId())) {
      return;
    }
    throw Refusal.forbidden("Only administrators manage users, groups, memberships, tenants"
        + " and authorizations（用户、用户组、成员关系、租户和授权仅限系统管理员管理；"
        + "工作人员只能修改自己的密码）");
  }

  /** A POST that only reads: criteria in the body. */
  private static boolean isQuery(String call) {
    return !ADMIN_ONLY_CALLS.contains(call)
        && (QUERY.matcher(call).matches() || HISTORY_QUERY.matcher(call).matches());
  }

  /**
   * Who may hold a task (claim, assignee, an assignee link): the caller must be in one of the
   * task's candidate groups as the model names them, and so must the new assignee, unless an
   * administrator; an auditor holds no task. Otherwise a member could hand a task to someone
   * outside the group (an auditor, say), who could then write it or pass it on (ADR 0052).
   * {@code assignee}: the user id sent, or null for unclaim or a removed link.
   */
  private void checkAssignment(String taskId, JsonNode assignee, Caller caller) {
    Task task = findTask(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine answers 404, or decides alone on a task outside any case
    }
    FormCatalogue.TaskRules rules = rulesFor(task, caller);
    if (assignee == null || assignee.isNull() || assignee.isMissingNode()) {
      return;
    }
    if (!assignee.isTextual() || assignee.asText().isBlank()) {
      throw Refusal.invalid("userId must be a user id（userId应为用户名）",
          Map.of("userId", "应为用户名"));
    }
    String userId = assignee.asText();
    List<String> groups = access.withoutAuthorizations(() -> identity.createGroupQuery()
        .groupMember(userId).list()).stream().map(org.camunda.bpm.engine.identity.Group::getId)
        .toList();
    if (groups.contains(Groups.ADMIN.id()) || rules.candidateGroups().isEmpty()) {
      return;
    }
    if (groups.contains(Groups.AUDITOR.id())) {
      throw Refusal.invalid("An auditor cannot hold a task（审计人员只能查阅，不能被指派办理任务）",
          Map.of("userId", "审计人员只能查阅，不能被指派办理任务"));
    }
    if (rules.candidateGroups().stream().noneMatch(groups::contains)) {
      String names = chineseNames(rules.candidateGroups());
      throw Refusal.invalid("The task can be assigned only to a member of "
          + String.join(", ", rules.candidateGroups()) + "（此任务只能指派给" + names + "的人员）",
          Map.of("userId", "此任务只能指派给" + names + "的人员"));
    }
  }

  private void checkStart(String key, String id, BodyRequest body, Caller caller)
      throws IOException {
    ObjectNode json = body.jsonObject();
    if (json.hasNonNull("startInstructions") && !json.path("startInstructions").isEmpty()) {
      throw Refusal.forbidden("A case starts at its start event; start instructions are for"
          + " administrators（办件只能从开始事件发起，指定起始节点仅限系统管理员）");
    }
    if (json.path("skipCustomListeners").asBoolean(false)
        || json.path("skipIoMappings").asBoolean(false)) {
      throw Refusal.forbidden("Skipping listeners or mappings is for administrators"
          + "（跳过监听器或输入输出映射仅限系统管理员）");
    }
    if (!json.path("businessKey").asText("").isBlank()) {
      throw Refusal.invalid("The tracking number is assigned by the system"
          + "（受理编号由系统生成，不能自行指定）", Map.of("businessKey", "受理编号由系统生成"));
    }
    ProcessDefinition definition = access.withoutAuthorizations(() -> key != null
        ? repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
            .withoutTenantId().singleResult()
        : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult());
    if (definition == null) {
      return; // the engine answers 404
    }
    if (key == null && !isLatestVersion(definition)) {
      // Audit 37b F2: an earlier version keeps its earlier rules (ADR 0028: untagged, earlier
      // definitions keep the earlier rule), so a new case on it would bypass the current ones.
      // Its running cases go on; only new cases are refused (README "Model versions").
      throw Refusal.invalid("A case is started only on the current version of its process"
          + "（只能按现行流程版本发起办件，此流程已升级，请刷新页面后重新发起）", Map.of());
    }
    FormFields form = access.withoutAuthorizations(() -> catalogue.startForm(definition.getId()));
    if (form.editable().isEmpty()) {
      // 403 for those without the right to start it at all, as the engine would answer.
      if (!authorizations.isUserAuthorized(caller.userId(), caller.groups(),
          Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey())) {
        throw Refusal.forbidden("You may not start this process（无权发起此流程）");
      }
      throw Refusal.invalid("This process has no start form: it is started by the system or by"
          + " its message（此流程没有开始表单，由系统或消息发起，不能直接启动）", Map.of());
    }
    checkVariables(json, "variables", form, name -> null, body);
  }

  /** Whether {@code definition} is the latest deployed version of its key (and tenant). */
  private boolean isLatestVersion(ProcessDefinition definition) {
    ProcessDefinition latest = access.withoutAuthorizations(() -> {
      var query = repository.createProcessDefinitionQuery()
          .processDefinitionKey(definition.getKey()).latestVersion();
      return (definition.getTenantId() == null ? query.withoutTenantId()
          : query.tenantIdIn(definition.getTenantId())).singleResult();
    });
    return latest == null || latest.getId().equals(definition.getId());
  }

  private void checkCompletion(String taskId, BodyRequest body, Caller caller)
      throws IOException {
    Task task = findTask(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine answers 404, or decides alone on a task outside any case
    }
    FormCatalogue.TaskRules rules = rulesFor(task, caller);
    refuseShadowedFields(taskId, rules.form());
    ObjectNode json = body.jsonObject();
    checkVariables(json, "variables", rules.form(),
        name -> access.withoutAuthorizations(() -> tasks.getVariable(taskId, name)), body);
    requireFilled(json, rules.form(), taskId);
  }

  /**
   * Audit 31a F3 (ADR 0124): a field the task's form requires unconditionally and the completion
   * leaves out (or a required check box sent unticked) is refused unless the case holds it, as
   * form-js refuses it in the browser; conditionally required fields are left to the steps.
   */
  private void requireFilled(ObjectNode json, FormFields form, String taskId) {
    JsonNode sent = json.path("variables");
    Map<String, String> errors = new LinkedHashMap<>();
    for (String name : form.required()) {
      JsonNode value = sent.has(name) ? sent.path(name).path("value") : null;
      String refusal = form.missingRefusal(name, value, value != null ? null
          : access.withoutAuthorizations(() -> tasks.getVariable(taskId, name)));
      if (refusal != null) {
        errors.put(name, refusal);
      }
    }
    if (!errors.isEmpty()) {
      throw invalidFields(form, errors);
    }
  }

  /**
   * A form field with a task-local copy (written before local writes were refused, or by an
   * administrator): the submitted value would go into the copy, the listeners would read it and
   * the gateways the case's value. The task is not completed until an administrator removes
   * the copy.
   */
  private void refuseShadowedFields(String taskId, FormFields form) {
    Map<String, String> errors = new LinkedHashMap<>();
    access.withoutAuthorizations(() -> runtime.createVariableInstanceQuery().taskIdIn(taskId)
        .disableBinaryFetching().disableCustomObjectDeserialization().list())
        .stream().filter(variable -> taskId.equals(variable.getTaskId()))
        .map(org.camunda.bpm.engine.runtime.VariableInstance::getName)
        .filter(name -> form.allows(name) || form.shows(name))
        .forEach(name -> errors.put(name, "此字段在任务上另有局部副本，请联系系统管理员删除后再办理"));
    if (!errors.isEmpty()) {
      throw Refusal.invalid("A form field has a task-local copy, which the task's listeners"
          + " would read instead of the case's value; an administrator must remove it: "
          + String.join(", ", errors.keySet()) + "（表单字段在任务上另有局部副本，办理结果会与办件记录不一致，请联系系统管理员处理："
          + String.join("、", errors.keySet()) + "）", errors);
    }
  }

  private void checkVariableWrite(String method, String taskId, String name, boolean binary,
      BodyRequest body, Caller caller) throws IOException {
    Task task = findTask(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return;
    }
    FormCatalogue.TaskRules rules = rulesFor(task, caller);
    if (method.equals("DELETE") || binary) {
      throw Refusal.invalid("Variables of a task are changed only through its form"
          + "（任务变量只能通过其表单修改）", Map.of(name == null ? "variables" : name,
              "只能通过表单修改"));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    JsonNode json = body.json();
    boolean changed = false;
    if (name != null) {
      changed = checkField(name, json, rules.form(), errors);
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = json.path("modifications").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        changed |= checkField(entry.getKey(), entry.getValue(), rules.form(), errors);
      }
      for (JsonNode deletion : json.path("deletions")) {
        errors.put(deletion.asText(), "不能删除表单字段");
      }
    }
    if (!errors.isEmpty()) {
      throw invalidFields(rules.form(), errors);
    }
    if (changed) {
      body.replace(json);
    }
  }

  private void checkMessage(JsonNode json, Caller caller) {
    String name = json.path("messageName").asText("");
    Set<String> variables = OFFICE_MESSAGES.get(name);
    List<String> options = new ArrayList<>();
    json.fieldNames().forEachRemaining(options::add);
    List<String> names = new ArrayList<>();
    json.path("processVariables").fieldNames().forEachRemaining(names::add);
    if (variables == null || !caller.groups().contains(Groups.OFFICE.id())
        || !MESSAGE_OPTIONS.containsAll(options) || !variables.containsAll(names)) {
      throw Refusal.forbidden("Only administrators may send messages to cases"
          + "（仅系统管理员可以向办件发送消息）");
    }
    // Checked here, before the engine, by the same check the run's first step makes (a year not
    // over, in preparation, published); a refusal of that step, for a request that raced
    // another, gets the same 400 from StepRefusalResponses.
    JsonNode year = json.path("processVariables").path("reportYear").path("value");
    if (!year.isMissingNode()) {
      try {
        int asked;
        if (year.isIntegralNumber() && year.canConvertToInt()) {
          asked = year.asInt();
        } else if (year.isTextual() && year.asText().trim().matches("\\d{4}")) {
          asked = Integer.parseInt(year.asText().trim());
        } else {
          throw new InvalidInput("reportYear is not a year（报告年度应为年份）");
        }
        AnnualReportDelegates.checkReportYear(asked);
        access.withoutAuthorizations(() -> {
          reportRuns.checkMayStart(runtime, asked, null);
          return null;
        });
      } catch (InvalidInput refused) {
        throw Refusal.invalid(refused.getMessage(),
            Map.of("reportYear", ApiError.chinese(refused.getMessage())));
      }
    }
  }

  /** The caller must be in a candidate group the model names for the task. */
  private FormCatalogue.TaskRules rulesFor(Task task, Caller caller) {
    FormCatalogue.TaskRules rules = access.withoutAuthorizations(() -> catalogue.of(task));
    if (!rules.candidateGroups().isEmpty() && !caller.inAny(rules.candidateGroups())) {
      throw Refusal.forbidden("This task is for " + String.join(", ", rules.candidateGroups())
          + " only（此任务仅限" + chineseNames(rules.candidateGroups()) + "办理）");
    }
    return rules;
  }

  private static String chineseNames(List<String> groups) {
    List<String> names = new ArrayList<>();
    for (String group : groups) {
      try {
        names.add(Groups.byId(group).chineseName());
      } catch (IllegalArgumentException unknown) {
        names.add(group);
      }
    }
    return String.join("、", names);
  }

  private Task findTask(String taskId) {
    return access.withoutAuthorizations(
        () -> tasks.createTaskQuery().taskId(taskId).singleResult());
  }

  /**
   * Checks {@code json[field]} against the form and drops read-only fields that come back
   * unchanged (Tasklist sends every field it shows), so nothing shown is ever written.
   */
  private void checkVariables(ObjectNode json, String field, FormFields form,
      java.util.function.Function<String, Object> current, BodyRequest body) {
    JsonNode variables = json.path(field);
    if (!variables.isObject()) {
      return;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    boolean changed = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      if (form.shows(name)) {
        if (VariableValues.same(entry.getValue().path("value"), current.apply(name))) {
          it.remove();
          changed = true;
        } else {
          errors.put(name, "只读字段，不能修改");
        }
        continue;
      }
      changed |= checkField(name, entry.getValue(), form, errors);
    }
    if (!errors.isEmpty()) {
      throw invalidFields(form, errors);
    }
    if (changed) {
      body.replace(json);
    }
  }

  /**
   * Checks one variable as sent ({@code {"value": …, "type": …}}) against its field; returns
   * whether it was rewritten. A value without a type is stored as the engine guesses it, and a
   * JSON object or list so becomes a Java-serialized Object: such a value is refused, except a
   * list for a checklist or taglist, which is passed on as JSON text of type Json (as Tasklist
   * sends it). JSON values (type Json) only for fields that hold JSON (lists, groups and dynamic
   * lists with a path): a radio's option as a JSON value would not equal its text at the
   * gateway, which would take its default flow.
   */
  private static boolean isJson(String text) {
    try {
      JSON.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean checkField(String name, JsonNode variable, FormFields form,
      Map<String, String> errors) {
    if (!form.allows(name)) {
      errors.put(name, form.shows(name) ? "只读字段，不能修改" : "不是本表单的字段");
      return false;
    }
    if (!variable.isObject()) {
      errors.put(name, "取值格式无效，应为带 value 的对象");
      return false;
    }
    String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
    JsonNode value = variable.path("value");
    boolean untypedList = type.isEmpty() && value.isArray() && form.isList(name);
    if (REFUSED_TYPES.contains(type)) {
      errors.put(name, "不接受此类型的值");
    } else if (value.isObject()) {
      errors.put(name, "只接受单个值（文本、数字、日期或是否），不接受对象");
    } else if (value.isArray() && !untypedList) {
      errors.put(name, form.isList(name) ? "多选的取值应为选项的列表"
          : "只接受单个值（文本、数字、日期或是否），不接受列表");
    } else if (type.equals("json") && !form.isStructured(name)) {
      errors.put(name, "只接受单个值（文本、数字、日期或是否），不接受JSON值");
    } else if (type.equals("json") && value.isTextual() && !isJson(value.asText())) {
      // The engine would fail on it only when a step reads it: a 500 (audit 32b, F5).
      errors.put(name, "内容不是有效的JSON");
    } else if (!form.offers(name, offeredValue(type, value))) {
      // A gateway's default flow would read a value the form does not offer as its default
      // (e.g. any approval text as 同意), so only the form's options pass.
      errors.put(name, "取值无效，请从表单提供的选项中选择");
    } else if (value.isTextual() && form.textRefusal(name, value.asText()) != null) {
      // The form's maxLength, minLength and pattern: form-js checks them in the browser only.
      errors.put(name, form.textRefusal(name, value.asText()));
    } else if (value.isTextual() && !type.equals("json")
        && form.plainTextRefusal(name, value.asText()) != null) {
      // The steps' own rule (Vars.text), applied here to every text field of every form while
      // the person is still on it: a step after an asyncBefore would refuse it in a job, when
      // the decision is already taken, and the case would be left without a task (audit 25 F2).
      errors.put(name, form.plainTextRefusal(name, value.asText()));
    } else if (value.isTextual() && form.isPlainText(name) && !value.asText().isEmpty()
        && FormFields.isBlank(value.asText())) {
      // Blank is empty: only spaces (full-width too) are not stored as a text.
      ((ObjectNode) variable).put("value", "");
      return true;
    } else if (untypedList) {
      ((ObjectNode) variable).put("type", "Json").put("value", value.toString());
      return true;
    }
    return false;
  }

  /** A choice's value as sent; a checklist's list arrives as the JSON text of type Json. */
  private static JsonNode offeredValue(String type, JsonNode value) {
    if (type.equals("json") && value.isTextual()) {
      try {
        return JSON.readTree(value.asText());
      } catch (IOException e) {
        return value;
      }
    }
    return value;
  }

  private Refusal invalidFields(FormFields form, Map<String, String> errors) {
    StringBuilder chinese = new StringBuilder();
    // Staff read the field's label on the form they submit, not its variable id (ADR 0068,
    // 0072); the id stays in fields.
    errors.forEach((name, error) -> chinese.append(chinese.isEmpty() ? "" : "；")
        .append(io.github.ogiworkflow.process.FieldLabels.onForm(form.formId(), name) != null
            ? io.github.ogiworkflow.process.FieldLabels.onForm(form.formId(), name)
            // A field this form does not have: named in Chinese all the same, by its general
            // label, not another kind's (判决结果 on a reconsideration; audit 37a, F10).
            : labels.label(name))
        .append("：")
        .append(error));
    if (errors.values().stream().allMatch(FormFields::isTextRefusal)) {
      // Right fields, wrong text: say so, not that the field is not the form's.
      return Refusal.invalid("A text field's value is refused: "
          + String.join(", ", errors.keySet()) + "（表单填写有误：" + chinese + "）", errors);
    }
    return Refusal.invalid("Only the fields of this task's form, with the values it offers, may"
        + " be written: " + String.join(", ", errors.keySet())
        + "（只能提交本任务表单中的字段及其选项：" + chinese + "）", errors);
  }

  private static void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", refusal.type);
    // Tasklist shows the message as it is: staff read the Chinese part; the English one is kept
    // apart for scripts and the log.
    body.put("error", ApiError.english(refusal.getMessage()));
    body.put("message", ApiError.chinese(refusal.getMessage()));
    if (!refusal.fields.isEmpty()) {
      body.put("fields", refusal.fields);
    }
    response.setStatus(refusal.status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), body);
  }

  /**
   * The path inside the engine API, e.g. {@code task/1/submit-form}; null elsewhere. Read from
   * the path the server routes (decoded, without path parameters), not the one sent.
   */
  static String engineCall(HttpServletRequest request) {
    String path = RoutedPaths.routed(request);
    Matcher rest = ENGINE_REST.matcher(path);
    if (rest.matches()) {
      return strip(rest.group(1));
    }
    Matcher webapp = WEBAPP_ENGINE.matcher(path);
    return webapp.matches() ? strip(webapp.group(2)) : null;
  }

  private static String strip(String call) {
    return call.endsWith("/") ? call.substring(0, call.length() - 1) : call;
  }

  /**
   * Cockpit's 人工任务 page asks how many open tasks each group has. The engine answers only a
   * caller who may read every task, so leadership and auditors, who watch Cockpit but read no
   * task, got an error on every visit. They get the counts (group and number, nothing of a
   * task); everyone else, the engine's own answer.
   */
  private boolean answerGroupCounts(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (supervisor(request) == null) {
      return false;
    }
    ArrayNode counts = JSON.createArrayNode();
    WithoutAuthorizations.call(identity, () -> tasks.createTaskReport()
        .taskCountByCandidateGroup()).forEach(count -> counts.addObject()
            .put("groupName", count.getGroupName()).put("taskCount", count.getTaskCount()));
    writeJson(response, counts);
    return true;
  }

  /**
   * Cockpit's dashboard counts the open tasks (未完成的人工任务) with the caller's own task
   * reads, so leadership saw its own 2 of 14 and auditors 0, beside a 人工任务 page showing all
   * of them. Supervisors get the agency's counts for the dashboard's criteria, and only those.
   */
  private boolean answerDashboardCount(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = supervisor(request);
    Map<String, String[]> criteria = request.getParameterMap();
    if (caller == null || !DASHBOARD_COUNT_CRITERIA.containsAll(criteria.keySet())
        || criteria.values().stream().anyMatch(values -> values.length != 1
            || !"true".equals(values[0]))) {
      return false;
    }
    long count = WithoutAuthorizations.call(identity, () -> {
      TaskQuery query = tasks.createTaskQuery();
      if (criteria.containsKey("assigned")) {
        query.taskAssigned();
      }
      if (criteria.containsKey("unassigned")) {
        query.taskUnassigned();
      }
      if (criteria.containsKey("withCandidateGroups")) {
        query.withCandidateGroups();
      }
      if (criteria.containsKey("withoutCandidateGroups")) {
        query.withoutCandidateGroups();
      }
      return query.count();
    });
    writeJson(response, JSON.createObjectNode().put("count", count));
    return true;
  }

  /** Leadership or an auditor (not an administrator, whom the engine answers in full). */
  private Caller supervisor(HttpServletRequest request) {
    Caller caller = caller(request);
    return caller == null || caller.isAdmin() || !caller.inAny(
        List.of(Groups.LEADERSHIP.id(), Groups.AUDITOR.id())) ? null : caller;
  }

  private static void writeJson(HttpServletResponse response, JsonNode body) throws IOException {
    response.setStatus(200);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
  }

  private Caller caller(HttpServletRequest request) {
    return callerOf(identity, request);
  }

  /** The caller: set on the engine by the REST authentication, or the webapps' session. */
  static Caller callerOf(IdentityService identity, HttpServletRequest request) {
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return new Caller(current.getUserId(),
          current.getGroupIds() == null ? List.of() : current.getGroupIds());
    }
    Matcher webapp = WEBAPP_ENGINE.matcher(RoutedPaths.routed(request));
    if (!webapp.matches() || request.getSession(false) == null) {
      return null;
    }
    Authentications sessions = AuthenticationUtil.getAuthsFromSession(request.getSession(false));
    if (sessions != null && sessions.getAuthenticationForProcessEngine(
        webapp.group(1)) instanceof UserAuthentication user) {
      return new Caller(user.getIdentityId(),
          user.getGroupIds() == null ? List.of() : user.getGroupIds());
    }
    return null;
  }

  /** The request with its body read once, so it can be checked and, if need be, rewritten. */
  static final class BodyRequest extends HttpServletRequestWrapper {
    private byte[] bytes;
    private JsonNode parsed;

    BodyRequest(HttpServletRequest request) throws IOException {
      super(request);
      String type = request.getContentType();
      this.bytes = type != null && type.toLowerCase(Locale.ROOT).contains("json")
          ? request.getInputStream().readAllBytes() : null;
    }

    JsonNode json() {
      if (parsed == null) {
        try {
          parsed = bytes == null || bytes.length == 0
              ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException malformed) {
          parsed = JSON.createObjectNode(); // the engine answers 400 for the same bytes
        }
        if (parsed == null || parsed.isMissingNode()) {
          parsed = JSON.createObjectNode();
        }
      }
      return parsed;
    }

    ObjectNode jsonObject() {
      JsonNode json = json();
      return json instanceof ObjectNode object ? object : JSON.createObjectNode();
    }

    void replace(JsonNode json) {
      try {
        bytes = JSON.writeValueAsBytes(json);
        parsed = json;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (bytes == null) {
        return super.getInputStream();
      }
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      return bytes == null ? super.getReader()
          : new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return bytes == null ? super.getContentLength() : bytes.length;
    }

    @Override
    public long getContentLengthLong() {
      return bytes == null ? super.getContentLengthLong() : bytes.length;
    }
  }
}
