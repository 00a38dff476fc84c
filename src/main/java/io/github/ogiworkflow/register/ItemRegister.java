package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import io.github.ogiworkflow.process.StaffAtTheTime;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Information items (信息项) of a case and their one secrecy review each (一事一审). Bean name
 * {@code itemRegister}: the models ask it for the items to review.
 */
@Repository("itemRegister")
public class ItemRegister {

  /**
   * An item as the office splits it from the request; {@code thirdPartyName} and
   * {@code otherAgencyName} name whom a consultation about it goes to (Art. 32, 34);
   * {@code responsibleAgency} and {@code responsibleAgencyContact} are the name and contact
   * details of the agency responsible for information this agency does not hold, which the
   * reply tells the applicant (Art. 36(五)), with {@code notOursReason}, why the information is
   * not this agency's (说明理由; ADR 0130).
   */
  public record NewItem(String title, ItemFinding finding, String wherePublic,
      String responsibleAgency, String responsibleAgencyContact, boolean thirdParty,
      boolean otherAgency, String thirdPartyName, String otherAgencyName, String notOursReason) {

    /** An item without a reason why it is not this agency's (any finding but NOT_HELD). */
    public NewItem(String title, ItemFinding finding, String wherePublic,
        String responsibleAgency, String responsibleAgencyContact, boolean thirdParty,
        boolean otherAgency, String thirdPartyName, String otherAgencyName) {
      this(title, finding, wherePublic, responsibleAgency, responsibleAgencyContact, thirdParty,
          otherAgency, thirdPartyName, otherAgencyName, null);
    }

    /** An item that needs no consultation, or whose consultees are not named. */
    public NewItem(String title, ItemFinding finding, String wherePublic,
        String responsibleAgency, boolean thirdParty, boolean otherAgency) {
      this(title, finding, wherePublic, responsibleAgency, null, thirdParty, otherAgency, null,
          null);
    }
  }

  /** The one review of an item. */
  public record Review(String reviewer, ReviewConclusion conclusion, WithholdingGround ground,
      String legalBasis, String redactionNote, String comment, boolean referred,
      LocalDate secrecyAnswerOn) {}

  /**
   * An item with its review, if it has one; {@code notOursReason}: why information not held
   * here is not this agency's (Art. 36(五)), null for other findings and items split before V93;
   * {@code thirdPartyObjected}: the item's own third party objected to its disclosure in this
   * round's consultation (Art. 32; ADR 0166: another party's objection does not count).
   */
  public record Item(long id, String caseRef, int seq, String title, ItemFinding finding,
      String wherePublic, String responsibleAgency, String responsibleAgencyContact,
      boolean thirdParty, boolean otherAgency, Review review, String notOursReason,
      boolean thirdPartyObjected) {

    /**
     * An item whose own third party's objection is not told apart: as before ADR 0166, every
     * item touching a third party counts as objected to when the case's objection stands.
     */
    public Item(long id, String caseRef, int seq, String title, ItemFinding finding,
        String wherePublic, String responsibleAgency, String responsibleAgencyContact,
        boolean thirdParty, boolean otherAgency, Review review, String notOursReason) {
      this(id, caseRef, seq, title, finding, wherePublic, responsibleAgency,
          responsibleAgencyContact, thirdParty, otherAgency, review, notOursReason, thirdParty);
    }

    /** An item without a reason why it is not this agency's. */
    public Item(long id, String caseRef, int seq, String title, ItemFinding finding,
        String wherePublic, String responsibleAgency, String responsibleAgencyContact,
        boolean thirdParty, boolean otherAgency, Review review) {
      this(id, caseRef, seq, title, finding, wherePublic, responsibleAgency,
          responsibleAgencyContact, thirdParty, otherAgency, review, null);
    }
  }

  private final JdbcTemplate jdbc;
  /** Lazily: the engine's expressions name this bean. */
  private final ObjectProvider<IdentityService> identity;

