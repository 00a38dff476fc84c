package io.github.ogiworkflow.security;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A client that accepts none of the formats an endpoint of ours gives (e.g. {@code Accept:
 * application/xml} on /api/deadlines) gets 406 with the usual error body, in JSON, saying so in
 * Chinese, instead of Spring's 406 without a body (audit 32b, F10). The body's type is set on
 * the answer, so Spring writes it whatever the request accepted.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
public class NotAcceptableResponses {

  static final String MESSAGE = "none of the formats the request accepts is offered"
      + "（本接口不能以请求所要求的格式提供内容：请去掉 Accept 请求头，或改为本接口提供的格式，"
      + "如 application/json）";

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Map<String, String>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return ApiError.of(HttpStatus.NOT_ACCEPTABLE, MESSAGE);
  }
}
