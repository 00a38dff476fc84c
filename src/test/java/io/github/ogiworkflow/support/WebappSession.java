package io.github.ogiworkflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person logged in to the webapps, as a browser holds it: the session cookie and the CSRF
 * token the webapps want with every change. Calls go out with those, as Tasklist sends them.
 */
public final class WebappSession {

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String xsrfToken;

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** Logs {@code user} in to {@code app} (tasklist, cockpit) the way the login page does. */
  public static WebappSession login(TestRestTemplate rest, String app, String user) {
    WebappSession session = new WebappSession(rest);
    session.remember(rest.getForEntity("/camunda/app/" + app + "/", String.class));
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", Http.DEMO_PASSWORD);
    ResponseEntity<String> login = rest.postForEntity(
        "/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers),
        String.class);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    session.remember(login);
    // The session id changed at login; the next read hands out the token for the new one.
    session.call(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null);
    return session;
  }

  public ResponseEntity<String> call(HttpMethod method, String path, String jsonBody) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML));
    ResponseEntity<String> response =
        rest.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
    remember(response);
    return response;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
    }
    if (xsrfToken != null) {
      headers.set("X-XSRF-TOKEN", xsrfToken);
    }
    return headers;
  }

  private void remember(ResponseEntity<?> response) {
    for (String cookie : response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
      String[] pair = cookie.split(";", 2)[0].split("=", 2);
      if (pair.length == 2) {
        cookies.put(pair[0].trim(), pair[1].trim());
      }
    }
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      xsrfToken = token;
    } else if (cookies.containsKey("XSRF-TOKEN")) {
      xsrfToken = cookies.get("XSRF-TOKEN");
    }
  }
}
