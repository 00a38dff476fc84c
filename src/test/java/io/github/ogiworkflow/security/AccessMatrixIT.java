package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.security.AuthorizationMatrix.Grant;
import io.github.ogiworkflow.support.CounterRegistration;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Each seeded group can do exactly what the authorization matrix in the README says. */
@IntegrationTest
class AccessMatrixIT {

  /** One demo member of each group. */
  static final Map<Groups, String> MEMBER = Map.of(
      Groups.OFFICE, "wangli", Groups.LEGAL, "lina", Groups.LEADERSHIP, "chengang",
      Groups.AUDITOR, "sunyue", Groups.ADMIN, PeopleProperties.ADMIN_USER_ID);

  @Autowired TestRestTemplate rest;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired FilterService filterService;
  @Autowired AccessSeeder accessSeeder;
  @Autowired TasklistFilterSeeder filterSeeder;
  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{1} logs in to {0}: {2}")
  @CsvSource({
      "tasklist, wangli, 200", "tasklist, lina, 200", "tasklist, chengang, 200",
      "tasklist, sunyue, 403",
      "cockpit, chengang, 200", "cockpit, sunyue, 200", "cockpit, lina, 403",
      "cockpit, wangli, 403",
      "admin, admin, 200", "admin, chengang, 403", "admin, sunyue, 403", "admin, wangli, 403"})
  void webappAccessFollowsTheMatrix(String app, String user, int expectedStatus) {
    var response = Http.webappLogin(rest, app, user, Http.DEMO_PASSWORD);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expectedStatus);
  }

  @Test
  void everyGrantOfTheMatrixHoldsForAMemberOfTheGroup() {
    assertThat(AuthorizationMatrix.grants()).hasSizeGreaterThan(20);
    for (Grant grant : AuthorizationMatrix.grants()) {
      String user = MEMBER.get(grant.group());
      for (var permission : grant.permissions()) {
        assertThat(authorizationService.isUserAuthorized(user, groupsOf(user), permission,
            grant.resource(), grant.resourceId()))
            .as("%s for %s", grant, user).isTrue();
      }
    }
  }

  @Test
  void groupsGetNothingBeyondTheMatrix() {
    assertThat(isAuthorized("sunyue", CREATE_INSTANCE, ProcessKeys.DISCLOSURE_REQUEST)).isFalse();
    assertThat(isAuthorized("lina", CREATE_INSTANCE, ProcessKeys.DISCLOSURE_REQUEST)).isFalse();
    assertThat(isAuthorized("chengang", CREATE_INSTANCE, ProcessKeys.DISCLOSURE_REQUEST)).isFalse();
    assertThat(isAuthorized("lina", READ_HISTORY, ProcessKeys.DISCLOSURE_REQUEST)).isFalse();
    assertThat(isAuthorized("wangli", READ_HISTORY, ProcessKeys.DISCLOSURE_REQUEST)).isFalse();
    assertThat(isAuthorized("sunyue", READ_HISTORY, ProcessKeys.DISCLOSURE_REQUEST)).isTrue();
    // Issue 16: Cockpit's dashboard counts open tasks from the history for leadership too.
    assertThat(isAuthorized("chengang", READ_HISTORY, ProcessKeys.DISCLOSURE_REQUEST)).isTrue();
    // Annual report (issue 6): only the office starts it; auditors read its history.
    assertThat(isAuthorized("wangli", CREATE_INSTANCE, ProcessKeys.ANNUAL_REPORT)).isTrue();
    assertThat(isAuthorized("chengang", CREATE_INSTANCE, ProcessKeys.ANNUAL_REPORT)).isFalse();
    assertThat(isAuthorized("lina", READ_HISTORY, ProcessKeys.ANNUAL_REPORT)).isFalse();
    assertThat(isAuthorized("sunyue", READ_HISTORY, ProcessKeys.ANNUAL_REPORT)).isTrue();
    // 跟进邮寄回执 (ADR 0061): the office works on its task but only the server starts it.
    assertThat(isAuthorized("wangli", Permissions.READ_INSTANCE,
        ProcessKeys.SIGNED_FOR_FOLLOW_UP)).isTrue();
    assertThat(isAuthorized("wangli", CREATE_INSTANCE, ProcessKeys.SIGNED_FOR_FOLLOW_UP))
        .isFalse();
    // 送达终止告知书 (ADR 0067): likewise.
    assertThat(isAuthorized("wangli", Permissions.READ_INSTANCE,
        ProcessKeys.TERMINATION_NOTICE_SERVICE)).isTrue();
    assertThat(isAuthorized("wangli", CREATE_INSTANCE, ProcessKeys.TERMINATION_NOTICE_SERVICE))
        .isFalse();
  }

  /**
   * Every permission on every deployed process definition, for a member of each staff group:
   * granted exactly when the matrix grants it (to the definition or to all), denied otherwise.
   */
  @Test
  void processDefinitionPermissionsAreExactlyTheMatrix() {
    List<String> keys = repositoryService.createProcessDefinitionQuery().latestVersion().list()
        .stream().map(ProcessDefinition::getKey).toList();
    // The ten processes of README "Models" (guards the loops below against an empty list).
    assertThat(keys).hasSize(10).contains(ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.ANNUAL_REPORT,
        ProcessKeys.SIGNED_FOR_FOLLOW_UP, ProcessKeys.TERMINATION_NOTICE_SERVICE);
    int denials = 0;
    for (Groups group : List.of(Groups.OFFICE, Groups.LEGAL, Groups.LEADERSHIP, Groups.AUDITOR)) {
      String user = MEMBER.get(group);
      List<String> groups = groupsOf(user);
      assertThat(groups).as(user).containsExactly(group.id());
      for (String key : keys) {
        for (ProcessDefinitionPermissions permission : ProcessDefinitionPermissions.values()) {
          if (permission == ProcessDefinitionPermissions.NONE
              || permission == ProcessDefinitionPermissions.ALL) {
            continue;
          }
          boolean granted = matrixGrants(group, key, permission);
          denials += granted ? 0 : 1;
          assertThat(isAuthorized(user, permission, key))
              .as("%s (%s) %s on %s", user, group, permission, key).isEqualTo(granted);
        }
      }
    }
    assertThat(denials).as("denials checked").isGreaterThan(100);
  }

  private static boolean matrixGrants(Groups group, String key, Permission permission) {
    return AuthorizationMatrix.grants().stream().anyMatch(grant -> grant.group() == group
        && grant.resource().resourceType() == PROCESS_DEFINITION.resourceType()
        && (key.equals(grant.resourceId()) || Authorization.ANY.equals(grant.resourceId()))
        && Arrays.stream(grant.permissions()).anyMatch(p -> p.getValue() == permission.getValue()
            && p.getName().equals(permission.getName())
            || p == Permissions.ALL || p == ProcessDefinitionPermissions.ALL));
  }

  @Test
  void onlyTheCandidateGroupCanCompleteATask() {
    Task task = taskService.newTask();
    task.setName("测试任务");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), Groups.OFFICE.id());
    String complete = "/engine-rest/task/" + task.getId() + "/complete";

    assertThat(Http.asUser(rest, "sunyue", HttpMethod.POST, complete, "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, complete, "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, complete, "{}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  /**
   * ADR 0089: the engine's HistoricTask grant of a task's candidate group serves Tasklist while
   * the task is open and ends with it, so the grants every command reads do not pile up with
   * the tasks done.
   */
  @Test
  void aTasksHistoryGrantEndsWithTheTask() {
    String trackingNumber = CounterRegistration.registeredToday(runtimeService);
    Task check = taskService.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(ElementIds.TASK_CHECK_COMPLETENESS).singleResult();
    assertThat(historyGrants(check.getId())).as("open task").isEqualTo(1);

    identityService.setAuthentication("wangli", List.of(Groups.OFFICE.id()));
    try {
      taskService.complete(check.getId(), Map.of("completenessDecision", "COMPLETE"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(historyGrants(check.getId())).as("completed task").isZero();
    Task next = taskService.createTaskQuery().processInstanceBusinessKey(trackingNumber)
        .singleResult();
    assertThat(historyGrants(next.getId())).as("the next task").isEqualTo(1);

    runtimeService.deleteProcessInstance(next.getProcessInstanceId(), "test");
    assertThat(historyGrants(next.getId())).as("deleted task").isZero();
  }

  private long historyGrants(String taskId) {
    return authorizationService.createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_TASK).resourceId(taskId).count();
  }

  @Test
  void eachStaffGroupSeesItsOwnFiltersAndNoAllTasksFilter() throws Exception {
    assertThat(filterNames("lina")).containsExactly("我的待办", "本组待办", "本组已认领",
        "即将到期（3个工作日内）", "已超期（本环节办理期限）");
    // hasSize first: allMatch holds on an empty list.
    assertThat(filterDescriptions("lina")).filteredOn(d -> !d.equals("分配给我的任务"))
        .hasSize(4).allMatch(d -> d.startsWith(Groups.LEGAL.chineseName()));
    assertThat(filterDescriptions("wangli")).filteredOn(d -> !d.equals("分配给我的任务"))
        .hasSize(4).allMatch(d -> d.startsWith(Groups.OFFICE.chineseName()));
    assertThat(filterNames("sunyue")).isEmpty();
  }

  @Test
  void theGroupFilterListsTheGroupsTasksWithVariableColumns() throws Exception {
    Task task = taskService.newTask();
    task.setName("待认领任务");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), Groups.LEGAL.id());
    String groupFilterId = filterService.createFilterQuery().list().stream()
        .filter(f -> "legal.group".equals(f.getProperties().get(TasklistFilterSeeder.SEED_KEY)))
        .findFirst().orElseThrow().getId();

    var legal = Http.asUser(rest, "lina", HttpMethod.POST,
        "/engine-rest/filter/" + groupFilterId + "/list", "{}");
    assertThat(legal.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(legal.getBody()).contains(task.getId());

    var office = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/filter/" + groupFilterId + "/list", "{}");
    assertThat(office.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    taskService.deleteTask(task.getId(), true);
  }

  @Test
  void seedingAgainCreatesNothingTwice() {
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long grants = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    accessSeeder.seed();
    assertThat(filterSeeder.seed()).as("filters written by a second seeding").isZero();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  /** Admin lists each group's type: Chinese, also for a group an earlier version seeded. */
  @Test
  void groupTypesAreChineseAlsoForGroupsSeededInEnglish() {
    Group legal = identityService.createGroupQuery().groupId(Groups.LEGAL.id()).singleResult();
    legal.setType(AccessSeeder.ENGLISH_TYPE_WE_WROTE);
    identityService.saveGroup(legal);

    accessSeeder.seed();

    Map<String, String> types = new java.util.TreeMap<>();
    identityService.createGroupQuery().list().forEach(g -> types.put(g.getId(), g.getType()));
    assertThat(types).containsEntry("legal", "业务办理").containsEntry("office", "业务办理")
        .containsEntry("leadership", "业务办理").containsEntry("auditor", "监督查阅")
        .containsEntry("camunda-admin", "系统管理");
  }

  @Test
  void seedingPutsBackAGrantThatDrifted() {
    Grant grant = AuthorizationMatrix.grants().stream()
        .filter(g -> g.group() == Groups.OFFICE && g.resource() == PROCESS_DEFINITION
            && ProcessKeys.ANNUAL_REPORT.equals(g.resourceId()))
        .findFirst().orElseThrow();
    assertThat(grant.permissions()).contains(CREATE_INSTANCE);
    Authorization stored = authorizationService.createAuthorizationQuery()
        .groupIdIn(Groups.OFFICE.id()).resourceType(PROCESS_DEFINITION)
        .resourceId(ProcessKeys.ANNUAL_REPORT).singleResult();
    stored.removePermission(CREATE_INSTANCE);
    authorizationService.saveAuthorization(stored);
    assertThat(isAuthorized("wangli", CREATE_INSTANCE, ProcessKeys.ANNUAL_REPORT)).isFalse();

    accessSeeder.seed();

    assertThat(isAuthorized("wangli", CREATE_INSTANCE, ProcessKeys.ANNUAL_REPORT)).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.OFFICE.id())
        .resourceType(PROCESS_DEFINITION).resourceId(ProcessKeys.ANNUAL_REPORT).count())
        .isEqualTo(1);
  }

  @Test
  void seedingPutsBackASeededFilterThatDrifted() {
    Filter overdue = filterService.createFilterQuery().list().stream()
        .filter(f -> "office.overdue".equals(f.getProperties().get(TasklistFilterSeeder.SEED_KEY)))
        .findFirst().orElseThrow();
    String name = overdue.getName();
    filterService.saveFilter(overdue.setName("改过的名称")
        .setQuery(taskService.createTaskQuery().taskCandidateGroup(Groups.LEGAL.id())));

    assertThat(filterSeeder.seed()).as("filters written").isEqualTo(1);

    Filter restored = filterService.getFilter(overdue.getId());
    assertThat(restored.getName()).isEqualTo(name);
    assertThat(filterService.count(restored.getId())).isEqualTo(
        taskService.createTaskQuery().taskCandidateGroup(Groups.OFFICE.id())
            .includeAssignedTasks().dueBefore(new java.util.Date()).count());
    assertThat(filterSeeder.seed()).as("filters written once restored").isZero();
  }

  private boolean isAuthorized(String user, Permission p,
      String processKey) {
    return authorizationService.isUserAuthorized(user, groupsOf(user), p, PROCESS_DEFINITION,
        processKey);
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
  }

  private List<String> filterNames(String user) throws Exception {
    return filterField(user, "name");
  }

  private List<String> filterDescriptions(String user) throws Exception {
    List<String> descriptions = new ArrayList<>();
    for (JsonNode filter : filters(user)) {
      descriptions.add(filter.path("properties").path("description").asText());
    }
    return descriptions;
  }

  private List<String> filterField(String user, String field) throws Exception {
    List<String> values = new ArrayList<>();
    for (JsonNode filter : filters(user)) {
      values.add(filter.path(field).asText());
    }
    return values;
  }

  private JsonNode filters(String user) throws Exception {
    var response = Http.asUser(rest, user, HttpMethod.GET,
        "/engine-rest/filter?sortBy=name&sortOrder=asc", null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode all = json.readTree(response.getBody());
    List<JsonNode> sorted = new ArrayList<>();
    all.forEach(sorted::add);
    sorted.sort(java.util.Comparator.comparingInt(
        f -> f.path("properties").path("priority").asInt()));
    return json.valueToTree(sorted);
  }
}
