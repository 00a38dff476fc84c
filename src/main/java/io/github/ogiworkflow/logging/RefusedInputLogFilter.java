package io.github.ogiworkflow.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Marker;

/**
 * Input a step refused is answered 400 with its Chinese message on the field; the engine also
 * logged each such refusal as an ERROR (ENGINE-16004, "Exception while closing command context"),
 * so a day of typing mistakes read like a day of failures (audit round 24, F12). The engine
 * already logs its own bad-request exceptions at DEBUG; a form-field refusal (our steps'
 * {@code InvalidInput} is one) is dropped from that logger the same way. Every other failure
 * there is still logged.
 */
public class RefusedInputLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format,
      Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    // The engine passes the exception as the last argument of its message, not as {@code t}.
    Throwable thrown = t != null ? t : params != null && params.length > 0
        && params[params.length - 1] instanceof Throwable last ? last : null;
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null
        : cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
