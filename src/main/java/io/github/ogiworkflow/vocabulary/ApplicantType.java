package io.github.ogiworkflow.vocabulary;

/** Applicant types, the columns of table 三 of the annual report. */
public enum ApplicantType {
  NATURAL_PERSON("自然人"),
  COMMERCIAL("商业企业"),
  RESEARCH("科研机构"),
  NONPROFIT("社会公益组织"),
  LEGAL_SERVICE("法律服务机构"),
  OTHER_ORG("其他");

  private final String label;

  ApplicantType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
