package io.github.ogiworkflow.report;

import io.github.ogiworkflow.security.StaffApiAuthentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report endpoints (JSON, xlsx, HTML page) authenticate with HTTP Basic against the engine's
 * users, as /engine-rest does; the group check is in {@link ReportController}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ReportWebConfiguration {

  static final String API = "/api/reports";
  static final String PAGE = "/reports";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> reportAuthentication() {
    // The paths never name an engine, so the default engine is used.
    return StaffApiAuthentication.httpBasic("report-authentication", "", API + "/*",
        PAGE + "/*");
  }
}
