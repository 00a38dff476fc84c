package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.intake.VoidQueryCodeNotice;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.privacy.PersonalDataAccessLog;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
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

  private final ProcessEngine engine;

  public QueryCodeReissue(OnlineRegister online, OfficeQueryCodes office, CaseRegister cases,
      PersonalDataAccessLog log, ProcessEngine engine) {
    this.engine = engine;
    this.online = online;
    this.office = office;
    this.cases = cases;
    this.log = log;
  }

  /** A receipt code asked for an online application (its code was shown at submission). */
  public static class OnlineApplication extends RuntimeException {
    OnlineApplication() {
      super("trackingNumber: an online application（网上申请的查询码已在提交时显示，受理回执不打印查询码；"
          + "申请人遗失查询码的，请在办件详情页“重新生成查询码”）");
    }
  }

  /** A receipt code asked for a voided registration, which has no receipt (ADR 0177). */
  public static class NoReceipt extends RuntimeException {
    NoReceipt() {
      super("trackingNumber: the registration was voided（本登记已作废，没有受理回执，不能生成查询码打印在回执上）");
    }
  }

  /**
   * 生成查询码并打印在回执上 (ADR 0175): a new office code for a counter or post request, as
   * {@link #reissue} issues it (identity checked, logged, the earlier code stops working), for
   * the receipt printed at once. An online application is refused before anything is written.
   * Empty for an unknown number.
   */
  @Transactional
  public Optional<String> issueForReceipt(String trackingNumber, Object identityChecked,
      String user) {
    if (cases.find(trackingNumber).isEmpty()) {
      return Optional.empty();
    }
    if (!online.accesses(trackingNumber).isEmpty()) {
      throw new OnlineApplication();
    }
    if (cases.voiding(trackingNumber).isPresent()) {
      // No receipt to print it on (ADR 0177): the registration was voided as made in error.
      throw new NoReceipt();
    }
    return reissue(trackingNumber, identityChecked, user).map(Issued::code);
  }

  /**
   * Whether {@code code} is the counter or post request's working office code (the case page
   * just showed it and asks to print it on the receipt; ADR 0175). Compared in constant time.
   */
  public boolean isOfficeCode(String trackingNumber, String code) {
    return QueryCodes.matchesAny(office.accesses(trackingNumber), code);
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
    // The void's forms open now say so (ADR 0180).
    VoidQueryCodeNotice.afterIssue(engine, trackingNumber, office);
    return Optional.of(new Issued(code, false));
  }
}
