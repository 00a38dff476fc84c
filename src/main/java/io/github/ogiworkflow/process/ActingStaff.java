package io.github.ogiworkflow.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The staff member whose act a register row records (ADR 0161, audit 34b F4): the user the
 * authentication filter set on the engine for the request (a Tasklist form, {@code /engine-rest},
 * our APIs), with his name at the act, so that the register names him for as long as it is kept
 * and as he was named then (as ADR 0153 records task completions). Both null where nobody is
 * authenticated: a job (an asynchronous step, a timer) or a register written outside a request.
 */
public record ActingStaff(String userId, String name) {

  static final ActingStaff NOBODY = new ActingStaff(null, null);

  /**
   * What the register records as the trigger of an act of an asynchronous step (ADR 0174): the
   * step ran by itself once the step before it was done.
   */
  public static final String AUTOMATIC_STEP = "流程自动步骤（前一环节办结后自动执行）";

  /**
   * The authenticated user of the engine running the current command (a step), else of the
   * application's identity service (an API call outside the engine), with his name now.
   */
  public static ActingStaff now(ObjectProvider<IdentityService> application) {
    IdentityService identity = identity(application);
    if (identity == null) {
      return NOBODY;
    }
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return NOBODY;
    }
    return named(identity, current.getUserId());
  }

  /**
   * {@code userId}'s name now (as {@link #now} finds the identity service), for a row naming
   * someone other than the user acting (the proposer of a void its approver records); null if
   * not known.
   */
  public static String nameOf(ObjectProvider<IdentityService> application, String userId) {
    IdentityService identity = identity(application);
    return identity == null ? null : named(identity, userId).name();
  }

  /**
   * Whether the step running now is the system's own (ADR 0174): inside a command of the engine
   * with nobody authenticated, i.e. a job (a timer, an asynchronous step) the job executor runs;
   * false outside the engine (an API call writes the register as its caller).
   */
  public static boolean bySystem() {
    ProcessEngineConfigurationImpl running = Context.getProcessEngineConfiguration();
    if (running == null) {
      return false;
    }
    Authentication current = running.getIdentityService().getCurrentAuthentication();
    return current == null || current.getUserId() == null;
  }

  private static IdentityService identity(ObjectProvider<IdentityService> application) {
    ProcessEngineConfigurationImpl running = Context.getProcessEngineConfiguration();
    return running != null ? running.getIdentityService()
        : application == null ? null : application.getIfAvailable();
  }

  /** {@code userId} with his name now (null if the identity service does not know him). */
  public static ActingStaff named(IdentityService identity, String userId) {
    if (userId == null) {
      return NOBODY;
    }
    User user = WithoutAuthorizations.call(identity,
        () -> identity.createUserQuery().userId(userId).singleResult());
    return new ActingStaff(userId, user == null ? null : PersonNames.of(user));
  }
}
