package io.github.ogiworkflow.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.publicapi.PublicRateLimiter;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** 受理回执: on the public API right after applying, and at the counter for the office. */
@IntegrationTest
class ReceiptHttpIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired PublicRateLimiter limiter;

  String trackingNumber;
  String queryCode;

  @BeforeEach
  void applied() throws Exception {
    limiter.reset();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("applicantType", "COMMERCIAL");
    form.put("applicantName", "示范市某某科技有限公司");
    form.put("idType", "USCC");
    form.put("idNumber", "91350100M000100Y43");
    form.put("contactPhone", "13812345678");
    form.put("contactEmail", "office@example.cn");
    form.put("contactAddress", null);
    form.put("description", "2025年本局行政许可办理情况统计");
    form.put("deliveryForm", "ELECTRONIC");
    form.put("deliveryMethod", "ONLINE");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.exchange("/api/public/requests", HttpMethod.POST,
        new HttpEntity<>(new ObjectMapper().writeValueAsBytes(form), headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = new ObjectMapper().readTree(answer.getBody());
    trackingNumber = body.get("trackingNumber").asText();
    queryCode = body.get("queryCode").asText();
  }

  @Test
  void theApplicantGetsAPrintableReceiptRightAfterApplying() {
    jdbc.update("UPDATE ogi_case SET first_received_on = DATE '2026-12-03',"
        + " due_on = DATE '2026-12-31' WHERE tracking_number = ?", trackingNumber);
    ResponseEntity<String> receipt = publicReceipt(queryCode);
    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(receipt.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
        .isTrue();
    assertThat(receipt.getBody()).contains("<html lang=\"zh-CN\">", "政府信息公开申请受理回执",
        trackingNumber, "示范市某某科技有限公司：", "贵单位通过网上申请平台提交的政府信息公开申请已收到，待本机关确认",
        "<th>提交日期</th><td>2026年12月3日（收到申请之日以本机关确认之日为准）",
        "<th>答复期限</th><td>2026年12月31日前", "条例第三十三条", "查询码只显示一次",
        "依据《中华人民共和国政府信息公开条例》（以下简称条例）", "<th>联系方式</th><td>联系人：",
        "可在网上申请页面凭受理编号和查询码下载答复书", "示范市市场监督管理局", "（印章）",
        "@page{size:A4", "@media print")
        .doesNotContain("您（单位）", "null", "SUBMITTED", "ONLINE");
    assertThat(publicReceipt("AAAA-BBBB-CCCC-DDDD").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theOfficePrintsTheReceiptOfARegisteredCase() {
    jdbc.update("UPDATE ogi_case SET status = 'REGISTERED', first_received_on = DATE '2026-12-01',"
        + " due_on = DATE '2026-12-29' WHERE tracking_number = ?", trackingNumber);
    ResponseEntity<String> receipt = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/cases/" + trackingNumber + "/receipt", null);
    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(receipt.getBody()).contains("本机关已于2026年12月1日收到并登记",
        "<th>收到申请日期</th><td>2026年12月1日</td>", "<th>答复期限</th><td>2026年12月29日前",
        "网上获取").doesNotContain("提交日期");
    // Dated the day it was received and registered, not the day it is printed.
    assertThat(receipt.getBody()).contains("示范市市场监督管理局<br>2026年12月1日<br>");
    // Reprinted after an extension: the deadline as it stood at receipt, 1 Dec + 20 working
    // days (2, 3, 4 = 3; 7–11 = 8; 14–18 = 13; 21–25 = 18; 28, Tue 29 Dec = 20).
    jdbc.update("UPDATE ogi_case SET due_on = DATE '2027-01-27', extension_days = 20"
        + " WHERE tracking_number = ?", trackingNumber);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/cases/" + trackingNumber
        + "/receipt", null).getBody()).contains("<th>答复期限</th><td>2026年12月29日前")
        .doesNotContain("2027年1月27日");

    // Registered at the counter: no query code, so no download is promised.
    jdbc.update("UPDATE ogi_case SET channel = 'IN_PERSON', delivery_method = 'EMAIL'"
        + " WHERE tracking_number = ?", trackingNumber);
    String counter = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/cases/" + trackingNumber + "/receipt", null).getBody();
    // The office's page offers, in a form not printed, to issue one (ADR 0175); the receipt
    // itself names none.
    assertThat(counter).contains("<form class=\"noprint query-code-form\"");
    assertThat(counter.replaceAll("(?s)<form.*?</form>", ""))
        .contains("将按贵单位选择的方式（电子邮件）送达", "凭本回执上的受理编号").doesNotContain("查询码");

    // While the applicant corrects, the reply clock has not started: no date is promised.
    jdbc.update("UPDATE ogi_case SET status = 'AWAITING_CORRECTION' WHERE tracking_number = ?",
        trackingNumber);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/cases/" + trackingNumber
        + "/receipt", null).getBody()).contains("自收到补正后的申请之日起 20 个工作日内答复")
        .doesNotContain("2026年12月29日前");
    assertThat(Http.asUser(rest, "lina", HttpMethod.GET, "/cases/" + trackingNumber + "/receipt",
        null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/cases/YSQ-1999-999999/receipt",
        null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> publicReceipt(String code) {
    return Http.withQueryCode(rest, "/api/public/requests/" + trackingNumber + "/receipt",
        code);
  }
}