  public ItemRegister(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  public void add(String caseRef, List<NewItem> items) {
    int seq = nextSeq(caseRef);
    for (NewItem item : items) {
      jdbc.update("""
          INSERT INTO ogi_info_item (case_ref, seq, title, finding, where_public,
            responsible_agency, responsible_agency_contact, third_party, other_agency,
            third_party_name, other_agency_name, not_ours_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          caseRef, seq++, item.title(), item.finding().name(), item.wherePublic(),
          item.responsibleAgency(), item.responsibleAgencyContact(), item.thirdParty(),
          item.otherAgency(),
          item.thirdParty() ? item.thirdPartyName() : null,
          item.otherAgency() ? item.otherAgencyName() : null,
          item.finding() == ItemFinding.NOT_HELD ? item.notOursReason() : null);
    }
  }

  /**
   * Whom a consultation of the case goes to: the distinct names entered for its current items
   * that touch a third party ({@code thirdParty}) or were made with another agency (otherwise),
   * in item order.
   */
  public List<String> consultees(String caseRef, boolean thirdParty) {
    String column = thirdParty ? "third_party_name" : "other_agency_name";
    String flag = thirdParty ? "third_party" : "other_agency";
    return jdbc.queryForList("SELECT " + column + " FROM ogi_info_item WHERE case_ref = ? AND "
        + flag + " = TRUE AND " + column + " IS NOT NULL AND superseded_on IS NULL ORDER BY seq",
        String.class, caseRef).stream().distinct().toList();
  }

  /** The items that need a review before anything is released: those the agency holds. */
  public List<Long> heldItemIds(String caseRef) {
    return jdbc.queryForList("SELECT id FROM ogi_info_item WHERE case_ref = ? AND finding = ?"
        + " AND superseded_on IS NULL ORDER BY seq", Long.class, caseRef,
        ItemFinding.HELD.name());
  }

  /** Held items that still lack their review: must be none before a reply. */
  public List<Long> heldItemsWithoutReview(String caseRef) {
    return jdbc.queryForList("""
        SELECT i.id FROM ogi_info_item i LEFT JOIN ogi_item_review r ON r.item_id = i.id
        WHERE i.case_ref = ? AND i.finding = ? AND r.id IS NULL AND i.superseded_on IS NULL
        ORDER BY i.seq""",
        Long.class, caseRef, ItemFinding.HELD.name());
  }

  public String title(Long itemId) {
    return jdbc.queryForObject("SELECT title FROM ogi_info_item WHERE id = ?", String.class,
        itemId);
  }

  public String caseRefOf(Long itemId) {
    return jdbc.queryForObject("SELECT case_ref FROM ogi_info_item WHERE id = ?", String.class,
        itemId);
  }

  public List<Item> of(String caseRef) {
    return jdbc.query("""
        SELECT i.id, i.case_ref, i.seq, i.title, i.finding, i.where_public,
          i.responsible_agency, i.responsible_agency_contact, i.third_party, i.other_agency,
          i.not_ours_reason, i.third_party_objected_on, r.reviewer, r.conclusion,
          r.withholding_ground, r.legal_basis, r.redaction_note, r.review_comment, r.referred,
          r.secrecy_answer_on
        FROM ogi_info_item i LEFT JOIN ogi_item_review r ON r.item_id = i.id
        WHERE i.case_ref = ? AND i.superseded_on IS NULL ORDER BY i.seq""", (rs, n) -> item(rs),
        caseRef);
  }

  /** Records the item's one review, for the item's own case. */
  public void recordReview(long itemId, Review review) {
    recordReview(itemId, caseRefOf(itemId), review);
  }

  /**
   * Records the item's one review by the review process of case {@code reviewedFor}; a second
   * one violates the unique key and fails (the record step refuses it before, see
   * {@link #hasReview}).
   */
  public void recordReview(long itemId, String reviewedFor, Review review) {
    // The item's row first: a release file being uploaded for it commits before the review is
    // written (the review covers it), or waits and is refused (ADR 0142; audit 33b, F3).
    lockItem(itemId);
    // The reviewer as he is now, when he reviews: his name and groups (ADR 0123).
    StaffAtTheTime reviewer = StaffAtTheTime.now(identity, review.reviewer());
    jdbc.update("""
        INSERT INTO ogi_item_review (item_id, reviewer, reviewed_at, conclusion,
          withholding_ground, legal_basis, redaction_note, review_comment, referred,
          secrecy_answer_on, reviewed_for, reviewer_name, reviewer_groups)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        itemId, review.reviewer(), Timestamp.from(OfficeTime.now()),
        review.conclusion().name(), review.ground() == null ? null : review.ground().name(),
        review.legalBasis(), review.redactionNote(), review.comment(), review.referred(),
        review.secrecyAnswerOn() == null ? null : Date.valueOf(review.secrecyAnswerOn()),
        reviewedFor, reviewer.name(), reviewer.groups());
  }

  /**
   * Locks the item's row until the transaction ends: a review and a release file's upload of
   * one item meet here, so one waits for the other's commit (ADR 0142). Outside a transaction
   * it only waits for a holder to finish.
   */
  public void lockItem(long itemId) {
    jdbc.queryForList("SELECT id FROM ogi_info_item WHERE id = ? FOR UPDATE", Long.class, itemId);
  }

  public boolean hasReview(long itemId) {
    Integer count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM ogi_item_review WHERE item_id = ?", Integer.class, itemId);
    return count != null && count > 0;
  }

  /**
   * When the item's one review was given: the files it covered are those uploaded until then
   * (先审查、后公开).
   */
  public Optional<Instant> reviewedAt(long itemId) {
    return jdbc.queryForList("SELECT reviewed_at FROM ogi_item_review WHERE item_id = ?",
        Timestamp.class, itemId).stream().findFirst().map(Timestamp::toInstant);
  }

  /**
   * An item as the files' list names it: number, title, whether a later round replaced it, and
   * its one review (conclusion, reviewer, time), null while it has none (ADR 0159).
   */
  public record FileItem(long id, int seq, String title, boolean superseded,
      ReviewConclusion conclusion, String reviewer, Instant reviewedAt) {}

  /** Every item of the case, superseded ones included, with its review: what files belong to. */
  public List<FileItem> fileItems(String caseRef) {
    return jdbc.query("""
        SELECT i.id, i.seq, i.title, i.superseded_on, r.conclusion, r.reviewer, r.reviewed_at
        FROM ogi_info_item i LEFT JOIN ogi_item_review r ON r.item_id = i.id
        WHERE i.case_ref = ? ORDER BY i.seq, i.id""", (rs, n) -> {
          String conclusion = rs.getString(5);
          Timestamp reviewedAt = rs.getTimestamp(7);
          return new FileItem(rs.getLong(1), rs.getInt(2), rs.getString(3),
              rs.getDate(4) != null,
              conclusion == null ? null : ReviewConclusion.valueOf(conclusion), rs.getString(6),
              reviewedAt == null ? null : reviewedAt.toInstant());
        }, caseRef);
  }

  /** The case an item belongs to, if the item exists. */
  public Optional<String> findCaseRef(long itemId) {
    return jdbc.queryForList("SELECT case_ref FROM ogi_info_item WHERE id = ?", String.class,
        itemId).stream().findFirst();
  }

  /**
   * A held item with how many reviews it has, by whom, and for which case they were made;
   * {@code reviewerGroups}: the reviewer's groups when the review was recorded, null for a
   * review recorded before that was kept (ADR 0123).
   */
  public record HeldItemReviews(long itemId, int seq, String title, int reviews, String reviewer,
      String reviewedFor, String reviewerGroups) {}

  /** The current held items of a case with their reviews: what delivery re-verifies. */
  public List<HeldItemReviews> heldItemReviews(String caseRef) {
    return jdbc.query("""
        SELECT i.id, i.seq, i.title, COUNT(r.id), MAX(r.reviewer), MAX(r.reviewed_for),
          MAX(r.reviewer_groups)
        FROM ogi_info_item i LEFT JOIN ogi_item_review r ON r.item_id = i.id
        WHERE i.case_ref = ? AND i.finding = ? AND i.superseded_on IS NULL
        GROUP BY i.id, i.seq, i.title ORDER BY i.seq""",
        (rs, n) -> new HeldItemReviews(rs.getLong(1), rs.getInt(2), rs.getString(3),
            rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7)),
        caseRef, ItemFinding.HELD.name());
  }

  /** The name the reviews recorded for {@code userId} (the latest), if any (ADR 0123). */
  public Optional<String> recordedName(String userId) {
    return jdbc.queryForList("SELECT reviewer_name FROM ogi_item_review WHERE reviewer = ?"
        + " AND reviewer_name IS NOT NULL ORDER BY id DESC", String.class, userId).stream()
        .findFirst();
  }

  /** A reopened case searches anew: the first round's items stay on record, superseded. */
  public void supersedeItems(String caseRef, LocalDate on) {
    jdbc.update("UPDATE ogi_info_item SET superseded_on = ? WHERE case_ref = ?"
        + " AND superseded_on IS NULL", Date.valueOf(on), caseRef);
  }

  /**
   * Art. 32: the third party's consultation ended in an objection on {@code answeredOn}; the
   * case's current items that touch a third party keep it, also once a correction supersedes
   * them (ADR 0115).
   */
  public void markThirdPartyObjected(String caseRef, LocalDate answeredOn) {
    jdbc.update("UPDATE ogi_info_item SET third_party_objected_on = ? WHERE case_ref = ?"
        + " AND third_party = TRUE AND superseded_on IS NULL", Date.valueOf(answeredOn), caseRef);
  }

  /**
   * Art. 32 (ADR 0166): the consultation of the third party {@code party} ended in an objection
   * on {@code answeredOn}; only the case's current items that name that party keep it ({@code
   * party} null: the items whose third party was not named). Another party's items are decided
   * on that party's own answer.
   */
  public void markThirdPartyObjected(String caseRef, LocalDate answeredOn, String party) {
    jdbc.update("UPDATE ogi_info_item SET third_party_objected_on = ? WHERE case_ref = ?"
        + " AND third_party = TRUE AND superseded_on IS NULL AND "
        + (party == null ? "third_party_name IS NULL" : "third_party_name = ?"),
        party == null ? new Object[] {Date.valueOf(answeredOn), caseRef}
            : new Object[] {Date.valueOf(answeredOn), caseRef, party});
  }

  /**
   * The third parties of the case's current items, each once, in item order: the names entered
   * with the items, and null once for items whose third party was not named (ADR 0166: each gets
   * its own consultation).
   */
  public List<String> thirdParties(String caseRef) {
    return jdbc.queryForList("SELECT third_party_name FROM ogi_info_item WHERE case_ref = ?"
        + " AND third_party = TRUE AND superseded_on IS NULL ORDER BY seq", String.class, caseRef)
        .stream().distinct().toList();
  }

  /**
   * The titles of the case's current items that name the third party {@code party} (null: whose
   * third party was not named), in item order: what that party is consulted on, and nothing of
   * another party's (Art. 15, 32; ADR 0166).
   */
  public List<String> thirdPartyItemTitles(String caseRef, String party) {
    return jdbc.queryForList("SELECT title FROM ogi_info_item WHERE case_ref = ?"
        + " AND third_party = TRUE AND superseded_on IS NULL AND "
        + (party == null ? "third_party_name IS NULL" : "third_party_name = ?") + " ORDER BY seq",
        String.class, party == null ? new Object[] {caseRef} : new Object[] {caseRef, party});
  }

  /**
   * The ids of the case's current items that name the third party {@code party} (null: whose
   * third party was not named), in item order (ADR 0172: the items a late answer concerns).
   */
  public List<Long> thirdPartyItemIds(String caseRef, String party) {
    return jdbc.queryForList("SELECT id FROM ogi_info_item WHERE case_ref = ?"
        + " AND third_party = TRUE AND superseded_on IS NULL AND "
        + (party == null ? "third_party_name IS NULL" : "third_party_name = ?") + " ORDER BY seq",
        Long.class, party == null ? new Object[] {caseRef} : new Object[] {caseRef, party});
  }

  /**
   * An item of the case, of any round, that a third party objected to (Art. 32): its title, the
   * third party named with it, the day of the objection and the day the item was superseded
   * (null while current).
   */
  public record ObjectedItem(long id, int seq, String title, String thirdPartyName,
      LocalDate objectedOn, LocalDate supersededOn) {}

  /** Every item of the case a third party objected to, in any round, in item order. */
  public List<ObjectedItem> objectedItems(String caseRef) {
    return jdbc.query("""
        SELECT id, seq, title, third_party_name, third_party_objected_on, superseded_on
        FROM ogi_info_item WHERE case_ref = ? AND third_party_objected_on IS NOT NULL
        ORDER BY seq""", (rs, n) -> {
          Date superseded = rs.getDate(6);
          return new ObjectedItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
              rs.getDate(5).toLocalDate(), superseded == null ? null : superseded.toLocalDate());
        }, caseRef);
  }

