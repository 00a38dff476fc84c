package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Audit 34a F3's open rest, ADR 0175: the case page offers 生成查询码 (the office's existing
 * endpoint), and a counter or post request's 受理回执 prints a query code issued at print time
 * (or the one the case page just showed, checked against the register's hash). The code is
 * never stored in clear: a reprint says when it was issued, never what it is.
 */
@IntegrationTest
class ReceiptQueryCodeIT {

  static final Pattern PRINTED = Pattern.compile(
      "查询码：<strong class=\"query-code\">([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})</strong>");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired PublicRateLimiter limiter;
  @Autowired CaseRegister cases;
  @Autowired io.github.ogiworkflow.intake.TrackingNumbers trackingNumbers;
  final ObjectMapper json = new ObjectMapper();

  private final java.util.List<String> inserted = new java.util.ArrayList<>();

  @BeforeEach
  void freshLimits() {
    limiter.reset();
  }

  /**
   * The register rows inserted here have no process instance: they leave the shared context's
   * running views (the deadline overview behind 领导视图 needs an instance) once done.
   */
  @org.junit.jupiter.api.AfterEach
  void setAsideInsertedRows() {
    inserted.forEach(n -> jdbc.update("UPDATE ogi_case SET status = 'VOIDED'"
        + " WHERE tracking_number = ?", n));
  }

  @Test
  void theCasePageOffersTheQueryCodeToTheOfficeOnly() throws Exception {
    String counter = counterCase();
    JsonNode offer = json.readTree(Http.asUser(rest, "wangli", HttpMethod.GET,
        "/api/ledger/cases/" + counter, null).getBody()).path("actions").path("queryCode");
    assertThat(offer.path("path").asText()).isEqualTo("/api/cases/" + counter + "/query-code");
    assertThat(offer.path("online").asBoolean()).isFalse();
    assertThat(offer.path("receiptPath").asText()).isEqualTo("/cases/" + counter + "/receipt");
    for (String other : new String[] {"lina", "sunyue"}) {
      JsonNode theirs = json.readTree(Http.asUser(rest, other, HttpMethod.GET,
          "/api/ledger/cases/" + counter, null).getBody()).path("actions");
      assertThat(theirs.path("queryCode").isMissingNode() || theirs.path("queryCode").isNull())
          .as(other).isTrue();
    }

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String online = json.readTree(rest.exchange(PublicRequestIT.BASE, HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsBytes(PublicRequestIT.application()), headers),
        String.class).getBody()).path("trackingNumber").asText();
    JsonNode onlineOffer = json.readTree(Http.asUser(rest, "wangli", HttpMethod.GET,
        "/api/ledger/cases/" + online, null).getBody()).path("actions").path("queryCode");
    assertThat(onlineOffer.path("online").asBoolean()).isTrue();
    assertThat(onlineOffer.path("receiptPath").isNull()).isTrue();
    // An online application's receipt prints no code (shown at submission): refused, nothing
    // issued.
    ResponseEntity<String> refused = post(online, "identityChecked", "true", "wangli", null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("网上申请的查询码已在提交时显示");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_personal_data_access"
        + " WHERE tracking_number = ?", Integer.class, online)).isZero();
  }

  @Test
  void aCounterReceiptPrintsACodeIssuedAtPrintTimeAndAReprintNever() throws Exception {
    String counter = counterCase();
    ResponseEntity<String> page = Http.get(rest, "/cases/" + counter + "/receipt", "wangli", null);
    assertThat(page.getBody()).contains("生成查询码并打印在回执上",
        "action=\"/cases/" + counter + "/receipt\"");
    assertThat(PRINTED.matcher(page.getBody()).find()).isFalse();

    ResponseEntity<String> unchecked = post(counter, "identityChecked", "", "wangli", null);
    assertThat(unchecked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unchecked.getBody()).contains("已核对申请人身份").doesNotContain("identityChecked");
    assertThat(post(counter, "identityChecked", "true", "lina", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_office_query_code"
        + " WHERE tracking_number = ?", Integer.class, counter)).isZero();

    // As the browser posts the page's form (same origin): issued, printed, shown once.
    ResponseEntity<String> printed = post(counter, "identityChecked", "true", "wangli",
        "http://localhost");
    assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(printed.getHeaders().getCacheControl()).contains("no-store");
    Matcher m = PRINTED.matcher(printed.getBody());
    assertThat(m.find()).as(printed.getBody()).isTrue();
    String code = m.group(1);
    assertThat(printed.getBody()).contains("政府信息公开申请受理回执", "只打印这一次")
        .doesNotContain("生成查询码并打印在回执上");
    assertThat(lookup(counter, code)).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForList("SELECT purpose FROM ogi_personal_data_access"
        + " WHERE tracking_number = ?", String.class, counter)).containsExactly("QUERY_CODE_ISSUED");
    assertThat(jdbc.queryForObject("SELECT code_hash FROM ogi_office_query_code"
        + " WHERE tracking_number = ?", String.class, counter)).doesNotContain(code.replace("-", ""));

    // A reprint says a code was issued, never which; the applicant's copy has no form.
    String reprint = Http.get(rest, "/cases/" + counter + "/receipt", "wangli", null).getBody();
    assertThat(reprint).doesNotContain(code).contains("出具的查询码", "原查询码立即失效");
    String applicantCopy = Http.withQueryCode(rest,
        PublicRequestIT.BASE + "/" + counter + "/receipt", code).getBody();
    assertThat(applicantCopy).contains("出具的查询码").doesNotContain("<form", code);

    // The code the case page just showed prints as it is; any other is refused.
    ResponseEntity<String> again = post(counter, "queryCode", code, "wangli", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).contains(code);
    ResponseEntity<String> wrong = post(counter, "queryCode", "AAAA-BBBB-CCCC-DDDD", "wangli",
        null);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).contains("不是本申请现行有效的查询码").doesNotContain("AAAA-BBBB");

    // Printing again issues anew: the first code stops working.
    Matcher second = PRINTED.matcher(post(counter, "identityChecked", "true", "wangli", null)
        .getBody());
    assertThat(second.find()).isTrue();
    assertThat(second.group(1)).isNotEqualTo(code);
    assertThat(lookup(counter, code)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(lookup(counter, second.group(1))).isEqualTo(HttpStatus.OK);

    // Another site's form is refused before anything happens.
    assertThat(post(counter, "identityChecked", "true", "wangli", "http://evil.example")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lookup(counter, second.group(1))).isEqualTo(HttpStatus.OK);
    assertThat(post("YSQ-2000-999998", "identityChecked", "true", "wangli", null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String counterCase() {
    String counter = trackingNumbers.next(LocalDate.now().getYear());
    cases.insert(new CaseRegister.NewCase(counter, null, "IN_PERSON", "NATURAL_PERSON", "赵六",
        "RESIDENT_ID", PublicRequestIT.VALID_ID, "13812345678", null, null, "柜台申请的政府信息",
        "PAPER", "PICK_UP", LocalDate.now(), LocalDate.now().plusDays(30)));
    inserted.add(counter);
    return counter;
  }

  /** The receipt page's form post, as {@code user}; {@code origin} as a browser sends it. */
  private ResponseEntity<String> post(String number, String field, String value, String user,
      String origin) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (origin != null) {
      headers.set(HttpHeaders.ORIGIN, origin.equals("http://localhost")
          ? rest.getRootUri() : origin);
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add(field, value);
    return rest.exchange("/cases/" + number + "/receipt", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }

  private HttpStatus lookup(String number, String code) {
    return HttpStatus.valueOf(Http.withQueryCode(rest, PublicRequestIT.BASE + "/" + number, code)
        .getStatusCode().value());
  }
}
