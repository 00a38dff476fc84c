package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.privacy.PersonalDataAccessLog;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重新生成查询码 (ADR 0158, audit 34a F3): the office issues a new query code for an online
 * application whose applicant lost it, after checking the applicant's identity. Under the access
 * row's lock the new code replaces every working one (the current and those of concurrent
 * retries), and who did it and when is logged with the case (its audit trail lists it). The code
 * itself is answered once and never stored (only its salted hash).
 */
@Service
public class QueryCodeReissue {

  /** A code answered once: for an online application (reissued) or a counter/post one. */
  public record Issued(String code, boolean online) {}

  private final OnlineRegister online;
  private final OfficeQueryCodes office;
  private final CaseRegister cases;
  private final PersonalDataAccessLog log;

  public QueryCodeReissue(OnlineRegister online, OfficeQueryCodes office, CaseRegister cases,
      PersonalDataAccessLog log) {
    this.online = online;
    this.office = office;
    this.cases = cases;
    this.log = log;
  }

  /**
   * The new code for {@code trackingNumber}, or empty for an unknown number. Refused (400 on
   * {@code identityChecked}) unless the office states it checked the applicant's identity. A
   * case that came in at the counter or by post gets an office-issued code (ADR 0170), kept
   * apart from the online access so the case stays no online case; it replaces an earlier one.
   */
  @Transactional
  public Optional<Issued> reissue(String trackingNumber, Object identityChecked, String user) {
    if (cases.find(trackingNumber).isEmpty()) {
      return Optional.empty();
    }
    if (!Boolean.TRUE.equals(identityChecked)) {
      throw new InvalidInput("identityChecked: must be confirmed（重新生成查询码前，请核对申请人身份"
          + "证明，并确认“已核对申请人身份”）");
    }
    String code = QueryCodes.newCode();
    Instant now = OfficeTime.now();
    if (online.lockAccess(trackingNumber).isPresent()) {
      online.replaceAccess(QueryCodes.accessFor(trackingNumber, code), now);
      log.record(trackingNumber, user, PersonalDataAccessLog.Purpose.QUERY_CODE_REISSUED);
      return Optional.of(new Issued(code, true));
    }
    // Counter or post (ADR 0170): under the case row's lock, one working code per case.
    // (An online submission writes its case and access row in one transaction: no access row
    // on a registered case means the counter or the post.)
    online.lockCase(trackingNumber);
    office.replace(QueryCodes.accessFor(trackingNumber, code), now, user);
    log.record(trackingNumber, user, PersonalDataAccessLog.Purpose.QUERY_CODE_ISSUED);
    return Optional.of(new Issued(code, false));
  }
}
