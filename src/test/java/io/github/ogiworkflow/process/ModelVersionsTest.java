package io.github.ogiworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Whether a deployed form has a field, as the rules that come with a form change ask it. Browser
 * run of session 37 (helper ui37): 判断是否涉及重大公共利益's per-party list (ADR 0182) binds
 * {@code overridePartyReasons} by {@code path}, as form-js's dynamic lists do; read as lacking,
 * the app (which deploys the forms) never listed the parties and kept one reason for all.
 */
class ModelVersionsTest {

  private static JsonNode form(String name) throws Exception {
    try (InputStream in = ModelVersionsTest.class.getResourceAsStream("/forms/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void aDynamicListsPathIsAField() throws Exception {
    JsonNode publicInterest = form("public-interest.form");
    assertThat(ModelVersions.hasKey(publicInterest, ProcessVariables.OVERRIDE_PARTY_REASONS))
        .isTrue();
    // A field inside a list's row, by its key, and one the form has not.
    assertThat(ModelVersions.hasKey(publicInterest, "overridePartyReason")).isTrue();
    assertThat(ModelVersions.hasKey(publicInterest, "noSuchField")).isFalse();
  }
}
