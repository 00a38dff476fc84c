package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SafeErrorResponsesTest {

  static final String SQL_ERROR = "{\"type\":\"ProcessEngineException\",\"message\":\"ENGINE-03004"
      + " Exception while executing Database Operation 'INSERT MessageEntity[id=1]' with message"
      + " '### Error updating database. Cause: org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException:"
      + " Unique index or primary key violation: \\\"PUBLIC.OGI_REVIEW_ITEM ON PUBLIC.OGI_REVIEW\\\";"
      + " SQL statement: insert into ogi_review (item_id) values (?)'\",\"code\":0}";

  final ObjectMapper json = new ObjectMapper();
  final SafeErrorResponses filter = new SafeErrorResponses();

  @Test
  void aServerErrorBecomesGenericWithALogId() throws Exception {
    MockHttpServletResponse response = run(500, SQL_ERROR);

    assertThat(response.getStatus()).isEqualTo(500);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).doesNotContainIgnoringCase("insert").doesNotContain("h2", "OGI_", "Exception");
    JsonNode error = json.readTree(body);
    assertThat(error.path("type").asText()).isEqualTo("ServerError");
    // What the webapps show is Chinese only; the English is for scripts (audit 30 F2).
    assertThat(error.path("message").asText()).startsWith("服务器未能完成该请求")
        .contains(error.path("logId").asText()).doesNotContain("The server");
    assertThat(error.path("error").asText()).startsWith("The server could not complete")
        .contains(error.path("logId").asText());
  }

  @Test
  void aClientErrorWithSqlIsCleanedButKeepsItsStatus() throws Exception {
    MockHttpServletResponse response = run(400, SQL_ERROR);

    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode error = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(error.path("type").asText()).isEqualTo("RequestRefused");
    assertThat(error.toString()).doesNotContainIgnoringCase("insert");
  }

  @Test
  void aUsefulClientErrorPassesAndLosesOnlyPackageNames() throws Exception {
    String plain = "{\"type\":\"InvalidRequestException\",\"message\":\"legalBasis is required"
        + " to withhold（不予公开须写明法律依据）\"}";
    assertThat(run(400, plain).getContentAsString(StandardCharsets.UTF_8)).isEqualTo(plain);

    String qualified = "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot convert value"
        + " 'x' to java type java.lang.Integer\"}";
    JsonNode cleaned = json.readTree(run(400, qualified).getContentAsString(StandardCharsets.UTF_8));
    // Without Chinese of its own, the message is the Chinese sentence for the status; the
    // engine's text, without package names, moves to error.
    assertThat(cleaned.path("error").asText()).endsWith("to java type Integer");
    assertThat(cleaned.path("message").asText()).contains("请求内容有误");
  }

  /**
   * Audit 32b F4: a date typed in Chinese is echoed by the engine's English refusal; the echo
   * does not make the refusal Chinese, so staff still get the Chinese sentence.
   */
  @Test
  void anEchoedChineseValueDoesNotMakeAnEnglishRefusalChinese() throws Exception {
    String echoed = "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot convert value"
        + " '2026年12月1日' of type 'Date' to java type java.util.Date\"}";
    JsonNode cleaned = json.readTree(run(400, echoed).getContentAsString(StandardCharsets.UTF_8));
    assertThat(cleaned.path("message").asText()).contains("请求内容有误");
    assertThat(cleaned.path("error").asText()).endsWith("to java type Date");
  }

  /** Tasklist's API has no ConcurrentChangeResponses: the engine's code decides (ADR 0046). */
  @Test
  void aServerErrorCodedAsAConflictOrALockGivenUpIsA409() throws Exception {
    String lock = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 1: Timeout"
        + " trying to lock table OGI_REPLY_LETTER\",\"code\":"
        + io.github.ogiworkflow.process.CommandFailures.LOCK_TIMEOUT + "}";
    MockHttpServletResponse busy = run(500, lock);
    assertThat(busy.getStatus()).isEqualTo(409);
    JsonNode answer = json.readTree(busy.getContentAsString(StandardCharsets.UTF_8));
    assertThat(answer.path("message").asText()).contains("请稍后重试");
    assertThat(answer.toString()).doesNotContain("OGI_", "Timeout");

    MockHttpServletResponse changed = run(500, "{\"type\":\"OptimisticLockingException\","
        + "\"message\":\"ENGINE-03005 Execution of 'UPDATE TaskEntity' failed\",\"code\":1}");
    assertThat(changed.getStatus()).isEqualTo(409);
    assertThat(changed.getContentAsString(StandardCharsets.UTF_8)).contains("请刷新后重试")
        .doesNotContain("UPDATE");
    // message is what Tasklist shows: Chinese only; the English is error (F6 c).
    JsonNode conflict = json.readTree(changed.getContentAsString(StandardCharsets.UTF_8));
    assertThat(conflict.path("message").asText()).isEqualTo("该办件刚被他人同时修改，请刷新后重试");
    assertThat(conflict.path("error").asText()).startsWith("The case was changed");
    assertThat(answer.path("message").asText()).doesNotContainPattern("[A-Za-z]");

    // Any other code is a server error as before.
    assertThat(run(500, SQL_ERROR).getStatus()).isEqualTo(500);
  }

  /**
   * The job's due-date endpoint re-throws the engine's optimistic-locking failure (racing the
   * job executor on the same timer) as an InvalidRequestException without its code: the
   * engine's message id is all that is left, and it is still a concurrent change, not a 500
   * that shows the engine's statement.
   */
  @Test
  void aConcurrentUpdateAnEndpointWrappedWithoutItsCodeIsA409() throws Exception {
    MockHttpServletResponse wrapped = run(500, "{\"type\":\"InvalidRequestException\","
        + "\"message\":\"ENGINE-03005 Execution of 'UPDATE TimerEntity[42]' failed. Entity was"
        + " updated by another transaction concurrently.\",\"code\":null}");
    assertThat(wrapped.getStatus()).isEqualTo(409);
    JsonNode answer = json.readTree(wrapped.getContentAsString(StandardCharsets.UTF_8));
    assertThat(answer.path("message").asText()).isEqualTo("该办件刚被他人同时修改，请刷新后重试");
    assertThat(answer.toString()).doesNotContain("UPDATE", "TimerEntity");

    // Another wrapped failure stays what it was.
    assertThat(run(500, "{\"type\":\"InvalidRequestException\",\"message\":"
        + "\"ENGINE-13005 Cannot set due date\"}").getStatus()).isEqualTo(500);
  }

  @Test
  void successfulAnswersAreNotTouched() throws Exception {
    MockHttpServletResponse response = run(200, "{\"sql\":\"select a from b\"}");
    assertThat(response.getContentAsString()).isEqualTo("{\"sql\":\"select a from b\"}");
  }

  @Test
  void anExceptionNoHandlerAnsweredBecomesAGenericServerError() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain failing = (req, res) -> {
      throw new ServletException(new IllegalStateException("select x from ogi_case"));
    };
    filter.doFilter(new MockHttpServletRequest("GET", "/api/audit/compliance"), response, failing);

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("ServerError")
        .doesNotContain("ogi_case", "IllegalState");
  }

  /**
   * Audit round 23, F12: a node starting or stopping answers its health probe 503 DOWN; that is
   * the probe's answer, passed on as it is, not a ServerError with a log id. Details naming
   * internals (an administrator's) are still replaced.
   */
  @Test
  void theHealthEndpointsDownStatusPassesAsItIs() throws Exception {
    MockHttpServletResponse down = run("GET", "/actuator/health", 503, "{\"status\":\"DOWN\"}");
    assertThat(down.getStatus()).isEqualTo(503);
    assertThat(down.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"DOWN\"}");

    MockHttpServletResponse details = run("GET", "/actuator/health", 503,
        "{\"status\":\"DOWN\",\"components\":{\"db\":{\"status\":\"DOWN\",\"details\":"
            + "{\"error\":\"org.h2.jdbc.JdbcSQLNonTransientException: select 1 from dual\"}}}}");
    assertThat(json.readTree(details.getContentAsString(StandardCharsets.UTF_8)).path("type")
        .asText()).isEqualTo("ServerError");
    // Another path's 503 stays a ServerError.
    assertThat(json.readTree(run("GET", "/engine-rest/task", 503, "{\"status\":\"DOWN\"}")
        .getContentAsString(StandardCharsets.UTF_8)).path("type").asText())
        .isEqualTo("ServerError");
  }

  private MockHttpServletResponse run(int status, String body) throws Exception {
    return run("POST", "/engine-rest/task/1/complete", status, body);
  }

  private MockHttpServletResponse run(String method, String path, int status, String body)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = (req, res) -> {
      HttpServletResponse http = (HttpServletResponse) res;
      http.setStatus(status);
      http.setContentType("application/json");
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      http.setContentLength(bytes.length);
      http.getOutputStream().write(bytes);
    };
    filter.doFilter(new MockHttpServletRequest(method, path), response, chain);
    return response;
  }
}
