package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_OVERRIDE;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_PUBLIC_INTEREST;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit 30b F4: free texts staff fill from what the applicant or a third party sends are stored
 * masked in the engine's tables (variables, their history and details), whoever reads them
 * there, while the register keeps them whole and the letters print them whole: the request, the
 * 补正申请告知书's points, a third party's reasons and the public-interest reason told to it.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class FreeTextMaskingScenarioTest {

  // DisclosureRequestScenarioTest covers the models; these tests are about what is stored.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);
  static final String ID = "350502198001011235";
  static final String PHONE = "13700001111";
  static final String STREET = "南街5号3单元";
  static final String PERSONAL = "周测试（身份证号" + ID + "，电话" + PHONE + "，住示范市鼓楼区" + STREET
      + "）";

  ProcessEngine engine;
  RequestScenario scenario;
  JdbcTemplate jdbc;
  CaseRegister register;
  Letters letters;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void theRequestAndTheCorrectionPointsAreMaskedInTheEngineAndWholeInTheNotice() {
    Map<String, Object> form = registration(RECEIVED);
    String request = "申请人" + PERSONAL.substring(0, PERSONAL.indexOf('，')) + "）本人的行政处罚决定书";
    form.put(REQUEST_DESCRIPTION, request);
    scenario.start(form);
    String points = "您提交的身份证明（身份证号" + ID + "）与申请人" + "不符；请写明所需信息的文号，"
        + "或来电" + PHONE + "说明，或寄至示范市鼓楼区" + STREET + "。";
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, points);

    assertNoneStored(List.of(REQUEST_DESCRIPTION, CORRECTION_POINTS));
    assertThat(register.get(scenario.trackingNumber()).description()).isEqualTo(request);
    assertThat(letter(LetterKind.CORRECTION_NOTICE).body()).contains(points);
  }

  /**
   * ADR 0129: the applicant's online correction is stored masked in the engine and whole in the
   * register (ogi_case.supplement_text), which the office's applicant page reads. Failed on the
   * code before: the engine kept it as sent and the register had no copy.
   */
  @Test
  void anOnlineCorrectionIsMaskedInTheEngineAndWholeInTheRegister() {
    scenario.start(registration(RECEIVED));
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的文号。");
    String correction = "所需信息为" + PERSONAL + "名下房屋的登记信息，文号为示市监〔2025〕1号";
    engine.getRuntimeService().createMessageCorrelation("SupplementReceived")
        .processInstanceBusinessKey(scenario.trackingNumber())
        .setVariable(SUPPLEMENT_RECEIVED_ON, RECEIVED.toString())
        .setVariable(SUPPLEMENT_TEXT, correction)
        .correlate();

    assertNoneStored(List.of(SUPPLEMENT_TEXT));
    assertThat(register.supplementText(scenario.trackingNumber())).contains(correction);
  }

  @Test
  void aThirdPartysReasonsAndThePublicInterestReasonAreMaskedInTheEngineAndWholeInTheRegister() {
    String opinion = "本公司联系人" + PERSONAL + "：涉及商业秘密，不同意公开";
    String reason = "举报人" + PERSONAL + "反映的排污情况涉及公众健康，不公开会对公共利益造成重大影响";
    scenario.startWithItems(registration(RECEIVED), items(item("某企业排污数据", "HELD",
            "thirdParty", true, "thirdPartyName", "示范市某化工有限公司")))
        .complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
            CONSULTATION_SERVED_ON, "2026-02-10")
        .complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER, CONSULTATION_ANSWER, "OBJECTION",
            CONSULTATION_ANSWERED_ON, "2026-02-10", CONSULTATION_OPINION, opinion);
    scenario.reviewItem("某企业排污数据", REVIEW_CONCLUSION, "RELEASABLE");
    scenario.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, true,
        OVERRIDE_PARTY_REASONS, scenario.overrideReasonForEachParty(reason));
    today(LocalDate.of(2026, 2, 11));
    scenario.complete(TASK_APPROVE_OVERRIDE, LEADER, OVERRIDE_APPROVAL, "APPROVE");

    assertNoneStored(List.of(CONSULTATION_OPINION, THIRD_PARTY_OBJECTION, OVERRIDE_REASON));
    assertThat(jdbc.queryForObject("SELECT opinion FROM ogi_consultation WHERE tracking_number = ?"
        + " AND kind = 'THIRD_PARTY'", String.class, scenario.trackingNumber())).isEqualTo(opinion);
    // The register keeps the reason whole for the office; the 公开决定告知书 goes to the third
    // party and prints no other person's ID number, phone or street (audit 32a F2, ADR 0131).
    assertThat(jdbc.queryForObject("SELECT override_reason FROM ogi_consultation WHERE"
        + " tracking_number = ? AND kind = 'THIRD_PARTY'", String.class,
        scenario.trackingNumber())).isEqualTo(reason);
    assertThat(letter(LetterKind.OVERRIDE_NOTICE).body())
        .contains("举报人周测试（身份证号350***********1235，电话137****1111，住示范市鼓楼区***）反映的排污情况")
        .doesNotContain(ID, PHONE, STREET);
  }

  /**
   * Audit 32b F1: the reply's text (replyLetterText, kept in the engine for the office's edit
   * and leadership's approval) quoted the register's whole request, so the applicant's full ID
   * number and phone reached legal, leadership and auditors through variables, history and
   * details. Every letter now quotes the request masked (ADR 0131): no full number in the
   * engine, the frozen letter or its documents.
   */
  @Test
  void theReplyLettersTextQuotesTheRequestWithItsNumbersMasked() {
    Map<String, Object> form = registration(RECEIVED);
    String request = "本人" + PERSONAL + "申请公开2025年行政处罚案件统计表";
    form.put(REQUEST_DESCRIPTION, request);
    scenario.start(form)
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本机关门户网站")));

    assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("申请获取“本人周测试（身份证号350***********1235，电话137****1111，住示范市鼓楼区" + STREET
            + "）申请公开2025年行政处罚案件统计表”");
    assertNoneStored(List.of(REQUEST_DESCRIPTION, REPLY_LETTER_TEXT), STREET);
    assertThat(register.get(scenario.trackingNumber()).description()).isEqualTo(request);
  }

  /**
   * Audit 32b F7: only ID and phone numbers of the request were masked; an e-mail address in it
   * reached legal, leadership and auditors whole, though the contact e-mail is masked for them.
   */
  @Test
  void anEmailInTheRequestIsMaskedInTheEngine() {
    Map<String, Object> form = registration(RECEIVED);
    String request = "请公开2025年度行政许可统计，联系人电话" + PHONE + "，邮箱sunws@example.cn";
    form.put(REQUEST_DESCRIPTION, request);
    scenario.start(form);

    assertThat((String) scenario.variable(REQUEST_DESCRIPTION))
        .isEqualTo("请公开2025年度行政许可统计，联系人电话[PHONE-MASKED]，邮箱s***@example.cn");
    StringBuilder stored = new StringBuilder();
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.queryForList("SELECT TEXT_ FROM " + table + " WHERE PROC_INST_ID_ = ?",
          scenario.instance.getId()).forEach(row -> stored.append(row).append('\n'));
    }
    assertThat(stored.toString()).contains("s***@example.cn").doesNotContain("sunws@", PHONE);
    assertThat(register.get(scenario.trackingNumber()).description()).isEqualTo(request);
  }

  /**
   * Audit 32a F2: a 部分公开 reply printed the redaction note as 不予公开的内容, i.e. the third
   * party's ID number and address withheld under Art. 15 were given to the applicant in the
   * letter that withholds them. The letter prints the note masked (ADR 0131).
   */
  @Test
  void aPartialDisclosurePrintsTheRedactionNoteWithoutTheWithheldPersonalData() {
    String note = "当事人李四（身份证号350102198001011234，住示范市西街9号）的个人信息";
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚决定书汇编", "HELD")))
        .complete(TASK_REVIEW_ITEM, RequestScenario.LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE_REDACTED", REDACTION_NOTE, note,
            WITHHOLDING_GROUND, "THIRD_PARTY", LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");

    assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("不予公开的内容：当事人李四（身份证号350***********1234，住示范市***）的个人信息")
        .doesNotContain("350102198001011234", "西街9号");
  }

  /**
   * ADR 0136 (left open by ADR 0131): the redaction note may name the third party's data the
   * review withholds; it was stored whole in the SecrecyReview's variable, its history and
   * details, read by legal, leadership and auditors over the engine API and Cockpit. Now masked
   * there; 记录审查结果 keeps it whole in ogi_item_review (the office's applicant page reads it).
   * Failed on the code before: the engine's history held the note whole.
   */
  @Test
  void theRedactionNoteIsMaskedInTheEngineAndWholeInTheRegister() {
    String note = "遮盖当事人" + PERSONAL + "的个人信息";
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚决定书汇编", "HELD")))
        .complete(TASK_REVIEW_ITEM, RequestScenario.LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE_REDACTED", REDACTION_NOTE, note,
            WITHHOLDING_GROUND, "THIRD_PARTY", LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");

    // The review's own instance is called from the case: its rows carry the case as root.
    StringBuilder stored = new StringBuilder();
    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.queryForList("SELECT TEXT_ FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?"
          + " AND NAME_ = ?", scenario.instance.getId(), REDACTION_NOTE)
          .forEach(row -> stored.append(table).append(row).append('\n'));
    }
    assertThat(stored).contains("遮盖当事人周测试");
    assertThat(stored.toString()).doesNotContain(ID, PHONE, STREET);
    assertThat(jdbc.queryForObject("SELECT r.redaction_note FROM ogi_item_review r JOIN"
        + " ogi_info_item i ON i.id = r.item_id WHERE i.case_ref = ?", String.class,
        scenario.trackingNumber())).isEqualTo(note);
  }

  /**
   * Every row of the case's instance in the engine's three variable tables: the texts are there
   * (masked), no ID number, phone or street with its house number.
   */
  private void assertNoneStored(List<String> names) {
    assertNoneStored(names, null);
  }

  /** As above; {@code kept} (a street a request names) may be stored: the request keeps it. */
  private void assertNoneStored(List<String> names, String kept) {
    StringBuilder stored = new StringBuilder();
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.queryForList("SELECT NAME_, TEXT_ FROM " + table + " WHERE PROC_INST_ID_ = ?",
          scenario.instance.getId()).forEach(row -> stored.append(table).append(row)
              .append('\n'));
    }
    assertThat(stored).contains(names).contains("周测试", "示范市");
    assertThat(stored.toString()).doesNotContain(ID, PHONE, ID.substring(3, 14));
    if (kept == null) {
      assertThat(stored.toString()).doesNotContain(STREET);
    }
  }

  private Letters.Letter letter(LetterKind kind) {
    List<Letters.Letter> sent = letters.of(scenario.trackingNumber()).stream()
        .filter(l -> l.kind() == kind).toList();
    assertThat(sent).as("letters %s", kind).hasSize(1);
    return sent.get(0);
  }
}
