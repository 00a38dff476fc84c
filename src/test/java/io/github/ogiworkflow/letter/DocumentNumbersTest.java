package io.github.ogiworkflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 文号 without gaps on a real database (H2 here; PostgreSQL with {@code -Dogi.test.jdbcUrl}):
 * two threads issuing at once, each number in its own transaction, get 1…n between them with
 * no number twice and none missing; a rolled-back letter gives its number back; the kinds and
 * the years count apart.
 */
class DocumentNumbersTest {

  static final int PER_THREAD = 25;

  DataSource dataSource;
  DocumentNumbers numbers;
  TransactionTemplate transaction;
  String prefix;

  @BeforeEach
  void setUp() {
    String url = System.getProperty("ogi.test.jdbcUrl");
    if (url != null && !url.isBlank()) {
      com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
      pool.setJdbcUrl(url);
      pool.setUsername(System.getProperty("ogi.test.jdbcUser"));
      pool.setPassword(System.getProperty("ogi.test.jdbcPassword"));
      dataSource = pool;
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:numbers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      h2.setUser("sa");
      dataSource = h2;
    }
    Flyway.configure().dataSource(dataSource).table("ogi_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    numbers = new DocumentNumbers(new JdbcTemplate(dataSource), transactions);
    transaction = new TransactionTemplate(transactions);
    // A prefix of its own, so that a shared PostgreSQL database starts from zero.
    prefix = "测" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[a-f]", "");
  }

  @Test
  void twoThreadsIssuingAtOnceGetEveryNumberExactlyOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      results.add(threads.submit(() -> {
        start.await();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < PER_THREAD; i++) {
          mine.add(transaction.execute(status -> numbers.next(prefix, 2026, LetterKind.REPLY)));
        }
        return mine;
      }));
    }
    start.countDown();
    List<String> all = new ArrayList<>();
    for (Future<List<String>> result : results) {
      all.addAll(result.get());
    }
    threads.shutdown();
    List<String> expected = IntStream.rangeClosed(1, 2 * PER_THREAD)
        .mapToObj(n -> prefix + "答〔2026〕" + n + "号").toList();
    assertThat(all).hasSize(2 * PER_THREAD).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Collections.frequency(all, prefix + "答〔2026〕1号")).isEqualTo(1);
  }

  private String next(java.util.function.Supplier<String> issue) {
    return transaction.execute(status -> issue.get());
  }

  @Test
  void aRolledBackLetterGivesItsNumberBackAndKindsAndYearsCountApart() {
    assertThat(next(() -> numbers.next(prefix, 2026, LetterKind.REPLY)))
        .isEqualTo(prefix + "答〔2026〕1号");
    transaction.executeWithoutResult(status -> {
      numbers.next(prefix, 2026, LetterKind.REPLY);
      status.setRollbackOnly();
    });
    assertThat(next(() -> numbers.next(prefix, 2026, LetterKind.REPLY)))
        .isEqualTo(prefix + "答〔2026〕2号");
    assertThat(next(() -> numbers.next(prefix, 2026, LetterKind.CORRECTION_NOTICE)))
        .isEqualTo(prefix + "补〔2026〕1号");
    assertThat(next(() -> numbers.next(prefix, 2027, LetterKind.REPLY)))
        .isEqualTo(prefix + "答〔2027〕1号");
  }
}
