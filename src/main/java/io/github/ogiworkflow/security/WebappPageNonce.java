package io.github.ogiworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives each page of Camunda's webapps the script nonce of its own Content-Security-Policy.
 *
 * <p>Camunda 7.24 keeps the nonce of the last response in a ServletContext attribute, shared by all
 * requests, and writes the page from that attribute after its header was set. Two staff opening
 * Tasklist or Cockpit at the same moment could get a page whose nonce is the other's: the browser
 * then refuses every script and the webapp stays blank (16 % of 240 concurrent loads here, and
 * CI's Cockpit step of 2026-12-07). The header's nonce is the one the browser enforces, so the
 * page's nonces are rewritten to it. Only the webapps' index pages are buffered (a few KB); their
 * scripts and styles pass through untouched. ADR 0167.
 */
@Configuration(proxyBeanMethods = false)
public class WebappPageNonce {

  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"[^\"]*\"");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappPageNonceFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new OncePerRequestFilter() {
          @Override
          protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !"GET".equals(request.getMethod()) || !isIndexPage(webappPath, path);
          }

          @Override
          protected void doFilterInternal(HttpServletRequest request,
              HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, page);
            byte[] body = page.getContentAsByteArray();
            String contentType = page.getContentType();
            String policy = page.getHeader("Content-Security-Policy");
            Matcher nonce = policy == null ? null : HEADER_NONCE.matcher(policy);
            if (contentType != null && contentType.startsWith("text/html")
                && nonce != null && nonce.find()) {
              body = withNonce(body, nonce.group(1));
            }
            page.resetBuffer();
            if (!response.isCommitted()) {
              response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
            response.flushBuffer();
          }
        });
    registration.setName("webapp-page-nonce");
    registration.addUrlPatterns(webappPath + "/*");
    // Outside Camunda's filters (they set the header and write the page inside the chain).
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  /**
   * The webapps' index pages: {@code /camunda/}, {@code /camunda/app/} and
   * {@code /camunda/app/{app}/{engine}/...}; anything whose last segment names a file is not one.
   */
  static boolean isIndexPage(String webappPath, String path) {
    if (!path.startsWith(webappPath + "/")) {
      return false;
    }
    String rest = path.substring(webappPath.length());
    if (!rest.equals("/") && !rest.startsWith("/app/")) {
      return false;
    }
    String last = rest.substring(rest.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  /** The page with every nonce attribute set to the header's (ISO-8859-1 keeps other bytes). */
  static byte[] withNonce(byte[] page, String nonce) {
    String text = new String(page, StandardCharsets.ISO_8859_1);
    String fixed = PAGE_NONCE.matcher(text).replaceAll(
        Matcher.quoteReplacement("nonce=\"" + nonce + "\""));
    return fixed.getBytes(StandardCharsets.ISO_8859_1);
  }
}
