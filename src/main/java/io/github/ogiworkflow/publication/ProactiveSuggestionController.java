package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.ProactiveSuggestions.Refused;
import io.github.ogiworkflow.publication.ProactiveSuggestions.Suggestion;
import io.github.ogiworkflow.publication.ProactiveSuggestions.UnknownCase;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{trackingNumber}/proactive-suggestions} with {@code {"suggestedOn":
 * "2026-03-05", "items": [1, 3], "reason": "…"}}: the office records the applicant's suggestion
 * that the information of these items (by 序号, as the case page lists them) be moved into the
 * proactive scope (申请人建议主动公开, Art. 44; audit 33a F9, ADR 0162). Office only (and
 * administrators). Answers 201 with what was recorded; bad input 400 in Chinese naming every
 * wrong field, an unknown case 404, a request not yet confirmed or without held items 409;
 * nothing written.
 */
@RestController
@ConditionalOnWebApplication
public class ProactiveSuggestionController {

  static final String PATH = "/api/cases/{trackingNumber}/proactive-suggestions";
  static final String VOID_PATH = PATH + "/void";
  static final String ANSWER_PATH = PATH + "/answer";

  private final ProactiveSuggestions suggestions;
  private final StaffAccess access;

  public ProactiveSuggestionController(ProactiveSuggestions suggestions, StaffAccess access) {
    this.suggestions = suggestions;
    this.access = access;
  }

  // Authentication of /api/cases/* is registered once for every case API
  // (AttachmentWebConfiguration.caseApiAuthentication).

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> record(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    Office office = office(body);
    List<Suggestion> recorded = suggestions.record(trackingNumber.trim(),
        office.given().get("suggestedOn"), office.given().get("items"),
        office.given().get("reason"), office.user(), office.name());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("trackingNumber", trackingNumber.trim());
    answer.put("suggestedOn", recorded.get(0).suggestedOn().toString());
    answer.put("items", items(recorded));
    answer.put("recordedByName", office.name());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  /**
   * {@code POST …/proactive-suggestions/void} with {@code {"items": [1], "reason": "…"}}: the
   * office voids suggestions recorded in error (ADR 0173); 200 with what was voided. The rows
   * stay, struck on the case page and in the trail, and no longer count.
   */
  @PostMapping(path = VOID_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> voidInError(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    Office office = office(body);
    List<Suggestion> voided = suggestions.voidInError(trackingNumber.trim(),
        office.given().get("items"), office.given().get("reason"), office.user(), office.name());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("trackingNumber", trackingNumber.trim());
    answer.put("items", items(voided));
    answer.put("voidReason", voided.get(0).voiding().reason());
    answer.put("voidedByName", office.name());
    return ResponseEntity.ok(answer);
  }

  /** The office member calling, with the request's body (none reads as empty). */
  private record Office(Map<String, Object> given, String user, String name) {}

  /** Both handlers' opening: office only (403 otherwise), and who is calling. */
  private Office office(Map<String, Object> body) {
    access.require(Groups.OFFICE);
    String user = access.currentUser();
    return new Office(body == null ? Map.of() : body, user,
        access.namesOf(Set.of(user)).getOrDefault(user, user));
  }

  /** The suggestions' items as the answers list them: 序号 and title. */
  private static List<Map<String, Object>> items(List<Suggestion> suggestions) {
    return suggestions.stream().map(s -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("seq", s.seq());
      item.put("title", s.title());
      return item;
    }).toList();
  }

  /**
   * {@code POST …/proactive-suggestions/answer} with {@code {"items": [1], "decision":
   * "ADOPTED"|"NOT_ADOPTED", "answeredOn": "2026-03-20", "reason": "…"}}: the office records the
   * agency's answer to the applicant's suggestion (采纳 / 不予采纳, Art. 44; ADR 0183); 200 with
   * what was answered. A voided or already answered suggestion is refused (400 on {@code items}).
   */
  @PostMapping(path = ANSWER_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> answer(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.OFFICE);
    Map<String, Object> given = body == null ? Map.of() : body;
    String user = access.currentUser();
    String name = access.namesOf(Set.of(user)).getOrDefault(user, user);
    List<Suggestion> answered = suggestions.answer(trackingNumber.trim(), given.get("items"),
        given.get("decision"), given.get("answeredOn"), given.get("reason"), user, name);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("trackingNumber", trackingNumber.trim());
    answer.put("items", answered.stream().map(s -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("seq", s.seq());
      item.put("title", s.title());
      return item;
    }).toList());
    ProactiveSuggestions.Answer given0 = answered.get(0).answer();
    answer.put("decision", given0.decision().name());
    answer.put("decisionLabel", given0.decision().label());
    answer.put("answeredOn", given0.answeredOn().toString());
    answer.put("answeredByName", name);
    return ResponseEntity.ok(answer);
  }

  /** Bad input with every wrong field; an unknown case 404, a refused state 409. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<?> refused(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInput invalid) {
        return ApiError.fieldRefusal(invalid.getMessage());
      }
    }
    return ApiError.forRefusal(e, UnknownCase.class, Refused.class).orElseThrow(() -> e);
  }
}
