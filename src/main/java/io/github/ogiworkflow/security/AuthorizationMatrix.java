package io.github.ogiworkflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import io.github.ogiworkflow.process.ProcessKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what: the engine authorizations of each group, in one table. The README prints the
 * same matrix; {@link AccessSeeder} makes the database match it at every start. Task access is
 * not listed: the engine grants it to a task's candidate group when the task is created. Filter
 * READ is granted by {@link TasklistFilterSeeder} for each group's own filters.
 */
public final class AuthorizationMatrix {

  /** One grant: a group gets exactly these permissions on one resource. */
  public record Grant(Groups group, Resource resource, String resourceId, Permission... permissions) {

    public int permissionMask() {
      return Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    }

    @Override
    public String toString() {
      return group.id() + " " + resource.resourceName() + ":" + resourceId + " "
          + Arrays.stream(permissions).map(Permission::getName).toList();
    }
  }

  /** Processes whose tasks each staff group works on (their definitions must be readable). */
  static final List<String> OFFICE_PROCESSES = List.of(ProcessKeys.DISCLOSURE_REQUEST);
  static final List<String> LEGAL_PROCESSES =
      List.of(ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);
  static final List<String> ALL_PROCESSES =
      List.of(ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  /** Proactive disclosure (主动公开) and withdrawal of a published item. */
  static final List<String> PUBLICATION_PROCESSES =
      List.of(ProcessKeys.PROACTIVE_DISCLOSURE, ProcessKeys.PUBLICATION_WITHDRAWAL);
  /** Appeal processes (issue 4). */
  static final List<String> APPEAL_PROCESSES =
      List.of(ProcessKeys.RECONSIDERATION, ProcessKeys.LITIGATION, ProcessKeys.COMPLAINT);

  /** The groups whose names supervisors read (every group but the administrators'). */
  static final List<Groups> STAFF_GROUPS =
      List.of(Groups.OFFICE, Groups.LEGAL, Groups.LEADERSHIP, Groups.AUDITOR);

  private AuthorizationMatrix() {}

  public static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();

    // 办公室: Tasklist; registers requests (starts DisclosureRequest).
    grants.add(new Grant(Groups.OFFICE, APPLICATION, "tasklist", ACCESS));
    grants.add(new Grant(Groups.OFFICE, PROCESS_INSTANCE, ANY, CREATE));
    // READ_INSTANCE: Tasklist reads the filters' variable columns (受理编号, 申请人, 答复期限)
    // from the process instances of the listed tasks.
    for (String key : OFFICE_PROCESSES) {
      grants.add(new Grant(Groups.OFFICE, PROCESS_DEFINITION, key, READ, READ_INSTANCE,
          CREATE_INSTANCE));
    }

    // 法规科: Tasklist; works on tasks only.
    grants.add(new Grant(Groups.LEGAL, APPLICATION, "tasklist", ACCESS));
    for (String key : LEGAL_PROCESSES) {
      grants.add(new Grant(Groups.LEGAL, PROCESS_DEFINITION, key, READ, READ_INSTANCE));
    }

    // 领导小组: Tasklist for approvals, Cockpit to watch running cases (read only).
    grants.add(new Grant(Groups.LEADERSHIP, APPLICATION, "tasklist", ACCESS));
    grants.add(new Grant(Groups.LEADERSHIP, APPLICATION, "cockpit", ACCESS));
    grants.add(new Grant(Groups.LEADERSHIP, PROCESS_INSTANCE, ANY, READ));
    grants.add(new Grant(Groups.LEADERSHIP, DEPLOYMENT, ANY, READ));
    grants.add(new Grant(Groups.LEADERSHIP, DECISION_DEFINITION, ANY, READ));
    grants.add(new Grant(Groups.LEADERSHIP, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
    // READ_HISTORY (issue 16): Cockpit's dashboard counts open tasks from the history
    // (未完成的人工任务 showed 0 while tasks were open); variables in history are masked.
    for (String key : ALL_PROCESSES) {
      grants.add(new Grant(Groups.LEADERSHIP, PROCESS_DEFINITION, key, READ, READ_INSTANCE,
          READ_HISTORY));
    }

    // 审计: Cockpit read access plus history; never works on tasks.
    grants.add(new Grant(Groups.AUDITOR, APPLICATION, "cockpit", ACCESS));
    grants.add(new Grant(Groups.AUDITOR, PROCESS_INSTANCE, ANY, READ));
    grants.add(new Grant(Groups.AUDITOR, DEPLOYMENT, ANY, READ));
    grants.add(new Grant(Groups.AUDITOR, DECISION_DEFINITION, ANY, READ, READ_HISTORY));
    grants.add(new Grant(Groups.AUDITOR, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
    for (String key : ALL_PROCESSES) {
      grants.add(
          new Grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY));
    }

    // The staff groups by name (READ on GROUP): Cockpit's 人工任务 page lists open tasks per
    // candidate group and names each group by reading it; without this, leadership and auditors
    // read only their own group and saw the ids office, legal, … instead of 办公室, 法规科, ….
    // Not camunda-admin: the webapps' scripts tell an administrator by being able to read it
    // (cockpit/scripts/ogi-administrator.js).
    for (Groups supervisor : List.of(Groups.LEADERSHIP, Groups.AUDITOR)) {
      for (Groups staff : STAFF_GROUPS) {
        grants.add(new Grant(supervisor, GROUP, staff.id(), READ));
      }
    }

    // 主动公开 (ProactiveDisclosure, PublicationWithdrawal): office starts and works on both,
    // legal reviews (its SecrecyReview tasks), leadership approves; leadership and auditors read.
    for (String key : PUBLICATION_PROCESSES) {
      grants.add(new Grant(Groups.OFFICE, PROCESS_DEFINITION, key, READ, READ_INSTANCE,
          CREATE_INSTANCE));
      grants.add(new Grant(Groups.LEADERSHIP, PROCESS_DEFINITION, key, READ, READ_INSTANCE,
          READ_HISTORY));
      grants.add(
          new Grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY));
    }
    grants.add(new Grant(Groups.LEGAL, PROCESS_DEFINITION, ProcessKeys.PROACTIVE_DISCLOSURE, READ,
        READ_INSTANCE));
    // Appeals (issue 4): legal starts reconsiderations and lawsuits and records their events,
    // office and legal record complaints; leadership approves; auditors and leadership read.
    // No UPDATE_INSTANCE for legal (issue 13, M1): with it, legal could change variables or
    // suspend an appeal and so skip leadership's approval of the answer; decisions and
    // judgments reach the appeal through /api/appeals, which checks the group itself.
    grants.add(new Grant(Groups.LEGAL, PROCESS_INSTANCE, ANY, CREATE));
    for (String key : APPEAL_PROCESSES) {
      grants.add(new Grant(Groups.LEGAL, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE,
          READ_INSTANCE));
      grants.add(new Grant(Groups.LEADERSHIP, PROCESS_DEFINITION, key, READ, READ_INSTANCE,
          READ_HISTORY));
      grants.add(new Grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ, READ_INSTANCE,
          READ_HISTORY));
    }
    grants.add(new Grant(Groups.OFFICE, PROCESS_DEFINITION, ProcessKeys.COMPLAINT, READ,
        CREATE_INSTANCE));

    // Annual report (issue 6): the office writes it (and may start a year again by message),
    // leadership approves and supervises, auditors read its history.
    grants.add(new Grant(Groups.OFFICE, PROCESS_DEFINITION, ProcessKeys.ANNUAL_REPORT, READ,
        READ_INSTANCE, CREATE_INSTANCE));
    grants.add(new Grant(Groups.LEADERSHIP, PROCESS_DEFINITION, ProcessKeys.ANNUAL_REPORT, READ,
        READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(Groups.AUDITOR, PROCESS_DEFINITION, ProcessKeys.ANNUAL_REPORT, READ,
        READ_INSTANCE, READ_HISTORY));

    // 跟进邮寄回执 (ADR 0061): the office works on its task; only the server starts it (no
    // CREATE_INSTANCE: a follow-up started by hand could carry any variables).
    grants.add(new Grant(Groups.OFFICE, PROCESS_DEFINITION, ProcessKeys.SIGNED_FOR_FOLLOW_UP,
        READ, READ_INSTANCE));
    grants.add(new Grant(Groups.LEADERSHIP, PROCESS_DEFINITION, ProcessKeys.SIGNED_FOR_FOLLOW_UP,
        READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(Groups.AUDITOR, PROCESS_DEFINITION, ProcessKeys.SIGNED_FOR_FOLLOW_UP,
        READ, READ_INSTANCE, READ_HISTORY));

    // 送达终止告知书 (ADR 0067): likewise started only by the server (the closing).
    grants.add(new Grant(Groups.OFFICE, PROCESS_DEFINITION,
        ProcessKeys.TERMINATION_NOTICE_SERVICE, READ, READ_INSTANCE));
    grants.add(new Grant(Groups.LEADERSHIP, PROCESS_DEFINITION,
        ProcessKeys.TERMINATION_NOTICE_SERVICE, READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(Groups.AUDITOR, PROCESS_DEFINITION,
        ProcessKeys.TERMINATION_NOTICE_SERVICE, READ, READ_INSTANCE, READ_HISTORY));

    // 系统管理员: everything, including the Admin webapp.
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(Groups.ADMIN, resource, ANY, ALL));
    }
    return List.copyOf(grants);
  }
}
