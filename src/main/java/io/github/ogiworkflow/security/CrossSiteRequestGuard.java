package io.github.ogiworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Another site cannot make a staff member's browser change anything here (issue 13, C2). For
 * every request that is not a read, on /engine-rest and our staff APIs:
 * <ul>
 *   <li>an {@code Origin} or {@code Referer} of another site, or {@code Sec-Fetch-Site:
 *       cross-site/same-site}, is refused;
 *   <li>a browser (it sends Origin, Referer, Sec-Fetch-* or cookies) may not send the content
 *       types an HTML form can send without a CORS preflight (urlencoded, multipart, text/plain):
 *       our APIs take JSON, so only a forged form would use them.
 * </ul>
 * API clients (curl, Camunda Modeler, the cluster driver) send none of those headers.
 */
public class CrossSiteRequestGuard extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> FORM_TYPES = Set.of(
      MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE,
      MediaType.TEXT_PLAIN_VALUE);
  /** Our own same-origin form posts (checked for origin above, like everything else). */
  private static final Set<String> OWN_FORMS = Set.of(LogoutController.LOGOUT);
  /**
   * The upload form of a case's attachment page (attachment/AttachmentController): accepted
   * from a browser only when it names our own origin (Origin or Referer), as forms always do.
   */
  private static final Pattern OWN_UPLOAD_FORM = Pattern.compile("/cases/[^/]+/attachments");
  /**
   * The receipt page's form that prints a counter or post request's query code (ADR 0175,
   * publicapi/ReceiptQueryCodeController): accepted from a browser on the same terms.
   */
  private static final Pattern OWN_RECEIPT_FORM = Pattern.compile("/cases/[^/]+/receipt");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      chain.doFilter(request, response);
      return;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    String referer = request.getHeader(HttpHeaders.REFERER);
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    boolean crossSite = origin != null ? !sameOrigin(origin, request)
        : referer != null && !sameOrigin(referer, request);
    if (crossSite || "cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
      refuse(response, "Requests from another site are refused（拒绝来自其他网站的请求）");
      return;
    }
    boolean browser = origin != null || referer != null || fetchSite != null
        || request.getHeader("Sec-Fetch-Mode") != null
        || request.getHeader(HttpHeaders.COOKIE) != null;
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean ownUploadForm = (OWN_UPLOAD_FORM.matcher(path).matches()
        || OWN_RECEIPT_FORM.matcher(path).matches()) && (origin != null || referer != null);
    if (browser && isFormType(request.getContentType()) && !OWN_FORMS.contains(path)
        && !ownUploadForm) {
      refuse(response, "This API takes JSON only; form submissions from a browser are refused"
          + "（本接口只接受 JSON，拒绝浏览器表单提交）");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isFormType(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return FORM_TYPES.contains(type);
  }

  /** Same scheme-less host and port as the Host the request was sent to. */
  static boolean sameOrigin(String url, HttpServletRequest request) {
    try {
      URI uri = URI.create(url.trim());
      if (uri.getHost() == null) {
        return false;
      }
      String host = request.getHeader(HttpHeaders.HOST);
      if (host == null) {
        return false;
      }
      int port = uri.getPort() != -1 ? uri.getPort()
          : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      String expected = host.contains(":") ? host : host + ":" + defaultPort(request);
      return expected.equalsIgnoreCase(uri.getHost() + ":" + port);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static int defaultPort(HttpServletRequest request) {
    return request.isSecure() ? 443 : 80;
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(("{\"type\":\"CrossSiteRequestRefused\",\"message\":\""
        + message + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
