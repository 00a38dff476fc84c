package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.security.StaffApiAuthentication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Chinese of variables and their values ({@link FormLabels}: the forms' labels and option
 * labels, the server's variables, the domain's code lists), read-only, for Cockpit's variable
 * table (cockpit/scripts/ogi-variables.js): staff read 申请人类型：自然人, not
 * {@code applicantType NATURAL_PERSON}. Any of our groups may read it (the labels are the forms'
 * own words, no case data); 401 without a login, 403 for a user in none of our groups.
 */
@RestController
@ConditionalOnWebApplication
public class FormLabelsController {

  public static final String API = "/api/form-labels";

  private final StaffAccess access;
  /** Built at the first request, from the forms (FormLabels): it never changes while running. */
  private final SingletonSupplier<Map<String, Object>> body;

  public FormLabelsController(FormLabels labels, StaffAccess access) {
    this.access = access;
    this.body = SingletonSupplier.of(() -> {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("fields", labels.fields());
      all.put("options", labels.options());
      all.put("codes", FormLabels.codes());
      return Map.copyOf(all);
    });
  }

  @GetMapping(path = API, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> labels() {
    access.requireStaff();
    // Built once; the browser keeps it for the page (ogi-variables.js asks once per page
    // load): staff answers are never stored (StaffSecurityHeaders sets no-store).
    return ResponseEntity.ok().body(body.obtain());
  }

  /** The webapps' login session (or HTTP Basic for API clients), as for our other pages. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication
  static class Authentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> formLabelsAuthentication() {
      return StaffApiAuthentication.httpBasic("form-labels-authentication", "", API);
    }
  }
}
