package io.github.ogiworkflow.deployment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A node must not start on a build older than the database (audit 33b, F6). The models are
 * deployed when the engine is built, before Flyway runs, and duplicate filtering compares with
 * the last deployment: an old build restarted beside a new one would deploy its old models as the
 * newest versions, and its job executor would run the new models' jobs with old code. So, after
 * the engine is built and before it deploys anything, a database whose schema history has a
 * migration newer than any this build carries stops the start with a bilingual message. An
 * upgrade therefore stops every node before the first new one starts (README §PostgreSQL).
 */
@Component
public class OlderBuildGuard extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Flyway> flyway;

  /**
   * Spring Boot's Flyway (its locations and schema history table as configured), asked only,
   * never run here: creating the bean migrates nothing (its initializer does, later).
   */
  public OlderBuildGuard(ObjectProvider<Flyway> flyway) {
    this.flyway = flyway;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = engine.getProcessEngineConfiguration().getDataSource();
    Flyway configured = flyway.getIfAvailable();
    OptionalInt own = configured == null ? OptionalInt.empty() : latestMigration(configured);
    OptionalInt applied = latestApplied(dataSource);
    String refusal = refusal(own, applied);
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
  }

  /** Null when this build may start on the database, else why not. */
  static String refusal(OptionalInt own, OptionalInt applied) {
    if (own.isEmpty() || applied.isEmpty() || applied.getAsInt() <= own.getAsInt()) {
      return null;
    }
    return "This build's latest migration is V" + own.getAsInt() + " but the database is at V"
        + applied.getAsInt() + ": a newer version runs on it. Stop every node and start the"
        + " newer build（本程序版本旧于数据库（数据库结构版本 V" + applied.getAsInt() + "，本程序 V"
        + own.getAsInt() + "）：已有更新版本在使用该数据库。请停止所有节点，改用新版本启动）";
  }

  /**
   * The highest versioned migration this build carries, as Flyway resolves it on the classpath
   * ({@code info()} reads the schema history beside it and migrates nothing): a migration
   * resolved here, applied or pending; one only in the history (a newer build's) is not.
   */
  static OptionalInt latestMigration(Flyway flyway) {
    return Arrays.stream(flyway.info().all())
        .filter(m -> m.getState().isResolved() && m.getVersion() != null
            && !m.getType().isSynthetic())
        .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
        .map(v -> OptionalInt.of(v.getMajor().intValueExact()))
        .orElse(OptionalInt.empty());
  }

  /** The highest migration applied to the database; empty on a new database. */
  static OptionalInt latestApplied(DataSource dataSource) {
    // Flyway creates its table with a quoted lower-case name on H2 and PostgreSQL alike.
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      int latest = -1;
      try (ResultSet rs = s.executeQuery(
          "SELECT \"version\" FROM \"ogi_schema_history\" WHERE \"success\" = TRUE")) {
        while (rs.next()) {
          String version = rs.getString(1);
          if (version != null && version.matches("\\d+")) {
            latest = Math.max(latest, Integer.parseInt(version));
          }
        }
      }
      return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    } catch (SQLException noHistoryYet) {
      return OptionalInt.empty();
    }
  }
}
