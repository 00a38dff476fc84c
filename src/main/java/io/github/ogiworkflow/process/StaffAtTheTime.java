package io.github.ogiworkflow.process;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A staff member as he was when he acted (ADR 0123): his name and his groups, recorded with a
 * review or a decision, so that a later check asks "was a member of legal when reviewing"
 * rather than "is one today", and the audit trail keeps his name once his account is gone.
 * {@code groups}: the group ids, comma-separated and sorted; empty for a user in no group or
 * unknown to the identity service; null if not known (see {@link #now}).
 */
public record StaffAtTheTime(String name, String groups) {

  /**
   * Looked up now through the engine running the current command (a step), else the
   * application's identity service; with neither (a register written outside the engine, as
   * tests do), nothing is known: name and groups null.
   */
  public static StaffAtTheTime now(ObjectProvider<IdentityService> application, String userId) {
    ProcessEngineConfigurationImpl running = Context.getProcessEngineConfiguration();
    IdentityService identity = running != null ? running.getIdentityService()
        : application.getIfAvailable();
    return identity == null ? new StaffAtTheTime(null, null) : of(identity, userId);
  }

  /** Looked up now, whoever is asking. */
  public static StaffAtTheTime of(IdentityService identity, String userId) {
    if (userId == null) {
      return new StaffAtTheTime(null, "");
    }
    return WithoutAuthorizations.call(identity, () -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      String groups = identity.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).sorted().collect(Collectors.joining(","));
      return new StaffAtTheTime(user == null ? null : PersonNames.of(user), groups);
    });
  }

  /** Whether recorded {@code groups} (as {@link #groups}) include {@code groupId}. */
  public static boolean includes(String groups, String groupId) {
    return groups != null && Arrays.asList(groups.split(",")).contains(groupId);
  }
}
