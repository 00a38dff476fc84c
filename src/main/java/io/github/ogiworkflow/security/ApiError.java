package io.github.ogiworkflow.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error body of our staff endpoints: messages are written "english（中文）" and split into
 * {@code {"error": english, "message": 中文}} so clients get a key and staff a readable text.
 */
public final class ApiError {

  private ApiError() {}

  public static ResponseEntity<Map<String, String>> of(HttpStatus status, String text) {
    String message = text == null ? status.getReasonPhrase() : text;
    int open = message.indexOf('（');
    boolean split = open > 0 && message.endsWith("）");
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", split ? message.substring(0, open).trim() : message);
    body.put("message", split ? message.substring(open + 1, message.length() - 1) : message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
