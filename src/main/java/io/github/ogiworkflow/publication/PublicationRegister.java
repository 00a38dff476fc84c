package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.StaffAtTheTime;
import io.github.ogiworkflow.register.SqlLike;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of proactive disclosure (主动公开登记): every item with its category, channels,
 * review, approval and publication dates. The catalogue and the annual report read it. Bean
 * name {@code publicationRegister}: the model asks it for the items to review.
 */
@Repository("publicationRegister")
public class PublicationRegister {

  /**
   * An item as the office drafts it; once legal has confirmed or corrected it with the review,
   * its category and regulation kind and action are legal's (ADR 0151). {@code ownPeriod}: the
   * item's own statutory publication period with its 法律依据, null for its category's or Art.
   * 26's ({@link Art26DueDates#periodOf}). {@code repeals} is the 文号 a 废止 names (required
   * for one), {@code replaces} the 文号 of the published item a new version replaces (变更,
   * optional; ADR 0149).
   */
  public record Draft(String title, String docNumber, PublicationCategory category,
      String publishingUnit, List<PublicationChannel> channels, DisclosureAttribute attribute,
      RegulationKind regulationKind, RegulationKind.Action regulationAction,
      int licensingDecisions, int penaltyDecisions, int enforcementDecisions,
      BigDecimal feeAmount, LocalDate formedOn, Art26DueDates.Period ownPeriod, String repeals,
      String replaces) {

    /** The same draft classified as {@code category}, {@code kind} and {@code action}. */
    public Draft classifiedAs(PublicationCategory category, RegulationKind kind,
        RegulationKind.Action action) {
      return new Draft(title, docNumber, category, publishingUnit, channels, attribute, kind,
          action, licensingDecisions, penaltyDecisions, enforcementDecisions, feeAmount, formedOn,
          ownPeriod, repeals, replaces);
    }
  }

  /**
   * A publication item as registered; {@code repealsId} / {@code replacesId} the register's row
   * of the document a 废止 repeals / the item a new version replaces (V105, ADR 0149), null when
   * none (a 废止 registered before V105 or of a document issued before the register).
   */
  public record Publication(long id, String batchRef, long itemId, String sourceRequest,
      Draft draft, Boolean approvalRequired, String approvalDecision, String approvalComment,
      String approvedBy, PublicationStatus status, String notPublishedReason,
      LocalDate firstPublishedOn, LocalDate withdrawnOn, String withdrawalReason,
      LocalDate createdOn, LocalDate dueOn, Long repealsId, Long replacesId) {

    public String title() {
      return draft.title();
    }
  }

  /** The one secrecy review of an item, as the publish guard and the audit need it. */
  public record ReviewRecord(String reviewer, Instant reviewedAt, ReviewConclusion conclusion,
      WithholdingGround ground, String legalBasis, String redactionNote) {}

  /**
   * Publication on one channel; {@code publishedByName}: the recorder's name at the act (V109,
   * ADR 0153), null for rows recorded before.
   */
  public record ChannelRecord(PublicationChannel channel, LocalDate publishedOn, String location,
      String publishedBy, String publishedByName) {}

  /** A planned line (item, channel) the office did not publish, and why. */
  public record SkippedLine(PublicationChannel channel, String reason, String recordedBy) {}

  /**
   * One line of the catalogue (政府信息公开目录): the item, its place in its batch ({@code seq},
   * the 序号 of the batch's audit trail) and its channels.
   */
  public record CatalogueEntry(Publication publication, int seq, List<ChannelRecord> channels,
      Effect effect) {

    /**
     * The public 索引号 (Art. 12): the batch's number and the item's 序号 in it, e.g.
     * ZDGK-2026-000003-001. Stable (a batch's rows are never removed nor reordered) and no
     * database id (ADR 0146).
     */
    public String indexNumber() {
      return publication.batchRef() + "-" + String.format("%03d", seq);
    }
  }

  public record CataloguePage(long total, int page, int size, List<CatalogueEntry> entries) {}

  /**
   * 效力状态 of a catalogue entry (audit 33a F6, ADR 0149): {@code IN_FORCE} (有效) for a 规章 or
   * 行政规范性文件 issued and not ended, {@code REPEALED} (已废止) once a 废止 naming it is
   * published, {@code REPLACED} (已被替代) once a new version naming it is; {@code byDocNumber}
   * and {@code byIndexNumber} name that item, {@code on} its first publication. An item that is
   * neither a regulation's 制发 nor replaced has none (null).
   */
  public record Effect(String status, String label, String byDocNumber, String byIndexNumber,
      LocalDate on) {}

  /**
   * Table 二, Art. 20(1), one row (规章 or 行政规范性文件); {@code repealed} counts the 废止 and
   * the new versions that replace a document of the kind (ADR 0149).
   */
  public record RegulationCounts(int issued, int repealed, int inForce) {}

  private static final String COLUMNS = """
      id, batch_ref, item_id, source_request, title, doc_number, category, publishing_unit,
      channels, disclosure_attribute, regulation_kind, regulation_action, licensing_decisions,
      penalty_decisions, enforcement_decisions, fee_amount, approval_required,
      approval_decision, approval_comment, approved_by, status, not_published_reason,
      first_published_on, withdrawn_on, withdrawal_reason, created_at, formed_on, due_on,
      period_working_days, period_basis, period_calendar_days, repeals_doc_number, repeals_id,
      replaces_id""";

  private final JdbcTemplate jdbc;
  private final ObjectProvider<IdentityService> identity;

  /** A register that records publications without the recorder's name (none at hand). */
  public PublicationRegister(JdbcTemplate jdbc) {
    this(jdbc, null);
  }

