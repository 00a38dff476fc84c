package io.github.ogiworkflow.process;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * What a failed engine command throws to its caller (docs/adr/0046-listener-refusals-and-lock-timeouts.md),
 * as the outermost command interceptor, after the command's transaction was rolled back:
 * <ul>
 *   <li>A refusal by one of our task listeners: the engine wraps whatever a task listener throws
 *       in a plain {@code ProcessEngineException} ("ENGINE-03051 … Exception while invoking
 *       TaskListener"), so Camunda's REST API, which answers a form's {@link InvalidInput} with
 *       400, answered a listener's with 500. The refusal itself is thrown instead: 400 on its field, as for our delegates and execution listeners,
 *       through {@code /engine-rest} and the webapps' API alike. Only a chain of plain wrappers
 *       down to an {@link InvalidInput} counts; any other failure in a listener stays as it is.</li>
 *   <li>A row lock another transaction held too long (H2's "Timeout trying to lock table",
 *       error 50200; PostgreSQL's lock_not_available 55P03 and serialization_failure 40001), or a
 *       deadlock the engine did not mark itself (one inside our own JDBC statements in a step):
 *       {@link LockTimeout}, with the code {@link #LOCK_TIMEOUT}, which the REST answers turn
 *       into 409 and "请稍后重试". Nothing of the command was written, so trying again is
 *       safe.</li>
 * </ul>
 */
@Component
public class CommandFailures extends AbstractProcessEnginePlugin {

  /** Our exception code for a lock wait given up (custom codes start at 20000). */
  public static final int LOCK_TIMEOUT = 20_409;

  /**
   * What a client reads when a lock was given up, on /engine-rest, Tasklist's API and our own
   * endpoints alike ("english（中文）").
   */
  public static final String BUSY_MESSAGE = "The case is being changed by someone else at this"
      + " moment; nothing was saved, please try again in a moment（该办件正由他人同时办理，本次提交未保存，请稍后重试）";

  /** H2's ErrorCode.LOCK_TIMEOUT_1 and ErrorCode.DEADLOCK_1. */
  static final int H2_LOCK_TIMEOUT = 50200;
  static final int H2_DEADLOCK = 40001;

  /** Serialization failure, PostgreSQL's deadlock, PostgreSQL's lock_not_available. */
  static final Set<String> LOCK_STATES = Set.of("40001", "40P01", "55P03");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        first(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        first(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> first(List<CommandInterceptor> others) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Interceptor());
    if (others != null) {
      interceptors.addAll(others);
    }
    return interceptors;
  }

  /** Passes the command on; translates what it throws. */
  static final class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        throw translate(failure);
      }
    }
  }

  /** What the caller gets instead of {@code failure} (itself when nothing applies). */
  static RuntimeException translate(RuntimeException failure) {
    InvalidInput refusal = listenerRefusal(failure);
    if (refusal != null) {
      // Its own stack trace shows the listener that refused; the wrapper is not kept (as a
      // suppressed exception it would close a cycle: its cause is the refusal).
      return refusal;
    }
    if (failure instanceof OptimisticLockingException || failure instanceof LockTimeout
        || (failure instanceof ProcessEngineException engine
            && engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode())) {
      return failure;
    }
    return lockGivenUp(failure) ? new LockTimeout(failure) : failure;
  }

  /**
   * The {@link InvalidInput} under plain engine wrappers (a listener's refusal), or the failure
   * itself when it is one; null otherwise.
   */
  static InvalidInput listenerRefusal(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof InvalidInput refusal) {
        return refusal;
      }
      if (t.getClass() != ProcessEngineException.class) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a failure is a lock given up, by the same rule as for engine commands: a {@link
   * LockTimeout}, or a lock given up anywhere in the cause chain (the SQLStates and H2 codes
   * above; Spring's {@code CannotAcquireLockException}, {@code PessimisticLockingFailureException}
   * and, for H2's timeout, {@code QueryTimeoutException} keep the {@link SQLException} as their
   * cause). Our own endpoints answer it with 409 (security/LockTimeoutResponses, ADR 0046); a
   * statement timeout without a lock in its chain is not one.
   */
  public static boolean isLockGivenUp(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof LockTimeout) {
        return true;
      }
    }
    return lockGivenUp(failure);
  }

  /**
   * Whether a failure is a concurrent change of the same rows: the engine's optimistic-locking
   * failure or its deadlock, anywhere in the cause chain (audit 33b, F5). /engine-rest answers
   * them with 409 (enginerest/ConcurrentChangeResponses); our own endpoints do too
   * (security/LockTimeoutResponses). Nothing of the command was written.
   */
  public static boolean isConcurrentChange(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof OptimisticLockingException
          || t instanceof org.springframework.dao.OptimisticLockingFailureException
          || (t instanceof ProcessEngineException engine
              && (engine.getCode() == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
                  || engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lock wait was given up (or lost to a deadlock) anywhere in the chain. */
  static boolean lockGivenUp(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException sql) {
        // A batch's failure names the statement's own in its next exceptions.
        for (int i = 0; sql != null && i < 10; i++, sql = sql.getNextException()) {
          if (isLockGivenUp(sql)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isLockGivenUp(SQLException e) {
    String state = e.getSQLState();
    boolean h2 = e.getClass().getName().startsWith("org.h2.");
    return (state != null && LOCK_STATES.contains(state.toUpperCase(Locale.ROOT)))
        || (h2 && (e.getErrorCode() == H2_LOCK_TIMEOUT || e.getErrorCode() == H2_DEADLOCK));
  }

  /** A command that gave up waiting for a row another transaction held; nothing was written. */
  public static final class LockTimeout extends ProcessEngineException {

    LockTimeout(Throwable cause) {
      super(BUSY_MESSAGE, cause);
      setCode(LOCK_TIMEOUT);
    }
  }
}
