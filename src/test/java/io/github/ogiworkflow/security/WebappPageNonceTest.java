package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebappPageNonceTest {

  @Test
  void onlyTheWebappsIndexPagesAreRewritten() {
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/camunda/")).isTrue();
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/camunda/app/")).isTrue();
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/camunda/app/tasklist/default/")).isTrue();
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/camunda/app/cockpit/default/")).isTrue();
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/camunda/lib/deps.js")).isFalse();
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/camunda/app/cockpit/camunda-cockpit-bootstrap.js"))
        .isFalse();
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/camunda/api/engine/engine/")).isFalse();
    assertThat(WebappPageNonce.isIndexPage("/camunda", "/engine-rest/task")).isFalse();
  }

  @Test
  void everyNonceOfThePageBecomesTheHeaders() {
    String page = "<script nonce=\"AAA\" src=\"/a.js\"></script><p>政府信息公开</p>"
        + "<script type=\"application/javascript\" nonce=\"BBB\">x()</script>";
    byte[] fixed = WebappPageNonce.withNonce(page.getBytes(StandardCharsets.UTF_8), "Zz_9-");
    assertThat(new String(fixed, StandardCharsets.UTF_8)).isEqualTo(
        "<script nonce=\"Zz_9-\" src=\"/a.js\"></script><p>政府信息公开</p>"
        + "<script type=\"application/javascript\" nonce=\"Zz_9-\">x()</script>");
  }
}