  @Autowired
  public PublicationRegister(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /**
   * Registers the publication of an information item (ogi_info_item) in a batch; {@code
   * repealsId} and {@code replacesId} are the rows {@link #endable} found for the draft's
   * {@code repeals} and {@code replaces} (null for none).
   */
  public void insert(String batchRef, long itemId, String sourceRequest, Draft d,
      LocalDate dueOn, Long repealsId, Long replacesId) {
    jdbc.update("""
        INSERT INTO ogi_publication_item (batch_ref, item_id, source_request, title, doc_number,
          category, publishing_unit, channels, disclosure_attribute, regulation_kind,
          regulation_action, licensing_decisions, penalty_decisions, enforcement_decisions,
          fee_amount, status, created_at, formed_on, due_on, active_item_id, doc_number_key,
          period_working_days, period_basis, period_calendar_days, repeals_doc_number,
          repeals_doc_number_key, repeals_id, replaces_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
          ?, ?)""",
        batchRef, itemId, sourceRequest, d.title(), d.docNumber(), d.category().name(),
        d.publishingUnit(), d.channels().stream().map(Enum::name).collect(Collectors.joining(",")),
        d.attribute().name(), d.regulationKind().name(),
        d.regulationAction() == null ? null : d.regulationAction().name(),
        d.licensingDecisions(), d.penaltyDecisions(), d.enforcementDecisions(), d.feeAmount(),
        PublicationStatus.DRAFTED.name(), Timestamp.from(OfficeTime.now()),
        d.formedOn() == null ? null : Date.valueOf(d.formedOn()),
        dueOn == null ? null : Date.valueOf(dueOn), itemId, DocNumbers.key(d.docNumber()),
        d.ownPeriod() == null ? null : d.ownPeriod().days(),
        d.ownPeriod() == null ? null : d.ownPeriod().basis(),
        d.ownPeriod() == null ? null : d.ownPeriod().calendarDays(),
        d.repeals(), DocNumbers.key(d.repeals()), repealsId, replacesId);
  }

  /** The items of a batch that need their review here (not those carried over, Art. 44). */
  public List<Long> itemIdsToReview(String batchRef) {
    return jdbc.queryForList("SELECT item_id FROM ogi_publication_item WHERE batch_ref = ?"
        + " AND source_request IS NULL ORDER BY id", Long.class, batchRef);
  }

  public List<Publication> ofBatch(String batchRef) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE batch_ref = ?"
        + " ORDER BY id", (rs, i) -> publication(rs), batchRef);
  }

  /** The Art. 44 publications of request {@code sourceRequest}, of any batch (ADR 0118). */
  public List<Publication> ofSourceRequest(String sourceRequest) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE source_request = ?"
        + " ORDER BY id", (rs, i) -> publication(rs), sourceRequest);
  }

  /** The publication row {@code id}, if any. */
  public Optional<Publication> byId(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE id = ?",
        (rs, i) -> publication(rs), id).stream().findFirst();
  }

  /**
   * What a 废止 repeals as leadership and the trail read it (audit pubitem 3, ADR 0186): the
   * document's 文号, title, 形成日期 and first publication with its place in the register
   * (X政发〔2026〕5号《…》，2026年3月2日形成，2026年3月2日发布（ZDGK-…第1项）); a 文号 the register
   * has no 制发 of (a document issued before the system); null for any other row, and a note for
   * a 废止 that names nothing (registered before V105).
   */
  public String repealedDocument(Publication p) {
    if (p.draft().regulationAction() != RegulationKind.Action.REPEAL) {
      return null;
    }
    if (p.repealsId() != null) {
      Publication t = byId(p.repealsId()).orElseThrow(() -> new IllegalStateException(
          "Publication " + p.id() + " repeals row " + p.repealsId() + ", not in the register"));
      Integer seq = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_publication_item"
          + " WHERE batch_ref = ? AND id <= ?", Integer.class, t.batchRef(), t.id());
      return (t.draft().docNumber() == null ? "（无文号）" : t.draft().docNumber()) + "《"
          + PublicText.masked(t.title()) + "》"
          + (t.draft().formedOn() == null ? "" : "，" + CaseLetters.chinese(t.draft().formedOn())
              + "形成")
          + (t.firstPublishedOn() == null ? "" : "，" + CaseLetters.chinese(t.firstPublishedOn())
              + "发布")
          + "（" + t.batchRef() + "第" + seq + "项）";
    }
    return p.draft().repeals() == null ? "登记时未填写被废止文件的文号"
        : p.draft().repeals() + "（系统启用前制发，本系统无其登记）";
  }

  /**
   * The item's publication: its latest row. An item has more than one only when each earlier
   * row came to nothing (不予发布, audit 33a F8), so the latest is the one that stands.
   */
  public Optional<Publication> byItem(long itemId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE item_id = ?"
        + " ORDER BY id DESC", (rs, i) -> publication(rs), itemId).stream().findFirst();
  }

  /**
   * The item's publication that stands (any status but 不予发布: awaiting review, approval or
   * publication, published, withdrawn), if any (V98's {@code active_item_id}, audit 33a F8).
   */
  public Optional<Publication> standingOfItem(long itemId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE active_item_id = ?",
        (rs, i) -> publication(rs), itemId).stream().findFirst();
  }

  /**
   * A registration of the same document as {@code d} other than row {@code exceptId}: the same
   * 文号 ({@link DocNumbers#key}), regulation kind and action, neither 不予发布 nor withdrawn
   * (audit 33a F3); for a 制发 of a 规章 or 行政规范性文件 also the same title ({@link
   * DocNumbers#key} folding) and 形成日期 where either has no 文号 (audit pubitem 2, ADR 0186).
   * Empty for a draft without 文号 that is no such 制发.
   */
  public Optional<Publication> sameDocument(Draft d, long exceptId) {
    String key = DocNumbers.key(d.docNumber());
    boolean byTitle = isRegulationIssue(d) && d.formedOn() != null;
    if (key == null && !byTitle) {
      return Optional.empty();
    }
    List<Object> args = new ArrayList<>(List.of(d.regulationKind().name(),
        d.regulationAction() == null ? "-" : d.regulationAction().name(),
        PublicationStatus.NOT_PUBLISHED.name(), PublicationStatus.WITHDRAWN.name(), exceptId));
    List<String> same = new ArrayList<>();
    if (key != null) {
      same.add("doc_number_key = ?");
      args.add(key);
    }
    if (byTitle) {
      same.add((key == null ? "" : "doc_number_key IS NULL AND ") + DocNumbers.sqlKey("title")
          + " = ? AND formed_on = ?");
      args.add(DocNumbers.key(d.title()));
      args.add(Date.valueOf(d.formedOn()));
    }
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE regulation_kind = ?"
        + " AND COALESCE(regulation_action, '-') = ? AND status NOT IN (?, ?) AND id <> ? AND (("
        + String.join(") OR (", same) + ")) ORDER BY id", (rs, i) -> publication(rs),
        args.toArray()).stream().findFirst();
  }

  /** Whether {@code d} is a 制发 of a 规章 or 行政规范性文件 (table 二 counts it). */
  static boolean isRegulationIssue(Draft d) {
    return d.regulationKind() != RegulationKind.NONE
        && d.regulationAction() == RegulationKind.Action.ISSUE;
  }

  /**
   * How a refusal names the document {@code d} is the same as {@code other}: 文号“…” when both
   * have the one 文号, else “title”（形成日期…）.
   */
  public static String sameDocumentName(Draft d, Publication other) {
    String key = DocNumbers.key(d.docNumber());
    if (key != null && key.equals(DocNumbers.key(other.draft().docNumber()))) {
      return "文号“" + d.docNumber() + "”";
    }
    return "“" + PublicText.masked(d.title()) + "”（形成日期" + CaseLetters.chinese(d.formedOn())
        + (other.draft().docNumber() == null ? "" : "，已登记的文号为" + other.draft().docNumber())
        + "）";
  }

  /**
   * Where {@code p} stands, for a refusal that names it: 在ZDGK-2026-000003第1项“…”中待审查或审批,
   * 于2026年3月2日发布（ZDGK-…第1项“…”）; the title with numbers and e-mails masked.
   */
  public String standing(Publication p) {
    Integer seq = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_publication_item"
        + " WHERE batch_ref = ? AND id <= ?", Integer.class, p.batchRef(), p.id());
    String where = p.batchRef() + "第" + seq + "项“" + PublicText.masked(p.title()) + "”";
    return switch (p.status()) {
      case DRAFTED -> "在" + where + "中待审查或审批";
      case PUBLISHABLE -> "在" + where + "中待发布";
      case PUBLISHED -> "于" + CaseLetters.chinese(p.firstPublishedOn()) + "发布（" + where + "）";
      case WITHDRAWN -> "于" + CaseLetters.chinese(p.firstPublishedOn()) + "发布、"
          + CaseLetters.chinese(p.withdrawnOn()) + "撤回（" + where + "）";
      case NOT_PUBLISHED -> "在" + where + "中不予发布";
    };
  }

  /**
   * The item's publication as registered, its row locked until the transaction ends (ADR 0059's
   * row lock, here per published item): a second withdrawal of the item started at the same
   * moment, on any node, waits here and then sees the first one (audit round 23).
   */
  public Optional<Publication> lockByItem(long itemId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE item_id = ?"
        + " ORDER BY id DESC FOR UPDATE", (rs, i) -> publication(rs), itemId).stream()
        .findFirst();
  }

  public Optional<ReviewRecord> review(long itemId) {
    return jdbc.query("""
        SELECT reviewer, reviewed_at, conclusion, withholding_ground, legal_basis, redaction_note
        FROM ogi_item_review WHERE item_id = ?""", (rs, i) -> {
          String ground = rs.getString(4);
          return new ReviewRecord(rs.getString(1), rs.getTimestamp(2).toInstant(),
              ReviewConclusion.valueOf(rs.getString(3)),
              ground == null ? null : WithholdingGround.valueOf(ground), rs.getString(5),
              rs.getString(6));
        }, itemId).stream().findFirst();
  }

  /**
   * Legal's classification of a batch item with its review (audit 33a F11, ADR 0151): the
   * category, regulation kind and action become legal's, which the approval table, table 二 and
   * the catalogue read; the office's are kept in {@code drafted_*} (the first time only), who
   * and when in {@code classified_*}, and the note legal was shown.
   */
  public void recordClassification(long id, PublicationCategory category, RegulationKind kind,
      RegulationKind.Action action, String classifiedBy, String warning) {
    update("""
        drafted_category = COALESCE(drafted_category, category),
        drafted_regulation_kind = COALESCE(drafted_regulation_kind, regulation_kind),
        drafted_regulation_action = CASE WHEN drafted_category IS NULL THEN regulation_action
          ELSE drafted_regulation_action END,
        category = ?, regulation_kind = ?, regulation_action = ?, classified_by = ?,
        classified_at = ?, classification_warning = ?""", id, category.name(), kind.name(),
        action == null ? null : action.name(), classifiedBy, Timestamp.from(OfficeTime.now()),
        warning);
  }

  /**
   * Legal's classification of an item, if recorded: the office's values ({@code drafted*}) and
   * legal's ({@code category}, {@code kind}, {@code action}), who and when, the note shown.
   */
  public record Classification(PublicationCategory draftedCategory, RegulationKind draftedKind,
      RegulationKind.Action draftedAction, PublicationCategory category, RegulationKind kind,
      RegulationKind.Action action, String classifiedBy, Instant classifiedAt, String warning) {

    /** Whether legal changed anything the office typed. */
    public boolean corrected() {
      return draftedCategory != category || draftedKind != kind || draftedAction != action;
    }
  }

  /** The classifications of a batch's items by publication id (items never confirmed absent). */
  public Map<Long, Classification> classifications(String batchRef) {
    Map<Long, Classification> found = new java.util.HashMap<>();
    jdbc.query("""
        SELECT id, drafted_category, drafted_regulation_kind, drafted_regulation_action,
          category, regulation_kind, regulation_action, classified_by, classified_at,
          classification_warning
        FROM ogi_publication_item WHERE batch_ref = ? AND classified_at IS NOT NULL""", rs -> {
          found.put(rs.getLong(1), new Classification(
              PublicationCategory.valueOf(rs.getString(2)), RegulationKind.valueOf(rs.getString(3)),
              action(rs.getString(4)), PublicationCategory.valueOf(rs.getString(5)),
              RegulationKind.valueOf(rs.getString(6)), action(rs.getString(7)), rs.getString(8),
              rs.getTimestamp(9).toInstant(), rs.getString(10)));
        }, batchRef);
    return found;
  }

  private static RegulationKind.Action action(String name) {
    return name == null ? null : RegulationKind.Action.valueOf(name);
  }

  /**
   * Legal's 主动公开审核 of an Art. 44 item (ADR 0173): whether it belongs in the proactive scope,
   * holds personal information, and whether a third party consented only to the one request;
   * the note, who reviewed it (login id and the name of the day) and when.
   */
  public record ScopeReview(boolean inScope, boolean personalData, boolean consentLimited,
      String note, String reviewedBy, String reviewedByName, Instant reviewedAt) {

    /** Whether the review lets the item go public: in scope, nothing personal, no limit. */
    public boolean releases() {
      return inScope && !personalData && !consentLimited;
    }

    /** Why the review keeps the item from publication (Chinese), null if it releases it. */
    public String refusal() {
      if (releases()) {
        return null;
      }
      List<String> why = new ArrayList<>();
      if (!inScope) {
        why.add("不属于主动公开范围");
      }
      if (personalData) {
        why.add("含个人信息");
      }
      if (consentLimited) {
        why.add("第三方同意公开仅限于本申请");
      }
      return "经主动公开审核不予发布（" + String.join("、", why)
          + (note == null ? "" : "；" + note) + "）";
    }
  }

  /** The 主动公开审核 of publication row {@code id}, if recorded (ADR 0173). */
  public Optional<ScopeReview> scopeReview(long id) {
    return jdbc.query("""
        SELECT scope_in_scope, scope_personal_data, scope_consent_limited, scope_note,
          scope_reviewed_by, scope_reviewed_by_name, scope_reviewed_at
        FROM ogi_publication_item WHERE id = ? AND scope_reviewed_at IS NOT NULL""",
        (rs, n) -> new ScopeReview(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
        id).stream().findFirst();
  }

  /** Records legal's 主动公开审核 of publication row {@code id} by {@code reviewer}, once. */
  public void recordScopeReview(long id, boolean inScope, boolean personalData,
      boolean consentLimited, String note, String reviewer) {
    if (jdbc.update("""
        UPDATE ogi_publication_item SET scope_in_scope = ?, scope_personal_data = ?,
          scope_consent_limited = ?, scope_note = ?, scope_reviewed_by = ?,
          scope_reviewed_by_name = ?, scope_reviewed_at = ?
        WHERE id = ? AND scope_reviewed_at IS NULL""", inScope, personalData, consentLimited,
        note, reviewer, identity == null ? null : StaffAtTheTime.now(identity, reviewer).name(),
        Timestamp.from(OfficeTime.now()), id) != 1) {
      throw new IllegalStateException("Publication item " + id + " reviewed already");
    }
  }

  public void setApprovalRequired(long id, boolean required) {
    update("approval_required = ?", id, required);
  }

  public void recordApproval(long id, String decision, String comment, String decidedBy) {
    update("approval_decision = ?, approval_comment = ?, approved_by = ?, approved_at = ?", id,
        decision, comment, decidedBy, Timestamp.from(OfficeTime.now()));
  }

  /** Art. 26: the item's due date counted again (a year's holiday notice arrived). */
  public void setDueOn(long id, LocalDate dueOn) {
    update("due_on = ?", id, Date.valueOf(dueOn));
  }

  /**
   * A row that comes to nothing (不予发布) no longer stands for its item (V98): the item may be
   * proposed again (audit 33a F8).
   */
  public void setStatus(long id, PublicationStatus status, String reason) {
    update("status = ?, not_published_reason = ?" + (status == PublicationStatus.NOT_PUBLISHED
        ? ", active_item_id = NULL" : ""), id, status.name(), reason);
  }

  /** Records publication on one channel; the item counts as published from its first date. */
  public void addChannel(long id, PublicationChannel channel, LocalDate publishedOn,
      String location, String publishedBy) {
    // Who recorded it by his name at the act (ADR 0153): the trail keeps it after a rename.
    jdbc.update("""
        INSERT INTO ogi_publication_channel (publication_id, channel, published_on, location,
          published_by, recorded_at, published_by_name) VALUES (?, ?, ?, ?, ?, ?, ?)""", id,
        channel.name(), Date.valueOf(publishedOn), location, publishedBy,
        Timestamp.from(OfficeTime.now()),
        identity == null ? null : StaffAtTheTime.now(identity, publishedBy).name());
    jdbc.update("""
        UPDATE ogi_publication_item SET status = ?, first_published_on =
          (SELECT MIN(published_on) FROM ogi_publication_channel WHERE publication_id = ?)
        WHERE id = ?""", PublicationStatus.PUBLISHED.name(), id, id);
  }

  /**
   * Records that a planned line (item, channel) is not published, with the office's reason
   * (登记发布情况 accounts for every planned line).
   */
  public void skipChannel(long id, PublicationChannel channel, String reason, String recordedBy) {
    jdbc.update("""
        INSERT INTO ogi_publication_skip (publication_id, channel, reason, recorded_by,
          recorded_at) VALUES (?, ?, ?, ?, ?)""", id, channel.name(), reason, recordedBy,
        Timestamp.from(OfficeTime.now()));
  }

  /** A planned line marked 未发布: its reason, who recorded it and when. */
  public record SkipRecord(String reason, String recordedBy, Instant recordedAt) {}

  public Optional<SkipRecord> skippedLine(long id, PublicationChannel channel) {
    return jdbc.query("SELECT reason, recorded_by, recorded_at FROM ogi_publication_skip"
        + " WHERE publication_id = ? AND channel = ?", (rs, i) -> new SkipRecord(rs.getString(1),
            rs.getString(2), rs.getTimestamp(3).toInstant()), id, channel.name()).stream()
        .findFirst();
  }

  /**
   * A line marked 未发布, published later (audit 33a F4, ADR 0152): its publication (just added
   * by {@link Publisher#publish}) keeps what it replaced and its line rules' notes, and the
   * 未发布 line goes.
   */
  public void replaceSkip(long id, PublicationChannel channel, SkipRecord replaced,
      String notes) {
    jdbc.update("""
        UPDATE ogi_publication_channel SET replaced_reason = ?, replaced_by = ?, replaced_at = ?,
          line_notes = ? WHERE publication_id = ? AND channel = ?""", replaced.reason(),
        replaced.recordedBy(), Timestamp.from(replaced.recordedAt()), notes, id, channel.name());
    jdbc.update("DELETE FROM ogi_publication_skip WHERE publication_id = ? AND channel = ?", id,
        channel.name());
  }

  /** A later publication of a line first marked 未发布, as the batch's trail shows it. */
  public record LaterPublication(long itemId, PublicationChannel channel, LocalDate publishedOn,
      String location, String publishedBy, Instant recordedAt, SkipRecord replaced,
      String notes) {}

  public List<LaterPublication> laterPublications(String batchRef) {
    return jdbc.query("""
        SELECT p.item_id, c.channel, c.published_on, c.location, c.published_by, c.recorded_at,
          c.replaced_reason, c.replaced_by, c.replaced_at, c.line_notes
        FROM ogi_publication_channel c JOIN ogi_publication_item p ON p.id = c.publication_id
        WHERE p.batch_ref = ? AND c.replaced_at IS NOT NULL ORDER BY c.recorded_at, c.id""",
        (rs, i) -> new LaterPublication(rs.getLong(1), PublicationChannel.valueOf(
            rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6).toInstant(), new SkipRecord(rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant()), rs.getString(10)), batchRef);
  }

  public List<SkippedLine> skippedLines(long id) {
    return jdbc.query("SELECT channel, reason, recorded_by FROM ogi_publication_skip"
        + " WHERE publication_id = ? ORDER BY id", (rs, i) -> new SkippedLine(
            PublicationChannel.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), id);
  }

  public List<ChannelRecord> channels(long id) {
    return jdbc.query("SELECT channel, published_on, location, published_by, published_by_name"
        + " FROM ogi_publication_channel WHERE publication_id = ? ORDER BY published_on, id",
        (rs, i) -> new ChannelRecord(PublicationChannel.valueOf(rs.getString(1)),
            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5)), id);
  }

  public void withdraw(long id, LocalDate on, String reason, String approvedBy) {
    update("status = ?, withdrawn_on = ?, withdrawal_reason = ?, withdrawal_approved_by = ?", id,
        PublicationStatus.WITHDRAWN.name(), Date.valueOf(on), reason, approvedBy);
  }

  /** The catalogue: published items (not withdrawn), newest first, filtered and paged. */
  public CataloguePage catalogue(PublicationCategory category, PublicationChannel channel,
      int page, int size) {
    StringBuilder where = new StringBuilder(" FROM ogi_publication_item p WHERE p.status = ?");
    List<Object> args = new ArrayList<>(List.of(PublicationStatus.PUBLISHED.name()));
    if (category != null) {
      where.append(" AND p.category = ?");
      args.add(category.name());
    }
    if (channel != null) {
      where.append(" AND EXISTS (SELECT 1 FROM ogi_publication_channel c"
          + " WHERE c.publication_id = p.id AND c.channel = ?)");
      args.add(channel.name());
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
    args.add(size);
    args.add((long) page * size);
    // seq: the item's place in its batch, as batchLines numbers the lines (by id).
    List<CatalogueEntry> rows = jdbc.query("SELECT " + COLUMNS.replaceAll("(\\w+)", "p.$1")
        + ", (SELECT COUNT(*) FROM ogi_publication_item q WHERE q.batch_ref = p.batch_ref"
        + " AND q.id <= p.id) AS seq" + where
        + " ORDER BY p.first_published_on DESC, p.id DESC LIMIT ? OFFSET ?",
        (rs, i) -> new CatalogueEntry(publication(rs), rs.getInt("seq"), List.of(), null),
        args.toArray());
    Map<Long, Effect> ended = endings(rows.stream().map(e -> e.publication().id()).toList());
    return new CataloguePage(total == null ? 0 : total, page, size, rows.stream()
        .map(e -> new CatalogueEntry(e.publication(), e.seq(), channels(e.publication().id()),
            ended.getOrDefault(e.publication().id(), inForce(e.publication()))))
        .toList());
  }

  /** 有效 for a regulation's 制发 nothing has ended; null for any other item. */
  private static Effect inForce(Publication p) {
    return p.draft().regulationKind() != RegulationKind.NONE
        && p.draft().regulationAction() == RegulationKind.Action.ISSUE
        ? new Effect("IN_FORCE", "有效", null, null, null) : null;
  }

  /**
   * The rows among {@code ids} that a published (or published and withdrawn: a withdrawal undoes
   * nothing, ADR 0143) 废止 or new version ends, with what ended them (ADR 0149).
   */
  private Map<Long, Effect> endings(List<Long> ids) {
    Map<Long, Effect> ended = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return ended;
    }
    String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    // r: the row listed; t: the row a 废止 or new version e names, r itself or a copy of the
    // same 制发 registered twice (ADR 0186): the document ends for all its copies.
    jdbc.query("SELECT e.repeals_id, e.replaces_id, e.doc_number, e.batch_ref,"
        + " (SELECT COUNT(*) FROM ogi_publication_item q WHERE q.batch_ref = e.batch_ref"
        + " AND q.id <= e.id), e.first_published_on, r.id FROM ogi_publication_item e"
        + " JOIN ogi_publication_item t ON (e.repeals_id = t.id OR e.replaces_id = t.id)"
        + " JOIN ogi_publication_item r ON (r.id = t.id OR (" + sameIssue("r", "t") + "))"
        + " WHERE " + PUBLISHED_ONCE.replace("p.", "e.") + " AND r.id IN (" + in + ")"
        + " ORDER BY e.first_published_on, e.id", rs -> {
          boolean repealed = rs.getObject(1) != null;
          long id = rs.getLong(7);
          String doc = rs.getString(3);
          String index = rs.getString(4) + "-" + String.format("%03d", rs.getInt(5));
          LocalDate on = day(rs.getDate(6));
          String by = doc != null ? doc : index;
          ended.putIfAbsent(id, repealed
              ? new Effect("REPEALED", "已废止（" + by + "，" + CaseLetters.chinese(on) + "）", doc,
                  index, on)
              : new Effect("REPLACED", "已被替代（" + by + "）", doc, index, on));
        }, ids.toArray());
    return ended;
  }

  // ---- 废止 and 变更: which document a draft ends (audit 33a F5/F6, ADR 0149) ------------

  /**
   * The register's rows of the document {@code docNumber} names ({@link DocNumbers#key}) that a
   * 废止 or a new version of {@code kind} may end: a 制发 of the kind (for {@link
   * RegulationKind#NONE}, an item that is no regulation), newest first, locked until the
   * transaction ends, so two registrations naming one document run one after the other.
   */
  public List<Publication> lockDocumentsNamed(String docNumber, RegulationKind kind) {
    String key = DocNumbers.key(docNumber);
    if (key == null) {
      return List.of();
    }
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE doc_number_key = ?"
        + " AND regulation_kind = ? AND " + (kind == RegulationKind.NONE
            ? "regulation_action IS NULL" : "regulation_action = 'ISSUE'")
        + " ORDER BY id DESC FOR UPDATE", (rs, i) -> publication(rs), key, kind.name());
  }

  /** The row that ends (repeals or replaces) row {@code id} and stands (not 不予发布), if any. */
  public Optional<Publication> endedBy(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item WHERE (repeals_id = ?"
        + " OR replaces_id = ?) AND status <> ? ORDER BY id", (rs, i) -> publication(rs), id, id,
        PublicationStatus.NOT_PUBLISHED.name()).stream().findFirst();
  }

  /**
   * Links the 废止 {@code id}, which names no row yet, to the 制发 {@code target} (audit
   * pubitem 1, ADR 0186, checked by {@link RepealLinks}): its 文号 becomes the one the 废止
   * names where it named none; who linked it (login id and the name of the day) and when.
   */
  void linkRepeal(long id, Publication target, String linkedBy) {
    String doc = target.draft().docNumber();
    if (jdbc.update("""
        UPDATE ogi_publication_item SET repeals_id = ?,
          repeals_doc_number = COALESCE(repeals_doc_number, ?),
          repeals_doc_number_key = COALESCE(repeals_doc_number_key, ?), repeals_linked_by = ?,
          repeals_linked_by_name = ?, repeals_linked_at = ?
        WHERE id = ? AND repeals_id IS NULL AND regulation_action = 'REPEAL'""", target.id(),
        doc, DocNumbers.key(doc), linkedBy,
        identity == null ? null : StaffAtTheTime.now(identity, linkedBy).name(),
        Timestamp.from(OfficeTime.now()), id) != 1) {
      throw new IllegalStateException("Publication " + id + " is no repeal without its document");
    }
  }

  /** A 废止 linked to its document afterwards: who (login id, name of the day) and when. */
  public record RepealLink(String linkedBy, String linkedByName, Instant linkedAt) {}

  /** The 废止 of a batch linked to their documents afterwards, by publication id (ADR 0186). */
  public Map<Long, RepealLink> repealLinks(String batchRef) {
    Map<Long, RepealLink> links = new java.util.HashMap<>();
    jdbc.query("SELECT id, repeals_linked_by, repeals_linked_by_name, repeals_linked_at"
        + " FROM ogi_publication_item WHERE batch_ref = ? AND repeals_linked_at IS NOT NULL",
        rs -> {
          links.put(rs.getLong(1), new RepealLink(rs.getString(2), rs.getString(3),
              rs.getTimestamp(4).toInstant()));
        }, batchRef);
    return links;
  }

  /**
   * A standing 废止 of {@code kind} that names {@code docNumber} without a row of the register
   * (a document issued before the register), if any.
   */
  public Optional<Publication> earlierDocumentRepealed(String docNumber, RegulationKind kind) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_publication_item"
        + " WHERE repeals_doc_number_key = ? AND regulation_kind = ? AND repeals_id IS NULL"
        + " AND status <> ? ORDER BY id", (rs, i) -> publication(rs), DocNumbers.key(docNumber),
        kind.name(), PublicationStatus.NOT_PUBLISHED.name()).stream().findFirst();
  }

  /**
   * Standing 废止 of {@code kind} that name a document issued before the register (a 文号 and
   * no row): they take from the opening stock (ogi.report.in-force-at-start.*).
   */
  public int earlierDocumentsRepealed(RegulationKind kind) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_publication_item"
        + " WHERE regulation_kind = ? AND regulation_action = 'REPEAL' AND repeals_id IS NULL"
        + " AND repeals_doc_number IS NOT NULL AND status <> ?", Integer.class, kind.name(),
        PublicationStatus.NOT_PUBLISHED.name());
    return count == null ? 0 : count;
  }

  // The annual report (年度报告): figures come from these queries, never from hand counts
  // (ADR 0143, amending ADR 0110). Table 二 counts what the agency did: a 制发 or 废止 issued, a
  // decision taken, a fee collected, in the year the item was first published, whatever became
  // of the web page afterwards: a withdrawal (撤回) takes the page down, it does not undo a
  // decision, a fee or an issued document, and 现行有效 changes only by a registered 废止. The
  // legacy 主动公开信息数 and its channels count what stood published at the end of the year it
  // was published in: an item withdrawn in its own year was not information made available for
  // that year; withdrawn in a later year it stays in the year it was published. Either way an
  // item counts in one year only, so the 附表's cumulative column is the sum of the years.

  /** An item counted in a figure of the annual report, with the figure it adds. */
  public record CountedItem(String batchNumber, int seq, long itemId, String title,
      String docNumber, LocalDate publishedOn, LocalDate withdrawnOn, BigDecimal figure,
      String note) {}

  /** Published at least once (published now, or withdrawn later): table 二's items. */
  static final String PUBLISHED_ONCE =
      "p.status IN ('PUBLISHED', 'WITHDRAWN') AND p.first_published_on IS NOT NULL";

  /**
   * Stood published at the end of the year of {@code dateColumn} (ADR 0110 per item, ADR 0143):
   * published now, or withdrawn in a later year.
   */
  static String standingAtEndOfYearOf(String dateColumn) {
    return "(p.status = 'PUBLISHED' OR (p.status = 'WITHDRAWN' AND EXTRACT(YEAR FROM"
        + " p.withdrawn_on) > EXTRACT(YEAR FROM " + dateColumn + ")))";
  }

  /** A selection of counted items: FROM, WHERE with its arguments, the date and the figure. */
  private record Counted(String from, String where, String date, String figure, Object... args) {}

  private static Date yearStart(Integer year) {
    return Date.valueOf(year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1));
  }

  private static Date yearEnd(int year) {
    return Date.valueOf(LocalDate.of(year, 12, 31));
  }

  /**
   * SQL: row {@code t} is the same 制发 as row {@code p} of table 二 (its kind): the same 文号
   * key, or, where either has no 文号, the same title ({@link DocNumbers#sqlKey}) and 形成日期
   * (audit pubitem 2, ADR 0186).
   */
  static String sameIssue(String t, String p) {
    return t + ".regulation_kind = " + p + ".regulation_kind AND " + t
        + ".regulation_action = 'ISSUE' AND (" + t + ".doc_number_key = " + p
        + ".doc_number_key OR ((" + t + ".doc_number_key IS NULL OR " + p
        + ".doc_number_key IS NULL) AND " + t + ".formed_on = " + p + ".formed_on AND "
        + DocNumbers.sqlKey(t + ".title") + " = " + DocNumbers.sqlKey(p + ".title") + "))";
  }

  /**
   * SQL: the 制发 {@code p} is a copy (duplicate registration) of the same document published
   * before it (or the same day with a lower id): table 二 counts a document once, so only the
   * first publication of it counts, even for duplicates registered before the registration
   * refused them (audit pubitem 2, ADR 0186).
   */
  static final String LATER_COPY = "p.regulation_action = 'ISSUE' AND EXISTS (SELECT 1 FROM"
      + " ogi_publication_item d WHERE d.id <> p.id AND " + sameIssue("d", "p")
      + " AND d.status IN ('PUBLISHED', 'WITHDRAWN') AND d.first_published_on IS NOT NULL"
      + " AND (d.first_published_on < p.first_published_on OR (d.first_published_on"
      + " = p.first_published_on AND d.id < p.id)))";

  /**
   * 制发 or 废止 of {@code kind} first published from {@code fromYear} (null: ever) to {@code
   * toYear}. A new version that replaces a document of the kind (ADR 0149) is a 制发 and also
   * counts as the 废止 of the document it replaces, so 现行有效 = 制发 − 废止 stays true.
   */
  private static Counted regulations(RegulationKind kind, RegulationKind.Action action,
      Integer fromYear, int toYear) {
    return new Counted("ogi_publication_item p", PUBLISHED_ONCE + " AND p.regulation_kind = ?"
        + " AND (p.regulation_action = ?" + (action == RegulationKind.Action.REPEAL
            ? " OR (p.regulation_action = 'ISSUE' AND p.replaces_id IS NOT NULL)" : "")
        + ") AND NOT (" + LATER_COPY + ") AND p.first_published_on >= ?"
        + " AND p.first_published_on <= ?",
        "p.first_published_on", "1", kind.name(), action.name(), yearStart(fromYear),
        yearEnd(toYear));
  }

  /**
   * 现行有效 at the end of {@code year} beyond the opening stock, as documents (ADR 0149): the
   * 制发 of {@code kind} published by then that no 废止 or new version published by then ends
   * (+1 each), and the 废止 published by then that name no row of the register (−1 each): those
   * registered before V105 without the 文号 they repeal, and those of documents issued before
   * the register.
   */
  private static Counted inForce(RegulationKind kind, int year) {
    // Ended if a 废止 or new version ends it or a copy of it (a duplicate registration).
    String ended = "EXISTS (SELECT 1 FROM ogi_publication_item e JOIN ogi_publication_item t"
        + " ON (e.repeals_id = t.id OR e.replaces_id = t.id) WHERE (t.id = p.id OR ("
        + sameIssue("t", "p") + ")) AND e.status IN ('PUBLISHED', 'WITHDRAWN')"
        + " AND e.first_published_on <= ?)";
    return new Counted("ogi_publication_item p", PUBLISHED_ONCE + " AND p.regulation_kind = ?"
        + " AND p.first_published_on <= ? AND ((p.regulation_action = 'ISSUE' AND NOT " + ended
        + " AND NOT (" + LATER_COPY + ")) OR (p.regulation_action = 'REPEAL' AND p.repeals_id IS NULL))",
        "p.first_published_on", "CASE WHEN p.regulation_action = 'REPEAL' THEN -1 ELSE 1 END",
        kind.name(), yearEnd(year), yearEnd(year));
  }

  /** Items with a figure in {@code column} (decisions, fees) first published in the year. */
  private static Counted figures(String column, int year) {
    return new Counted("ogi_publication_item p", PUBLISHED_ONCE + " AND p." + column + " > 0"
        + " AND p.first_published_on >= ? AND p.first_published_on <= ?",
        "p.first_published_on", "p." + column, yearStart(year), yearEnd(year));
  }

  /** Items first published from {@code fromYear} to {@code toYear}, standing at that year's end. */
  private static Counted items(int fromYear, int toYear) {
    return new Counted("ogi_publication_item p", standingAtEndOfYearOf("p.first_published_on")
        + " AND p.first_published_on >= ? AND p.first_published_on <= ?",
        "p.first_published_on", "1", yearStart(fromYear), yearEnd(toYear));
  }

  /** Publications on {@code channel} from {@code fromYear} to {@code toYear}, standing as above. */
  private static Counted onChannel(PublicationChannel channel, int fromYear, int toYear) {
    return new Counted("ogi_publication_channel c JOIN ogi_publication_item p"
        + " ON p.id = c.publication_id", standingAtEndOfYearOf("c.published_on")
        + " AND c.channel = ? AND c.published_on >= ? AND c.published_on <= ?",
        "c.published_on", "1", channel.name(), yearStart(fromYear), yearEnd(toYear));
  }

  private BigDecimal sum(Counted c) {
    BigDecimal sum = jdbc.queryForObject("SELECT COALESCE(SUM(" + c.figure() + "), 0) FROM "
        + c.from() + " WHERE " + c.where(), BigDecimal.class, c.args());
    return sum == null ? BigDecimal.ZERO : sum;
  }

  /**
   * The items behind a figure, in the order published: batch, 信息项序号 (its line), 文号, and
   * for a 废止 or a new version what it ends (ADR 0149).
   */
  private List<CountedItem> list(Counted c) {
    return jdbc.query("SELECT p.batch_ref, (SELECT COUNT(*) FROM ogi_publication_item b"
        + " WHERE b.batch_ref = p.batch_ref AND b.id <= p.id), p.item_id, p.title, p.doc_number, "
        + c.date() + ", p.withdrawn_on, " + c.figure() + ", p.regulation_action,"
        + " p.repeals_doc_number, p.repeals_id, (SELECT COALESCE(r.doc_number, r.title)"
        + " FROM ogi_publication_item r WHERE r.id = p.replaces_id) FROM " + c.from()
        + " WHERE " + c.where() + " ORDER BY " + c.date() + ", p.id", (rs, i) -> {
          BigDecimal figure = rs.getBigDecimal(8);
          return new CountedItem(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
              rs.getString(5), day(rs.getDate(6)), day(rs.getDate(7)),
              figure, note(rs.getString(9), rs.getString(10),
                  rs.getObject(11) != null, rs.getString(12)));
        }, c.args());
  }

  /** What a 废止 or a new version ends, as a drill-down line says it; null for other items. */
  private static String note(String action, String repeals, boolean linked, String replaced) {
    if (RegulationKind.Action.REPEAL.name().equals(action)) {
      return repeals == null ? "废止（登记时未填写被废止文件的文号）"
          : linked ? "废止" + repeals : "废止" + repeals + "（系统启用前制发）";
    }
    return replaced == null ? null : "替代" + replaced;
  }

  /** Table 二, Art. 20(1): issued and repealed in the year, in force at its end. */
  public RegulationCounts regulationCounts(RegulationKind kind, int reportYear) {
    int issued = sum(regulations(kind, RegulationKind.Action.ISSUE, reportYear, reportYear))
        .intValue();
    int repealed = sum(regulations(kind, RegulationKind.Action.REPEAL, reportYear, reportYear))
        .intValue();
    int inForce = sum(regulations(kind, RegulationKind.Action.ISSUE, null, reportYear)).intValue()
        - sum(regulations(kind, RegulationKind.Action.REPEAL, null, reportYear)).intValue();
    return new RegulationCounts(issued, repealed, inForce);
  }

  /** The 制发 ({@code ISSUE}) or 废止 of {@code kind} counted in the year. */
  public List<CountedItem> regulationItems(RegulationKind kind, RegulationKind.Action action,
      int reportYear) {
    return list(regulations(kind, action, reportYear, reportYear));
  }

  /**
   * What 现行有效 at the year's end counts beyond the opening stock (ADR 0149): the documents of
   * {@code kind} in force then (+1), and the 废止 that name no document of the register (−1).
   */
  public List<CountedItem> inForceItems(RegulationKind kind, int reportYear) {
    return list(inForce(kind, reportYear));
  }

  /**
   * Repeals of {@code kind} registered and not yet published, refused or withdrawn: they will
   * count once published, so a repeal registered meanwhile counts them (RegulationsInForce).
   */
  public int pendingRepeals(RegulationKind kind) {
    Integer count = jdbc.queryForObject("""
        SELECT COUNT(*) FROM ogi_publication_item WHERE status IN (?, ?)
          AND regulation_kind = ? AND regulation_action = ?""", Integer.class,
        PublicationStatus.DRAFTED.name(), PublicationStatus.PUBLISHABLE.name(), kind.name(),
        RegulationKind.Action.REPEAL.name());
    return count == null ? 0 : count;
  }

  /**
   * Locks the row of {@code kind} in ogi_regulation_stock_lock until the transaction ends (V54,
   * ADR 0059's row lock): what checks 现行有效 and then lowers it (a repeal registered) takes it
   * first, so two such writes run one after the other on any node.
   */
  public void lockRegulationStock(RegulationKind kind) {
    if (jdbc.update("UPDATE ogi_regulation_stock_lock SET last_checked_at = ?"
        + " WHERE regulation_kind = ?", Timestamp.from(OfficeTime.now()), kind.name()) != 1) {
      throw new IllegalStateException("No stock row for " + kind + " (V54)");
    }
  }

  /** The register's columns of table 二, Art. 20(5), (6), (8), by figure name. */
  public static final Map<String, String> FIGURE_COLUMNS = Map.of("licensing",
      "licensing_decisions", "penalty", "penalty_decisions", "enforcement",
      "enforcement_decisions", "fees", "fee_amount");

  /** Table 二, Art. 20(5), (6), (8): decisions and fees (万元) of the items published in the year. */
  public Map<String, BigDecimal> decisionAndFeeTotals(int reportYear) {
    Map<String, BigDecimal> totals = new java.util.HashMap<>();
    FIGURE_COLUMNS.forEach((name, column) -> totals.put(name, sum(figures(column, reportYear))));
    totals.replaceAll((name, total) -> "fees".equals(name) ? total : new BigDecimal(
        total.toBigInteger()));
    return totals;
  }

  /** The items behind {@link #decisionAndFeeTotals}'s figure {@code name}, each with its figure. */
  public List<CountedItem> decisionAndFeeItems(String name, int reportYear) {
    return list(figures(FIGURE_COLUMNS.get(name), reportYear));
  }

  /** The day the register's first item was first published, if any was. */
  public java.util.Optional<LocalDate> firstPublishedOn() {
    Date first = jdbc.queryForObject(
        "SELECT MIN(first_published_on) FROM ogi_publication_item", Date.class);
    return java.util.Optional.ofNullable(first).map(Date::toLocalDate);
  }

  /** Items first published in the year, per category. */
  public Map<PublicationCategory, Integer> categoryCounts(int reportYear) {
    return categoryCounts(reportYear, reportYear);
  }

  /** Items first published from 1 January of {@code fromYear} to 31 December of {@code toYear}. */
  public Map<PublicationCategory, Integer> categoryCounts(int fromYear, int toYear) {
    Map<PublicationCategory, Integer> counts = new EnumMap<>(PublicationCategory.class);
    Arrays.stream(PublicationCategory.values()).forEach(c -> counts.put(c, 0));
    Counted c = items(fromYear, toYear);
    jdbc.query("SELECT p.category, COUNT(*) FROM " + c.from() + " WHERE " + c.where()
        + " GROUP BY p.category",
        rs -> {
          counts.put(PublicationCategory.valueOf(rs.getString(1)), rs.getInt(2));
        }, c.args());
    return counts;
  }

  /** The items behind {@link #categoryCounts(int, int)} (主动公开信息数). */
  public List<CountedItem> publishedItems(int fromYear, int toYear) {
    return list(items(fromYear, toYear));
  }

  /** Publications in the year per channel (an item on two channels counts on each). */
  public Map<PublicationChannel, Integer> channelCounts(int reportYear) {
    return channelCounts(reportYear, reportYear);
  }

  /** Publications per channel from 1 January of {@code fromYear} to 31 December of {@code toYear}. */
  public Map<PublicationChannel, Integer> channelCounts(int fromYear, int toYear) {
    Map<PublicationChannel, Integer> counts = new EnumMap<>(PublicationChannel.class);
    for (PublicationChannel channel : PublicationChannel.values()) {
      counts.put(channel, sum(onChannel(channel, fromYear, toYear)).intValue());
    }
    return counts;
  }

  /** The items behind {@link #channelCounts(int, int)} of {@code channel}, with that day. */
  public List<CountedItem> channelItems(PublicationChannel channel, int fromYear, int toYear) {
    return list(onChannel(channel, fromYear, toYear));
  }

  // ---- A batch's lines as its audit trail shows them (read only) ---------------------------

  /**
   * One line (item) of a batch with what the register knows of it: the item, its one secrecy
   * review (null until reviewed; an Art. 44 item's is the request's review, carried over), the
   * channels it was published on and the planned channels marked 未发布 with their reasons.
   */
  public record BatchLine(int seq, Publication publication, ReviewRecord review,
      List<ChannelRecord> published, List<SkippedLine> skipped) {}

  /** The lines of a batch in the order they were drafted; empty for an unknown number. */
  public List<BatchLine> batchLines(String batchRef) {
    List<Publication> items = ofBatch(batchRef);
    if (items.isEmpty()) {
      return List.of();
    }
    Map<Long, ReviewRecord> reviews = new java.util.HashMap<>();
    jdbc.query("""
        SELECT r.item_id, r.reviewer, r.reviewed_at, r.conclusion, r.withholding_ground,
          r.legal_basis, r.redaction_note
        FROM ogi_item_review r JOIN ogi_publication_item p ON p.item_id = r.item_id
        WHERE p.batch_ref = ?""", rs -> {
          String ground = rs.getString(5);
          reviews.put(rs.getLong(1), new ReviewRecord(rs.getString(2),
              rs.getTimestamp(3).toInstant(), ReviewConclusion.valueOf(rs.getString(4)),
              ground == null ? null : WithholdingGround.valueOf(ground), rs.getString(6),
              rs.getString(7)));
        }, batchRef);
    Map<Long, List<ChannelRecord>> published = new java.util.HashMap<>();
    jdbc.query("""
        SELECT c.publication_id, c.channel, c.published_on, c.location, c.published_by,
          c.published_by_name
        FROM ogi_publication_channel c JOIN ogi_publication_item p ON p.id = c.publication_id
        WHERE p.batch_ref = ? ORDER BY c.published_on, c.id""", rs -> {
          published.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
              new ChannelRecord(PublicationChannel.valueOf(rs.getString(2)),
                  rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                  rs.getString(6)));
        }, batchRef);
    Map<Long, List<SkippedLine>> skipped = new java.util.HashMap<>();
    jdbc.query("""
        SELECT s.publication_id, s.channel, s.reason, s.recorded_by
        FROM ogi_publication_skip s JOIN ogi_publication_item p ON p.id = s.publication_id
        WHERE p.batch_ref = ? ORDER BY s.id""", rs -> {
          skipped.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SkippedLine(
              PublicationChannel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
        }, batchRef);
    List<BatchLine> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Publication p = items.get(i);
      lines.add(new BatchLine(i + 1, p, reviews.get(p.itemId()),
          published.getOrDefault(p.id(), List.of()), skipped.getOrDefault(p.id(), List.of())));
    }
    return lines;
  }

  // ---- Batches as the ledger lists them (read only) ----------------------------------------

  /**
   * A publication batch (ZDGK-…) as the ledger shows it: registered on the day of its first
   * item, its items by status, the Art. 26 due date of the batch (the earliest item's, the
   * date its tasks are due, ADR 0034; null for an Art. 44 batch without dates), the last first
   * publication, and how many items are late: published after their due date, or due before
   * {@code today} and not published yet (the compliance check's rule, PublicationAudit).
   */
  public record BatchSummary(String batchRef, LocalDate registeredOn, int items, int drafted,
      int publishable, int published, int notPublished, int withdrawn, LocalDate dueOn,
      LocalDate lastPublishedOn, int lateItems) {

    /** REVIEWING while an item awaits review or approval, TO_PUBLISH, then DONE. */
    public String status() {
      return drafted > 0 ? "REVIEWING" : publishable > 0 ? "TO_PUBLISH" : "DONE";
    }

    /** 审查审批中, 待登记发布 or 已办结. */
    public String statusLabel() {
      return switch (status()) {
        case "REVIEWING" -> "审查审批中";
        case "TO_PUBLISH" -> "待登记发布";
        default -> "已办结";
      };
    }
  }

  /**
   * A batch with items still to review, approve or publish (待审查或审批, 待发布) that have an
   * Art. 26 due date: the earliest such item's {@code due_on} and how many there are (ADR 0144,
   * 期限监控 lists the batch by it). An item published, not published or withdrawn no longer
   * counts; an Art. 44 item given without a 形成日期 has no due date and never does.
   */
  public record OpenBatchDue(String batchRef, LocalDate registeredOn, int openItems,
      LocalDate dueOn) {}

  /** The batches with open items that have a due date, earliest due first (ADR 0144). */
  public List<OpenBatchDue> openBatchDues() {
    return jdbc.query("""
        SELECT batch_ref, MIN(created_at), COUNT(*), MIN(due_on) FROM ogi_publication_item
        WHERE status IN (?, ?) AND due_on IS NOT NULL
        GROUP BY batch_ref ORDER BY MIN(due_on), batch_ref""",
        (rs, i) -> new OpenBatchDue(rs.getString(1), LocalDate.ofInstant(
            rs.getTimestamp(2).toInstant(), OfficeTime.ZONE), rs.getInt(3),
            day(rs.getDate(4))),
        PublicationStatus.DRAFTED.name(), PublicationStatus.PUBLISHABLE.name());
  }

  /** The ledger's sort key of a batch: its number and registration day. */
  public record BatchKey(String batchRef, LocalDate registeredOn) {}

  /** The batches with these numbers, in no particular order; {@code today} for lateness. */
  public List<BatchSummary> batchSummaries(java.util.Collection<String> batchRefs,
      LocalDate today) {
    if (batchRefs.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(today)));
    args.addAll(batchRefs);
    return jdbc.query("""
        SELECT batch_ref, MIN(created_at), COUNT(*),
          SUM(CASE WHEN status = 'DRAFTED' THEN 1 ELSE 0 END),
          SUM(CASE WHEN status = 'PUBLISHABLE' THEN 1 ELSE 0 END),
          SUM(CASE WHEN status = 'PUBLISHED' THEN 1 ELSE 0 END),
          SUM(CASE WHEN status = 'NOT_PUBLISHED' THEN 1 ELSE 0 END),
          SUM(CASE WHEN status = 'WITHDRAWN' THEN 1 ELSE 0 END),
          MIN(due_on), MAX(first_published_on),
          SUM(CASE WHEN due_on IS NOT NULL AND (first_published_on > due_on
            OR (status IN ('DRAFTED', 'PUBLISHABLE') AND due_on < ?)) THEN 1 ELSE 0 END)
        FROM ogi_publication_item WHERE batch_ref IN (""" + String.join(",",
        java.util.Collections.nCopies(batchRefs.size(), "?")) + ") GROUP BY batch_ref",
        (rs, i) -> new BatchSummary(rs.getString(1), LocalDate.ofInstant(
            rs.getTimestamp(2).toInstant(), OfficeTime.ZONE), rs.getInt(3), rs.getInt(4),
            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), day(rs.getDate(9)),
            day(rs.getDate(10)), rs.getInt(11)), args.toArray());
  }

  /**
   * The ledger's search over batches: how many have a number containing {@code numberPart}
   * (any case; null: all) and were registered from {@code from} to {@code to} (office days;
   * null: open).
   */
  public long countBatches(String numberPart, LocalDate from, LocalDate to) {
    List<Object> args = new ArrayList<>();
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT batch_ref"
        + " FROM ogi_publication_item" + batchConditions(numberPart, from, to, args) + ") b",
        Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** See {@link #countBatches}: the first {@code limit} keys, newest registration first. */
  public List<BatchKey> batchKeys(String numberPart, LocalDate from, LocalDate to, int limit) {
    List<Object> args = new ArrayList<>();
    String grouped = batchConditions(numberPart, from, to, args);
    args.add(limit);
    return jdbc.query("SELECT batch_ref, MIN(created_at) AS registered FROM ogi_publication_item"
        + grouped + " ORDER BY registered DESC, batch_ref DESC LIMIT ?",
        (rs, i) -> new BatchKey(rs.getString(1), LocalDate.ofInstant(
            rs.getTimestamp(2).toInstant(), OfficeTime.ZONE)), args.toArray());
  }

  /** WHERE on the number, GROUP BY batch, HAVING on the first item's registration. */
  private static String batchConditions(String numberPart, LocalDate from, LocalDate to,
      List<Object> args) {
    StringBuilder sql = new StringBuilder();
    if (numberPart != null) {
      sql.append(" WHERE UPPER(batch_ref) LIKE ? ESCAPE '\\'");
      args.add(SqlLike.containingUpperCase(numberPart));
    }
    sql.append(" GROUP BY batch_ref");
    List<String> having = new ArrayList<>();
    if (from != null) {
      having.add("MIN(created_at) >= ?");
      args.add(Timestamp.from(from.atStartOfDay(OfficeTime.ZONE).toInstant()));
    }
    if (to != null) {
      having.add("MIN(created_at) < ?");
      args.add(Timestamp.from(to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant()));
    }
    if (!having.isEmpty()) {
      sql.append(" HAVING ").append(String.join(" AND ", having));
    }
    return sql.toString();
  }

  private void update(String assignments, long id, Object... values) {
    Object[] args = Arrays.copyOf(values, values.length + 1);
    args[values.length] = id;
    if (jdbc.update("UPDATE ogi_publication_item SET " + assignments + " WHERE id = ?", args)
        != 1) {
      throw new IllegalStateException("No publication item " + id + " in the register");
    }
  }

  private static Publication publication(ResultSet rs) throws SQLException {
    String action = rs.getString("regulation_action");
    Date first = rs.getDate("first_published_on");
    Date withdrawn = rs.getDate("withdrawn_on");
    Object required = rs.getObject("approval_required");
    Draft draft = new Draft(rs.getString("title"), rs.getString("doc_number"),
        PublicationCategory.valueOf(rs.getString("category")), rs.getString("publishing_unit"),
        Arrays.stream(rs.getString("channels").split(",")).map(PublicationChannel::valueOf)
            .toList(),
        DisclosureAttribute.valueOf(rs.getString("disclosure_attribute")),
        RegulationKind.valueOf(rs.getString("regulation_kind")),
        action == null ? null : RegulationKind.Action.valueOf(action),
        rs.getInt("licensing_decisions"), rs.getInt("penalty_decisions"),
        rs.getInt("enforcement_decisions"), rs.getBigDecimal("fee_amount"),
        day(rs.getDate("formed_on")), rs.getObject("period_working_days") == null ? null
            : Art26DueDates.Period.given(rs.getInt("period_working_days"),
                rs.getBoolean("period_calendar_days"), rs.getString("period_basis")), rs.getString("repeals_doc_number"), null);
    return new Publication(rs.getLong("id"), rs.getString("batch_ref"), rs.getLong("item_id"),
        rs.getString("source_request"), draft,
        required == null ? null : rs.getBoolean("approval_required"),
        rs.getString("approval_decision"), rs.getString("approval_comment"),
        rs.getString("approved_by"), PublicationStatus.valueOf(rs.getString("status")),
        rs.getString("not_published_reason"), first == null ? null : first.toLocalDate(),
        withdrawn == null ? null : withdrawn.toLocalDate(), rs.getString("withdrawal_reason"),
        LocalDate.ofInstant(rs.getTimestamp("created_at").toInstant(), OfficeTime.ZONE),
        day(rs.getDate("due_on")), rs.getObject("repeals_id") == null ? null
            : rs.getLong("repeals_id"), rs.getObject("replaces_id") == null ? null
            : rs.getLong("replaces_id"));
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
