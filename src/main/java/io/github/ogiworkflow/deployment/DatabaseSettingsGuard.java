package io.github.ogiworkflow.deployment;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Audit 37b F4: a database the app cannot use ends the start with a short message naming the
 * setting to fix, not a stack trace of some 190 lines whose cause is the sixth "Caused by".
 * <ul>
 *   <li>Before anything starts, a PostgreSQL URL without a password ({@value #PASSWORD_VARIABLE}
 *       unset in the {@code postgres} profile) is refused, as a missing {@code OGI_ADMIN_PASSWORD}
 *       is ({@code security/AdminPasswordGuard});
 *   <li>{@link ConnectionFailureMessage}: a start that failed because the database refused the
 *       login, does not exist, cannot be reached or refuses the rights the schema needs (by the
 *       SQLState of the driver's exception anywhere in the chain) is explained with the settings
 *       {@code OGI_DB_URL}, {@code OGI_DB_USER}, {@code OGI_DB_PASSWORD}; the password is never
 *       printed, nor the URL's parameters.
 * </ul>
 */
public class DatabaseSettingsGuard implements EnvironmentPostProcessor {

  static final String URL = "spring.datasource.url";
  static final String USER = "spring.datasource.username";
  static final String PASSWORD = "spring.datasource.password";
  static final String PASSWORD_VARIABLE = "OGI_DB_PASSWORD";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    Binder binder = Binder.get(environment);
    String url = binder.bind(URL, String.class).orElse("");
    if (!url.startsWith("jdbc:postgresql:")) {
      return; // H2 (the default) has no password to set
    }
    // An unset OGI_DB_PASSWORD leaves the placeholder of application-postgres.yaml unresolved.
    String password = binder.bind(PASSWORD, String.class).orElse("");
    if (password.isBlank() || password.matches("\\$\\{[^}]*}")) {
      throw new MissingDatabasePasswordException();
    }
  }

  /** Thrown when a PostgreSQL database is configured without a password. */
  public static class MissingDatabasePasswordException extends IllegalStateException {
    MissingDatabasePasswordException() {
      super("No database password is configured (" + PASSWORD + ", " + PASSWORD_VARIABLE + ")");
    }
  }

  /** The missing password as a readable start-up failure, in Chinese and English. */
  public static class FailureMessage
      extends AbstractFailureAnalyzer<MissingDatabasePasswordException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, MissingDatabasePasswordException cause) {
      return new FailureAnalysis("未配置数据库密码，系统拒绝启动（使用 PostgreSQL 时必须设置）。\n"
          + "No database password is configured, and the PostgreSQL database needs one.",
          "请设置环境变量 " + PASSWORD_VARIABLE + "（数据库用户 OGI_DB_USER 的密码）。\n"
              + "Set the environment variable " + PASSWORD_VARIABLE + " to the password of the"
              + " database user (OGI_DB_USER), e.g. in the service's environment file"
              + " (README \"Running in production\").", cause);
    }
  }

  /**
   * The database's refusal of the start, by SQLState: 28xxx the login (user or password, or no
   * pg_hba.conf entry), 3D000 no such database, 08xxx no connection, 42501 missing rights,
   * H2's 90020 a database file another process holds.
   */
  public static class ConnectionFailureMessage implements FailureAnalyzer, Ordered {

    private final Environment environment;

    public ConnectionFailureMessage(Environment environment) {
      this.environment = environment;
    }

    @Override
    public int getOrder() {
      // Before Spring Boot's own analyzers: one of them may know a wrapper of the cause.
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
      SQLException cause = databaseRefusal(failure);
      if (cause == null) {
        return null;
      }
      String state = cause.getSQLState();
      String url = shownUrl();
      String user = setting(USER);
      String said = firstLine(cause.getMessage());
      String description;
      String action;
      if (state.startsWith("28")) {
        description = "数据库拒绝了用户“" + user + "”的登录（用户名或密码错误，或数据库不允许从本机登录）。\n"
            + "The database refused the login of user '" + user + "' at " + url + ".";
        action = "请检查 OGI_DB_USER 和 OGI_DB_PASSWORD（以及 PostgreSQL 的 pg_hba.conf）。\n"
            + "Check OGI_DB_USER and OGI_DB_PASSWORD (and the server's pg_hba.conf).";
      } else if (state.equals("3D000")) {
        description = "数据库不存在：" + url + "\nThe database does not exist: " + url;
        action = "请检查 OGI_DB_URL 中的数据库名称，或先创建该数据库（属主为 OGI_DB_USER，见 README“PostgreSQL”）。\n"
            + "Check the database name in OGI_DB_URL, or create the database owned by"
            + " OGI_DB_USER (README \"PostgreSQL\").";
      } else if (state.startsWith("08")) {
        description = "无法连接数据库服务器：" + url + "\nThe database server cannot be reached: " + url;
        action = "请检查 OGI_DB_URL 中的主机和端口，以及数据库服务器是否已启动、防火墙是否放行。\n"
            + "Check the host and port in OGI_DB_URL, that the database server runs and that"
            + " this machine may connect to it.";
      } else if (state.equals("42501")) {
        description = "数据库用户“" + user + "”缺少建表等权限。\n"
            + "The database user '" + user + "' lacks a right the application needs.";
        action = "请使用该数据库的属主作为 OGI_DB_USER，或授予其在 public 模式中建表的权限（CREATE）。\n"
            + "Use the database's owner as OGI_DB_USER, or grant it CREATE on schema public.";
      } else {
        description = "数据库文件正被另一个进程使用：" + url + "\n"
            + "The database file is in use by another process: " + url;
        action = "H2 数据库只能由一个节点使用：请停止使用同一工作目录的另一个实例，多节点请使用 PostgreSQL。\n"
            + "An H2 database serves one node only: stop the other instance using this working"
            + " directory; use PostgreSQL for several nodes.";
      }
      return new FailureAnalysis(description + "\n数据库的答复 / The database said: " + said,
          action, cause);
    }

    private String setting(String key) {
      String value = environment == null ? null : environment.getProperty(key);
      return value == null ? "" : value;
    }

    /** The URL without its parameters (a password may be one of them). */
    private String shownUrl() {
      String url = setting(URL);
      int parameters = url.indexOf('?');
      url = parameters < 0 ? url : url.substring(0, parameters);
      int h2Options = url.indexOf(';');
      return h2Options < 0 ? url : url.substring(0, h2Options);
    }
  }

  private static final Set<String> OTHER_STATES = Set.of("3D000", "42501", "90020");

  /** The first SQLException in the chain whose SQLState is one the message explains. */
  static SQLException databaseRefusal(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("28") || state.startsWith("08") || OTHER_STATES.contains(state)) {
          return sql;
        }
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
