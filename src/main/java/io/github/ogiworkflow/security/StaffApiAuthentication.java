package io.github.ogiworkflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/**
 * Our staff endpoints authenticate against the engine's users: people with the webapps' login
 * session, API clients with HTTP Basic ({@link StaffAuthenticationProvider}), 401 without
 * either; the request then runs as that user under engine authorizations. /engine-rest itself
 * takes HTTP Basic only. One factory so every package registers the same filter the same way.
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
    return register(name, servletPathPrefix, StaffAuthenticationProvider.class, urlPatterns);
  }

  /** /engine-rest: HTTP Basic only, with the standard challenge for API clients. */
  static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicOnly(String name,
      String servletPathPrefix, String... urlPatterns) {
    return register(name, servletPathPrefix, HttpBasicAuthenticationProvider.class, urlPatterns);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> register(String name,
      String servletPathPrefix, Class<?> provider, String... urlPatterns) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        provider.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
        servletPathPrefix);
    // Before EngineApiGuard and our controllers, which read the caller the filter sets.
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  public static final int AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
}
