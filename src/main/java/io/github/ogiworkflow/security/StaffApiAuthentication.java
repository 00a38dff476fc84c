package io.github.ogiworkflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * Our staff endpoints authenticate as /engine-rest does: HTTP Basic against the engine's users,
 * 401 without it; the request then runs as that user under engine authorizations. One factory
 * so every package registers the same filter the same way.
 */
public final class StaffApiAuthentication {

  private StaffApiAuthentication() {}

  /**
   * @param name unique filter name
   * @param servletPathPrefix the part of the path before a possible engine name; "" when the
   *     paths never name an engine (then the default engine is used)
   * @param urlPatterns servlet URL patterns to protect
   */
  public static FilterRegistrationBean<ProcessEngineAuthenticationFilter> httpBasic(String name,
      String servletPathPrefix, String... urlPatterns) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
        servletPathPrefix);
    return registration;
  }
}