  /**
   * The items of the case, of any round, that a third party objected to and that name the same
   * information as {@code title} ({@link SameInformation}).
   */
  public List<ObjectedItem> objectedSameAs(String caseRef, String title) {
    return objectedItems(caseRef).stream()
        .filter(objected -> SameInformation.same(objected.title(), title)).toList();
  }

  /**
   * One review as the audit trail shows it, superseded items included; {@code reviewerName}:
   * his name at the review (V86), null for reviews recorded before.
   */
  public record ReviewEntry(int seq, String title, String reviewer, Instant reviewedAt,
      ReviewConclusion conclusion, WithholdingGround ground, String legalBasis, String comment,
      boolean referred, String reviewerName) {}

  /** Every review of the case's items, earliest first (superseded rounds included). */
  public List<ReviewEntry> reviewsOf(String caseRef) {
    return jdbc.query("""
        SELECT i.seq, i.title, r.reviewer, r.reviewed_at, r.conclusion, r.withholding_ground,
          r.legal_basis, r.review_comment, r.referred, r.reviewer_name
        FROM ogi_item_review r JOIN ogi_info_item i ON i.id = r.item_id
        WHERE i.case_ref = ? ORDER BY r.reviewed_at""", (rs, n) -> {
          String ground = rs.getString(6);
          return new ReviewEntry(rs.getInt(1), rs.getString(2), rs.getString(3),
              rs.getTimestamp(4).toInstant(), ReviewConclusion.valueOf(rs.getString(5)),
              ground == null ? null : WithholdingGround.valueOf(ground), rs.getString(7),
              rs.getString(8), rs.getBoolean(9), rs.getString(10));
        }, caseRef);
  }

