package io.github.ogiworkflow.security;

import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Attack M4: staff pages, downloads and API answers came without any browser hardening. Every
 * such answer now forbids framing and sniffing, is never cached, and our own pages carry a strict
 * Content-Security-Policy; Camunda's webapps and the public page keep working with their own.
 */
@IntegrationTest
class SecurityHeadersIT {

  @Autowired TestRestTemplate rest;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void staffPagesDownloadsAndApiAnswersAreHardened() throws Exception {
    String trackingNumber = registeredCase();
    int year = OfficeTime.today().getYear();

    assertHardened(get("wangli", "/catalogue"), "text/html");
    assertHardened(get("sunyue", "/api/audit/cases/" + trackingNumber + ".csv"), "text/csv");
    assertHardened(get("chengang", "/api/reports/" + year + ".xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertHardened(get("wangli", "/engine-rest/task"), "application/json");
    ResponseEntity<byte[]> page = get("sunyue", "/audit/cases/" + trackingNumber);
    assertHardened(page, "text/html");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
        .contains("default-src 'none'", "frame-ancestors 'none'");
  }

  @Test
  void camundaWebappsKeepTheirOwnPolicyAndStillLoad() {
    ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).contains("<html");
    HttpHeaders headers = tasklist.getHeaders();
    // Camunda's policy, with the nonce its pages' scripts need, not ours.
    assertThat(headers.getFirst("Content-Security-Policy")).contains("'nonce-", "frame-ancestors 'none'");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    ResponseEntity<String> login = Http.webappLogin(rest, "tasklist", "wangli", Http.DEMO_PASSWORD);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
  }

  /**
   * Camunda keeps its script nonce in one attribute for all requests: staff opening Tasklist and
   * Cockpit at the same moment got pages whose scripts carried another response's nonce, and the
   * browser refused them all (a blank webapp; CI of 2026-12-07). Each page must carry its header's.
   */
  @Test
  void webappPagesOpenedAtTheSameMomentEachCarryTheirOwnNonce() throws Exception {
    List<String> pages = List.of("/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
        "/camunda/app/admin/default/");
    ExecutorService staff = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> loads = new ArrayList<>();
      for (int i = 0; i < 180; i++) {
        String page = pages.get(i % pages.size());
        loads.add(staff.submit(() -> mismatch(page)));
      }
      assertThat(loads).hasSize(180);
      List<String> mismatches = new ArrayList<>();
      for (Future<String> load : loads) {
        String mismatch = load.get(60, TimeUnit.SECONDS);
        if (mismatch != null) {
          mismatches.add(mismatch);
        }
      }
      assertThat(mismatches).isEmpty();
    } finally {
      staff.shutdownNow();
    }
  }

  /** Null when the page's nonces are its header's, else what differed. */
  private String mismatch(String path) {
    ResponseEntity<String> page = rest.getForEntity(path, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    Matcher header = Pattern.compile("'nonce-([^']+)'")
        .matcher(page.getHeaders().getFirst("Content-Security-Policy"));
    assertThat(header.find()).as("a nonce in the policy").isTrue();
    List<String> inPage = Pattern.compile("nonce=\"([^\"]*)\"").matcher(page.getBody())
        .results().map(m -> m.group(1)).toList();
    assertThat(inPage).as("the page's scripts carry a nonce").isNotEmpty();
    return inPage.stream().allMatch(header.group(1)::equals) ? null
        : path + ": header " + header.group(1) + ", page " + inPage.get(0);
  }

  /** Every page of ours asks for it; a 404 was logged in each browser console (audit 27, F7). */
  @Test
  void theFaviconIsServed() {
    ResponseEntity<byte[]> icon = rest.getForEntity("/favicon.ico", byte[].class);
    assertThat(icon.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(icon.getBody()).isNotEmpty();
  }

  @Test
  void thePublicPageKeepsItsOwnHeaders() {
    ResponseEntity<String> page = rest.getForEntity("/public/index.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'self'");
    assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
  }

  private static void assertHardened(ResponseEntity<byte[]> response, String contentType) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = response.getHeaders();
    assertThat(headers.getContentType().toString()).startsWith(contentType);
    assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("Cache-Control")).isEqualTo("no-store");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
  }

  private ResponseEntity<byte[]> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private String registeredCase() throws Exception {
    var started = Http.asUser(rest, "wangli", HttpMethod.POST, "/engine-rest/process-definition/key/"
        + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form", EngineRest.variables(Map.of(
            "channel", text("POST"), "receivedOn", text(OfficeTime.today().toString()),
            "applicantType", text("COMMERCIAL"), "applicantName", text("示范市某科技有限公司"),
            "requestDescription", text("2025年本局行政许可办理情况统计"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("businessKey").asText();
  }
}
