package io.github.ogiworkflow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * Initializes logging the way Spring Boot does at startup, so the real {@code logback-spring.xml}
 * is found and used, and checks what reaches the console and the log file.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogbackSpringConfigTest {

  private static final String ID_NUMBER = "350502199001011234";
  private static final String PHONE_NUMBER = "13812345678";

  private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
  private final MockEnvironment environment = new MockEnvironment();
  // Spring Boot hands settings to Logback as system properties and never overwrites them, so
  // each test starts without them and leaves the JVM as it found it.
  private final Map<String, String> savedSystemProperties = new HashMap<>();

  @BeforeEach
  void clearLoggingSystemProperties() {
    for (String name : loggingSystemPropertyNames()) {
      savedSystemProperties.put(name, System.getProperty(name));
      System.clearProperty(name);
    }
  }

  @AfterEach
  void restoreDefaultLogging() {
    loggingSystem.cleanUp();
    LoggerContext loggerContext = loggerContext();
    loggerContext.reset();
    try {
      new ContextInitializer(loggerContext).autoConfig();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    savedSystemProperties.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  @Test
  void consoleKeepsSpringBootLayoutAndMasksMessageAndStackTrace(CapturedOutput output) {
    initializeLogging();

    LoggerFactory.getLogger("io.github.ogiworkflow.Applicants")
        .error(
            "Applicant {} with phone {} rejected",
            ID_NUMBER,
            PHONE_NUMBER,
            new IllegalStateException("duplicate ID " + ID_NUMBER));

    assertThat(output.getOut())
        .contains(" ERROR ")
        .contains("io.github.ogiworkflow.Applicants")
        .contains(" : Applicant [ID-MASKED] with phone [PHONE-MASKED] rejected")
        .contains("java.lang.IllegalStateException: duplicate ID [ID-MASKED]")
        .doesNotContain(ID_NUMBER)
        .doesNotContain(PHONE_NUMBER);
    assertThat(new StatusUtil(loggerContext()).getHighestLevel(0)).isLessThan(Status.WARN);
    assertThat(rootLogger().getLevel()).isEqualTo(Level.INFO);
    assertThat(rootLogger().getAppender("FILE")).isNull();
  }

  /** Refused input is answered 400; the engine's ERROR line for it is dropped (audit 24, F12). */
  @Test
  void theEnginesErrorLineForRefusedInputIsDroppedAndOtherFailuresStay(CapturedOutput output) {
    initializeLogging();
    org.slf4j.Logger engineContext =
        LoggerFactory.getLogger(RefusedInputLogFilter.ENGINE_CONTEXT_LOGGER);

    engineContext.error("ENGINE-16004 Exception while closing command context: {}",
        "refused input", new org.camunda.bpm.engine.ProcessEngineException("wrapped",
            new org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException(null,
                "receivedOn lies in the future（收到申请日期：不能晚于今天）")));
    engineContext.error("ENGINE-16004 Exception while closing command context: {}",
        "a real failure", new IllegalStateException("disk full"));

    assertThat(output.getOut()).doesNotContain("refused input").doesNotContain("收到申请日期")
        .contains("a real failure").contains("disk full");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%m", "%msg", "%message"})
  void masksEveryMessageConversionWord(String messageWord, CapturedOutput output) {
    environment.setProperty("logging.pattern.console", "%level " + messageWord + "%n");
    initializeLogging();

    LoggerFactory.getLogger(getClass()).info("phone {}", PHONE_NUMBER);

    assertThat(output.getOut()).contains("INFO phone [PHONE-MASKED]").doesNotContain(PHONE_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%wEx", "%wex", "%ex", "%exception", "%throwable",
        "%xEx", "%xException", "%xThrowable", "%rEx", "%rootException"
      })
  void masksEveryThrowableConversionWord(String exceptionWord, CapturedOutput output) {
    environment.setProperty("logging.exception-conversion-word", exceptionWord);
    initializeLogging();

    LoggerFactory.getLogger(getClass())
        .error("failed", new IllegalStateException("duplicate ID " + ID_NUMBER));

    assertThat(output.getOut())
        .contains("IllegalStateException: duplicate ID [ID-MASKED]")
        .doesNotContain(ID_NUMBER);
  }

  @Test
  void writesMaskedLogFileWhenOneIsConfigured(@TempDir Path logDirectory) throws IOException {
    Path logFile = logDirectory.resolve("ogi-workflow.log");
    environment.setProperty("logging.file.name", logFile.toString());
    initializeLogging();

    LoggerFactory.getLogger(getClass())
        .info("申请人身份证号{}，电话{}", ID_NUMBER, PHONE_NUMBER);

    assertThat(Files.readString(logFile, StandardCharsets.UTF_8))
        .contains(" : 申请人身份证号[ID-MASKED]，电话[PHONE-MASKED]")
        .doesNotContain(ID_NUMBER)
        .doesNotContain(PHONE_NUMBER);
  }

  private void initializeLogging() {
    loggingSystem.cleanUp();
    loggingSystem.beforeInitialize();
    // A null location lets Spring Boot look up logback-spring.xml itself, as at startup.
    loggingSystem.initialize(
        new LoggingInitializationContext(environment), null, LogFile.get(environment));
  }

  private static LoggerContext loggerContext() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }

  private static Logger rootLogger() {
    return loggerContext().getLogger(Logger.ROOT_LOGGER_NAME);
  }

  private static List<String> loggingSystemPropertyNames() {
    return Arrays.stream(LoggingSystemProperty.values())
        .map(LoggingSystemProperty::getEnvironmentVariableName)
        .toList();
  }
}
