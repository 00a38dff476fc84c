package io.github.ogiworkflow.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %xEx}/{@code %xException}/{@code %xThrowable} with ID and phone numbers masked.
 */
public class MaskingExtendedThrowableConverter extends ExtendedThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataMasker.mask(super.convert(event));
  }
}
