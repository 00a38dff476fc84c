package io.github.ogiworkflow.vocabulary;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The applicant's identity document (Art. 29: an application names the applicant and its
 * 身份证明). A natural person shows a personal document, an organisation (法人或者其他组织) its
 * 统一社会信用代码 or another organisation document: a document of the other kind would count
 * the case in the wrong column of table 三 and address the letters wrongly (audit round 24, F10).
 */
public enum IdType {
  RESIDENT_ID("居民身份证", true, false),
  PASSPORT("护照", true, false),
  USCC("统一社会信用代码", false, true),
  OTHER("其他", true, true);

  private final String label;
  private final boolean forPersons;
  private final boolean forOrganisations;

  IdType(String label, boolean forPersons, boolean forOrganisations) {
    this.label = label;
    this.forPersons = forPersons;
    this.forOrganisations = forOrganisations;
  }

  public String label() {
    return label;
  }

  /** Whether an applicant of that type identifies with this document. */
  public boolean fits(ApplicantType applicant) {
    return applicant == ApplicantType.NATURAL_PERSON ? forPersons : forOrganisations;
  }

  /** The reason, in Chinese, why the document does not fit the applicant type. */
  public String misfit(ApplicantType applicant) {
    return applicant == ApplicantType.NATURAL_PERSON
        ? "自然人的身份证明应为居民身份证、护照或其他个人证件，不能是" + label
        : applicant.label() + "属于法人或者其他组织，身份证明应为统一社会信用代码或其他证明文件，"
            + "不能是" + label;
  }

  public static Optional<IdType> of(String name) {
    return Stream.of(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
