package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.APPROVAL_REQUIRED;
import static io.github.ogiworkflow.process.ProcessVariables.ART44_REVIEWS;
import static io.github.ogiworkflow.process.ProcessVariables.BATCH_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_ITEMS;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REVIEW_CARRIED_OVER;
import static io.github.ogiworkflow.process.ProcessVariables.TRACKING_NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.intake.TrackingNumbers;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * 登记拟公开信息: a drafted batch becomes information items awaiting their one review each; a
 * request's reviewed items (Art. 44) are carried over with their review, after the check that
 * the request's reply released them ({@link Art44Release}). Every row is validated before
 * anything is numbered or written; each item gets its Art. 26 due date ({@link Art26DueDates}).
 */
@Component
public class BatchRegistration {

  /**
   * A registered batch: its number, whether the reviews were carried over (Art. 44), its due
   * date (the earliest item's, null if none has one) and the variables the process runs on.
   */
  public record Registered(String batch, boolean reviewCarriedOver, LocalDate dueOn,
      Map<String, Object> variables) {}

  private final TrackingNumbers numbers;
  private final ItemRegister items;
  private final PublicationRegister register;
  private final Art44Release art44;
  private final Art26DueDates art26;
  private final RegulationsInForce inForce;
  private final DocumentEnds ends;
  private final Art44ReviewFacts art44Facts;

  public BatchRegistration(TrackingNumbers numbers, ItemRegister items,
      PublicationRegister register, Art44Release art44, Art26DueDates art26,
      RegulationsInForce inForce, DocumentEnds ends, Art44ReviewFacts art44Facts) {
    this.art44Facts = art44Facts;
    this.inForce = inForce;
    this.ends = ends;
    this.numbers = numbers;
    this.items = items;
    this.register = register;
    this.art44 = art44;
    this.art26 = art26;
  }

  /**
   * Refuses (400 on {@code publicationItems}, naming the row) a draft the register already has:
   * a request's item (Art. 44) with a publication that stands (awaiting review, approval or
   * publication, published or withdrawn; one that came to nothing may be proposed again, audit
   * 33a F8), and the same document (文号, regulation kind and action) registered and neither
   * 不予发布 nor withdrawn, in the register or earlier in this batch (audit 33a F3). Checked
   * before the batch is numbered.
   */
  private void requireNotRegistered(List<Draft> drafts, List<Long> carried) {
    Map<Long, Integer> itemRows = new HashMap<>();
    Map<String, Integer> documentRows = new HashMap<>();
    Map<String, Integer> titleRows = new HashMap<>();
    Map<String, Integer> unnumberedTitleRows = new HashMap<>();
    for (int n = 1; n <= drafts.size(); n++) {
      if (!carried.isEmpty()) {
        long itemId = carried.get(n - 1);
        Integer earlier = itemRows.putIfAbsent(itemId, n);
        if (earlier != null) {
          throw new InvalidInput("publicationItems[" + n + "].itemId is row " + earlier
              + "'s item（第" + n + "项：与第" + earlier + "项是同一信息项，只能登记一次）");
        }
        int row = n;
        register.standingOfItem(itemId).ifPresent(p -> {
          throw new InvalidInput("publicationItems[" + row + "].itemId is registered as "
              + p.batchRef() + " (" + p.status() + ")（第" + row + "项：本信息项已"
              + register.standing(p) + "，" + (p.status() == PublicationStatus.PUBLISHED
                  || p.status() == PublicationStatus.WITHDRAWN ? "不能重复发布" : "不能重复登记")
              + "）");
        });
      }
      Draft d = drafts.get(n - 1);
      String key = DocNumbers.key(d.docNumber());
      boolean byTitle = PublicationRegister.isRegulationIssue(d) && d.formedOn() != null;
      String kind = d.regulationKind() + "/" + d.regulationAction() + "/";
      Integer earlier = key == null ? null : documentRows.putIfAbsent(kind + key, n);
      String what = "第" + n + "项：文号“" + d.docNumber() + "”的同一文件" + action(d);
      if (earlier == null && byTitle) {
        // The same 制发 by its title and 形成日期 where either row has no 文号, as across batches
        // (PublicationRegister.sameDocument, ADR 0186); two 文号s tell two documents apart
        // (review37 F9).
        String title = kind + DocNumbers.key(d.title()) + "/" + d.formedOn();
        Integer anyEarlier = titleRows.putIfAbsent(title, n);
        Integer unnumberedEarlier = key == null ? unnumberedTitleRows.putIfAbsent(title, n)
            : unnumberedTitleRows.get(title);
        earlier = unnumberedEarlier != null ? unnumberedEarlier : key == null ? anyEarlier : null;
        if (earlier != null) {
          what = "第" + n + "项：“" + PublicText.masked(d.title()) + "”（形成日期"
              + io.github.ogiworkflow.letter.CaseLetters.chinese(d.formedOn()) + "）的同一文件"
              + action(d);
        }
      }
      if (earlier != null) {
        throw new InvalidInput("publicationItems[" + n + "].docNumber is row " + earlier
            + "'s document（" + what + "已是本批次第" + earlier + "项，同一文件只登记一次）");
      }
      int row = n;
      register.sameDocument(d, -1).ifPresent(p -> {
        throw new InvalidInput("publicationItems[" + row + "].docNumber is registered as "
            + p.batchRef() + " item " + p.itemId() + "（第" + row + "项："
            + PublicationRegister.sameDocumentName(d, p) + "的同一文件" + action(d) + "已"
            + register.standing(p) + "，不能重复登记；撤回或不予发布的登记除外）");
      });
    }
  }

