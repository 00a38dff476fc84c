package io.github.ogiworkflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ContextResource;

/**
 * The same models get the same deployment names whether they are read from a folder (as under
 * {@code mvn spring-boot:run}) or from a jar (as under {@code java -jar}).
 */
class ModelDeploymentConfigurationTest {

  static final List<String> MODELS = List.of(
      "processes/a.bpmn", "processes/rules/b.dmn", "forms/c.form");
  static final List<String> NOT_MODELS = List.of("processes/readme.txt", "other/d.bpmn");

  @TempDir Path temp;

  @Test
  void namesModelsByTheirClasspathPathInAFolderAndInAJar() throws IOException {
    Path folder = temp.resolve("classes");
    for (String path : concat(MODELS, NOT_MODELS)) {
      Path file = folder.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "<model/>");
    }
    Path jar = temp.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      // Folder entries first, as Maven and Spring Boot write them.
      for (String dir : List.of("processes/", "processes/rules/", "forms/", "other/")) {
        out.putNextEntry(new JarEntry(dir));
        out.closeEntry();
      }
      for (String path : concat(MODELS, NOT_MODELS)) {
        out.putNextEntry(new JarEntry(path));
        out.write("<model/>".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }

    assertThat(deploymentNames(folder.toUri().toURL())).containsExactly(
        "processes/a.bpmn", "processes/rules/b.dmn", "forms/c.form");
    assertThat(deploymentNames(jar.toUri().toURL())).containsExactly(
        "processes/a.bpmn", "processes/rules/b.dmn", "forms/c.form");
  }

  @Test
  void deploysNothingWhenThereAreNoModelFolders() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertThat(deploymentNames(empty.toUri().toURL())).isEmpty();
  }

  private static List<String> deploymentNames(URL root) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null)) {
      return new ModelDeploymentConfiguration(loader).getDeploymentResources().stream()
          .map(r -> ((ContextResource) r).getPathWithinContext())
          .toList();
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
