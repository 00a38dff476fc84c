package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;
import static io.github.ogiworkflow.audit.TrailLines.nullToEmpty;

import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.publication.PublicationRegister;

/**
 * A publication batch's lines (read through {@link PublicationRegister}, its tables' owner):
 * each channel's publication on its day (who recorded it, where) and each withdrawal. The
 * reviews are the items' review records (for an Art. 44 batch, in the request's trail).
 */
final class BatchPublicationSource implements TimelineSource {

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (PublicationRegister.BatchLine line : subject.batchLines()) {
      PublicationRegister.Publication p = line.publication();
      String item = "信息项 " + line.seq() + "「" + p.title() + "」";
      for (PublicationRegister.ChannelRecord c : line.published()) {
        lines.add(day(c.publishedOn(), "PUBLICATION", item + "在" + c.channel().label()
            + "发布",
            // By the name recorded at the act (V109, ADR 0153); looked up for older rows.
            subject.names().of(c.publishedBy(), c.publishedByName()), "已发布", c.location()));
      }
      if (p.withdrawnOn() != null) {
        lines.add(day(p.withdrawnOn(), "PUBLICATION", item + "撤回", "", "已撤回",
            nullToEmpty(PersonalDataMasker.maskFreeText(p.withdrawalReason()))));
      }
    }
  }
}
