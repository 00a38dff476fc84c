package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.retention.HistoryCleanups;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The key's process history that the engine's own cleanup removes at the end of its archive
 * period (retention/HistoryCleanups, ADR 0165): when it fell due and when it was found gone,
 * with the cleanup run that removed it. Shown after the history itself is gone.
 */
final class HistoryCleanupSource implements TimelineSource {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final HistoryCleanups cleanups;

  HistoryCleanupSource(HistoryCleanups cleanups) {
    this.cleanups = cleanups;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (HistoryCleanups.Entry row : cleanups.of(subject.key())) {
      // A definition without a name (none of ours) is not shown by its English key.
      String what = row.processName() == null ? "流程记录" : "《" + row.processName() + "》流程记录";
      String period = row.periodYears() == null ? "保管期限未定"
          : "保管期限" + row.periodYears() + "年";
      String ended = row.endedAt() == null ? "" : "，" + at(row.endedAt()) + "结束";
      lines.add(new Entry(row.notedAt(), false, "RETENTION", "流程记录保管期限届满，列入历史清理",
          "", "", "", what + "（" + period + ended + "）的清除时间为" + at(row.removalTime())
              + "，由流程引擎在夜间历史清理中清除；登记于" + at(row.notedAt())));
      if (row.status() == HistoryCleanups.Status.REMOVED) {
        lines.add(new Entry(row.settledAt(), false, "RETENTION", "流程记录已按保管期限清除",
            "", "", "", what + (row.cleanupRanAt() == null
                ? "已由流程引擎历史清理清除（引擎作业日志中无清理运行时间）"
                : "已由流程引擎历史清理清除，清理作业运行于" + at(row.cleanupRanAt()))
                + "；登记簿于" + at(row.settledAt()) + "确认流程记录已不存在，以下仅为登记簿记录"));
      } else if (row.status() == HistoryCleanups.Status.KEPT) {
        lines.add(new Entry(row.settledAt(), false, "RETENTION", "流程记录未清除，继续保存",
            "", "", "", what + "的清除时间已推迟或取消（见人工操作记录），未被清除；登记于"
                + at(row.settledAt())));
      }
    }
  }

  private static String at(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, OfficeTime.ZONE);
    return ChineseDateText.of(local.toLocalDate()) + local.format(TIME);
  }
}
