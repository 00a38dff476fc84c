package io.github.ogiworkflow.holidaynotice;

import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.AccessDenied;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.security.StaffApiAuthentication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/calendar/years/{year}} with {@code {"content": "holiday 2027-01-01\n…"}} (the
 * text of {@code cn-<year>.txt}): an administrator adds a year's holiday notice (issue 14,
 * point 14). {@code camunda-admin} only. Answers 200 with the deadlines counted again; a
 * malformed notice or a year that has one already: 400 in Chinese, nothing changed.
 */
@RestController
@ConditionalOnWebApplication
public class HolidayNoticeController {

  static final String CALENDAR_API = "/api/calendar";

  private final HolidayNotices notices;
  private final StaffAccess access;

  public HolidayNoticeController(HolidayNotices notices, StaffAccess access) {
    this.notices = notices;
    this.access = access;
  }

  @Bean
  static FilterRegistrationBean<ProcessEngineAuthenticationFilter> calendarApiAuthentication() {
    return StaffApiAuthentication.httpBasic("calendar-api-authentication", "",
        CALENDAR_API + "/*");
  }

  @PutMapping(path = CALENDAR_API + "/years/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> addYear(@PathVariable String year,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.ADMIN);
    if (!year.matches("\\d{4}")) {
      throw new InvalidInput("year: four digits（year（年份）应为四位数字）");
    }
    Object content = body == null ? null : body.get("content");
    if (!(content instanceof String text) || text.isBlank()) {
      throw new InvalidInput("content: the text of cn-" + year + ".txt is required"
          + "（content（节假日安排内容）不能为空）");
    }
    List<Moved> moved = notices.add(Integer.parseInt(year), text,
        "upload cn-" + year + ".txt by " + access.currentUser());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("year", Integer.parseInt(year));
    answer.put("recomputed", moved.stream().map(m -> Map.of("trackingNumber",
        m.trackingNumber(), "field", m.field(), "from", m.from().toString(), "to",
        m.to().toString())).toList());
    return answer;
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInput invalid) {
        return ApiError.of(HttpStatus.BAD_REQUEST, invalid.getMessage());
      }
      if (t instanceof AccessDenied) {
        return ApiError.of(HttpStatus.FORBIDDEN, t.getMessage());
      }
    }
    throw e;
  }
}
