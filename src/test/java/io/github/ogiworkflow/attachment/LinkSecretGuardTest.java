package io.github.ogiworkflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.OgiWorkflowApplication;
import io.github.ogiworkflow.attachment.LinkSecretGuard.MissingLinkSecretException;
import io.github.ogiworkflow.support.ProductionSettings;
import io.github.ogiworkflow.support.ShippedYaml;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * Audit 37b F5: outside the demo profile the app refuses to start without the download links'
 * key (OGI_LINK_SECRET), as it refuses without the admin password: a random key per start voids
 * the applicants' links at every restart and on every other node.
 */
class LinkSecretGuardTest {

  @Test
  void refusesToStartWithoutTheKey() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("production").properties(ProductionSettings.agency());

    // As arguments: blank wins over an OGI_LINK_SECRET set on the machine running the test.
    assertThatThrownBy(() -> app.run("--" + LinkSecretGuard.PROPERTY + "=",
        "--ogi.people.admin-password=Aa1-long-secret", "--spring.main.banner-mode=off",
        // Were it not refused: an in-memory database on a free port, no job executor.
        "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:nolinksecret;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false"))
        .isInstanceOf(MissingLinkSecretException.class);
  }

  @Test
  void refusesAShortKey() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty(LinkSecretGuard.PROPERTY, "secret");

    assertThatThrownBy(() -> new LinkSecretGuard().postProcessEnvironment(environment, null))
        .isInstanceOf(MissingLinkSecretException.class);
    new LinkSecretGuard().postProcessEnvironment(new MockEnvironment().withProperty(
        LinkSecretGuard.PROPERTY, "k6Qm1vXo2yS3bT8nP0aR5cW7dE9fG4hJ"), null);
  }

  /** `mvn spring-boot:run` and the ITs start: the demo profile ships a key. */
  @Test
  void theDemoProfileHasAKey() {
    assertThat(ShippedYaml.of("application-demo.yaml").getProperty(LinkSecretGuard.PROPERTY))
        .contains("OGI_LINK_SECRET");
  }

  @Test
  void explainsWhichVariableToSet() {
    FailureAnalysis analysis = new LinkSecretGuard.FailureMessage()
        .analyze(new MissingLinkSecretException());

    assertThat(analysis.getDescription()).contains("下载链接", "download links");
    assertThat(analysis.getAction()).contains("OGI_LINK_SECRET", "每个节点使用同一个值", "demo");
  }
}
