package io.github.ogiworkflow.overview;

import io.github.ogiworkflow.security.StaffApiAuthentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deadline overview has two doors: {@link #API} with HTTP Basic for scripts and other
 * systems, and {@link #WEBAPP_API} for the Cockpit page, which has the webapps' login session
 * (a cookie, no Basic credentials) and is checked in the controller.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class DeadlineWebConfiguration {

  static final String API = "/api/deadlines";
  static final String WEBAPP_API = "/api/webapp/deadlines";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> deadlineAuthentication() {
    return StaffApiAuthentication.httpBasic("deadline-authentication", "", API);
  }
}
