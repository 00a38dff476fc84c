package io.github.ogiworkflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.TextLimits;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * The item list of 检索信息并拆分信息项 as the register takes it (audit 24, F7 and F11): a list,
 * titles under the register's blank and hidden-character rule and the form's length, and only
 * the fields the row's finding shows (ADR 0079).
 */
class ItemRegistrationTest {

  final ItemRegistration registration = new ItemRegistration(null, null);

  private List<NewItem> parse(String json) {
    return registration.parse(Spin.JSON(json), false);
  }

  @Test
  void aTitleOfFullWidthSpacesIsNoTitle() {
    assertThatThrownBy(() -> parse("[{\"title\":\"\u3000\",\"finding\":\"HELD\"}]"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("items[1].title")
        .hasMessageContaining("第1项：请填写信息项名称");
    assertThatThrownBy(() -> parse("[{\"title\":\"\u3000\u00a0 \",\"finding\":\"HELD\"}]"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("请填写信息项名称");
  }

  @Test
  void aTitleWithHiddenCharactersIsRefused() {
    assertThatThrownBy(() -> parse("[{\"title\":\"\u200b\",\"finding\":\"HELD\"}]"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("items[1].title")
        .hasMessageContaining("不可见字符");
    assertThatThrownBy(() -> parse("[{\"title\":\"会议纪要\u202e要纪\",\"finding\":\"HELD\"}]"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不可见字符");
    assertThatThrownBy(() -> parse("[{\"title\":\"会议纪要\",\"finding\":\"NOT_HELD\","
        + "\"responsibleAgency\":\"\u3000\u200b\"}]"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("items[1].responsibleAgency");
  }

  /**
   * Art. 36(五) (audit 32a, F7): an item not this agency's gives the reason, at most 500
   * characters; a case whose split form lacks the field is not asked for it.
   */
  @Test
  void anItemNotThisAgencysNeedsItsReason() {
    String without = "[{\"title\":\"纳税明细\",\"finding\":\"NOT_HELD\"}]";
    assertThatThrownBy(() -> parse(without)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("items[1].notOursReason")
        .hasMessageContaining("请填写不属于本机关负责公开的理由");
    assertThatThrownBy(() -> parse("[{\"title\":\"纳税明细\",\"finding\":\"NOT_HELD\","
        + "\"notOursReason\":\"" + "某".repeat(501) + "\"}]"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不超过500字");
    assertThat(registration.parse(Spin.JSON(without), false, false)).singleElement()
        .satisfies(item -> assertThat(item.notOursReason()).isNull());
    assertThat(parse("[{\"title\":\"纳税明细\",\"finding\":\"NOT_HELD\","
        + "\"notOursReason\":\" 由税务机关制作 \"},{\"title\":\"统计表\",\"finding\":\"HELD\","
        + "\"notOursReason\":\"不适用\"}]")).extracting(NewItem::notOursReason)
        .containsExactly("由税务机关制作", null);
  }

  @Test
  void theTitleLimitIsTheForms() {
    assertThat(TextLimits.ITEM_TITLE).isEqualTo(300);
    assertThat(parse("[{\"title\":\"" + "某".repeat(300) + "\",\"finding\":\"HELD\"}]"))
        .singleElement().satisfies(item -> assertThat(item.title()).hasSize(300));
    assertThatThrownBy(() -> parse("[{\"title\":\"" + "某".repeat(301)
        + "\",\"finding\":\"HELD\"}]"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不超过300字");
  }

  @Test
  void anObjectIsNoList() {
    assertThatThrownBy(() -> parse(
        "{\"x\":{\"title\":\"对象形式的信息项\",\"finding\":\"NONEXISTENT\"}}"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("items ")
        .hasMessageContaining("信息项格式错误");
    assertThatThrownBy(() -> parse("[\"对象形式的信息项\"]"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("第1项不是信息项");
    assertThatThrownBy(() -> registration.parse("\"对象形式的信息项\"", false))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("信息项格式错误");
  }

  @Test
  void aRowKeepsOnlyWhatItsFindingShows() {
    List<NewItem> parsed = parse("[{\"title\":\" 会议纪要\u3000\",\"finding\":\"HELD\","
        + "\"wherePublic\":\"本局网站\",\"responsibleAgency\":\"示范市统计局\"},"
        + "{\"title\":\"统计表\",\"finding\":\"NOT_HELD\",\"wherePublic\":\"本局网站\","
        + "\"responsibleAgency\":\"示范市统计局\",\"notOursReason\":\"由统计局制作\"}]");

    assertThat(parsed.get(0).title()).isEqualTo("会议纪要");
    assertThat(parsed.get(0).wherePublic()).isNull();
    assertThat(parsed.get(0).responsibleAgency()).isNull();
    assertThat(parsed.get(1).wherePublic()).isNull();
    assertThat(parsed.get(1).responsibleAgency()).isEqualTo("示范市统计局");
  }
}
