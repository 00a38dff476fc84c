package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attack M5: engine failures answered with the SQL statement, table and index names. A database
 * failure (a user id longer than its column) now answers, on /engine-rest and on the webapps'
 * /camunda/api/engine alike, with a bilingual generic message, an error type and a log id.
 */
@IntegrationTest
class ErrorDisclosureIT {

  /** Passes the engine's id pattern, but not the 64 characters of ACT_ID_USER.ID_. */
  static final String TOO_LONG_ID = "x".repeat(300);
  static final String NEW_USER = "{\"profile\":{\"id\":\"" + TOO_LONG_ID + "\",\"firstName\":\"A\","
      + "\"lastName\":\"B\",\"email\":\"a@example.gov.cn\"},\"credentials\":{\"password\":\"pw-123456\"}}";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aDatabaseFailureOnEngineRestShowsNoSql() throws Exception {
    ResponseEntity<String> failed =
        Http.asUser(rest, "admin", HttpMethod.POST, "/engine-rest/user/create", NEW_USER);

    assertGenericServerError(failed);
    assertThat(identity.createUserQuery().userId(TOO_LONG_ID).count()).isZero();
  }

  @Test
  void aDatabaseFailureOnTheWebappsApiShowsNoSql() throws Exception {
    HttpHeaders session = adminSession();
    session.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> failed = rest.exchange("/camunda/api/engine/engine/default/user/create",
        HttpMethod.POST, new HttpEntity<>(NEW_USER, session), String.class);

    assertGenericServerError(failed);
    assertThat(identity.createUserQuery().userId(TOO_LONG_ID).count()).isZero();
  }

  @Test
  void clientErrorsStillSayWhatIsWrong() throws Exception {
    ResponseEntity<String> notFound =
        Http.asUser(rest, "wangli", HttpMethod.GET, "/engine-rest/task/no-such-task", null);
    assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // Staff read the Chinese message; the engine's detail stays, as error, for administrators.
    assertThat(json.readTree(notFound.getBody()).path("error").asText()).contains("no-such-task");
    assertThat(json.readTree(notFound.getBody()).path("message").asText()).contains("未找到");

    ResponseEntity<String> badRequest =
        Http.asUser(rest, "wangli", HttpMethod.GET, "/engine-rest/task?sortBy=nonsense", null);
    assertThat(badRequest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badRequest.getBody()).path("error").asText())
        .contains("sortBy", "nonsense");
    assertThat(json.readTree(badRequest.getBody()).path("message").asText())
        .doesNotContainPattern("[A-Za-z]");

    // Positive control of the attack's own call: a user with a valid id is created.
    ResponseEntity<String> created = Http.asUser(rest, "admin", HttpMethod.POST,
        "/engine-rest/user/create", NEW_USER.replace(TOO_LONG_ID, "errortestuser"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    identity.deleteUser("errortestuser");
  }

  /**
   * The engine's own refusals are English only (found in the audit of 2026-12-05): each now also
   * says in Chinese what went wrong, without package names or the engine's resource ids; our
   * endpoints answer an unreadable body in Chinese too.
   */
  @Test
  void refusalsAreSaidInChinese() throws Exception {
    String task = "/engine-rest/task/no-such-task/complete";
    for (String body : List.of("{\"variables\":{\"deliveredOn\":\"x\"}}",
        "{\"variables\":{\"deliveredOn\":{\"value\":\"2026-12-05\",\"type\":\"Date\"}}}",
        "{\"variables\":")) {
      ResponseEntity<String> refused = Http.asUser(rest, "wangli", HttpMethod.POST, task, body);
      assertThat(refused.getStatusCode().is4xxClientError()).as(body).isTrue();
      assertThat(refused.getBody()).as(body).containsPattern("\\p{IsHan}")
          .doesNotContain("java.", "org.camunda", "com.fasterxml");
    }
    ResponseEntity<String> notFound =
        Http.asUser(rest, "wangli", HttpMethod.GET, "/engine-rest/task/no-such-task", null);
    assertThat(json.readTree(notFound.getBody()).path("message").asText()).contains("未找到")
        .doesNotContain("no-such-task");
    // A task that never was is not found (404), not changed by someone else meanwhile (409).
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, task, "{}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> forbidden = Http.asUser(rest, "sunyue", HttpMethod.POST,
        "/engine-rest/user/create", NEW_USER.replace(TOO_LONG_ID, "notallowed"));
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forbidden.getBody()).doesNotContain("missingAuthorizations");

