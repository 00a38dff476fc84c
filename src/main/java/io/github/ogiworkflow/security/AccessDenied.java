package io.github.ogiworkflow.security;

/** A caller outside the groups an endpoint serves; message "english（中文）", answered 403. */
public class AccessDenied extends RuntimeException {

  public AccessDenied(String message) {
    super(message);
  }
}
