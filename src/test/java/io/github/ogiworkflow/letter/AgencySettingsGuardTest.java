package io.github.ogiworkflow.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.OgiWorkflowApplication;
import io.github.ogiworkflow.letter.AgencySettingsGuard.MissingAgencySettingsException;
import io.github.ogiworkflow.support.ProductionSettings;
import io.github.ogiworkflow.support.ShippedYaml;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo profile the app refuses to start until the agency every letter names is
 * configured (ADR 0051): no letter signed （机关名称未配置）, no remedies naming
 * （复议机关未配置） (ARL Art. 20, 23(2)), no 文号 without the agency's 机关代字.
 */
class AgencySettingsGuardTest {

  private static final String ADMIN_PASSWORD = "--ogi.people.admin-password=Long-Secret-2026";

  @Test
  void refusesToStartWithoutTheAgencysSettings() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("production").properties("spring.main.banner-mode=off");

    assertThatThrownBy(() -> close(app.run(ADMIN_PASSWORD, "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:noagency;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false")))
        .isInstanceOfSatisfying(MissingAgencySettingsException.class, e -> assertThat(e.missing())
            .containsExactlyElementsOf(AgencySettingsGuard.REQUIRED.keySet()));
  }

  /** A blank setting is as good as none; the refusal names exactly what is missing. */
  @Test
  void refusesToStartWithABlankReconsiderationBody() {
    List<String> args = new ArrayList<>(List.of(ProductionSettings.agencyArguments()));
    args.replaceAll(a -> a.startsWith("--ogi.agency.reconsideration-body=")
        ? "--ogi.agency.reconsideration-body= " : a);
    // Were it not refused: an in-memory database on a free port, no job executor.
    args.addAll(List.of(ADMIN_PASSWORD, "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:blankbody;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false"));
    SpringApplicationBuilder app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("production").properties("spring.main.banner-mode=off");

    assertThatThrownBy(() -> close(app.run(args.toArray(String[]::new))))
        .isInstanceOfSatisfying(MissingAgencySettingsException.class, e -> assertThat(e.missing())
            .containsExactly("ogi.agency.reconsideration-body"));
  }

  /**
   * With every setting (and an admin password) a start outside the demo profile gets past the
   * guards and binds the settings. A minimal configuration, so the check costs no engine start;
   * the guards, application.yaml and the profile are Spring Boot's as for the app.
   */
  @Test
  void startsWithTheAgencysSettings() {
    List<String> args = new ArrayList<>(List.of(ProductionSettings.agencyArguments()));
    args.addAll(List.of(ADMIN_PASSWORD, ProductionSettings.LINK_SECRET_ARGUMENT,
        "--spring.main.banner-mode=off"));
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
        .web(WebApplicationType.NONE).profiles("production").run(args.toArray(String[]::new))) {
      AgencyProperties agency = context.getBean(AgencyProperties.class);
      assertThat(agency.name()).isEqualTo("示范市市场监督管理局");
      assertThat(agency.reconsiderationBody()).isEqualTo("示范市人民政府");
      assertThat(agency.documentPrefix()).isEqualTo("示市监信公开");
    }
  }

  /** Not a {@code @Configuration}: the app's component scan must not pick it up in other tests. */
  @EnableConfigurationProperties(AgencyProperties.class)
  static class Settings {}

  /** The demo profile ships every setting, so `mvn spring-boot:run` and the ITs start. */
  @Test
  void theDemoProfileHasEverySetting() {
    Properties demo = ShippedYaml.of("application-demo.yaml");
    for (String key : AgencySettingsGuard.REQUIRED.keySet()) {
      assertThat(demo.getProperty(key)).as(key).isNotBlank();
    }
  }

  /**
   * One list of the settings: the guard requires every component of the record that has no
   * default (so none binds to nothing), by the key Spring Boot binds it from, and those are what
   * an installation sets ({@link ProductionSettings}).
   */
  @Test
  void requiresEverySettingWithoutADefault() throws Exception {
    RecordComponent[] components = AgencyProperties.class.getRecordComponents();
    Parameter[] parameters = AgencyProperties.class.getDeclaredConstructor(
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
        .getParameters();
    for (int i = 0; i < components.length; i++) {
      assertThat(components[i].isAnnotationPresent(AgencyProperties.Required.class))
          .as(components[i].getName())
          .isNotEqualTo(parameters[i].isAnnotationPresent(DefaultValue.class));
    }
    assertThat(AgencySettingsGuard.REQUIRED).containsEntry("ogi.agency.reconsideration-body",
        "行政复议机关（救济途径）").doesNotContainKey("ogi.agency.contact-person");
    assertThat(Arrays.stream(ProductionSettings.agency()).map(s -> s.substring(0, s.indexOf('='))))
        .containsExactlyInAnyOrderElementsOf(AgencySettingsGuard.REQUIRED.keySet());
  }

  @Test
  void explainsInChineseAndEnglishWhatToSet() {
    FailureAnalysis analysis = new AgencySettingsGuard.FailureMessage().analyze(
        new MissingAgencySettingsException(List.of("ogi.agency.name",
            "ogi.agency.reconsideration-body")));

    assertThat(analysis.getDescription()).contains("未配置本机关的以下信息", "not configured",
        "ogi.agency.name", "机关名称", "ogi.agency.reconsideration-body", "行政复议机关")
        .doesNotContain("document-prefix");
    assertThat(analysis.getAction()).contains("config/application.yaml", "demo",
        "OGI_AGENCY_NAME", "OGI_AGENCY_RECONSIDERATIONBODY");
  }

  private static void close(ConfigurableApplicationContext context) {
    context.close();
  }
}
