package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.vocabulary.OutcomeCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.reply.ReplyLetter.Parts;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reply letter's paragraphs by content, per outcome (issue 14, points 7 and 8): the
 * remedies of ARL Art. 23 and Art. 20 / ALL Art. 46, per withheld item its ground, reason and
 * the legal basis legal entered (Art. 36, 37), 4.1's two variants, 您 or 贵单位. Pure text: the
 * letter's composition needs neither the register nor the engine.
 */
class ReplyLetterTest {

  static final String BODY = "示范市人民政府";
  static final String RECONSIDERATION_FIRST = "应当先向" + BODY + "申请行政复议";
  static final String ARL_23 = "《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款";
  static final String SIXTY_DAYS_OR_SIX_MONTHS = "可以自收到本答复书之日起六十日内向" + BODY
      + "申请行政复议，或者自收到本答复书之日起六个月内依法向人民法院提起行政诉讼";

  final ReplyLetter letter = new ReplyLetter(null, null, null, null, null, null);

  @Test
  void aRefusalTellsTheApplicantToApplyForReconsiderationFirst() {
    Parts parts = letter.compose(OutcomeCode.WITHHELD_STATE_SECRET,
        List.of(withheld(1, "某涉密文件", WithholdingGround.STATE_SECRET, "《中华人民共和国保守国家秘密法》第二条")),
        false, "您", BODY);

    assertThat(parts.decision()).contains("本机关决定不予公开", "第十四条", "第三十六条第（三）项");
    assertThat(parts.remedies()).contains(RECONSIDERATION_FIRST, ARL_23,
        "对行政复议决定不服的，可以依法向人民法院提起行政诉讼").doesNotContain("六个月");
    assertThat(parts.items()).contains("1. 某涉密文件：决定不予公开；理由：该信息经依法确定属于国家秘密；"
        + "法律依据：《中华人民共和国保守国家秘密法》第二条。");
  }

  @ParameterizedTest
  @EnumSource(value = OutcomeCode.class, names = "WITHHELD_.*",
      mode = EnumSource.Mode.MATCH_ANY)
  void everyRefusalSaysDecidedNotToDiscloseAndReconsiderationFirst(OutcomeCode outcome) {
    WithholdingGround ground = java.util.Arrays.stream(WithholdingGround.values())
        .filter(g -> g.outcome() == outcome).findFirst().orElseThrow();
    Parts parts = letter.compose(outcome, List.of(withheld(1, "信息", ground, "某法第一条")),
        false, "您", BODY);
    assertThat(parts.decision()).contains("决定不予公开").doesNotContain("可以不予公开");
    assertThat(parts.remedies()).contains(RECONSIDERATION_FIRST, ARL_23);
    assertThat(parts.items()).contains("决定不予公开；理由：", "该信息", "法律依据：某法第一条")
        .doesNotContain("理由：" + ground.label());
  }

  /**
   * Every ground reads as one plain clause in the letter: not the annual report's label (四类过程性
   * 信息, 保护第三方合法权益) followed by the same thing again. Printed for the reader of the
   * test's output; no phrase of four characters or more occurs twice in a reason.
   */
  @ParameterizedTest
  @EnumSource(WithholdingGround.class)
  void everyGroundIsStatedOncePlainly(WithholdingGround ground) {
    String line = letter.compose(ground.outcome(),
        List.of(withheld(1, "信息", ground, "某法第一条")), false, "您", BODY).items();
    System.out.println(ground + ": " + line.strip());

    String reason = line.substring(line.indexOf("理由：") + 3, line.indexOf("；法律依据："));
    assertThat(reason).contains("该信息").doesNotContain("四类", "三类", "“三安全一稳定”",
        "保护第三方合法权益", "行政查询事项", ground.label() + "，");
    assertThat(repeatedPhrase(reason, 4)).as("repeated in %s", reason).isNull();
    assertThat(line).containsOnlyOnce("理由：").containsOnlyOnce("法律依据：");
  }

  /** All eight grounds at once: each named by what the information is, with its article. */
  @Test
  void severalGroundsAreNamedByWhatTheInformationIs() {
    List<Item> items = new java.util.ArrayList<>();
    for (WithholdingGround ground : WithholdingGround.values()) {
      items.add(withheld(items.size() + 1, "信息" + (items.size() + 1), ground, "某法第一条"));
    }
    String decision = letter.compose(OutcomeCode.WITHHELD_STATE_SECRET, items, false, "您", BODY)
        .decision();
    System.out.println(decision);

    assertThat(decision).contains("分别属于下列不予公开的信息：国家秘密（《中华人民共和国政府信息公开条例》第十四条）；"
        + "法律、行政法规禁止公开的信息（", "公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息（",
        "人事管理、后勤管理、内部工作流程等内部事务信息（《中华人民共和国政府信息公开条例》第十六条第一款）",
        "工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的信息（")
        .doesNotContain("四类", "三类", "“三安全一稳定”", "保护第三方", "行政查询事项", "属于属于");
    for (WithholdingGround ground : WithholdingGround.values()) {
      assertThat(decision).doesNotContain("：" + ground.label() + "（", "；" + ground.label() + "（");
    }
  }

  /** The first phrase of {@code length} characters that occurs twice in {@code text}, or null. */
  static String repeatedPhrase(String text, int length) {
    for (int i = 0; i + length <= text.length(); i++) {
      String phrase = text.substring(i, i + length);
      if (text.indexOf(phrase, i + 1) >= 0) {
        return phrase;
      }
    }
    return null;
  }

