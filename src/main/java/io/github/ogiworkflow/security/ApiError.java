package io.github.ogiworkflow.security;

import io.github.ogiworkflow.process.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error body of our staff endpoints: messages are written "english（中文）" and split into
 * {@code {"error": english, "message": 中文}} so clients get a key and staff a readable text.
 */
public final class ApiError {

  private ApiError() {}

  /** What a refusal of this status means, for a message that has no Chinese of its own. */
  public static String chineseGist(int status) {
    return switch (status) {
      case 400 -> "请求内容有误，请检查填写的内容和日期格式";
      case 401 -> "请先登录";
      case 403 -> "您没有执行此操作或查看此内容的权限";
      case 404 -> "未找到要办理的内容，可能已被他人办理或已删除，请刷新后重试";
      case 405, 406, 415 -> "不支持此请求方式";
      case 409 -> "内容已被他人修改，请刷新后重试";
      default -> status >= 500 ? "服务器未能完成该请求" : "请求被拒绝";
    };
  }

  /**
   * A staff API's answer to a refusal anywhere in {@code e}'s causes: 400 for bad input, 404 for
   * the API's own unknown-case exception, 403 for the engine's or our access refusal; empty when
   * the failure is none of these (the caller rethrows it).
   */
  public static Optional<ResponseEntity<Map<String, String>>> forRefusal(RuntimeException e,
      Class<? extends RuntimeException> unknownCase) {
    return forRefusal(e, unknownCase, null);
  }

  /**
   * As {@link #forRefusal(RuntimeException, Class)}, and 409 for the API's own conflict (a case
   * in a state the request cannot change), if not null. The API's own exceptions are recognised
   * before bad input, as some are {@link InvalidInput}s too (the appeal API's).
   */
  public static Optional<ResponseEntity<Map<String, String>>> forRefusal(RuntimeException e,
      Class<? extends RuntimeException> unknownCase, Class<? extends RuntimeException> conflict) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (unknownCase.isInstance(t)) {
        return Optional.of(of(HttpStatus.NOT_FOUND, t.getMessage()));
      }
      if (conflict != null && conflict.isInstance(t)) {
        return Optional.of(of(HttpStatus.CONFLICT, t.getMessage()));
      }
      if (t instanceof InvalidInput invalid) {
        return Optional.of(of(HttpStatus.BAD_REQUEST, invalid.getMessage()));
      }
      if (t instanceof AuthorizationException) {
        return Optional.of(of(HttpStatus.FORBIDDEN, "not authorized（无权执行此操作）"));
      }
      if (t instanceof AccessDenied) {
        return Optional.of(of(HttpStatus.FORBIDDEN, t.getMessage()));
      }
    }
    return Optional.empty();
  }

  public static ResponseEntity<Map<String, String>> of(HttpStatus status, String text) {
    String message = text == null ? status.getReasonPhrase() : text;
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", english(message));
    body.put("message", chinese(message));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /**
   * The Chinese refusal of a body that names a field twice (Jackson's strict duplicate
   * detection, on for the staff APIs as for the public one), or null for any other failure.
   */
  public static String duplicateField(Throwable unreadable) {
    for (Throwable t = unreadable; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.JsonParseException parse
          && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")) {
        return "请求内容中有重复的字段，同一字段只能出现一次";
      }
    }
    return null;
  }

  /** One wrong field a line, its variable name first (as {@code InvalidInput} writes them). */
  private static final Pattern FIELD = Pattern.compile("^([a-z][A-Za-z0-9]*)\\b");

  /**
   * 400 with every wrong field of {@code refusal} (one "field …（中文）" a line, as
   * {@code InvalidInput.Collector} joins them): {@code message} the Chinese parts, {@code fields}
   * each field's Chinese message, {@code error} the English parts.
   */
  public static ResponseEntity<Map<String, Object>> fieldRefusal(String refusal) {
    List<String> english = new ArrayList<>();
    List<String> chinese = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : refusal.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      english.add(english(line.strip()));
      String text = chinese(line.strip());
      chinese.add(text);
      Matcher field = FIELD.matcher(line.strip());
      if (field.find()) {
        fields.putIfAbsent(field.group(1), text);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", String.join("; ", english));
    body.put("message", String.join("；", chinese));
    body.put("fields", fields);
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }

  /** The English part of "english（中文）", or the whole text when it is not written so. */
  public static String english(String message) {
    int open = message.indexOf('（');
    return open > 0 && message.endsWith("）") ? message.substring(0, open).trim() : message;
  }

  /** The Chinese part of "english（中文）", or the whole text when it is not written so. */
  public static String chinese(String message) {
    int open = message.indexOf('（');
    return open > 0 && message.endsWith("）")
        ? message.substring(open + 1, message.length() - 1) : message;
  }
}
