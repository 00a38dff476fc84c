package io.github.ogiworkflow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logs through a real, isolated Logback context whose layout uses the masking converters. */
class PersonalDataLoggingTest {

  private final LoggerContext loggerContext = new LoggerContext();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private Logger logger;

  @BeforeEach
  void logThroughMaskingLayout() {
    // A context built by hand has no MDC adapter; events cannot be created without one.
    loggerContext.setMDCAdapter(new LogbackMDCAdapter());

    PatternLayout layout = new PatternLayout();
    layout.setContext(loggerContext);
    layout.setPattern("%level %logger - %m%n%wEx");
    layout.getInstanceConverterMap().put("m", PersonalDataMaskingConverter::new);
    layout.getInstanceConverterMap().put("wEx", MaskingWhitespaceExtendedThrowableConverter::new);
    layout.start();

    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(loggerContext);
    encoder.setLayout(layout);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();

    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(loggerContext);
    appender.setEncoder(encoder);
    appender.setOutputStream(output);
    appender.start();

    logger = loggerContext.getLogger(PersonalDataLoggingTest.class);
    logger.addAppender(appender);
    logger.setAdditive(false);
  }

  @AfterEach
  void stopLogging() {
    loggerContext.stop();
  }

  @Test
  void masksNumbersPassedAsArguments() {
    logger.info(
        "Applicant {} registered with phone {} for {}",
        "350502199001011234",
        "13812345678",
        "YSQ-2026-000123");

    assertThat(loggedText())
        .contains("Applicant [ID-MASKED] registered with phone [PHONE-MASKED] for YSQ-2026-000123")
        .doesNotContain("350502199001011234")
        .doesNotContain("13812345678");
  }

  @Test
  void masksNumbersWrittenIntoTheMessage() {
    logger.warn("申请人身份证号35050219900101123X，电话0595-12345678");

    assertThat(loggedText())
        .contains("申请人身份证号[ID-MASKED]，电话[PHONE-MASKED]")
        .doesNotContain("35050219900101123X")
        .doesNotContain("12345678");
  }

  @Test
  void masksNumbersInExceptionMessagesAndCauses() {
    Exception cause = new IllegalArgumentException("no applicant with phone 138-1234-5678");
    Exception failure = new IllegalStateException("lookup of ID 350502199001011234 failed", cause);

    logger.error("Registration failed", failure);

    assertThat(loggedText())
        .contains("IllegalStateException: lookup of ID [ID-MASKED] failed")
        .contains("IllegalArgumentException: no applicant with phone [PHONE-MASKED]")
        .contains("at io.github.ogiworkflow.logging.PersonalDataLoggingTest")
        .doesNotContain("350502199001011234")
        .doesNotContain("138-1234-5678");
  }

  private String loggedText() {
    return output.toString(StandardCharsets.UTF_8);
  }
}
