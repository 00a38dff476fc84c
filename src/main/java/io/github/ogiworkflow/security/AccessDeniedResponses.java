package io.github.ogiworkflow.security;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link StaffAccess} refusals answer 403 with the usual error body, on every endpoint of ours. */
@RestControllerAdvice
@ConditionalOnWebApplication
public class AccessDeniedResponses {

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<Map<String, String>> denied(AccessDenied e) {
    return ApiError.of(HttpStatus.FORBIDDEN, e.getMessage());
  }
}
