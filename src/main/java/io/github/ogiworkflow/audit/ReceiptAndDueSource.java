package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailLines.day;

import io.github.ogiworkflow.audit.CaseTimeline.CaseHeader;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.register.CaseRegister;

/** A request's receipt (the reply clock's start) and its reply deadline, from its header. */
final class ReceiptAndDueSource implements TimelineSource {

  private final DeadlineTexts deadlineTexts;

  ReceiptAndDueSource(DeadlineTexts deadlineTexts) {
    this.deadlineTexts = deadlineTexts;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    CaseHeader header = subject.header();
    if (header == null
        || CaseRegister.Status.NOT_CONFIRMED.name().equals(header.status())) {
      // 不予确认 (ADR 0158): never received, no deadline; the history's 确认收到网上申请 step
      // shows who decided, the kind and the reason.
      return;
    }
    if (!CaseRegister.Status.SUBMITTED.name().equals(header.status())) {
      // Who registered it (the counter's registration, an online one's confirmation), by his
      // name at the act (V116, ADR 0161); nobody for a case registered before.
      CaseRegister.ActsRecordedBy recorded = subject.actsRecordedBy();
      lines.add(day(header.receivedOn(), "RECEIPT", "收到申请（答复期限起算）",
          recorded == null ? "" : subject.names().of(recorded.registeredBy(),
              recorded.registeredByName()), "", "登记的收到日期"));
    }
    // A voided registration's clock no longer runs (audit 34b F3): its deadline is not current.
    boolean finished = header.deliveredOn() != null || header.closedOn() != null
        || CaseRegister.Status.VOIDED.name().equals(header.status());
    if (header.dueOn() != null && !header.awaitingCorrection()) {
      // Marked 暂算 when the year's holiday notice is not out (DeadlineTexts).
      String mark = deadlineTexts.mark(header.dueOn());
      // While the clock stands still the date is the one before the pause, to move by it
      // (Art. 33(3); audit 35a F6): not the current deadline.
      String label = finished ? "答复期限" : header.pausedSince() != null
          ? "答复期限（计时暂停前计算，恢复计时后相应顺延）" : "答复期限（当前）";
      lines.add(day(header.dueOn(), "DUE", label + mark,
          "", "", header.extensionDays() > 0 ? "含延期 " + header.extensionDays() + " 个工作日"
              : ""));
    }
  }
}
