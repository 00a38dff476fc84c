package io.github.ogiworkflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Audit 33b, F6: a build older than its database does not start (and deploys nothing). */
class OlderBuildGuardTest {

  @Test
  void aDatabaseAheadOfTheBuildStopsTheStartAndOnlyThen() {
    assertThat(OlderBuildGuard.refusal(OptionalInt.of(96), OptionalInt.of(97)))
        .contains("V97", "V96", "请停止所有节点，改用新版本启动");
    assertThat(OlderBuildGuard.refusal(OptionalInt.of(96), OptionalInt.of(96))).isNull();
    assertThat(OlderBuildGuard.refusal(OptionalInt.of(96), OptionalInt.of(90))).isNull();
    assertThat(OlderBuildGuard.refusal(OptionalInt.of(96), OptionalInt.empty())).isNull();
  }

  @Test
  void readsTheBuildsMigrationsAndTheDatabasesHistory() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:older-build-guard;DB_CLOSE_DELAY=-1");
    OptionalInt own = OlderBuildGuard.latestMigration(Flyway.configure().dataSource(db)
        .table("ogi_schema_history").load());
    assertThat(own).as("the build's migrations are found").isPresent();
    assertThat(own.getAsInt()).isGreaterThanOrEqualTo(96);

    assertThat(OlderBuildGuard.latestApplied(db)).as("a new database").isEmpty();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    jdbc.execute("CREATE TABLE \"ogi_schema_history\" (\"version\" VARCHAR(50),"
        + " \"success\" BOOLEAN)");
    jdbc.update("INSERT INTO \"ogi_schema_history\" VALUES ('0', TRUE), ('9', TRUE),"
        + " ('12', TRUE), ('13', FALSE), (NULL, TRUE)");
    assertThat(OlderBuildGuard.latestApplied(db)).hasValue(12);
  }

  /**
   * Flyway's view of the build: a migration only in the database's history (a newer build's
   * V999) is not one of the build's, so the guard refuses the start.
   */
  @Test
  void aNewerBuildsMigrationInTheHistoryIsNotTheBuilds() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:older-build-guard-newer;DB_CLOSE_DELAY=-1");
    Flyway flyway = Flyway.configure().dataSource(db).table("ogi_schema_history").load();
    flyway.baseline();
    new JdbcTemplate(db).update("INSERT INTO \"ogi_schema_history\" VALUES (2, '999', 'newer',"
        + " 'SQL', 'V999__newer.sql', 1, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
    OptionalInt own = OlderBuildGuard.latestMigration(flyway);
    assertThat(own).isPresent();
    assertThat(own.getAsInt()).isBetween(96, 998);
    assertThat(OlderBuildGuard.refusal(own, OlderBuildGuard.latestApplied(db)))
        .contains("V999", "请停止所有节点，改用新版本启动");
  }
}
