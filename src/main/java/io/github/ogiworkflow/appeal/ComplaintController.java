package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints and reports (申诉、举报, Art. 51 of the 2019 Regulation) registered on their own:
 * about a request ({@code trackingNumber}), a publication batch ({@code complaintReference},
 * ZDGK-…) or the agency's OGI work in general. Legal staff and administrators, as the other
 * appeal events; errors as {@link AppealController}'s.
 */
@RestController
// Web layer only: the process test engine scans this package without one.
@ConditionalOnWebApplication
public class ComplaintController {

  private final AppealEvents events;
  private final StaffAccess access;

  public ComplaintController(AppealEvents events, StaffAccess access) {
    this.events = events;
    this.access = access;
  }

  @PostMapping(AppealAuthenticationConfiguration.APPEALS_PATH + "/complaints")
  public ResponseEntity<Object> complaint(
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.LEGAL);
    return ResponseEntity.status(HttpStatus.CREATED).body(events.fileComplaint(body));
  }

  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, String>> refused(ProcessEngineException e) {
    return AppealController.refusal(e);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return AppealController.unreadableBody(e);
  }
}
