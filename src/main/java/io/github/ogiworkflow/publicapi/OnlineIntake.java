package io.github.ogiworkflow.publicapi;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.ConsultationKind;
import io.github.ogiworkflow.consultation.ConsultationRegister;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.intake.Channel;
import io.github.ogiworkflow.intake.TrackingNumbers;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.online.IdNumbers;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.online.OnlineRegister.IdempotentSubmission;
import io.github.ogiworkflow.privacy.PersonalVariables;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.register.CaseRegister.NewCase;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.register.ReasonsRequestRegister;
import io.github.ogiworkflow.register.ReasonsRequestRegister.ReasonsRequest;
import io.github.ogiworkflow.vocabulary.DeliveryMethod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side of a disclosure request: submission (register row and query code in one
 * transaction, then the process instance), status lookup and the online correction (补正).
 */
@Service
class OnlineIntake {

  /** Within this time a replayed submission gets a fresh query code (its first answer may be lost). */
  static final Duration REPLAY_WITH_NEW_CODE = Duration.ofHours(24);
  /**
   * Retries within this time of the code last issued are one burst (a double click, a client
   * retrying while the first answer is still on its way): each gets a code of its own beside the
   * others, so whichever answer the browser shows works (audit round 25, F12 (d)). Later, a retry
   * means the answer was lost, and its fresh code replaces them all (ADR 0012).
   */
  static final Duration CONCURRENT_RETRIES = Duration.ofMinutes(2);
  /** Codes one burst may hold beside the current one; a retry beyond gets none (as after 24 h). */
  static final int MAX_FURTHER_CODES = 9;

  /**
   * Letters addressed to the applicant, which the status page shows: the correction notice and
   * its extension (Art. 30), the request for reasons and the delayed-reply notice (Art. 35), the
   * extension notice (Art. 33), the fee notice and its extension (Art. 42, 国办函〔2020〕109号),
   * its correction or withdrawal (ADR 0086), the termination notice and the reply. Consultation letters, the public-interest notice
   * (third party), the secrecy referral and the appeal answers go to others
   * ({@code OnlineLettersTest} has every kind decided).
   */
  static final Set<LetterKind> APPLICANT_LETTERS = EnumSet.of(LetterKind.CORRECTION_NOTICE,
      LetterKind.CORRECTION_EXTENSION_NOTICE, LetterKind.REASONS_REQUEST,
      LetterKind.DELAYED_REPLY_NOTICE, LetterKind.EXTENSION_NOTICE, LetterKind.FEE_NOTICE,
      LetterKind.FEE_EXTENSION_NOTICE, LetterKind.FEE_CORRECTION_NOTICE,
      LetterKind.FEE_WITHDRAWAL_NOTICE, LetterKind.TERMINATION_NOTICE, LetterKind.REPLY);

  record Submitted(String trackingNumber, String queryCode, boolean replayed) {}

  /**
   * An issued letter as the applicant received it: its 文号 and the text of the stored document
   * (issuing agency, 文号, title, 主送, body, signature with （印章）, 成文日期 and the 附注 with
   * the office's contact), not the draft whose reference line is the internal tracking number
   * (audit 32a, F5). {@code setAside} null while the letter stands; else why it no longer does
   * (a termination notice revoked by a decision that reopened the request,
   * {@link SetAsideLetters}).
   */
  record LetterView(String kind, String title, String documentNumber, LocalDate issuedOn,
      String issuedOnText, String text, String setAside) {}

  /**
   * {@code dueOn} null while the reply clock waits for a correction (Art. 30) or before receipt
   * is confirmed; {@code dueProvisional} when it rests on a year without the holiday notice;
   * {@code dueText} the date as the page shows it ("2027年1月4日（暂算：…）", "补正后重新计算");
   * the {@code …Text} fields are the dates as letters write them (2026年12月8日);
   * {@code awaitingReasons} while the page takes the applicant's reasons (Art. 35, ADR 0163).
   */
  record StatusView(String trackingNumber, String status, String stage, LocalDate receivedOn,
      String receivedOnText, LocalDate dueOn, boolean dueProvisional, String dueText,
      String deliveredOnText, String deliveredByText, String feeText, boolean awaitingSupplement,
      boolean awaitingReasons, List<LetterView> letters) {}

