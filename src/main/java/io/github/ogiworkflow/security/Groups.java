package io.github.ogiworkflow.security;

import java.util.List;

/** The engine groups people are put in; authorizations are granted to groups only. */
public enum Groups {
  OFFICE("office", "政府信息公开办公室", true),
  LEGAL("legal", "法规科", true),
  LEADERSHIP("leadership", "领导小组", true),
  AUDITOR("auditor", "审计", false),
  /** Camunda's conventional administrators' group: Admin webapp and every permission. */
  ADMIN("camunda-admin", "系统管理员", false);

  private final String id;
  private final String chineseName;
  private final boolean worksOnTasks;

  Groups(String id, String chineseName, boolean worksOnTasks) {
    this.id = id;
    this.chineseName = chineseName;
    this.worksOnTasks = worksOnTasks;
  }

  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  /**
   * The group's type as Admin lists it (a free text to the engine, which reads none of it):
   * Camunda's examples write WORKFLOW and SYSTEM, which staff would read in English.
   */
  public String chineseType() {
    if (this == ADMIN) {
      return "系统管理";
    }
    return worksOnTasks ? "业务办理" : "监督查阅";
  }

  /** Staff groups that receive user tasks and so get Tasklist filters. */
  public static List<Groups> taskGroups() {
    return java.util.Arrays.stream(values()).filter(g -> g.worksOnTasks).toList();
  }

  public static Groups byId(String id) {
    for (Groups group : values()) {
      if (group.id.equals(id)) {
        return group;
      }
    }
    throw new IllegalArgumentException("Unknown group '" + id + "'");
  }
}
