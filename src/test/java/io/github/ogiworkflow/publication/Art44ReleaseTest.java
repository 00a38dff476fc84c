package io.github.ogiworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.junit.jupiter.api.Test;

/**
 * Art. 44: a batch from a request's answer names held items of that request only, and nothing
 * of it is registered or published unless the register shows the reply delivered and releasing
 * the items (the problems are {@link ReleaseChecks#publicationProblems}'s).
 */
class Art44ReleaseTest {

  static final String REQUEST = "YSQ-2026-000007";
  static final ObjectMapper JSON = new ObjectMapper();

  static Item item(long id, ItemFinding finding) {
    return new Item(id, REQUEST, (int) id, "信息项" + id, finding, null, null, null, false,
        false, null);
  }

  static JsonNode row(Object itemId) {
    return JSON.valueToTree(Map.of("itemId", itemId));
  }

  @Test
  void aRowMustNameAHeldItemOfTheRequest() {
    Map<Long, Item> items = Map.of(11L, item(11, ItemFinding.HELD),
        12L, item(12, ItemFinding.NOT_HELD));

    assertThat(Art44Release.itemNamed(REQUEST, items, row(11), 1).id()).isEqualTo(11);
    assertThat(Art44Release.itemNamed(REQUEST, items, row("11"), 1).id()).isEqualTo(11);
    // Not held (本机关不掌握), unknown (e.g. another request's), missing: refused naming the row.
    assertThatThrownBy(() -> Art44Release.itemNamed(REQUEST, items, row(12), 2))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("publicationItems[2].itemId is not a held item of " + REQUEST
            + "（第2项：须为该申请中本机关保有的信息项）");
    assertThatThrownBy(() -> Art44Release.itemNamed(REQUEST, items, row(99), 3))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("第3项");
    assertThatThrownBy(() -> Art44Release.itemNamed(REQUEST, items,
        JSON.createObjectNode(), 1)).isInstanceOf(InvalidInput.class);
  }

  /** Audit 33a F9: the office names items by 序号, as the ledger's case page lists them. */
  @Test
  void aRowNamesTheItemByItsSeqAsTheCasePageListsIt() {
    Map<Long, Item> items = Map.of(41L, new Item(41, REQUEST, 1, "甲", ItemFinding.HELD, null,
        null, null, false, false, null), 42L, new Item(42, REQUEST, 2, "乙", ItemFinding.NOT_HELD,
        null, null, null, false, false, null), 43L, new Item(43, REQUEST, 3, "丙",
        ItemFinding.HELD, null, null, null, false, false, null));

    assertThat(Art44Release.itemNamed(REQUEST, items, seq(3), 1).id()).isEqualTo(43);
    assertThat(Art44Release.itemNamed(REQUEST, items, seq("1"), 1).id()).isEqualTo(41);
    assertThatThrownBy(() -> Art44Release.itemNamed(REQUEST, items, seq(2), 2))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("publicationItems[2].seq 2 is not a held item of " + REQUEST + "（第2项：申请 "
            + REQUEST + " 没有序号为2的本机关保有的信息项，请按案卷页面所列序号填写）");
    // The database id is not a 序号: 41 is no item's seq.
    assertThatThrownBy(() -> Art44Release.itemNamed(REQUEST, items, seq(41), 1))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("没有序号为41");
    assertThatThrownBy(() -> Art44Release.itemNamed(REQUEST, items, seq("二"), 1))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("序号须为");
    assertThatThrownBy(() -> Art44Release.itemNamed(REQUEST, items,
        JSON.createObjectNode(), 4)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("第4项：请填写信息项序号");
  }

  static JsonNode seq(Object seq) {
    return JSON.valueToTree(Map.of("seq", seq));
  }

  @Test
  void nothingIsReleasedBeforeTheReplyReleasedIt() {
    ReleaseChecks checks = mock(ReleaseChecks.class);
    ProcessEngineServices engine = mock(ProcessEngineServices.class);
    Art44Release art44 = new Art44Release(mock(ItemRegister.class), checks);
    when(checks.publicationProblems(engine, REQUEST, List.of(11L))).thenReturn(List.of(
        "the reply to " + REQUEST + " has not been delivered, so its items cannot be published"
            + "（申请 " + REQUEST + " 的答复尚未送达，其信息项不能转为主动公开）"));
    when(checks.publicationProblems(engine, REQUEST, List.of(12L))).thenReturn(List.of());

    assertThatThrownBy(() -> art44.requireReleased(engine, REQUEST, List.of(11L), "publications"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publications")
        .hasMessageContaining("答复尚未送达");
    assertThatCode(() -> art44.requireReleased(engine, REQUEST, List.of(12L), "publications"))
        .doesNotThrowAnyException();
    verifyNoInteractions(engine);
  }
}
