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

/**
 * People open our staff pages with the login session of the webapps (Tasklist, Cockpit); API
 * clients keep HTTP Basic. There is no Basic challenge: a browser never shows its password
 * dialog, so it never caches credentials that another site's form could then send along (the
 * CSRF of issue 13, C2). A person without a session gets a Chinese page that links to the login.
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

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response,
      ProcessEngine engine) {
    response.setContentType("text/html;charset=UTF-8");
    try {
      response.getOutputStream().write(("<!DOCTYPE html><html lang=\"zh-CN\"><head>"
          + "<meta charset=\"UTF-8\"><title>请先登录</title></head><body>"
          + "<p>请先登录。登录后再打开本页面。</p><p><a href=\"" + LOGIN_PAGE + "\">前往登录"
          + "</a></p></body></html>").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
