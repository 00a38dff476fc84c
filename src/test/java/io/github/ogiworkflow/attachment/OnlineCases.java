package io.github.ogiworkflow.attachment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Online applications and uploads as the tests of this package make them, over HTTP. */
final class OnlineCases {

  static final ObjectMapper JSON = new ObjectMapper();

  record Applied(String trackingNumber, String queryCode) {}

  private OnlineCases() {}

  /** An application through the public API (receipt not yet confirmed). */
  static Applied apply(TestRestTemplate rest, String deliveryMethod) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("applicantType", "NATURAL_PERSON");
    form.put("applicantName", "李四");
    form.put("idType", "RESIDENT_ID");
    form.put("idNumber", "11010519491231002X");
    form.put("contactPhone", "13812345678");
    form.put("contactEmail", "lisi@example.cn");
    form.put("contactAddress", "示范市人民路1号");
    form.put("description", "2025年本局行政处罚案件统计表");
    form.put("deliveryForm", "POST".equals(deliveryMethod) ? "PAPER" : "ELECTRONIC");
    form.put("deliveryMethod", deliveryMethod);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      ResponseEntity<String> answer = rest.exchange("/api/public/requests", HttpMethod.POST,
          new HttpEntity<>(JSON.writeValueAsBytes(form), headers), String.class);
      if (answer.getStatusCode() != HttpStatus.CREATED) {
        throw new IllegalStateException("application refused: " + answer.getBody());
      }
      JsonNode body = JSON.readTree(answer.getBody());
      return new Applied(body.get("trackingNumber").asText(), body.get("queryCode").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A multipart upload to the staff API as {@code user}. */
  static ResponseEntity<String> upload(TestRestTemplate rest, String user, String trackingNumber,
      String purpose, Long itemId, String fileName, byte[] bytes) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    if (purpose != null) {
      parts.add("purpose", purpose);
    }
    if (itemId != null) {
      parts.add("itemId", itemId.toString());
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/api/cases/" + trackingNumber + "/attachments", HttpMethod.POST,
        new HttpEntity<>(parts, headers), String.class);
  }

  static ResponseEntity<byte[]> getBytes(TestRestTemplate rest, String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    }
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
