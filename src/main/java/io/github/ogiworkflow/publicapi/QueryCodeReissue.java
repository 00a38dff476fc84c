package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.calendar.OfficeTime;
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

  /** Why a case has no code to reissue. */
  public static final class NoQueryCode extends RuntimeException {
    NoQueryCode(String message) {
      super(message);
    }
  }

  private final OnlineRegister online;
  private final CaseRegister cases;
  private final PersonalDataAccessLog log;

  public QueryCodeReissue(OnlineRegister online, CaseRegister cases, PersonalDataAccessLog log) {
    this.online = online;
    this.cases = cases;
    this.log = log;
  }

  /**
   * The new code for {@code trackingNumber}, or empty for an unknown number. Refused (400 on
   * {@code identityChecked}) unless the office states it checked the applicant's identity; a
   * case that came in at the counter or by post has no code (409, ADR 0158).
   */
  @Transactional
  public Optional<String> reissue(String trackingNumber, Object identityChecked, String user) {
    if (cases.find(trackingNumber).isEmpty()) {
      return Optional.empty();
    }
    if (!Boolean.TRUE.equals(identityChecked)) {
      throw new InvalidInput("identityChecked: must be confirmed（重新生成查询码前，请核对申请人身份"
          + "证明，并确认“已核对申请人身份”）");
    }
    if (online.lockAccess(trackingNumber).isEmpty()) {
      throw new NoQueryCode("no query code: not an online application（本案不是网上申请，没有查询码；"
          + "申请人凭受理编号向本机关查询办理进度）");
    }
    String code = QueryCodes.newCode();
    Instant now = OfficeTime.now();
    online.replaceAccess(QueryCodes.accessFor(trackingNumber, code), now);
    log.record(trackingNumber, user, PersonalDataAccessLog.Purpose.QUERY_CODE_REISSUED);
    return Optional.of(code);
  }
}
