package io.github.ogiworkflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
    OptionalInt own = OlderBuildGuard.latestMigration(new PathMatchingResourcePatternResolver());
    assertThat(own).as("the build's migrations are found").isPresent();
    assertThat(own.getAsInt()).isGreaterThanOrEqualTo(96);

    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:older-build-guard;DB_CLOSE_DELAY=-1");
    assertThat(OlderBuildGuard.latestApplied(db)).as("a new database").isEmpty();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    jdbc.execute("CREATE TABLE \"ogi_schema_history\" (\"version\" VARCHAR(50),"
        + " \"success\" BOOLEAN)");
    jdbc.update("INSERT INTO \"ogi_schema_history\" VALUES ('0', TRUE), ('9', TRUE),"
        + " ('12', TRUE), ('13', FALSE), (NULL, TRUE)");
    assertThat(OlderBuildGuard.latestApplied(db)).hasValue(12);
  }
}
