package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.LATE_PUBLICATION_REASON;
import static io.github.ogiworkflow.process.ProcessVariables.REDACTED_PUBLICATION_NOTE;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.publication.PublicationRegister.ReviewRecord;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publishes one line (item, channel) the office recorded as published: the line rules in order
 * ({@link #RULES}), then {@link Publisher#publish} with its guards. Used by 登记发布情况 for every
 * published line of a batch and by the later registration of a line first marked 未发布.
 */
@Component
class PublishedLines {

  /** A summary kept as a string variable: its length before it is cut (ADR 0144). */
  static final int SUMMARY_MAX = 3900;

  /**
   * Art. 26: a line published after its item's due date says why (audit 33a F13, ADR 0144);
   * the reason is kept on the batch (latePublicationReason) and in the line.
   */
  static final PublishedLineRule LATE_REASON = new PublishedLineRule.RequiredField("lateReason",
      "逾期原因", "未说明", LATE_PUBLICATION_REASON, "……（其余逾期原因见发布登记）",
      // A line without a date is the publish guard's to refuse (publishedOn).
      line -> line.publication().dueOn() != null && line.publishedOn() != null
          && line.publishedOn().isAfter(line.publication().dueOn()),
      line -> {
        String reason = PublicationDrafts.text(line.values(), "lateReason");
        return reason == null || reason.length() > 2000 ? null : reason;
      },
      line -> "信息项" + line.publication().itemId() + "“" + line.publication().title() + "”在"
          + line.channel().label() + "的发布日期" + CaseLetters.chinese(line.publishedOn())
          + "晚于本项发布期限" + CaseLetters.chinese(line.publication().dueOn())
          + "（条例第二十六条）：请填写逾期原因，不超过2000字",
      (line, reason) -> line.published() + "，晚于发布期限"
          + CaseLetters.chinese(line.publication().dueOn()) + "：" + reason);

  /**
   * 处理后可公开: the office confirms, line by line, that the version published is the one the
   * review's 处理说明 describes (audit 33a F10, ADR 0147); kept in the batch's trail.
   */
  static final PublishedLineRule REDACTION_APPLIED = new PublishedLineRule.RequiredField(
      "redactionApplied", "已按处理说明处理后发布", "未经勾选", REDACTED_PUBLICATION_NOTE,
      "……（其余见发布登记）",
      line -> line.review().conclusion() == ReviewConclusion.RELEASABLE_REDACTED,
      line -> line.values().path("redactionApplied").asBoolean(false) ? "已按处理说明处理" : null,
      line -> "信息项" + line.publication().itemId() + "“" + line.publication().title()
          + "”经保密审查处理后方可公开，在" + line.channel().label() + "发布前须按处理说明处理：请勾选“"
          + "已按处理说明处理后发布”；处理说明：" + maskedNote(line.review()),
      (line, applied) -> line.published() + "，" + applied + "（" + groundLabel(line.review())
          + "；处理说明：" + maskedNote(line.review()) + "）");

  private final Publisher publisher;
  private final List<PublishedLineRule> rules;

  PublishedLines(Publisher publisher, Art44Release art44) {
    this.publisher = publisher;
    // Art. 44 items: the request's review is verified again from the register right before
    // the item goes public (the point of no return of a publication).
    PublishedLineRule art44Released = line -> {
      if (line.publication().sourceRequest() != null) {
        art44.requireReleased(line.engine(), line.publication().sourceRequest(),
            List.of(line.publication().itemId()), line.listField());
      }
      return null;
    };
    this.rules = List.of(LATE_REASON, REDACTION_APPLIED, art44Released);
  }

  /**
   * Runs the line rules in order and publishes the line (refused with nothing published if a
   * rule or the publish guard refuses); returns each rule's note, by rule.
   */
  Map<PublishedLineRule, String> publish(PublishedLineRule.Line line, String location,
      String publishedBy) {
    Map<PublishedLineRule, String> notes = new LinkedHashMap<>();
    for (PublishedLineRule rule : rules) {
      String note = rule.check(line);
      if (note != null) {
        notes.put(rule, note);
      }
    }
    publisher.publish(line.publication().itemId(), line.channel(), line.publishedOn(), location,
        publishedBy);
    return notes;
  }

  /** A summary kept as a string variable, cut below the 4000 characters one holds. */
  static String cut(String summary, String marker) {
    return summary.length() <= SUMMARY_MAX ? summary
        : summary.substring(0, SUMMARY_MAX) + marker;
  }

  /**
   * For an item reviewed 处理后可公开: its 处理说明 masked as the engine keeps the review's
   * {@code redactionNote} (ADR 0136; whole in the register).
   */
  static String maskedNote(ReviewRecord review) {
    return review.redactionNote() == null ? "无"
        : PersonalDataMasker.maskFreeText(review.redactionNote());
  }

  static String groundLabel(ReviewRecord review) {
    return review.ground() == null ? "未载明理由" : review.ground().label();
  }
}
