package io.github.ogiworkflow.intake;

/** 获取信息的方式 the applicant asked for (Art. 29). */
public enum DeliveryMethod {
  PICK_UP,
  POST,
  EMAIL,
  ONLINE
}
