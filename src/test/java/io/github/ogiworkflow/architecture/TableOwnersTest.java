package io.github.ogiworkflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per register table (ADR 0001, issue 17): each {@code ogi_*} table is written
 * (INSERT, UPDATE, DELETE, MERGE) by exactly one class; every other class asks that owner. The
 * scan reads the string literals (text blocks included) of the main sources, so SQL written
 * anywhere else fails here, and a new table in a Flyway migration fails until it has an owner.
 */
class TableOwnersTest {

  /** Table → the one class (relative to io.github.ogiworkflow) that may write it. */
  static final Map<String, String> OWNERS = Map.ofEntries(
      Map.entry("ogi_annual_report", "report.AnnualReportRegister"),
      Map.entry("ogi_annual_report_run", "report.AnnualReportRegister"),
      Map.entry("ogi_annual_report_cell", "report.PublishedCells"),
      Map.entry("ogi_appeal", "appeal.AppealRegister"),
      Map.entry("ogi_appeal_party", "appeal.AppealParties"),
      Map.entry("ogi_appeal_pleading_block", "appeal.PleadingBlocks"),
      Map.entry("ogi_approval", "register.DecisionRegister"),
      Map.entry("ogi_attachment", "attachment.AttachmentRegister"),
      Map.entry("ogi_case", "register.CaseRegister"),
      Map.entry("ogi_fee_notice", "register.CaseRegister"),
      Map.entry("ogi_case_act", "register.CaseActRegister"),
      Map.entry("ogi_case_pause", "deadline.PauseLedger"),
      Map.entry("ogi_consultation", "consultation.ConsultationRegister"),
      Map.entry("ogi_date_change", "register.DateChangeRegister"),
      Map.entry("ogi_document_number", "letter.DocumentNumbers"),
      Map.entry("ogi_earlier_withdrawal", "register.CaseRegister"),
      Map.entry("ogi_file_access", "attachment.FileAccessLog"),
      Map.entry("ogi_holiday_notice", "holidaynotice.StoredHolidayNotices"),
      Map.entry("ogi_history_removal", "retention.HistoryRemovals"),
      Map.entry("ogi_history_cleanup", "retention.HistoryCleanups"),
      Map.entry("ogi_idempotency_key", "online.OnlineRegister"),
      Map.entry("ogi_online_access", "online.OnlineRegister"),
      Map.entry("ogi_online_access_code", "online.OnlineRegister"),
      Map.entry("ogi_office_query_code", "online.OfficeQueryCodes"),
      Map.entry("ogi_info_item", "register.ItemRegister"),
      Map.entry("ogi_proactive_suggestion", "publication.ProactiveSuggestions"),
      Map.entry("ogi_item_review", "register.ItemRegister"),
      Map.entry("ogi_letter", "letter.Letters"),
      Map.entry("ogi_maintenance_done", "privacy.PersonalDataBackfill"),
      Map.entry("ogi_personal_data_access", "privacy.PersonalDataAccessLog"),
      Map.entry("ogi_publication_item", "publication.PublicationRegister"),
      Map.entry("ogi_publication_channel", "publication.PublicationRegister"),
      Map.entry("ogi_publication_skip", "publication.PublicationRegister"),
      Map.entry("ogi_reasons_request", "register.ReasonsRequestRegister"),
      Map.entry("ogi_regulation_stock_lock", "publication.PublicationRegister"),
      Map.entry("ogi_reply_letter", "register.ReplyLetterRegister"),
      Map.entry("ogi_task_completion", "register.TaskCompletionRegister"),
      Map.entry("ogi_tracking_sequence", "intake.TrackingNumbers"));

  static final Path MAIN = Path.of("src/main/java/io/github/ogiworkflow");

  /** Text blocks first, then ordinary literals (escapes allowed). */
  static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"", Pattern.DOTALL);
  static final Pattern WRITE = Pattern.compile(
      "\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+(ogi_\\w+)",
      Pattern.CASE_INSENSITIVE);
  static final Pattern CREATE_TABLE =
      Pattern.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(ogi_\\w+)",
          Pattern.CASE_INSENSITIVE);

  record Write(String table, String writer) {}

  /** The SQL writes on register tables in a source text, with the writing class. */
  static List<Write> writes(String writer, String source) {
    List<Write> found = new ArrayList<>();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      Matcher write = WRITE.matcher(text);
      while (write.find()) {
        found.add(new Write(write.group(2).toLowerCase(), writer));
      }
    }
    return found;
  }

  @Test
  void everyRegisterTableIsWrittenOnlyByItsOwner() throws IOException {
    List<Write> writes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String writer = MAIN.relativize(file).toString().replace('/', '.')
            .replace('\\', '.').replaceAll("\\.java$", "");
        writes.addAll(writes(writer, Files.readString(file)));
      }
    }
    assertThat(writes).as("the scan finds the register's writes").hasSizeGreaterThan(20);

    List<String> violations = writes.stream()
        .filter(w -> !w.writer().equals(OWNERS.get(w.table())))
        .map(w -> w.writer() + " writes " + w.table() + ", owned by "
            + OWNERS.getOrDefault(w.table(), "nobody (add it to OWNERS)"))
        .distinct().toList();
    assertThat(violations).as("write through the table's owner (add a method there)").isEmpty();

    Set<String> written = new TreeSet<>(writes.stream().map(Write::table).toList());
    assertThat(written).as("every owner in the map writes its table (no stale entries)")
        .containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
  }

  @Test
  void everyTableOfTheMigrationsHasAnOwner() throws IOException {
    Map<String, String> created = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
        try {
          Matcher m = CREATE_TABLE.matcher(Files.readString(f));
          while (m.find()) {
            created.put(m.group(1).toLowerCase(), f.getFileName().toString());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    assertThat(created).as("the migrations create register tables").isNotEmpty();
    assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(created.keySet());
  }

  /** The scan itself: what it must catch and what it must leave alone. */
  @Test
  void theScanReadsLiteralsAndTextBlocks() {
    String source = """
        // UPDATE ogi_case in a comment is no write
        jdbc.update("UPDATE ogi_case SET x = ? WHERE id = ?");
        jdbc.update(\"""
            insert into ogi_info_item (a) VALUES (?)\""");
        jdbc.update("DELETE FROM ogi_letter" + " WHERE id = ?");
        jdbc.query("SELECT * FROM ogi_appeal");
        """;
    assertThat(writes("x.Y", source)).extracting(Write::table)
        .containsExactly("ogi_case", "ogi_info_item", "ogi_letter");
  }
}
