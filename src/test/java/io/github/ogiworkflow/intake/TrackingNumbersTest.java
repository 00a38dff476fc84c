package io.github.ogiworkflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tracking numbers on a real database: unique and gap-free under concurrency and rollback. */
class TrackingNumbersTest {

  TrackingNumbers numbers;
  TransactionTemplate transaction;

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:tracking-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).table("ogi_schema_history").load().migrate();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    numbers = new TrackingNumbers(new JdbcTemplate(dataSource), transactions);
    transaction = new TransactionTemplate(transactions);
  }

  private String register(int year) {
    return transaction.execute(s -> numbers.next(year));
  }

  @Test
  void numbersAreFormattedPerYear() {
    assertThat(register(2026)).isEqualTo("YSQ-2026-000001");
    assertThat(register(2026)).isEqualTo("YSQ-2026-000002");
    assertThat(register(2027)).isEqualTo("YSQ-2027-000001");
  }

  @Test
  void aRolledBackRegistrationGivesItsNumberBack() {
    register(2026);
    transaction.executeWithoutResult(s -> {
      numbers.next(2026);
      s.setRollbackOnly();
    });
    assertThat(register(2026)).isEqualTo("YSQ-2026-000002");
  }

  @Test
  void concurrentRegistrationsGetDistinctGapFreeNumbers() throws Exception {
    int threads = 8;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(pool.submit(() -> {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          mine.add(register(2026));
        }
        return mine;
      }));
    }
    List<String> all = Collections.synchronizedList(new ArrayList<>());
    for (Future<List<String>> result : results) {
      all.addAll(result.get());
    }
    pool.shutdown();

    assertThat(all).doesNotHaveDuplicates().hasSize(threads * each);
    assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each)
        .mapToObj(n -> TrackingNumbers.format(2026, n)).toList());
  }
}
