package io.github.ogiworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date as the forms send it: a wrong format and a day that does not exist are told apart. */
class OfficeTimeDatesTest {

  @Test
  void aWellFormedDayThatDoesNotExistIsSaidToNotExist() {
    assertThat(OfficeTime.toLocalDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    for (String missing : new String[] {"2026-02-29", "2026-04-31"}) {
      assertThatThrownBy(() -> OfficeTime.toLocalDate(missing))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage().substring(e.getMessage().indexOf('（') + 1))
              .startsWith("日期不存在").contains(missing).doesNotContainPattern("[A-Za-z]"));
    }
    // A wrong format keeps its own reason.
    assertThatThrownBy(() -> OfficeTime.toLocalDate("2026/02/28"))
        .hasMessageContaining("日期格式应为");
    assertThatThrownBy(() -> OfficeTime.toLocalDate("2026-13-01"))
        .hasMessageContaining("日期格式应为");
  }
}
