package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_ITEM_ID;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 现行有效件数 of table 二, Art. 20(1), per {@link RegulationKind}: in force when the system
 * started (ogi.report.in-force-at-start.*, the bureau's count of regulations issued before the
 * register existed) + issued − repealed up to the year's end. The annual report prints it; the
 * registration of a batch refuses a repeal that would take it below zero (audit round 24, F4):
 * a repeal of something the register never had is an impossible count, refused at input; so is
 * the withdrawal of a published 制发 that the repeals registered still need.
 */
@Component
public class RegulationsInForce {

  private final PublicationRegister register;
  private final Map<RegulationKind, Integer> atStart = new EnumMap<>(RegulationKind.class);

  @Autowired
  public RegulationsInForce(PublicationRegister register,
      @Value("${ogi.report.in-force-at-start.rules:0}") int rulesAtStart,
      @Value("${ogi.report.in-force-at-start.normative-documents:0}") int normativeAtStart) {
    if (rulesAtStart < 0 || normativeAtStart < 0) {
      throw new IllegalArgumentException("ogi.report.in-force-at-start.* must not be negative");
    }
    this.register = register;
    atStart.put(RegulationKind.RULE, rulesAtStart);
    atStart.put(RegulationKind.NORMATIVE, normativeAtStart);
  }

  /** In force when the system started. */
  public int atStart(RegulationKind kind) {
    return atStart.getOrDefault(kind, 0);
  }

  /** In force at the end of {@code year}, as table 二 prints it. */
  public int atEndOf(RegulationKind kind, int year) {
    return atStart(kind) + register.regulationCounts(kind, year).inForce();
  }

  /**
   * Refuses, on publicationItems naming 第n项, a drafted repeal beyond what is in force: in force
   * today, less the repeals registered and not yet published or refused, less the published 制发
   * whose withdrawal is awaiting approval, less the batch's earlier repeals of the kind. The
   * kinds repealed are locked first ({@link PublicationRegister#lockRegulationStock}), so two
   * batches (or a batch and a withdrawal) registered at the same moment are decided one after
   * the other, the second counting what the first registered.
   */
  void requireRepealable(List<Draft> drafts, RuntimeService runtime) {
    drafts.stream().filter(RegulationsInForce::isRepeal).map(Draft::regulationKind)
        .distinct().sorted().forEach(register::lockRegulationStock);
    Map<RegulationKind, Integer> left = new EnumMap<>(RegulationKind.class);
    for (int n = 1; n <= drafts.size(); n++) {
      Draft d = drafts.get(n - 1);
      if (!isRepeal(d)) {
        continue;
      }
      RegulationKind kind = d.regulationKind();
      int available = left.computeIfAbsent(kind, k -> atEndOf(k, OfficeTime.today().getYear())
          - register.pendingRepeals(k) - withdrawalsPending(runtime, k, null));
      if (available <= 0) {
        throw new InvalidInput("publicationItems[" + n + "].regulationAction: repeals a "
            + kind.name() + " while the register has none in force（第" + n + "项：废止"
            + kind.label() + "，但登记的现行有效" + kind.label() + "为0件（系统启用时现行有效"
            + atStart(kind) + "件，加已发布的制发件数，减已发布和待发布的废止件数及正在撤回的制发件数），"
            + "不能再废止；请核对被废止的" + kind.label() + "是否已登记制发，或请管理员核对系统启用时现行有效件数）");
      }
      left.put(kind, available - 1);
    }
  }

  /**
   * Refuses, on publicationItemId, the withdrawal (撤回) of a published 制发 of a 规章 or
   * 行政规范性文件 that would take 现行有效 below zero at the end of any year from its
   * publication to this one, or below the repeals registered and not yet published (and the
   * other 制发 being withdrawn) today: those repeals would then repeal what is no longer in force
   * (audit round 24, F4). The kind's stock is locked first, as for a repeal. Any other item, and
   * the withdrawal of a repeal (which raises the stock), passes.
   */
  void requireWithdrawable(PublicationRegister.Publication p, RuntimeService runtime,
      String ownInstanceId) {
    RegulationKind kind = p.draft().regulationKind();
    if (kind == null || kind == RegulationKind.NONE
        || p.draft().regulationAction() != RegulationKind.Action.ISSUE) {
      return;
    }
    register.lockRegulationStock(kind);
    int thisYear = OfficeTime.today().getYear();
    int from = p.firstPublishedOn() == null ? thisYear
        : Math.min(p.firstPublishedOn().getYear(), thisYear);
    for (int year = from; year <= thisYear; year++) {
      int pending = year < thisYear ? 0
          : register.pendingRepeals(kind) + withdrawalsPending(runtime, kind, ownInstanceId);
      int after = atEndOf(kind, year) - 1 - pending;
      if (after < 0) {
        throw new InvalidInput("publicationItemId: withdrawing this issue of a " + kind.name()
            + " would leave " + after + " in force in " + year + "（撤回后，" + year + "年末登记的现行有效"
            + kind.label() + "将少于已登记的废止件数（系统启用时现行有效" + atStart(kind)
            + "件，加已发布的制发件数，减已发布"
            + (pending > 0 ? "和待发布的废止件数及正在撤回的制发件数" : "的废止件数")
            + "），不能撤回该" + kind.label() + "的制发；如废止登记有误，请先撤回相应的废止）");
      }
    }
  }

  private static boolean isRepeal(Draft d) {
    return d.regulationAction() == RegulationKind.Action.REPEAL
        && d.regulationKind() != null && d.regulationKind() != RegulationKind.NONE;
  }

  /**
   * Published 制发 of {@code kind} whose withdrawal runs (awaiting leadership's approval, or
   * approved and not yet recorded), other than {@code ownInstanceId}: once recorded they no
   * longer count, so a repeal or another withdrawal registered meanwhile counts them already.
   */
  private int withdrawalsPending(RuntimeService runtime, RegulationKind kind,
      String ownInstanceId) {
    if (runtime == null) {
      return 0;
    }
    int pending = 0;
    for (ProcessInstance other : runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PUBLICATION_WITHDRAWAL).list()) {
      if (other.getId().equals(ownInstanceId)) {
        continue;
      }
      Long itemId = itemId(runtime.getVariable(other.getId(), PUBLICATION_ITEM_ID));
      if (itemId != null && register.byItem(itemId).filter(q ->
          q.status() == PublicationStatus.PUBLISHED && q.draft().regulationKind() == kind
          && q.draft().regulationAction() == RegulationKind.Action.ISSUE).isPresent()) {
        pending++;
      }
    }
    return pending;
  }

  /** The item a withdrawal names, as its start form sent it (a number or its text). */
  private static Long itemId(Object named) {
    if (named instanceof Number n) {
      return n.longValue();
    }
    try {
      return named == null ? null : Long.valueOf(named.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