  private final TrackingNumbers trackingNumbers;
  private final CaseRegister register;
  private final OnlineRegister online;
  private final OfficeQueryCodes officeCodes;
  private final ReplyDeadline deadline;
  private final Letters letters;
  private final RuntimeService runtime;
  private final DeadlineTexts texts;
  private final AppealRegister appeals;
  private final PauseLedger pauses;
  private final ReasonsRequestRegister reasons;
  private final ConsultationRegister consultations;
  private final TransactionTemplate transaction;
  private final ObjectMapper json = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(OnlineIntake.class);

  OnlineIntake(TrackingNumbers trackingNumbers, CaseRegister register, OnlineRegister online,
      ReplyDeadline deadline, Letters letters, RuntimeService runtime,
      PlatformTransactionManager transactions, DeadlineTexts texts, AppealRegister appeals,
      PauseLedger pauses, ReasonsRequestRegister reasons, ConsultationRegister consultations,
      OfficeQueryCodes officeCodes) {
    this.officeCodes = officeCodes;
    this.reasons = reasons;
    this.texts = texts;
    this.pauses = pauses;
    this.consultations = consultations;
    this.appeals = appeals;
    this.trackingNumbers = trackingNumbers;
    this.register = register;
    this.online = online;
    this.deadline = deadline;
    this.letters = letters;
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
  }

