package io.github.ogiworkflow.security;

import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Group checks for our own endpoints, on the user the authentication filter set on the engine.
 * Administrators pass every check, as they hold every engine permission anyway.
 */
@Component
public class StaffAccess {

  private final IdentityService identity;

  public StaffAccess(IdentityService identity) {
    this.identity = identity;
  }

  /** Throws {@link AccessDenied} unless the current user is in one of the groups. */
  public void require(Groups... allowed) {
    if (allows(allowed)) {
      return;
    }
    throw new AccessDenied("only " + Arrays.stream(allowed).map(Groups::id)
        .collect(Collectors.joining(", ")) + "（仅限"
        + Arrays.stream(allowed).map(Groups::chineseName).collect(Collectors.joining("、"))
        + "）");
  }

  /**
   * Whether {@link #require} would let the current user pass: in one of the groups, or an
   * administrator. For pages that show a control only to those the server lets use it.
   */
  public boolean allows(Groups... allowed) {
    List<String> groups = currentGroups();
    return groups.contains(Groups.ADMIN.id())
        || Arrays.stream(allowed).anyMatch(g -> groups.contains(g.id()));
  }

  /** Any of our groups: staff, auditors and administrators. */
  public void requireStaff() {
    require(Groups.values());
  }

  /**
   * Runs a lookup without the caller's engine authorizations, and puts the caller back after.
   * Only after the caller's group was checked: for views that must see every group's cases
   * (deadline overview, audit trail) or ask whether something exists at all.
   */
  public <T> T withoutAuthorizations(Supplier<T> lookup) {
    return WithoutAuthorizations.call(identity, lookup);
  }

  /** Staff names by user id (姓名, family name first), whatever the reader's grants. */
  public Map<String, String> namesOf(Collection<String> userIds) {
    return withoutAuthorizations(() -> PersonNames.of(identity, userIds));
  }

  /** The authenticated user's id, or null outside an authenticated request. */
  public String currentUser() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** The current user's group ids; none outside an authenticated request. */
  public List<String> currentGroups() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
  }
}
