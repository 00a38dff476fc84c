package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.nullToEmpty;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.register.ItemRegister;

/**
 * Each item's secrecy review record (保密审查), placed right after the task whose completion
 * recorded it.
 */
final class ReviewSource implements TimelineSource {

  private final ItemRegister items;

  ReviewSource(ItemRegister items) {
    this.items = items;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (ItemRegister.ReviewEntry review : items.reviewsOf(subject.key())) {
      String outcome = FormLabels.code(review.conclusion().name()) + (review.ground() == null
          ? "" : "（" + FormLabels.code(review.ground().name()) + "）");
      Entry recorded = new Entry(review.reviewedAt(), false, "REVIEW",
          "信息项 " + review.seq() + "「" + review.title() + "」审查记录",
          // The reviewer by the name recorded with the review (V86, ADR 0153).
          subject.names().of(review.reviewer(), review.reviewerName()), outcome,
          nullToEmpty(review.comment()),
          (review.legalBasis() == null ? "" : "依据：" + review.legalBasis())
              + (review.referred() ? "；经保密行政管理部门确定" : ""));
      lines.addAfterTask(recorded, review.referred() ? ElementIds.TASK_RECORD_SECRECY_ANSWER
          : ElementIds.TASK_REVIEW_ITEM);
    }
  }
}