  @Test
  void aPartialDisclosureHasReconsiderationFirstForTheWithheldPartAndBothPeriodsForTheRest() {
    Parts parts = letter.compose(OutcomeCode.PARTIAL, List.of(
            released(1, "2025年行政处罚案件统计表"),
            withheld(2, "局务会议纪要", WithholdingGround.PROCESS_INFO, "《政府信息公开条例》第十六条第二款")),
        false, "您", BODY);

    assertThat(parts.decision()).contains("区分处理", "第三十七条", "决定不予公开");
    assertThat(parts.remedies()).contains("对本答复中不予公开的部分不服", RECONSIDERATION_FIRST,
        ARL_23, "对本答复的其他部分不服", "六十日内", "六个月内");
    assertThat(parts.items()).contains("1. 2025年行政处罚案件统计表：予以公开（《中华人民共和国政府信息公开条例》第三十六条第（二）项）",
        "2. 局务会议纪要：决定不予公开；理由：该信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息；"
            + "法律依据：《政府信息公开条例》第十六条第二款");
  }

  @Test
  void aPartialDisclosureOfReleasedAndNotHeldItemsWithholdsNothing() {
    Parts parts = letter.compose(OutcomeCode.PARTIAL, List.of(
            released(1, "统计表"), notHeld(2, "外局文件", ItemFinding.NOT_HELD, "示范市统计局（电话 0595-1234567）")),
        false, "您", BODY);

    assertThat(parts.decision()).contains("部分信息本机关决定予以公开", "其余信息本机关无法提供")
        .doesNotContain("区分处理", "不予公开");
    assertThat(parts.remedies()).contains(SIXTY_DAYS_OR_SIX_MONTHS).doesNotContain("应当先向");
    assertThat(parts.items()).contains("2. 外局文件：该信息不属于本机关负责公开的政府信息"
        + "（《中华人民共和国政府信息公开条例》第三十六条第（五）项）；负责公开该政府信息的行政机关："
        + "示范市统计局（电话 0595-1234567）。");
  }

  @Test
  void aDisclosureHasSixtyDaysOrSixMonthsAndNoDraftingNote() {
    Parts parts = letter.compose(OutcomeCode.DISCLOSED, List.of(
            new Item(1, "YSQ", 1, "年度报告。", ItemFinding.PUBLIC, "本局门户网站。", null, null,
                false, false, null)),
        false, "您", BODY);

    // Art. 36(一): every item already public, nothing disclosed anew (audit round 24, F13).
    assertThat(parts.decision()).contains("本机关已经主动公开", "第三十六条第（一）项",
        "现告知您获取该政府信息的方式和途径").doesNotContain("决定予以公开", "（已主动公开的");
    assertThat(parts.remedies()).contains(SIXTY_DAYS_OR_SIX_MONTHS,
        "《中华人民共和国行政复议法》第二十条", "《中华人民共和国行政诉讼法》第四十六条")
        .doesNotContain("应当先向");
    assertThat(parts.items()).contains("1. 年度报告：已主动公开，获取途径：本局门户网站"
        + "（《中华人民共和国政府信息公开条例》第三十六条第（一）项）。").doesNotContain("。：", "。（");
  }

  @Test
  void itemsWithheldOnSeveralGroundsAreAllGivenWithTheirLegalBasis() {
    Parts parts = letter.compose(OutcomeCode.WITHHELD_THIRD_PARTY, List.of(
            withheld(1, "某企业财务报表", WithholdingGround.THIRD_PARTY, "《政府信息公开条例》第十五条"),
            withheld(2, "内部请示", WithholdingGround.PROCESS_INFO, "《政府信息公开条例》第十六条第二款"),
            withheld(3, "执法卷宗", WithholdingGround.ENFORCEMENT_FILE, "《政府信息公开条例》第十六条第二款")),
        false, "您", BODY);

    assertThat(parts.decision()).contains("分别属于下列不予公开的信息：",
        "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害的信息（《中华人民共和国政府信息公开条例》第十五条）；",
        "；行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）；",
        "；行政执法案卷信息（《中华人民共和国政府信息公开条例》第十六条第二款）。", "决定不予公开")
        .doesNotContain("保护第三方合法权益", "四类", "属于行政执法案卷（");
    assertThat(parts.items()).contains(
        "1. 某企业财务报表：决定不予公开；理由：该信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害；", "法律依据：《政府信息公开条例》第十五条",
        "2. 内部请示：决定不予公开；理由：该信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息；", "法律依据：《政府信息公开条例》第十六条第二款",
        "3. 执法卷宗：决定不予公开；理由：该信息属于行政执法案卷信息；");
  }

  @Test
  void aThirdPartyRefusalMentionsTheConsultationOnlyWhenThereWasOne() {
    Item consulted = new Item(1, "YSQ", 1, "某企业年度检查材料", ItemFinding.HELD, null, null, null,
        true, false, new Review("legal", ReviewConclusion.RELEASABLE, null, null, null, null, false,
            null));
    Parts objection = letter.compose(OutcomeCode.WITHHELD_THIRD_PARTY, List.of(consulted), true,
        "您", BODY);
    assertThat(objection.decision()).contains("第三十二条的规定书面征求第三方意见，第三方不同意公开");
    // Withheld for the upheld objection with no basis entered: the ground's own articles.
    assertThat(objection.items()).contains("决定不予公开；理由：该信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害；",
        "法律依据：《中华人民共和国政府信息公开条例》第十五条、第三十二条");

    Parts noConsultation = letter.compose(OutcomeCode.WITHHELD_THIRD_PARTY,
        List.of(withheld(1, "个人信息", WithholdingGround.THIRD_PARTY, "《政府信息公开条例》第十五条")),
        false, "您", BODY);
    assertThat(noConsultation.decision()).contains("第十五条", "决定不予公开")
        .doesNotContain("征求第三方意见", "第三方不同意");
  }

