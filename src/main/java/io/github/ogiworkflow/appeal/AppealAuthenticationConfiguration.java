package io.github.ogiworkflow.appeal;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The appeal endpoints use the engine's identity as /engine-rest does: HTTP Basic against the
 * engine's users, 401 without it; the call then runs as that user under engine authorizations.
 */
@Configuration
// Web layer only: the process test engine scans this package without one.
@ConditionalOnWebApplication
public class AppealAuthenticationConfiguration {

  static final String APPEALS_PATH = "/api/appeals";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> appealApiAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("appeal-api-authentication");
    registration.addUrlPatterns(APPEALS_PATH + "/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
        APPEALS_PATH);
    return registration;
  }
}
