package io.github.ogiworkflow.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.DocumentNumbers;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.register.CaseRegister.FeeNotice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fee letters as issued (ADR 0086, 0095): drafted from their templates with the values the
 * code gives them, rendered into their Word templates and read back. Each states the legal
 * basis (Art. 42, 国办函〔2020〕109号), what it does to the notice in force (the amount before and
 * after, or that nothing is owed), the payment period, and what happens to the reply period, as
 * the code does it; no tag or placeholder is left. Hand-worked case: 1,500 pages typed for 150
 * (¥54,700 for ¥1,700), notice of Tue 10 Feb 2026, corrected Mon 2 Mar; or withdrawn Thu 12 Feb
 * with the reply deadline moved from Mon 16 Mar by the 2 working days paused to Wed 18 Mar.
 */
class FeeLettersTest {

  static final AgencyProperties AGENCY = new AgencyProperties("示范市市场监督管理局", "示范市人民政府");
  static final LetterDocuments DOCUMENTS = new LetterDocuments(AGENCY);
  static final Letters LETTERS = new Letters(new JdbcTemplate(), null, DOCUMENTS, AGENCY);
  static final String FIRST_NUMBER = "示市监信公开费〔2026〕1号";
  static final FeeNotice NOTICE = new FeeNotice(1L, "YSQ-2026-000001", LocalDate.of(2026, 2, 10),
      new BigDecimal("54700.00"), FeeScheme.PER_PAGE.name(), 1500, "leader", null, null, null,
      null, null, null);
  static final String BASIS = "根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》"
      + "（国办函〔2020〕109号）的规定";

  @Test
  void theCorrectedNoticeStatesBothAmountsThePeriodFromServiceAndTheStoppedClock() {
    Map<String, Object> values = FeeCorrections.replacedValues(NOTICE, FIRST_NUMBER,
        "页数误录为1500页，实际为150页");
    values.putAll(FeeCorrections.reductionValues(FeeDelegates.perPage(150),
        LocalDate.of(2026, 2, 10), 20, AgencyProperties.DEMO_FEE_PAYMENT));
    String text = issued(LetterKind.FEE_CORRECTION_NOTICE, values, LocalDate.of(2026, 3, 2));
    assertThat(text).contains("示范市市场监督管理局\n示市监信公开费更〔2026〕1号\n更正收费通知书\n张三：\n",
        "于2026年2月10日向您发出收费通知书（示市监信公开费〔2026〕1号），应缴金额为人民币54700元。",
        "经复核，该收费通知书所列金额有误：页数误录为1500页，实际为150页。", BASIS,
        "本机关将应缴金额由人民币54700元更正为人民币1700元。",
        "本通知书自送达之日起取代原收费通知书（示市监信公开费〔2026〕1号），原收费通知书所列的应缴金额和缴费期限不再执行。",
        "一、收费方式：按量计收。", "第31至100页共70页×10元＝700元；第101至150页共50页×20元＝1000元；合计1700元。",
        "四、应缴金额：人民币1700元（原收费通知书为人民币54700元）。",
        "请自收到本通知书之日起20个工作日内，凭本通知书文号缴纳", "缴款方式：" + AgencyProperties.DEMO_FEE_PAYMENT,
        "自本机关于2026年2月10日发出收费通知书之日起至您缴纳信息处理费之日止的期间，不计算在政府信息公开申请答复期限内。",
        "逾期未缴纳且无正当理由的，视为放弃申请，本机关不再处理该政府信息公开申请。",
        "示范市市场监督管理局（印章）\n2026年3月2日\n");
    assertThat(text).doesNotContain("${", "{{", "}}", "您（单位）", "。。");
  }

  @Test
  void theWithdrawalSaysNothingIsOwedAndWhenTheReplyIsNowDue() {
    Map<String, Object> values = FeeCorrections.replacedValues(NOTICE, FIRST_NUMBER,
        "本申请为您2月的第10件申请，不应收费");
    values.put("replyPeriod", FeeCorrections.withdrawalReplyPeriod(LocalDate.of(2026, 2, 10),
        LocalDate.of(2026, 3, 18), "您"));
    String text = issued(LetterKind.FEE_WITHDRAWAL_NOTICE, values, LocalDate.of(2026, 2, 12));
    assertThat(text).contains("示市监信公开费撤〔2026〕1号\n撤销收费通知书\n张三：\n",
        "于2026年2月10日向您发出收费通知书（示市监信公开费〔2026〕1号），应缴金额为人民币54700元。",
        "经复核，本申请为您2月的第10件申请，不应收费。", BASIS,
        "本机关决定撤销该收费通知书，您无需缴纳信息处理费，本机关对该申请不再收取信息处理费。",
        "自本机关于2026年2月10日发出收费通知书之日起至本通知书发出之日止的期间，不计算在政府信息公开申请答复期限内；"
            + "答复期限自本通知书发出之日起继续计算，至2026年3月18日届满。本机关将在该期限内向您送达政府信息公开申请答复书。",
        "示范市市场监督管理局（印章）\n2026年2月12日\n");
    assertThat(text).doesNotContain("${", "{{", "}}", "您（单位）", "。。", "缴费期限");
    // A clock still held by something else: no date promised.
    assertThat(FeeCorrections.withdrawalReplyPeriod(LocalDate.of(2026, 2, 10), null, "贵单位"))
        .endsWith("不计算在政府信息公开申请答复期限内。本机关将依法向贵单位送达政府信息公开申请答复书。");
  }

