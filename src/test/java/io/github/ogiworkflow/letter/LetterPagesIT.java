package io.github.ogiworkflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.privacy.PersonalDataAccessLog;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
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
  @Autowired ReplyLetterRegister replyLetters;
  @Autowired PersonalDataAccessLog accessLog;

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

  /**
   * Audit 32a, F4 (ADR 0132): the 送达回证 followed the 获取方式 asked for and was dated the day
   * it was printed. A reply asked for by e-mail but posted (recorded at 登记送达) had none (404);
   * now it names 邮寄送达, the applicant's address and the posting day; before the service is
   * recorded it names the way asked for as intended (拟) and the reply's date.
   */
  @Test
  void theProofOfServiceFollowsTheRecordedServiceAndItsDate() {
    String tn = String.format("YSQ-2026-7%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(tn, null, "COUNTER", "NATURAL_PERSON", "王五",
        "RESIDENT_ID", "110101199003077777", "13800000000", "wangwu@example.cn", "示范市东街8号",
        "统计年鉴", "ELECTRONIC", "EMAIL", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)));
    replyIssuedOn20February(tn);
    String path = "/cases/" + tn + "/proof-of-service.docx";
    // Asked for by e-mail, nothing recorded yet: the sending record will prove it.
    assertThat(download("wangli", path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    register.recordDelivery(tn, "POST", LocalDate.of(2026, 2, 25));
    ResponseEntity<byte[]> posted = download("wangli", path);
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(LetterDocuments.text(posted.getBody())).contains("邮寄送达", "示范市东街8号",
        "2026年2月25日").doesNotContain("电子邮件");

    String pickUp = String.format("YSQ-2026-6%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(pickUp, null, "COUNTER", "NATURAL_PERSON", "赵六",
        "RESIDENT_ID", "110101199003077777", "13800000000", null, "示范市西街9号", "统计年鉴",
        "PAPER", "POST", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)));
    replyIssuedOn20February(pickUp);
    String intended = LetterDocuments.text(download("wangli", "/cases/" + pickUp
        + "/proof-of-service.docx").getBody());
    assertThat(intended).contains("拟邮寄送达", "示范市西街9号", "2026年2月20日");
    register.recordDelivery(pickUp, "IN_PERSON", LocalDate.of(2026, 2, 24));
    String inPerson = LetterDocuments.text(download("wangli", "/cases/" + pickUp
        + "/proof-of-service.docx").getBody());
    assertThat(inPerson).contains("直接送达", "2026年2月24日").doesNotContain("邮寄送达",
        "示范市西街9号");
  }

  /**
   * Audit 32a, F6 (ADR 0132): a reply numbered at 签发 whose case then closed without it being
   * served (here: withdrawn, 6.3) was still shown and downloaded as a signed letter, and legal's
   * challenged-letter link showed it instead of the 终止办理告知书. Now 404 答复书未发出.
   */
  @Test
  void aReplyNeverSentToAClosedCaseIsNotHandedOutAsItsLetter() {
    String tn = String.format("YSQ-2026-5%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(tn, null, "COUNTER", "NATURAL_PERSON", "钱七",
        "RESIDENT_ID", "110101199003077777", "13800000000", null, "示范市南街1号", "统计年鉴",
        "PAPER", "POST", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)));
    replyIssuedOn20February(tn);
    assertThat(download("wangli", "/cases/" + tn + "/reply-letter.docx").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    register.close(tn, "6.3", LocalDate.of(2026, 2, 23));
    for (String path : new String[] {"/reply-letter", "/reply-letter.docx", "/proof-of-service",
        "/proof-of-service.docx", "/challenged-letter"}) {
      ResponseEntity<String> answer = Http.asUser(rest, "wangli", HttpMethod.GET,
          "/cases/" + tn + path, null);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).as(path).contains(path.startsWith("/challenged")
          ? "本案没有已签发的答复书或终止办理告知书" : "答复书未发出").doesNotContain("示市监信公开答");
    }
  }

  /**
   * ADR 0136 with a reopening: a reply recorded void (signed, never served, the case closed)
   * stays void when a correction reopens the case; until the new round issues its own reply the
   * pages showed the void one as 已签发 (helper `smalls`, session 34). Now 404 naming the void.
   */
  @Test
  void aVoidReplyIsNotShownAsSignedAfterACorrectionReopenedTheCase() {
    String tn = String.format("YSQ-2026-3%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(tn, null, "COUNTER", "NATURAL_PERSON", "周九",
        "RESIDENT_ID", "110101199003077777", "13800000000", null, "示范市南街3号", "统计年鉴",
        "PAPER", "POST", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)));
    replyIssuedOn20February(tn);
    long id = replyLetters.latest(tn).orElseThrow().id();
    assertThat(replyLetters.markVoided(id, LocalDate.of(2026, 2, 23), "申请人撤回申请，答复书未送达"))
        .isTrue();
    // Reopened: the register's case runs again (not CLOSED), its void reply the latest issued.
    for (String path : new String[] {"/reply-letter", "/reply-letter.docx", "/proof-of-service",
        "/challenged-letter"}) {
      ResponseEntity<String> answer = Http.asUser(rest, "wangli", HttpMethod.GET,
          "/cases/" + tn + path, null);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).as(path).doesNotContain("已签发，文号");
      if (!path.startsWith("/challenged")) {
        assertThat(answer.getBody()).as(path).contains("已于2026年2月23日作废（申请人撤回申请，答复书未送达）");
      }
    }
  }

  /**
   * ADR 0136: the reply letter (the whole letter, to the applicant by name and address) was read
   * on /reply-letter and downloaded as .docx without a trace, while the other full texts' reads
   * are logged. Each read is now recorded and listed in the case's 办理过程记录 with who read it.
   */
  @Test
  void eachReadOfTheReplyLetterIsInTheAuditTrail() {
    String tn = String.format("YSQ-2026-4%05d", ThreadLocalRandom.current().nextInt(100000));
    register.insert(new CaseRegister.NewCase(tn, null, "COUNTER", "NATURAL_PERSON", "孙八",
        "RESIDENT_ID", "110101199003077777", "13800000000", null, "示范市北街2号", "统计年鉴",
        "PAPER", "POST", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)));
    // A real Word document as the issued reply, so that the print view renders it.
    Letters.Letter stand = letters.keep(tn, LetterKind.CORRECTION_NOTICE, "补正申请告知书\n\n孙八：\n"
        + "请补正。\n\n示范市市场监督管理局\n2026年2月10日\n");
    replyLetters.freeze(tn, "1", "政府信息公开申请答复书\n（" + tn + "）\n", "wangli");
    long id = replyLetters.latest(tn).orElseThrow().id();
    assertThat(replyLetters.issue(id, "示市监信公开答〔2026〕" + (800 + id % 90) + "号",
        letters.file(tn, stand.id()).orElseThrow().bytes(), LocalDate.of(2026, 2, 20))).isTrue();

    assertThat(Http.asUser(rest, "chengang", HttpMethod.GET, "/cases/" + tn + "/reply-letter",
        null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download("sunyue", "/cases/" + tn + "/reply-letter.docx").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(accessLog.count(tn, "chengang", PersonalDataAccessLog.Purpose.REPLY_LETTER))
        .isEqualTo(1);
    assertThat(accessLog.count(tn, "sunyue", PersonalDataAccessLog.Purpose.REPLY_LETTER_FILE))
        .isEqualTo(1);

    ResponseEntity<String> trail = Http.asUser(rest, "sunyue", HttpMethod.GET,
        "/api/audit/cases/" + tn, null);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains("查阅答复书", "下载答复书（Word文件）", "chengang", "sunyue",
        "查阅完整信息");
  }

  /** A reply frozen and issued on 20 February 2026 (its document a stand-in). */
  private void replyIssuedOn20February(String tn) {
    replyLetters.freeze(tn, "1", "政府信息公开申请答复书\n（" + tn + "）\n", "wangli");
    long id = replyLetters.latest(tn).orElseThrow().id();
    assertThat(replyLetters.issue(id, "示市监信公开答〔2026〕" + (900 + id % 90) + "号",
        new byte[] {1, 2, 3}, LocalDate.of(2026, 2, 20))).isTrue();
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }
}
