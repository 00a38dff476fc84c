package io.github.ogiworkflow.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (the stack trace in its default patterns) with ID and phone numbers
 * masked, since exception messages can quote applicant data.
 */
public class MaskingWhitespaceExtendedThrowableConverter
    extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataMasker.mask(super.convert(event));
  }
}
