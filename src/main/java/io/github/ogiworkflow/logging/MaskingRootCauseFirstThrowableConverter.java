package io.github.ogiworkflow.logging;

import ch.qos.logback.classic.pattern.RootCauseFirstThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %rEx}/{@code %rootException} with ID and phone numbers masked. */
public class MaskingRootCauseFirstThrowableConverter extends RootCauseFirstThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataMasker.mask(super.convert(event));
  }
}
