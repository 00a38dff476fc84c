package io.github.ogiworkflow.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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

  /** Logs in to one of Camunda's webapps (tasklist, cockpit, admin) the way the login page does. */
  public static ResponseEntity<String> webappLogin(TestRestTemplate rest, String app, String user,
      String password) {
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
    return rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
  }

  /**
   * Headers of a logged-in webapp session of {@code user} (demo password), with the CSRF token
   * the webapps' API wants for writes, as a browser has them.
   */
  public static HttpHeaders webappSession(TestRestTemplate rest, String app, String user) {
    ResponseEntity<String> login = webappLogin(rest, app, user, DEMO_PASSWORD);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("login of " + user + " failed: " + login.getStatusCode());
    }
    String sessionCookie = cookies(login).stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, sessionCookie);
    ResponseEntity<String> token = rest.exchange("/camunda/api/admin/auth/user/default",
        HttpMethod.GET, new HttpEntity<>(headers), String.class);
    String xsrf = token.getHeaders().getFirst("X-XSRF-TOKEN");
    List<String> all = new ArrayList<>(List.of(sessionCookie));
    all.addAll(cookies(token));
    headers.set(HttpHeaders.COOKIE, String.join("; ", all));
    if (xsrf == null) {
      xsrf = all.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
          .substring("XSRF-TOKEN=".length());
    }
    headers.set("X-XSRF-TOKEN", xsrf);
    return headers;
  }

  private static List<String> cookies(ResponseEntity<?> response) {
    return response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
        .map(c -> c.split(";", 2)[0]).toList();
  }
}