    ResponseEntity<String> unreadable = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/YSQ-2026-000001/date-corrections", "{\"field\":");
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unreadable.getBody()).path("message").asText())
        .contains("请求内容不是有效的JSON");
  }

  /**
   * Audit 32b, F10: a program calling our APIs without a login gets JSON (请先登录), as on the
   * webapps' API, not the login page people get; a client accepting no format the endpoint
   * offers gets a Chinese message with its 406, not an empty body.
   */
  @Test
  void programsGetJsonForNoLoginAndForAFormatNotOffered() throws Exception {
    for (String path : List.of("/api/ledger", "/api/deadlines", "/api/reports/2026",
        "/api/cases/YSQ-2026-000001/date-corrections")) {
      for (String accept : java.util.Arrays.asList(null, "application/json", "text/html")) {
        HttpHeaders headers = new HttpHeaders();
        if (accept != null) {
          headers.set(HttpHeaders.ACCEPT, accept);
        }
        ResponseEntity<String> anonymous = rest.exchange(path, HttpMethod.GET,
            new HttpEntity<>(headers), String.class);
        assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).as(path + " " + accept)
            .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue());
        assertThat(json.readTree(anonymous.getBody()).path("message").asText()).as(path)
            .isEqualTo("请先登录");
      }
    }
    // A page keeps the login page for a person; a JSON client of the page gets JSON.
    HttpHeaders browser = new HttpHeaders();
    browser.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
    ResponseEntity<String> page = rest.exchange("/cases/YSQ-2026-000001/receipt", HttpMethod.GET,
        new HttpEntity<>(browser), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(page.getBody()).contains("请先登录", "<a href=");
    HttpHeaders program = new HttpHeaders();
    program.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> pageAsJson = rest.exchange("/cases/YSQ-2026-000001/receipt",
        HttpMethod.GET, new HttpEntity<>(program), String.class);
    assertThat(pageAsJson.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(json.readTree(pageAsJson.getBody()).path("message").asText()).isEqualTo("请先登录");

    HttpHeaders xml = new HttpHeaders();
    xml.setBasicAuth("wangli", Http.DEMO_PASSWORD);
    xml.setAccept(List.of(MediaType.APPLICATION_XML));
    ResponseEntity<String> notAcceptable = rest.exchange("/api/deadlines", HttpMethod.GET,
        new HttpEntity<>(xml), String.class);
    assertThat(notAcceptable.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
    assertThat(json.readTree(notAcceptable.getBody()).path("message").asText())
        .contains("本接口不能以请求所要求的格式提供内容");
  }

  private void assertGenericServerError(ResponseEntity<String> failed) throws Exception {
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    String body = failed.getBody();
    assertThat(body).doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("insert")
        .doesNotContainIgnoringCase("ACT_ID").doesNotContain("org.camunda", "java.", "org.h2",
            "Exception", TOO_LONG_ID);
    JsonNode error = json.readTree(body);
    String logId = error.path("logId").asText();
    assertThat(logId).matches("[0-9a-f]{12}");
    assertThat(error.path("type").asText()).isEqualTo("ServerError");
    assertThat(error.path("message").asText()).contains(logId, "系统管理员");
  }

  /** A webapp session of the administrator, with the CSRF token its API wants. */
  private HttpHeaders adminSession() {
    return Http.webappSessionHeaders(rest, "admin", "admin");
  }
}
