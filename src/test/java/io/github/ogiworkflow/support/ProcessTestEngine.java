package io.github.ogiworkflow.support;

import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.privacy.PersonalDataMaskingPlugin;
import io.github.ogiworkflow.process.CommandFailures;
import io.github.ogiworkflow.process.JobRetries;
import io.github.ogiworkflow.process.RefusalIncidents;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.SpringProcessWithCoverageEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A real engine for process scenario tests, fast enough for one per test class: our own beans
 * (delegates, register, calendar, letters) in a small Spring context without the web layer, the
 * register migrated by Flyway, a fresh in-memory H2 database, Spring transactions shared by the
 * engine and the register as in the app, and the coverage plugin.
 */
public final class ProcessTestEngine {

  /** The packages whose beans the models call. */
  static final String[] DOMAIN_PACKAGES = {
      "io.github.ogiworkflow.calendar", "io.github.ogiworkflow.consultation",
      "io.github.ogiworkflow.deadline", "io.github.ogiworkflow.fee",
      "io.github.ogiworkflow.intake", "io.github.ogiworkflow.letter",
      "io.github.ogiworkflow.register", "io.github.ogiworkflow.reply",
      "io.github.ogiworkflow.review",
      // Proactive disclosure (its web endpoints are skipped: they need a web application).
      "io.github.ogiworkflow.publication",
      // Online applications (网上申请)
      "io.github.ogiworkflow.online",
      // appeals (issue 4)
      "io.github.ogiworkflow.appeal",
      // annual report process (issue 6)
      "io.github.ogiworkflow.report"};

  public static final String AGENCY = "示范市市场监督管理局";
  public static final String RECONSIDERATION_BODY = "示范市人民政府";

  private ProcessTestEngine() {}

  /**
   * The JUnit extension: engine plus coverage, asserting the class covers at least {@code min}
   * of its deployed processes, except those excluded (processes a class needs deployed but does
   * not test).
   */
  public static ProcessEngineCoverageExtension withCoverageAtLeast(double min,
      String... excludedProcessKeys) {
    return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
        .builder(configuration()).excludeProcessDefinitionKeys(excludedProcessKeys)
        .assertClassCoverageAtLeast(min).build();
  }

  /**
   * A fresh in-memory H2 database per engine, or, with {@code -Dogi.test.jdbcUrl} (plus
   * {@code ogi.test.jdbcUser} and {@code ogi.test.jdbcPassword}), the given database, e.g. the
   * PostgreSQL that {@code .ci/run} starts to run the scenarios there too.
   */
  public static ProcessEngineConfiguration configuration() {
    return configuration(testDatabase(), new SpringProcessWithCoverageEngineConfiguration());
  }

  /**
   * One pool for all engines of a PostgreSQL pass: every test class builds its own engine and
   * none closes its data source, so a pool per class ran the server out of connections once the
   * pass had some fifty classes (FATAL 53300). The classes share the database anyway.
   */
  private static HikariDataSource postgresPool;

