package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The links each role is shown (security/StaffLinks): /api/webapp/navigation, which Cockpit's
 * menu and the Welcome page read with the login session, names only pages that open for the
 * caller; the Welcome page's own scripts; and the refusal page of a webapp the role may not use.
 */
@IntegrationTest
class StaffLinksIT {

  @Autowired TestRestTemplate rest;
  final ObjectMapper json = new ObjectMapper();

  /** Each role's links, and each of them opens for it; the others are refused. */
  @Test
  void eachRoleIsOfferedExactlyThePagesThatOpenForIt() throws Exception {
    Map<String, List<String>> expected = Map.of(
        "sunyue", List.of("WELCOME", "COCKPIT", "LEDGER", "AUDIT_TRAIL", "COMPLIANCE",
            "ANNUAL_REPORT"),
        "lina", List.of("WELCOME", "TASKLIST"),
        "wangli", List.of("WELCOME", "TASKLIST", "LEDGER", "LEADERSHIP_VIEW", "AUDIT_TRAIL",
            "COMPLIANCE", "ANNUAL_REPORT"),
        "chengang", List.of("WELCOME", "TASKLIST", "COCKPIT", "LEDGER", "LEADERSHIP_VIEW",
            "AUDIT_TRAIL", "COMPLIANCE", "ANNUAL_REPORT"));
    for (var entry : expected.entrySet()) {
      String user = entry.getKey();
      JsonNode links = navigation(user, null);
      List<String> ids = new ArrayList<>();
      links.forEach(l -> ids.add(l.path("id").asText()));
      assertThat(ids).as(user).containsExactlyElementsOf(entry.getValue());
      for (StaffLinks.Page page : StaffLinks.Page.values()) {
        if (page == StaffLinks.Page.WELCOME || page == StaffLinks.Page.TASKLIST
            || page == StaffLinks.Page.COCKPIT) {
          continue; // the webapps: AccessMatrixIT logs each role in to each
        }
        ResponseEntity<String> opened = Http.get(rest, page.href(), user, null);
        assertThat(opened.getStatusCode()).as(user + " " + page.href())
            .isEqualTo(ids.contains(page.name()) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
      }
    }
    JsonNode auditor = navigation("sunyue", null);
    assertThat(auditor.toString()).contains("\"label\":\"合规检查\"", "\"href\":\"/audit/compliance\"",
        "\"label\":\"年度报告\"", "\"href\":\"/reports/");
  }

  /** The Cockpit and Welcome pages ask with the webapps' session cookie, not a password. */
  @Test
  void theWebappsAskWithTheirLoginSession() throws Exception {
    String cookie = Http.webappSession(rest, "cockpit", "sunyue");
    List<String> ids = new ArrayList<>();
    navigation(null, cookie).forEach(l -> ids.add(l.path("id").asText()));
    assertThat(ids).contains("LEDGER", "COMPLIANCE", "ANNUAL_REPORT")
        .doesNotContain("LEADERSHIP_VIEW", "TASKLIST");
    assertThat(rest.getForEntity(StaffLinksController.API, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Cockpit's menu and the Welcome page use it for their links.
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/ogi-navigation.js", String.class))
        .contains(StaffLinksController.API);
    assertThat(rest.getForObject("/camunda/app/welcome/scripts/config.js", String.class))
        .contains("customScripts: ['scripts/ogi-welcome.js']", "href: '/audit/compliance'",
            "href: '/reports/'", "href: '/ledger/leadership'");
  }

  /**
   * Profile changes are for administrators only on the server: the Welcome page hides the
   * profile form from staff (keeping the password change), and the refusal stands.
   */
  @Test
  void welcomeOffersTheProfileFormToAdministratorsOnly() {
    String script = rest.getForObject("/camunda/app/welcome/scripts/ogi-welcome.js", String.class);
    assertThat(script).contains("adminOnly(", "showForm(\\'profile\\')", "form[name=\"userProfile\"]",
        "如：王").doesNotContain("showForm(\\'password\\')", "changePassword");
    assertThat(Http.asUser(rest, "wangli", HttpMethod.PUT, "/engine-rest/user/wangli/profile",
        "{\"id\":\"wangli\",\"firstName\":\"丽\",\"lastName\":\"王\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** A role opening a webapp it may not use reads that it has no permission, not "bad input". */
  @Test
  void aRefusedWebappSaysTheUserHasNoPermission() {
    String auditor = Http.webappSession(rest, "cockpit", "sunyue");
    ResponseEntity<String> tasklist = page("/camunda/app/tasklist/default/", auditor);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasklist.getBody()).contains("<title>无权访问</title>", "无权使用该应用")
        .doesNotContain("请检查输入内容", "请求被拒绝");
    String legal = Http.webappSession(rest, "tasklist", "lina");
    ResponseEntity<String> cockpit = page("/camunda/app/cockpit/default/", legal);
    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cockpit.getBody()).contains("无权访问").doesNotContain("请检查输入内容");
    // The app the role uses still opens.
    assertThat(page("/camunda/app/tasklist/default/", legal).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> page(String path, String cookie) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, cookie);
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private JsonNode navigation(String user, String cookie) throws Exception {
    ResponseEntity<String> answer = Http.get(rest, StaffLinksController.API, user, cookie);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody()).path("links");
  }
}
