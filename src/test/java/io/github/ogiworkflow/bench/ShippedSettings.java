package io.github.ogiworkflow.bench;

import io.github.ogiworkflow.support.ShippedYaml;
import java.util.Locale;
import java.util.Properties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * What the app ships in {@code application.yaml}, for benchmarks that run parts of it without
 * Spring Boot: they pay what the app pays, not more or less.
 */
final class ShippedSettings {

  private static final String LOG_LEVEL = "logging.level.";

  private ShippedSettings() {}

  /** application.yaml as flat properties (e.g. {@code spring.datasource.url}). */
  static Properties applicationYaml() {
    return ShippedYaml.of("application.yaml");
  }

  /**
   * The app's log levels: Spring Boot's INFO, and application.yaml's {@code logging.level.*}
   * (e.g. poi-tl at WARN, which otherwise writes a line per field of every letter it renders).
   * Returns how many named levels were set.
   */
  static int applyLogLevels() {
    LoggingSystem logging = LoggingSystem.get(ShippedSettings.class.getClassLoader());
    logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
    int named = 0;
    Properties yaml = applicationYaml();
    for (String key : yaml.stringPropertyNames()) {
      if (key.startsWith(LOG_LEVEL)) {
        logging.setLogLevel(key.substring(LOG_LEVEL.length()),
            LogLevel.valueOf(yaml.getProperty(key).trim().toUpperCase(Locale.ROOT)));
        named++;
      }
    }
    return named;
  }
}
