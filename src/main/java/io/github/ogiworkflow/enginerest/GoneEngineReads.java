package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.StaffAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads of what has ended, on /engine-rest and on the webapps' API alike: the engine fails them
 * with 500 and an ERROR in the log ("execution … doesn't exist"), or 400 for a task's form, and
 * Tasklist shows that to a clerk who opens a task a colleague has just completed (audit 30 F2;
 * an ended instance's variables, audit 25 F12). They are answered 404 in Chinese before the
 * engine is asked, by the task's or the execution's state, never by message text, as an action
 * on a task that is gone ({@link ConcurrentChangeResponses}). One answer for an ended and an
 * unknown id: whether an id ever was is not told. After the authentication filters and the
 * guard, so only a caller who may use the API learns that something is gone.
 */
public class GoneEngineReads extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(GoneEngineReads.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The engine path after /engine-rest[/engine/{name}] or /camunda/api/engine/engine/{name}. */
  private static final Pattern ENGINE_PATH =
      Pattern.compile("^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/(.+)$");

  /** process-instance/{id}/variables, one variable, or its data; any method. */
  static final Pattern INSTANCE_VARIABLES =
      Pattern.compile("^process-instance/([^/]+)/variables(?:/.*)?$");
  /** execution/{id}/localVariables, one variable, or its data; any method. */
  static final Pattern EXECUTION_VARIABLES =
      Pattern.compile("^execution/([^/]+)/localVariables(?:/.*)?$");
  /**
   * What a reader asks for of one task: variables, forms, identity links, comments (the task
   * itself, task/{id}, the engine already answers 404).
   */
  static final Pattern TASK_READ = Pattern.compile("^task/([^/]+)/[^/]+(?:/.*)?$");
  /** task/{word}/…: the collection's own resources, not a task. */
  private static final Set<String> NOT_A_TASK = Set.of("count", "report", "create");

  static final String INSTANCE_GONE_MESSAGE = "The process instance has ended or does not exist;"
      + " an ended one's variables are in its history（该流程实例已结束或不存在，已结束实例的变量请在历史记录中查阅）";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final StaffAccess access;

  public GoneEngineReads(RuntimeService runtime, TaskService tasks, StaffAccess access) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.access = access;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Matcher engine = ENGINE_PATH.matcher(
        request.getRequestURI().substring(request.getContextPath().length()));
    String gone = engine.matches() ? gone(request.getMethod(), engine.group(1)) : null;
    if (gone == null) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("{} {}: gone, answered 404", request.getMethod(), request.getRequestURI());
    String message = gone.equals("TaskNotFoundException")
        ? ConcurrentChangeResponses.TASK_GONE_MESSAGE : INSTANCE_GONE_MESSAGE;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", gone);
    body.put("message", ApiError.chinese(message));
    body.put("error", ApiError.english(message));
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** The answer's type when the request reads (or writes the variables of) something gone. */
  String gone(String method, String path) {
    Matcher instance = INSTANCE_VARIABLES.matcher(path);
    if (instance.matches()) {
      String id = instance.group(1);
      return exists(() -> runtime.createProcessInstanceQuery().processInstanceId(id).count())
          ? null : "ProcessInstanceNotFound";
    }
    Matcher execution = EXECUTION_VARIABLES.matcher(path);
    if (execution.matches()) {
      String id = execution.group(1);
      return exists(() -> runtime.createExecutionQuery().executionId(id).count())
          ? null : "ProcessInstanceNotFound";
    }
    Matcher task = TASK_READ.matcher(path);
    // Actions on a task keep ConcurrentChangeResponses' answers: gone (404) or raced (409).
    if (task.matches() && ("GET".equals(method) || "HEAD".equals(method))
        && !NOT_A_TASK.contains(task.group(1))) {
      String id = task.group(1);
      return exists(() -> tasks.createTaskQuery().taskId(id).count())
          ? null : "TaskNotFoundException";
    }
    return null;
  }

  /** Whoever may see it: the caller's grants are the engine's to check on what still runs. */
  private boolean exists(java.util.function.LongSupplier count) {
    return access.withoutAuthorizations(() -> count.getAsLong() > 0);
  }
}
