package io.github.ogiworkflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class OgiWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(OgiWorkflowApplication.class, args);
  }
}
