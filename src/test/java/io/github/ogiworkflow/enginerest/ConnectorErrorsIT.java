package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Requests Tomcat refuses itself, before the application: Chinese, no Tomcat page, no server
 * details. Sent over a socket, since HTTP clients will not send a malformed path.
 */
@IntegrationTest
class ConnectorErrorsIT {

  @Autowired TestRestTemplate rest;

  @Test
  void aMalformedPathIsRefusedInChinese() throws IOException {
    String json = raw("GET /api/public/requests/% HTTP/1.1", "application/json");
    assertThat(json).startsWith("HTTP/1.1 400");
    assertThat(json).contains("\"message\":\"请求格式不正确").doesNotContain("HTTP Status",
        "Tomcat", "Apache");

    String page = raw("GET /public/%zz HTTP/1.1", "text/html");
    assertThat(page).startsWith("HTTP/1.1 400");
    assertThat(page).contains("<h1>请求被拒绝</h1>", "请求格式不正确")
        .doesNotContain("HTTP Status", "Tomcat");
  }

  private String raw(String requestLine, String accept) throws IOException {
    URI root = URI.create(rest.getRootUri());
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: localhost\r\nAccept: " + accept
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
