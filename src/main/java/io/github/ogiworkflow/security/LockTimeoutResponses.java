package io.github.ogiworkflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.CommandFailures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Our own endpoints (Spring MVC: /api/..., the public API, the staff pages) answer a row lock
 * another transaction held too long with 409 and "请稍后重试", as /engine-rest and Tasklist's API
 * do (ADR 0046), instead of a 500 with a log id. Which failures count is decided in one place,
 * {@link CommandFailures#isLockGivenUp}: the SQLStates and H2 codes of a lock given up anywhere
 * in the cause chain (Spring's {@code CannotAcquireLockException}, {@code
 * PessimisticLockingFailureException} or {@code QueryTimeoutException} around it), or the
 * engine's {@link CommandFailures.LockTimeout} when the write was an engine command; and a
 * concurrent change of the same rows, the engine's optimistic-locking failure or deadlock
 * ({@link CommandFailures#isConcurrentChange}; audit 33b F5: a withdrawal racing a task's
 * completion, a supplement sent twice at once answered 500 with a log id).
 *
 * <p>Resolved before every {@code @ExceptionHandler} (several controllers catch {@code
 * RuntimeException} and rethrow what they do not know), after the request's transaction was
 * rolled back. The body is {@code {"error": english, "message": 中文}}, the shape of our staff
 * endpoints and of the public API (openapi.yaml). Any other failure is left to the handlers.
 */
@Component
@ConditionalOnWebApplication
public class LockTimeoutResponses implements HandlerExceptionResolver, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(LockTimeoutResponses.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public int getOrder() {
    // After Spring Boot's error attributes (which only note the exception), before the
    // @ExceptionHandler methods.
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception failure) {
    boolean lockGivenUp = CommandFailures.isLockGivenUp(failure);
    if (!lockGivenUp && !CommandFailures.isConcurrentChange(failure)
        || response.isCommitted()) {
      return null;
    }
    // Not the message: the statement may quote what was written.
    LOG.warn("{} {} {}; the client gets 409: {} (SQLState {})", request.getMethod(),
        request.getRequestURI(), lockGivenUp ? "gave up waiting for a row lock"
            : "lost to a concurrent change of the same rows", failure.getClass().getName(),
        sqlState(failure));
    try {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getOutputStream().write(JSON.writeValueAsBytes(body()));
    } catch (IOException e) {
      LOG.debug("The 409 could not be written", e);
    }
    return new ModelAndView();
  }

  /** {"error": english, "message": 中文}, as {@link ApiError#of}. */
  static Map<String, String> body() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", ApiError.english(CommandFailures.BUSY_MESSAGE));
    body.put("message", ApiError.chinese(CommandFailures.BUSY_MESSAGE));
    return body;
  }

  private static String sqlState(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
