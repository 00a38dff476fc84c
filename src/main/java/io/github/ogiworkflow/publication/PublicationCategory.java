package io.github.ogiworkflow.publication;

/** Categories of proactively published information (the seed's list, handbook section 5). */
public enum PublicationCategory {
  ORGANISATION("机构职能"),
  NORMATIVE_DOCUMENTS("规范性文件"),
  PLANS("规划计划"),
  STATISTICS("统计"),
  FUNDS("资金"),
  PROCUREMENT("政府集中采购"),
  LICENSING("行政许可"),
  SUPERVISION("监督检查"),
  WORK_NEWS("工作动态"),
  OTHER("其他");

  private final String label;

  PublicationCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
