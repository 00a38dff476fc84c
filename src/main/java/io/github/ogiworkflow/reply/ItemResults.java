package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.reply.ItemSummary.Result;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What leadership reads next to the letter it approves (audit 35a F2; handbook §2.10): per item
 * its title, the secrecy review's conclusion, the third party's objection and any public-interest
 * override (Art. 32), and the result the register holds for it, i.e. what the letter must say of
 * the item ({@link ReplyLetter#itemContradictions}). Computed by the server from the register
 * when the office finalises the letter; shown read-only on 领导审批答复. Pure.
 */
public final class ItemResults {

  private ItemResults() {}

  /**
   * One line per item, numbered as in the letter: 1. 标题｜保密审查：…｜第三方意见：…｜答复：….
   * {@code objected}: the ids of the items a third party objected to; {@code overrideApproved}:
   * leadership approved disclosure in the public interest.
   */
  public static String table(List<Item> items, Set<Long> objected, boolean objectionUpheld,
      boolean overrideApproved) {
    if (items.isEmpty()) {
      return "本案没有信息项。";
    }
    List<String> lines = new ArrayList<>();
    int number = 1;
    for (Item item : items) {
      lines.add(number++ + ". " + ReplyLetter.bare(item.title())
          + "｜保密审查：" + review(item)
          + "｜第三方意见：" + thirdParty(item, objected.contains(item.id()), overrideApproved)
          + "｜答复：" + result(item, objectionUpheld));
    }
    return String.join("\n", lines);
  }

  private static String review(Item item) {
    if (item.finding() != ItemFinding.HELD) {
      return "无需审查（检索结论：" + item.finding().label() + "）";
    }
    if (item.review() == null) {
      return "尚未审查";
    }
    String conclusion = item.review().conclusion().label();
    return item.review().ground() == null ? conclusion
        : conclusion + "（" + item.review().ground().label() + "）";
  }

  private static String thirdParty(Item item, boolean objected, boolean overrideApproved) {
    if (!item.thirdParty()) {
      return "不涉及";
    }
    if (!objected) {
      return "未提出不同意公开";
    }
    return overrideApproved ? "不同意公开；领导已批准因公共利益予以公开（须送达公开决定告知书）"
        : "不同意公开；未批准因公共利益公开，不予公开";
  }

  private static String result(Item item, boolean objectionUpheld) {
    if (item.finding() == ItemFinding.HELD && item.review() == null) {
      return "尚未确定";
    }
    if (item.finding() == ItemFinding.PUBLIC) {
      return "已主动公开，告知获取途径";
    }
    Result result = ItemSummary.resultOf(item, objectionUpheld);
    return switch (result) {
      case RELEASED -> "予以公开";
      case REDACTED -> "部分公开（区分处理）";
      case WITHHELD -> {
        WithholdingGround ground = ItemSummary.groundOf(item, objectionUpheld);
        yield ground == null ? "不予公开" : "不予公开（" + ground.label() + "）";
      }
      case NOT_HELD -> item.finding() == ItemFinding.NONEXISTENT ? "信息不存在"
          : "不属于本机关负责公开";
      case NEEDS_PROCESSING -> "需另行制作，不予提供";
      case NOT_GOVERNMENT_INFO -> "不属于政府信息";
    };
  }
}
