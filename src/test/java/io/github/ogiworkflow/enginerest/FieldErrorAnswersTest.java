package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The engine's refusal of a form, as staff read it: Chinese, per field, no engine ids. */
class FieldErrorAnswersTest {

  private final ObjectMapper json = new ObjectMapper();

  private ObjectNode answer(String message) {
    ObjectNode node = json.createObjectNode();
    node.put("type", "InvalidRequestException");
    node.put("message", message);
    return node;
  }

  @Test
  void everyFieldOfAStartFormRefusalIsNamed() {
    ObjectNode answer = answer("Cannot instantiate process definition DisclosureRequest:1:"
        + "8c1f0e2a-d0c4-11f0-9d5e-0242ac120002: receivedOn lies in the future（收到申请日期：不能晚于今天）\n"
        + "idNumber: not a valid resident ID number（证件号码：居民身份证号码应为18位，且校验位正确）\n"
        + "contactPhone: not a phone number（联系电话：格式不正确）");

    assertThat(FieldErrorAnswers.rewrite(answer)).isTrue();

    assertThat(answer.path("message").asText()).isEqualTo("收到申请日期：不能晚于今天；"
        + "证件号码：居民身份证号码应为18位，且校验位正确；联系电话：格式不正确");
    assertThat(answer.path("fields").size()).isEqualTo(3);
    assertThat(answer.path("fields").path("receivedOn").asText()).isEqualTo("收到申请日期：不能晚于今天");
    assertThat(answer.path("fields").path("contactPhone").asText()).isEqualTo("联系电话：格式不正确");
  }

  @Test
  void aTaskFormRefusalLosesTheTaskId() {
    ObjectNode answer = answer("Cannot submit task form be0a1c2d-d0c4-11f0-9d5e-0242ac120002:"
        + " legalBasis is required（请填写法律依据）");

    assertThat(FieldErrorAnswers.rewrite(answer)).isTrue();

    assertThat(answer.path("message").asText()).isEqualTo("请填写法律依据");
    assertThat(answer.path("fields").path("legalBasis").asText()).isEqualTo("请填写法律依据");
  }

  @Test
  void otherAnswersAreLeftAlone() {
    ObjectNode answer = answer("No matching task with id x");
    assertThat(FieldErrorAnswers.rewrite(answer)).isFalse();
    assertThat(answer.path("message").asText()).isEqualTo("No matching task with id x");
  }
}
