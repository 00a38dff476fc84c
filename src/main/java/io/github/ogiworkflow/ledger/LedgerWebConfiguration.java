package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.security.StaffApiAuthentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's pages and API take the webapps' login session (no second password) or, for API
 * clients, HTTP Basic against the engine's users; 401 with a Chinese login link otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class LedgerWebConfiguration {

  static final String API = "/api/ledger";
  static final String PAGES = "/ledger";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> ledgerAuthentication() {
    return StaffApiAuthentication.httpBasic("ledger-authentication", "", API, API + "/*", PAGES,
        PAGES + "/*");
  }
}
