package io.github.ogiworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits in front of every password check: HTTP Basic on /engine-rest and our staff endpoints, and
 * the webapps' login form. A 401 answer to such a request counts as a failure of the client's
 * address; an address with too many failures gets 429 before its password is checked at all.
 * Requests without a password (sessions, anonymous calls) are not affected.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  static final String THROTTLED_ERROR = "Too many failed logins from your address; try again"
      + " in %d minutes";
  static final String THROTTLED_MESSAGE = "您所在地址登录失败次数过多，请 %d 分钟后再试";

  private final LoginThrottle throttle;
  private final String webappPath;
  private final Pattern webappLogin;

  LoginThrottleFilter(LoginThrottle throttle, String webappPath) {
    this.throttle = throttle;
    this.webappPath = webappPath;
    this.webappLogin =
        Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]*");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!checksPassword(request)) {
      chain.doFilter(request, response);
      return;
    }
    // The socket's address; behind a reverse proxy set server.forward-headers-strategy so that
    // this is the client's and not the proxy's (X-Forwarded-For is trusted only then).
    String address = request.getRemoteAddr();
    Duration wait = throttle.blockedFor(address);
    if (!wait.isZero()) {
      refuse(response, wait);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.recordFailure(address);
    }
  }

  private boolean checksPassword(HttpServletRequest request) {
    // As routed: ".../login/tasklist;x=1" checks a password too.
    String path = RoutedPaths.routed(request);
    if (path.startsWith(webappPath + "/")) {
      // The webapps use a session; only their login form checks a password.
      return "POST".equals(request.getMethod()) && webappLogin.matcher(path).matches();
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.getSeconds())));
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // The login page shows the message as it is: Chinese; the English for scripts and logs.
    response.getWriter().write("{\"type\":\"LoginThrottled\",\"error\":\""
        + THROTTLED_ERROR.formatted(minutes) + "\",\"message\":\""
        + THROTTLED_MESSAGE.formatted(minutes) + "\"}");
  }
}