  Submitted submit(ApplicationForm form, String idempotencyKey) {
    String requestHash = sha256(form);
    if (idempotencyKey != null) {
      Optional<IdempotentSubmission> earlier = online.idempotencyKey(idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), requestHash);
      }
    }
    Submitted submitted;
    try {
      submitted = transaction.execute(status -> register(form, idempotencyKey, requestHash));
    } catch (DataIntegrityViolationException sameKeyMeanwhile) {
      // A concurrent retry with the same key won; everything of this attempt is rolled back.
      return online.idempotencyKey(idempotencyKey == null ? "" : idempotencyKey)
          .map(earlier -> replay(earlier, requestHash))
          .orElseThrow(() -> sameKeyMeanwhile);
    }
    try {
      transaction.executeWithoutResult(status -> startCase(submitted.trackingNumber(), form));
    } catch (RuntimeException notStartedYet) {
      // The application is registered (number, register row, query code): the applicant keeps
      // them, and PendingOnlineStarts starts the case from the register row later.
      LOG.error("Online application {} is registered, but its case did not start; it will be"
          + " started from the register", submitted.trackingNumber(), notStartedYet);
    }
    return submitted;
  }

  /**
   * 登记: the tracking number, the register row and the query code, committed on their own.
   * The tracking number's counter row stays locked until this commits (gap-free numbers, ADR
   * 0012), so the transaction holds only what needs the number to be final; starting the case
   * (the engine's work, most of a submission) runs after it, in parallel with other
   * submissions instead of one at a time behind the counter.
   */
  Submitted register(ApplicationForm form, String idempotencyKey, String requestHash) {
    LocalDate today = OfficeTime.today();
    Instant now = OfficeTime.now();
    String trackingNumber = trackingNumbers.next(today.getYear());
    // Receipt and due dates are provisional until the office confirms receipt (Art. 31).
    register.insertSubmitted(new NewCase(trackingNumber, null, Channel.ONLINE.name(),
        form.applicantType(), form.applicantName(), form.idType(), form.idNumber(),
        form.contactPhone(), form.contactEmail(), form.contactAddress(), form.description(),
        form.deliveryForm(), form.deliveryMethod(), today, deadline.dueFrom(today)));
    String code = QueryCodes.newCode();
    online.insertAccess(QueryCodes.accessFor(trackingNumber, code), now);
    if (idempotencyKey != null) {
      online.insertIdempotencyKey(
          new IdempotentSubmission(idempotencyKey, requestHash, trackingNumber, now));
    }
    return new Submitted(trackingNumber, code, false);
  }

  /**
   * Starts the case of a registered online application, once: the register row is locked
   * first, so this and {@link PendingOnlineStarts} never start the same case twice.
   */
  void startCase(String trackingNumber, ApplicationForm form) {
    online.lockCase(trackingNumber);
    runtime.createMessageCorrelation(ElementIds.MESSAGE_ONLINE_APPLICATION)
        .processInstanceBusinessKey(trackingNumber)
        .setVariables(processVariables(trackingNumber, form))
        .correlateStartMessage();
  }

  /**
   * What staff see in the process: the identity number and contact data masked; the full data
   * is in the register row written just before, readable by the office on the applicant page.
   */
  private static Map<String, Object> processVariables(String trackingNumber, ApplicationForm form) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TRACKING_NUMBER, trackingNumber);
    variables.put(CHANNEL, Channel.ONLINE.name());
    variables.put(APPLICANT_TYPE, form.applicantType());
    variables.put(APPLICANT_NAME, form.applicantName());
    variables.put(ID_TYPE, form.idType());
    variables.put(ID_NUMBER_MASKED, IdNumbers.mask(form.idNumber()));
    variables.put(CONTACT_PHONE, PersonalVariables.mask(CONTACT_PHONE, form.contactPhone()));
    variables.put(CONTACT_EMAIL, PersonalVariables.mask(CONTACT_EMAIL, form.contactEmail()));
    variables.put(CONTACT_ADDRESS, PersonalVariables.mask(CONTACT_ADDRESS, form.contactAddress()));
    variables.put(REQUEST_DESCRIPTION, form.description());
    variables.put(DELIVERY_FORM, form.deliveryForm());
    variables.put(DELIVERY_METHOD, form.deliveryMethod());
    variables.values().removeIf(java.util.Objects::isNull);
    return variables;
  }

  /**
   * The same key again: never a second case. With the identical application, within a day, the
   * answer carries a fresh query code, since the first answer may never have reached the
   * applicant: beside the codes already issued while the retry is part of a burst
   * ({@link #CONCURRENT_RETRIES} from the code last issued), else replacing them (the old ones
   * stop working); later than a day, only the tracking number. Decided under the access row's
   * lock in the database, so concurrent retries on any node see each other's codes.
   */
  private Submitted replay(IdempotentSubmission earlier, String requestHash) {
    if (!earlier.requestHash().equals(requestHash)) {
      throw new PublicApiException(HttpStatus.UNPROCESSABLE_ENTITY,
          "Idempotency-Key was used for a different application",
          "该 Idempotency-Key 已用于另一份申请");
    }
    if (Duration.between(earlier.createdAt(), OfficeTime.now()).compareTo(REPLAY_WITH_NEW_CODE) > 0) {
      return new Submitted(earlier.trackingNumber(), null, true);
    }
    String trackingNumber = earlier.trackingNumber();
    return transaction.execute(status -> {
      Instant now = OfficeTime.now();
      Instant issuedAt = online.lockAccess(trackingNumber).orElse(null);
      String code = QueryCodes.newCode();
      if (issuedAt == null || Duration.between(issuedAt, now).compareTo(CONCURRENT_RETRIES) > 0) {
        online.replaceAccess(QueryCodes.accessFor(trackingNumber, code), now);
      } else if (online.furtherCodes(trackingNumber) < MAX_FURTHER_CODES) {
        online.addAccess(QueryCodes.accessFor(trackingNumber, code), now);
      } else {
        return new Submitted(trackingNumber, null, true);
      }
      return new Submitted(trackingNumber, code, true);
    });
  }

  StatusView status(String trackingNumber, String queryCode) {
    // A counter or post case's code (ADR 0170) looks up; the page takes no correction or reasons.
    boolean onlineCase = requireAnyCode(officeCodes, online, trackingNumber, queryCode);
    // The register's row is read once for the whole page.
    CaseRegister.ApplicantStatus facts = register.applicantStatus(trackingNumber)
        .orElseThrow(PublicApiException::notFound);
    CaseRecord record = facts.record();
    boolean awaiting = awaitingSupplement(trackingNumber);
    boolean submitted = Status.SUBMITTED.name().equals(record.status());
    List<Letters.Letter> issued = letters.of(trackingNumber);
    Map<Long, String> setAside = SetAsideLetters.notes(issued, facts.withdrawal(), register,
        appeals, trackingNumber);
    List<LetterView> sent = issued.stream()
        .filter(letter -> APPLICANT_LETTERS.contains(letter.kind()))
        .map(letter -> new LetterView(letter.kind().name(), letter.title(),
            letter.documentNumber(), letter.issuedOn(), chineseOrNull(letter.issuedOn()),
            asIssued(letter),
            setAside.get(letter.id())))
        .toList();
    String dueText = null;
    LocalDate dueOn = null;
    // Not confirmed (ADR 0158): never received, so no receipt date and no reply is due.
    boolean notConfirmed = Status.NOT_CONFIRMED.name().equals(record.status());
    boolean ended = Status.CLOSED.name().equals(record.status())
        || Status.DELIVERED.name().equals(record.status()) || notConfirmed;
    boolean paused = !ended && !submitted && pauses.isPaused(trackingNumber);
    if (ended) {
      // Answered, or closed without a reply: no reply is due any more (audit 32a, F9).
    } else if (CorrectionWait.clockWaits(record.status(), facts.correctionNoticeLate(),
        facts.orderedDueOn())) {
      dueText = CorrectionWait.RECOMPUTED_AFTER_CORRECTION;
    } else if (paused && !record.dueOn().equals(facts.orderedDueOn())) {
      // Consultation or an unpaid fee: the date will move by the time paused (Art. 33(3),
      // 109号), so none is promised (audit 31b, F4); a date a decision ordered stays (ADR 0101).
      dueText = consultationPause(trackingNumber).orElse(PAUSED);
    } else if (!submitted) {
      dueOn = record.dueOn();
      // As the receipt and letters write it (audit 34a F5), marked 暂算 as staff see it.
      dueText = CaseLetters.chinese(dueOn) + texts.mark(dueOn);
    }
    String stage = stage(record.status(), awaiting ? CorrectionState.AWAITED
        : correctionState(trackingNumber, record.status(), facts.correctionDueOn()));
    Optional<CaseRegister.FeeNotice> feeNotice = ended ? Optional.empty()
        : register.latestFeeNotice(trackingNumber);
    boolean awaitingReasons = false;
    if (!ended && !submitted && !Status.AWAITING_CORRECTION.name().equals(record.status())) {
      stage = askedOfTheApplicant(trackingNumber, feeNotice, paused).orElse(stage);
      Optional<ReasonsRequest> asked = reasons.latest(trackingNumber)
          .filter(request -> request.decision() == null);
      if (asked.isPresent() && asked.get().onlineReceivedOn() != null) {
        stage = reasonsReceived(asked.get().onlineReceivedOn());
      } else if (asked.isPresent() && AWAITING_REASONS.equals(stage)
          && !asked.get().periodOverAt(OfficeTime.now())) {
        awaitingReasons = true;
      }
    }
    if (!setAside.isEmpty() && !Status.CLOSED.name().equals(record.status())
        && !Status.DELIVERED.name().equals(record.status())) {
      // Handled anew after the termination was revoked: say so, not just 正在办理.
      stage = HANDLED_ANEW + stage;
    }
    if (notConfirmed) {
      stage = Optional.ofNullable(facts.notConfirmation())
          .map(CaseRegister.NotConfirmation::applicantText).orElse(NOT_CONFIRMED);
    }
    LocalDate receivedOn = submitted || notConfirmed ? null : record.firstReceivedOn();
    // The service date starts the applicant's appeal periods (ARL Art. 20, ALL Art. 46): the
    // page says when and how the reply was served (audit 34a F2).
    String deliveredBy = ended ? facts.deliveredBy() : null;
    LocalDate deliveredOn = deliveredBy == null ? null : facts.deliveredOn();
    return new StatusView(trackingNumber, record.status(), stage, receivedOn,
        chineseOrNull(receivedOn), dueOn, dueOn != null && texts.isProvisional(dueOn), dueText,
        chineseOrNull(deliveredOn), deliveredOn == null ? null : DeliveryMethod.labelOf(deliveredBy),
        feeToPay(feeNotice).orElse(null), awaiting && onlineCase, awaitingReasons && onlineCase,
        sent);
  }

  /**
   * The fee the applicant is to pay now, as the register holds the notice in force: its amount
   * and last day (served + 20 working days, 国办函〔2020〕109号), which closes the case as 6.2
   * when missed, so the page states both (audit 34a F11). None before the notice's service is
   * recorded (no last day yet), after payment, or once withdrawn or replaced.
   */
  private Optional<String> feeToPay(Optional<CaseRegister.FeeNotice> latest) {
    return latest
        .filter(notice -> notice.inForce() && notice.paidOn() == null
            && notice.servedOn() != null && notice.dueOn() != null)
        .map(notice -> notice.amount().stripTrailingZeros().toPlainString() + "元，请于"
            + CaseLetters.chinese(notice.dueOn()) + texts.mark(notice.dueOn()) + "前按收费通知书缴纳"
            + "（收费通知书于" + CaseLetters.chinese(notice.servedOn()) + "送达）");
  }

  private static String chineseOrNull(LocalDate date) {
    return date == null ? null : CaseLetters.chinese(date);
  }

  /**
   * The text of the letter's stored document, as issued; the kept text only for a letter kept
   * before documents were stored with it (it has no document to read).
   */
  private String asIssued(Letters.Letter letter) {
    return letters.file(letter.caseRef(), letter.id())
        .map(file -> LetterDocuments.text(file.bytes()).strip())
        .orElse(letter.body());
  }

  /**
   * While a consultation stops the clock, which one and since when (Art. 33(3); audit 35a F7):
   * 计时暂停：正在征求第三方意见（自2026年12月8日起）…; empty when no consultation is open (a fee
   * notice: {@link #PAUSED}).
   */
  private Optional<String> consultationPause(String trackingNumber) {
    Set<ConsultationKind> open = EnumSet.noneOf(ConsultationKind.class);
    consultations.of(trackingNumber).stream().filter(c -> c.answer() == null)
        .forEach(c -> open.add(c.kind()));
    LocalDate since = pauses.pausesOf(trackingNumber).stream()
        .filter(pause -> pause.endedOn() == null).map(PauseLedger.Pause::startedOn)
        .findFirst().orElse(null);
    if (open.isEmpty() || since == null) {
      return Optional.empty();
    }
    String whom = open.size() > 1 ? "第三方和其他行政机关"
        : open.contains(ConsultationKind.THIRD_PARTY) ? "第三方" : "其他行政机关";
    return Optional.of("计时暂停：正在征求" + whom + "意见（自" + CaseLetters.chinese(since)
        + "起），征求意见的期间不计入答复期限，答复期限届时相应顺延");
  }

  /** The reply deadline's text while the clock is paused (no date: it will move). */
  static final String PAUSED = "计时暂停：征求第三方或其他机关意见、收费通知发出至缴费的期间不计入答复期限，"
      + "答复期限届时相应顺延";

  /** The stage's prefix while a round reopened after a revoked termination runs. */
  static final String HANDLED_ANEW = "终止办理已被撤销，重新办理中：";

  /** 补正: the applicant's correction, as the message the lifecycle waits for. */
  LocalDate supplement(String trackingNumber, String queryCode, String text) {
    authorized(trackingNumber, queryCode);
    LocalDate today = OfficeTime.today();
    if (!awaitingSupplement(trackingNumber)) {
      if (waitsAt(trackingNumber, ElementIds.TASK_ASSESS_REASONS)) {
        // Art. 35: reasons are asked, not a correction (audit 34a F6; ADR 0158: in writing).
        throw new PublicApiException(HttpStatus.CONFLICT, "case awaits reasons, not a correction",
            REASONS_IN_WRITING);
      }
      CaseRegister.ApplicantStatus facts = register.applicantStatus(trackingNumber)
          .orElseThrow(PublicApiException::notFound);
      throw notWaiting(correctionState(trackingNumber, facts.record().status(),
          facts.correctionDueOn()) == CorrectionState.PERIOD_OVER);
    }
    try {
      runtime.createMessageCorrelation(ElementIds.MESSAGE_SUPPLEMENT_RECEIVED)
          .processInstanceBusinessKey(trackingNumber)
          .setVariable(SUPPLEMENT_RECEIVED_ON, today.toString())
          .setVariable(SUPPLEMENT_TEXT, text)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException meanwhile) {
      throw notWaiting(false);
    }
    return today;
  }

  /**
   * 说明理由 (Art. 35) on the public page (audit 34a F6, ADR 0163): taken once, only while the
   * office waits at 审查申请人说明的理由 and the period in the register has not ended. Under the
   * request's row lock, which the office's assessment takes too: the text goes whole into the
   * register with the day and moment it arrived; the engine gets it masked beside the day, which
   * the assessment's 收到说明理由日期 shows and the server checks (not later than this day; no
   * 逾期未说明理由 once it is in). The reply deadline is not touched: Art. 35 stops no clock.
   */
  LocalDate reasons(String trackingNumber, String queryCode, String text) {
    authorized(trackingNumber, queryCode);
    return transaction.execute(status -> {
      ReasonsRequest request = reasons.lockLatest(trackingNumber)
          .orElseThrow(() -> notAskedForReasons());
      if (request.onlineReceivedOn() != null) {
        throw new PublicApiException(HttpStatus.CONFLICT, "reasons were given already",
            "已于" + CaseLetters.chinese(request.onlineReceivedOn()) + "在网上说明理由，不能重复提交；"
                + "如需补充，请按说明理由通知书附注所列联系方式与本机关联系");
      }
      Execution waiting = runtime.createExecutionQuery()
          .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
          .processInstanceBusinessKey(trackingNumber)
          .activityId(ElementIds.TASK_ASSESS_REASONS).list().stream().findFirst().orElse(null);
      Instant now = OfficeTime.now();
      if (request.decision() == null && request.periodOverAt(now)) {
        throw new PublicApiException(HttpStatus.CONFLICT, "the period to give reasons is over",
            "说明理由期限已于" + CaseLetters.chinese(request.dueOn()) + "届满，不能在网上说明理由；"
                + "如有正当理由未能按期说明，请与本机关联系");
      }
      if (waiting == null || request.decision() != null
          || !reasons.recordOnline(request.id(), text, now)) {
        throw notAskedForReasons();
      }
      LocalDate today = OfficeTime.today();
      runtime.setVariable(waiting.getProcessInstanceId(), REASONS_ONLINE_TEXT, text);
      runtime.setVariable(waiting.getProcessInstanceId(), REASONS_RECEIVED_ON, today.toString());
      return today;
    });
  }

  private static PublicApiException notAskedForReasons() {
    return new PublicApiException(HttpStatus.CONFLICT, "case is not waiting for reasons",
        "该申请当前不需要说明理由");
  }

  /** The stage once reasons came online and the office has not yet decided on them. */
  static String reasonsReceived(LocalDate receivedOn) {
    return "说明的理由已收到（" + CaseLetters.chinese(receivedOn) + "网上提交），本机关正在审查";
  }

  /** The applicant's correction period ran out with no correction in (audit round 26, F6). */
  static final String PERIOD_OVER = "补正期限已届满，本机关正在确认是否视为放弃申请";

  private static PublicApiException notWaiting(boolean periodOver) {
    return new PublicApiException(HttpStatus.CONFLICT, "case is not waiting for a correction",
        periodOver ? PERIOD_OVER + "，不能在网上提交补正材料；如有正当理由未能按期补正，请与本机关联系"
            : "该申请当前不需要补正，或补正材料已经提交");
  }

  /** Where a case waiting for a correction stands, as the applicant is told. */
  enum CorrectionState {
    /** The case takes a correction now (the message is awaited). */
    AWAITED,
    /** A correction is in (its date on the case), under review. */
    RECEIVED,
    /** The period in the register has ended with none in: 确认逾期未补正 (Art. 30). */
    PERIOD_OVER,
    /** None in, none taken now, the period still running (a timer fired early). */
    CHECKING
  }

  /**
   * Where the case stands while no correction is awaited, from the register's period and
   * whether a correction's date is on the case (audit round 26, F6), not from the missing
   * message subscription alone.
   */
  private CorrectionState correctionState(String trackingNumber, String status,
      LocalDate dueOn) {
    if (!Status.AWAITING_CORRECTION.name().equals(status)) {
      return CorrectionState.RECEIVED;
    }
    String instance = processInstanceId(trackingNumber);
    if (instance != null && runtime.getVariable(instance, SUPPLEMENT_RECEIVED_ON) != null) {
      return CorrectionState.RECEIVED;
    }
    return dueOn != null && OfficeTime.today().isAfter(dueOn) ? CorrectionState.PERIOD_OVER
        : CorrectionState.CHECKING;
  }

  private CaseRecord authorized(String trackingNumber, String queryCode) {
    requireCode(trackingNumber, queryCode);
    return register.find(trackingNumber).orElseThrow(PublicApiException::notFound);
  }

  /**
   * The online applicant's code, for what only an online application may do (补正, 说明理由).
   * A code the office issued for a counter or post case is told so (ADR 0170).
   */
  private void requireCode(String trackingNumber, String queryCode) {
    if (!QueryCodes.matchesAny(trackingNumber == null ? List.of()
        : online.accesses(trackingNumber), queryCode)) {
      if (trackingNumber != null
          && QueryCodes.matchesAny(officeCodes.accesses(trackingNumber), queryCode)) {
        throw new PublicApiException(HttpStatus.CONFLICT, "not an online application",
            OFFICE_CODE_ONLY_LOOKS_UP);
      }
      throw PublicApiException.notFound();
    }
  }

  /** What a counter or post applicant's code does not open (ADR 0170). */
  static final String OFFICE_CODE_ONLY_LOOKS_UP = "本申请系当面或邮寄提交，查询码仅用于查询办理进度和"
      + "下载已送达的文书；补正、说明理由请按本机关告知书的要求以书面形式提交";

  /**
   * The status lookup and downloads: the online applicant's codes or the one the office issued
   * for a counter or post case (ADR 0170). An unknown number or a wrong code is 404 alike.
   * Answers whether it was an online application's code.
   */
  static boolean requireAnyCode(OfficeQueryCodes officeCodes, OnlineRegister online,
      String trackingNumber, String queryCode) {
    if (trackingNumber != null) {
      if (QueryCodes.matchesAny(online.accesses(trackingNumber), queryCode)) {
        return true;
      }
      if (QueryCodes.matchesAny(officeCodes.accesses(trackingNumber), queryCode)) {
        return false;
      }
    }
    throw PublicApiException.notFound();
  }

  private String processInstanceId(String trackingNumber) {
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).singleResult();
    return instance == null ? null : instance.getId();
  }

  private boolean awaitingSupplement(String trackingNumber) {
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).singleResult();
    return instance != null && runtime.createEventSubscriptionQuery()
        .processInstanceId(instance.getId()).eventType("message")
        .eventName(ElementIds.MESSAGE_SUPPLEMENT_RECEIVED).count() > 0;
  }

  /**
   * The stage in words an applicant understands; after the correction period ended without a
   * correction, that (audit round 26, F6), not "received".
   */
  static String stage(String status, CorrectionState correction) {
    return switch (status) {
      case "SUBMITTED" -> "已提交，待确认收到";
      case "REGISTERED" -> "已受理，正在审查申请内容";
      case "AWAITING_CORRECTION" -> switch (correction) {
        case AWAITED -> "需要补正：请按补正申请告知书提交补正材料";
        case PERIOD_OVER -> PERIOD_OVER;
        case CHECKING -> "本机关正在核实补正情况";
        case RECEIVED -> "补正材料已收到，正在审查";
      };
      case "DELIVERED" -> "已答复";
      case "CLOSED" -> "已办结";
      case "NOT_CONFIRMED" -> NOT_CONFIRMED;
      default -> IN_HANDLING;
    };
  }

  static final String IN_HANDLING = "正在办理";
  static final String NOT_CONFIRMED = "不予确认：本次网上提交不作为政府信息公开申请受理";
  static final String AWAITING_PAYMENT = "待缴纳信息处理费：请按收费通知书缴费，缴费后继续办理";
  static final String AWAITING_REASONS = "待说明理由：请按说明理由通知书在期限内说明理由";
  /**
   * What a correction sent while reasons are asked is answered (audit 34a F6): reasons go
   * through this page's own section (ADR 0163) or in writing as the notice says.
   */
  static final String REASONS_IN_WRITING = "本申请当前需要说明理由，不是补正：请在本页“说明理由”栏提交，"
      + "或按说明理由通知书（见本页“文书”）附注所列地址，在期限内以书面形式向本机关说明理由";

  /**
   * While the case waits on the applicant — a fee notice to pay (109号), reasons to explain
   * (Art. 35) — the page says so, not 正在办理 (audit 32a, F9). The fee is awaited from the
   * notice's issue, as the register holds it: the notice is on this page and the reply clock
   * stands still from that day (Art. 42, 109号), not only once its service is recorded (audit
   * 34a F11) — and until it is paid, withdrawn or replaced, while the office decides on a
   * payment period run out too.
   */
  private Optional<String> askedOfTheApplicant(String trackingNumber,
      Optional<CaseRegister.FeeNotice> latestFeeNotice, boolean paused) {
    if (paused && latestFeeNotice.filter(notice -> notice.inForce() && notice.paidOn() == null)
        .isPresent()) {
      return Optional.of(AWAITING_PAYMENT);
    }
    if (waitsAt(trackingNumber, ElementIds.TASK_ASSESS_REASONS)) {
      return Optional.of(AWAITING_REASONS);
    }
    return Optional.empty();
  }

  private boolean waitsAt(String trackingNumber, String activityId) {
    return runtime.createExecutionQuery().processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).activityId(activityId).count() > 0;
  }

  private String sha256(ApplicationForm form) {
    try {
      byte[] canonical = json.writeValueAsString(form).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
