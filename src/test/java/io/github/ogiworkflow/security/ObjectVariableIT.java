package io.github.ogiworkflow.security;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Attack M3: a staff member stores a variable of type Object naming any class on the classpath
 * (here logback's DriverManagerConnectionSource, which opens database connections) so that
 * whoever reads the case's variables makes the engine instantiate it; afterwards the case's
 * variables answered 500 for everyone. Only the types the engine's deserialization allow-list
 * accepts may be stored.
 */
@IntegrationTest
class ObjectVariableIT {

  static final String GADGET = "ch.qos.logback.core.db.DriverManagerConnectionSource";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  final ObjectMapper json = new ObjectMapper();
  String processInstanceId;
  String taskId;

  @BeforeEach
  void aCaseWaitingForTheOffice() throws Exception {
    var started = Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/process-definition/key/"
        + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form", EngineRest.variables(Map.of(
            "channel", text("POST"), "receivedOn", text(OfficeTime.today().toString()),
            "applicantType", text("COMMERCIAL"), "applicantName", text("示范市某科技有限公司"),
            "requestDescription", text("2025年本局行政许可办理情况统计"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    processInstanceId = json.readTree(started.getBody()).path("id").asText();
    String trackingNumber = json.readTree(started.getBody()).path("businessKey").asText();
    taskId = new EngineRest(rest).onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);
  }

  @Test
  void anObjectOfAnyClassIsRefusedAndTheCaseStaysReadable() {
    String gadget = "{\"type\":\"Object\",\"value\":\"{\\\"url\\\":\\\"jdbc:h2:mem:x\\\"}\","
        + "\"valueInfo\":{\"objectTypeName\":\"" + GADGET + "\","
        + "\"serializationDataFormat\":\"application/json\"}}";

    var onTask = Http.asUser(rest, "wangli", HttpMethod.PUT,
        "/engine-rest/task/" + taskId + "/variables/connection", gadget);
    var onTaskModification = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/localVariables",
        "{\"modifications\":{\"connection\":" + gadget + "}}");

    // Refused, whatever the reason (the form-field allow-list or the type validation). Camunda
    // answers a refused modification with 500 (made generic by SafeErrorResponses).
    assertThat(onTask.getStatusCode().is4xxClientError()).as(onTask.getBody()).isTrue();
    assertThat(onTaskModification.getStatusCode().is2xxSuccessful())
        .as(onTaskModification.getBody()).isFalse();
    assertThat(runtime.createVariableInstanceQuery().variableName("connection").count()).isZero();
    // The case can still be opened, by its clerk and with values deserialized.
    for (String path : new String[] {"/engine-rest/task/" + taskId + "/variables",
        "/engine-rest/process-instance/" + processInstanceId + "/variables"}) {
      var read = Http.asUser(rest, "wangli", HttpMethod.GET, path, null);
      assertThat(read.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(read.getBody()).contains("trackingNumber").doesNotContain(GADGET);
    }
    // Whatever refused it, the answer names no Java package (SafeErrorResponses).
    assertThat(onTask.getBody()).doesNotContain("ch.qos");
  }

  @Test
  void theEngineItselfRefusesToStoreAnObjectOfAClassOutsideTheAllowList() {
    var value = Variables.serializedObjectValue("{\"url\":\"jdbc:h2:mem:x\"}")
        .objectTypeName(GADGET).serializationDataFormat(SerializationDataFormats.JSON).create();

    assertThatThrownBy(() -> runtime.setVariable(processInstanceId, "connection", value))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(GADGET);

    assertThat(runtime.createVariableInstanceQuery().variableName("connection").count()).isZero();
    assertThat(runtime.getVariables(processInstanceId)).containsKey("trackingNumber");
  }

  @Test
  void objectsOfAllowedTypesAndFormSubmissionsStillWork() {
    // Positive controls: a collection the engine allows, stored and read back deserialized ...
    var list = Variables.serializedObjectValue("[\"a\",\"b\"]")
        .objectTypeName("java.util.ArrayList<java.lang.String>")
        .serializationDataFormat(SerializationDataFormats.JSON).create();
    runtime.setVariable(processInstanceId, "allowedList", list);
    assertThat(runtime.getVariable(processInstanceId, "allowedList"))
        .isEqualTo(java.util.List.of("a", "b"));
    runtime.removeVariable(processInstanceId, "allowedList");

    // ... and the clerk's form with string values, as Tasklist submits it.
    new EngineRest(rest).submitTaskForm("wangli", taskId,
        Map.of("completenessDecision", text("COMPLETE")));
    assertThat(runtime.getVariable(processInstanceId, "completenessDecision"))
        .isEqualTo("COMPLETE");
  }
}
