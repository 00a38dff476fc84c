package io.github.ogiworkflow.support;

import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** A configuration file the app ships, as flat properties (e.g. {@code spring.datasource.url}). */
public final class ShippedYaml {

  private ShippedYaml() {}

  public static Properties of(String resource) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(resource));
    return yaml.getObject();
  }
}
