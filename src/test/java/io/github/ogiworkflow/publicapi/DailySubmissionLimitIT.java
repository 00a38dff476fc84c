package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0175 (ADR 0163's open point, audit 34a F7): one identity document submits at most
 * {@code ogi.public.daily-limit-per-identity} online applications a day; the next is 429 in
 * Chinese and writes nothing, another identity is not affected, an idempotent retry of an
 * earlier submission is not counted. The shared context runs with a high limit; this test lowers
 * it to 2 and puts it back.
 */
@IntegrationTest
class DailySubmissionLimitIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired PublicRateLimiter limiter;
  @Autowired DailySubmissionLimit limit;
  final ObjectMapper json = new ObjectMapper();
  private int before;

  @BeforeEach
  void lowLimit() {
    limiter.reset();
    before = limit.perIdentity();
    limit.setPerIdentity(2);
  }

  @AfterEach
  void restore() {
    limit.setPerIdentity(before);
  }

  @Test
  void theThirdSubmissionOfOneIdentityInADayIsRefusedAndWritesNothing() throws Exception {
    String id = residentId();
    String key = "limit-" + id;
    assertThat(submit(id, key).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(submit(id, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long cases = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case", Long.class);

    ResponseEntity<String> third = submit(id, null);
    assertThat(third.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    JsonNode refusal = json.readTree(third.getBody());
    assertThat(refusal.path("message").asText()).contains("同一证件号码", "不超过2件", "当面、邮寄")
        .doesNotContain(id);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case", Long.class)).isEqualTo(cases);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case WHERE id_number = ?",
        Integer.class, id)).isEqualTo(2);

    // A retry of the first submission (same key) is answered from it, not counted anew.
    ResponseEntity<String> retry = submit(id, key);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Another identity document is not affected.
    String other = residentId();
    while (other.equals(id)) {
      other = residentId();
    }
    assertThat(submit(other, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // 0 turns the limit off.
    limit.setPerIdentity(0);
    assertThat(submit(id, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private ResponseEntity<String> submit(String idNumber, String idempotencyKey) throws Exception {
    Map<String, Object> form = PublicRequestIT.application();
    form.put("idNumber", idNumber);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return rest.exchange(PublicRequestIT.BASE, HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsBytes(form), headers), String.class);
  }

  /** A fresh valid 居民身份证号码 (GB 11643 check character), born 1980-01-01. */
  static String residentId() {
    // A birth day and sequence drawn from 336,000 numbers: the shared IT database keeps other
    // tests' submissions of today, which would count against a number drawn twice.
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String body = String.format("1101051980%02d%02d%03d", 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(1000));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }
}