  /**
   * Audit 36a F1 (ADR 0178): the review would release the report after cutting an
   * internal-affairs passage, the third party objected and no override was decided. The whole
   * item is withheld for the third party: the decision and the item's line give Art. 15 and 32
   * and the objection, not the passage's ground, basis or note (the old letter read 内部事务信息,
   * 第十六条第一款).
   */
  @Test
  void anItemWithheldForAnUpheldObjectionGivesTheObjectionNotTheRedactionsGround() {
    Item report = ItemSummaryTest.redactedAndObjected(1, "甲公司环评验收材料",
        WithholdingGround.INTERNAL_AFFAIRS);
    OutcomeCode outcome = ItemSummary.of(List.of(report), true).withheldGround().outcome();
    assertThat(outcome).isEqualTo(OutcomeCode.WITHHELD_THIRD_PARTY);
    Parts parts = letter.compose(outcome, List.of(report), true, "您", BODY);
    assertThat(parts.decision()).contains("公开会对第三方合法权益造成损害", "第十五条、第三十六条第（三）项",
        "第三十二条的规定书面征求第三方意见，第三方不同意公开").doesNotContain("内部事务", "第十六条");
    assertThat(parts.items()).contains("1. 甲公司环评验收材料：决定不予公开；理由：该信息涉及商业秘密、个人隐私等，"
        + "公开会对第三方合法权益造成损害；法律依据：《中华人民共和国政府信息公开条例》第十五条、第三十二条。")
        .doesNotContain("内部事务", "第十六条", "人事安排", "部分公开");
    assertThat(parts.remedies()).contains(RECONSIDERATION_FIRST);
    // Beside a released item (部分公开): the same line for the objected item.
    Parts partial = letter.compose(OutcomeCode.PARTIAL, List.of(report, released(2, "验收批复")),
        true, "您", BODY);
    assertThat(partial.items()).contains("1. 甲公司环评验收材料：决定不予公开；理由：该信息涉及商业秘密")
        .doesNotContain("第十六条");
  }

  /**
   * Art. 32 is the consultation procedure: a refusal to protect a third party (Art. 15) cites it
   * only where the third party was consulted about the item; otherwise Art. 15 alone, in the
   * item's basis and in the decision naming several grounds. The default basis fits the rule
   * the review checks ({@link WithholdingGround#fitsBasis}).
   */
  @Test
  void aThirdPartyRefusalCitesArticleThirtyTwoOnlyAfterAConsultation() {
    Parts notConsulted = letter.compose(OutcomeCode.WITHHELD_THIRD_PARTY,
        List.of(withheld(1, "某员工个人信息", WithholdingGround.THIRD_PARTY, null)), false, "您",
        BODY);
    assertThat(notConsulted.items()).contains(
        "法律依据：《中华人民共和国政府信息公开条例》第十五条。").doesNotContain("第三十二条");
    assertThat(notConsulted.decision()).doesNotContain("第三十二条");
    String several = letter.compose(OutcomeCode.WITHHELD_THIRD_PARTY, List.of(
            withheld(1, "某员工个人信息", WithholdingGround.THIRD_PARTY, null),
            withheld(2, "内部请示", WithholdingGround.PROCESS_INFO, null)), false, "您", BODY)
        .decision();
    assertThat(several).contains("损害的信息（《中华人民共和国政府信息公开条例》第十五条）")
        .doesNotContain("第三十二条");

    Item consulted = new Item(1, "YSQ", 1, "某企业年度检查材料", ItemFinding.HELD, null, null, null,
        true, false, new Review("legal", ReviewConclusion.WITHHOLD, WithholdingGround.THIRD_PARTY,
            null, null, null, false, null));
    Parts afterConsultation = letter.compose(OutcomeCode.WITHHELD_THIRD_PARTY,
        List.of(consulted), false, "您", BODY);
    assertThat(afterConsultation.items())
        .contains("法律依据：《中华人民共和国政府信息公开条例》第十五条、第三十二条。");
    for (WithholdingGround ground : WithholdingGround.values()) {
      String line = letter.compose(ground.outcome(), List.of(withheld(1, "信息", ground, null)),
          false, "您", BODY).items();
      String basis = line.substring(line.indexOf("法律依据：") + 5, line.lastIndexOf("。"));
      assertThat(ground.fitsBasis(basis)).as("%s: %s", ground, basis).isTrue();
    }
  }

  /**
   * A reply drafted before these wording changes and edited since is still read as keeping its
   * legal parts: the legal-parts check compares the earlier wording as today's.
   */
  @Test
  void theLegalPartsCheckReadsEarlierWordingAsTodays() {
    assertThat(ReplyLetter.comparable("（《中华人民共和国政府信息公开条例》第十五条、第三十二条）；"))
        .isEqualTo(ReplyLetter.comparable("（《中华人民共和国政府信息公开条例》第十五条）；"));
    assertThat(ReplyLetter.comparable("第（五）项的规定予以告知，具体情况见下。"))
        .isEqualTo(ReplyLetter.comparable("第（五）项的规定 予以告知。"));
  }

