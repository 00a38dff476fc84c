package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.audit.TrailLines.nullToEmpty;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.publication.ItemClassification;
import io.github.ogiworkflow.publication.PublicationRegister;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A publication batch's lines (read through {@link PublicationRegister}, its tables' owner):
 * legal's confirmation of each item's 类别 and 文件类型 (ADR 0151), each channel's publication on
 * its day (who recorded it, where), a channel registered later (登记补充发布, ADR 0152) and each
 * withdrawal. The reviews are the items' review records (for an Art. 44 batch, in the request's
 * trail).
 */
final class BatchPublicationSource implements TimelineSource {

  private final PublicationRegister publications;

  BatchPublicationSource(PublicationRegister publications) {
    this.publications = publications;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    List<PublicationRegister.BatchLine> batchLines = subject.batchLines();
    if (batchLines.isEmpty()) {
      return;
    }
    String batchRef = batchLines.get(0).publication().batchRef();
    // A line first marked 未发布 and published later is a step at the time it was recorded, by
    // whom, with the line it replaced and its rules' notes.
    Map<String, PublicationRegister.LaterPublication> later = new HashMap<>();
    for (PublicationRegister.LaterPublication l : publications.laterPublications(batchRef)) {
      later.put(l.itemId() + "/" + l.channel().name(), l);
    }
    Map<Long, PublicationRegister.Classification> classified =
        publications.classifications(batchRef);
    Map<Long, PublicationRegister.RepealLink> linked = publications.repealLinks(batchRef);
    TrailNames names = subject.names();
    for (PublicationRegister.BatchLine line : batchLines) {
      PublicationRegister.Publication p = line.publication();
      String item = "信息项 " + line.seq() + "「" + p.title() + "」";
      PublicationRegister.RepealLink link = linked.get(p.id());
      if (link != null) {
        // A 废止 linked to its document afterwards (audit pubitem 1, ADR 0186).
        lines.add(new Entry(link.linkedAt(), false, "PUBLICATION", item + "补充关联被废止文件",
            names.of(link.linkedBy(), link.linkedByName()), "已关联", "",
            "废止" + publications.repealedDocument(p)));
      }
      PublicationRegister.Classification k = classified.get(p.id());
      if (k != null) {
        lines.add(new Entry(k.classifiedAt(), false, "REVIEW", item + "信息类别和文件类型",
            names.of(k.classifiedBy()), k.corrected() ? "法规科更正" : "法规科确认", "",
            "办公室登记：" + k.draftedCategory().label() + "，" + ItemClassification.regulationText(
                k.draftedKind(), k.draftedAction()) + "；法规科确认：" + k.category().label() + "，"
                + ItemClassification.regulationText(k.kind(), k.action())
                + (k.warning() == null ? "" : "（已提示：" + k.warning() + "）")));
      }
      for (PublicationRegister.ChannelRecord c : line.published()) {
        PublicationRegister.LaterPublication l = later.get(p.itemId() + "/" + c.channel().name());
        if (l != null) {
          lines.add(new Entry(l.recordedAt(), false, "PUBLICATION", item + "在"
              + c.channel().label() + "补充登记发布", names.of(l.publishedBy()), "已发布", "",
              CaseLetters.chinese(l.publishedOn()) + "发布（" + l.location() + "）；原登记为未发布（"
                  + CaseLetters.chinese(LocalDate.ofInstant(l.replaced().recordedAt(),
                      OfficeTime.ZONE))
                  + "，" + names.of(l.replaced().recordedBy()) + "：" + l.replaced().reason() + "）"
                  + (l.notes() == null ? "" : "；" + l.notes())));
          continue;
        }
        lines.add(day(c.publishedOn(), "PUBLICATION", item + "在" + c.channel().label()
            + "发布",
            // By the name recorded at the act (V109, ADR 0153); looked up for older rows.
            names.of(c.publishedBy(), c.publishedByName()), "已发布", c.location()));
      }
      if (p.withdrawnOn() != null) {
        lines.add(day(p.withdrawnOn(), "PUBLICATION", item + "撤回", "", "已撤回",
            nullToEmpty(PersonalDataMasker.maskFreeText(p.withdrawalReason()))));
      }
    }
  }
}
