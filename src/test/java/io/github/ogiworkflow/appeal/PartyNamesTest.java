package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.CO_APPELLANTS;
import static io.github.ogiworkflow.process.ProcessVariables.THIRD_PARTIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.ogiworkflow.process.InvalidInput;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/**
 * How party lines are read and names compared (ADR 0068, amended in audit round 24), with
 * hand-made vectors: a trailing bracketed remark does not make another party (the agency
 * written as 示范市市场监督管理局（本机关） is the agency), two different remarks keep two
 * parties apart, and a comma before a Latin company suffix is part of one name while a comma
 * between two names still refuses the line.
 */
class PartyNamesTest {

  private static final String AGENCY = "示范市市场监督管理局";
  private static final String APPELLANT = "张三";

  private static AppealParties.Parties parties(String coAppellants, String thirdParties) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(CO_APPELLANTS)).thenReturn(coAppellants);
    when(scope.getVariable(THIRD_PARTIES)).thenReturn(thirdParties);
    return AppealSteps.parties(scope, AppealKind.LITIGATION, APPELLANT, AGENCY);
  }

  /**
   * Each {field, line, message}: the line entered in that field (the other field holding one
   * plain name, or nothing) is refused on the field, with the message.
   */
  private static void assertRefused(String[][] refused) {
    for (String[] wrong : refused) {
      String co = wrong[0].equals(CO_APPELLANTS) ? wrong[1] : "李四";
      String third = wrong[0].equals(THIRD_PARTIES) ? wrong[1] : null;
      assertThatThrownBy(() -> parties(co, third)).as(wrong[1])
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith(wrong[0] + ": line ")
          .hasMessageContaining(wrong[2]);
    }
  }

  @Test
  void aTrailingRemarkInBracketsDoesNotMakeAnotherName() {
    String[][] same = {
        {"示范市市场监督管理局（本机关）", AGENCY},
        {"示范市市场监督管理局(被告)", AGENCY},
        {"示范市市场监督管理局 （被申请人）。", AGENCY},
        {"示范市市场监督管理局（本机关）（被告）", AGENCY},
        {"示范市市场监督管理局（本机关", "示范市市场监督管理局（本机关"},
        {"ＡＢＣ公司（第三人）", "abc公司"},
        {"张三（原告）", "张 三"},
        // Unchanged: NFKC brackets, spaces, case, trailing punctuation.
        {"某某（北京）有限公司", "某某(北京)有限公司"},
        {"示范市市场监督管理局。", AGENCY}};
    for (String[] pair : same) {
      assertThat(AppealSteps.sameName(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isTrue();
      assertThat(AppealSteps.sameName(pair[1], pair[0])).as(pair[1] + " / " + pair[0]).isTrue();
    }
    String[][] different = {
        // Brackets inside a name are part of it (某某（北京）有限公司 is a real form).
        {"某某（北京）有限公司", "某某有限公司"},
        // Two different remarks: two people of one name, two branches.
        {"张伟（1980年生）", "张伟（1975年生）"},
        {"某某银行股份有限公司（北京分行）", "某某银行股份有限公司（上海分行）"},
        {"示范市市场监督管理局东城分局", AGENCY},
        {"示范市市场监督管理局（本机关", AGENCY},
        {"（本机关）", AGENCY}};
    for (String[] pair : different) {
      assertThat(AppealSteps.sameName(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isFalse();
      assertThat(AppealSteps.sameName(pair[1], pair[0])).as(pair[1] + " / " + pair[0]).isFalse();
    }
  }

  /**
   * The open points of round 24 (ADR 0068, amended): a remark in any bracket a clerk uses
   * (【】〔〕[]［］) is a remark; a line 无 names no party; a role written before the name with a
   * colon (第三人：李四) is refused on its line, not cut off, and so is another colon outside a
   * remark.
   */
  @Test
  void aRemarkInOtherBracketsARoleLabelAndALineSayingNone() {
    String[][] same = {
        {"李四【第三人】", "李四"},
        {"示范市市场监督管理局〔本机关〕", AGENCY},
        {"示范市市场监督管理局[被告]", AGENCY},
        {"示范市市场监督管理局［被告］。", AGENCY}};
    for (String[] pair : same) {
      assertThat(AppealSteps.sameName(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isTrue();
      assertThat(AppealSteps.sameName(pair[1], pair[0])).as(pair[1] + " / " + pair[0]).isTrue();
    }
    assertThat(AppealSteps.sameName("【本机关】", AGENCY)).isFalse();
    assertThat(AppealSteps.sameName("张伟【1980年生】", "张伟〔1975年生〕")).isFalse();

    assertThat(parties("暂无", "无\n王五\n无。")).isEqualTo(
        new AppealParties.Parties(List.of(), List.of("王五")));
    assertThat(parties("李四", "NONE\n张伟（出生：1980年）")).isEqualTo(
        new AppealParties.Parties(List.of("李四"), List.of("张伟（出生：1980年）")));

    String[][] refused = {
        {THIRD_PARTIES, "第三人：李四", "第三人第1行“第三人：李四”请只填写名称，去掉“第三人：”"},
        {CO_APPELLANTS, "共同原告:王五", "共同原告第1行“共同原告:王五”请只填写名称，去掉“共同原告:”"},
        {THIRD_PARTIES, "王五：赵六", "第三人第1行“王五：赵六”含有冒号，请每行只填写一个当事人的名称"},
        {THIRD_PARTIES, "示范市市场监督管理局【本机关】", "去掉括号中的说明后是本机关，不能列为第三人"},
        {THIRD_PARTIES, "李四〔第三人〕", "第三人第1行“李四〔第三人〕”去掉括号中的说明后已列为当事人"},
        {THIRD_PARTIES, "【本机关】", "第三人第1行没有填写名称"}};
    assertRefused(refused);
  }

  @Test
  void aCommaBeforeALatinCompanySuffixIsPartOfTheName() {
    String[][] same = {
        {"Acme Co., Ltd.", "ACME CO. LTD"},
        {"Acme Co.，Ltd.", "Acme Co., Ltd."},
        {"Acme Holdings, Inc.", "Acme Holdings Inc"}};
    for (String[] pair : same) {
      assertThat(AppealSteps.sameName(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isTrue();
    }
    assertThat(AppealSteps.sameName("Acme Co., Ltd.", "Acme, Inc.")).isFalse();
  }

  @Test
  void namesAreKeptAsEntered() {
    assertThat(parties("Acme Co., Ltd.\nBeta Holdings, Inc.\nGamma Partners, L.P.",
        "Delta Trading Co.，Limited\nEpsilon, LLC\n张伟（1980年生）\n张伟（1975年生）\n"
            + "某某（北京）有限公司\nZeta Group,Inc"))
        .isEqualTo(new AppealParties.Parties(
            List.of("Acme Co., Ltd.", "Beta Holdings, Inc.", "Gamma Partners, L.P."),
            List.of("Delta Trading Co.，Limited", "Epsilon, LLC", "张伟（1980年生）", "张伟（1975年生）",
                "某某（北京）有限公司", "Zeta Group,Inc")));
  }

  @Test
  void aLineOfTwoNamesOrAPartyWithARemarkIsRefusedOnItsField() {
    String[][] refused = {
        {CO_APPELLANTS, "李四，王五", "第1行含有多个名称，请每行填写一个当事人"},
        {CO_APPELLANTS, "李四,王五", "第1行含有多个名称"},
        {THIRD_PARTIES, "John Smith, Jane Doe", "第1行含有多个名称"},
        // Only the suffix's comma is part of the name; one after it still separates.
        {THIRD_PARTIES, "Acme Co., Ltd.，李四", "第1行含有多个名称"},
        {THIRD_PARTIES, "Acme, Coca Trading", "第1行含有多个名称"},
        {THIRD_PARTIES, "Acme Co., Ltd.；Beta, Inc.", "第1行含有多个名称"},
        // The agency, however a clerk marks it, is no party of its own case.
        {THIRD_PARTIES, "示范市市场监督管理局（本机关）",
            "第三人第1行“示范市市场监督管理局（本机关）”去掉括号中的说明后是本机关，不能列为第三人"},
        {THIRD_PARTIES, "示范市市场监督管理局(被告)", "去掉括号中的说明后是本机关"},
        {CO_APPELLANTS, "示范市市场监督管理局（被申请人）。", "去掉括号中的说明后是本机关"},
        {CO_APPELLANTS, "张三（原告）", "“张三（原告）”去掉括号中的说明后是提起人本人，不能重复列为共同原告"},
        {THIRD_PARTIES, "李四（第三人）", "第三人第1行“李四（第三人）”去掉括号中的说明后已列为当事人"},
        {THIRD_PARTIES, "（本机关）", "第三人第1行没有填写名称"},
        {THIRD_PARTIES, "Acme Co., Ltd.\nACME CO. LTD", "第三人第2行“ACME CO. LTD”已列为当事人"}};
    assertRefused(refused);
  }
}
