package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.deployment.ModelDeploymentConfiguration;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.security.AuthorizationMatrix.Grant;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Authorization sweep (issue 8): every group, and a user in no group, × every action the
 * {@link AuthorizationMatrix} speaks of, through REST. The expected answer is computed from the
 * matrix itself, so the sweep follows it when it changes. {@link AccessMatrixIT} checks the grants
 * in the engine, webapp logins of some users, filters and task completion; this sweep adds every
 * user × every action over HTTP.
 *
 * <p>How "denied" looks depends on Camunda: starting a process answers 403, or 404 when the user
 * may not even read its definition; changing an instance answers 403; webapp logins answer 403; reading definitions, instances, history, deployments and
 * decisions is a query, and the engine filters what the user may not read out of the list (200
 * with the entry missing) — there "allowed" means the entry is listed.
 *
 * <p>The sweep is honest about its coverage: a setup that cannot start an instance of a process,
 * or a start that fails after the authorization check (a 500), fails it; and at the end every
 * user × action of the matrix must have been tried, but for the pairs in {@link #EXCLUSIONS},
 * each named with its reason.
 */
@IntegrationTest
class AuthorizationSweepIT {

  static final String NO_GROUP_USER = "sweepnogroup";

  /** One member of each group, and a user in none. */
  static final Map<String, Groups> USERS = new LinkedHashMap<>();

  static {
    AccessMatrixIT.MEMBER.forEach((group, user) -> USERS.put(user, group));
    USERS.put(NO_GROUP_USER, null);
  }

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired DecisionService decisions;
  final ObjectMapper json = new ObjectMapper();

  /**
   * What a start cannot do without even before our validation answers: SecrecyReview is only
   * ever called from a request, and its first task's due date comes from there.
   */
  static final Map<String, String> START_VARIABLES = Map.of("SecrecyReview",
      "{\"replyDueDate\":{\"value\":\"2099-12-31T00:00:00.000+0800\",\"type\":\"Date\"}}");

  /** One action: a permission on a resource, and how to try it over REST. */
  record Action(Resource resource, String resourceId, Permission permission) {
    @Override
    public String toString() {
      return resource.resourceName() + ":" + resourceId + " " + permission.getName();
    }
  }

  /**
   * Pairs of the matrix that are not tried over REST, each by name with the reason. The sweep
   * fails if a pair is neither tried nor listed here, if a listed pair is tried after all (remove
   * it then), or if a name here matches nothing in the matrix.
   */
  static final List<Exclusion> EXCLUSIONS = List.of(
      new Exclusion("ProcessInstance:* CREATE", "a start needs it together with CREATE_INSTANCE"
          + " on the definition, so it is tried in each ProcessDefinition:<key> CREATE_INSTANCE"),
      new Exclusion("ProcessInstance:* READ", "it shows every instance, so it is tried in each"
          + " ProcessDefinition:<key> READ_INSTANCE"),
      new Exclusion("DecisionRequirementsDefinition:* READ", "nothing to read: Camunda stores a"
          + " decision requirements definition only for a DMN file with more than one decision,"
          + " and each of ours has one"));

  /** An action of the matrix not tried for any user, and why. */
  record Exclusion(String action, String reason) {}

  @Test
  void everyUserCanDoExactlyWhatTheMatrixGrantsTheirGroup() throws Exception {
    givenUserInNoGroup();
    givenAHistoricDecision();
    Map<String, String> instances = oneInstancePerProcess();
    List<Action> actions = actions();
    assertThat(actions).as("actions named by the authorization matrix").isNotEmpty();
    assertThat(USERS).as("users to try them as").isNotEmpty();
    assertThat(USERS.values()).as("a user of each group").containsAll(List.of(Groups.values()));
    List<String> failures = new ArrayList<>();
    Set<String> tried = new TreeSet<>();
    for (Action action : actions) {
      for (Map.Entry<String, Groups> user : USERS.entrySet()) {
        boolean expected = allowed(user.getValue(), action);
        Boolean actual = attempt(user.getKey(), user.getValue(), action, instances);
        if (actual == null) {
          continue; // not tried: must be a named exclusion (checked below)
        }
        tried.add(pair(user.getKey(), action));
        if (actual != expected) {
          failures.add(user.getKey() + " (" + (user.getValue() == null ? "no group"
              : user.getValue().id()) + ") " + action + ": expected "
              + (expected ? "allowed" : "denied") + ", was " + (actual ? "allowed" : "denied"));
        }
      }
    }
    System.out.printf("Authorization sweep: %d user × action checks over REST, %d wrong%n",
        tried.size(), failures.size());
    assertThat(failures).isEmpty();

    Set<String> expected = new TreeSet<>();
    Set<String> excluded = new TreeSet<>();
    for (Action action : actions) {
      for (String user : USERS.keySet()) {
        expected.add(pair(user, action));
        if (excluded(action)) {
          excluded.add(pair(user, action));
        }
      }
    }
    for (Exclusion exclusion : EXCLUSIONS) {
      assertThat(actions).as("exclusion %s names an action of the matrix", exclusion.action())
          .anyMatch(a -> a.toString().equals(exclusion.action()));
    }
    assertThat(tried).as("excluded pairs that were tried after all (remove their exclusion)")
        .doesNotContainAnyElementsOf(excluded);
    Set<String> untried = new TreeSet<>(expected);
    untried.removeAll(excluded);
    untried.removeAll(tried);
    assertThat(untried).as("user × action pairs of the matrix neither tried nor excluded by name")
        .isEmpty();
    assertThat(tried).hasSize(expected.size() - excluded.size());
  }

  static String pair(String user, Action action) {
    return user + " × " + action;
  }

  static boolean excluded(Action action) {
    return EXCLUSIONS.stream().anyMatch(e -> e.action().equals(action.toString()));
  }

  /**
   * Every action the matrix speaks of: each permission it grants on each resource, and for each
   * process definition it names, every permission any group gets on any process definition (so
   * the ones a group lacks are tried too), and the three webapps. The administrators' grants are
   * ALL on every resource, which names no action of its own: the admin is one of the users, so
   * ALL is tried through every action here.
   */
  static List<Action> actions() {
    Set<Action> actions = new LinkedHashSet<>();
    Set<String> processKeys = new LinkedHashSet<>();
    Set<Permission> definitionPermissions = new LinkedHashSet<>();
    for (Grant grant : AuthorizationMatrix.grants()) {
      if (grant.group() == Groups.ADMIN) {
        continue;
      }
      if (grant.resource() == PROCESS_DEFINITION) {
        processKeys.add(grant.resourceId());
        definitionPermissions.addAll(List.of(grant.permissions()));
      } else {
        for (Permission permission : grant.permissions()) {
          actions.add(new Action(grant.resource(), grant.resourceId(), permission));
        }
      }
    }
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      actions.add(new Action(APPLICATION, app, ACCESS));
    }
    for (String key : processKeys) {
      for (Permission permission : definitionPermissions) {
        actions.add(new Action(PROCESS_DEFINITION, key, permission));
      }
    }
    return List.copyOf(actions);
  }

  /** What the matrix says: a grant of the group on the resource (its id or ANY) with it or ALL. */
  static boolean allowed(Groups group, Action action) {
    if (group == null) {
      return false;
    }
    if (action.resource() == PROCESS_DEFINITION) {
      String key = action.resourceId();
      Permission p = action.permission();
      if (p == CREATE_INSTANCE) {
        return has(group, PROCESS_DEFINITION, key, CREATE_INSTANCE)
            && has(group, PROCESS_INSTANCE, key, CREATE);
      }
      if (p == READ_INSTANCE) {
        return has(group, PROCESS_DEFINITION, key, READ_INSTANCE)
            || has(group, PROCESS_INSTANCE, key, READ);
      }
      if (p == UPDATE_INSTANCE) {
        return has(group, PROCESS_DEFINITION, key, UPDATE_INSTANCE)
            || has(group, PROCESS_INSTANCE, key, UPDATE);
      }
    }
    if (action.resource() == GROUP && action.permission() == READ
        && group.id().equals(action.resourceId())) {
      return true; // the engine lets a group's members read it (granted when it was created)
    }
    return has(group, action.resource(), action.resourceId(), action.permission());
  }

  static boolean has(Groups group, Resource resource, String resourceId, Permission permission) {
    return AuthorizationMatrix.grants().stream().anyMatch(g -> g.group() == group
        && g.resource().resourceType() == resource.resourceType()
        && (g.resourceId().equals(resourceId) || g.resourceId().equals(Authorization.ANY))
        && List.of(g.permissions()).stream().anyMatch(p -> p == ALL || p == permission));
  }

  /** Tries the action over REST as the user: true allowed, false denied, null not triable. */
  Boolean attempt(String user, Groups group, Action action, Map<String, String> instances)
      throws Exception {
    String id = action.resourceId();
    Permission p = action.permission();
    if (action.resource() == APPLICATION) {
      int status = Http.webappLogin(rest, id, user, Http.DEMO_PASSWORD).getStatusCode().value();
      return status == 200 ? Boolean.TRUE : status == 403 ? Boolean.FALSE
          : fail(user, action, String.valueOf(status));
    }
    if (action.resource() == PROCESS_INSTANCE) {
      return null; // tried with the definitions' (see EXCLUSIONS)
    }
    if (action.resource() == PROCESS_DEFINITION) {
      if (p == READ) {
        return listed(user, "/engine-rest/process-definition?latestVersion=true&key=" + id);
      }
      if (p == CREATE_INSTANCE) {
        // A start form as Tasklist submits it, empty but for what the process cannot do
        // without: refused 403 without the grant; with it, it passes the authorization check and
        // our first step refuses the missing data (400) or it starts (200). Anything else (a 500
        // after the authorization check) fails the sweep. (Plain /start answers 500 for our
        // validation errors: Camunda maps form validation errors to 400 on submit-form only.)
        ResponseEntity<String> answer = Http.asUser(rest, user, HttpMethod.POST,
            "/engine-rest/process-definition/key/" + id + "/submit-form",
            "{\"variables\":" + START_VARIABLES.getOrDefault(id, "{}") + "}");
        int status = answer.getStatusCode().value();
        if (status == 404 && !allowed(group, new Action(PROCESS_DEFINITION, id, READ))) {
          return false; // a definition the user may not read is not found (filtered out)
        }
        return status == 403 ? Boolean.FALSE
            : status == 200 || status == 400 ? Boolean.TRUE
            : fail(user, action, status + " " + answer.getBody());
      }
      String instance = instances.get(id);
      assertThat(instance).as("an instance of %s to try %s on", id, p.getName()).isNotNull();
      if (p == READ_INSTANCE) {
        return contains(user, "/engine-rest/process-instance?processDefinitionKey=" + id, instance);
      }
      if (p == READ_HISTORY) {
        return contains(user, "/engine-rest/history/process-instance?processDefinitionKey=" + id,
            instance);
      }
      if (p == UPDATE_INSTANCE) {
        int status = Http.asUser(rest, user, HttpMethod.PUT, "/engine-rest/process-instance/"
            + instance + "/variables/sweepProbe", "{\"value\":\"x\",\"type\":\"String\"}")
            .getStatusCode().value();
        return status == 204 ? Boolean.TRUE : status == 403 ? Boolean.FALSE
            : fail(user, action, String.valueOf(status));
      }
    }
    if (action.resource() == DEPLOYMENT && p == READ) {
      // (the REST template encodes the Chinese name itself)
      return listed(user, "/engine-rest/deployment?name="
          + ModelDeploymentConfiguration.DEPLOYMENT_NAME);
    }
    if (action.resource() == GROUP && p == READ) {
      return contains(user, "/engine-rest/group?id=" + id, id);
    }
    if (action.resource() == DECISION_DEFINITION && p == READ) {
      return listed(user, "/engine-rest/decision-definition?latestVersion=true");
    }
    if (action.resource() == DECISION_REQUIREMENTS_DEFINITION && p == READ) {
      if (repository.createDecisionRequirementsDefinitionQuery().count() == 0) {
        return null; // nothing to read (see EXCLUSIONS)
      }
      return listed(user, "/engine-rest/decision-requirements-definition");
    }
    if (action.resource() == DECISION_DEFINITION && p == READ_HISTORY) {
      // The definition's READ_HISTORY is tried as the history query (givenAHistoricDecision
      // made sure there is something to list).
      return listed(user, "/engine-rest/history/decision-instance");
    }
    throw new AssertionError("No REST call known for " + action + ": add one to the sweep");
  }

  /**
   * Historic decision instances exist only after a decision ran: one evaluation of the approval
   * table (as the engine does for a refusal), so READ_HISTORY has something to show or hide.
   */
  private void givenAHistoricDecision() {
    if (history.createHistoricDecisionInstanceQuery().count() == 0) {
      decisions.evaluateDecisionTableByKey(ProcessKeys.APPROVAL_REQUIRED_TABLE,
          Variables.createVariables().putValue(ProcessVariables.OUTCOME_CODE, "3.6")
              .putValue(ProcessVariables.OVERRIDE_APPROVAL, null));
    }
    assertThat(history.createHistoricDecisionInstanceQuery().count())
        .as("a historic decision instance to try READ_HISTORY on").isPositive();
  }

  private Boolean fail(String user, Action action, String answer) {
    throw new AssertionError(user + " " + action + ": unexpected HTTP " + answer);
  }

  private Boolean listed(String user, String path) throws Exception {
    return !list(user, path).isEmpty();
  }

  private Boolean contains(String user, String path, String id) throws Exception {
    for (JsonNode entry : list(user, path)) {
      if (id.equals(entry.path("id").asText())) {
        return true;
      }
    }
    return false;
  }

  private JsonNode list(String user, String path) throws Exception {
    ResponseEntity<String> answer = Http.asUser(rest, user, HttpMethod.GET, path, null);
    assertThat(answer.getStatusCode().value()).as("%s GET %s: %s", user, path, answer.getBody())
        .isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private void givenUserInNoGroup() {
    if (identity.createUserQuery().userId(NO_GROUP_USER).count() == 0) {
      User user = identity.newUser(NO_GROUP_USER);
      user.setFirstName("无");
      user.setLastName("组");
      user.setPassword(Http.DEMO_PASSWORD);
      identity.saveUser(user);
    }
  }

  /**
   * One running instance of every process the matrix names: an existing one, or one started
   * directly at its first user task (no data needed, only the due date some tasks show).
   */
  private Map<String, String> oneInstancePerProcess() {
    Map<String, String> instances = new LinkedHashMap<>();
    for (Action action : actions()) {
      if (action.resource() != PROCESS_DEFINITION || instances.containsKey(action.resourceId())) {
        continue;
      }
      String key = action.resourceId();
      var existing = runtime.createProcessInstanceQuery().processDefinitionKey(key).active()
          .listPage(0, 1);
      if (!existing.isEmpty()) {
        instances.put(key, existing.get(0).getId());
        continue;
      }
      var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      assertThat(definition).as("deployed process %s", key).isNotNull();
      // The first user task that can be entered without the data earlier steps would have set
      // (some have timers or listeners that need it); if none can, the sweep fails here.
      List<String> refusals = new ArrayList<>();
      for (UserTask task : repository.getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class)) {
        try {
          instances.put(key, runtime.createProcessInstanceByKey(key).businessKey("SWEEP-" + key)
              .setVariable("replyDueDate", new Date())
              .setVariable("answerDueDate", new Date())
              .setVariable("publicationDueDate", new Date())
              .setVariable("withdrawalApprovalDueDate", new Date())
              .setVariable("trackingNumber", "SWEEP-" + key)
              // a review task fixes its item when created (the sweep never completes it)
              .setVariable("itemId", 0L)
              .startBeforeActivity(task.getId()).execute().getId());
          break;
        } catch (RuntimeException e) {
          refusals.add(task.getId() + ": " + e.getMessage());
        }
      }
      assertThat(instances).as("an instance of %s could be started; tried %s", key, refusals)
          .containsKey(key);
    }
    assertThat(instances).as("instances to try on").isNotEmpty();
    return instances;
  }
}
