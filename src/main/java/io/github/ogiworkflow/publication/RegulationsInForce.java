package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 现行有效件数 of table 二, Art. 20(1), per {@link RegulationKind}: in force when the system
 * started (ogi.report.in-force-at-start.*, the bureau's count of regulations issued before the
 * register existed) + issued − repealed up to the year's end. The annual report prints it; the
 * registration of a batch refuses a repeal that would take it below zero (audit round 24, F4):
 * a repeal of something the register never had is an impossible count, refused at input. A
 * withdrawal (撤回) changes nothing here (ADR 0143): it takes a page down, it repeals nothing.
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
   * today, less the repeals registered and not yet published or refused, less the batch's
   * earlier repeals of the kind. The kinds repealed are locked first ({@link
   * PublicationRegister#lockRegulationStock}), so two batches registered at the same moment are
   * decided one after the other, the second counting what the first registered. {@code runtime}
   * is no longer read (a withdrawal awaiting approval lowered the stock before ADR 0143).
   */
  /**
   * Refuses (400 on {@code field}) legal's correction of an item to a repeal of {@code kind}
   * (ADR 0151) beyond what is in force less the repeals registered and not yet published, the
   * kind locked first as at registration.
   */
  void requireRepealable(RegulationKind kind, String field) {
    register.lockRegulationStock(kind);
    int available = atEndOf(kind, OfficeTime.today().getYear()) - register.pendingRepeals(kind);
    if (available <= 0) {
      throw new InvalidInput(field + ": repeals a " + kind.name() + " while the register has"
          + " none in force（废止" + kind.label() + "，但登记的现行有效" + kind.label()
          + "为0件（系统启用时现行有效" + atStart(kind) + "件，加已发布的制发件数，减已发布和待发布的废止件数），"
          + "不能再废止；请核对文件类型或制发、废止）");
    }
  }

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
          - register.pendingRepeals(k));
      if (available <= 0) {
        throw new InvalidInput("publicationItems[" + n + "].regulationAction: repeals a "
            + kind.name() + " while the register has none in force（第" + n + "项：废止"
            + kind.label() + "，但登记的现行有效" + kind.label() + "为0件（系统启用时现行有效"
            + atStart(kind) + "件，加已发布的制发件数，减已发布和待发布的废止件数），"
            + "不能再废止；请核对被废止的" + kind.label() + "是否已登记制发，或请管理员核对系统启用时现行有效件数）");
      }
      left.put(kind, available - 1);
    }
  }

  private static boolean isRepeal(Draft d) {
    return d.regulationAction() == RegulationKind.Action.REPEAL
        && d.regulationKind() != null && d.regulationKind() != RegulationKind.NONE;
  }


}
