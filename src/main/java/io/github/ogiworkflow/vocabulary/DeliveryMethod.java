package io.github.ogiworkflow.vocabulary;

import java.util.Arrays;

/** 送达方式 of a reply (handbook 2.13), as the delivery form offers them. */
public enum DeliveryMethod {
  IN_PERSON("当面送达"),
  POST("邮寄送达"),
  EMAIL("电子邮件送达"),
  ONLINE("网上送达");

  private final String label;

  DeliveryMethod(String label) {
    this.label = label;
  }

  /** As letters and the applicant's page name it: 邮寄送达. */
  public String label() {
    return label;
  }

  /** The label of a stored 送达方式, or null for none or one not known. */
  public static String labelOf(String stored) {
    return Arrays.stream(values()).filter(m -> m.name().equals(stored)).findFirst()
        .map(DeliveryMethod::label).orElse(null);
  }
}
