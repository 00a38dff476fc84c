package io.github.ogiworkflow.support;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock for tests: every "today" of a case (OfficeTime, due dates) follows it. */
public final class EngineClock {

  private EngineClock() {}

  /** Sets the clock to 10:00 Beijing time on {@code day}. */
  public static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(OfficeTime.ZONE).toInstant()));
  }

  /** Back to the real time (in an {@code @AfterEach}: the clock is global to the JVM). */
  public static void reset() {
    ClockUtil.reset();
  }
}
