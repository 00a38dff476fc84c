package io.github.ogiworkflow.enginerest;

import io.github.ogiworkflow.security.StaffAccess;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our additions to Camunda's REST API at /engine-rest (a Jersey application). */
@Configuration
public class EngineRestConfiguration {

  @Bean
  ResourceConfigCustomizer concurrentChangeResponses(TaskService tasks, StaffAccess access) {
    return config -> config.register(new ConcurrentChangeResponses(tasks, access));
  }
}
