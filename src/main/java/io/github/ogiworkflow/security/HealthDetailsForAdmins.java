package io.github.ogiworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} tells everyone whether the node is up (load balancers, start scripts),
 * and its details only administrators: they name the server's disk path, the database, the job
 * executor's lock owner and the calendar warning, none of which an applicant on the public page
 * may read. Spring Boot shows the details to a request whose principal has the role in
 * {@code management.endpoint.health.roles}; this filter gives an administrator's request that
 * principal, from the webapps' login session or HTTP Basic, as on our staff endpoints. A wrong
 * password is answered 401, so that the login throttle counts it.
 */
final class HealthDetailsForAdmins extends OncePerRequestFilter {

  static final String WRONG_CREDENTIALS = "{\"error\":\"wrong user name or password\","
      + "\"message\":\"用户名或密码错误\"}";

  private final ProcessEngine engine;
  private final AuthenticationProvider staff = new StaffAuthenticationProvider();

  HealthDetailsForAdmins(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    boolean basic = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    if (!basic && request.getSession(false) == null) {
      chain.doFilter(request, response);
      return;
    }
    AuthenticationResult caller = staff.extractAuthenticatedUser(request, engine);
    if (!caller.isAuthenticated()) {
      if (basic) {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(WRONG_CREDENTIALS);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    String userId = caller.getAuthenticatedUser();
    boolean admin = engine.getIdentityService().createUserQuery().userId(userId)
        .memberOfGroup(Groups.ADMIN.id()).count() == 1;
    chain.doFilter(admin ? new Administrator(request, userId) : request, response);
  }

  /** The request as Spring Boot's health endpoint asks it: who calls, in which role. */
  private static final class Administrator extends HttpServletRequestWrapper {

    private final String userId;

    Administrator(HttpServletRequest request, String userId) {
      super(request);
      this.userId = userId;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> userId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return Groups.ADMIN.id().equals(role);
    }
  }
}
