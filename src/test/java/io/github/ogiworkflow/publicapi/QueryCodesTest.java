package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.online.OnlineRegister.Access;
import org.junit.jupiter.api.Test;

class QueryCodesTest {

  @Test
  void onlyTheRightCodeMatchesAndTheHashHidesIt() {
    String code = QueryCodes.newCode();
    Access access = QueryCodes.accessFor("YSQ-2026-000001", code);

    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    assertThat(access.hash()).hasSize(64).doesNotContain(code.replace("-", ""));
    assertThat(QueryCodes.matches(access, code)).isTrue();
    assertThat(QueryCodes.matches(access, code.toLowerCase().replace("-", " "))).isTrue();
    assertThat(QueryCodes.matches(access, QueryCodes.newCode())).isFalse();
    assertThat(QueryCodes.matches(access, null)).isFalse();
    assertThat(QueryCodes.matches(null, code)).isFalse();
  }

  @Test
  void theSameCodeHashesDifferentlyPerCase() {
    String code = QueryCodes.newCode();
    assertThat(QueryCodes.accessFor("YSQ-2026-000001", code).hash())
        .isNotEqualTo(QueryCodes.accessFor("YSQ-2026-000002", code).hash());
  }
}
