package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which failures of our own endpoints are a 409 to try again (ADR 0046), and its body. */
class LockTimeoutResponsesTest {

  final LockTimeoutResponses resolver = new LockTimeoutResponses();

  MockHttpServletResponse resolve(Exception failure) {
    MockHttpServletResponse response = new MockHttpServletResponse();
    boolean resolved = resolver.resolveException(new MockHttpServletRequest("POST",
        "/api/cases/YSQ-2026-000001/date-corrections"), response, null, failure) != null;
    if (!resolved) {
      response.setStatus(0);
    }
    return response;
  }

  @Test
  void aLockGivenUpIs409WithTheChineseRequestToTryAgain() throws Exception {
    // How Spring translates them: H2's lock timeout, PostgreSQL's lock_not_available, deadlock
    // and serialization failure.
    SQLException h2 = DbException.getJdbcSQLException(ErrorCode.LOCK_TIMEOUT_1, "\"OGI_CASE\"");
    for (Exception failure : new Exception[] {
        new CannotAcquireLockException("update", h2),
        new QueryTimeoutException("update", h2),
        new CannotAcquireLockException("update", new SQLException("lock", "55P03")),
        new PessimisticLockingFailureException("update", new SQLException("deadlock", "40P01")),
        new CannotAcquireLockException("update", new SQLException("serialize", "40001"))}) {
      MockHttpServletResponse response = resolve(failure);
      assertThat(response.getStatus()).as(failure.toString()).isEqualTo(409);
      assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"message\":\"该办件正由他人同时办理，本次提交未保存，请稍后重试\"")
          .contains("\"error\":\"The case is being changed")
          .doesNotContain("OGI_CASE", "update");
    }
  }

  /**
   * Audit 33b, F5: the engine's optimistic-locking failure (a withdrawal racing a task's
   * completion on another node, a supplement sent twice at once) and its deadlock, also
   * wrapped, are the same 409, not a 500 with a log id.
   */
  @Test
  void aConcurrentChangeIs409WithTheChineseRequestToTryAgain() throws Exception {
    org.camunda.bpm.engine.ProcessEngineException deadlock =
        new org.camunda.bpm.engine.ProcessEngineException("deadlock");
    deadlock.setCode(org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode.DEADLOCK.getCode());
    for (Exception failure : new Exception[] {
        new org.camunda.bpm.engine.OptimisticLockingException(
            "ENGINE-03005 Execution of 'DELETE TimerEntity[1]' failed."),
        new IllegalStateException("wrapped",
            new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005")),
        deadlock}) {
      MockHttpServletResponse response = resolve(failure);
      assertThat(response.getStatus()).as(failure.toString()).isEqualTo(409);
      assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"message\":\"该办件正由他人同时办理，本次提交未保存，请稍后重试\"")
          .doesNotContain("ENGINE", "TimerEntity");
    }
  }

  @Test
  void otherFailuresAreLeftToTheHandlers() {
    // A statement that ran too long without waiting for a lock is not a lock given up.
    assertThat(resolve(new QueryTimeoutException("select",
        new SQLTimeoutException("canceling statement due to statement timeout", "57014")))
        .getStatus()).isZero();
    assertThat(resolve(new DataIntegrityViolationException("insert",
        new SQLException("duplicate", "23505"))).getStatus()).isZero();
    assertThat(resolve(new IllegalStateException("broken")).getStatus()).isZero();
  }
}
