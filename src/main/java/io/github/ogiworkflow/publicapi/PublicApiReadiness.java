package io.github.ogiworkflow.publicapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public API answers only once the application is ready (Spring Boot's readiness,
 * {@code ACCEPTING_TRAFFIC} after the application runners), 503 系统正在启动 before and while it
 * shuts down. On a fresh demo or training database the runner that seeds back-dated cases moves
 * the engine clock while Tomcat already serves: an application taken then got a seeding day as
 * its submission date and a number among the demo cases (audit 34a F10, ADR 0164).
 */
@Configuration(proxyBeanMethods = false)
class PublicApiReadiness {

  static final String STARTING = "系统正在启动，请稍后再试";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicApiReadinessGate(
      ApplicationAvailability availability) {
    ObjectMapper json = new ObjectMapper();
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request,
              HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
              chain.doFilter(request, response);
              return;
            }
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "30");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(),
                PublicApiErrors.body("service starting", STARTING));
          }
        });
    registration.setName("public-api-readiness");
    // Before enginerest/SafeErrorResponses (HIGHEST_PRECEDENCE + 30), which would turn this
    // deliberate 503 into a server error with a log id.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.addUrlPatterns("/api/public/*");
    return registration;
  }
}
