package io.github.ogiworkflow.letter;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.ogiworkflow.process.ActingStaff;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Drafts letters from the templates under {@code letters/} (plain text with {@code ${name}}
 * placeholders, so a bureau can reword them) and issues them: every letter kept gets its 文号
 * ({@link DocumentNumbers}) and its Word document ({@link LetterDocuments}), stored with the
 * text, the date and the document's SHA-256 in the register (ogi_letter), in the transaction of
 * the step that sends it. A stored document is never rendered again.
 */
@Component
public class Letters {

  /**
   * A letter as kept in the register; {@code issuedBy}, {@code issuedByName}: the staff member
   * whose act issued it (V116, ADR 0161), by his name at the act; null for letters kept before
   * and for those a job issued (an asynchronous step, a timer); {@code issuedBySystem}: for a
   * letter a job kept, what set the system to issue it (V127, ADR 0174), else null.
   */
  public record Letter(long id, String caseRef, LetterKind kind, String title, String body,
      LocalDate issuedOn, String documentNumber, java.time.Instant keptAt, String issuedBy,
      String issuedByName, String issuedBySystem) {

    public Letter(long id, String caseRef, LetterKind kind, String title, String body,
        LocalDate issuedOn, String documentNumber, java.time.Instant keptAt, String issuedBy,
        String issuedByName) {
      this(id, caseRef, kind, title, body, issuedOn, documentNumber, keptAt, issuedBy,
          issuedByName, null);
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

  private final JdbcTemplate jdbc;
  private final DocumentNumbers numbers;
  private final LetterDocuments documents;
  private final AgencyProperties agency;
  private final Map<LetterKind, String> templates = new EnumMap<>(LetterKind.class);
  private final ObjectProvider<IdentityService> identity;

  /** Letters that record no issuer where no engine runs the step (tests that only draft). */
  public Letters(JdbcTemplate jdbc, DocumentNumbers numbers, LetterDocuments documents,
      AgencyProperties agency) {
    this(jdbc, numbers, documents, agency, null);
  }

  @Autowired
  public Letters(JdbcTemplate jdbc, DocumentNumbers numbers, LetterDocuments documents,
      AgencyProperties agency, ObjectProvider<IdentityService> identity) {
    this.identity = identity;
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.documents = documents;
    this.agency = agency;
    for (LetterKind kind : LetterKind.values()) {
      templates.put(kind, load(kind.templateName()));
    }
  }

  /** The agency the letters are issued by. */
  public AgencyProperties agency() {
    return agency;
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
    // A value written for "either applicant" (您（单位）) must have been addressed before it
    // reaches a letter: a real letter says 您 or 贵单位.
    if (text.indexOf(UNADDRESSED) >= 0) {
      throw new IllegalArgumentException("Letter " + kind + " still says " + UNADDRESSED);
    }
    return text.toString();
  }

  static final String UNADDRESSED = "您（单位）";

  /** Issues a letter today: numbers it, renders its document and keeps both. */
  public Letter keep(String caseRef, LetterKind kind, String body) {
    return keep(caseRef, kind, body, null);
  }

  /**
   * As {@link #keep(String, LetterKind, String)} with the 主送 given (e.g. the reconsideration
   * body an answer goes to) rather than read from the text.
   */
  public Letter keep(String caseRef, LetterKind kind, String body, String addressee) {
    if (kind.pleading()) {
      return keepPleading(caseRef, kind, body, addressee, null);
    }
    LocalDate today = OfficeTime.today();
    String number = numbers.next(agency.documentPrefix(), today.getYear(), kind);
    LetterDocuments.Parsed parsed = documents.parse(kind, body);
    byte[] docx = documents.render(new LetterDocuments.Content(kind, number,
        addressee != null ? addressee : parsed.addressee(), parsed.paragraphs(), today));
    return keepIssued(caseRef, kind, body, number, docx, today);
  }

  /**
   * Issues a pleading today (行政复议答复书, 行政答辩状, 行政上诉状; ADR 0051): numbered like every
   * letter, laid out as a pleading (parties, body, 此致 {@code addressedTo}, signature, date, 附,
   * the evidence list); the register keeps the whole document as its text, so the text shows
   * the layout the Word document has.
   */
  public Letter keepPleading(String caseRef, LetterKind kind, String text, String addressedTo,
      String evidence) {
    LocalDate today = OfficeTime.today();
    String number = numbers.next(agency.documentPrefix(), today.getYear(), kind);
    LetterDocuments.Pleading pleading = documents.pleading(kind, number, text, addressedTo,
        evidence, today);
    return keepIssued(caseRef, kind, pleading.text(), number, documents.render(pleading), today);
  }

  /**
   * Keeps a letter issued before (the reply, numbered and rendered when it became final), with
   * exactly its document.
   */
  public Letter keepIssued(String caseRef, LetterKind kind, String body, String documentNumber,
      byte[] docx, LocalDate issuedOn) {
    Timestamp keptAt = Timestamp.from(OfficeTime.now());
    // Who issued it: the staff member whose act (a task's completion, an API call) keeps it,
    // by his name at the act (ADR 0161); nobody for a job's.
    ActingStaff issuer = ActingStaff.now(identity);
    // A job's letter (ADR 0174): the system issued it, on the step before it.
    String bySystem = issuer.userId() == null && ActingStaff.bySystem()
        ? ActingStaff.AUTOMATIC_STEP : null;
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO ogi_letter (case_ref,"
          + " kind, title, body, issued_on, created_at, document_number, docx, docx_sha256,"
          + " issued_by, issued_by_name, issued_by_system)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, caseRef);
      insert.setString(2, kind.name());
      insert.setString(3, kind.title());
      insert.setString(4, body);
      insert.setDate(5, Date.valueOf(issuedOn));
      insert.setTimestamp(6, keptAt);
      insert.setString(7, documentNumber);
      insert.setBytes(8, docx);
      insert.setString(9, LetterFile.sha256(docx));
      insert.setString(10, issuer.userId());
      insert.setString(11, issuer.name());
      insert.setString(12, bySystem);
      return insert;
    }, key);
    return new Letter(key.getKey().longValue(), caseRef, kind, kind.title(), body, issuedOn,
        documentNumber, keptAt.toInstant(), issuer.userId(), issuer.name(), bySystem);
  }

  /** Drafts and issues in one step, for letters nobody edits before they go out. */
  public String send(String caseRef, LetterKind kind, Map<String, ?> values) {
    String body = draft(kind, values);
    keep(caseRef, kind, body);
    return body;
  }

  /** The 主送 of an issued letter, read from its text as its document renders it; null if none. */
  public String addresseeOf(Letter letter) {
    return documents.parse(letter.kind(), letter.body()).addressee();
  }

  /** The day the case's first letter of any kind went out, or null if none did. */
  public LocalDate firstIssuedOn(String caseRef) {
    Date first = jdbc.queryForObject(
        "SELECT MIN(issued_on) FROM ogi_letter WHERE case_ref = ?", Date.class, caseRef);
    return first == null ? null : first.toLocalDate();
  }

  /**
   * Whether a letter of this kind prints the application's receipt date: its template names
   * {@code ${receivedOn}} (本机关于…收到…), so a bureau's rewording is followed.
   */
  public boolean statesReceiptDate(LetterKind kind) {
    return templates.get(kind).contains("${" + RECEIVED_ON + "}");
  }

  /** The placeholder CaseLetters fills with the case's first receipt date. */
  static final String RECEIVED_ON = "receivedOn";

  /** The day the latest letter of this kind went out for the case, or null if none did. */
  public LocalDate latestIssuedOn(String caseRef, LetterKind kind) {
    return latestIssuedOn(of(caseRef), kind);
  }

  /**
   * As {@link #latestIssuedOn(String, LetterKind)}, from the case's letters already read
   * ({@link #of}, in issue order), for a caller that asks of several kinds.
   */
  public static LocalDate latestIssuedOn(List<Letter> issued, LetterKind kind) {
    return latest(issued, Set.of(kind)).map(Letter::issuedOn).orElse(null);
  }

  /** The day the first of these letters went out, or null if there is none. */
  public static LocalDate firstIssuedOn(List<Letter> issued) {
    return issued.stream().map(Letter::issuedOn).min(java.util.Comparator.naturalOrder())
        .orElse(null);
  }

  /**
   * The staff print view of an issued letter (served by reply/LetterController under the case
   * pages /cases/, which links it from the audit trail too).
   */
  public static String printViewPath(String caseRef, long letterId) {
    return "/cases/" + caseRef + "/letters/" + letterId;
  }

  /** An issued letter as the staff APIs name it: title, 文号 and its print view. */
  public static Map<String, Object> named(Letter letter) {
    Map<String, Object> named = new java.util.LinkedHashMap<>();
    named.put("title", letter.title());
    named.put("documentNumber", letter.documentNumber());
    named.put("path", printViewPath(letter.caseRef(), letter.id()));
    return named;
  }

  /**
   * Since ADR 0095 a 撤销收费通知书 issued while the reply clock ran tells the applicant the
   * date the reply period ends (…答复期限自本通知书发出之日起继续计算，至…届满): that date is
   * then kept as a 延期答复告知书's is (ADR 0094, 0104), by a receipt correction and a holiday
   * notice alike.
   */
  public static final String FEE_WITHDRAWAL_NAMES_DEADLINE = "；答复期限自本通知书发出之日起继续计算，至";

  /** Whether {@code letter} is a 撤销收费通知书 that named the reply deadline. */
  public static boolean namesReplyDeadline(Letter letter) {
    return letter.kind() == LetterKind.FEE_WITHDRAWAL_NOTICE && letter.body() != null
        && letter.body().contains(FEE_WITHDRAWAL_NAMES_DEADLINE);
  }

  /** The case's latest letter of one of these kinds, if any. */
  public Optional<Letter> latest(String caseRef, Set<LetterKind> kinds) {
    return latest(of(caseRef), kinds);
  }

  /** The latest of these letters (in issue order) of one of these kinds, if any. */
  public static Optional<Letter> latest(List<Letter> issued, Set<LetterKind> kinds) {
    return issued.stream().filter(l -> kinds.contains(l.kind()))
        .reduce((first, second) -> second);
  }

  public List<Letter> of(String caseRef) {
    return jdbc.query("SELECT id, case_ref, kind, title, body, issued_on, document_number,"
        + " created_at, issued_by, issued_by_name, issued_by_system FROM ogi_letter"
        + " WHERE case_ref = ? ORDER BY id",
        (rs, i) -> new Letter(rs.getLong(1), rs.getString(2), LetterKind.valueOf(rs.getString(3)),
            rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7),
            rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10),
            rs.getString(11)), caseRef);
  }

  /** The stored document of a letter of this case (empty for letters kept before issue 15). */
  public Optional<LetterFile> file(String caseRef, long letterId) {
    return jdbc.query("SELECT title, document_number, docx, docx_sha256 FROM ogi_letter"
        + " WHERE id = ? AND case_ref = ? AND docx IS NOT NULL", (rs, i) -> new LetterFile(
            LetterFile.fileName(rs.getString(1), rs.getString(2)), rs.getString(2),
            rs.getBytes(3), rs.getString(4).trim()), letterId, caseRef).stream().findFirst();
  }

  /** The latest stored document of this kind for the case. */
  public Optional<LetterFile> latestFile(String caseRef, LetterKind kind) {
    return jdbc.query("SELECT title, document_number, docx, docx_sha256 FROM ogi_letter"
        + " WHERE case_ref = ? AND kind = ? AND docx IS NOT NULL ORDER BY id DESC",
        (rs, i) -> new LetterFile(LetterFile.fileName(rs.getString(1), rs.getString(2)),
            rs.getString(2), rs.getBytes(3), rs.getString(4).trim()), caseRef, kind.name())
        .stream().findFirst();
  }

  private static String load(String name) {
    try {
      return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Missing letter template " + name, e);
    }
  }
}
