package io.github.ogiworkflow.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API is open by default. This puts HTTP Basic authentication against the engine's
 * identity service in front of it, so every call runs as a real user under engine authorizations.
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthenticationConfiguration {

  static final String ENGINE_REST_PATH = "/engine-rest";

  /** Paths that change things for staff: the engine API and our staff APIs and pages. */
  static final String[] STAFF_WRITE_PATHS = {ENGINE_REST_PATH + "/*", "/api/appeals/*",
      "/api/audit/*", "/api/reports/*", "/api/catalogue/*", "/api/publications/*",
      "/api/deadlines/*", "/api/webapp/*", "/api/cases/*", "/api/calendar/*", "/audit/*",
      "/reports/*", "/catalogue/*", "/cases/*", LogoutController.LOGOUT};

  static final String[] HEALTH_PATHS = {"/actuator/health", "/actuator/health/*"};

  @Bean
  FilterRegistrationBean<CrossSiteRequestGuard> crossSiteRequestGuard() {
    FilterRegistrationBean<CrossSiteRequestGuard> registration =
        new FilterRegistrationBean<>(new CrossSiteRequestGuard());
    registration.setName("cross-site-request-guard");
    registration.addUrlPatterns(STAFF_WRITE_PATHS);
    // Before authentication: a forged request is refused before any password is checked.
    registration.setOrder(StaffApiAuthentication.AUTHENTICATION_ORDER - 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return StaffApiAuthentication.basicOnly("engine-rest-authentication", ENGINE_REST_PATH,
        ENGINE_REST_PATH + "/*");
  }

  /** The health endpoint's details for administrators only (see the filter). */
  @Bean
  FilterRegistrationBean<HealthDetailsForAdmins> healthDetailsForAdmins(ProcessEngine engine) {
    FilterRegistrationBean<HealthDetailsForAdmins> registration =
        new FilterRegistrationBean<>(new HealthDetailsForAdmins(engine));
    registration.setName("health-details-for-admins");
    registration.addUrlPatterns(HEALTH_PATHS);
    registration.setOrder(StaffApiAuthentication.AUTHENTICATION_ORDER);
    return registration;
  }
}
