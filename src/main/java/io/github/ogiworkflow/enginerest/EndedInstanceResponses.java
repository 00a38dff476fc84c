package io.github.ogiworkflow.enginerest;

import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.StaffAccess;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The variables of a process instance that has ended (a secrecy review once answered, a case
 * closed): the engine fails with 500 and logs an ERROR ("execution … doesn't exist"), which
 * Cockpit links and scripts meet after every review (audit 25 F12). Answered 404 in Chinese
 * before the engine is asked, by the instance's state, never by message
 * text, as a task that is gone ({@link ConcurrentChangeResponses}).
 */
public class EndedInstanceResponses implements ContainerRequestFilter {

  /** process-instance/{id}/variables, one variable, or its data. */
  static final Pattern INSTANCE_VARIABLES =
      Pattern.compile("^/?process-instance/([^/]+)/variables(?:/.*)?$");

  /** One answer for an ended and an unknown id: whether an id ever was is not told. */
  static final String GONE_MESSAGE = "The process instance has ended or does not exist; an ended"
      + " one's variables are in its history（该流程实例已结束或不存在，已结束实例的变量请在历史记录中查阅）";

  private final RuntimeService runtime;
  private final StaffAccess access;

  public EndedInstanceResponses(RuntimeService runtime, StaffAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Matcher variables = INSTANCE_VARIABLES.matcher(request.getUriInfo().getPath());
    if (!variables.matches()) {
      return;
    }
    String id = variables.group(1);
    // Whoever may see it: the caller's grants are the engine's to check on a running instance.
    boolean running = access.withoutAuthorizations(() ->
        runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0);
    if (running) {
      return;
    }
    String message = GONE_MESSAGE;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ProcessInstanceNotFound");
    body.put("message", ApiError.chinese(message));
    body.put("error", ApiError.english(message));
    request.abortWith(Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
  }
}
