package io.github.ogiworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * A 主动公开 draft's rows (audit 24, F7 and F11): a name or publishing unit of full-width spaces
 * is blank and a hidden character is refused, as everywhere in the register; a JSON object is
 * no list.
 */
class PublicationDraftsTest {

  static JsonNode row(String title, String unit) throws Exception {
    return new ObjectMapper().readTree("{\"title\":\"" + title + "\",\"publishingUnit\":\""
        + unit + "\",\"category\":\"NORMATIVE_DOCUMENTS\",\"attribute\":\"PROACTIVE\","
        + "\"channels\":[\"WEBSITE\"],\"formedOn\":\"" + OfficeTime.today().minusDays(1)
        + "\"}");
  }

  @Test
  void aNameOrUnitOfFullWidthSpacesIsBlank() throws Exception {
    assertThatThrownBy(() -> PublicationDrafts.draft(row("\u3000", "示范市市场监督管理局"), 1, null))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItems[1].title")
        .hasMessageContaining("请填写信息名称");
    assertThatThrownBy(() -> PublicationDrafts.draft(row("关于某某的通知", "\u3000"), 1, null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("publicationItems[1].publishingUnit")
        .hasMessageContaining("请填写发布机构");
    assertThatThrownBy(() -> PublicationDrafts.draft(row("\u200b关于某某的通知", "示范市市场监督管理局"),
        2, null))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItems[2].title")
        .hasMessageContaining("不可见字符");

    assertThat(PublicationDrafts.draft(row("\u3000关于某某的通知\u3000", "示范市市场监督管理局"), 1,
        null).title()).isEqualTo("关于某某的通知");
  }

  @Test
  void anObjectIsNoList() {
    assertThatThrownBy(() -> PublicationDrafts.rows(
        "{\"x\":{\"title\":\"对象形式\"}}", "publicationItems"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItems ")
        .hasMessageContaining("列表格式错误");
    assertThat(PublicationDrafts.rows("[{\"title\":\"数组形式\"}]", "publicationItems")).hasSize(1);
  }

  /**
   * An item's own statutory period (audit 33a F12, ADR 0151): 1 to 20 working days with a basis
   * naming a law and an article, both or neither.
   */
  @Test
  void anItemsOwnPeriodNeedsItsBasisAndIsNeverLongerThanArticle26() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(PublicationDrafts.ownPeriod(json.readTree("{}"), 1)).isNull();
    assertThat(PublicationDrafts.ownPeriod(json.readTree(
        "{\"statutoryPeriodDays\":5,\"statutoryBasis\":\"《示范省政务公开条例》第十二条\"}"), 1))
        .isEqualTo(Art26DueDates.Period.given(5, "《示范省政务公开条例》第十二条"));
    assertThatThrownBy(() -> PublicationDrafts.ownPeriod(json.readTree(
        "{\"statutoryPeriodDays\":21,\"statutoryBasis\":\"《示范省政务公开条例》第十二条\"}"), 2))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("publicationItems[2].statutoryPeriodDays")
        .hasMessageContaining("1至20个工作日");
    assertThatThrownBy(() -> PublicationDrafts.ownPeriod(json.readTree(
        "{\"statutoryPeriodDays\":2.5,\"statutoryBasis\":\"《示范省政务公开条例》第十二条\"}"), 1))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("publicationItems[1].statutoryPeriodDays");
    assertThatThrownBy(() -> PublicationDrafts.ownPeriod(json.readTree(
        "{\"statutoryPeriodDays\":2}"), 1))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("publicationItems[1].statutoryBasis")
        .hasMessageContaining("须写明法律依据");
    assertThatThrownBy(() -> PublicationDrafts.ownPeriod(json.readTree(
        "{\"statutoryPeriodDays\":2,\"statutoryBasis\":\"依照相关规定\"}"), 1))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("publicationItems[1].statutoryBasis");
    assertThatThrownBy(() -> PublicationDrafts.ownPeriod(json.readTree(
        "{\"statutoryBasis\":\"《示范省政务公开条例》第十二条\"}"), 1))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("publicationItems[1].statutoryPeriodDays");
  }
}
