package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.privacy.PersonalDataAccessLog;

/**
 * Each read of the case's full data by a person (查阅完整信息, privacy/PersonalDataAccessLog):
 * the applicant's page, the 送达回证 with the address, the reply letter's page and Word file, an
 * appeal's full texts (ADR 0129, 0136). Who and when; what was read is named, not shown.
 */
final class FullDataReadSource implements TimelineSource {

  private final PersonalDataAccessLog fullDataAccess;

  FullDataReadSource(PersonalDataAccessLog fullDataAccess) {
    this.fullDataAccess = fullDataAccess;
  }

  @Override
  public void addTo(TrailSubject subject, TrailLines lines) {
    for (PersonalDataAccessLog.Access read : fullDataAccess.of(subject.key())) {
      lines.add(new Entry(read.at(), false, "ACCESS", read.purpose().label(),
          // By the name recorded at the act (V109, ADR 0153); looked up for older rows.
          subject.names().of(read.userId(), read.userName()), "", "", ""));
    }
  }
}
