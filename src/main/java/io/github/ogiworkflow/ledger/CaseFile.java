package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.Appellant;
import io.github.ogiworkflow.appeal.ChallengedAct;
import io.github.ogiworkflow.audit.CaseTimeline;
import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.register.ReasonsRequestRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.publication.ProactiveSuggestions;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.security.StaffLinks;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The case page of the ledger: the request, its items with the review of each (conclusion,
 * ground, legal basis), the letters sent, the pauses of the reply clock, appeals and the audit
 * timeline ({@link CaseTimeline}, the audit trail's own). The applicant's identity number and
 * contact data are not shown (only the office's page /cases/{n}/applicant has them); the
 * request text goes through the personal-data masker, as the logs do.
 */
@Service
public class CaseFile {

  private final JdbcTemplate jdbc;
  private final CaseLedger ledger;
  private final CaseTimeline timeline;
  private final StaffAccess access;
  private final ReplyLetterRegister replies;
  private final ProactiveSuggestions suggestions;
  private final PublicationRegister publications;
  private final ReasonsRequestRegister reasons;

  public CaseFile(JdbcTemplate jdbc, CaseLedger ledger, CaseTimeline timeline,
      StaffAccess access, ReplyLetterRegister replies, ProactiveSuggestions suggestions,
      PublicationRegister publications, ReasonsRequestRegister reasons) {
    this.reasons = reasons;
    this.publications = publications;
    this.suggestions = suggestions;
    this.replies = replies;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.timeline = timeline;
    this.access = access;
  }

  /**
   * The case as JSON-ready maps, or null for an unknown tracking number; links into the
   * webapps as {@code links} allows them to the reader.
   */
  public Map<String, Object> of(String trackingNumber, StaffLinks links) {
    CaseLedger.Row row = ledger.one(trackingNumber);
    if (row == null) {
      return null;
    }
    Map<String, Object> body = new LinkedHashMap<>(LedgerController.json(row, links,
        ledger.running(List.of(row))));
    body.put("description", jdbc.queryForList("SELECT description FROM ogi_case WHERE"
        + " tracking_number = ?", String.class, trackingNumber).stream().findFirst()
        .map(PersonalDataMasker::maskRequest).orElse(null));
    List<Map<String, Object>> items = items(trackingNumber);
    // The reviewer by name, as the audit trail names people, not by login id: the name the
    // register recorded with the review (V86, ADR 0123), so a renamed or deleted account still
    // shows the name of the day (ADR 0127); looked up now only for reviews recorded before.
    Map<String, String> names = access.namesOf(items.stream()
        .filter(i -> i.get(RECORDED_NAME) == null).map(i -> (String) i.get("reviewer"))
        .filter(Objects::nonNull).collect(Collectors.toSet()));
    items.forEach(i -> {
      Object recorded = i.remove(RECORDED_NAME);
      i.computeIfPresent("reviewer", (k, id) -> recorded != null ? recorded
          : names.getOrDefault((String) id, (String) id));
    });
    body.put("items", items);
    body.put("letters", letters(jdbc, replies, trackingNumber));
    // 申请人建议主动公开 (Art. 44, ADR 0162): each item the applicant suggested, by 序号, with the
    // day received, the reason (masked as the review's note is) and who recorded it.
    body.put("proactiveSuggestions", suggestions.of(trackingNumber).stream().map(s -> {
      Map<String, Object> suggestion = new LinkedHashMap<>();
      suggestion.put("seq", s.seq());
      suggestion.put("title", PersonalDataMasker.mask(s.title()));
      suggestion.put("superseded", s.superseded());
      suggestion.put("suggestedOn", s.suggestedOn().toString());
      suggestion.put("reason", PersonalDataMasker.maskFreeText(s.reason()));
      suggestion.put("recordedByName", s.recordedByName() != null ? s.recordedByName()
          : s.recordedBy());
      // Voided as recorded in error (ADR 0173): shown struck, with why, who and when.
      suggestion.put("voided", s.voided());
      if (s.voided()) {
        suggestion.put("voidReason", PersonalDataMasker.maskFreeText(s.voiding().reason()));
        suggestion.put("voidedByName", s.voiding().voidedByName() != null
            ? s.voiding().voidedByName() : s.voiding().voidedBy());
        suggestion.put("voidedOn", s.voiding().voidedAt().atZone(
            io.github.ogiworkflow.calendar.OfficeTime.ZONE).toLocalDate().toString());
      }
      // The agency's answer (采纳 / 不予采纳, ADR 0183): the reasons masked as the suggestion's.
      suggestion.put("answer", s.answer() == null ? null : answer(s.answer()));
      return suggestion;
    }).toList());
    // Reasons the applicant gave on the public page (Art. 35, ADR 0163): when, for which request,
    // and the text masked as the engine holds it (whole on the office's applicant page).
    body.put("onlineReasons", reasons.onlineReasons(trackingNumber).stream().map(given -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("requestedOn", given.requestedOn().toString());
      line.put("dueOn", given.dueOn().toString());
      line.put("receivedOn", given.receivedOn().toString());
      line.put("inTime", !given.receivedOn().isAfter(given.dueOn()));
      line.put("text", PersonalDataMasker.maskFreeText(given.text()));
      return line;
    }).toList());
    body.put("pauses", jdbc.query("SELECT started_on, ended_on, working_days FROM ogi_case_pause"
        + " WHERE tracking_number = ? ORDER BY started_on, id", (rs, i) -> {
          Map<String, Object> pause = new LinkedHashMap<>();
          pause.put("startedOn", rs.getDate(1).toLocalDate().toString());
          pause.put("endedOn", rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()
              .toString());
          pause.put("workingDays", rs.getObject(3));
          return pause;
        }, trackingNumber));
    // Where the case has an appeal against the failure to reply, the others are labelled by
    // their act as well, so the two kinds are told apart by more than the docket number.
    boolean nonReplyAppealed = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_appeal WHERE"
        + " tracking_number = ? AND challenged_act = ?", Integer.class, trackingNumber,
        ChallengedAct.NON_REPLY.name()) > 0;
    body.put("appeals", jdbc.query("SELECT kind, instance_no, docket_no, served_on,"
        + " " + LeadershipFigures.APPEAL_RESULT + ", decided_on, appellant, appellant_name,"
        + " challenged_act FROM ogi_appeal a"
        + " WHERE tracking_number = ? ORDER BY served_on, id", (rs, i) -> {
          Map<String, Object> appeal = new LinkedHashMap<>();
          appeal.put("kindLabel", label(AppealKind.values(), rs.getString(1), AppealKind::label));
          appeal.put("instance", AppealKind.valueOf(rs.getString(1)).instanceLabel(rs.getInt(2)));
          appeal.put("docketNo", rs.getString(3));
          appeal.put("servedOn", rs.getDate(4).toLocalDate().toString());
          appeal.put("resultLabel", LeadershipFigures.APPEAL_RESULT_LABELS.getOrDefault(
              rs.getString(5), rs.getString(5)));
          LocalDate decided = rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate();
          appeal.put("decidedOn", decided == null ? null : decided.toString());
          // 提起人: the applicant, or a third party against the decision to disclose (Art. 32);
          // a complaint has none.
          appeal.put("appellantLabel", AppealKind.COMPLAINT.name().equals(rs.getString(1)) ? null
              : Appellant.valueOf(rs.getString(7)).describe(rs.getString(8)));
          // What it challenges (ADR 0081): 不服逾期未作答复 where no reply had been delivered;
          // 不服答复或决定 beside such an appeal (audit 28 F4), else nothing (the usual case).
          boolean complaint = AppealKind.COMPLAINT.name().equals(rs.getString(1));
          boolean nonReply = ChallengedAct.NON_REPLY.name().equals(rs.getString(9));
          appeal.put("challengedLabel", complaint ? null : nonReply
              ? ChallengedAct.NON_REPLY.label()
              : nonReplyAppealed ? ChallengedAct.REPLY.label() : null);
          return appeal;
        }, trackingNumber));
    body.put("timeline", timeline.of(trackingNumber).map(trail -> trail.entries().stream()
        .map(CaseFile::entry).toList()).orElse(List.of()));
    return body;
  }

  /**
   * The 文书 table: the letters sent (ogi_letter), and each reply signed and numbered but never
   * served that its case's closing recorded void (ADR 0136), marked 作废 with the day and the
   * reason and without a link (it is no letter of the case, LetterController), so the gap in
   * the 答 series shows on the page as in the audit trail; by date.
   */
  public static List<Map<String, Object>> letters(JdbcTemplate jdbc,
      ReplyLetterRegister replies, String trackingNumber) {
    List<Map<String, Object>> letters = new java.util.ArrayList<>(jdbc.query("SELECT id, kind,"
        + " title, issued_on, document_number FROM ogi_letter WHERE case_ref = ?"
        + " ORDER BY issued_on, id", (rs, i) -> {
          Map<String, Object> letter = new LinkedHashMap<>();
          letter.put("id", rs.getLong(1));
          letter.put("kind", rs.getString(2));
          letter.put("title", rs.getString(3));
          letter.put("issuedOn", rs.getDate(4).toLocalDate().toString());
          // The 文号 the letter was issued under, as staff compare it with the paper (audit
          // 32a, F11); null for a letter without one (e.g. a receipt-like notice).
          letter.put("documentNumber", rs.getString(5));
          // Its print view, for the same readers as this page (reply/LetterController).
          letter.put("path", Letters.printViewPath(trackingNumber, rs.getLong(1)));
          return letter;
        }, trackingNumber));
    for (ReplyLetterRegister.IssuedReply reply : replies.issuedOf(trackingNumber)) {
      if (reply.voidedOn() == null) {
        continue;
      }
      Map<String, Object> letter = new LinkedHashMap<>();
      letter.put("kind", LetterKind.REPLY.name());
      letter.put("title", LetterKind.REPLY.title());
      letter.put("issuedOn", reply.issuedOn() == null ? null : reply.issuedOn().toString());
      letter.put("documentNumber", reply.documentNumber());
      letter.put("voided", true);
      letter.put("voidNote", "作废（" + ChineseDateText.of(reply.voidedOn())
          + (reply.voidReason() == null ? "" : "：" + reply.voidReason()) + "）");
      letters.add(letter);
    }
    letters.sort(java.util.Comparator.comparing(
        (Map<String, Object> l) -> (String) l.get("issuedOn"),
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    return letters;
  }

  /** The reviewer's name recorded with the review (a key dropped before the page gets it). */
  private static final String RECORDED_NAME = "reviewerNameRecorded";

  private List<Map<String, Object>> items(String trackingNumber) {
    return jdbc.query("""
        SELECT i.seq, i.title, i.finding, i.where_public, i.responsible_agency, i.superseded_on,
          r.conclusion, r.withholding_ground, r.legal_basis, r.redaction_note, r.reviewer,
          r.reviewed_at, i.responsible_agency_contact, r.reviewer_name, i.not_ours_reason, i.id
        FROM ogi_info_item i LEFT JOIN ogi_item_review r ON r.item_id = i.id
        WHERE i.case_ref = ? ORDER BY i.superseded_on DESC NULLS FIRST, i.seq""", (rs, i) -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("seq", rs.getInt(1));
          item.put("title", PersonalDataMasker.mask(rs.getString(2)));
          item.put("findingLabel", label(ItemFinding.values(), rs.getString(3),
              ItemFinding::label));
          item.put("wherePublic", rs.getString(4));
          item.put("responsibleAgency", rs.getString(5));
          item.put("responsibleAgencyContact", rs.getString(13));
          item.put("notOursReason", rs.getString(15));
          item.put("superseded", rs.getDate(6) != null);
          item.put("conclusionLabel", rs.getString(7) == null ? null
              : label(ReviewConclusion.values(), rs.getString(7), ReviewConclusion::label));
          item.put("groundLabel", rs.getString(8) == null ? null
              : label(WithholdingGround.values(), rs.getString(8), WithholdingGround::label));
          item.put("legalBasis", rs.getString(9));
          // Names what is withheld, often the third party's data itself: masked as the reply
          // prints it (audit 32a F2, ADR 0131); ogi_item_review keeps it whole.
          item.put("redactionNote", PersonalDataMasker.maskFreeText(rs.getString(10)));
          item.put("reviewer", rs.getString(11));
          item.put(RECORDED_NAME, rs.getString(14));
          // The day in Beijing, whatever the server's zone (audit 35a F9): a review made at
          // 03:38 Beijing on 8 December is not dated the 7th.
          item.put("reviewedOn", rs.getTimestamp(12) == null ? null
              : LocalDate.ofInstant(rs.getTimestamp(12).toInstant(),
                  io.github.ogiworkflow.calendar.OfficeTime.ZONE).toString());
          // Its latest Art. 44 proposal (转为主动公开, ADR 0160, 0162), if any: batch and 状态.
          item.put("art44", publications.byItem(rs.getLong(16)).map(p -> {
            Map<String, Object> art44 = new LinkedHashMap<>();
            art44.put("batchNumber", p.batchRef());
            art44.put("statusLabel", p.status().label());
            return art44;
          }).orElse(null));
          return item;
        }, trackingNumber);
  }

  private static <E extends Enum<E>> String label(E[] values, String code,
      Function<E, String> label) {
    return Arrays.stream(values).filter(v -> v.name().equals(code)).findFirst().map(label)
        .orElse(code);
  }

  private static Map<String, Object> entry(Entry e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("at", e.at() == null ? null : e.dateOnly()
        ? e.at().atZone(io.github.ogiworkflow.calendar.OfficeTime.ZONE).toLocalDate().toString()
        : e.at().atZone(io.github.ogiworkflow.calendar.OfficeTime.ZONE).toLocalDateTime()
            .withNano(0).toString().replace('T', ' '));
    row.put("kindLabel", e.kindLabel());
    row.put("activity", e.activity());
    row.put("who", e.who());
    row.put("outcome", e.outcome());
    row.put("comment", e.comment());
    return row;
  }

  /** A suggestion's answer as the case page shows it (ADR 0183). */
  static Map<String, Object> answer(ProactiveSuggestions.Answer a) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("decision", a.decision().name());
    answer.put("decisionLabel", a.decision().label());
    answer.put("reason", PersonalDataMasker.maskFreeText(a.reason()));
    answer.put("answeredOn", a.answeredOn().toString());
    answer.put("answeredByName", a.answeredByName() != null ? a.answeredByName()
        : a.answeredBy());
    return answer;
  }
}
