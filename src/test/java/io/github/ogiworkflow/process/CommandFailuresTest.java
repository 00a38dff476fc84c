package io.github.ogiworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.CommandFailures.LockTimeout;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

/** The chains the engine and JDBC really build, and what a caller gets for them (ADR 0046). */
class CommandFailuresTest {

  static final String REFUSAL = "replyLetterText: the letter changed（答复书在办公室定稿后被修改，请退回修改）";

  /** How TaskEntity#invokeListener wraps whatever a task listener throws. */
  static ProcessEngineException taskListenerWrapper(Throwable cause) {
    return new ProcessEngineException("ENGINE-03051 There was an exception while invoking the"
        + " TaskListener. Message: 'Exception while invoking TaskListener: "
        + cause.getMessage() + "'", cause);
  }

  static SQLException h2(int errorCode) {
    return DbException.getJdbcSQLException(errorCode, "\"OGI_REPLY_LETTER\"");
  }

  @Test
  void aTaskListenersRefusalIsThrownAsItself() {
    InvalidInput refusal = new InvalidInput(REFUSAL);
    ProcessEngineException wrapper = taskListenerWrapper(refusal);

    RuntimeException thrown = CommandFailures.translate(wrapper);

    assertThat(thrown).isSameAs(refusal);
    assertThat(thrown.getSuppressed()).isEmpty();
  }

  @Test
  void aRefusalsOwnTypeIsKept() {
    class Conflict extends InvalidInput {
      Conflict() {
        super("state（状态不符）");
      }
    }
    Conflict conflict = new Conflict();
    assertThat(CommandFailures.translate(taskListenerWrapper(conflict))).isSameAs(conflict);
    // A refusal thrown directly (a delegate's, an execution listener's) is left as it is.
    Conflict direct = new Conflict();
    assertThat(CommandFailures.translate(direct)).isSameAs(direct);
    assertThat(direct.getSuppressed()).isEmpty();
  }

  @Test
  void aListenersRealFailureIsLeftAsItIs() {
    ProcessEngineException broken =
        taskListenerWrapper(new IllegalStateException("No outcome registered for YSQ-1"));
    assertThat(CommandFailures.translate(broken)).isSameAs(broken);

    // An InvalidInput that another failure wrapped is that failure's detail, not a refusal.
    ProcessEngineException wrapped = taskListenerWrapper(
        new IllegalStateException("step failed", new InvalidInput(REFUSAL)));
    assertThat(CommandFailures.translate(wrapped)).isSameAs(wrapped);

    ProcessEngineException constraint = ExceptionUtil.wrapPersistenceException(
        new PersistenceException(h2(ErrorCode.DUPLICATE_KEY_1)));
    assertThat(CommandFailures.translate(constraint)).isSameAs(constraint);
  }

  @Test
  void anH2LockTimeoutInAListenersJdbcStatementIsALockTimeout() {
    ProcessEngineException wrapper = taskListenerWrapper(new CannotAcquireLockException(
        "PreparedStatementCallback; SQL [UPDATE ogi_reply_letter SET approval_id = ?]",
        h2(ErrorCode.LOCK_TIMEOUT_1)));

    RuntimeException thrown = CommandFailures.translate(wrapper);

    assertThat(thrown).isInstanceOf(LockTimeout.class).hasCause(wrapper);
    assertThat(((ProcessEngineException) thrown).getCode()).isEqualTo(CommandFailures.LOCK_TIMEOUT);
    assertThat(thrown.getMessage()).contains("请稍后重试").doesNotContain("OGI_", "Timeout");
  }

  @Test
  void anH2LockTimeoutOfTheEnginesFlushIsALockTimeout() {
    // DbSqlSession's failed delete, as ExceptionUtil wraps it ("An exception occurred in the
    // persistence layer").
    ProcessEngineException flush = ExceptionUtil.wrapPersistenceException(
        new PersistenceException(h2(ErrorCode.LOCK_TIMEOUT_1)));
    assertThat(CommandFailures.translate(flush)).isInstanceOf(LockTimeout.class);
  }

  @Test
  void postgresLockTimeoutsSerializationFailuresAndDeadlocksAreLockTimeouts() {
    for (String state : new String[] {"55P03", "40001", "40P01"}) {
      SQLException postgres = new SQLException("ERROR: canceling statement", state);
      assertThat(CommandFailures.translate(taskListenerWrapper(
          new CannotAcquireLockException("update", postgres))))
          .as(state).isInstanceOf(LockTimeout.class);
    }
    // Only in the chain of next exceptions of a batch.
    SQLException batch = new SQLException("Batch entry 0 update ACT_RU_TASK was aborted", "08000");
    batch.setNextException(new SQLException("lock timeout", "55P03"));
    assertThat(CommandFailures.translate(ExceptionUtil.wrapPersistenceException(
        new PersistenceException(batch)))).isInstanceOf(LockTimeout.class);
  }

  @Test
  void whatTheEngineMarksAsAConflictStaysItsOwn() {
    OptimisticLockingException optimistic = new OptimisticLockingException("UPDATE TaskEntity");
    assertThat(CommandFailures.translate(optimistic)).isSameAs(optimistic);

    ProcessEngineException deadlock = ExceptionUtil.wrapPersistenceException(
        new PersistenceException(h2(ErrorCode.DEADLOCK_1)));
    deadlock.setCode(BuiltinExceptionCode.DEADLOCK.getCode());
    assertThat(CommandFailures.translate(deadlock)).isSameAs(deadlock);

    IllegalArgumentException plain = new IllegalArgumentException("x");
    assertThat(CommandFailures.translate(plain)).isSameAs(plain);
  }
}