  private int nextSeq(String caseRef) {
    Integer max = jdbc.queryForObject(
        "SELECT MAX(seq) FROM ogi_info_item WHERE case_ref = ?", Integer.class, caseRef);
    return max == null ? 1 : max + 1;
  }

  private static Item item(ResultSet rs) throws SQLException {
    Review review = null;
    if (rs.getString("conclusion") != null) {
      String ground = rs.getString("withholding_ground");
      Date answerOn = rs.getDate("secrecy_answer_on");
      review = new Review(rs.getString("reviewer"),
          ReviewConclusion.valueOf(rs.getString("conclusion")),
          ground == null ? null : WithholdingGround.valueOf(ground),
          rs.getString("legal_basis"), rs.getString("redaction_note"),
          rs.getString("review_comment"), rs.getBoolean("referred"),
          answerOn == null ? null : answerOn.toLocalDate());
    }
    return new Item(rs.getLong("id"), rs.getString("case_ref"), rs.getInt("seq"),
        rs.getString("title"), ItemFinding.valueOf(rs.getString("finding")),
        rs.getString("where_public"), rs.getString("responsible_agency"),
        rs.getString("responsible_agency_contact"), rs.getBoolean("third_party"),
        rs.getBoolean("other_agency"), review, rs.getString("not_ours_reason"),
        rs.getDate("third_party_objected_on") != null);
  }
}
