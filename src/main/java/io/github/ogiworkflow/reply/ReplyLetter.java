package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.reply.ItemSummary.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * Drafts the reply letter (答复书): the decision for the outcome with its legal basis, what
 * became of each item, and the remedies — reconsideration first for a refusal (ARL Art. 23).
 */
@Component
public class ReplyLetter {

  private final CaseLetters letters;
  private final ItemRegister items;
  private final Properties decisions;

  public ReplyLetter(CaseLetters letters, ItemRegister items) {
    this.letters = letters;
    this.items = items;
    try {
      this.decisions = PropertiesLoaderUtils.loadProperties(new EncodedResource(
          new ClassPathResource("letters/reply-decisions.properties"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (OutcomeCode outcome : OutcomeCode.values()) {
      decision(outcome);
    }
  }

  public String draft(String trackingNumber, OutcomeCode outcome, boolean objectionUpheld) {
    String remedies = decisions.getProperty(
            outcome.refusesDisclosure() ? "remedies.refusal" : "remedies.default")
        .replace("${reconsiderationBody}", letters.agency().reconsiderationBody());
    return letters.draft(trackingNumber, LetterKind.REPLY, Map.of(
        "decision", decision(outcome),
        "items", itemLines(items.of(trackingNumber), objectionUpheld),
        "remedies", remedies));
  }

  private String decision(OutcomeCode outcome) {
    String text = decisions.getProperty(outcome.code());
    if (text == null) {
      throw new IllegalStateException("reply-decisions.properties lacks outcome " + outcome.code());
    }
    return text;
  }

  private static String itemLines(List<Item> caseItems, boolean objectionUpheld) {
    if (caseItems.isEmpty()) {
      return "";
    }
    StringBuilder lines = new StringBuilder("具体情况如下：\n");
    for (Item item : caseItems) {
      lines.append(item.seq()).append(". ").append(item.title()).append("：")
          .append(describe(item, objectionUpheld)).append('\n');
    }
    return lines.toString();
  }

  private static String describe(Item item, boolean objectionUpheld) {
    return switch (item.finding()) {
      case PUBLIC -> "已主动公开" + (item.wherePublic() == null ? "" : "，获取途径：" + item.wherePublic());
      case NOT_HELD -> "本机关不掌握" + (item.responsibleAgency() == null ? ""
          : "，负责公开该信息的机关为" + item.responsibleAgency());
      case NONEXISTENT -> "该信息不存在";
      case NEEDS_PROCESSING -> "需另行制作，不予提供";
      case NOT_GOVERNMENT_INFO -> "不属于政府信息";
      case HELD -> {
        Result result = ItemSummary.resultOf(item, objectionUpheld);
        yield switch (result) {
          case RELEASED -> "予以公开";
          case REDACTED -> "部分公开（已对不应公开的内容作区分处理）";
          default -> "不予公开，理由：" + ItemSummary.groundOf(item, objectionUpheld).label();
        };
      }
    };
  }
}
