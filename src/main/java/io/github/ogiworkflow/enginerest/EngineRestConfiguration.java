package io.github.ogiworkflow.enginerest;

import io.github.ogiworkflow.security.StaffAccess;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Our additions to Camunda's REST API at /engine-rest (a Jersey application). */
@Configuration
public class EngineRestConfiguration {

  @Bean
  ResourceConfigCustomizer concurrentChangeResponses(TaskService tasks, StaffAccess access) {
    return config -> config.register(new ConcurrentChangeResponses(tasks, access));
  }

  /**
   * Error answers without SQL, stack traces or class names, for every path; inside the header
   * and login-throttle filters, outside everything else.
   */
  @Bean
  FilterRegistrationBean<SafeErrorResponses> safeErrorResponses() {
    FilterRegistrationBean<SafeErrorResponses> registration =
        new FilterRegistrationBean<>(new SafeErrorResponses());
    registration.setName("safe-error-responses");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
