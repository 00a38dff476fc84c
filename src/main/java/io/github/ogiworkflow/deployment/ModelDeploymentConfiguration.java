package io.github.ogiworkflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Deploys every model under the top-level {@code processes/} and {@code forms/} folders (copied
 * to the classpath by Maven) as one deployment named {@value #DEPLOYMENT_NAME}.
 *
 * <p>Resource names are the classpath-relative paths ({@code processes/x.bpmn}), whatever way the
 * app was started: the starter's default names a resource by its absolute file path under {@code
 * mvn spring-boot:run} and by its file name in the fat jar, so every switch between the two would
 * deploy new versions of unchanged models. With stable names, an unchanged set of models is not
 * deployed again.
 */
@Component
public class ModelDeploymentConfiguration extends AbstractCamundaConfiguration
    implements CamundaDeploymentConfiguration {

  /**
   * In Chinese: Cockpit's 部署 page shows it to leadership and auditors. (Until 2026-12 it was
   * "ogi-workflow": duplicate filtering compares with the last deployment of the same name, so
   * the first start after the rename deploys the whole set once more, as any model change does.)
   */
  public static final String DEPLOYMENT_NAME = "政府信息公开流程模型";
  static final List<String> MODEL_FOLDERS = List.of("processes", "forms");
  static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".dmn", ".form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeploymentConfiguration.class);

  private final ClassLoader classLoader;

  public ModelDeploymentConfiguration() {
    this(ClassUtils.getDefaultClassLoader());
  }

  ModelDeploymentConfiguration(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    Set<Resource> resources = getDeploymentResources();
    configuration.setDeploymentResources(resources.toArray(Resource[]::new));
    configuration.setDeploymentName(DEPLOYMENT_NAME);
    // Duplicate filtering stays on (nothing is deployed when no model changed), but when one
    // changes, all are deployed again: forms are bound with formRefBinding="deployment", so a
    // new process version must find its forms in its own deployment.
    configuration.setDeployChangedOnly(false);
    LOG.info("Deploying {} models: {}", resources.size(),
        resources.stream().map(r -> ((ContextResource) r).getPathWithinContext()).toList());
  }

  @Override
  public Set<Resource> getDeploymentResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
    Set<Resource> found = new LinkedHashSet<>();
    try {
      for (String folder : MODEL_FOLDERS) {
        Resource root = resolver.getResource("classpath:" + folder + "/");
        if (!root.exists()) {
          continue;
        }
        String rootUrl = root.getURL().toString();
        Resource[] matches = resolver.getResources("classpath:" + folder + "/**/*");
        Arrays.stream(matches)
            .filter(ModelDeploymentConfiguration::isModel)
            .map(r -> new StableNameResource(folder + "/" + relativePath(rootUrl, r), classLoader))
            .sorted(Comparator.comparing(StableNameResource::getPath))
            .forEach(found::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the models to deploy", e);
    }
    return found;
  }

  private static boolean isModel(Resource resource) {
    String name = resource.getFilename();
    return name != null && MODEL_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static String relativePath(String rootUrl, Resource resource) {
    try {
      String url = resource.getURL().toString();
      if (!url.startsWith(rootUrl)) {
        throw new IllegalStateException("Model " + url + " is not below " + rootUrl);
      }
      return url.substring(rootUrl.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A classpath resource whose deployment name is its classpath path. */
  static final class StableNameResource extends ClassPathResource implements ContextResource {

    StableNameResource(String path, ClassLoader classLoader) {
      super(path, classLoader);
    }

    @Override
    public String getPathWithinContext() {
      return getPath();
    }
  }
}
