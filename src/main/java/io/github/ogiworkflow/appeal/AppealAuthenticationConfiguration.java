package io.github.ogiworkflow.appeal;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import io.github.ogiworkflow.security.StaffApiAuthentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The appeal endpoints use the engine's identity as /engine-rest does: HTTP Basic against the
 * engine's users, 401 without it; the call then runs as that user under engine authorizations.
 */
@Configuration(proxyBeanMethods = false)
// Web layer only: the process test engine scans this package without one.
@ConditionalOnWebApplication
public class AppealAuthenticationConfiguration {

  static final String APPEALS_PATH = "/api/appeals";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> appealApiAuthentication() {
    return StaffApiAuthentication.httpBasic("appeal-api-authentication", APPEALS_PATH,
        APPEALS_PATH + "/*");
  }
}