  /** （制发行政规范性文件） for a regulation's draft, nothing for another item. */
  private static String action(Draft d) {
    return d.regulationAction() == null ? ""
        : "（" + d.regulationAction().label() + d.regulationKind().label() + "）";
  }

  /**
   * Takes the stock row (V54) of each regulation kind the batch drafts, in one order, before the
   * same-document check: two batches registering the same 制发 at the same moment, on any node,
   * are decided one after the other, so the second sees the first (audit pubitem 2, ADR 0186).
   */
  private void lockRegulationKinds(List<Draft> drafts) {
    drafts.stream().map(Draft::regulationKind).filter(k -> k != RegulationKind.NONE).distinct()
        .sorted().forEach(register::lockRegulationStock);
  }

  /**
   * Registers the batch drafted in {@code publicationItems} (the start form's list), numbered
   * {@code batch} if the start gave a business key, else the next ZDGK number; {@code source}
   * is the request of an Art. 44 batch, else null. Bad input: {@link InvalidInput}, nothing
   * written.
   */
  public Registered register(ProcessEngineServices engine, String batch, String source,
      Object publicationItems) {
    List<JsonNode> rows = PublicationDrafts.rows(publicationItems, PUBLICATION_ITEMS);
    if (rows.isEmpty()) {
      throw new InvalidInput("publicationItems: at least one item（请至少填写一项拟公开信息）");
    }
    // Validate every row before anything is written or numbered.
    List<Draft> drafts = new ArrayList<>();
    List<Long> carried = new ArrayList<>();
    Map<Long, Item> requestItems = source == null ? Map.of() : art44.itemsOf(source);
    for (int n = 1; n <= rows.size(); n++) {
      JsonNode row = rows.get(n - 1);
      String defaultTitle = null;
      if (source != null) {
        Item item = Art44Release.itemNamed(source, requestItems, row, n);
        carried.add(item.id());
        defaultTitle = item.title();
      }
      drafts.add(PublicationDrafts.draft(row, n, defaultTitle));
    }
    lockRegulationKinds(drafts);
    requireNotRegistered(drafts, carried);
    // 现行有效 never below zero (table 二): a repeal of what the register does not have in force.
    inForce.requireRepealable(drafts, engine == null ? null : engine.getRuntimeService());
    // Which document each 废止 repeals and each new version replaces (ADR 0149).
    List<DocumentEnds.Ends> ended = ends.resolve(drafts);
    if (source != null) {
      // Art. 44 releases the items to everyone: verified again from the register.
      art44.requireReleased(engine, source, carried, PUBLICATION_ITEMS);
    }
    if (batch == null) {
      batch = numbers.next(PublicationDelegates.BATCH_PREFIX, OfficeTime.today().getYear());
    }
    List<Long> itemIds = carried;
    if (source == null) {
      items.add(batch, drafts.stream()
          .map(d -> new NewItem(d.title(), ItemFinding.HELD, null, null, false, false))
          .toList());
      itemIds = items.heldItemIds(batch);
    }
    List<LocalDate> dueDates = new ArrayList<>();
    Art26DueDates.Period batchPeriod = Art26DueDates.ART_26;
    try {
      for (int i = 0; i < drafts.size(); i++) {
        // Art. 26 binds information in the proactive scope only: an item drafted as 依申请公开
        // or 不予公开 is never published by the batch, so it has no publication deadline
        // (audit round 25, F10).
        // Its own statutory period, its category's or Art. 26's (audit 33a F12, ADR 0151).
        LocalDate due = drafts.get(i).attribute() == DisclosureAttribute.PROACTIVE
            ? art26.itemDueOn(drafts.get(i)) : null;
        LocalDate earliest = Art26DueDates.earliest(dueDates);
        if (due != null && (earliest == null || due.isBefore(earliest))) {
          batchPeriod = Art26DueDates.periodOf(drafts.get(i));
        }
        register.insert(batch, itemIds.get(i), source, drafts.get(i), due,
            ended.get(i).repealsId(), ended.get(i).replacesId());
        dueDates.add(due);
      }
    } catch (DuplicateKeyException e) {
      // Only a registration of the same request item committed between the check above and
      // this insert (V98's constraint on the row that stands).
      throw new InvalidInput("publicationItems: an item was registered by another batch"
          + " meanwhile（其中的信息项刚被另一批次登记为主动公开，请核对后再提交）", e);
    }
    LocalDate batchDue = Art26DueDates.earliest(dueDates);
    Map<String, Object> variables = new HashMap<>(art26.variables(batchDue, batchPeriod));
    variables.put(TRACKING_NUMBER, batch);
    // The review forms label the number 批次编号 where this is set, else 受理编号 (a request's).
    variables.put(BATCH_NUMBER, batch);
    variables.put(REVIEW_CARRIED_OVER, source != null);
    if (source != null) {
      // 主动公开审核 (ADR 0173): legal answers for each item, the rows listed by the server.
      List<Map<String, Object>> reviews = new ArrayList<>();
      // What legal needs to judge, read-only (ADR 0183): computed here from the register.
      List<Map<String, Object>> facts = art44Facts.of(source, itemIds, drafts);
      for (int i = 0; i < drafts.size(); i++) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("itemId", itemIds.get(i));
        row.put("title", PublicText.masked(drafts.get(i).title()));
        row.put("sourceRequest", source);
        row.putAll(facts.get(i));
        row.put("inScope", null);
        row.put("personalData", null);
        row.put("consentLimited", null);
        row.put("comment", null);
        reviews.add(row);
      }
      variables.put(ART44_REVIEWS, org.camunda.spin.Spin.JSON(reviews));
    }
    // SecrecyReview's 答复期限 field reads replyDueDateText: a publication has no reply
    // deadline, so it stays empty; the review form shows publicationDueDateText (发布期限).
    variables.put(REPLY_DUE_DATE_TEXT, "");
    variables.put(APPROVAL_REQUIRED, false);
    return new Registered(batch, source != null, batchDue, variables);
  }
}
