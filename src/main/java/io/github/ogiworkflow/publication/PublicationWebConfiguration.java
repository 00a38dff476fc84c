package io.github.ogiworkflow.publication;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import io.github.ogiworkflow.security.StaffApiAuthentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Art. 44 endpoint is for staff (the catalogue is public): HTTP Basic against the engine's users,
 * as for /engine-rest, so each call runs as that user (group check in the controller, engine
 * authorizations for starting processes). Only in the web application (not in engine tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class PublicationWebConfiguration {

  static final String CATALOGUE_API = "/api/catalogue";
  static final String CATALOGUE_PAGE = "/catalogue";
  static final String PUBLICATIONS_API = "/api/publications";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> publicationAuthentication() {
    // The whole request path counts; it never names an engine, so the default engine is used.
    // The catalogue (CATALOGUE_API, CATALOGUE_PAGE) is public and read-only: no login.
    return StaffApiAuthentication.httpBasic("publication-authentication", "",
        PUBLICATIONS_API + "/*");
  }
}
