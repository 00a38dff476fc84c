package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.audit.CaseTimeline.BatchHeader;
import io.github.ogiworkflow.audit.CaseTimeline.BatchLine;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.publication.PublicationChannel;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.publication.PublicationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The register's record of a publication batch (its lines, read through
 * {@link PublicationRegister}, its tables' owner): the batch's summary and each line, shown
 * above the batch's trail.
 */
final class BatchHeaders {

  private final PublicationRegister publications;
  private final DeadlineTexts deadlineTexts;

  BatchHeaders(PublicationRegister publications, DeadlineTexts deadlineTexts) {
    this.publications = publications;
    this.deadlineTexts = deadlineTexts;
  }

  BatchHeader of(String batchNumber, List<PublicationRegister.BatchLine> lines,
      TrailNames names) {
    LocalDate today = OfficeTime.today();
    PublicationRegister.BatchSummary summary = publications
        .batchSummaries(List.of(batchNumber), today).get(0);
    return new BatchHeader(batchNumber, summary.registeredOn(), summary.statusLabel(),
        summary.dueOn(), summary.dueOn() == null ? null : deadlineTexts.forStaff(summary.dueOn()),
        lines.get(0).publication().sourceRequest(),
        lines.stream().map(line -> batchLine(line, today, names)).toList());
  }

  private BatchLine batchLine(PublicationRegister.BatchLine line, LocalDate today,
      TrailNames names) {
    PublicationRegister.Publication p = line.publication();
    PublicationRegister.ReviewRecord r = line.review();
    String review = r == null ? "尚未审查" : FormLabels.code(r.conclusion().name())
        + (r.ground() == null ? "" : "（" + FormLabels.code(r.ground().name()) + "）");
    String approval = p.approvalRequired() == null ? "—"
        : !p.approvalRequired() ? "无需领导审批"
        : p.approvalDecision() == null ? "待领导审批"
        : "APPROVE".equals(p.approvalDecision()) ? "同意发布"
        : "不同意发布" + (p.approvalComment() == null || p.approvalComment().isBlank() ? ""
            : "（" + p.approvalComment() + "）");
    String reason = switch (p.status()) {
      case NOT_PUBLISHED -> p.notPublishedReason();
      case WITHDRAWN -> chinese(p.withdrawnOn()) + "撤回" + (p.withdrawalReason() == null ? ""
          : "：" + PersonalDataMasker.maskFreeText(p.withdrawalReason()));
      default -> null;
    };
    List<String> channels = new ArrayList<>();
    for (PublicationChannel planned : p.draft().channels()) {
      String text = planned.label() + "：";
      var published = line.published().stream().filter(c -> c.channel() == planned).findFirst();
      var skipped = line.skipped().stream().filter(c -> c.channel() == planned).findFirst();
      if (published.isPresent()) {
        text += chinese(published.get().publishedOn()) + "发布（" + published.get().location()
            + "）";
      } else if (skipped.isPresent()) {
        text += "未发布（" + skipped.get().reason() + "）";
      } else {
        // A withheld or refused item is never published: no registration will come.
        text += p.status() == PublicationStatus.NOT_PUBLISHED ? "不发布" : "尚未登记";
      }
      channels.add(text);
    }
    boolean late = p.dueOn() != null && (p.firstPublishedOn() != null
        ? p.firstPublishedOn().isAfter(p.dueOn())
        : (p.status() == PublicationStatus.DRAFTED || p.status() == PublicationStatus.PUBLISHABLE)
            && p.dueOn().isBefore(today));
    return new BatchLine(line.seq(), p.itemId(), p.title(), p.draft().docNumber(), review,
        r == null ? null : names.of(r.reviewer()), r == null ? null : r.reviewedAt(), approval,
        p.status().name(), p.status().label(), reason, p.dueOn(),
        p.dueOn() == null ? null : deadlineTexts.forStaff(p.dueOn()), p.firstPublishedOn(),
        late, channels);
  }
}
