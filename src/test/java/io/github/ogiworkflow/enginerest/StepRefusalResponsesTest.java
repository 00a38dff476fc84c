package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** A step's refusal that reaches /engine-rest unanswered: 400, Chinese on each field. */
class StepRefusalResponsesTest {

  @Test
  void aRefusalIsBadInputWithTheChineseOnItsFields() throws Exception {
    Response response = new StepRefusalResponses().toResponse(new InvalidInput(
        "reportYear: the report on 2025 is already being prepared（2025年度报告正在编制中，不能重复发起）\n"
            + "receivedOn lies in the future（收到申请日期：不能晚于今天）"));

    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode body = new ObjectMapper().readTree((String) response.getEntity());
    assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.path("message").asText())
        .isEqualTo("2025年度报告正在编制中，不能重复发起；收到申请日期：不能晚于今天");
    assertThat(body.path("fields").path("reportYear").asText())
        .isEqualTo("2025年度报告正在编制中，不能重复发起");
    assertThat(body.path("fields").path("receivedOn").asText()).isEqualTo("收到申请日期：不能晚于今天");
    assertThat(body.path("error").asText()).isEqualTo(
        "reportYear: the report on 2025 is already being prepared; receivedOn lies in the future");
  }

  /** A date the server cannot read (Vars.date): the user reads the Chinese on the field only. */
  @Test
  void aDateThatIsNoDateIsRefusedInChineseOnItsField() throws Exception {
    String refusal = null;
    try {
      OfficeTime.toLocalDate("2026-13-45");
    } catch (IllegalArgumentException e) {
      // As Vars.date words it: the field's label before the Chinese (audit 32b, F10).
      refusal = "receivedOn: " + e.getMessage().replace("（日期格式", "（收到申请日期：日期格式");
    }
    Response response = new StepRefusalResponses().toResponse(new InvalidInput(refusal));

    JsonNode body = new ObjectMapper().readTree((String) response.getEntity());
    assertThat(body.path("fields").path("receivedOn").asText())
        .isEqualTo("收到申请日期：日期格式应为 年-月-日，如 2026-01-01");
    assertThat(body.path("message").asText())
        .isEqualTo("收到申请日期：日期格式应为 年-月-日，如 2026-01-01");
  }
}
