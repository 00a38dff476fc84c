package io.github.ogiworkflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every Word template renders with poi-tl on our POI version and is opened again with POI:
 * letterhead, 文号, title, 主送, body, signature with the seal area, date and contact line in
 * that order and in the template's styles; no tag, no drafting note and no Latin word left in
 * any document (issue 15, point 6).
 */
class LetterDocumentsTest {

  static final AgencyProperties AGENCY = new AgencyProperties("示范市市场监督管理局", "示范市人民政府");
  static final LetterDocuments DOCUMENTS = new LetterDocuments(AGENCY);
  static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  /** Latin letters in a run; no document may contain one (the tracking number is left out). */
  static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

  @Test
  void everyKindRendersItsLayoutInOrder() throws IOException {
    for (LetterKind kind : LetterKind.values()) {
      if (kind.pleading()) {
        continue; // laid out as pleadings, below
      }
      byte[] docx = DOCUMENTS.render(new LetterDocuments.Content(kind,
          DocumentNumbers.format("示市监信公开", kind, 2026, 12), "张三",
          List.of("第一段。", "第二段。"), DAY));
      List<XWPFParagraph> paragraphs = nonEmpty(docx);
      assertThat(paragraphs).extracting(XWPFParagraph::getText).as(kind.name()).containsExactly(
          "示范市市场监督管理局", "示市监信公开" + kind.numberCode() + "〔2026〕12号", kind.title(),
          "张三：", "第一段。", "第二段。", "示范市市场监督管理局（印章）", "2026年12月3日",
          "（联系人：政府信息公开办公室；联系电话：0595-22000000；地址：示范市人民路1号）");
      assertThat(paragraphs).extracting(XWPFParagraph::getStyle).containsExactly(
          "OgiLetterhead", "OgiDocumentNumber", "OgiTitle", "OgiAddressee", "OgiBody", "OgiBody",
          "OgiSignature", "OgiDate", "OgiNote");
    }
  }

  private static final String DEFENDED = "原告张三不服答辩人于2026年2月10日作出的《政府信息公开申请答复书》"
      + "（示市监信公开答〔2026〕1号），提起行政诉讼（案号：（2026）示0502行初3号）。答辩人现答辩如下：";

  /**
   * A 行政答辩状 is a pleading, not a 公文 (ADR 0051): no red letterhead, no 文号 line, no 主送;
   * the parties block flush left, the body, 此致 and the court, the 答辩人's signature with
   * （盖章）, the date, 附 (the copy for the plaintiff, the evidence list) and the list; the 文号
   * only small at the foot. The text the register keeps shows the same layout, line by line.
   */
  @Test
  void aDefenceIsLaidOutAsAPleading() throws IOException {
    LetterDocuments.Pleading pleading = DOCUMENTS.pleading(LetterKind.LITIGATION_DEFENCE,
        "示市监信公开辩〔2026〕1号", """
            答辩人：示范市市场监督管理局
            住所：示范市人民路1号
            法定代表人：王明，局长
            原告：张三
            %s
            答辩意见：被告已依法答复。

            此致
            示范市人民法院
            示范市市场监督管理局
            2026年3月1日
            """.formatted(DEFENDED), "示范市人民法院", "1. 申请表\n2. 答复书", DAY);
    byte[] docx = DOCUMENTS.render(pleading);
    List<XWPFParagraph> paragraphs = nonEmpty(docx);
    assertThat(paragraphs).extracting(XWPFParagraph::getText).containsExactly(
        "行政答辩状",
        "答辩人：示范市市场监督管理局", "住所：示范市人民路1号", "法定代表人：王明，局长", "原告：张三",
        DEFENDED, "答辩意见：被告已依法答复。",
        "此致", "示范市人民法院",
        "答辩人：示范市市场监督管理局（盖章）", "2026年12月3日",
        "附：1.本答辩状副本1份", "　　2.证据及依据清单（附后）",
        "证据及依据清单", "1. 申请表", "2. 答复书",
        "文书编号：示市监信公开辩〔2026〕1号");
    assertThat(paragraphs).extracting(XWPFParagraph::getStyle).containsExactly(
        "OgiTitle", "OgiParty", "OgiParty", "OgiParty", "OgiParty", "OgiBody", "OgiBody",
        "OgiClosing", "OgiClosingAddressee", "OgiSignature", "OgiDate", "OgiAttachment",
        "OgiAttachment", "OgiEvidenceTitle", "OgiEvidence", "OgiEvidence", "OgiFileReference");
    assertThat(pleading.text().strip().split("\n+")).containsExactlyElementsOf(
        paragraphs.stream().map(XWPFParagraph::getText).toList());
    assertThat(LetterDocuments.text(docx)).doesNotContain("（印章）", "发文", "{{", "}}");
  }

