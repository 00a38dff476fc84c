package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.security.StaffApiAuthentication;
import io.github.ogiworkflow.webapp.StaffPages;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail and compliance pages are for staff: HTTP Basic against the engine's users. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class AuditWebConfiguration {

  static final String API = "/api/audit";
  static final String PAGES = "/audit";
  /** A case's audit trail page is this followed by its tracking number. */
  static final String CASE_PAGES = StaffPages.AUDIT_CASE_PAGES;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> auditAuthentication() {
    return StaffApiAuthentication.httpBasic("audit-authentication", "", API + "/*",
        PAGES + "/*");
  }
}