  /**
   * Audit 32a, F1: a refusal with items of another kind states each part's decision with its
   * article, never the whole request as withheld, and splits the remedies as 部分公开 does.
   */
  @Test
  void aRefusalWithItemsOfAnotherKindDecidesEachPart() {
    Parts parts = letter.compose(OutcomeCode.WITHHELD_PROCESS_INFO, List.of(
        withheld(1, "局务会议纪要", WithholdingGround.PROCESS_INFO, "某法第一条"),
        notHeld(2, "纳税明细", ItemFinding.NOT_HELD, "示范市税务局"),
        notHeld(3, "分析报告", ItemFinding.NEEDS_PROCESSING, null),
        notHeld(4, "某人日记", ItemFinding.NOT_GOVERNMENT_INFO, null)), false, "您", BODY);
    assertThat(parts.decision()).startsWith("经审查，您申请获取的政府信息中，部分信息属于行政机关在履行")
        .contains("第十六条第二款）。根据《中华人民共和国政府信息公开条例》第三十六条第（三）项的规定，本机关对该部分信息决定不予公开",
            "另有部分信息不属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（五）项",
            "另有部分信息本机关没有现成信息", "第三十八条的规定，本机关对该部分信息不予提供。",
            "另有部分信息不属于《中华人民共和国政府信息公开条例》第二条所称的政府信息。")
        .doesNotContain("您申请获取的政府信息属于");
    assertThat(parts.remedies()).contains("对本答复中不予公开的部分不服", RECONSIDERATION_FIRST,
        "对本答复的其他部分不服", SIXTY_DAYS_OR_SIX_MONTHS);

    Parts several = letter.compose(OutcomeCode.WITHHELD_STATE_SECRET, List.of(
        withheld(1, "甲", WithholdingGround.STATE_SECRET, null),
        withheld(2, "乙", WithholdingGround.ENFORCEMENT_FILE, null),
        notHeld(3, "丙", ItemFinding.NONEXISTENT, null)), false, "您", BODY);
    assertThat(several.decision()).contains("部分信息分别属于下列不予公开的信息：国家秘密（",
        "本机关对该部分信息决定不予公开", "另有部分信息不存在。");
  }

  /** 4.1 with both findings ends its decision, not with a second "具体情况" before the list. */
  @Test
  void codeFourOneWithBothFindingsDoesNotAnnounceTheListTwice() {
    Parts both = letter.compose(OutcomeCode.UNAVAILABLE_NOT_HELD, List.of(
        notHeld(1, "2030年规划", ItemFinding.NONEXISTENT, null),
        notHeld(2, "统计公报", ItemFinding.NOT_HELD, "示范市统计局")), false, "您", BODY);
    assertThat(both.decision()).endsWith("第（五）项的规定予以告知。").doesNotContain("具体情况");
    assertThat(both.items()).startsWith("具体情况如下：");
  }

  @Test
  void codeFourOneSaysDoesNotExistOrNamesTheResponsibleAgency() {
    Parts nonexistent = letter.compose(OutcomeCode.UNAVAILABLE_NOT_HELD,
        List.of(notHeld(1, "2030年规划", ItemFinding.NONEXISTENT, null)), false, "您", BODY);
    assertThat(nonexistent.decision()).contains("该政府信息不存在", "第三十六条第（四）项")
        .doesNotContain("第（五）项", "不属于本机关负责公开");
    assertThat(nonexistent.items()).contains("该政府信息不存在（《中华人民共和国政府信息公开条例》第三十六条第（四）项）");
    assertThat(nonexistent.remedies()).contains(SIXTY_DAYS_OR_SIX_MONTHS);

    Parts notOurs = letter.compose(OutcomeCode.UNAVAILABLE_NOT_HELD,
        List.of(notHeld(1, "统计公报", ItemFinding.NOT_HELD, "示范市统计局，电话0595-1234567")),
        false, "您", BODY);
    assertThat(notOurs.decision()).contains("不属于本机关负责公开的政府信息", "第三十六条第（五）项")
        .doesNotContain("第（四）项", "不存在");
    assertThat(notOurs.items()).contains("负责公开该政府信息的行政机关：示范市统计局，电话0595-1234567");

    Parts unknownAgency = letter.compose(OutcomeCode.UNAVAILABLE_NOT_HELD,
        List.of(notHeld(1, "统计公报", ItemFinding.NOT_HELD, null)), false, "您", BODY);
    assertThat(unknownAgency.items()).contains("本机关无法确定负责公开该政府信息的行政机关");

    // Art. 36(五): the reason why the information is not this agency's (audit 32a, F7).
    Parts withReason = letter.compose(OutcomeCode.UNAVAILABLE_NOT_HELD,
        List.of(new Item(1, "YSQ", 1, "纳税明细", ItemFinding.NOT_HELD, null, "示范市税务局", null,
            false, false, null, "该信息由税务机关制作并保存。")), false, "您", BODY);
    assertThat(withReason.items()).contains("1. 纳税明细：该信息不属于本机关负责公开的政府信息"
        + "（《中华人民共和国政府信息公开条例》第三十六条第（五）项）；理由：该信息由税务机关制作并保存；"
        + "负责公开该政府信息的行政机关：示范市税务局。");

    // Art. 36(五): the agency's name and, as entered, its contact details.
    Parts withContact = letter.compose(OutcomeCode.UNAVAILABLE_NOT_HELD,
        List.of(notHeld(1, "统计公报", ItemFinding.NOT_HELD, "示范市统计局",
            "电话0595-1234567；地址示范市人民路1号。")), false, "您", BODY);
    assertThat(withContact.items()).contains("1. 统计公报：该信息不属于本机关负责公开的政府信息"
        + "（《中华人民共和国政府信息公开条例》第三十六条第（五）项）；负责公开该政府信息的行政机关："
        + "示范市统计局；该行政机关的联系方式：电话0595-1234567；地址示范市人民路1号。\n");
    assertThat(notOurs.items()).doesNotContain("联系方式");
  }

  @Test
  void codesFiveFiveAndSixCiteTheirArticles() {
    assertThat(letter.compose(OutcomeCode.NOT_PROCESSED_CONFIRMATION, List.of(), false, "您",
        BODY).decision()).contains("第三十六条第（六）项").doesNotContain("第三十九条");
    assertThat(letter.compose(OutcomeCode.OTHER_NO_CORRECTION, List.of(), false, "您", BODY)
        .decision()).contains("第三十条");
    assertThat(letter.compose(OutcomeCode.OTHER_FEE_UNPAID, List.of(), false, "您", BODY)
        .decision()).contains("第四十二条", "国办函〔2020〕109号");
  }

