package io.github.ogiworkflow.publication;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.publication.PublicationRegister.SkipRecord;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登记补充发布 (audit 33a F4, ADR 0152): a published item's planned channel that 登记发布情况 marked
 * 未发布 (the gazette issue not out yet) is published later. The line goes through the same line
 * rules as at 登记发布情况 ({@link PublishedLines}: 逾期原因, 已按处理说明处理后发布, the Art. 44
 * recheck) and the publish guard ({@link Publisher#publish}); its publication replaces the 未发布
 * line and keeps it (and the rules' notes) for the batch's trail. Everything is checked here
 * from the register, whatever calls it; a refusal is an {@link InvalidInput} on its field,
 * nothing written.
 */
@Component
public class LaterPublications {

  /** The largest location the register keeps (ogi_publication_channel.location). */
  static final int LOCATION_MAX = 1000;

  private final PublicationRegister register;
  private final PublishedLines publishedLines;

  LaterPublications(PublicationRegister register, PublishedLines publishedLines) {
    this.register = register;
    this.publishedLines = publishedLines;
  }

  /**
   * Registers the later publication of item {@code itemId} (信息项编号) on the channel the
   * {@code line} names, with its {@code publishedOn}, {@code location} and, where its rules
   * need them, {@code lateReason} and {@code redactionApplied}; recorded as {@code recordedBy}.
   */
  @Transactional
  public void register(ProcessEngineServices engine, long itemId, JsonNode line,
      String recordedBy) {
    // The item's row is locked first: a withdrawal or a second registration of the same line
    // at the same moment waits here and then sees this one (ADR 0059's row lock).
    Publication p = register.lockByItem(itemId).orElseThrow(() -> new InvalidInput("itemId: item "
        + itemId + " is not registered for publication（信息项" + itemId + "未登记为主动公开）"));
    String title = "信息项" + itemId + "“" + PublicText.masked(p.title()) + "”";
    if (p.status() != PublicationStatus.PUBLISHED) {
      throw new InvalidInput("itemId: item " + itemId + " is " + p.status() + "（" + title
          + "的状态为" + p.status().label() + "：补充发布只登记已发布信息项在计划渠道的后续发布）");
    }
    PublicationChannel channel = channel(line);
    if (!p.draft().channels().contains(channel)) {
      throw new InvalidInput("channel: " + channel + " is not a planned channel of item " + itemId
          + "（" + title + "的计划发布渠道不含" + channel.label() + "）");
    }
    if (register.channels(p.id()).stream().anyMatch(c -> c.channel() == channel)) {
      throw new InvalidInput("channel: item " + itemId + " is already published on " + channel
          + "（" + title + "已在" + channel.label() + "发布）");
    }
    SkipRecord skipped = register.skippedLine(p.id(), channel).orElseThrow(() ->
        new InvalidInput("channel: item " + itemId + " on " + channel + " is not marked not"
            + " published（" + title + "在" + channel.label() + "未登记为未发布，不能补充登记）"));
    String location = PublicationDrafts.text(line, "location");
    if (location != null && location.length() > LOCATION_MAX) {
      throw new InvalidInput("location: longer than " + LOCATION_MAX + "（" + title + "："
          + channel.label() + "的网址、期号或地点不能超过" + LOCATION_MAX + "字）");
    }
    PublishedLineRule.Line toPublish = new PublishedLineRule.Line(p, channel, line,
        register.review(itemId).orElseThrow(() -> new InvalidInput("itemId: item " + itemId
            + " has no secrecy review（" + title + "未经保密审查，不得公开）")),
        publishedOn(line), field -> false, engine, "itemId");
    Map<PublishedLineRule, String> notes = publishedLines.publish(toPublish, location,
        recordedBy);
    register.replaceSkip(p.id(), channel, skipped, notes.isEmpty() ? null
        : PublishedLines.cut(String.join("\n", notes.values()), "……（其余见发布登记）"));
  }

  private static PublicationChannel channel(JsonNode line) {
    String name = line.path("channel").asText("");
    try {
      return PublicationChannel.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("channel is missing or invalid（请选择发布渠道）", e);
    }
  }

  private static LocalDate publishedOn(JsonNode line) {
    try {
      return OfficeTime.toLocalDate(PublicationDrafts.text(line, "publishedOn"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("publishedOn: " + e.getMessage(), e);
    }
  }
}
