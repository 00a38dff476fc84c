package io.github.ogiworkflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API is open by default. This puts HTTP Basic authentication against the engine's
 * identity service in front of it, so every call runs as a real user under engine authorizations.
 */
@Configuration
public class RestAuthenticationConfiguration {

  static final String ENGINE_REST_PATH = "/engine-rest";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return StaffApiAuthentication.httpBasic("engine-rest-authentication", ENGINE_REST_PATH,
        ENGINE_REST_PATH + "/*");
  }
}
