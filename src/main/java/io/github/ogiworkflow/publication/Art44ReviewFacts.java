package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.consultation.ConsultationRegister;
import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.consultation.ThirdPartySilence;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.logging.PersonalDataMasker.PersonalData;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.register.SameInformation;
import io.github.ogiworkflow.reply.ItemSummary;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What legal's 主动公开审核 of an Art. 44 item needs to judge (ADR 0183), computed by the server
 * from the register when the batch is registered and shown read-only on each row of
 * {@code art44Reviews}: the information and the scope proposed, the secrecy review made for the
 * request (conclusion, ground, basis, what was cut), personal data and the third party's answer,
 * and how many requests and applicants asked for the same information ({@link SameInformation})
 * and how many of them suggested publishing it. Free text is masked as the engine keeps it.
 */
@Component
public class Art44ReviewFacts {

  /**
   * The row fields this class fills, read-only on the form; 记录主动公开审核 writes them again
   * from the register over whatever the submit sent (review37 F2).
   */
  public static final List<String> FIELDS = List.of("scopeAccount", "secrecyReviewAccount",
      "personalDataAccount", "sameInformationAccount");

  private final JdbcTemplate jdbc;
  private final CaseRegister cases;
  private final ItemRegister items;
  private final ReleaseChecks releaseChecks;
  private final ConsultationRegister consultations;
  private final ThirdPartySilence thirdPartySilence;
  private final ProactiveSuggestions suggestions;

