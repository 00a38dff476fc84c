package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A step's refusal ({@link InvalidInput}) that reaches /engine-rest through an endpoint that does
 * not answer it itself: 400 on its field, as the engine answers it on {@code submit-form} and as
 * {@link EngineApiGuard} answers the same refusal before the engine. Camunda's own mapper answers
 * every other {@code ProcessEngineException} with 500.
 *
 * <p>The case that needs it: {@code POST /engine-rest/message} {@code AnnualReportRequested}
 * sent several times at once for one year. The guard lets all through (no run is open yet); the
 * run's first step registers the year ({@code AnnualReportRuns.register}) and refuses the others
 * (正在编制中, ADR 0059). Their clients now read what a request a moment later reads from the
 * guard: 400 with {@code fields.reportYear}. Nothing of a refused run is written.
 */
public class StepRefusalResponses implements ExceptionMapper<InvalidInput> {

  private static final Logger LOG = LoggerFactory.getLogger(StepRefusalResponses.class);

  @Override
  public Response toResponse(InvalidInput refusal) {
    String text = String.valueOf(refusal.getMessage());
    LOG.info("A step refused the request: {}", text);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body(text).toString()).build();
  }

  /**
   * The 400 answer to a step's refusal worded {@code text}: English in {@code error}, the
   * Chinese in {@code message} and on each field. Also what {@link SafeErrorResponses} sends for
   * the same refusal on the webapps' API, which has no Jersey mapper of ours (ADR 0046).
   */
  static ObjectNode body(String text) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", "InvalidRequestException");
    body.put("error", Arrays.stream(text.split("\n")).filter(line -> !line.isBlank())
        .map(line -> ApiError.english(line.trim())).collect(Collectors.joining("; ")));
    FieldErrorAnswers.fill(body, text);
    return body;
  }
}
