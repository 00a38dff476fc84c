package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.TextLimits;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 补充关联被废止文件 (audit pubitem 1, ADR 0186): a 废止 of a 规章 or 行政规范性文件 registered
 * without the document it repeals in the register (before V105, or naming a 文号 the register
 * then had no 制发 of) is linked to that document afterwards. Checked here from the register,
 * whatever calls it: the 废止 stands (not 不予发布) and names no row yet; the document is a 制发
 * of the same kind, published (a withdrawal repeals nothing, ADR 0143) no later than the 废止,
 * not ended by another 废止 or a new version, nor any copy of it; a 文号 the 废止 already names
 * must be the document's. A refusal is an {@link InvalidInput} on its field (Chinese), nothing
 * written. Both rows are locked first, so a second link or a registration naming the document
 * at the same moment waits and then sees this one. Table 二's figures stay: the 废止 counted
 * −1 unlinked in 现行有效 and now ends its document instead.
 */
@Component
public class RepealLinks {

  private final PublicationRegister register;

  RepealLinks(PublicationRegister register) {
    this.register = register;
  }

  /**
   * Links the 废止 item {@code itemId} (信息项编号) to the published 制发 numbered {@code
   * repeals} (文号, brackets and blanks folded), recorded as {@code linkedBy}.
   */
  @Transactional
  public void link(long itemId, Object repealsValue, String linkedBy) {
    Publication p = register.lockByItem(itemId).orElseThrow(() -> new InvalidInput("itemId: item "
        + itemId + " is not registered for publication（信息项" + itemId + "未登记为主动公开）"));
    String title = "信息项" + itemId + "“" + PublicText.masked(p.title()) + "”";
    RegulationKind kind = p.draft().regulationKind();
    if (kind == RegulationKind.NONE || p.draft().regulationAction() != RegulationKind.Action.REPEAL) {
      throw new InvalidInput("itemId: item " + itemId + " is no repeal of a regulation（" + title
          + "不是规章或行政规范性文件的废止，不能关联被废止文件）");
    }
    if (p.status() == PublicationStatus.NOT_PUBLISHED) {
      throw new InvalidInput("itemId: item " + itemId + " was not published（" + title
          + "已不予发布，无须关联被废止文件）");
    }
    if (p.repealsId() != null) {
      throw new InvalidInput("itemId: item " + itemId + " names its document already（" + title
          + "已关联被废止文件" + register.repealedDocument(p) + "，不能再关联）");
    }
    String repeals = repeals(repealsValue);
    String given = p.draft().repeals();
    if (given != null && !DocNumbers.key(given).equals(DocNumbers.key(repeals))) {
      throw new InvalidInput("repeals: item " + itemId + " repeals " + given + "（" + title
          + "登记的被废止文件文号为“" + given + "”，与填写的“" + repeals + "”不符）");
    }
    List<Publication> rows = register.lockDocumentsNamed(repeals, kind);
    List<Publication> published = rows.stream().filter(r -> r.firstPublishedOn() != null
        && (r.status() == PublicationStatus.PUBLISHED
            || r.status() == PublicationStatus.WITHDRAWN)).toList();
    if (published.isEmpty()) {
      Optional<Publication> pending = rows.stream().filter(r -> r.status()
          == PublicationStatus.DRAFTED || r.status() == PublicationStatus.PUBLISHABLE).findFirst();
      throw new InvalidInput("repeals: no published " + kind.name() + " numbered " + repeals
          + "（登记中没有文号为“" + repeals + "”的已发布的" + kind.label() + "（制发）"
          + pending.map(r -> "；该文件" + register.standing(r) + "，发布后才能关联").orElse(
              "，请核对被废止文件的文号") + "）");
    }
    for (Publication r : published) {
      Optional<Publication> by = register.endedBy(r.id());
      if (by.isPresent()) {
        Publication e = by.get();
        throw new InvalidInput("repeals: " + repeals + " is ended by " + e.batchRef() + "（文号“"
            + repeals + "”的" + kind.label() + "已被" + (e.repealsId() != null ? "废止" : "替代")
            + "（" + (e.draft().docNumber() == null ? "" : e.draft().docNumber() + "，")
            + register.standing(e) + "），不能再关联为本项废止的文件）");
      }
    }
    // The first publication of the document (its copies, if any, count as it: ADR 0186).
    Publication target = published.stream().min((a, b) -> a.firstPublishedOn().equals(
        b.firstPublishedOn()) ? Long.compare(a.id(), b.id())
        : a.firstPublishedOn().compareTo(b.firstPublishedOn())).orElseThrow();
    if (p.firstPublishedOn() != null && target.firstPublishedOn().isAfter(p.firstPublishedOn())) {
      throw new InvalidInput("repeals: " + repeals + " was published after the repeal（文号“"
          + repeals + "”的" + kind.label() + "于" + CaseLetters.chinese(target.firstPublishedOn())
          + "发布，晚于本项废止的发布日期" + CaseLetters.chinese(p.firstPublishedOn())
          + "，不能是本项废止的文件）");
    }
    register.linkRepeal(p.id(), target, linkedBy);
  }

  /** The 文号 given: a text, required, within the register's 文号 length, nothing hidden. */
  private static String repeals(Object value) {
    if (value != null && !(value instanceof CharSequence)) {
      throw new InvalidInput("repeals must be a text（被废止文件的文号应为文本）");
    }
    String text = value == null ? null
        : Vars.listText(value.toString(), "repeals", "被废止文件的文号", false);
    if (text == null) {
      throw new InvalidInput("repeals is required（请填写被废止文件的文号）");
    }
    TextLimits.check("repeals", "docNumber", text);
    PublicText.requireNoPersonalData(text, "repeals", "被废止文件的文号", "请核对后再提交");
    return text;
  }
}