  /** The first notice says the reply clock stands still from its issue until payment. */
  @Test
  void theFeeNoticeSaysTheReplyPeriodStopsUntilPayment() {
    Map<String, Object> values = new HashMap<>(FeeCorrections.reductionValues(
        FeeDelegates.perPage(150), LocalDate.of(2026, 2, 10), 20,
        AgencyProperties.DEMO_FEE_PAYMENT));
    String text = issued(LetterKind.FEE_NOTICE, values, LocalDate.of(2026, 2, 10));
    assertThat(text).contains("示市监信公开费〔2026〕1号\n收费通知书\n张三：\n", BASIS,
        "四、应缴金额：人民币1700元。", "请自收到本通知书之日起20个工作日内",
        "自本通知书发出之日起至您缴纳信息处理费之日止的期间，不计算在政府信息公开申请答复期限内。"
            + "逾期未缴纳且无正当理由的，视为放弃申请");
    assertThat(text).doesNotContain("${", "{{", "}}", "您（单位）");
  }

  /**
   * Audit 37a, F5: the fee is an act the applicant may challenge apart from the reply (Art. 42,
   * 国办函〔2020〕109号); without a remedies clause the suit period runs up to a year from
   * knowledge of the act (SPC 2018 Art. 64). The notice names the body and both periods.
   */
  @Test
  void theFeeNoticeNamesTheRemedies() {
    Map<String, Object> values = new HashMap<>(FeeCorrections.reductionValues(
        FeeDelegates.perPage(150), LocalDate.of(2026, 2, 10), 20,
        AgencyProperties.DEMO_FEE_PAYMENT));
    String text = issued(LetterKind.FEE_NOTICE, values, LocalDate.of(2026, 2, 10));
    assertThat(text).contains("您如对本收费决定不服，可以自收到本通知书之日起六十日内向"
        + AGENCY.reconsiderationBody() + "申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院"
        + "提起行政诉讼（《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条）。");
  }

  /** Drafted with the case's values as CaseLetters adds them, then issued as Letters does. */
  private static String issued(LetterKind kind, Map<String, Object> values, LocalDate on) {
    Map<String, Object> all = new HashMap<>(values);
    all.put("trackingNumber", "YSQ-2026-000001");
    all.put("applicantName", "张三");
    all.put("receivedOn", "2026年2月9日");
    all.put("description", "2025年行政处罚案卷");
    all.put("you", "您");
    all.put("agency", AGENCY.name());
    all.put("reconsiderationBody", AGENCY.reconsiderationBody());
    all.put("secrecyAdministration", AGENCY.secrecyAdministration());
    all.put("today", io.github.ogiworkflow.letter.CaseLetters.chinese(on));
    String body = LETTERS.draft(kind, all);
    LetterDocuments.Parsed parsed = DOCUMENTS.parse(kind, body);
    byte[] docx = DOCUMENTS.render(new LetterDocuments.Content(kind,
        DocumentNumbers.format(AGENCY.documentPrefix(), kind, 2026, 1), parsed.addressee(),
        parsed.paragraphs(), on));
    // One line a paragraph, without the empty ones the template's tags leave.
    return LetterDocuments.text(docx).replaceAll("\n+", "\n");
  }

  /** The letters print 经复核，{reason}。: a reason typed with either end is taken as the clause. */
  @Test
  void aReasonTypedAsASentenceIsPrintedOnce() {
    assertThat(FeeCorrections.asClause("经复核，申请人申请的信息数量未明显超过合理范围。"))
        .isEqualTo("申请人申请的信息数量未明显超过合理范围");
    assertThat(FeeCorrections.asClause("经复核：页数登记有误；"))
        .isEqualTo("页数登记有误");
    assertThat(FeeCorrections.asClause("页数登记有误，实为150页"))
        .isEqualTo("页数登记有误，实为150页");
  }
}
