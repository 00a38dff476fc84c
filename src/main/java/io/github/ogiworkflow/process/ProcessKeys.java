package io.github.ogiworkflow.process;

/** Keys of the process definitions in {@code processes/}: one place, used by code, tests and grants. */
public final class ProcessKeys {

  /** 政府信息公开申请办理: the whole handling of one request. */
  public static final String DISCLOSURE_REQUEST = "DisclosureRequest";
  /** 保密审查: one secrecy review of one information item (一事一审). */
  public static final String SECRECY_REVIEW = "SecrecyReview";

  private ProcessKeys() {}
}
