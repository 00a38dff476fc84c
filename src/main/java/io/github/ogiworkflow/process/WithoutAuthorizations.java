package io.github.ogiworkflow.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine lookup without the current user's authorizations and puts the user back after:
 * for steps and views that must read what the caller's own grants hide (a reviewer reading the
 * calling request, an audit over every group's cases), only after the caller was checked.
 */
public final class WithoutAuthorizations {

  private WithoutAuthorizations() {}

  public static <T> T call(IdentityService identity, Supplier<T> lookup) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