  /**
   * Several grounds: the decision cites each ground's own item of Art. 36, in order, once each:
   * 第（三）项 for Art. 14–16, 第（七）项 for a query procedure (3.8).
   */
  @Test
  void severalGroundsCiteEachGroundsOwnItemOfArticleThirtySix() {
    String withQuery = letter.compose(OutcomeCode.WITHHELD_PROCESS_INFO, List.of(
            withheld(1, "企业登记档案", WithholdingGround.QUERY_PROCEDURE, null),
            withheld(2, "会议纪要", WithholdingGround.PROCESS_INFO, null),
            withheld(3, "执法案卷", WithholdingGround.ENFORCEMENT_FILE, null)),
        false, "您", BODY).decision();
    assertThat(withQuery).contains("根据《中华人民共和国政府信息公开条例》第三十六条第（三）项、第（七）项的规定，"
        + "本机关决定不予公开").doesNotContain("第（三）项、第（三）项", "第（七）项、第（三）项");

    String withoutQuery = letter.compose(OutcomeCode.WITHHELD_PROCESS_INFO, List.of(
            withheld(1, "会议纪要", WithholdingGround.PROCESS_INFO, null),
            withheld(2, "人事档案", WithholdingGround.INTERNAL_AFFAIRS, null)),
        false, "您", BODY).decision();
    assertThat(withoutQuery).contains("第三十六条第（三）项的规定，本机关决定不予公开")
        .doesNotContain("第（七）项");
  }

  /**
   * A reopened case (a correction by the reconsideration body or the court) keeps its first
   * round's items superseded; the new items run on (3., 4.). The letter numbers its own list
   * from 1, as the third-party and agency letters do.
   */
  @Test
  void aReopenedCasesItemsAreNumberedFromOneInTheLetter() {
    String items = letter.compose(OutcomeCode.DISCLOSED, List.of(
        released(3, "2025年行政处罚案件统计表"), released(4, "2025年行政许可统计表")), false,
        "您", BODY).items();
    assertThat(items).contains("\n1. 2025年行政处罚案件统计表：予以公开", "\n2. 2025年行政许可统计表：予以公开")
        .doesNotContain("3. ", "4. ");
  }

  /**
   * 5.3: the 获取途径 the office entered is told; cases before the field keep the general words.
   * Art. 39(2) is cited for what it says, telling where to obtain a publication, not for 不作为
   * 政府信息公开申请处理, which only Art. 39(1) says (of petitions).
   */
  @Test
  void aPublicationRequestNamesWhereToObtainIt() {
    String where = letter.compose(OutcomeCode.NOT_PROCESSED_PUBLICATION, List.of(), false,
        "示范市新华书店（示范市人民路2号）。", "贵单位", BODY).decision();
    assertThat(where).isEqualTo("贵单位申请获取的是政府公报、报刊、书籍等公开出版物，本机关不作为政府信息公开申请处理。"
        + "根据《中华人民共和国政府信息公开条例》第三十九条第二款的规定，现告知贵单位获取的途径："
        + "示范市新华书店（示范市人民路2号）。");
    String general = letter.compose(OutcomeCode.NOT_PROCESSED_PUBLICATION, List.of(), false,
        "您", BODY).decision();
    assertThat(general).endsWith("第三十九条第二款的规定，现告知您可以通过公开发行渠道获取。");
    assertThat(where + general).doesNotContain("第三十九条第二款的规定，本机关不作为");
  }

  @Test
  void anOrganisationIsAddressedAsYourUnitAndAPersonAsYou() {
    assertThat(CaseLetters.address("NATURAL_PERSON")).isEqualTo("您");
    assertThat(CaseLetters.address("COMMERCIAL")).isEqualTo("贵单位");
    assertThat(CaseLetters.address("LEGAL_SERVICE")).isEqualTo("贵单位");

    Parts organisation = letter.compose(OutcomeCode.WITHHELD_INTERNAL_AFFAIRS,
        List.of(withheld(1, "人事档案", WithholdingGround.INTERNAL_AFFAIRS, "《政府信息公开条例》第十六条第一款")),
        false, "贵单位", BODY);
    assertThat(organisation.decision() + organisation.remedies()).contains("贵单位申请获取",
        "贵单位如对本答复不服").doesNotContain("您");
    Parts person = letter.compose(OutcomeCode.DISCLOSED, List.of(released(1, "统计表")), false,
        "您", BODY);
    assertThat(person.decision() + person.remedies()).contains("您申请获取", "您如对本答复不服")
        .doesNotContain("贵单位");
  }

  @Test
  void noDoubledPunctuationWhereAnEnteredValueMeetsTheLetter() {
    assertThat(ReplyLetter.tidy("申请获取“2025年统计表。”。经审查")).isEqualTo("申请获取“2025年统计表”。经审查");
    assertThat(ReplyLetter.bare(" 本局网站。 ")).isEqualTo("本局网站");
  }