  public Art44ReviewFacts(JdbcTemplate jdbc, CaseRegister cases, ItemRegister items,
      ReleaseChecks releaseChecks, ConsultationRegister consultations,
      ThirdPartySilence thirdPartySilence, ProactiveSuggestions suggestions) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.items = items;
    this.releaseChecks = releaseChecks;
    this.consultations = consultations;
    this.thirdPartySilence = thirdPartySilence;
    this.suggestions = suggestions;
  }

  /**
   * The read-only fields of the review rows of items {@code itemIds} of request {@code source},
   * drafted as {@code drafts} (same order); the register's requests are read once per batch.
   */
  public List<Map<String, Object>> of(String source, List<Long> itemIds, List<Draft> drafts) {
    Map<Long, Item> ofSource = items.of(source).stream()
        .collect(Collectors.toMap(Item::id, i -> i));
    List<Asked> requested = requested();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int n = 0; n < itemIds.size(); n++) {
      Item item = ofSource.get(itemIds.get(n));
      if (item == null) {
        throw new IllegalStateException("Item " + itemIds.get(n) + " is not of " + source);
      }
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("scopeAccount", scope(source, item, drafts.get(n)));
      facts.put("secrecyReviewAccount", secrecyReview(item.review()));
      facts.put("personalDataAccount", personalData(source, item));
      facts.put("sameInformationAccount", sameInformation(item, requested));
      rows.add(facts);
    }
    return rows;
  }

  private String scope(String source, Item item, Draft draft) {
    StringBuilder text = new StringBuilder();
    cases.find(source).ifPresent(c -> text.append("来源申请的申请内容：")
        .append(PublicText.masked(c.description())).append('\n'));
    ItemSummary.Result result = ItemSummary.resultOf(item, releaseChecks.objectionUpheld(source));
    text.append("答复结果：").append(switch (result) {
      case RELEASED -> "予以公开";
      case REDACTED -> "部分公开（处理后公开）";
      default -> "未公开";
    }).append('\n');
    text.append("拟主动公开：信息类别 ").append(draft.category().label());
    if (draft.docNumber() != null && !draft.docNumber().isBlank()) {
      text.append("；文号 ").append(PublicText.masked(draft.docNumber()));
    }
    text.append("；发布渠道 ").append(draft.channels().stream().map(PublicationChannel::label)
        .collect(Collectors.joining("、")));
    if (draft.publishingUnit() != null) {
      text.append("；发布机构 ").append(PublicText.masked(draft.publishingUnit()));
    }
    return text.toString();
  }

  private static String secrecyReview(Review review) {
    if (review == null || review.conclusion() == null) {
      return "无保密审查记录";
    }
    StringBuilder text = new StringBuilder("结论：").append(review.conclusion().label());
    if (review.ground() != null) {
      text.append("\n理由：").append(review.ground().label());
    }
    if (review.legalBasis() != null && !review.legalBasis().isBlank()) {
      text.append("\n法律依据：").append(review.legalBasis());
    }
    if (review.redactionNote() != null && !review.redactionNote().isBlank()) {
      text.append("\n处理说明：").append(PersonalDataMasker.maskFreeText(review.redactionNote()));
    }
    if (review.comment() != null && !review.comment().isBlank()) {
      text.append("\n审查意见：").append(PersonalDataMasker.maskFreeText(review.comment()));
    }
    return text.toString();
  }

  private String personalData(String source, Item item) {
    Set<PersonalData> found = PersonalDataMasker.personalDataIn(item.title());
    Review review = item.review();
    boolean protectedParty = review != null && review.ground() == WithholdingGround.THIRD_PARTY
        && review.conclusion() == ReviewConclusion.RELEASABLE_REDACTED;
    StringBuilder text = new StringBuilder("信息名称中检出的个人信息：")
        .append(found.isEmpty() ? "无" : found.stream().sorted().map(PersonalData::label)
            .collect(Collectors.joining("、")))
        .append("\n保密审查为保护第三方合法权益（个人隐私、商业秘密等）作了处理：")
        .append(protectedParty ? "是" : "否");
    if (!item.thirdParty()) {
      return text.append("\n涉及第三方：否").toString();
    }
    text.append("\n涉及第三方：是");
    Consultation of = consultations.latestThirdPartyRound(source).stream()
        .filter(c -> thirdPartySilence.itemIdsOf(source, c).contains(item.id())).findFirst()
        .orElse(null);
    if (of == null) {
      return text.append("\n第三方意见：未征求第三方意见").toString();
    }
    text.append("（").append(of.party() == null ? "未填写名称" : PublicText.masked(of.party()))
        .append("）\n第三方意见：");
    if (of.answer() == null) {
      text.append("征求意见中，尚未答复");
    } else if (of.answer() == Answer.CONSENT) {
      text.append("同意公开").append(day(of.answeredOn()))
          .append("（同意是否仅限于本申请，请核对征求意见答复）");
    } else if (of.answer() == Answer.OBJECTION) {
      text.append("不同意公开").append(day(of.answeredOn()))
          .append("，本机关依公共利益决定公开（条例第三十二条）");
    } else {
      text.append("期限内未提出意见");
      if (of.lateAnswer() != null) {
        text.append("；逾期答复：").append(of.lateAnswer() == Answer.OBJECTION ? "不同意公开"
            : "同意公开").append(day(of.lateReceivedOn()));
      }
    }
    return text.toString();
  }

  private static String day(LocalDate date) {
    return date == null ? "" : "（" + ChineseDateText.of(date) + "）";
  }

  private record Asked(long itemId, String caseRef, String title, String applicant) {}

  /** The current items of every registered request (received and standing), with who asked. */
  private List<Asked> requested() {
    return jdbc.query("""
        SELECT i.id, i.case_ref, i.title, c.id_type, c.id_number, c.applicant_name
        FROM ogi_info_item i JOIN ogi_case c ON c.tracking_number = i.case_ref
        WHERE i.superseded_on IS NULL AND c.status NOT IN %s"""
        .formatted(CaseRegister.Status.NOT_RECEIVED_SQL), (rs, n) -> new Asked(rs.getLong(1),
            rs.getString(2), rs.getString(3), SameInformation.applicantKey(rs.getString(4),
                rs.getString(5), rs.getString(6))));
  }

  /**
   * The requests of {@code requested} whose items name the same information as {@code item},
   * the different applicants among them and their standing suggestions.
   */
  private String sameInformation(Item item, List<Asked> requested) {
    List<Asked> same = requested.stream()
        .filter(a -> SameInformation.same(a.title(), item.title())).toList();
    Set<String> requests = same.stream().map(Asked::caseRef)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    long applicants = same.stream().map(Asked::applicant).distinct().count();
    Map<Long, LocalDate> suggested = suggestions.suggestedOn(same.stream().map(Asked::itemId)
        .toList());
    Set<String> suggesting = same.stream().filter(a -> suggested.containsKey(a.itemId()))
        .map(Asked::caseRef).collect(Collectors.toCollection(LinkedHashSet::new));
    return "申请相同信息（名称相同或文号相同）的申请：" + requests.size() + "件（" + String.join("、",
        requests) + "），申请人" + applicants + "人；申请人建议主动公开的：" + suggesting.size() + "件"
        + (suggesting.isEmpty() ? "" : "（" + String.join("、", suggesting) + "）");
  }
}
