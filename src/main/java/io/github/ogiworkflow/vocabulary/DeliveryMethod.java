package io.github.ogiworkflow.vocabulary;

/** 送达方式 of a reply (handbook 2.13), as the delivery form offers them. */
public enum DeliveryMethod {
  IN_PERSON,
  POST,
  EMAIL,
  ONLINE
}
