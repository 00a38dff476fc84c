package io.github.ogiworkflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The database of a benchmark: {@code -Dbench.db=h2} (a file under target/bench) or
 * {@code postgres} ({@code bench.pgUrl}, {@code bench.pgUser}, {@code bench.pgPassword}; an empty
 * database of its own, by default ogi_bench).
 */
final class BenchDatabase {

  private static final String H2_FOLDER = "./target/bench/";

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
   * An H2 file under target/bench with the settings the app ships (application.yaml's URL after
   * the file name, e.g. WRITE_DELAY=0: every commit is written before it returns), so that a
   * benchmark pays what an office on H2 pays. {@code
   * -Dbench.h2Options=;OPTIMIZE_REUSE_RESULTS=FALSE} adds settings, e.g. to measure H2 without
   * reusing the result of a statement repeated with nothing written in between.
   */
  static String h2Url(String name) {
    return "jdbc:h2:file:" + H2_FOLDER + name + shippedH2Settings()
        + System.getProperty("bench.h2Options", "");
  }

  /**
   * A pool on the H2 file {@code name} ({@link #h2Url}) with the pool settings application.yaml
   * ships ({@code spring.datasource.hikari.*}, e.g. the connections' max-lifetime, which keeps
   * H2's statement cache from planning on empty tables for a whole run: ADR 0125), bound as
   * Spring Boot binds them, for a benchmark that builds its pool without Spring Boot.
   */
  static HikariDataSource h2Pool(String name) {
    HikariDataSource pool = new HikariDataSource();
    new Binder(new MapConfigurationPropertySource(ShippedSettings.applicationYaml()))
        .bind("spring.datasource.hikari", Bindable.ofInstance(pool));
    pool.setJdbcUrl(h2Url(name));
    pool.setUsername("sa");
    return pool;
  }

  /** Deletes the H2 file {@code name} once its connections are closed. */
  static void deleteH2(String name) {
    new File(H2_FOLDER + name + ".mv.db").delete();
    new File(H2_FOLDER + name + ".trace.db").delete();
  }

  /** The settings part of application.yaml's H2 URL, from its first {@code ;}. */
  private static String shippedH2Settings() {
    String url = ShippedSettings.applicationYaml().getProperty("spring.datasource.url");
    if (url == null || !url.startsWith("jdbc:h2:file:") || url.indexOf(';') < 0) {
      throw new IllegalStateException("application.yaml has no H2 file URL with settings: " + url);
    }
    return url.substring(url.indexOf(';'));
  }

  /** Spring datasource settings for the app; {@code name} names the H2 file ({@link #h2Url}). */
  static Map<String, Object> springProperties(String db, String name) {
    if (postgres(db)) {
      return Map.of("spring.datasource.url", pgUrl(), "spring.datasource.username", pgUser(),
          "spring.datasource.password", pgPassword());
    }
    return Map.of("spring.datasource.url", h2Url(name), "spring.datasource.username", "sa",
        "spring.datasource.password", "");
  }
}
