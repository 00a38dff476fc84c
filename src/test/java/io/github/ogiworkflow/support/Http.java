package io.github.ogiworkflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Small HTTP helpers shared by the integration tests. */
public final class Http {

  public static final String DEMO_PASSWORD = "demo";

  private Http() {}

  /** A call to {@code path} as {@code user} (HTTP Basic) with an optional JSON body. */
  public static ResponseEntity<String> asUser(TestRestTemplate rest, String user, HttpMethod method,
      String path, String jsonBody) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
  }

  /** The header with which the applicant's query code opens a request's public endpoints. */
  public static final String QUERY_CODE = "X-Query-Code";

  /** A GET of a request's public endpoint {@code path} with its query code. */
  public static ResponseEntity<String> withQueryCode(TestRestTemplate rest, String path,
      String code) {
    return withQueryCode(rest, HttpMethod.GET, path, code, null);
  }

  /**
   * A call to a request's public endpoint {@code path} with its query code, as the applicant
   * page makes it, and a JSON body if {@code jsonBody} is not null.
   */
  public static ResponseEntity<String> withQueryCode(TestRestTemplate rest, HttpMethod method,
      String path, String code, byte[] jsonBody) {
    HttpHeaders headers = new HttpHeaders();
    if (jsonBody != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    headers.set(QUERY_CODE, code);
    return rest.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
  }

  /**
   * A GET of {@code path} as {@code user} (HTTP Basic) and/or with a webapp session
   * {@code cookie} (see {@link #webappSession}); either may be null.
   */
  public static ResponseEntity<String> get(TestRestTemplate rest, String path, String user,
      String cookie) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, DEMO_PASSWORD);
    }
    if (cookie != null) {
      headers.set(HttpHeaders.COOKIE, cookie);
    }
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /**
   * The session cookie ({@code JSESSIONID=…}) after {@code user} logged in to a webapp with the
   * demo password (Camunda gives a new session at login).
   */
  public static String webappSession(TestRestTemplate rest, String app, String user) {
    ResponseEntity<String> login = webappLogin(rest, app, user, DEMO_PASSWORD);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    return login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
        .map(c -> c.split(";", 2)[0]).filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
  }

  /** Logs in to one of Camunda's webapps (tasklist, cockpit, admin) the way the login page does. */
  public static ResponseEntity<String> webappLogin(TestRestTemplate rest, String app, String user,
      String password) {
    return webappLogin(rest, app, user, password, "/camunda/api/admin/auth/user/default/login/");
  }

  /** As above, posted to {@code loginPath} + app (e.g. with a path parameter in it). */
  public static ResponseEntity<String> webappLogin(TestRestTemplate rest, String app, String user,
      String password, String loginPath) {
    // The webapps' CSRF filter wants the session cookie and its token, as a browser has them
    // after loading a page.
    HttpHeaders session = rest.getForEntity("/camunda/app/" + app + "/", String.class)
        .getHeaders();
    List<String> cookies = session.getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.put(HttpHeaders.COOKIE, List.of(String.join("; ", cookies)));
    headers.set("X-XSRF-TOKEN", session.getFirst("X-XSRF-TOKEN"));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return rest.postForEntity(loginPath + app,
        new HttpEntity<>(form, headers), String.class);
  }

  /**
   * Headers of a logged-in webapp session of {@code user}, with the CSRF token the webapps' API
   * wants for writes, as a browser has them.
   */
  public static HttpHeaders webappSessionHeaders(TestRestTemplate rest, String app, String user) {
    String sessionCookie = webappSession(rest, app, user);
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, sessionCookie);
    ResponseEntity<String> token = rest.exchange("/camunda/api/admin/auth/user/default",
        HttpMethod.GET, new HttpEntity<>(headers), String.class);
    String xsrf = token.getHeaders().getFirst("X-XSRF-TOKEN");
    List<String> all = new ArrayList<>(List.of(sessionCookie));
    all.addAll(token.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
        .map(c -> c.split(";", 2)[0]).toList());
    headers.set(HttpHeaders.COOKIE, String.join("; ", all));
    if (xsrf == null) {
      xsrf = all.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
          .substring("XSRF-TOKEN=".length());
    }
    headers.set("X-XSRF-TOKEN", xsrf);
    return headers;
  }
}
