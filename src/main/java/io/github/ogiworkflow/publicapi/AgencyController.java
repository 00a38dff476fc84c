package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.letter.AgencyProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The agency's name and contact for the public page (no login, nothing personal). */
@RestController
public class AgencyController {

  private final AgencyProperties agency;
  private final AgencyContact contact;

  public AgencyController(AgencyProperties agency, AgencyContact contact) {
    this.agency = agency;
    this.contact = contact;
  }

  @GetMapping("/api/public/agency")
  public Map<String, String> agency() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("name", agency.name());
    body.put("office", contact.office());
    body.put("address", contact.address());
    body.put("phone", contact.phone());
    body.put("hours", contact.hours());
    body.put("email", contact.email());
    return body;
  }
}
