package io.github.ogiworkflow.letter;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start until the agency every letter names is configured (ADR 0051): a letter signed
 * （机关名称未配置）, remedies naming （复议机关未配置） (ARL Art. 20, 23(2) require the real body),
 * a 文号 without the agency's 机关代字, a fee notice without where to pay, a pleading without the
 * 法定代表人 must never be issued. Only the {@code demo} profile ships these settings
 * (application-demo.yaml), as it ships the admin password ({@code AdminPasswordGuard}); everywhere
 * else they must be set. {@code contact-person} keeps its default (政府信息公开工作机构).
 */
public class AgencySettingsGuard implements EnvironmentPostProcessor {

  /**
   * Every setting a letter cannot do without, with what it is in Chinese: the components of
   * {@link AgencyProperties} marked {@link AgencyProperties.Required}, by their keys.
   */
  static final Map<String, String> REQUIRED = required();

  private static Map<String, String> required() {
    Map<String, String> required = new LinkedHashMap<>();
    for (RecordComponent component : AgencyProperties.class.getRecordComponents()) {
      AgencyProperties.Required label = component.getAnnotation(AgencyProperties.Required.class);
      if (label != null) {
        required.put(AgencyProperties.PREFIX + "."
            + DataObjectPropertyName.toDashedForm(component.getName()), label.value());
      }
    }
    return Collections.unmodifiableMap(required);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    Binder binder = Binder.get(environment);
    List<String> missing = new ArrayList<>();
    for (String key : REQUIRED.keySet()) {
      if (binder.bind(key, String.class).map(String::isBlank).orElse(true)) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingAgencySettingsException(missing);
    }
  }

  /** The environment variable Spring Boot reads for a setting: OGI_AGENCY_RECONSIDERATIONBODY. */
  static String variable(String key) {
    return key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** Thrown when a setting the letters name is missing or blank. */
  public static class MissingAgencySettingsException extends IllegalStateException {

    private final List<String> missing;

    MissingAgencySettingsException(List<String> missing) {
      super("The agency's settings the letters name are not configured: "
          + String.join(", ", missing));
      this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
      return missing;
    }
  }

  /** A readable start-up failure, in Chinese and English, instead of a stack trace. */
  public static class FailureMessage
      extends AbstractFailureAnalyzer<MissingAgencySettingsException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, MissingAgencySettingsException cause) {
      StringBuilder description = new StringBuilder("未配置本机关的以下信息，文书无法依法载明，系统拒绝启动"
          + "（只有 demo 演示配置自带示例值）：\n"
          + "The agency's settings that the letters must name are not configured, and only the"
          + " 'demo' profile has them:\n");
      StringBuilder action = new StringBuilder("请在工作目录下的 config/application.yaml 中配置，"
          + "或设置对应的环境变量；本地演示可使用 demo 配置。\n"
          + "Set them in config/application.yaml in the working directory (ogi.agency.*), or as"
          + " environment variables, or start with the demo profile (mvn spring-boot:run, or"
          + " --spring.profiles.active=demo) for a local demo:\n");
      for (String key : cause.missing()) {
        description.append("  ").append(key).append("  ").append(REQUIRED.get(key)).append('\n');
        action.append("  ").append(key).append("  or  ").append(variable(key)).append('\n');
      }
      return new FailureAnalysis(description.toString().strip(), action.toString().strip(),
          cause);
    }
  }
}
