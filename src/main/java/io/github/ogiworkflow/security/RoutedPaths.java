package io.github.ogiworkflow.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is routed by. The servlet container and the JAX-RS APIs behind it route
 * {@code /login/tasklist;x=1} or {@code /compl%65te} as {@code /login/tasklist} and
 * {@code /complete}; a filter that matched the path as sent would take such a request for
 * another one.
 */
public final class RoutedPaths {

  private RoutedPaths() {}

  /**
   * The path the servlet container routes: decoded, with path parameters ({@code ;x=1}) and dot
   * segments removed. Falls back to the path as sent where no servlet mapping is known.
   */
  public static String routed(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    String routed = servletPath + pathInfo;
    return routed.isEmpty() ? sent(request) : routed;
  }

  /** Whether the path was sent exactly as it is routed. */
  public static boolean sentAsRouted(HttpServletRequest request) {
    String sent = sent(request);
    return sent.equals(routed(request)) && !sent.contains("//");
  }

  private static String sent(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