  /**
   * The agency's 行政上诉状 is signed by the 上诉人 (without its 原审被告 note) and goes to the
   * court of second instance; a 行政复议答复书 by the 被申请人 with （印章）, to the
   * reconsideration body, with no copy to attach and no evidence list when none was given.
   */
  @Test
  void anAppealAndAReconsiderationAnswerAreSignedByTheirParty() throws IOException {
    byte[] appeal = DOCUMENTS.render(DOCUMENTS.pleading(LetterKind.LITIGATION_APPEAL,
        "示市监信公开上〔2026〕1号", "上诉人（原审被告）：示范市市场监督管理局\n住所：示范市人民路1号\n"
            + "法定代表人：王明，局长\n被上诉人（原审原告）：张三\n上诉人不服一审判决，现提出上诉。\n"
            + "上诉请求：撤销一审判决。", "示范市中级人民法院", null, DAY));
    assertThat(nonEmpty(appeal)).extracting(XWPFParagraph::getText).containsExactly("行政上诉状",
        "上诉人（原审被告）：示范市市场监督管理局", "住所：示范市人民路1号", "法定代表人：王明，局长",
        "被上诉人（原审原告）：张三", "上诉人不服一审判决，现提出上诉。", "上诉请求：撤销一审判决。",
        "此致", "示范市中级人民法院", "上诉人：示范市市场监督管理局（盖章）", "2026年12月3日",
        "附：本上诉状副本1份", "文书编号：示市监信公开上〔2026〕1号");
    byte[] answer = DOCUMENTS.render(DOCUMENTS.pleading(LetterKind.RECONSIDERATION_ANSWER,
        "示市监信公开复〔2026〕1号", "被申请人：示范市市场监督管理局\n住所：示范市人民路1号\n"
            + "法定代表人：王明，局长\n申请人：张三\n被申请人现答复如下：\n已依法答复。",
        "示范市人民政府", "", DAY));
    assertThat(nonEmpty(answer)).extracting(XWPFParagraph::getText).containsExactly(
        "行政复议答复书", "被申请人：示范市市场监督管理局", "住所：示范市人民路1号", "法定代表人：王明，局长",
        "申请人：张三", "被申请人现答复如下：", "已依法答复。", "此致", "示范市人民政府",
        "被申请人：示范市市场监督管理局（印章）", "2026年12月3日", "文书编号：示市监信公开复〔2026〕1号");
  }

