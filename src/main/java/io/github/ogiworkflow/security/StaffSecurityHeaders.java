package io.github.ogiworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser hardening on every response: no framing, no content sniffing, no referrer to other
 * sites, and no caching of anything but static files (staff pages, APIs, CSV and Excel downloads
 * and the engine's answers carry personal data). Our own pages get a strict Content-Security-Policy
 * (they use inline styles only); Camunda's webapps keep the one Camunda sets (nonces for their
 * scripts). Runs first, so the public page's own headers (publicapi/PublicPageHeaders) and
 * Camunda's win where they set the same header.
 */
@Configuration(proxyBeanMethods = false)
public class StaffSecurityHeaders {

  static final String STAFF_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> staffSecurityHeadersFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    // Static files that may be cached: the webapps' code and plugins, the public page's files.
    List<String> staticPrefixes = List.of(webappPath + "/app/", webappPath + "/assets/",
        webappPath + "/lib/", "/public/", "/webjars/", "/favicon.ico");
    Pattern webappPluginFile =
        Pattern.compile(Pattern.quote(webappPath) + "/api/[^/]+/plugin/[^/]+/static/.*");
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request,
              HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            if (!path.startsWith(webappPath + "/")) {
              response.setHeader("Content-Security-Policy", STAFF_CSP);
            }
            if (staticPrefixes.stream().anyMatch(path::startsWith)
                || webappPluginFile.matcher(path).matches()) {
              chain.doFilter(request, response);
              return;
            }
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, new NoStoreResponse(response));
          }
        });
    registration.setName("staff-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Keeps "no-store": Camunda's REST API, for one, would set "no-cache" (which allows storing). */
  static final class NoStoreResponse extends HttpServletResponseWrapper {

    NoStoreResponse(HttpServletResponse response) {
      super(response);
    }

    private static boolean isCaching(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
          || "Pragma".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isCaching(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isCaching(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!isCaching(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!isCaching(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
