package io.github.ogiworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * People open our staff pages with the login session of the webapps (Tasklist, Cockpit); API
 * clients keep HTTP Basic. There is no Basic challenge: a browser never shows its password
 * dialog, so it never caches credentials that another site's form could then send along (the
 * CSRF of issue 13, C2). A person without a session gets a Chinese page that links to the login;
 * a program (any /api/ path, or Accept: application/json) gets {@code {"message":"请先登录"}}.
 */
public class StaffAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final String LOGIN_PAGE = "/camunda/app/tasklist/default/";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
      ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
      if (logins != null && logins.getAuthenticationForProcessEngine(engine.getName())
          instanceof UserAuthentication user) {
        AuthenticationResult result = AuthenticationResult.successful(user.getIdentityId());
        result.setGroups(user.getGroupIds());
        result.setTenants(user.getTenantIds());
        return result;
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  /** The 401 body of our APIs, as the webapps' API answers (audit 32b, F10). */
  static final String NOT_LOGGED_IN_JSON =
      "{\"error\":\"not logged in\",\"message\":\"请先登录\"}";

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response,
      ProcessEngine engine) {
    boolean json = wantsJson(currentRequest());
    response.setContentType(json ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
    try {
      response.getOutputStream().write((json ? NOT_LOGGED_IN_JSON
          : "<!DOCTYPE html><html lang=\"zh-CN\"><head>"
          + "<meta charset=\"UTF-8\"><title>请先登录</title></head><body>"
          + "<p>请先登录。登录后再打开本页面。</p><p><a href=\"" + LOGIN_PAGE + "\">前往登录"
          + "</a></p></body></html>").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the refused caller is a program: any path under /api/, or a client asking for JSON
   * (Accept: application/json) — it gets {@code {"message":"请先登录"}}; a person opening a page
   * (/cases/…, /ledger, /reports/…) gets the page with the login link.
   */
  static boolean wantsJson(HttpServletRequest request) {
    if (request == null) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return true;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
              && !type.isWildcardType());
    } catch (InvalidMediaTypeException unreadable) {
      return false;
    }
  }

  /**
   * The request being answered (the filter hands the provider only the response): Spring's
   * request context, set for every request before the authentication filters run.
   */
  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
        ? current.getRequest() : null;
  }
}
