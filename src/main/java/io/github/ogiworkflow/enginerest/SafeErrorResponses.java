package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogiworkflow.security.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a client may see of an error, for every answer of the app (/engine-rest, the webapps'
 * /camunda/api, our own endpoints). The engine puts its exception message in error answers, and
 * for a database failure that is the SQL statement with table and index names.
 * <ul>
 *   <li>5xx, and exceptions no handler answered: a generic message, Chinese as {@code message}
 *       and English as {@code error}, the type {@code ServerError} and a log id; the original answer (or the exception with its stack
 *       trace) is logged with that id.</li>
 *   <li>4xx: kept as it is, since it tells the user what to fix, unless it shows SQL, a stack
 *       trace or persistence internals (then as above, with the type {@code RequestRefused});
 *       package names of Java classes are cut to the simple name; a refused form loses the
 *       engine's prefix and id and names each wrong field ({@link FieldErrorAnswers}); an
 *       answer without Chinese (the engine's own English refusals) gets the Chinese sentence
 *       for its status as {@code message} and keeps its text as {@code error}; a 403 loses the
 *       engine's {@code missingAuthorizations}.</li>
 * </ul>
 * Runs around the Jersey filters, so answers already made clear (409/404 of
 * {@link ConcurrentChangeResponses}) pass unchanged. On the webapps' API, which has no Jersey
 * filter of ours (ADR 0046), a 5xx whose engine exception code says concurrent change, deadlock
 * or lock given up becomes the same 409 as on /engine-rest, a 500 for a step's refusal
 * ({@code InvalidInput}) the same 400 on its field, and a 500 or 403 for an action on a task that
 * is gone by now the same 404 or 409.
 */
public class SafeErrorResponses extends OncePerRequestFilter {

  private static final java.util.regex.Pattern HAS_CHINESE =
      java.util.regex.Pattern.compile("\\p{IsHan}");
  /** A value the engine echoes in its refusal: 'text' (no quote inside). */
  private static final java.util.regex.Pattern ECHOED_VALUE =
      java.util.regex.Pattern.compile("'[^'\\n]*'");
  private static final Logger LOG = LoggerFactory.getLogger(SafeErrorResponses.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SERVER_ERROR_TYPE = "ServerError";
  static final String REFUSED_TYPE = "RequestRefused";
  static final String SERVER_ERROR_MESSAGE = "The server could not complete the request; nothing"
      + " was changed by it. Please tell the administrator the log id %s（服务器未能完成该请求，"
      + "未作任何更改；请将日志编号 %s 告知系统管理员）";
  static final String REFUSED_MESSAGE = "The request was refused. Please check the input, or tell"
      + " the administrator the log id %s（请求被拒绝，请检查输入内容，或将日志编号 %s 告知系统管理员）";

  static final String NO_PERMISSION_MESSAGE =
      "您没有执行此操作或查看此内容的权限。如确需此权限，请联系系统管理员。";

  /** SQL, stack frames and persistence internals: never shown to a client. */
  static final Pattern INTERNALS = Pattern.compile("(?i)"
      + "\\bselect\\s+(distinct\\s+)?[\\w.*]+(\\s*,\\s*[\\w.*]+)*\\s+from\\b"
      + "|\\binsert\\s+into\\b|\\bupdate\\s+\\w+\\s+set\\b|\\bdelete\\s+from\\b"
      + "|sql\\s*statement|sqlexception|sqlstate|###\\s*(error|sql|cause)"
      + "|\\bact_(ru|hi|re|id|ge)_\\w+|\\bogi_\\w+|\\bENGINE-03\\d{3}"
      + "|\\bat\\s+[\\w$]+(\\.[\\w$]+)+\\(|org\\.apache\\.ibatis|org\\.h2\\.|org\\.postgresql");

  /** A fully qualified Java class name; group 1 is the simple name. */
  static final Pattern QUALIFIED_CLASS =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}([A-Z][\\w$]*)");

  /** An action on one task through the webapps' API; group 1 is the path as on /engine-rest. */
  static final Pattern WEBAPP_TASK_ACTION =
      Pattern.compile("^/camunda/api/engine/engine/[^/]+(/task/[^/]+/[^/]+)$");

  /** Whether a task is gone, as on /engine-rest; null: not asked (unit tests). */
  private final ConcurrentChangeResponses tasks;

  public SafeErrorResponses() {
    this(null);
  }

  public SafeErrorResponses(ConcurrentChangeResponses tasks) {
    this.tasks = tasks;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    // The engine time the request came in: a task ended before it is gone (404), not raced.
    request.setAttribute(ConcurrentChangeResponses.ARRIVED_AT,
        org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
    ErrorBodyCapture capture = new ErrorBodyCapture(response);
    try {
      chain.doFilter(request, capture);
    } catch (ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      String logId = newLogId();
      LOG.error("logId={} {} {} failed", logId, request.getMethod(), request.getRequestURI(), e);
      response.resetBuffer();
      write(response, 500, serverError(logId, null));
      return;
    }
    if (!capture.isCapturing()) {
      return;
    }
    int status = capture.getStatus();
    byte[] body = capture.body();
    String text = new String(body, charsetOf(capture));
    ObjectNode conflict = status >= 500 || status == HttpServletResponse.SC_FORBIDDEN
        ? taskGone(request, status, parse(text)) : null;
    if (conflict != null) {
      status = conflict.remove("status").asInt();
    } else if (status >= 500) {
      conflict = conflict(parse(text));
      if (conflict != null) {
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    ObjectNode refusal = conflict == null && status >= 500 ? stepRefusal(parse(text)) : null;
    byte[] safe;
    if (refusal != null) {
      // Tasklist's own API has no StepRefusalResponses: the same 400 as /engine-rest.
      LOG.info("{} {} answered {} for a step's refusal; the client gets 400: {}",
          request.getMethod(), request.getRequestURI(), status, text);
      status = HttpServletResponse.SC_BAD_REQUEST;
      safe = JSON.writeValueAsBytes(refusal);
    } else if (conflict != null) {
      // Tasklist's own API has no ConcurrentChangeResponses: the same 409 as /engine-rest.
      LOG.warn("{} {} answered {} for a concurrent change; the client gets {}: {}",
          request.getMethod(), request.getRequestURI(), capture.getStatus(), status, text);
      safe = JSON.writeValueAsBytes(conflict);
    } else {
      safe = safeBody(request, status, text, capture.getContentType() == null ? null
          : capture.getContentType().toLowerCase(java.util.Locale.ROOT));
    }
    if (BrowserErrorPages.wantsPage(request, status)) {
      byte[] page = BrowserErrorPages.page(status,
          parse(safe == null ? text : new String(safe, StandardCharsets.UTF_8)));
      response.setStatus(status);
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentLength(page.length);
      response.getOutputStream().write(page);
      return;
    }
    if (safe == null) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    } else {
      write(response, status, safe);
    }
  }

  /**
   * The health endpoint's own 503 (status DOWN or OUT_OF_SERVICE): load balancers and start
   * scripts read its body, which holds no internals unless an administrator's details name them.
   */
  static boolean isHealthStatus(HttpServletRequest request, int status, String text) {
    return status == HttpServletResponse.SC_SERVICE_UNAVAILABLE
        && request.getRequestURI().startsWith("/actuator/health")
        && parse(text) instanceof ObjectNode health && health.path("status").isTextual()
        && !INTERNALS.matcher(text).find();
  }

  /** The body to send instead, or null when the original may go out as it is. */
  private static byte[] safeBody(HttpServletRequest request, int status, String text,
      String contentType) throws IOException {
    JsonNode original = parse(text);
    if (isHealthStatus(request, status, text)) {
      // A node starting or stopping is DOWN: the probe's answer, not a failure (audit F12).
      LOG.info("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), status,
          text);
      return null;
    }
    if (status >= 500 || INTERNALS.matcher(text).find()) {
      String logId = newLogId();
      if (status >= 500) {
        LOG.error("logId={} {} {} answered {}: {}", logId, request.getMethod(),
            request.getRequestURI(), status, text);
        return serverError(logId, original == null ? null : original.get("code"));
      }
      LOG.warn("logId={} {} {} answered {}: {}", logId, request.getMethod(),
          request.getRequestURI(), status, text);
      ObjectNode refused = JSON.createObjectNode();
      refused.put("type", REFUSED_TYPE);
      putMessage(refused, REFUSED_MESSAGE.formatted(logId, logId));
      refused.put("logId", logId);
      return JSON.writeValueAsBytes(refused);
    }
    if (status == 400 && original instanceof ObjectNode answer
        && FieldErrorAnswers.rewrite(answer)) {
      String message = answer.path("message").asText("");
      if (!HAS_CHINESE.matcher(message).find()) {
        // A value the engine could not read (not one of our fields' refusals).
        inChinese(answer, QUALIFIED_CLASS.matcher(message).replaceAll("$1"), status);
      }
      return JSON.writeValueAsBytes(answer);
    }
    if (status == 403 && original instanceof ObjectNode answer
        && "AuthorizationException".equals(answer.path("type").asText())
        && !HAS_CHINESE.matcher(answer.path("message").asText()).find()) {
      // "The user with id 'chengang' does not have 'READ' permission on resource …": the
      // webapps show this as it is; staff read that they lack the right, in Chinese. Our own
      // refusals (EngineApiGuard) already say in Chinese what was refused and stay as they are.
      answer.put("message", NO_PERMISSION_MESSAGE);
      // The resource ids the engine lists are for administrators' logs, not for staff.
      answer.remove("missingAuthorizations");
      return JSON.writeValueAsBytes(answer);
    }
    boolean plainText = contentType != null && contentType.startsWith("text/plain");
    if (status >= 400 && !hasOwnChinese(text) && !text.isBlank()
        && (original instanceof ObjectNode || plainText)) {
      // The engine's own refusals (a date it cannot read, a task that is gone) are English
      // only: staff get the gist in Chinese, and the detail stays for the administrator.
      ObjectNode answer = original instanceof ObjectNode object ? object
          : JSON.createObjectNode().put("type", REFUSED_TYPE);
      String detail = QUALIFIED_CLASS.matcher(original instanceof ObjectNode
          ? answer.path("message").asText("") : text.strip()).replaceAll("$1");
      inChinese(answer, detail, status);
      return JSON.writeValueAsBytes(answer);
    }
    if (!QUALIFIED_CLASS.matcher(text).find()) {
      return null;
    }
    if (original instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> {
        JsonNode value = object.get(name);
        if (value.isTextual()) {
          object.put(name, QUALIFIED_CLASS.matcher(value.asText()).replaceAll("$1"));
        }
      });
      return JSON.writeValueAsBytes(object);
    }
    return QUALIFIED_CLASS.matcher(text).replaceAll("$1").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Tasklist's own API answers an action on a task completed (or claimed) by someone else
   * meanwhile as the engine does, with 500 or 403: the same 404 or 409 as /engine-rest
   * ({@link ConcurrentChangeResponses#taskGone}, by the task's state and the exception's type,
   * not by message text), with {@code status} to be taken out; null otherwise.
   */
  private ObjectNode taskGone(HttpServletRequest request, int status, JsonNode original) {
    if (tasks == null || !(original instanceof ObjectNode error)) {
      return null;
    }
    java.util.regex.Matcher webapp = WEBAPP_TASK_ACTION.matcher(
        request.getRequestURI().substring(request.getContextPath().length()));
    if (!webapp.matches()) {
      return null;
    }
    java.util.regex.Matcher action = ConcurrentChangeResponses.TASK_ACTION.matcher(webapp.group(1));
    if (!action.matches()) {
      return null;
    }
    ConcurrentChangeResponses.TaskGone gone = tasks.taskGone(action.group(1), status,
        error.path("type").asText(null),
        (java.util.Date) request.getAttribute(ConcurrentChangeResponses.ARRIVED_AT));
    if (gone == null) {
      return null;
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("type", gone.type());
    putMessage(answer, gone.message());
    if (error.path("code").isInt()) {
      answer.put("code", error.path("code").asInt());
    }
    answer.put("status", gone.status().getStatusCode());
    return answer;
  }

  /**
   * The answer to a server error that is a concurrent change or a lock given up, by the engine's
   * exception code (or its message id where the endpoint dropped the code), or a task claimed by
   * someone else, by its type (as
   * {@link ConcurrentChangeResponses} answers on /engine-rest), or null.
   */
  static ObjectNode conflict(JsonNode original) {
    if (original != null && "TaskAlreadyClaimedException".equals(original.path("type").asText())) {
      // Claimed by someone else meanwhile (the engine's 500, no exception code of its own).
      ObjectNode answer = JSON.createObjectNode();
      answer.put("type", "TaskAlreadyClaimedException");
      putMessage(answer, ConcurrentChangeResponses.CLAIMED_MESSAGE);
      return answer;
    }
    JsonNode code = original == null ? null : original.get("code");
    boolean wrapped = original != null && ConcurrentChangeResponses.wrappedConcurrentUpdate(
        original.path("type").asText(), original.path("message").textValue());
    if (!wrapped && (code == null || !code.isInt())) {
      return null;
    }
    int value = wrapped ? ConcurrentChangeResponses.OPTIMISTIC_LOCKING : code.asInt();
    ObjectNode answer = JSON.createObjectNode();
    if (value == ConcurrentChangeResponses.OPTIMISTIC_LOCKING
        || value == ConcurrentChangeResponses.DEADLOCK) {
      answer.put("type", "OptimisticLockingException");
      putMessage(answer, ConcurrentChangeResponses.CONFLICT_MESSAGE);
    } else if (value == ConcurrentChangeResponses.LOCK_TIMEOUT) {
      answer.put("type", "CaseBusy");
      putMessage(answer, ConcurrentChangeResponses.BUSY_MESSAGE);
    } else {
      return null;
    }
    answer.put("code", value);
    return answer;
  }

  /**
   * The answer to a server error that is a step's refusal ({@code InvalidInput}, e.g. the
   * annual report's 正在编制中 to the second of two runs started at once), as
   * {@link StepRefusalResponses} answers it on /engine-rest, or null.
   */
  static ObjectNode stepRefusal(JsonNode original) {
    if (original == null || !"InvalidInput".equals(original.path("type").asText())
        || !original.path("message").isTextual()) {
      return null;
    }
    return StepRefusalResponses.body(original.path("message").asText());
  }

  /**
   * Whether a refusal says something in Chinese itself: the engine's English refusals echo the
   * value they could not read in single quotes (Cannot convert value '2026年12月1日' …), which
   * makes them no Chinese answer (audit 32b, F4).
   */
  static boolean hasOwnChinese(String text) {
    return HAS_CHINESE.matcher(ECHOED_VALUE.matcher(text).replaceAll("''")).find();
  }

  /** "english（中文）": Tasklist shows {@code message}, so it gets the Chinese, error the English. */
  private static void putMessage(ObjectNode answer, String bilingual) {
    answer.put("message", ApiError.chinese(bilingual));
    answer.put("error", ApiError.english(bilingual));
  }

  /**
   * The webapps show {@code message} as it is: it becomes the Chinese sentence for the status,
   * and the engine's English detail moves to {@code error} for scripts and administrators.
   */
  private static void inChinese(ObjectNode answer, String englishDetail, int status) {
    if (!englishDetail.isEmpty()) {
      answer.put("error", englishDetail);
    }
    answer.put("message", ApiError.chineseGist(status));
  }

  private static byte[] serverError(String logId, JsonNode code) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", SERVER_ERROR_TYPE);
    // The webapps show message as it is: Chinese only (audit 30 F2), the English as error.
    putMessage(body, SERVER_ERROR_MESSAGE.formatted(logId, logId));
    if (code != null && code.isInt()) {
      body.put("code", code.asInt());
    }
    body.put("logId", logId);
    return JSON.writeValueAsBytes(body);
  }

  private static void write(HttpServletResponse response, int status, byte[] body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /** The charset the body was written in: the declared one, else UTF-8 (JSON's own). */
  private static Charset charsetOf(HttpServletResponse response) {
    String contentType = response.getContentType();
    if (contentType == null || !contentType.toLowerCase().contains("charset=")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(response.getCharacterEncoding());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  static String newLogId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
