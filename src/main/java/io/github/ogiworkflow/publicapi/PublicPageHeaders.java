package io.github.ogiworkflow.publicapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser hardening for the public page and API: own scripts only, no framing, no caching of
 * answers that carry a query code or personal data.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageHeaders {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicSecurityHeaders() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request,
              HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", "default-src 'self'; "
                + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            if (request.getRequestURI().startsWith("/api/")) {
              response.setHeader("Cache-Control", "no-store");
            }
            chain.doFilter(request, response);
          }
        });
    registration.setName("public-security-headers");
    registration.addUrlPatterns("/public/*", "/api/public/*");
    return registration;
  }
}
