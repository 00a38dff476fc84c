package io.github.ogiworkflow.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A logged-in Tasklist session, as the browser has it (session cookie, CSRF token), calling the
 * webapps' copy of the engine API the way Tasklist does.
 */
final class TasklistSession {

  private final HttpClient http;
  private final int port;
  private final String xsrf;

  private TasklistSession(HttpClient http, int port, String xsrf) {
    this.http = http;
    this.port = port;
    this.xsrf = xsrf;
  }

  static TasklistSession login(int port, String user) throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = http.send(get(port, "/camunda/app/tasklist/"),
        HttpResponse.BodyHandlers.ofString());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri(port,
            "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", page.headers().firstValue("X-XSRF-TOKEN").orElse(""))
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + login.statusCode());
    }
    HttpResponse<String> me = http.send(get(port, "/camunda/api/admin/auth/user/default"),
        HttpResponse.BodyHandlers.ofString());
    return new TasklistSession(http, port,
        me.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
  }

  /** Durations of {@code calls} POSTs after {@code warmup}; fails on anything but 200. */
  List<Long> time(String path, String body, int warmup, int calls) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(port, path))
        .header("Content-Type", "application/json")
        // Lists as Tasklist reads them (HAL); a count has no HAL form.
        .header("Accept", path.endsWith("/count") ? "application/json" : "application/hal+json")
        .header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < warmup + calls; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(path + " failed: " + answer.statusCode() + " "
            + answer.body().substring(0, Math.min(300, answer.body().length())));
      }
      if (i >= warmup) {
        nanos.add(took);
      }
    }
    return nanos;
  }

  private static HttpRequest get(int port, String path) {
    return HttpRequest.newBuilder(uri(port, path)).GET().build();
  }

  private static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
