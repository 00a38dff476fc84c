package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.OgiWorkflowApplication;
import io.github.ogiworkflow.security.AdminPasswordGuard.MissingAdminPasswordException;
import io.github.ogiworkflow.support.ProductionSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Outside the demo profile the app refuses to start until an admin password is configured. */
class AdminPasswordGuardTest {

  @Test
  void refusesToStartWithoutAnAdminPassword() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("production")
        // Blank wins over an OGI_ADMIN_PASSWORD that may be set on the machine running the test.
        .properties(AdminPasswordGuard.PROPERTY + "=", "spring.main.banner-mode=off")
        // The agency's settings are there: only the password is missing (ADR 0051).
        .properties(ProductionSettings.agency());

    assertThatThrownBy(() -> app.run()).isInstanceOf(MissingAdminPasswordException.class);
  }

  /** Outside the demo profile the engine's password policy holds for the seeded admin too. */
  @Test
  void refusesToStartWithAnAdminPasswordThePolicyRefuses() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("production").properties(ProductionSettings.agency());

    // As arguments: they win over application.yaml, as OGI_ADMIN_PASSWORD would.
    assertThatThrownBy(() -> app.run("--" + AdminPasswordGuard.PROPERTY + "=a-long-secret",
        ProductionSettings.LINK_SECRET_ARGUMENT,
        "--spring.main.banner-mode=off", "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:weakadmin;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not satisfy the password policy")
        .hasMessageContaining("PASSWORD_POLICY_UPPERCASE")
        .hasMessageContaining("PASSWORD_POLICY_DIGIT");
  }

  @Test
  void explainsWhichVariableToSet() {
    FailureAnalysis analysis = new AdminPasswordGuard.FailureMessage()
        .analyze(new MissingAdminPasswordException());

    assertThat(analysis.getAction()).contains("OGI_ADMIN_PASSWORD").contains("demo");
    assertThat(analysis.getDescription()).contains("administrator password");
  }
}
