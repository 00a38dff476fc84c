package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which document a drafted 废止 repeals and which item a new version (变更) replaces (audit 33a
 * F5/F6, ADR 0149), found in the register by 文号 ({@link DocNumbers#key}) when the batch is
 * registered. A 废止 of a 规章 or 行政规范性文件 names a 制发 of the same kind, published (or
 * published and withdrawn: still in force, ADR 0143) and not yet ended by a 废止 or a new
 * version that stands; or, while the opening stock (ogi.report.in-force-at-start.*) has room, a
 * document issued before the register. A new version names a published item of the same kind
 * (a 制发 for a regulation). Refusals: 400 on {@code publicationItems[n].repeals} or {@code
 * .replaces}, nothing written. The rows found are locked, so two batches naming one document
 * are decided one after the other.
 */
@Component
class DocumentEnds {

  /** The rows a draft ends: the document it repeals and the item it replaces (null: none). */
  record Ends(Long repealsId, Long replacesId) {}

  private final PublicationRegister register;
  private final RegulationsInForce inForce;

  DocumentEnds(PublicationRegister register, RegulationsInForce inForce) {
    this.register = register;
    this.inForce = inForce;
  }

  /** One {@link Ends} per draft, in order; refuses as the class says. */
  List<Ends> resolve(List<Draft> drafts) {
    List<Ends> ends = new ArrayList<>();
    Set<Long> endedInBatch = new HashSet<>();
    Set<String> earlierInBatch = new HashSet<>();
    for (int n = 1; n <= drafts.size(); n++) {
      Draft d = drafts.get(n - 1);
      if (d.repeals() != null) {
        Optional<Publication> target = find(d, n, d.repeals(), true, endedInBatch);
        if (target.isEmpty()) {
          requireEarlierDocument(d, n, earlierInBatch);
        }
        ends.add(new Ends(target.map(Publication::id).orElse(null), null));
      } else if (d.replaces() != null) {
        int row = n;
        Publication target = find(d, n, d.replaces(), false, endedInBatch)
            .orElseThrow(() -> new InvalidInput("publicationItems[" + row + "].replaces: no"
                + " published item numbered " + d.replaces() + "（第" + row + "项：登记中没有文号为“"
                + d.replaces() + "”的已发布的" + what(d.regulationKind()) + "，请核对被替代信息的文号）"));
        ends.add(new Ends(null, target.id()));
      } else {
        ends.add(new Ends(null, null));
      }
    }
    return ends;
  }

  /**
   * The row {@code docNumber} names that the draft may end, locked; empty if the register has
   * none of that 文号 and kind. Refuses one not yet published, or already ended.
   */
  private Optional<Publication> find(Draft d, int n, String docNumber, boolean repeal,
      Set<Long> endedInBatch) {
    String field = "publicationItems[" + n + "]." + (repeal ? "repeals" : "replaces");
    String verb = repeal ? "废止" : "替代";
    if (docNumber.equals(d.docNumber()) || DocNumbers.key(docNumber).equals(
        DocNumbers.key(d.docNumber()))) {
      throw new InvalidInput(field + " is the item's own docNumber（第" + n + "项：被" + verb
          + "文件的文号不能是本项自己的文号）");
    }
    RegulationKind kind = d.regulationKind();
    List<Publication> rows = register.lockDocumentsNamed(docNumber, kind);
    List<Publication> published = rows.stream().filter(p -> p.status()
        == PublicationStatus.PUBLISHED || (kind != RegulationKind.NONE
            && p.status() == PublicationStatus.WITHDRAWN)).sorted((a, b) ->
        Boolean.compare(b.status() == PublicationStatus.PUBLISHED,
            a.status() == PublicationStatus.PUBLISHED)).toList();
    if (published.isEmpty()) {
      rows.stream().filter(p -> p.status() == PublicationStatus.DRAFTED
          || p.status() == PublicationStatus.PUBLISHABLE).findFirst().ifPresent(p -> {
            throw new InvalidInput(field + ": " + p.batchRef() + " is not published yet（第" + n
                + "项：文号“" + docNumber + "”的" + what(kind) + "尚未发布（" + register.standing(p)
                + "），发布后才能" + verb + "）");
          });
      return Optional.empty();
    }
    Publication ending = null;
    for (Publication p : published) {
      if (endedInBatch.contains(p.id())) {
        throw new InvalidInput(field + ": ended by an earlier row（第" + n + "项：文号“" + docNumber
            + "”的文件已由本批次前面的一项废止或替代）");
      }
      Optional<Publication> by = register.endedBy(p.id());
      if (by.isEmpty()) {
        endedInBatch.add(p.id());
        return Optional.of(p);
      }
      ending = by.get();
    }
    Publication by = ending;
    throw new InvalidInput(field + ": already ended by " + by.batchRef() + "（第" + n + "项：文号“"
        + docNumber + "”的" + what(kind) + "已被" + (by.repealsId() != null ? "废止" : "替代")
        + "（" + (by.draft().docNumber() == null ? "" : by.draft().docNumber() + "，")
        + register.standing(by) + "），不能再" + verb + "）");
  }

  /**
   * A 废止 of a 文号 the register has no 制发 of: a document issued before the register, taken
   * from the opening stock, only while it has room and no other 废止 names that 文号.
   */
  private void requireEarlierDocument(Draft d, int n, Set<String> earlierInBatch) {
    RegulationKind kind = d.regulationKind();
    String field = "publicationItems[" + n + "].repeals";
    int room = inForce.atStart(kind) - register.earlierDocumentsRepealed(kind)
        - earlierInBatch.size();
    if (room <= 0) {
      throw new InvalidInput(field + ": no published " + kind.name() + " numbered " + d.repeals()
          + "（第" + n + "项：登记中没有文号为“" + d.repeals() + "”的已发布的" + kind.label()
          + "（制发），请核对被废止文件的文号"
          + (inForce.atStart(kind) > 0 ? "（系统启用前现行有效的" + inForce.atStart(kind)
              + "件已全部登记废止）" : "") + "）");
    }
    boolean again = !earlierInBatch.add(DocNumbers.key(d.repeals()));
    Optional<Publication> before = register.earlierDocumentRepealed(d.repeals(), kind);
    if (again || before.isPresent()) {
      throw new InvalidInput(field + ": already repealed（第" + n + "项：文号“" + d.repeals()
          + "”的" + kind.label() + "已被废止" + before.map(p -> "（" + register.standing(p) + "）")
              .orElse("（本批次前面的一项）") + "，不能再废止）");
    }
  }

  private static String what(RegulationKind kind) {
    return kind == RegulationKind.NONE ? "信息（非规章、规范性文件）" : kind.label() + "（制发）";
  }
}
