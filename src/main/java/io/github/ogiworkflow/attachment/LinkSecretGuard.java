package io.github.ogiworkflow.attachment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without the key of the applicants' download links (audit 37b F5). Without it
 * each start of each node signs with a random key: after a restart (nightly patching) or on
 * another node of a cluster every link an applicant was sent stops working. Only the {@code demo}
 * profile ships a key, as it ships the admin password ({@code security/AdminPasswordGuard});
 * everywhere else it comes from {@value #VARIABLE}, the same value on every node.
 */
public class LinkSecretGuard implements EnvironmentPostProcessor {

  static final String PROPERTY = "ogi.attachments.link-secret";
  static final String VARIABLE = "OGI_LINK_SECRET";
  /** A guessable key would let anyone sign a link: 32 characters, as openssl rand -base64 24. */
  static final int MIN_LENGTH = 32;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    String secret = environment.getProperty(PROPERTY);
    if (secret == null || secret.strip().length() < MIN_LENGTH) {
      throw new MissingLinkSecretException();
    }
  }

  /** Thrown when the download links' key is missing or too short. */
  public static class MissingLinkSecretException extends IllegalStateException {
    MissingLinkSecretException() {
      super("No key of at least " + MIN_LENGTH + " characters is configured for the applicants'"
          + " download links (" + PROPERTY + ")");
    }
  }

  /** A readable start-up failure, in Chinese and English, instead of a stack trace. */
  public static class FailureMessage extends AbstractFailureAnalyzer<MissingLinkSecretException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, MissingLinkSecretException cause) {
      return new FailureAnalysis("未配置申请人下载链接的签名密钥（至少" + MIN_LENGTH + "个字符），系统拒绝启动："
          + "没有它，每次重启或换一个节点，已发给申请人的下载链接都会失效。\n"
          + "The key of the applicants' download links is not configured (at least " + MIN_LENGTH
          + " characters): without it every restart, and every other node, voids the links the"
          + " applicants were sent.",
          "请设置环境变量 " + VARIABLE + "（例如 openssl rand -base64 32 的结果），集群中每个节点使用同一个值；"
              + "本地演示可使用 demo 配置。\n"
              + "Set the environment variable " + VARIABLE + " (e.g. the output of openssl rand"
              + " -base64 32), the same value on every node of a cluster, or start with the demo"
              + " profile (mvn spring-boot:run, or --spring.profiles.active=demo) for a local"
              + " demo.", cause);
    }
  }
}
