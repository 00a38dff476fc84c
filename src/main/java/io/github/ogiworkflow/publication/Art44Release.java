package io.github.ogiworkflow.publication;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Component;

/**
 * Art. 44 of the 2019 Regulation (转为主动公开): information a request's reply released may be
 * published proactively, never before that reply (no publication of a request-derived item
 * before the request's reply is delivered, nor of an item the reply withheld). Checked from the
 * register when the batch is registered and again right before an item goes public.
 */
@Component
public class Art44Release {

  private final ItemRegister items;
  private final ReleaseChecks releaseChecks;

  public Art44Release(ItemRegister items, ReleaseChecks releaseChecks) {
    this.items = items;
    this.releaseChecks = releaseChecks;
  }

  /** The items of request {@code source} by id, for {@link #itemNamed}. */
  public Map<Long, Item> itemsOf(String source) {
    Map<Long, Item> byId = new HashMap<>();
    items.of(source).forEach(item -> byId.put(item.id(), item));
    return byId;
  }

  /**
   * Refuses (bilingual 400 on {@code field}) unless the request's reply was delivered and
   * released every one of {@code itemIds} (review, upheld Art. 32 objection, delivery:
   * {@link ReleaseChecks#publicationProblems}).
   */
  public void requireReleased(ProcessEngineServices engine, String source, List<Long> itemIds,
      String field) {
    List<String> problems = releaseChecks.publicationProblems(engine, source, itemIds);
    if (!problems.isEmpty()) {
      throw new InvalidInput(ReleaseChecks.bilingual(field, problems));
    }
  }

  /**
   * The item that row {@code n} of the batch names among the request's items: by {@code seq}
   * (序号, as the ledger's case page lists the request's items, audit 33a F9); a row without
   * {@code seq} may still name the database {@code itemId} (clients written before ADR 0160). It
   * must be an item of {@code source} this agency holds; otherwise refused naming the row.
   */
  static Item itemNamed(String source, Map<Long, Item> requestItems, JsonNode row, int n) {
    JsonNode seqNode = row.path("seq");
    if (!seqNode.isMissingNode() && !seqNode.isNull()) {
      String text = seqNode.asText("").trim();
      int seq;
      try {
        seq = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new InvalidInput("publicationItems[" + n + "].seq is not a whole number（第" + n
            + "项：序号须为案卷页面所列的信息项序号（正整数））", e);
      }
      Item item = requestItems.values().stream().filter(i -> i.seq() == seq).findFirst()
          .orElse(null);
      // Whether the reply released it (review, objection, delivery) is requireReleased's part.
      if (item == null || item.finding() != ItemFinding.HELD) {
        throw new InvalidInput("publicationItems[" + n + "].seq " + seq
            + " is not a held item of " + source + "（第" + n + "项：申请 " + source + " 没有序号为"
            + seq + "的本机关保有的信息项，请按案卷页面所列序号填写）");
      }
      return item;
    }
    if (row.path("itemId").isMissingNode() || row.path("itemId").isNull()) {
      throw new InvalidInput("publicationItems[" + n + "].seq is required（第" + n
          + "项：请填写信息项序号）");
    }
    Item item = requestItems.get(row.path("itemId").asLong(-1));
    // Whether the reply released it (review, objection, delivery) is requireReleased's part.
    if (item == null || item.finding() != ItemFinding.HELD) {
      throw new InvalidInput("publicationItems[" + n + "].itemId is not a held item of "
          + source + "（第" + n + "项：须为该申请中本机关保有的信息项）");
    }
    return item;
  }
}
