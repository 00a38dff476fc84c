package io.github.ogiworkflow.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/** Spring Boot's {@code %wex} with ID and phone numbers masked. */
public class MaskingWhitespaceThrowableConverter extends WhitespaceThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataMasker.mask(super.convert(event));
  }
}
