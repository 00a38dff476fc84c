package io.github.ogiworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {

  @Test
  void textIsTakenAbsentOrNullIsNullAndAnyOtherTypeIsRefusedOnTheField() {
    Map<String, Object> body = new HashMap<>();
    body.put("answer", "OBJECTION");
    body.put("postedOn", null);
    body.put("party", 5);
    body.put("opinion", List.of("a"));

    assertThat(RequestFields.text(body, "answer", "答复意见")).isEqualTo("OBJECTION");
    assertThat(RequestFields.text(body, "postedOn", "邮戳日期")).isNull();
    assertThat(RequestFields.text(body, "receivedOn", "收到答复日期")).isNull();
    assertThatThrownBy(() -> RequestFields.text(body, "party", "被征求意见的第三方"))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("party: must be text（被征求意见的第三方应为文字）");
    assertThatThrownBy(() -> RequestFields.text(body, "opinion", "不同意公开的理由"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不同意公开的理由应为文字");
  }
}
