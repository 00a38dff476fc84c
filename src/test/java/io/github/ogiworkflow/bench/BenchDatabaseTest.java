package io.github.ogiworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure H2 as the app ships it: until 2026-12-04 they ran with H2's 500 ms write
 * delay, which the app does not use (ADR 0002), and every H2 figure looked better than an office's.
 */
class BenchDatabaseTest {

  @Test
  void benchmarksOpenH2WithTheShippedSettings() throws Exception {
    String name = "settings-check-" + UUID.randomUUID();
    Map<String, String> settings = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(BenchDatabase.h2Url(name), "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE"
            + " FROM INFORMATION_SCHEMA.SETTINGS"
            + " UNION ALL SELECT 'LOCK_TIMEOUT', CAST(LOCK_TIMEOUT() AS VARCHAR)")) {
      while (rows.next()) {
        settings.put(rows.getString(1), rows.getString(2));
      }
    } finally {
      BenchDatabase.deleteH2(name);
    }
    // Every commit written before it returns, and a locked counter row waited for 10 s.
    assertThat(settings).containsEntry("WRITE_DELAY", "0").containsEntry("LOCK_TIMEOUT", "10000");
  }

  /**
   * The lifecycle benchmark builds its own pool: it gets H2's statement cache of 64 and the
   * connections' 30 s lifetime that the app ships (ADR 0125). With the cache and without the
   * renewal, its cases slowed with every case run (docs/benchmarks.md, session 31).
   */
  @Test
  void theLifecyclePoolHasTheShippedStatementCacheAndRenewal() {
    String name = "pool-check-" + UUID.randomUUID();
    try (HikariDataSource pool = BenchDatabase.h2Pool(name)) {
      assertThat(pool.getJdbcUrl()).contains(";QUERY_CACHE_SIZE=64");
      assertThat(pool.getMaxLifetime()).isEqualTo(30_000);
    } finally {
      BenchDatabase.deleteH2(name);
    }
  }
}
