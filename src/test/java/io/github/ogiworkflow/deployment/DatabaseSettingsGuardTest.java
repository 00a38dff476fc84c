package io.github.ogiworkflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.OgiWorkflowApplication;
import io.github.ogiworkflow.deployment.DatabaseSettingsGuard.ConnectionFailureMessage;
import io.github.ogiworkflow.deployment.DatabaseSettingsGuard.MissingDatabasePasswordException;
import io.github.ogiworkflow.support.ProductionSettings;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * Audit 37b F4: a database the app cannot use ends the start with a short message naming the
 * setting (OGI_DB_URL, OGI_DB_USER, OGI_DB_PASSWORD), not some 190 lines of stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseSettingsGuardTest {

  /** The postgres profile as the README starts it, with OGI_DB_PASSWORD not set. */
  @Test
  void refusesToStartOnPostgresqlWithoutAPassword() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("postgres").properties(ProductionSettings.agency());

    // As arguments: blank wins over an OGI_DB_PASSWORD set on the machine running the test.
    assertThatThrownBy(() -> app.run("--" + DatabaseSettingsGuard.PASSWORD + "=",
        "--spring.main.banner-mode=off", "--ogi.people.admin-password=Aa1-long-secret"))
        .isInstanceOf(MissingDatabasePasswordException.class);
  }

  @Test
  void anUnresolvedPasswordPlaceholderCountsAsMissing() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty(DatabaseSettingsGuard.URL, "jdbc:postgresql://localhost:5432/ogi")
        .withProperty(DatabaseSettingsGuard.PASSWORD, "${OGI_DB_PASSWORD}");

    assertThatThrownBy(() -> new DatabaseSettingsGuard().postProcessEnvironment(environment, null))
        .isInstanceOf(MissingDatabasePasswordException.class);
  }

  @Test
  void h2NeedsNoPassword() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty(DatabaseSettingsGuard.URL, "jdbc:h2:file:./data/ogi-workflow")
        .withProperty(DatabaseSettingsGuard.PASSWORD, "");

    new DatabaseSettingsGuard().postProcessEnvironment(environment, null);
  }

  @Test
  void theMissingPasswordMessageNamesTheVariable() {
    FailureAnalysis analysis = new DatabaseSettingsGuard.FailureMessage()
        .analyze(new MissingDatabasePasswordException());

    assertThat(analysis.getDescription()).contains("未配置数据库密码");
    assertThat(analysis.getAction()).contains("OGI_DB_PASSWORD");
  }

  /**
   * The real start on a PostgreSQL server that does not answer (port 1): Spring Boot's
   * "APPLICATION FAILED TO START" names OGI_DB_URL, and the failure's stack trace is not printed.
   */
  @Test
  void anUnreachableServerIsNamedWithoutAStackTrace(CapturedOutput output) {
    SpringApplicationBuilder app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("postgres").properties(ProductionSettings.agency());

    assertThatThrownBy(() -> app.run("--spring.main.banner-mode=off", "--server.port=0",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/ogi?password=not-shown",
        "--spring.datasource.username=ogi", "--spring.datasource.password=secret-not-shown",
        "--ogi.people.admin-password=Aa1-long-secret", ProductionSettings.LINK_SECRET_ARGUMENT,
        "--camunda.bpm.job-execution.enabled=false")).isNotNull();

    String printed = output.getAll();
    assertThat(printed).contains("APPLICATION FAILED TO START")
        .contains("无法连接数据库服务器：jdbc:postgresql://127.0.0.1:1/ogi")
        .contains("OGI_DB_URL").doesNotContain("secret-not-shown").doesNotContain("not-shown");
    assertThat(printed).doesNotContain("Application run failed");
  }

  /** The driver's own exceptions, as a start meets them. */
  @Test
  void explainsTheDatabasesRefusalsBySqlState() throws Exception {
    MockEnvironment environment = new MockEnvironment()
        .withProperty(DatabaseSettingsGuard.URL, "jdbc:postgresql://db:5432/ogi?password=x")
        .withProperty(DatabaseSettingsGuard.USER, "ogi")
        .withProperty(DatabaseSettingsGuard.PASSWORD, "secret-not-shown");
    ConnectionFailureMessage analyzer = new ConnectionFailureMessage(environment);

    FailureAnalysis login = analyzer.analyze(new IllegalStateException("Failed to start bean",
        new RuntimeException(new SQLException(
            "FATAL: password authentication failed for user \"ogi\"", "28P01"))));
    assertThat(login.getDescription()).contains("数据库拒绝了用户“ogi”的登录")
        .contains("jdbc:postgresql://db:5432/ogi").doesNotContain("password=x");
    assertThat(login.getAction()).contains("OGI_DB_USER", "OGI_DB_PASSWORD");

    FailureAnalysis missing = analyzer.analyze(new RuntimeException(new SQLException(
        "FATAL: database \"ogi\" does not exist", "3D000")));
    assertThat(missing.getDescription()).contains("数据库不存在");
    assertThat(missing.getAction()).contains("OGI_DB_URL");

    SQLException refused;
    try {
      DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/ogi", "ogi", "x").close();
      throw new AssertionError("port 1 answered");
    } catch (SQLException real) {
      refused = real;
    }
    FailureAnalysis unreachable = analyzer.analyze(new RuntimeException(refused));
    assertThat(unreachable.getDescription()).contains("无法连接数据库服务器");
    assertThat(unreachable.getAction()).contains("OGI_DB_URL");

    for (FailureAnalysis analysis : new FailureAnalysis[] {login, missing, unreachable}) {
      assertThat(analysis.getDescription() + analysis.getAction())
          .doesNotContain("secret-not-shown");
    }
    assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
    assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
  }
}
