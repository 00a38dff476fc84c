package io.github.ogiworkflow.support;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The driver settings the {@code postgres} profile ships ({@code application-postgres.yaml},
 * {@code spring.datasource.hikari.data-source-properties}), for the pools that tests and
 * benchmarks build without Spring Boot: the scenarios on PostgreSQL run with the driver as the
 * app runs it, and the benchmarks pay what the app pays.
 */
public final class ShippedPostgres {

  private static final String PREFIX = "spring.datasource.hikari.data-source-properties.";

  private ShippedPostgres() {}

  /** The driver properties, e.g. {@code reWriteBatchedInserts -> true}. */
  public static Map<String, String> driverProperties() {
    Properties flat = ShippedYaml.of("application-postgres.yaml");
    Map<String, String> driver = new TreeMap<>();
    for (String key : flat.stringPropertyNames()) {
      if (key.startsWith(PREFIX)) {
        driver.put(key.substring(PREFIX.length()), flat.getProperty(key));
      }
    }
    if (driver.isEmpty()) {
      throw new IllegalStateException("application-postgres.yaml sets no driver properties");
    }
    return driver;
  }

  /** Gives {@code pool} the shipped driver properties. */
  public static HikariDataSource apply(HikariDataSource pool) {
    driverProperties().forEach(pool::addDataSourceProperty);
    return pool;
  }
}
