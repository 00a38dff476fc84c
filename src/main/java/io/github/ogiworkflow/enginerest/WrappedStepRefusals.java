package io.github.ogiworkflow.enginerest;

import io.github.ogiworkflow.process.InvalidInput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * A step's refusal ({@link InvalidInput}) that an engine endpoint wraps in a 500: {@code POST
 * /engine-rest/process-definition/.../start} answers any failure of the start, a start
 * listener's refusal included, as {@code RestException} 500 ("Cannot instantiate process
 * definition"). Only administrators reach it ({@link EngineApiGuard} sends everyone else to
 * submit-form, which answers 400), but a refusal is no server fault: 400 on its field in
 * Chinese, as {@link StepRefusalResponses} answers it unwrapped (e.g. 跟进邮寄回执 started a
 * second time, ADR 0061). The refusal is found by its type in the exception's causes when
 * Jersey reports the exception, never by message text; every other 500 stays as it is.
 */
public class WrappedStepRefusals implements ApplicationEventListener, ContainerResponseFilter {

  /** The request property holding the refusal found behind the endpoint's exception. */
  static final String REFUSAL = WrappedStepRefusals.class.getName() + ".refusal";

  @Override
  public void onEvent(ApplicationEvent event) {
    // Nothing at the application's level.
  }

  @Override
  public RequestEventListener onRequest(RequestEvent start) {
    return event -> {
      if (event.getType() == RequestEvent.Type.ON_EXCEPTION && event.getException() != null) {
        InvalidInput refusal = refusal(event.getException());
        if (refusal != null) {
          event.getContainerRequest().setProperty(REFUSAL, refusal);
        }
      }
    };
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == Status.INTERNAL_SERVER_ERROR.getStatusCode()
        && request.getProperty(REFUSAL) instanceof InvalidInput refusal) {
      response.setStatus(Status.BAD_REQUEST.getStatusCode());
      response.setEntity(StepRefusalResponses.body(String.valueOf(refusal.getMessage()))
          .toString(), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }
  }

  /** The first {@link InvalidInput} among {@code failure} and its causes; null if none. */
  static InvalidInput refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInput refusal) {
        return refusal;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
