package io.github.ogiworkflow.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The links the logged-in person may open ({@link StaffLinks}), for the webapps' own menus:
 * Cockpit's header and the Welcome page show only these (their scripts read this with the
 * webapps' login session). Everyone logged in may ask; 401 without a login.
 */
@RestController
@ConditionalOnWebApplication
public class StaffLinksController {

  public static final String API = "/api/webapp/navigation";

  private final StaffLinks links;

  public StaffLinksController(StaffLinks links) {
    this.links = links;
  }

  @GetMapping(path = API, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> navigation() {
    List<Map<String, String>> open = links.forCurrentUser().stream().map(p -> {
      Map<String, String> link = new LinkedHashMap<>();
      link.put("id", p.name());
      link.put("label", p.label());
      link.put("href", p.href());
      return link;
    }).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("links", open);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  /** The webapps' login session (or HTTP Basic for API clients), as for our other pages. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication
  static class Authentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> navigationAuthentication() {
      return StaffApiAuthentication.httpBasic("navigation-authentication", "", API);
    }
  }
}
