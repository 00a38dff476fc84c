package io.github.ogiworkflow.intake;

/** 获取信息的载体形式 the applicant asked for (Art. 29). */
public enum DeliveryForm {
  PAPER,
  ELECTRONIC
}
