package io.github.ogiworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/** The lifecycle benchmark logs as the app does, without Spring Boot. */
class ShippedSettingsTest {

  static final String POI_TL = "com.deepoove.poi";

  final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
  final LogLevel rootBefore = logging.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME)
      .getEffectiveLevel();

  @AfterEach
  void putBack() {
    logging.setLogLevel(POI_TL, null);
    logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, rootBefore);
  }

  @Test
  void theAppsLogLevelsApply() {
    int named = ShippedSettings.applyLogLevels();

    assertThat(named).isPositive();
    // application.yaml: poi-tl at WARN, so rendering a letter logs nothing at INFO.
    assertThat(LoggerFactory.getLogger(POI_TL + ".render.DefaultRender").isInfoEnabled())
        .isFalse();
    assertThat(LoggerFactory.getLogger("org.camunda.bpm.engine").isInfoEnabled()).isTrue();
    assertThat(LoggerFactory.getLogger("org.camunda.bpm.engine").isDebugEnabled()).isFalse();
  }
}
