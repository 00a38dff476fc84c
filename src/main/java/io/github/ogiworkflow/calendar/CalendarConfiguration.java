package io.github.ogiworkflow.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link WorkingDayCalendar}, read once at start-up from the classpath. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

  @Bean
  public WorkingDayCalendar workingDayCalendar() {
    return WorkingDayCalendar.fromClasspath();
  }
}
