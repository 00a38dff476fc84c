package io.github.ogiworkflow.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Login throttling without lockout (README "Security"): the engine delays a user after each
 * failed password (capped, never locked for good: see camunda.bpm.generic-properties in
 * application.yaml), and this filter stops an address that fails too often.
 */
@Configuration(proxyBeanMethods = false)
public class LoginThrottleConfiguration {

  /** Before the authentication filters, so a throttled address never reaches a password check. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  @Bean
  LoginThrottle loginThrottle(
      @Value("${ogi.login-throttle.max-failures:10}") int maxFailures,
      @Value("${ogi.login-throttle.window:15m}") Duration window) {
    return new LoginThrottle(maxFailures, window, Clock.systemUTC());
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, webappPath));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
