package io.github.ogiworkflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

  private static final Pattern MIGRATION = Pattern.compile("^V(\\d+)__.*\\.sql$");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = engine.getProcessEngineConfiguration().getDataSource();
    OptionalInt own = latestMigration(new PathMatchingResourcePatternResolver(
        getClass().getClassLoader()));
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

  /** The highest V… migration this build carries. */
  static OptionalInt latestMigration(PathMatchingResourcePatternResolver resolver) {
    try {
      int latest = -1;
      for (Resource r : resolver.getResources("classpath*:db/migration/V*__*.sql")) {
        Matcher m = r.getFilename() == null ? null : MIGRATION.matcher(r.getFilename());
        if (m != null && m.matches()) {
          latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
      }
      return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