  static synchronized DataSource testDatabase() {
    String url = System.getProperty("ogi.test.jdbcUrl");
    if (url != null && !url.isBlank()) {
      if (postgresPool == null) {
        // The driver as the app's postgres profile sets it up.
        HikariDataSource pool = ShippedPostgres.apply(new HikariDataSource());
        pool.setJdbcUrl(url);
        pool.setUsername(System.getProperty("ogi.test.jdbcUser"));
        pool.setPassword(System.getProperty("ogi.test.jdbcPassword"));
        pool.setMaximumPoolSize(8);
        postgresPool = pool;
      }
      return postgresPool;
    }
    JdbcDataSource dataSource = new JdbcDataSource();
    // The lock timeout as the app's URL sets it: filings of one case wait for its row (ADR 0059).
    dataSource.setURL("jdbc:h2:mem:process-test-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    dataSource.setUser("sa");
    return dataSource;
  }

  /**
   * The same engine on any database and configuration class (the benchmarks use a plain
   * {@code SpringProcessEngineConfiguration}, without the coverage plugin).
   */
  public static ProcessEngineConfiguration configuration(DataSource dataSource,
      SpringProcessEngineConfiguration configuration) {
    Flyway.configure().dataSource(dataSource).table("ogi_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);

    AnnotationConfigApplicationContext beans = new AnnotationConfigApplicationContext();
    beans.registerBean(DataSource.class, () -> dataSource);
    beans.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
    beans.registerBean(PlatformTransactionManager.class, () -> transactions);
    beans.registerBean(DeadlineProperties.class, DeadlineProperties::defaults);
    beans.registerBean(AgencyProperties.class,
        () -> new AgencyProperties(AGENCY, RECONSIDERATION_BODY));
    beans.scan(DOMAIN_PACKAGES);
    beans.refresh();

    Map<Object, Object> byName = new HashMap<>();
    for (String name : beans.getBeanDefinitionNames()) {
      byName.put(name, beans.getBean(name));
    }

    configuration.setProcessEngineName("process-test-" + UUID.randomUUID());
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactions);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(byName);
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    // Our own plugins, as the app's engine has them (e.g. the tasks' 即将到期 dates).
    byName.values().stream().filter(ProcessEnginePlugin.class::isInstance)
        .map(ProcessEnginePlugin.class::cast)
        .forEach(configuration.getProcessEnginePlugins()::add);
    configuration.getProcessEnginePlugins().add(new DemoPeople());
    // The app's engine-wide retry cycle (process is not scanned: it holds no other beans here),
    // and no retries for a refusal no retry can fix (StepRefused).
    configuration.getProcessEnginePlugins().add(new JobRetries());
    configuration.getProcessEnginePlugins().add(new RefusalIncidents());
    // A task listener's refusal thrown as itself, a lock given up as LockTimeout (ADR 0046).
    configuration.getProcessEnginePlugins().add(new CommandFailures());
    // A refusal names a field as the form being submitted labels it (ADR 0072).
    configuration.getProcessEnginePlugins().add(new io.github.ogiworkflow.process.SubmittedForm());
    // Personal data masked in variables and history, as in the app (privacy is not scanned).
    if (configuration.getProcessEnginePlugins().stream()
        .noneMatch(PersonalDataMaskingPlugin.class::isInstance)) {
      configuration.getProcessEnginePlugins().add(new PersonalDataMaskingPlugin());
    }
    return configuration;
  }

  /**
   * The demo profile's people and groups (application-demo.yaml), so that the checks asking the
   * identity service who is in {@code legal} or {@code leadership} see the test users as the app
   * does.
   */
  static final class DemoPeople extends AbstractProcessEnginePlugin {

    static final String[][] PEOPLE = {
        {"wangli", "office"}, {"zhangwei", "office"}, {"lina", "legal"}, {"liuyang", "legal"},
        {"chengang", "leadership"}, {"zhaomin", "leadership"}, {"sunyue", "auditor"}};

    @Override
    public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
      IdentityService identity = engine.getIdentityService();
      for (String group : new String[] {"office", "legal", "leadership", "auditor"}) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
          identity.saveGroup(identity.newGroup(group));
        }
      }
      for (String[] person : PEOPLE) {
        if (identity.createUserQuery().userId(person[0]).count() == 0) {
          identity.saveUser(identity.newUser(person[0]));
          identity.createMembership(person[0], person[1]);
        }
      }
    }
  }

  /**
   * A staff member with a display name, for tests that show "the name at the act" (ADR 0153,
   * 0161): the trail must keep the name the person had then, after a rename. Delete the user
   * when done ({@code deleteUser} also ends the memberships).
   */
  public static String namedStaff(org.camunda.bpm.engine.ProcessEngine engine, String id,
      String name, String... groups) {
    IdentityService identity = engine.getIdentityService();
    org.camunda.bpm.engine.identity.User user = identity.newUser(id);
    user.setFirstName(name);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
    return id;
  }

  /** Bean lookup for tests that read the register. */
  public static <T> T bean(org.camunda.bpm.engine.ProcessEngine engine, String name, Class<T> type) {
    Object bean = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans().get(name);
    return type.cast(bean);
  }

  /** The test database as the register's beans use it, for tests that read or break it directly. */
  public static JdbcTemplate jdbc(org.camunda.bpm.engine.ProcessEngine engine) {
    return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans().values().stream()
        .filter(JdbcTemplate.class::isInstance).map(JdbcTemplate.class::cast).findFirst()
        .orElseThrow();
  }

  /** The office's date corrections as the app wires them, on this engine's beans. */
  public static io.github.ogiworkflow.correction.DateCorrections dateCorrections(
      org.camunda.bpm.engine.ProcessEngine engine) {
    return new io.github.ogiworkflow.correction.DateCorrections(
        bean(engine, "caseRegister", io.github.ogiworkflow.register.CaseRegister.class),
        bean(engine, "dateChangeRegister", io.github.ogiworkflow.register.DateChangeRegister.class),
        bean(engine, "deliveryDates", io.github.ogiworkflow.reply.DeliveryDates.class),
        bean(engine, "replyDeadline", io.github.ogiworkflow.deadline.ReplyDeadline.class),
        bean(engine, "workingDayCalendar", io.github.ogiworkflow.calendar.WorkingDayCalendar.class),
        engine, bean(engine, "appealWindow", io.github.ogiworkflow.appeal.AppealWindow.class),
        bean(engine, "letters", io.github.ogiworkflow.letter.Letters.class),
        bean(engine, "appealRegister", io.github.ogiworkflow.appeal.AppealRegister.class),
        bean(engine, "pauseLedger", io.github.ogiworkflow.deadline.PauseLedger.class),
        bean(engine, "publishedYears", io.github.ogiworkflow.report.PublishedYears.class));
  }

  /** The audit trail as the app builds it, from this engine's history and register beans. */
  public static io.github.ogiworkflow.audit.CaseTimeline timeline(
      org.camunda.bpm.engine.ProcessEngine engine) {
    return timeline(engine,
        bean(engine, "caseRegister", io.github.ogiworkflow.register.CaseRegister.class));
  }

  /** As {@link #timeline(org.camunda.bpm.engine.ProcessEngine)}, reading cases from {@code cases}. */
  public static io.github.ogiworkflow.audit.CaseTimeline timeline(
      org.camunda.bpm.engine.ProcessEngine engine, io.github.ogiworkflow.register.CaseRegister cases) {
    JdbcTemplate jdbc = jdbc(engine);
    return new io.github.ogiworkflow.audit.CaseTimeline(engine.getHistoryService(),
        engine.getIdentityService(),
        new io.github.ogiworkflow.security.StaffAccess(engine.getIdentityService()),
        new io.github.ogiworkflow.audit.FormLabels(), cases,
        bean(engine, "pauseLedger", io.github.ogiworkflow.deadline.PauseLedger.class),
        bean(engine, "letters", io.github.ogiworkflow.letter.Letters.class),
        bean(engine, "itemRegister", io.github.ogiworkflow.register.ItemRegister.class),
        bean(engine, "decisionRegister", io.github.ogiworkflow.register.DecisionRegister.class),
        bean(engine, "consultationRegister",
            io.github.ogiworkflow.consultation.ConsultationRegister.class),
        bean(engine, "appealRegister", io.github.ogiworkflow.appeal.AppealRegister.class),
        new io.github.ogiworkflow.attachment.FileAccessLog(jdbc),
        bean(engine, "dateChangeRegister",
            io.github.ogiworkflow.register.DateChangeRegister.class),
        bean(engine, "deadlineTexts", io.github.ogiworkflow.deadline.DeadlineTexts.class),
        bean(engine, "publicationRegister",
            io.github.ogiworkflow.publication.PublicationRegister.class),
        bean(engine, "replyLetterRegister",
            io.github.ogiworkflow.register.ReplyLetterRegister.class),
        new io.github.ogiworkflow.privacy.PersonalDataAccessLog(jdbc),
        bean(engine, "taskCompletionRegister",
            io.github.ogiworkflow.register.TaskCompletionRegister.class),
        new io.github.ogiworkflow.publication.ProactiveSuggestions(jdbc, cases,
            bean(engine, "itemRegister", io.github.ogiworkflow.register.ItemRegister.class)),
        bean(engine, "caseActRegister", io.github.ogiworkflow.register.CaseActRegister.class),
        new io.github.ogiworkflow.retention.HistoryRemovals(jdbc),
        new io.github.ogiworkflow.retention.HistoryCleanups(jdbc));
  }
}
