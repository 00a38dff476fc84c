package io.github.ogiworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/**
 * {@link Vars#number} reads ids, counts, years and days (audit round 23, F9): a whole number
 * however it was sent, a fraction or a value beyond int refused on the field, never truncated.
 */
class VarsNumberTest {

  private static VariableScope with(String name, Object value) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(name)).thenReturn(value);
    return scope;
  }

  @Test
  void aWholeNumberIsReadHoweverItWasSent() {
    for (Object sent : new Object[] {14, 14L, 14.0, 14.0f, "14", " 14 ", "14.0",
        new BigDecimal("14.00")}) {
      assertThat(Vars.number(with("publicationItemId", sent), "publicationItemId"))
          .as(String.valueOf(sent)).isEqualTo(14);
    }
    assertThat(Vars.number(with("pageCount", null), "pageCount")).isNull();
    assertThat(Vars.number(with("pageCount", " "), "pageCount")).isNull();
  }

  @Test
  void aFractionIsRefusedOnTheFieldNotTruncated() {
    for (Object sent : new Object[] {14.5, 14.5f, "14.5", new BigDecimal("14.01"), 0.9,
        Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Vars.number(with("publicationItemId", sent), "publicationItemId"))
          .as(String.valueOf(sent)).isInstanceOf(InvalidInput.class)
          .hasMessageStartingWith("publicationItemId")
          .hasMessageEndingWith("应为整数）");
    }
    assertThatThrownBy(() -> Vars.number(with("pageCount", "12.5"), "pageCount"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("pageCount")
        .hasMessageEndingWith("应为整数）");
  }

  @Test
  void aValueBeyondAnIntIsRefusedNotWrappedAround() {
    for (Object sent : new Object[] {4_294_967_310L, "4294967310", 1e10}) {
      assertThatThrownBy(() -> Vars.number(with("publicationItemId", sent), "publicationItemId"))
          .as(String.valueOf(sent)).isInstanceOf(InvalidInput.class)
          .hasMessageStartingWith("publicationItemId")
          .hasMessageEndingWith("应为整数）");
    }
  }

  @Test
  void aTextThatIsNoNumberIsStillRefusedAsBefore() {
    assertThatThrownBy(() -> Vars.number(with("pageCount", "十二"), "pageCount"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("pageCount")
        .hasMessageEndingWith("应为数字）");
  }
}
