package io.github.ogiworkflow.enginerest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL only: the engine's task queries (Tasklist's filter pages and counts, task lists
 * through the REST API) are planned with their parameters at every call. The engine joins one
 * authorization row per open task; after five calls on a connection PostgreSQL may switch such a
 * prepared statement to a generic plan, which cannot use the statistics of
 * {@code TaskAuthorizationStatistics}: 35 s per call at 15,000 open tasks instead of 0.5 s
 * (docs/benchmarks.md, benchmark 2). These requests run in a transaction that sets
 * {@code plan_cache_mode = force_custom_plan} for itself (the engine's command joins it). All
 * other statements keep PostgreSQL's default: planning each of a case's statements anew made a
 * case take 1.2 to 2 times as long (docs/benchmarks.md, tenth round).
 */
final class TaskQueryPlans extends OncePerRequestFilter {

  /** A task list or count, or a Tasklist filter's page or count, through either engine API. */
  static final Pattern TASK_QUERY = Pattern.compile("/(engine-rest|camunda/api/engine)"
      + "(/engine/[^/]+)?/(task(/count)?|filter/[^/]+/(list|count|singleResult))/?");

  static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

  private final JdbcTemplate jdbc;
  private final PlatformTransactionManager transactions;
  private final boolean postgres;

  TaskQueryPlans(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transactions = transactions;
    this.postgres = isPostgres(dataSource);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!postgres || !isQuery(request.getMethod()) || !TASK_QUERY.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    TransactionStatus status = transactions.getTransaction(TransactionDefinition.withDefaults());
    try {
      jdbc.execute(CUSTOM_PLANS);
      chain.doFilter(request, response);
    } catch (Throwable e) { // any failure: rolled back, then rethrown as it was
      transactions.rollback(status);
      throw e;
    }
    transactions.commit(status);
  }

  /** Queries are GETs, or POSTs with the criteria in the body; nothing here writes. */
  private static boolean isQuery(String method) {
    return "GET".equals(method) || "POST".equals(method);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database the app runs on", e);
    }
  }
}
