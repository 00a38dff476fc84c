package io.github.ogiworkflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The staff pages of issued letters: print view and download of exactly the stored document,
 * for office, leadership and auditors only (401 without login, 403 for legal), and the audit
 * trail listing the letter with its 文号 and links.
 */
@IntegrationTest
class LetterPagesIT {

  @Autowired TestRestTemplate rest;
  @Autowired Letters letters;
  @Autowired CaseRegister register;

  @Test
  void anIssuedLetterIsShownAndDownloadedAsStoredToStaffOnly() {
    String tn = String.format("YSQ-2026-9%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(tn, null, "COUNTER", "NATURAL_PERSON", "张三",
        "RESIDENT_ID", "110101199003077777", "13800000000", null, "示范市人民路2号", "统计年鉴",
        "PAPER", "POST", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)));
    Letters.Letter letter = letters.keep(tn, LetterKind.CORRECTION_NOTICE, """
        补正申请告知书
        （%s）

        张三：
        请您于2026年2月20日前补正申请内容。

        示范市市场监督管理局
        2026年2月10日
        """.formatted(tn));
    assertThat(letter.documentNumber()).matches("示市监信公开补〔\\d{4}〕\\d+号");
    LetterFile stored = letters.file(tn, letter.id()).orElseThrow();
    String page = "/cases/" + tn + "/letters/" + letter.id();

    ResponseEntity<String> view = Http.asUser(rest, "wangli", HttpMethod.GET, page, null);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody()).contains(letter.documentNumber(), "张三：",
        "请您于2026年2月20日前补正申请内容。", "示范市市场监督管理局（印章）", "@page{size:A4",
        "Noto Serif CJK SC", page + ".docx").doesNotContain(tn + "）");

    for (String reader : new String[] {"wangli", "chengang", "sunyue"}) {
      ResponseEntity<byte[]> file = download(reader, page + ".docx");
      assertThat(file.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(file.getBody()).as(reader).isEqualTo(stored.bytes());
    }
    assertThat(download("wangli", page + ".docx").getHeaders()
        .getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");
    assertThat(LetterFile.sha256(download("wangli", page + ".docx").getBody()))
        .isEqualTo(stored.sha256());

    assertThat(Http.asUser(rest, "lina", HttpMethod.GET, page, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(download("lina", page + ".docx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(page + ".docx", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Another case's path does not reach this letter.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET,
        "/cases/YSQ-1999-000001/letters/" + letter.id(), null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // No reply yet: neither the reply letter nor a 送达回证.
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/cases/" + tn + "/reply-letter",
        null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Http.asUser(rest, "wangli", HttpMethod.GET, "/cases/" + tn + "/proof-of-service",
        null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/audit/cases/" + tn, null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains("《补正申请告知书》", letter.documentNumber(),
        "href=\"" + page + "\"", "href=\"" + page + ".docx\"");
  }

  /** A letter number that is no number: 400 naming it as people do ("参数id…", audit 24 F12). */
  @Test
  void aLetterNumberThatIsNoNumberIsRefusedInWordsStaffUse() {
    ResponseEntity<String> answer = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/cases/YSQ-2026-000001/letters/99999999999999999999", null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("编号的格式不对").doesNotContain("参数id");
  }

  /** A reply sent by e-mail is proved by its sending record: nobody signs a 送达回证 for it. */
  @Test
  void noProofOfServiceForAnElectronicDelivery() {
    String tn = String.format("YSQ-2026-8%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(tn, null, "ONLINE", "NATURAL_PERSON", "李四",
        "RESIDENT_ID", "110101199003077777", "13800000000", "lisi@example.cn", null, "统计年鉴",
        "ELECTRONIC", "EMAIL", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)));
    for (String path : new String[] {"/proof-of-service", "/proof-of-service.docx"}) {
      ResponseEntity<String> answer = Http.asUser(rest, "wangli", HttpMethod.GET,
          "/cases/" + tn + path, null);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).contains("以系统发送记录为送达凭证，不打印送达回证");
    }
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }
}
