package io.github.ogiworkflow.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback {@code %m}/{@code %msg}/{@code %message} that masks ID and phone numbers in the
 * formatted message, i.e. after the {@code {}} arguments have been filled in.
 */
public class PersonalDataMaskingConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataMasker.mask(super.convert(event));
  }
}
