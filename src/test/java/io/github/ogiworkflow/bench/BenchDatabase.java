package io.github.ogiworkflow.bench;

import java.util.Map;

/**
 * The database of a benchmark: {@code -Dbench.db=h2} (a file under target/bench) or
 * {@code postgres} ({@code bench.pgUrl}, {@code bench.pgUser}, {@code bench.pgPassword}; an empty
 * database of its own, by default ogi_bench).
 */
final class BenchDatabase {

  private BenchDatabase() {}

  static boolean postgres(String db) {
    return "postgres".equals(db);
  }

  static String pgUrl() {
    return System.getProperty("bench.pgUrl", "jdbc:postgresql://localhost:5432/ogi_bench");
  }

  static String pgUser() {
    return System.getProperty("bench.pgUser", "ogi");
  }

  static String pgPassword() {
    return System.getProperty("bench.pgPassword", "ogi-dev");
  }

  /**
   * Spring datasource settings for the app; {@code name} names the H2 file. {@code
   * -Dbench.h2Options=;OPTIMIZE_REUSE_RESULTS=FALSE} measures H2 without reusing the result of a
   * statement repeated with nothing written in between (a busy office writes all the time).
   */
  static Map<String, Object> springProperties(String db, String name) {
    if (postgres(db)) {
      return Map.of("spring.datasource.url", pgUrl(), "spring.datasource.username", pgUser(),
          "spring.datasource.password", pgPassword());
    }
    return Map.of("spring.datasource.url", "jdbc:h2:file:./target/bench/" + name
        + ";DB_CLOSE_ON_EXIT=FALSE" + System.getProperty("bench.h2Options", ""),
        "spring.datasource.username", "sa",
        "spring.datasource.password", "");
  }
}
