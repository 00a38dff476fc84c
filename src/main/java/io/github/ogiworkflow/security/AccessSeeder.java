package io.github.ogiworkflow.security;

import io.github.ogiworkflow.security.AuthorizationMatrix.Grant;
import io.github.ogiworkflow.security.PeopleProperties.DemoUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes groups, accounts and authorizations match {@link Groups}, {@link PeopleProperties} and
 * {@link AuthorizationMatrix}. Idempotent: what exists is kept (passwords are never reset), what
 * is missing is created, and grants whose permissions drifted are set back to the matrix.
 */
@Component
public class AccessSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSeeder.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final PeopleProperties people;

  public AccessSeeder(
      IdentityService identityService,
      AuthorizationService authorizationService,
      PeopleProperties people) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.people = people;
  }

  /** The group type earlier versions of this seeder wrote. */
  static final String ENGLISH_TYPE_WE_WROTE = "WORKFLOW";

  public void seed() {
    for (Groups group : Groups.values()) {
      ensureGroup(group);
    }
    ensureUser(PeopleProperties.ADMIN_USER_ID, "管理员", "系统", null, people.adminPassword(),
        List.of(Groups.ADMIN.id()));
    for (DemoUser user : people.demoUsers()) {
      ensureUser(user.id(), user.firstName(), user.lastName(), user.email(), user.password(),
          user.groups());
    }
    ensureGrants(AuthorizationMatrix.grants());
  }

  private void ensureGroup(Groups group) {
    Group existing = identityService.createGroupQuery().groupId(group.id()).singleResult();
    if (existing != null) {
      // Seeded before the types were in Chinese: the English one we wrote is replaced.
      if (ENGLISH_TYPE_WE_WROTE.equals(existing.getType())) {
        existing.setType(group.chineseType());
        identityService.saveGroup(existing);
      }
      return;
    }
    Group created = identityService.newGroup(group.id());
    created.setName(group.chineseName());
    created.setType(group.chineseType());
    identityService.saveGroup(created);
    LOG.info("Created group {} ({})", group.id(), group.chineseName());
  }

  private void ensureUser(String id, String firstName, String lastName, String email,
      String password, List<String> groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      if (password == null || password.isBlank()) {
        throw new IllegalStateException("User " + id + " has no password configured");
      }
      User user = identityService.newUser(id);
      // The webapps print "first last"; a Chinese name reads family name first (王丽, not
      // 丽 王), so the whole name is the first name and the last name stays empty.
      user.setFirstName(nullToEmpty(lastName) + nullToEmpty(firstName));
      user.setLastName("");
      user.setEmail(email);
      requireAllowedByPolicy(user, password);
      user.setPassword(password);
      identityService.saveUser(user);
      LOG.info("Created user {}", id);
    }
    for (String groupId : groups) {
      Groups.byId(groupId); // fails on a typo in the configuration
      if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(id, groupId);
      }
    }
  }

  /**
   * With the engine's password policy on (everywhere but the demo profile, whose accounts have
   * the password "demo"), a seeded account's password must satisfy it, as a password set in the
   * webapps must. Refused at start, naming the rules, instead of the engine's bare "Password does
   * not match policy".
   */
  private void requireAllowedByPolicy(User user, String password) {
    PasswordPolicy policy = identityService.getPasswordPolicy();
    if (policy == null) {
      return;
    }
    PasswordPolicyResult result =
        identityService.checkPasswordAgainstPolicy(policy, password, user);
    if (!result.isValid()) {
      String rules = result.getViolatedRules().stream()
          .map(rule -> rule.getPlaceholder() + " " + rule.getParameters())
          .collect(Collectors.joining(", "));
      throw new IllegalStateException("The password configured for user " + user.getId()
          + " does not satisfy the password policy (" + rules + "): at least 10 characters"
          + " with a lower-case and an upper-case letter, a digit and a special character, and"
          + " not containing the user's id or name");
    }
  }

  /**
   * Creates each grant, or sets an existing one of the same group and resource to exactly it.
   * The existing grants are read in one query: this runs at every start.
   */
  void ensureGrants(Collection<Grant> grants) {
    if (grants.isEmpty()) {
      return;
    }
    String[] groupIds = grants.stream().map(grant -> grant.group().id()).distinct()
        .toArray(String[]::new);
    Map<String, Authorization> existingByKey = new HashMap<>();
    for (Authorization authorization : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupIds).list()) {
      existingByKey.putIfAbsent(key(authorization.getGroupId(), authorization.getResourceType(),
          authorization.getResourceId()), authorization);
    }
    for (Grant grant : grants) {
      Authorization existing = existingByKey.get(
          key(grant.group().id(), grant.resource().resourceType(), grant.resourceId()));
      Authorization authorization = existing != null
          ? existing
          : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      int before = ((AuthorizationEntity) authorization).getPermissions();
      authorization.setPermissions(grant.permissions());
      if (existing != null && before == ((AuthorizationEntity) authorization).getPermissions()) {
        continue;
      }
      authorization.setGroupId(grant.group().id());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
      authorizationService.saveAuthorization(authorization);
      existingByKey.put(key(grant.group().id(), grant.resource().resourceType(),
          grant.resourceId()), authorization);
      LOG.info("{} grant {}", existing == null ? "Created" : "Corrected", grant);
    }
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "\u0000" + resourceType + "\u0000" + resourceId;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