  /**
   * ADR 0044: the sentence naming the correction, per decision and kind; a 变更 by a court
   * registered without docket or court still reads as a sentence, 贵单位 for an organisation.
   */
  @Test
  void theCorrectionSentenceSaysWhatWasDecidedAboutWhichAct() {
    String act = "本机关于2026年2月10日作出的《政府信息公开申请答复书》（示市监信公开答〔2026〕1号）";
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.RECONSIDERATION, BODY, " 示复〔2026〕7号 ",
            java.time.LocalDate.of(2026, 2, 27),
            io.github.ogiworkflow.appeal.AppealResult.Detail.REVOKED, act), "您"))
        .isEqualTo("2026年2月27日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），撤销" + act + "。");
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.LITIGATION, null, null,
            java.time.LocalDate.of(2026, 3, 18),
            io.github.ogiworkflow.appeal.AppealResult.Detail.CHANGED, act), "贵单位"))
        .isEqualTo("2026年3月18日，人民法院作出行政判决，变更" + act + "。");
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.LITIGATION, "示范市人民法院", null,
            java.time.LocalDate.of(2026, 3, 18),
            io.github.ogiworkflow.appeal.AppealResult.Detail.ORDERED_TO_ACT, act), "贵单位"))
        .isEqualTo("2026年3月18日，示范市人民法院作出行政判决，责令本机关就贵单位的政府信息公开申请依法重新作出答复。");
  }

  /**
   * ADR 0044: a decision that set the date of the reply made anew is cited with it, and only
   * then; 责令履行 says it in its own words, a correction without detail still reads.
   */
  @Test
  void aCorrectionThatSetTheDateOfTheNewReplyIsCitedWithIt() {
    String act = "本机关于2026年2月10日作出的《政府信息公开申请答复书》（示市监信公开答〔2026〕1号）";
    java.time.LocalDate due = java.time.LocalDate.of(2026, 3, 27);
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.RECONSIDERATION, BODY, "示复〔2026〕7号",
            java.time.LocalDate.of(2026, 2, 27),
            io.github.ogiworkflow.appeal.AppealResult.Detail.REVOKED, act, due), "您"))
        .isEqualTo("2026年2月27日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），撤销" + act
            + "，并责令本机关于2026年3月27日前重新作出答复。");
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.LITIGATION, "示范市人民法院", null,
            java.time.LocalDate.of(2026, 3, 18),
            io.github.ogiworkflow.appeal.AppealResult.Detail.CONFIRMED_UNLAWFUL, act, due), "您"))
        .isEqualTo("2026年3月18日，示范市人民法院作出行政判决，确认" + act
            + "违法，并责令本机关于2026年3月27日前重新作出答复。");
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.LITIGATION, "示范市人民法院", null,
            java.time.LocalDate.of(2026, 3, 18),
            io.github.ogiworkflow.appeal.AppealResult.Detail.ORDERED_TO_ACT, act, due), "贵单位"))
        .isEqualTo("2026年3月18日，示范市人民法院作出行政判决，责令本机关于2026年3月27日前"
            + "就贵单位的政府信息公开申请依法重新作出答复。");
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.RECONSIDERATION, BODY, null,
            java.time.LocalDate.of(2026, 2, 27), null, act, due), "您"))
        .isEqualTo("2026年2月27日，示范市人民政府作出行政复议决定，对" + act
            + "予以纠正，并责令本机关于2026年3月27日前重新作出答复。");
    // Without a date: no deadline in the sentence (as before V31).
    assertThat(letter.correctionSentence(new io.github.ogiworkflow.appeal.ReplyCorrections
        .Correction(io.github.ogiworkflow.appeal.AppealKind.RECONSIDERATION, BODY, null,
            java.time.LocalDate.of(2026, 2, 27),
            io.github.ogiworkflow.appeal.AppealResult.Detail.REVOKED, act, null), "您"))
        .isEqualTo("2026年2月27日，示范市人民政府作出行政复议决定，撤销" + act + "。");
  }

  private static Item released(int seq, String title) {
    return new Item(seq, "YSQ", seq, title, ItemFinding.HELD, null, null, null, false, false,
        new Review("legal", ReviewConclusion.RELEASABLE, null, null, null, null, false, null));
  }

  private static Item withheld(int seq, String title, WithholdingGround ground, String basis) {
    return new Item(seq, "YSQ", seq, title, ItemFinding.HELD, null, null, null, false, false,
        new Review("legal", ReviewConclusion.WITHHOLD, ground, basis, null, "内部意见", false,
            null));
  }

  private static Item notHeld(int seq, String title, ItemFinding finding, String agency) {
    return notHeld(seq, title, finding, agency, null);
  }

  private static Item notHeld(int seq, String title, ItemFinding finding, String agency,
      String contact) {
    return new Item(seq, "YSQ", seq, title, finding, null, agency, contact, false, false, null);
  }

  /**
   * The decisions an edited reply may not add unless its own draft states them are read from
   * the decision paragraphs (audit round 24, F1), not listed by hand: each outcome's own.
   */
  @Test
  void theDecisionsAreReadFromTheDecisionParagraphs() {
    assertThat(letter.verdicts("您")).containsExactlyInAnyOrder("予以公开", "不予公开", "无法提供",
        "不予提供", "不作为政府信息公开申请处理", "不予重复处理", "不予处理", "不再处理该政府信息公开申请");
    assertThat(letter.verdicts("贵单位")).doesNotContain("向贵单位提供可以公开的信息内容");
    // A new paragraph's decision must be in the vocabulary, or an edit could add it unseen.
    for (String verdict : letter.verdicts("您")) {
      assertThat(letter.decisionKinds(verdict)).as(verdict).isNotEmpty();
    }
    // Every withholding ground has its phrases.
    for (WithholdingGround ground : WithholdingGround.values()) {
      assertThat(DecisionPhrases.load().kinds()).contains("ground." + ground.name());
    }
  }

  /**
   * Decisions recognised by what they say (ADR 0078, the gap of audit round 24, F1): hand-made
   * sentences and what they state, the negation traps included (予以公开 in 不予公开, 公开 in
   * 部分公开, 不涉及国家秘密). Empty: the sentence states no decision.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "经研究，本机关决定不公开该信息。| WITHHOLD",
      "该信息不宜公开。| WITHHOLD",
      "本机关不予提供。| NOT_PROVIDED",
      "该信息属于国家秘密。| STATE_SECRET",
      "经审查，该信息属于国家秘密，本机关决定不予公开。| STATE_SECRET WITHHOLD",
      "本机关决定予以公开。| DISCLOSE",
      "本机关决定不予公开。| WITHHOLD",
      "本机关决定不予以公开。| WITHHOLD",
      "本机关不会予以公开。| WITHHOLD",
      "该信息不属于可以公开的政府信息。| WITHHOLD",
      "本机关决定部分公开。| PARTIAL",
      "部分予以公开。| PARTIAL",
      "对其中不应当公开的内容作区分处理后予以公开| WITHHOLD PARTIAL DISCLOSE",
      "该信息不涉及国家秘密、商业秘密和个人隐私，予以公开。| DISCLOSE",
      "该信息不涉密。|",
      "该信息不属于主动公开的范围。|",
      "该信息涉及商业秘密。| THIRD_PARTY",
      "该信息属于过程性信息。| PROCESS_INFO",
      "经检索，该政府信息不存在。| NONEXISTENT",
      "该信息不属于本机关负责公开的政府信息。| NOT_OURS",
      "本机关已经主动公开。| ALREADY_PUBLIC",
      "本机关没有现成信息，需要对现有政府信息进行加工、分析，不予提供| NEEDS_PROCESSING NOT_PROVIDED",
      "第三方不同意公开且理由合理。|",
      "本机关不予重复处理。| REPEAT",
      "本机关不予处理。| NOT_PROCESSED",
      "本机关不作为政府信息公开申请处理。| NOT_A_REQUEST",
      "本机关不再处理该政府信息公开申请。| ABANDONED",
      "贵单位申请获取的信息不属于条例所称的政府信息。| NOT_GOVERNMENT_INFO",
      "补正后申请内容仍不明确，无法确定贵单位申请获取的政府信息。| UNCLEAR",
      "如有疑问，请于工作日致电0595-22000000（王丽）。|",
      "本机关于2026年2月10日收到您提出的政府信息公开申请。|",
  })
  void aDecisionIsRecognisedByWhatItSays(String sentence, String kinds) {
    List<String> expected = kinds == null ? List.of() : List.of(kinds.strip().split(" +"));
    assertThat(letter.decisionKinds(sentence).stream()
        .map(kind -> kind.substring(kind.indexOf('.') + 1)).toList())
        .as(sentence).containsExactlyElementsOf(expected);
  }

  /**
   * Each outcome's decision paragraph as the server composes it states its own decision and
   * ground, and no other (hand-computed per outcome code); every code is in the table.
   */
  @Test
  void everyOutcomesDecisionParagraphIsRecognisedAsItsOwn() {
    java.util.Map<String, String> expected = new java.util.HashMap<>(java.util.Map.ofEntries(
        java.util.Map.entry("1", "DISCLOSE"),
        java.util.Map.entry("2", "WITHHOLD PARTIAL DISCLOSE"),
        java.util.Map.entry("3.1", "STATE_SECRET WITHHOLD"),
        java.util.Map.entry("3.2", "LAW_FORBIDS WITHHOLD"),
        java.util.Map.entry("3.3", "THREE_SECURITIES WITHHOLD"),
        java.util.Map.entry("3.4", "THIRD_PARTY WITHHOLD"),
        java.util.Map.entry("3.5", "INTERNAL_AFFAIRS WITHHOLD"),
        java.util.Map.entry("3.6", "PROCESS_INFO WITHHOLD"),
        java.util.Map.entry("3.7", "ENFORCEMENT_FILE WITHHOLD"),
        java.util.Map.entry("3.8", "QUERY_PROCEDURE WITHHOLD"),
        java.util.Map.entry("4.1", "NOT_OURS"),
        java.util.Map.entry("4.2", "NEEDS_PROCESSING NOT_PROVIDED"),
        java.util.Map.entry("4.3", "UNCLEAR"),
        java.util.Map.entry("5.1", "NOT_A_REQUEST"),
        java.util.Map.entry("5.2", "REPEAT"),
        java.util.Map.entry("5.3", "NOT_A_REQUEST"),
        java.util.Map.entry("5.4", "NOT_PROCESSED"),
        java.util.Map.entry("5.5", "REPEAT"),
        java.util.Map.entry("6.1", "ABANDONED"),
        java.util.Map.entry("6.2", "ABANDONED"),
        java.util.Map.entry("6.3", "NOT_GOVERNMENT_INFO")));
    assertThat(OutcomeCode.values()).isNotEmpty();
    for (OutcomeCode outcome : OutcomeCode.values()) {
      List<Item> items = switch (outcome.code()) {
        case "1" -> List.of(released(1, "统计表"));
        case "2" -> List.of(released(1, "统计表"),
            withheld(2, "会议纪要", WithholdingGround.PROCESS_INFO, "某法第一条"));
        case "4.1" -> List.of(notHeld(1, "外局文件", ItemFinding.NOT_HELD, "示范市统计局"));
        default -> outcome.refusesDisclosure() && outcome != OutcomeCode.PARTIAL
            ? List.of(withheld(1, "信息", java.util.Arrays.stream(WithholdingGround.values())
                .filter(g -> g.outcome() == outcome).findFirst().orElseThrow(), "某法第一条"))
            : List.of();
      };
      String decision = letter.compose(outcome, items, false, "您", BODY).decision();
      assertThat(letter.decisionKinds(decision).stream()
          .map(kind -> kind.substring(kind.indexOf('.') + 1)).toList())
          .as(outcome.code() + ": " + decision)
          .containsExactlyElementsOf(List.of(expected.remove(outcome.code()).split(" ")));
    }
    assertThat(expected).as("codes no longer in OutcomeCode").isEmpty();
  }

  /**
   * Audit 35a F2: a 部分公开 after a third party's objection withholds both companies' reports;
   * the office rewrote item 1's line in item 3's words (予以公开). The check by kind passed it
   * (the letter states 予以公开 of item 3); the check by item names it, and also an item line
   * whose title was changed (known by its number) and an item left without a line. The
   * server's own lines and an explanation in the item's line pass.
   */
  @Test
  void eachItemsLineMustStateWhatTheRegisterHoldsForIt() {
    List<Item> items = List.of(consulted(1, "甲公司产品检验报告"), consulted(2, "乙公司产品检验报告"),
        released(3, "与某局联合发文"));
    Parts parts = letter.compose(OutcomeCode.PARTIAL, items, true, "您", BODY);
    List<ReplyLetter.ItemLine> lines = ReplyLetter.draftedItemLines(items, parts.items());
    assertThat(lines).extracting(ReplyLetter.ItemLine::number).containsExactly(1, 2, 3);
    List<String> quotes = items.stream().map(item -> ReplyLetter.comparable(item.title()))
        .toList();
    String drafted = parts.items();
    assertThat(letter.itemContradictions(lines, drafted, quotes)).isEmpty();

    String line1 = drafted.lines().filter(line -> line.startsWith("1. ")).findFirst()
        .orElseThrow();
    String released = drafted.replace(line1,
        "1. 甲公司产品检验报告：予以公开（《中华人民共和国政府信息公开条例》第三十六条第（二）项）。");
    assertThat(letter.itemContradictions(lines, released, quotes)).containsExactly(
        "第1项《甲公司产品检验报告》写明“予以公开”，与登记的该项答复“不予公开”不符",
        "第1项《甲公司产品检验报告》未写明登记的该项答复“不予公开”");
    String renamed = drafted.replace(line1, "1. 甲公司报告：予以公开。");
    assertThat(letter.itemContradictions(lines, renamed, quotes))
        .contains("第1项《甲公司产品检验报告》写明“予以公开”，与登记的该项答复“不予公开”不符");
    String dropped = drafted.replace(line1 + "\n", "");
    assertThat(letter.itemContradictions(lines, dropped, quotes))
        .containsExactly("缺少第1项《甲公司产品检验报告》的答复（应写明：1. 甲公司产品检验报告：……，按登记写明该项的答复）");
    String elsewhere = drafted + "\n另：甲公司产品检验报告经协商可以公开。";
    assertThat(letter.itemContradictions(lines, elsewhere, quotes))
        .containsExactly("第1项《甲公司产品检验报告》写明“可以公开”，与登记的该项答复“不予公开”不符");
    String explained = drafted.replace("3. 与某局联合发文：予以公开",
        "3. 与某局联合发文：经审查，该信息不涉及商业秘密，予以公开");
    assertThat(explained).isNotEqualTo(drafted);
    assertThat(letter.itemContradictions(lines, explained, quotes)).isEmpty();
    // A numbered note after the list (letter35's leftover) states no decision: no item's line.
    String note = drafted + "\n如有疑问，请联系：\n1. 联系方式：0571-88888888。";
    assertThat(letter.itemContradictions(lines, note, quotes)).isEmpty();
  }

  /**
   * Items called 一, 二, 三 (the lifecycle benchmark's; an office's short titles alike): the
   * draft's line of a withheld item cites 第三十二条, which holds 三, and was read as naming item
   * 三 and saying 不予公开 of it, refusing the server's own draft (CI of 2026-12-07). A
   * one-character title names an item only in 《》 or opening its own line.
   */
  @Test
  void aOneCharacterTitleIsNotFoundInsideAnArticleNumber() {
    List<Item> items = List.of(consulted(1, "一"), released(2, "二"), released(3, "三"));
    Parts parts = letter.compose(OutcomeCode.PARTIAL, items, true, "您", BODY);
    List<ReplyLetter.ItemLine> lines = ReplyLetter.draftedItemLines(items, parts.items());
    List<String> quotes = items.stream().map(item -> ReplyLetter.comparable(item.title()))
        .toList();
    assertThat(parts.items()).contains("第三十二条");
    assertThat(letter.itemContradictions(lines, parts.items(), quotes)).isEmpty();
    String changed = parts.items().replace("3. 三：予以公开", "3. 三：不予公开");
    assertThat(changed).isNotEqualTo(parts.items());
    assertThat(letter.itemContradictions(lines, changed, quotes))
        .contains("第3项《三》写明“不予公开”，与登记的该项答复“予以公开”不符");
  }

  private static Item consulted(int seq, String title) {
    return new Item(seq, "YSQ", seq, title, ItemFinding.HELD, null, null, null, true, false,
        new Review("legal", ReviewConclusion.RELEASABLE, null, null, null, null, false, null));
  }

  /** The refusal names what the office's words decide that the draft does not. */
  @Test
  void aDecisionTheDraftDoesNotStateIsNamed() {
    String draft = letter.compose(OutcomeCode.DISCLOSED, List.of(released(1, "统计表")), false,
        "您", BODY).decision();
    assertThat(letter.unstatedDecisions(draft, "经研究，本机关决定不公开该信息。该信息属于国家秘密。"
        + "该信息不涉及个人隐私，予以公开。", "（一）予以公开"))
        .containsExactly("与答复类型“（一）予以公开”不符的决定“不公开”",
            "与答复类型“（一）予以公开”不符的不予公开理由“国家秘密”");
    assertThat(letter.unstatedDecisions(draft, draft, "（一）予以公开")).isEmpty();
  }
}
