package io.github.ogiworkflow.letter;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drafts letters from the templates under {@code letters/} (plain text with {@code ${name}}
 * placeholders, so a bureau can reword them) and keeps every letter sent, with its text and
 * date, in the register.
 */
@Component
public class Letters {

  /** A letter as kept in the register. */
  public record Letter(long id, String caseRef, LetterKind kind, String title, String body,
      LocalDate issuedOn) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

  private final JdbcTemplate jdbc;
  private final Map<LetterKind, String> templates = new EnumMap<>(LetterKind.class);

  public Letters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    for (LetterKind kind : LetterKind.values()) {
      templates.put(kind, load(kind.templateName()));
    }
  }

  /** The template filled in; a placeholder without a value is an error, never left blank. */
  public String draft(LetterKind kind, Map<String, ?> values) {
    Matcher matcher = PLACEHOLDER.matcher(templates.get(kind));
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      Object value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "Letter " + kind + " needs a value for ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(text, Matcher.quoteReplacement(value.toString()));
    }
    matcher.appendTail(text);
    return text.toString();
  }

  /** Keeps a letter as sent today. */
  public void keep(String caseRef, LetterKind kind, String body) {
    jdbc.update("INSERT INTO ogi_letter (case_ref, kind, title, body, issued_on, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", caseRef, kind.name(), kind.title(), body,
        Date.valueOf(OfficeTime.today()), Timestamp.from(OfficeTime.now()));
  }

  /** Drafts and keeps in one step, for letters nobody edits before they go out. */
  public String send(String caseRef, LetterKind kind, Map<String, ?> values) {
    String body = draft(kind, values);
    keep(caseRef, kind, body);
    return body;
  }

  public List<Letter> of(String caseRef) {
    return jdbc.query("SELECT id, case_ref, kind, title, body, issued_on FROM ogi_letter"
        + " WHERE case_ref = ? ORDER BY id", (rs, i) -> new Letter(rs.getLong(1),
            rs.getString(2), LetterKind.valueOf(rs.getString(3)), rs.getString(4),
            rs.getString(5), rs.getDate(6).toLocalDate()), caseRef);
  }

  private static String load(String name) {
    try {
      return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Missing letter template " + name, e);
    }
  }
}