  /**
   * ADR 0056: the agency's 委托代理人 stand in the parties block after 法定代表人 and are no
   * party; the copies attached are one per other party the block names (hand-counted): the
   * plaintiff and two 第三人 → 3; the 被上诉人 alone → 1 (its agents not counted); a block naming
   * no other party → 1 (the one opposing party).
   */
  @Test
  void theCopiesFollowTheOtherPartiesAndAgentsAreNoParty() throws IOException {
    String agency = "答辩人：示范市市场监督管理局\n住所：示范市人民路1号\n法定代表人：王明，局长\n"
        + "委托代理人：李华，本机关法规科科长\n委托代理人：周平，示范律师事务所律师\n";
    LetterDocuments.Pleading three = DOCUMENTS.pleading(LetterKind.LITIGATION_DEFENCE, "N",
        agency + "原告：张三\n第三人：示范科技有限公司\n法定代表人：赵六，经理\n第三人：李四\n"
            + DEFENDED, "示范市人民法院", "1. 申请表", DAY);
    assertThat(three.parties()).hasSize(9);
    assertThat(three.attachments()).containsExactly("附：1.本答辩状副本3份", "　　2.证据及依据清单（附后）");
    byte[] docx = DOCUMENTS.render(three);
    assertThat(nonEmpty(docx)).extracting(XWPFParagraph::getText).containsSubsequence(
        "法定代表人：王明，局长", "委托代理人：李华，本机关法规科科长", "委托代理人：周平，示范律师事务所律师",
        "原告：张三", DEFENDED, "附：1.本答辩状副本3份");
    assertThat(DOCUMENTS.pleading(LetterKind.LITIGATION_APPEAL, "N",
        "上诉人（原审被告）：示范市市场监督管理局\n住所：示范市人民路1号\n法定代表人：王明，局长\n"
            + "委托代理人：李华，本机关法规科科长\n委托代理人：周平，示范律师事务所律师\n"
            + "被上诉人（原审原告）：张三\n上诉人不服一审判决，现提出上诉。", "示范市中级人民法院", null,
        DAY).attachments()).containsExactly("附：本上诉状副本1份");
    assertThat(DOCUMENTS.pleading(LetterKind.LITIGATION_DEFENCE, "N", "答辩意见：被告已依法答复。",
        "示范市人民法院", null, DAY).attachments()).containsExactly("附：本答辩状副本1份");
    assertThat(LetterDocuments.copies(List.of(
        "答辩人：示范市市场监督管理局", "委托代理人：李华，本机关法规科科长", "原告：张三", "原告：李四")))
        .isEqualTo(2);
  }

  /**
   * ADR 0063: a 行政上诉状 between joint plaintiffs and the first instance's 第三人 names each on
   * its own line, 原审第三人 included, in the .docx too; hand-counted: 2 被上诉人（原审原告） + 2
   * 原审第三人 = 4 copies (its 法定代表人 line is no party).
   */
  @Test
  void aSecondInstancesThirdPartiesAreOtherPartiesToo() throws IOException {
    LetterDocuments.Pleading appeal = DOCUMENTS.pleading(LetterKind.LITIGATION_APPEAL, "N",
        "上诉人（原审被告）：示范市市场监督管理局\n住所：示范市人民路1号\n法定代表人：王明，局长\n"
            + "被上诉人（原审原告）：张三\n被上诉人（原审原告）：李四\n原审第三人：示范科技有限公司\n"
            + "法定代表人：赵六，经理\n原审第三人：王五\n上诉人不服一审判决，现提出上诉。",
        "示范市中级人民法院", null, DAY);
    assertThat(appeal.parties()).hasSize(8);
    assertThat(appeal.paragraphs()).containsExactly("上诉人不服一审判决，现提出上诉。");
    assertThat(appeal.attachments()).containsExactly("附：本上诉状副本4份");
    assertThat(nonEmpty(DOCUMENTS.render(appeal))).extracting(XWPFParagraph::getText)
        .containsSubsequence("被上诉人（原审原告）：张三", "被上诉人（原审原告）：李四",
            "原审第三人：示范科技有限公司", "原审第三人：王五", "上诉人不服一审判决，现提出上诉。",
            "附：本上诉状副本4份");
  }

