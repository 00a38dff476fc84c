package io.github.ogiworkflow.publication;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.publication.PublicationRegister.ReviewRecord;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngineServices;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One rule a line (item, channel) must pass before it goes public, run in order by
 * {@link PublishedLines} right before {@link Publisher#publish}: a refusal is an
 * {@link InvalidInput} on the rule's field, nothing published. A rule may leave a note for the
 * batch's trail (e.g. the late line's reason, ADR 0144).
 */
interface PublishedLineRule {

  /**
   * A line about to be published: the item, the channel, the values the office sent for it
   * ({@code values}: the form's line or an API body), the item's review and the day published.
   * {@code formLacks} says whether the form the values came from lacks a field (a batch's
   * deployed form made before it; never for a form-less path); {@code listField} is the field
   * a refusal of the whole line names (the batch's list, or the API's item).
   */
  record Line(Publication publication, PublicationChannel channel, JsonNode values,
      ReviewRecord review, LocalDate publishedOn, Predicate<String> formLacks,
      ProcessEngineServices engine, String listField) {

    /** How the trail names the line: “title”在政府网站于2026年12月7日发布. */
    String published() {
      return "“" + publication.title() + "”在" + channel.label() + "于"
          + io.github.ogiworkflow.letter.CaseLetters.chinese(publishedOn) + "发布";
    }
  }

  /** Checks the line; returns its note for the trail, or null if it has none. */
  String check(Line line);

  /** The batch variable the notes of this rule are kept in (null: none). */
  default String variable() {
    return null;
  }

  /** What ends the notes of this rule when they are cut to fit the variable. */
  default String cutMarker() {
    return null;
  }

  /**
   * A field a line needs where {@code applies}: refused on the field when missing, unless the
   * form the line came from lacks it (a batch deployed before the field: its task could never
   * send it, so it is not held up; its note says it was not asked). One rule for every such
   * field (逾期原因, ADR 0144; 已按处理说明处理后发布, ADR 0147).
   *
   * @param field the line's key (and the 400's field)
   * @param label the form's label, named in the note of a line not asked
   * @param notAsked how the note ends for a line not asked (未说明, 未经勾选)
   * @param value the field's valid value on a line, null when missing or invalid
   * @param refusal the Chinese refusal of a line without it
   * @param note the trail's note from the line and its value (or the not-asked text)
   */
  record RequiredField(String field, String label, String notAsked, String variable,
      String cutMarker, Predicate<Line> applies, Function<Line, String> value,
      Function<Line, String> refusal, BiFunction<Line, String, String> note)
      implements PublishedLineRule {

    @Override
    public String check(Line line) {
      if (!applies.test(line)) {
        return null;
      }
      String given = value.apply(line);
      if (given != null) {
        return note.apply(line, given);
      }
      if (line.formLacks().test(field)) {
        return note.apply(line, "本批次的登记表单早于“" + label + "”，" + notAsked);
      }
      throw new InvalidInput(field + ": required for item " + line.publication().itemId()
          + " on " + line.channel().name() + "（" + refusal.apply(line) + "）");
    }
  }
}
