package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.ogiworkflow.support.ShippedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Task queries get custom plans on PostgreSQL, nothing else does. The PostgreSQL part runs with
 * {@code -Dogi.test.jdbcUrl} (as {@code .ci/run} runs it), and is skipped without.
 */
class TaskQueryPlansTest {

  static final String PLAN_MODE = "SELECT current_setting('plan_cache_mode')";

  static final List<String> TASK_QUERIES = List.of("/engine-rest/task",
      "/engine-rest/task/count", "/engine-rest/engine/default/task",
      "/camunda/api/engine/engine/default/filter/7f3a/list",
      "/camunda/api/engine/engine/default/filter/7f3a/count",
      "/engine-rest/filter/7f3a/singleResult");

  static final List<String> OTHER_CALLS = List.of("/engine-rest/task/7f3a/complete",
      "/engine-rest/task/create", "/engine-rest/filter/create", "/engine-rest/process-instance",
      "/camunda/api/engine/engine/default/task/7f3a/form-variables", "/api/deadlines");

  @Test
  void theTaskQueriesAreRecognisedByTheirPaths() {
    assertThat(TASK_QUERIES).isNotEmpty().allSatisfy(path ->
        assertThat(TaskQueryPlans.TASK_QUERY.matcher(path).matches()).as(path).isTrue());
    assertThat(OTHER_CALLS).isNotEmpty().allSatisfy(path ->
        assertThat(TaskQueryPlans.TASK_QUERY.matcher(path).matches()).as(path).isFalse());
  }

  @Test
  void onH2NothingChanges() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    TaskQueryPlans filter = new TaskQueryPlans(h2, new DataSourceTransactionManager(h2));
    List<Boolean> inTransaction = new ArrayList<>();

    filter.doFilter(new MockHttpServletRequest("POST", TASK_QUERIES.get(3)),
        new MockHttpServletResponse(), (request, response) ->
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive()));

    assertThat(inTransaction).containsExactly(false);
  }

  @Test
  void onPostgresTaskQueriesAndOnlyTheyArePlannedWithTheirParameters() throws Exception {
    String url = System.getProperty("ogi.test.jdbcUrl");
    assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "PostgreSQL not given");
    try (HikariDataSource pool = ShippedPostgres.apply(new HikariDataSource())) {
      pool.setJdbcUrl(url);
      pool.setUsername(System.getProperty("ogi.test.jdbcUser"));
      pool.setPassword(System.getProperty("ogi.test.jdbcPassword"));
      pool.setMaximumPoolSize(1);
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      TaskQueryPlans filter = new TaskQueryPlans(pool, new DataSourceTransactionManager(pool));

      for (String path : TASK_QUERIES) {
        for (String method : List.of("GET", "POST")) {
          assertThat(planModeDuring(filter, jdbc, method, path)).as(method + " " + path)
              .isEqualTo("force_custom_plan");
        }
      }
      for (String path : OTHER_CALLS) {
        assertThat(planModeDuring(filter, jdbc, "POST", path)).as(path).isEqualTo("auto");
      }
      assertThat(planModeDuring(filter, jdbc, "DELETE", TASK_QUERIES.get(0))).isEqualTo("auto");
      // SET LOCAL ends with its transaction: the pool's one connection is back to the default.
      assertThat(jdbc.queryForObject(PLAN_MODE, String.class)).isEqualTo("auto");
    }
  }

  private static String planModeDuring(TaskQueryPlans filter, JdbcTemplate jdbc, String method,
      String path) throws Exception {
    List<String> seen = new ArrayList<>();
    filter.doFilter(new MockHttpServletRequest(method, path), new MockHttpServletResponse(),
        (request, response) -> seen.add(jdbc.queryForObject(PLAN_MODE, String.class)));
    assertThat(seen).as("the request went on").hasSize(1);
    return seen.get(0);
  }
}