  /** Word's 作者 and 应用程序 name the agency and the system, not the library. */
  @Test
  void theDocumentNamesTheAgencyAsItsAuthor() throws IOException {
    byte[] docx = DOCUMENTS.render(new LetterDocuments.Content(LetterKind.REPLY,
        "示市监信公开答〔2026〕1号", "张三", List.of("正文。"), DAY));
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      assertThat(document.getProperties().getCoreProperties().getCreator())
          .isEqualTo("示范市市场监督管理局");
      assertThat(document.getProperties().getExtendedProperties().getApplication())
          .isEqualTo(LetterDocuments.APPLICATION);
    }
  }

  @Test
  void aLetterWithoutAddresseeHasNoEmptyAddresseeLine() throws IOException {
    byte[] docx = DOCUMENTS.render(new LetterDocuments.Content(LetterKind.SECRECY_REFERRAL,
        "示市监信公开密〔2026〕1号", null, List.of("正文。"), DAY));
    assertThat(nonEmpty(docx)).extracting(XWPFParagraph::getText).containsSubsequence(
        "关于提请确定有关信息是否属于国家秘密的函", "正文。");
    assertThat(nonEmpty(docx)).extracting(XWPFParagraph::getText).noneMatch(t -> t.endsWith("："));
  }

  @Test
  void theTextOfALetterLosesTitleReferenceAgencyAndDateButKeepsEveryBodyLine() {
    String text = """
        政府信息公开申请答复书
        （YSQ-2026-000001）

        张三：
        本机关于2026年2月10日收到您提出的政府信息公开申请。

        您如对本答复不服，可以依法申请行政复议。

        示范市市场监督管理局
        2026年2月10日
        """;
    LetterDocuments.Parsed parsed = DOCUMENTS.parse(LetterKind.REPLY, text);
    assertThat(parsed.addressee()).isEqualTo("张三");
    assertThat(parsed.paragraphs()).containsExactly(
        "本机关于2026年2月10日收到您提出的政府信息公开申请。", "您如对本答复不服，可以依法申请行政复议。");
  }

  /**
   * Every .txt template drafted with its values (as the steps do) and issued: no Latin word,
   * no unfilled placeholder, no "您（单位）", no "。”。" in any document.
   */
  @Test
  void noDocumentContainsLatinWordsTagsOrDraftingSlips() {
    Map<String, Object> values = new HashMap<>();
    for (String name : List.of("trackingNumber")) {
      values.put(name, "YSQ-2026-000001");
    }
    values.put("applicantName", "示范贸易有限公司");
    values.put("addressee", "示范市某某科技有限公司");
    values.put("receivedOn", "2026年2月10日");
    values.put("description", "2025年行政处罚统计表");
    values.put("you", "贵单位");
    values.put("agency", AGENCY.name());
    values.put("reconsiderationBody", AGENCY.reconsiderationBody());
    values.put("secrecyAdministration", AGENCY.secrecyAdministration());
    values.put("today", "2026年12月3日");
    for (String name : List.of("dueOn", "correctionDeadline", "feeDueOn", "reasonsDueOn",
        "consultedOn", "requestedOn", "reasonsReceivedOn")) {
      values.put(name, "2026年12月20日");
    }
    for (String name : List.of("items", "itemTitle", "correctionPoints", "reason", "scheme",
        "schemeRule", "calculation", "decision", "remedies", "basis", "answerText")) {
      values.put(name, "（" + name.length() + "）具体内容");
    }
    // The reply's opening after a correction (ADR 0044), the longer of its two forms.
    values.put("introduction", "2026年2月27日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），"
        + "撤销本机关于2026年2月10日作出的《政府信息公开申请答复书》（示市监信公开答〔2026〕1号）。"
        + "经重新审查，现重新答复如下：");
    // A termination notice closing a reopened round names it too, here with the date it set.
    values.put("correction", "2026年2月27日，示范市人民政府作出行政复议决定（案号：示复〔2026〕7号），"
        + "撤销本机关于2026年2月10日作出的《政府信息公开申请答复书》（示市监信公开答〔2026〕1号），"
        + "并责令本机关于2026年3月27日前重新作出答复。");
    values.put("extensionDays", "20");
    values.put("workingDays", "15");
    values.put("delayWorkingDays", "15");
    values.put("amount", "100.00");
    values.put("paymentWorkingDays", "20");
    values.put("feePayment", AgencyProperties.DEMO_FEE_PAYMENT);
    // A corrected or withdrawn fee notice names the one it replaces (ADR 0086).
    values.put("replacedIssuedOn", "2026年2月10日");
    values.put("replacedNumber", "示市监信公开费〔2026〕1号");
    values.put("replacedAmount", "54700");
    values.put("feeFirstIssuedOn", "2026年2月10日");
    values.put("replyPeriod", "答复期限自本机关收到补正后的申请之日起计算。");
    // A 延长补正期限告知书's ground, the longer one of a reopened withdrawal (ADR 0109).
    values.put("extensionGround", "贵单位于2026年2月12日撤回申请，本机关已终止办理。该终止办理行为已于"
        + "2026年3月2日经行政复议决定撤销，本机关恢复办理该申请，补正申请告知书所列事项仍需补正"
        + "（已提交补正材料的，无需重复提交）。");
    values.put("consultationNote", "征求第三方和其他机关意见所需时间不计算在上述期限内。");
    values.put("orderedNote", "根据行政复议决定（案号：示复〔2026〕7号）责令本机关于2026年3月27日前作出答复的要求，"
        + "延长后的答复期限不晚于2026年3月27日。");
    // A 公开决定告知书 states the day of disclosure and the third party's working days (ADR 0171).
    values.put("disclosureOn", "2026年3月18日");
    values.putIfAbsent("waitingDays", "15");
    Letters drafting = new Letters(new JdbcTemplate(), null, DOCUMENTS, AGENCY);
    int scanned = 0;
    for (LetterKind kind : LetterKind.values()) {
      String body = drafting.draft(kind, values);
      LetterDocuments.Parsed parsed = DOCUMENTS.parse(kind, body);
      String number = DocumentNumbers.format(AGENCY.documentPrefix(), kind, 2026, 3);
      byte[] docx = kind.pleading()
          ? DOCUMENTS.render(DOCUMENTS.pleading(kind, number, body, "示范市人民法院", "1. 申请表", DAY))
          : DOCUMENTS.render(new LetterDocuments.Content(kind, number, parsed.addressee(),
              parsed.paragraphs(), DAY));
      String text = LetterDocuments.text(docx);
      Matcher latin = LATIN.matcher(text);
      assertThat(latin.find()).as(kind + ": " + (latin.hitEnd() ? "" : latin.group()) + "\n"
          + text).isFalse();
      assertThat(text).as(kind.name()).doesNotContain("{{", "}}", "${", "您（单位）", "。”。",
          "（单位）");
      scanned++;
    }
    byte[] proof = DOCUMENTS.proofOfService(LetterKind.REPLY.title(), "示市监信公开答〔2026〕3号",
        "张三", "邮寄送达", "示范市人民路2号", DAY);
    assertThat(LATIN.matcher(LetterDocuments.text(proof)).find()).isFalse();
    assertThat(scanned).isEqualTo(LetterKind.values().length);
  }

  @Test
  void theProofOfServiceNamesTheLetterItsNumberAndTheRecipient() {
    String text = LetterDocuments.text(DOCUMENTS.proofOfService(LetterKind.REPLY.title(),
        "示市监信公开答〔2026〕3号", "张三", "邮寄送达", "示范市人民路2号", DAY));
    assertThat(text).contains("送达回证", "《政府信息公开申请答复书》", "示市监信公开答〔2026〕3号",
        "受送达人\n张三", "送达方式\n邮寄送达", "送达地点\n示范市人民路2号", "受送达人签名或盖章",
        "示范市市场监督管理局（印章）", "2026年12月3日");
  }

  static List<XWPFParagraph> nonEmpty(byte[] docx) throws IOException {
    XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
    return document.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
  }
}
