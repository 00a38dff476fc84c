package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.vocabulary.OutcomeCode;
import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.companyRegistration;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reply letter and the termination notice as the real engine, beans and register draft
 * them (issue 14, points 7–9): an organisation is addressed as 贵单位, a 部分公开 carries the
 * reconsideration-first paragraph for its withheld part and the 60 days / 6 months paragraph
 * for the rest, each withheld item its ground and the basis legal entered; the termination
 * notice cites its article and the remedies; the appeal periods run from the day signed for.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ReplyLetterScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(0.0);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  RequestScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void aPartialDisclosureToAnOrganisationNamesEveryWithheldItemAndBothRemedies() {
    Map<String, Object> form = companyRegistration(RECEIVED);
    form.put(REQUEST_DESCRIPTION, "2025年本局行政处罚案件统计表及相关会议纪要。");
    scenario.startWithItems(form, items(
        item("2025年行政处罚案件统计表", "HELD"),
        item("2025年第3次局务会议纪要", "HELD"),
            item("全市统计公报", "NOT_HELD", "responsibleAgency", "示范市统计局（电话0595-22000000）",
                "notOursReason", "该信息由示范市统计局制作并保存")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE")
        .reviewOldestItem(REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款",
            REVIEW_COMMENT, "内部讨论，勿外传");

    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("2");
    String letter = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(letter)
        .contains("示范贸易有限公司：", "收到贵单位提出的政府信息公开申请",
            "申请获取“2025年本局行政处罚案件统计表及相关会议纪要”。现答复如下：",
            "贵单位申请获取的政府信息中含有不应当公开的内容", "第三十七条",
            "决定不予公开；理由：该信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息；",
            "法律依据：《中华人民共和国政府信息公开条例》第十六条第二款",
            "负责公开该政府信息的行政机关：示范市统计局（电话0595-22000000）",
            "贵单位如对本答复中不予公开的部分不服",
            "应当先向" + ProcessTestEngine.RECONSIDERATION_BODY + "申请行政复议",
            "《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款",
            "贵单位如对本答复的其他部分不服", "六个月内")
        .doesNotContain("您", "。”。", "内部讨论", "（已主动公开的");

    // Posted on 20 Feb, signed for on 24 Feb: the periods run from the 24th (6 months: 24 Aug).
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    today(LocalDate.of(2026, 2, 25));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-02-20", REPLY_RECEIVED_ON, "2026-02-24");
    assertThat(scenario.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-08-24");
    CaseRegister cases = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    Assertions.assertThat(cases.replyReceivedOn(scenario.trackingNumber()))
        .isEqualTo(LocalDate.of(2026, 2, 24));
  }

  /**
   * Art. 36(二): a reply that releases information tells the applicant how it is provided, from
   * the form and way asked for at registration (Art. 29) — with the letter by post or e-mail,
   * for pick-up at the agency's address, on the online page for an applicant with a query code
   * — and says 经审查 once. A reply that releases nothing has no such sentence.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}, query code {2}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "PAPER|POST|false|现将上述予以公开的政府信息以纸质形式随本答复书一并邮寄至您提供的通信地址。",
      "ELECTRONIC|EMAIL|false|现将上述予以公开的政府信息以电子文档形式随本答复书一并发送至您提供的电子邮箱。",
      "ELECTRONIC|EMAIL|true|发送至您提供的电子邮箱。您也可以凭受理编号和查询码在本机关政府信息公开网上申请平台下载。",
      "PAPER|PICK_UP|false|上述予以公开的政府信息以纸质形式提供，请您于工作时间到本机关（地址：示范市人民路1号）领取，领取前可先电话联系（联系电话：0595-22000000）。",
      "ELECTRONIC|ONLINE|true|上述予以公开的政府信息以电子文档形式随本答复书一并在本机关政府信息公开网上申请平台提供，您可以凭受理编号和查询码登录该平台下载。",
      "ELECTRONIC|ONLINE|false|现将上述予以公开的政府信息随本答复书一并提供。"})
  void aReplyThatReleasesInformationSaysHowTheApplicantGetsIt(String deliveryForm,
      String deliveryMethod, boolean queryCode, String expected) {
    Map<String, Object> form = registration(RECEIVED);
    form.put(DELIVERY_FORM, deliveryForm);
    // ONLINE is refused at the counter (only an online application has a query code): the
    // register is set as the public API (or a case registered before that check) leaves it.
    form.put(DELIVERY_METHOD, "ONLINE".equals(deliveryMethod) ? "EMAIL" : deliveryMethod);
    scenario.startWithItems(form, items(item("2025年行政处罚案件统计表", "HELD"),
        item("2025年第3次局务会议纪要", "HELD")));
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_case SET delivery_method = ?"
        + " WHERE tracking_number = ?", deliveryMethod, scenario.trackingNumber());
    if (queryCode) {
      ProcessTestEngine.jdbc(engine).update("INSERT INTO ogi_online_access (tracking_number,"
          + " code_salt, code_hash, submitted_at) VALUES (?, 's', 'h', CURRENT_TIMESTAMP)",
          scenario.trackingNumber());
    }
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE")
        .reviewOldestItem(REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款");

    String letter = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(letter).contains(expected)
        .contains("”。现答复如下：\n").containsOnlyOnce("经审查");
    if (!queryCode) {
      Assertions.assertThat(letter).doesNotContain("查询码");
    }
    Assertions.assertThat(letter.indexOf(expected))
        .isGreaterThan(letter.indexOf("2. 2025年第3次局务会议纪要"))
        .isLessThan(letter.indexOf("如对本答复中不予公开的部分不服"));
  }

  /**
   * A case registered before the counter checked the contact data (audit round 23, F5): e-mail
   * or post asked for, no e-mail or address on record. The letter does not say the information
   * was sent to an e-mail or address the applicant never gave; it comes with the letter.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"EMAIL,contact_email,电子邮箱",
      "POST,contact_address,通信地址"})
  void aWayTheRegisterCannotReachIsNotPromised(String method, String column, String promised) {
    Map<String, Object> form = registration(RECEIVED);
    form.put(DELIVERY_METHOD, method);
    scenario.startWithItems(form, items(item("2025年行政处罚案件统计表", "HELD")));
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_case SET " + column + " = NULL"
        + " WHERE tracking_number = ?", scenario.trackingNumber());
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE");
    String letter = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(letter).contains("现将上述予以公开的政府信息随本答复书一并提供。")
        .doesNotContain(promised);
  }

  @Test
  void aReplyThatReleasesNothingSaysNothingAboutProvidingIt() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年第3次局务会议纪要", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款");
    String letter = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(letter).contains("本机关决定不予公开").containsOnlyOnce("经审查")
        .doesNotContain("随本答复书一并", "领取", "下载");
  }

  /**
   * Art. 36(五): the applicant is told why the information is not this agency's (说明理由, audit
   * 32a F7) and, where the agency responsible can be determined, its name and its contact details
   * (联系方式), as the office entered them with the item.
   */
  @Test
  void aFourOneReplyGivesTheResponsibleAgencysNameAndContact() {
    scenario.startWithItems(registration(RECEIVED), items(
        item("全市统计公报", "NOT_HELD", "responsibleAgency", "示范市统计局",
            "responsibleAgencyContact", "电话0595-22000000，地址示范市人民路1号",
            "notOursReason", "该信息由示范市统计局制作并保存"),
        item("某区规划图", "NOT_HELD", "responsibleAgency", "示范市某区自然资源局",
            "notOursReason", "该信息由示范市某区自然资源局制作并保存")));

    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("4.1");
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("第三十六条第（五）项",
            "1. 全市统计公报：该信息不属于本机关负责公开的政府信息（《中华人民共和国政府信息公开条例》"
                + "第三十六条第（五）项）；理由：该信息由示范市统计局制作并保存；负责公开该政府信息的行政机关：示范市统计局；"
                + "该行政机关的联系方式：电话0595-22000000，地址示范市人民路1号。",
            "负责公开该政府信息的行政机关：示范市某区自然资源局。");
  }

  /**
   * Audit 32a, F1: a refusal (3.1) whose request also has an item that does not exist withholds
   * only that part: the decision says 部分信息 is a state secret and the rest does not exist, each
   * with its article, and reconsideration comes first only for the withheld part (ARL Art. 23);
   * for the rest 60 days / 6 months. The letter so drafted passes the legal-parts check.
   */
  @Test
  void aRefusalWithAnItemThatDoesNotExistWithholdsOnlyThatPart() {
    scenario.startWithItems(registration(RECEIVED), items(item("专项执法行动方案", "HELD"),
        item("2030年市场监管规划", "NONEXISTENT")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "STATE_SECRET",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十四条");

    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("3.1");
    String letter = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(letter)
        .contains("经审查，您申请获取的政府信息中，部分信息属于国家秘密（《中华人民共和国政府信息公开条例》第十四条）。"
                + "根据《中华人民共和国政府信息公开条例》第三十六条第（三）项的规定，本机关对该部分信息决定不予公开，理由和依据见下。"
                + "另有部分信息不存在。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定予以告知。",
            "1. 专项执法行动方案：决定不予公开；",
            "2. 2030年市场监管规划：经检索，该政府信息不存在",
            "您如对本答复中不予公开的部分不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款的规定，应当先向"
                + ProcessTestEngine.RECONSIDERATION_BODY + "申请行政复议",
            "您如对本答复的其他部分不服，可以自收到本答复书之日起六十日内", "六个月内")
        .doesNotContain("您申请获取的政府信息属于国家秘密", "您如对本答复不服");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /**
   * Audit 32a, F1: a 4.1 reply with an item that needs new processing says so for that part and
   * cites Art. 38, instead of saying the information as a whole does not exist.
   */
  @Test
  void aFourOneReplyWithAnItemNeedingNewProcessingCitesArticleThirtyEight() {
    scenario.startWithItems(registration(RECEIVED), items(
        item("2025年各类投诉分析报告", "NEEDS_PROCESSING"),
        item("2030年市场监管规划", "NONEXISTENT")));

    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("4.1");
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("经检索，您申请获取的政府信息中，部分信息不存在。根据《中华人民共和国政府信息公开条例》"
            + "第三十六条第（四）项的规定予以告知。另有部分信息本机关没有现成信息，需要对现有政府信息进行加工、分析才能形成。"
            + "根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关对该部分信息不予提供。",
            "可以自收到本答复书之日起六十日内")
        .doesNotContain("本机关没有您申请获取的政府信息，该政府信息不存在", "应当先向");
  }

  /**
   * Audit 32a, F7: Art. 36(五) — 告知申请人并说明理由. An item found not this agency's without the
   * reason is refused (400 on items[n].notOursReason in Chinese, nothing registered, the task
   * stays); a case on a deployment whose split form lacks the field is not asked for it.
   */
  @Test
  void anItemNotThisAgencysWithoutItsReasonIsRefused() {
    scenario.start(registration(RECEIVED)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "COMPLETE");
    assertThatThrownBy(() -> scenario.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("全市统计公报", "NONEXISTENT"), item("某企业历年纳税明细", "NOT_HELD",
            "responsibleAgency", "示范市税务局", "notOursReason", " \u3000"))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("items[2].notOursReason")
        .hasMessageContaining("第2项：本机关不掌握的信息，请填写不属于本机关负责公开的理由");
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForObject(
        "SELECT COUNT(*) FROM ogi_info_item WHERE case_ref = ?", Integer.class,
        scenario.trackingNumber())).isZero();
  }

  @Test
  void aCaseWhoseSplitFormHasNoReasonFieldIsNotAskedForIt() {
    String deployment = engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/disclosure-request.bpmn")
        .addClasspathResource("processes/secrecy-review.bpmn")
        .addClasspathResource("processes/reply-outcome.dmn")
        .addClasspathResource("processes/approval-required.dmn")
        .addClasspathResource("earlier-models/item-split-2026-12.form").deploy().getId();
    try {
      scenario.startWithItems(registration(RECEIVED), items(item("全市统计公报", "NOT_HELD",
          "responsibleAgency", "示范市统计局")));
      Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("4.1");
      Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
          .contains("第三十六条第（五）项）；负责公开该政府信息的行政机关：示范市统计局。")
          .doesNotContain("理由：");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  /**
   * Audit 32a, F12: the letter quotes the request in “…”; quotation marks inside it become the
   * inner ‘…’ (GB/T 15834), never “…“…”…”, and the quoted request is still the register's own
   * text for the legal-parts check (approval goes through).
   */
  @Test
  void quotesInsideTheQuotedRequestAreSingle() {
    Map<String, Object> form = registration(RECEIVED);
    form.put(REQUEST_DESCRIPTION, "2026年度本局“双随机一公开”抽查计划及\"行政复议\"案件统计表。");
    scenario.startWithItems(form, items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    String letter = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(letter)
        .contains("申请获取“2026年度本局‘双随机一公开’抽查计划及‘行政复议’案件统计表”。")
        .doesNotContain("“双随机一公开”", "\"行政复议\"");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false, REPLY_LETTER_TEXT, letter);
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /** A contact without the agency's name tells the applicant nothing usable: refused (400). */
  @Test
  void aContactWithoutTheResponsibleAgencyIsRefused() {
    scenario.start(registration(RECEIVED)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "COMPLETE");
    assertThatThrownBy(() -> scenario.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("全市统计公报", "NOT_HELD", "responsibleAgencyContact", "电话0595-22000000"))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("items[1].responsibleAgency")
        .hasMessageContaining("第1项：填写联系方式的，请填写负责公开的机关");
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
  }

  /**
   * Art. 36(一): information already public is answered with where to obtain it, so the split
   * refuses an item found public without 公开途径/网址, whatever the client sent (400, nothing
   * written).
   */
  @Test
  void anItemFoundPublicWithoutWhereToObtainItIsRefused() {
    scenario.start(registration(RECEIVED)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "COMPLETE");
    assertThatThrownBy(() -> scenario.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("全市统计公报", "PUBLIC", "wherePublic", "  "))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("items[1].wherePublic")
        .hasMessageContaining("第1项：已主动公开的信息，请填写公开途径/网址");
    assertThat(scenario.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);
  }

  /**
   * 5.3 (要求提供公开出版物): the office enters where and how the publication can be obtained
   * (获取途径) with its finding at the completeness check; it is required there (400, nothing
   * written), kept in the register and printed in the reply (Art. 39(2)).
   */
  @Test
  void aPublicationRequestTellsTheApplicantWhereToObtainIt() {
    scenario.start(registration(RECEIVED));
    assertThatThrownBy(() -> scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "NOT_A_REQUEST", NOT_A_REQUEST_KIND, "PUBLICATION",
        PUBLICATION_SOURCE, " \u3000"))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("publicationSource is required（请填写获取途径）");
    assertThat(scenario.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    CaseRegister cases = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    Assertions.assertThat(cases.get(scenario.trackingNumber()).outcomeCode()).isNull();

    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION,
        "NOT_A_REQUEST", NOT_A_REQUEST_KIND, "PUBLICATION", PUBLICATION_SOURCE,
        "《示范市人民政府公报》2026年第1期，可在示范市新华书店购买或在市档案馆查阅（电话0595-22000001）。");

    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("5.3");
    Assertions.assertThat(cases.publicationSource(scenario.trackingNumber()))
        .startsWith("《示范市人民政府公报》2026年第1期");
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("本机关不作为政府信息公开申请处理。", "第三十九条第二款的规定，现告知您获取的途径："
            + "《示范市人民政府公报》2026年第1期，可在示范市新华书店购买或在市档案馆查阅（电话0595-22000001）。")
        .doesNotContain("公开发行渠道获取", "。。", "）。。");
  }

  /**
   * A case on a deployment whose completeness form has no 获取途径 (made before the field) keeps
   * the earlier rule: its office could not enter one (ADR 0028); the reply keeps the general
   * wording.
   */
  @Test
  void aCaseWhoseFormHasNoPublicationSourceKeepsTheEarlierRule() {
    String deployment = engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/disclosure-request.bpmn")
        .addClasspathResource("processes/secrecy-review.bpmn")
        .addClasspathResource("processes/reply-outcome.dmn")
        .addClasspathResource("processes/approval-required.dmn")
        .addClasspathResource("earlier-models/completeness-check-2026-12.form").deploy().getId();
    try {
      scenario.start(registration(RECEIVED)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
          COMPLETENESS_DECISION, "NOT_A_REQUEST", NOT_A_REQUEST_KIND, "PUBLICATION");
      Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("5.3");
      Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
          .contains("您可以通过公开发行渠道获取。");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void aSignedForDateBeforeTheDeliveryOrAnUnknownMethodIsRefused() {
    scenario.startWithItems(registration(RECEIVED),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    String letter = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(letter).contains("收到您提出的", "您如对本答复不服",
        "可以自收到本答复书之日起六十日内", "六个月内").doesNotContain("贵单位", "应当先向");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThatThrownBy(() -> scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER,
        DELIVERED_BY, "CARRIER_PIGEON", DELIVERED_ON, "2026-02-10",
        REPLY_RECEIVED_ON, "2026-02-01"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("送达方式的取值无效")
        .hasMessageContaining("申请人签收日期不得早于送达日期");
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);

    // Posted, no signed-for date yet: no deadline counted from the posting (待确认签收).
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-02-10");
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("待确认签收");
  }

  @Test
  void theTerminationNoticeCitesItsArticleAndTheRemedies() {
    Map<String, Object> form = companyRegistration(RECEIVED);
    form.put(APPLICANT_TYPE, "NONPROFIT");
    scenario.start(form);
    String trackingNumber = scenario.trackingNumber();
    ReplyLetter replyLetter = ProcessTestEngine.bean(engine, "replyLetter", ReplyLetter.class);
    CaseLetters caseLetters = ProcessTestEngine.bean(engine, "caseLetters", CaseLetters.class);

    String abandoned = caseLetters.draft(trackingNumber, LetterKind.TERMINATION_NOTICE,
        replyLetter.terminationValues(trackingNumber, OutcomeCode.OTHER_NO_CORRECTION,
            "您（单位）无正当理由逾期未补正申请，视为放弃申请。"));
    Assertions.assertThat(abandoned).contains("收到贵单位提出的", "贵单位无正当理由逾期未补正申请",
        "根据《中华人民共和国政府信息公开条例》第三十条的规定，本机关不再处理",
        "贵单位如对本告知不服，可以自收到本告知书之日起六十日内向"
            + ProcessTestEngine.RECONSIDERATION_BODY + "申请行政复议", "六个月内")
        .doesNotContain("您");

    String unpaid = caseLetters.draft(trackingNumber, LetterKind.TERMINATION_NOTICE,
        replyLetter.terminationValues(trackingNumber, OutcomeCode.OTHER_FEE_UNPAID,
            "贵单位未在规定期限内缴纳信息处理费，视为放弃申请。"));
    Assertions.assertThat(unpaid).contains("第四十二条", "国办函〔2020〕109号", "六个月内");
  }

  /**
   * Audit round 24, F1: the office kept every required sentence and added a refusal on state
   * secrecy and a 15-day direct lawsuit to a 予以公开 letter, which needs no approval and was
   * issued at once. Each addition is refused on replyLetterText (400), nothing is frozen or
   * issued; what the office legitimately edits (an item explanation, a note, the contact line)
   * still passes, and that letter is issued as edited.
   */
  @Test
  void aReplyEditedToContradictTheOutcomeOrTheRemediesIsRefused() {
    // The applicant's own words may name a remedy: an item line reworded keeps its title.
    scenario.startWithItems(registration(RECEIVED),
        items(item("2025年行政复议和行政诉讼案件统计表", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE");
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("1");
    String draft = (String) scenario.variable(REPLY_LETTER_TEXT);
    String agency = ProcessTestEngine.bean(engine, "caseLetters", CaseLetters.class).agency()
        .name();
    ReplyLetterRegister frozen = ProcessTestEngine.bean(engine, "replyLetterRegister",
        ReplyLetterRegister.class);

    String secret = draft.replace("具体情况如下：",
        "经审查，该信息属于国家秘密，本机关决定不予公开。\n具体情况如下：");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, secret))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(REPLY_LETTER_TEXT + " contradicts the register")
        .hasMessageContaining("答复书有与登记的答复不一致的内容",
            "与答复类型“（一）予以公开”不符的决定“不予公开”")
        .hasMessageNotContaining("缺少");
    String lawsuit = draft.replace(agency + "\n", "您如对本答复不服，应当自收到本答复书之日起十五日内"
        + "直接向人民法院提起行政诉讼，逾期不予受理。\n" + agency + "\n");
    Assertions.assertThat(lawsuit).isNotEqualTo(draft);
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, lawsuit))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("救济途径以外另行告知的救济内容“您如对本答复不服，应当自收到本答复书之日起"
            + "十五日内直接向人民法院提起行政诉讼，逾期不予受理。”");
    // Another outcome's decision paragraph that states no 决定 of its own (4.1: 不存在).
    String nonexistent = draft.replace("具体情况如下：",
        "经检索，本机关没有您申请获取的政府信息，该政府信息不存在。\n具体情况如下：");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, nonexistent))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("其他答复类型的决定“经检索，本机关没有您申请获取的政府信息，该政府信息不存在。”");
    // A reconsideration body named in a note, outside the remedy sentence.
    String note = draft.replace(agency + "\n", "备注：复议请于三十日内提出。\n" + agency + "\n");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, note))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("救济途径以外另行告知的救济内容");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(frozen.latest(scenario.trackingNumber())).isEmpty();

    // What the office may change: the item's explanation, a note, the contact line.
    String edited = draft
        .replace("予以公开（《中华人民共和国政府信息公开条例》第三十六条第（二）项）",
            "予以公开，共3页（《中华人民共和国政府信息公开条例》第三十六条第（二）项）")
        .replace(agency + "\n", "如有疑问，请于工作日致电0595-22000000（王丽）。\n" + agency + "\n");
    Assertions.assertThat(edited).contains("行政诉讼案件统计表：予以公开，共3页", "如有疑问");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false, REPLY_LETTER_TEXT, edited);
    Assertions.assertThat(frozen.latest(scenario.trackingNumber())).hasValueSatisfying(letter -> {
      Assertions.assertThat(letter.body()).isEqualTo(edited.strip());
      Assertions.assertThat(letter.issued()).isTrue();
    });
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /**
   * The gap ADR 0078 left: a refusal in words no template uses (不公开, 不宜公开, 不予提供, 属于国家
   * 秘密) added to a 予以公开 letter is recognised by what it says and refused on replyLetterText,
   * nothing frozen; an explanation that says the information 不涉及国家秘密 still passes.
   */
  @Test
  void aReplyParaphrasingARefusalIsRefused() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE");
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("1");
    String draft = (String) scenario.variable(REPLY_LETTER_TEXT);
    ReplyLetterRegister frozen = ProcessTestEngine.bean(engine, "replyLetterRegister",
        ReplyLetterRegister.class);
    Map<String, String> paraphrases = Map.of(
        "经研究，本机关决定不公开该信息。", "不符的决定“不公开”",
        "该信息不宜公开。", "不符的决定“不宜公开”",
        "其中附件本机关不予提供。", "不符的决定“不予提供”",
        "经审查，该信息属于国家秘密。", "不符的不予公开理由“国家秘密”");
    for (Map.Entry<String, String> paraphrase : paraphrases.entrySet()) {
      String edited = draft.replace("具体情况如下：", paraphrase.getKey() + "\n具体情况如下：");
      Assertions.assertThat(edited).isNotEqualTo(draft);
      assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
          REPLY_LETTER_TEXT, edited))
          .as(paraphrase.getKey())
          .isInstanceOf(InvalidInput.class)
          .hasMessageStartingWith(REPLY_LETTER_TEXT + " contradicts the register")
          .hasMessageContaining("答复书有与登记的答复不一致的内容", "与答复类型“（一）予以公开”"
              + paraphrase.getValue());
    }
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    Assertions.assertThat(frozen.latest(scenario.trackingNumber())).isEmpty();

    String explained = draft.replace("予以公开（《中华人民共和国政府信息公开条例》第三十六条第（二）项）",
        "经审查，该信息不涉及国家秘密、商业秘密和个人隐私，予以公开（《中华人民共和国政府信息公开条例》"
            + "第三十六条第（二）项）");
    Assertions.assertThat(explained).isNotEqualTo(draft);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false, REPLY_LETTER_TEXT,
        explained);
    Assertions.assertThat(frozen.latest(scenario.trackingNumber()).orElseThrow().body())
        .isEqualTo(explained.strip());
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /**
   * The server's own draft of every outcome, for a case at 审核答复书, passes the check unchanged
   * (with and without an upheld objection): the vocabulary never reads a template against itself.
   */
  @Test
  void theServersOwnDraftOfEveryOutcomePassesUnchanged() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);
    ReplyLetter letter = ProcessTestEngine.bean(engine, "replyLetter", ReplyLetter.class);
    int checked = 0;
    Assertions.assertThat(OutcomeCode.values()).isNotEmpty();
    for (OutcomeCode outcome : OutcomeCode.values()) {
      for (boolean objectionUpheld : new boolean[] {false, true}) {
        String draft = letter.draft(scenario.trackingNumber(), outcome, objectionUpheld);
        letter.requireLegalParts(scenario.trackingNumber(), outcome, objectionUpheld, draft);
        checked++;
      }
    }
    Assertions.assertThat(checked).isEqualTo(2 * OutcomeCode.values().length);
  }

  /**
   * A letter that needs approval, frozen with a contradicting decision by another path (or
   * before the check): leadership's 同意 is refused on replyLetterText, nothing is issued.
   */
  @Test
  void aFrozenLetterThatContradictsTheOutcomeIsNotApproved() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年第3次局务会议纪要", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款");
    String draft = (String) scenario.variable(REPLY_LETTER_TEXT);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    String released = draft.replace("具体情况如下：", "经复核，本机关决定予以公开。\n具体情况如下：")
        .strip();
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_reply_letter SET body = ?, body_sha256 = ?"
        + " WHERE tracking_number = ?", released, ReplyLetterRegister.sha256(released),
        scenario.trackingNumber());
    engine.getRuntimeService().setVariable(scenario.instance.getId(), REPLY_LETTER_TEXT, released);

    assertThatThrownBy(() -> scenario.complete(TASK_APPROVE_REPLY, LEADER,
        REPLY_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不符的决定“予以公开”");
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);
    ReplyLetterRegister frozen = ProcessTestEngine.bean(engine, "replyLetterRegister",
        ReplyLetterRegister.class);
    Assertions.assertThat(frozen.latest(scenario.trackingNumber()).orElseThrow().issued())
        .isFalse();
  }

  /**
   * Audit 35a F2: in a 部分公开 the office rewrote the withheld item's line to 予以公开; the check
   * by kind passed it (the letter releases the other item) and leadership signed it blind. The
   * line is refused at the edit on replyLetterText naming the item, and a letter frozen with it
   * by another path is not approved.
   */
  @Test
  void aWithheldItemsLineEditedToReleaseIsRefusedAtTheEditAndAtApproval() {
    scenario.startWithItems(registration(RECEIVED), items(
        item("2025年行政处罚案件统计表", "HELD"), item("2025年第3次局务会议纪要", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE")
        .reviewOldestItem(REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款");
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("2");
    String draft = (String) scenario.variable(REPLY_LETTER_TEXT);
    int start = draft.indexOf("2. 2025年第3次局务会议纪要：");
    Assertions.assertThat(start).isPositive();
    String line = draft.substring(start, draft.indexOf('\n', start));
    String released = draft.replace(line, "2. 2025年第3次局务会议纪要：予以公开（《中华人民共和国"
        + "政府信息公开条例》第三十六条第（二）项）。");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, released))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(REPLY_LETTER_TEXT + " contradicts the register")
        .hasMessageContaining("第2项《2025年第3次局务会议纪要》写明“予以公开”，与登记的该项答复“不予公开”不符");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, draft.replace(line + "\n", "")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("缺少第2项《2025年第3次局务会议纪要》的答复");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);

    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);
    // Leadership's form shows per item what the register holds, beside the letter.
    Assertions.assertThat((String) scenario.variable(ITEM_RESULTS_TEXT)).contains(
        "1. 2025年行政处罚案件统计表｜保密审查：可以公开｜第三方意见：不涉及｜答复：予以公开",
        "2. 2025年第3次局务会议纪要｜保密审查：不予公开（", "｜答复：不予公开（");
    String frozenText = released.strip();
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_reply_letter SET body = ?, body_sha256 = ?"
        + " WHERE tracking_number = ?", frozenText, ReplyLetterRegister.sha256(frozenText),
        scenario.trackingNumber());
    engine.getRuntimeService().setVariable(scenario.instance.getId(), REPLY_LETTER_TEXT,
        frozenText);
    assertThatThrownBy(() -> scenario.complete(TASK_APPROVE_REPLY, LEADER,
        REPLY_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("第2项《2025年第3次局务会议纪要》写明“予以公开”");
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);
  }

  /**
   * Audit round 24, F2: the receipt date (Art. 31, the start of the clock) is a required part of
   * the reply, from the register. A draft stating another date than the register (the date was
   * corrected after drafting) is refused leaving 审核答复书 until the office states the
   * register's; a letter frozen before the correction is not approved.
   */
  @Test
  void aReplyStatingAnotherReceiptDateThanTheRegisterIsRefused() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年第3次局务会议纪要", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款");
    String draft = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(draft).contains("本机关于2026年2月10日收到您提出的政府信息公开申请");
    // The register's receipt date as a correction leaves it (correction/DateCorrections).
    correctReceipt(LocalDate.of(2026, 2, 9));

    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(REPLY_LETTER_TEXT + " lacks")
        .hasMessageContaining("收到申请的日期“本机关于2026年2月9日收到您提出的政府信息公开申请”",
            "与登记不符的收到申请日期“2026年2月10日”（登记为2026年2月9日）");
    // The date stated twice, the register's and the old one: still refused.
    String twice = draft.replace("本机关于2026年2月10日收到", "本机关于2026年2月9日收到")
        .replace("具体情况如下：", "本机关于2026年2月10日收到您提出的政府信息公开申请。\n具体情况如下：");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, twice))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("与登记不符的收到申请日期“2026年2月10日”");
    assertThat(scenario.instance).isWaitingAt(TASK_EDIT_REPLY);

    String corrected = draft.replace("本机关于2026年2月10日收到", "本机关于2026年2月9日收到");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false, REPLY_LETTER_TEXT,
        corrected);
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);

    // Corrected again while the frozen letter waits for approval: not signed off.
    correctReceipt(LocalDate.of(2026, 2, 6));
    assertThatThrownBy(() -> scenario.complete(TASK_APPROVE_REPLY, LEADER,
        REPLY_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("收到申请的日期“本机关于2026年2月6日收到");
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_REPLY);
  }

  /**
   * A receipt date corrected before the reply is drafted: the draft is made from the register
   * and passes unchanged.
   */
  @Test
  void aReceiptDateCorrectedBeforeTheDraftIsInTheDraft() {
    scenario.start(registration(RECEIVED)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "COMPLETE");
    correctReceipt(LocalDate.of(2026, 2, 9));
    scenario.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2025年行政处罚案件统计表", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE");
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("本机关于2026年2月9日收到您提出的政府信息公开申请").doesNotContain("2026年2月10日收到");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  private void correctReceipt(LocalDate receivedOn) {
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_case SET first_received_on = ?"
        + " WHERE tracking_number = ?", receivedOn, scenario.trackingNumber());
  }

  /**
   * Audit round 24, F13: when every item was already public (Art. 36(一)) the agency decides no
   * disclosure; it tells the applicant how to obtain the information. The letter then says no
   * 决定予以公开, and an office adding it is refused. A reply that also releases an item keeps
   * 决定予以公开.
   */
  @Test
  void aReplyOnInformationAlreadyPublicTellsHowToObtainItAndDecidesNoDisclosure() {
    scenario.startWithItems(registration(RECEIVED),
        items(item("2025年政府信息公开工作年度报告", "PUBLIC", "wherePublic", "本局门户网站政府信息公开专栏")));
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("1");
    String draft = (String) scenario.variable(REPLY_LETTER_TEXT);
    Assertions.assertThat(draft)
        .contains("经检索，您申请获取的政府信息本机关已经主动公开。根据《中华人民共和国政府信息公开条例》"
            + "第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径，具体见下。",
            "已主动公开，获取途径：本局门户网站政府信息公开专栏")
        .doesNotContain("予以公开", "随本答复书一并");

    String decided = draft.replace("具体情况如下：", "本机关决定予以公开。\n具体情况如下：");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, decided))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不符的决定“予以公开”");
    String withoutArticle = draft.replace("根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，"
        + "现告知您获取该政府信息的方式和途径，具体见下。", "");
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false,
        REPLY_LETTER_TEXT, withoutArticle))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("答复决定及其法律依据");
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /**
   * A case at 审核答复书 at the upgrade to ADR 0078, its items all already public, carries the
   * draft made before (本机关决定予以公开), which the check refuses. At the start
   * (EarlierReplyWording) that paragraph is replaced by the current one in the case's letter,
   * the office's own edits kept; the letter then passes. Once done, nothing is left to do.
   */
  @Test
  void aDraftMadeBeforeTheAllPublicWordingTakesTheCurrentDecisionAtTheStart() {
    scenario.startWithItems(registration(RECEIVED),
        items(item("2025年政府信息公开工作年度报告", "PUBLIC", "wherePublic", "本局门户网站")));
    String draft = (String) scenario.variable(REPLY_LETTER_TEXT);
    String current = "经检索，您申请获取的政府信息本机关已经主动公开。根据《中华人民共和国政府信息公开条例》"
        + "第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径，具体见下。";
    String before = "经检索，您申请获取的政府信息属于可以公开的政府信息，本机关决定予以公开。";
    String agency = ProcessTestEngine.bean(engine, "caseLetters", CaseLetters.class).agency()
        .name();
    String edited = draft.replace(agency + "\n", "如有疑问，请致电0595-22000000。\n" + agency + "\n");
    String earlier = edited.replace(current, before);
    Assertions.assertThat(earlier).isNotEqualTo(edited).contains("如有疑问");
    engine.getRuntimeService().setVariable(scenario.instance.getId(), REPLY_LETTER_TEXT, earlier);
    assertThatThrownBy(() -> scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("答复决定及其法律依据");

    EarlierReplyWording upgrade = new EarlierReplyWording(null,
        ProcessTestEngine.bean(engine, "replyLetter", ReplyLetter.class));
    Assertions.assertThat(upgrade.redraft(engine)).isEqualTo(1);
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT)).isEqualTo(edited);
    Assertions.assertThat(upgrade.redraft(engine)).isZero();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
  }

  /** A reply releasing a held item keeps 1's 决定予以公开: the start leaves it as drafted. */
  @Test
  void aReplyReleasingOneItemAndPointingToAnotherStillDecidesDisclosure() {
    scenario.startWithItems(registration(RECEIVED), items(
        item("2025年政府信息公开工作年度报告", "PUBLIC", "wherePublic", "本局门户网站"),
        item("2025年行政处罚案件统计表", "HELD")));
    scenario.reviewOldestItem(REVIEW_CONCLUSION, "RELEASABLE");
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("1");
    Assertions.assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("本机关决定予以公开。").doesNotContain("本机关已经主动公开。");
    Assertions.assertThat(new EarlierReplyWording(null,
        ProcessTestEngine.bean(engine, "replyLetter", ReplyLetter.class)).redraft(engine)).isZero();
  }
}
