package io.github.ogiworkflow.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without an administrator password. Only the {@code demo} profile ships one;
 * everywhere else it must come from {@value #VARIABLE}, so no installation runs with a password
 * that is printed in a public repository.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final String PROPERTY = "ogi.people.admin-password";
  static final String VARIABLE = "OGI_ADMIN_PASSWORD";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    String password = environment.getProperty(PROPERTY);
    if (password == null || password.isBlank()) {
      throw new MissingAdminPasswordException();
    }
  }

  /** Thrown when no admin password is configured. */
  public static class MissingAdminPasswordException extends IllegalStateException {
    MissingAdminPasswordException() {
      super("No administrator password is configured (" + PROPERTY + ")");
    }
  }

  /** Turns the exception into a readable start-up failure message instead of a stack trace. */
  public static class FailureMessage extends AbstractFailureAnalyzer<MissingAdminPasswordException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, MissingAdminPasswordException cause) {
      return new FailureAnalysis(
          "No administrator password is configured, and only the 'demo' profile has one.",
          "Set the environment variable " + VARIABLE + " to the password of the 'admin' user "
              + "(used when the account is first created), or start with the demo profile "
              + "(mvn spring-boot:run, or --spring.profiles.active=demo) for a local demo.",
          cause);
    }
  }
}
