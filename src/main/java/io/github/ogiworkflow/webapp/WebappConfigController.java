package io.github.ogiworkflow.webapp;

import io.github.ogiworkflow.letter.AgencyProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves our own {@code scripts/config.js} of each Camunda webapp (Chinese locale first) with the
 * agency's name as the "vendor" shown in the header and the browser title, so one build serves any
 * bureau. The static file stays the source of truth; only its vendor literal is substituted.
 */
@RestController
public class WebappConfigController {

  static final String CONFIG_LOCATION = "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";
  private static final Pattern VENDOR = Pattern.compile("\\bvendor: '[^'\\n]*'");
  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

  private final AgencyProperties agency;

  public WebappConfigController(AgencyProperties agency) {
    this.agency = agency;
  }

  @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/{app:tasklist|cockpit|admin|welcome}/scripts/config.js")
  public ResponseEntity<String> config(@PathVariable String app) throws IOException {
    return ResponseEntity.ok()
        .contentType(JAVASCRIPT)
        .cacheControl(CacheControl.noCache())
        .body(withVendor(read(app), agency.name()));
  }

  static String withVendor(String configJs, String vendor) {
    return VENDOR.matcher(configJs).replaceFirst(Matcher.quoteReplacement("vendor: " + jsString(vendor)));
  }

  private static String read(String app) throws IOException {
    try (InputStream in = new ClassPathResource(CONFIG_LOCATION.formatted(app)).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A single-quoted JavaScript string literal. */
  static String jsString(String text) {
    StringBuilder out = new StringBuilder("'");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\'', '\\' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '<' -> out.append("\\u003c");
        default -> out.append(c);
      }
    }
    return out.append('\'').toString();
  }
}
