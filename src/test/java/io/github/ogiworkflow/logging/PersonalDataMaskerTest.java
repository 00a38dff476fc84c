package io.github.ogiworkflow.logging;

import static io.github.ogiworkflow.logging.PersonalDataMasker.ID_MASK;
import static io.github.ogiworkflow.logging.PersonalDataMasker.PHONE_MASK;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          350502199001011234                  | [ID-MASKED]
          35050219900101123X                  | [ID-MASKED]
          35050219900101123x                  | [ID-MASKED]
          350502900101123                     | [ID-MASKED]
          3505021990010112                    | [ID-MASKED]
          35050219900101123                   | [ID-MASKED]
          idNumber=350502199001011234         | idNumber=[ID-MASKED]
          ID 350502 19900101 1234             | ID [ID-MASKED]
          ID 350502-19900101-123X             | ID [ID-MASKED]
          idNo35050219900101123X              | idNo[ID-MASKED]
          ３５０５０２１９９００１０１１２３Ｘ   | [ID-MASKED]
          """)
  void masksIdNumbers(String text, String expected) {
    assertThat(PersonalDataMasker.mask(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          13812345678           | [PHONE-MASKED]
          19912345678           | [PHONE-MASKED]
          +8613812345678        | [PHONE-MASKED]
          +86 13812345678       | [PHONE-MASKED]
          +86-138-1234-5678     | [PHONE-MASKED]
          8613812345678         | [PHONE-MASKED]
          008613812345678       | [PHONE-MASKED]
          138-1234-5678         | [PHONE-MASKED]
          138 1234 5678         | [PHONE-MASKED]
          tel:13812345678.      | tel:[PHONE-MASKED].
          phone=13812345678,    | phone=[PHONE-MASKED],
          0595-12345678         | [PHONE-MASKED]
          (0595)12345678        | [PHONE-MASKED]
          （0595）12345678      | [PHONE-MASKED]
          0595 1234567          | [PHONE-MASKED]
          010-87654321          | [PHONE-MASKED]
          059512345678          | [PHONE-MASKED]
          １３８１２３４５６７８ | [PHONE-MASKED]
          """)
  void masksPhoneNumbers(String text, String expected) {
    assertThat(PersonalDataMasker.mask(text)).isEqualTo(expected);
  }

  @Test
  void masksNumbersSurroundedByChineseText() {
    assertThat(PersonalDataMasker.mask(
            "申请人身份证号350502199001011234，电话13812345678"))
        .isEqualTo("申请人身份证号" + ID_MASK + "，电话" + PHONE_MASK);
    assertThat(PersonalDataMasker.mask(
            "身份证号码：35050219900101123X；联系电话：0595-12345678。"))
        .isEqualTo("身份证号码：" + ID_MASK + "；联系电话：" + PHONE_MASK + "。");
    assertThat(PersonalDataMasker.mask("手机138 1234 5678或（0595）12345678均可"))
        .isEqualTo("手机" + PHONE_MASK + "或" + PHONE_MASK + "均可");
  }

  @Test
  void masksNumbersInJson() {
    String json = "{\"idNumber\":\"35050219900101123X\",\"phone\":\"13812345678\"}";
    assertThat(PersonalDataMasker.mask(json))
        .isEqualTo("{\"idNumber\":\"" + ID_MASK + "\",\"phone\":\"" + PHONE_MASK + "\"}");
  }

  @Test
  void masksEveryOccurrence() {
    assertThat(PersonalDataMasker.mask("a 13812345678 b 13912345678 c 350502199001011234"))
        .isEqualTo("a " + PHONE_MASK + " b " + PHONE_MASK + " c " + ID_MASK);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Request YSQ-2026-000123 registered",
        "YSQ-2026-0001234567",
        "processInstanceId=3f2c1a9e-7b4d-11f0-9c2e-0242ac120002",
        "3f2c1a9e7b4d11f09c2e0242ac120002",
        "deadline a138123456789012345678b",
        "2026-11-28 04:30:42.123",
        "2026-11-28T04:30:42.123+08:00",
        "2026-11-28",
        "20261128",
        "Tomcat started on port 8080 (http) with context path '/'",
        "Started OgiWorkflowApplication in 7.123 seconds (process running for 8.456)",
        "took PT72H, timer R3/PT24H",
        "epoch millis 1764312642123",
        "epoch seconds 1764312642",
        "nanos 1764312642123456789",
        "a 25-digit number 1234567890123456789012345",
        "tel13812345678 glued to letters",
        "13812345678901",
        "version 1.3.8.1234.5678",
        "192.168.10.138:8080",
        "job 12345 retries 3",
        "ENGINE-14006 Exception while executing job 3f2c1a9e-7b4d-11f0-9c2e-0242ac120002: ",
        "no digits at all",
        ""
      })
  void leavesOtherDataAlone(String text) {
    assertThat(PersonalDataMasker.mask(text)).isSameAs(text);
  }

  @Test
  void masksOnlyThePersonalDataInACamundaJobLogLine() {
    String jobLogLine =
        "ENGINE-14006 Exception while executing job 3f2c1a9e-7b4d-11f0-9c2e-0242ac120002: "
            + "ProcessEngineException: Applicant 13812345678 (ID 350502199001011234) of "
            + "YSQ-2026-000123 not found at 2026-11-28 04:30:42.123";

    assertThat(PersonalDataMasker.mask(jobLogLine))
        .isEqualTo(
            "ENGINE-14006 Exception while executing job 3f2c1a9e-7b4d-11f0-9c2e-0242ac120002: "
                + "ProcessEngineException: Applicant " + PHONE_MASK + " (ID " + ID_MASK + ") of "
                + "YSQ-2026-000123 not found at 2026-11-28 04:30:42.123");
  }

  @Test
  void keepsUnmaskedIdGluedToLettersWhenChecksumIsInvalid() {
    // Letters around a long digit run usually mean a hex id or hash, not an ID number.
    String hexLike = "hash ab350502199001011234cd";
    assertThat(PersonalDataMasker.mask(hexLike)).isEqualTo(hexLike);
  }

  @Test
  void returnsNullForNull() {
    assertThat(PersonalDataMasker.mask(null)).isNull();
  }

  /** A withdrawal's reason and other free text: addresses and e-mails too (ADR 0110). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          请寄至福建省泉州市丰泽区东海街道滨海路8号                  | 请寄至福建省泉州市丰泽区***
          新地址为北京市海淀区中关村大街1号，谢谢                    | 新地址为北京市海淀区***，谢谢
          家住幸福路12号3栋                                          | 家住幸福路***
          邮箱 li.si@example.cn                                      | 邮箱 l***@example.cn
          电话13812345678                                            | 电话[PHONE-MASKED]
          本人已离开本市，不再需要                                   | 本人已离开本市，不再需要
          已通过其他途径获得所需信息                                 | 已通过其他途径获得所需信息
          不服《政府信息公开申请答复书》（示市监信公开答〔2026〕12号） | 不服《政府信息公开申请答复书》（示市监信公开答〔2026〕12号）
          依据示府办转〔2026〕7号转办                                | 依据示府办转〔2026〕7号转办
          """)
  void freeTextMasksAddressesEmailsAndNumbers(String text, String masked) {
    assertThat(PersonalDataMasker.maskFreeText(text)).isEqualTo(masked);
    // Masking again changes nothing (the backfill compares the two).
    assertThat(PersonalDataMasker.maskFreeText(masked)).isEqualTo(masked);
  }

  /**
   * The request: numbers and e-mails, addresses left (audit 32b F7); as a letter quotes it and
   * prints a free text, the numbers as the field masks show them, no Latin token (ADR 0131).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          联系人电话13812348765，邮箱sunws@example.cn | 联系人电话[PHONE-MASKED]，邮箱s***@example.cn | 联系人电话138****8765，邮箱s***@example.cn | 联系人电话138****8765，邮箱s***@example.cn
          身份证号350102198001011234，住示范市西街9号 | 身份证号[ID-MASKED]，住示范市西街9号 | 身份证号350***********1234，住示范市西街9号 | 身份证号350***********1234，住示范市***
          示范市西街9号地块的规划许可 | 示范市西街9号地块的规划许可 | 示范市西街9号地块的规划许可 | 示范市***
          """)
  void theRequestAndLettersAreMaskedAsTheyArePrinted(String text, String request,
      String quoted, String printed) {
    assertThat(PersonalDataMasker.maskRequest(text)).isEqualTo(request);
    assertThat(PersonalDataMasker.maskRequestInLetter(text)).isEqualTo(quoted);
    assertThat(PersonalDataMasker.maskFreeTextInLetter(text)).isEqualTo(printed);
    // Idempotent, as the backfill needs.
    assertThat(PersonalDataMasker.maskRequest(request)).isEqualTo(request);
    assertThat(PersonalDataMasker.maskRequestInLetter(quoted)).isEqualTo(quoted);
    assertThat(PersonalDataMasker.maskFreeTextInLetter(printed)).isEqualTo(printed);
  }

  /**
   * Audit 33a F1: what the masks would replace is named, so a text that must carry none (a
   * published title) can be refused; a mobile and a landline are told apart.
   */
  @Test
  void personalDataInNamesWhatTheMasksFind() {
    assertThat(PersonalDataMasker.personalDataIn("张三，身份证350102199001011234"))
        .containsExactly(PersonalDataMasker.PersonalData.ID_NUMBER);
    assertThat(PersonalDataMasker.personalDataIn("联系人+86 138-1234-5678，li@example.cn"))
        .containsExactlyInAnyOrder(PersonalDataMasker.PersonalData.MOBILE,
            PersonalDataMasker.PersonalData.EMAIL);
    assertThat(PersonalDataMasker.personalDataIn("查阅室电话（0591）87654321"))
        .containsExactly(PersonalDataMasker.PersonalData.LANDLINE);
    assertThat(PersonalDataMasker.personalDataIn("X政发〔2026〕5号 关于五四路改造工程的批复"))
        .isEmpty();
    assertThat(PersonalDataMasker.personalDataIn(null)).isEmpty();
  }
  /**
   * A refusal takes only a run shaped like a resident ID (a birth date in its place), so a web
   * page's 16-digit article number or a 15/18-digit serial without a date passes; masking still
   * takes every such run. Vectors: 350102 19900101 123X (18, date 1990-01-01, checksum not
   * asked); 350102 900101 123 (15, date 1990-01-01); 4401 0600 0000 1234 (16 digits: no ID
   * length); 123456 20261340 1234 (18, month 13); 123456 991232 123 (15, day 32).
   */
  @Test
  void personalDataInTakesOnlyRunsShapedLikeAResidentId() {
    assertThat(PersonalDataMasker.personalDataIn("来信人身份证号35010219900101123X"))
        .containsExactly(PersonalDataMasker.PersonalData.ID_NUMBER);
    assertThat(PersonalDataMasker.personalDataIn("旧证号350102900101123"))
        .containsExactly(PersonalDataMasker.PersonalData.ID_NUMBER);
    assertThat(PersonalDataMasker.personalDataIn("３５０１０２１９９００１０１１２３４"))
        .containsExactly(PersonalDataMasker.PersonalData.ID_NUMBER);
    assertThat(PersonalDataMasker.personalDataIn(
        "https://www.example.gov.cn/art/2026/12/7/art_1229_4401060000001234.html")).isEmpty();
    assertThat(PersonalDataMasker.personalDataIn("合同编号123456202613401234")).isEmpty();
    assertThat(PersonalDataMasker.personalDataIn("批次123456991232123")).isEmpty();
    assertThat(PersonalDataMasker.mask("批次123456991232123")).doesNotContain("123456991232123");
  }
}
