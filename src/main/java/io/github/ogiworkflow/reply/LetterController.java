package io.github.ogiworkflow.reply;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterFile;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.privacy.ApplicantWebConfiguration;
import io.github.ogiworkflow.privacy.PersonalDataAccessLog;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.ApplicantContact;
import io.github.ogiworkflow.security.AccessDenied;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.webapp.StaffPages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff pages of a case's letters (under {@code /cases/}, authenticated like the other staff
 * pages by {@link ApplicantWebConfiguration}'s filter: the webapps' session or HTTP Basic):
 * every issued letter as its stored .docx and as a print view; the reply letter (issued, or as
 * 送审稿 without a number while it is edited and approved), which the reply tasks link; and the
 * 送达回证 for a reply delivered by post or handed over.
 */
@RestController
@ConditionalOnWebApplication
public class LetterController {

  static final Groups[] READERS = {Groups.OFFICE, Groups.LEADERSHIP, Groups.AUDITOR};
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  static final MediaType DOCX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final String CASES = ApplicantWebConfiguration.CASE_PAGES;
  /** The 获取方式 the applicant asked for, as the 送达回证 names it before the service is recorded. */
  private static final Map<String, String> DELIVERY_METHODS = Map.of("PICK_UP", "直接送达（自行领取）",
      "POST", "邮寄送达", "EMAIL", "电子邮件送达", "ONLINE", "网上送达");
  /** The 送达方式 recorded at 登记送达 (ogi_case.delivered_by). */
  private static final Map<String, String> RECORDED_METHODS = Map.of("IN_PERSON", "直接送达",
      "POST", "邮寄送达", "EMAIL", "电子邮件送达", "ONLINE", "网上送达");
  private static final Set<String> ELECTRONIC_DELIVERY = Set.of("EMAIL", "ONLINE");

  private final Letters letters;
  private final ReplyDocument reply;
  private final LetterDocuments documents;
  private final CaseRegister register;
  private final RuntimeService runtime;
  private final StaffAccess access;
  private final PersonalDataAccessLog accessLog;
  private final AppealRegister appeals;
  private final AgencyProperties agency;

  public LetterController(Letters letters, ReplyDocument reply, LetterDocuments documents,
      CaseRegister register, RuntimeService runtime, StaffAccess access,
      PersonalDataAccessLog accessLog, AppealRegister appeals, AgencyProperties agency) {
    this.appeals = appeals;
    this.agency = agency;
    this.letters = letters;
    this.reply = reply;
    this.documents = documents;
    this.register = register;
    this.runtime = runtime;
    this.access = access;
    this.accessLog = accessLog;
  }

  /** The href of an issued letter's print view, for other pages (the audit trail). */
  public static String letterHref(String trackingNumber, long letterId) {
    return Letters.printViewPath(trackingNumber, letterId);
  }

  @GetMapping(CASES + "{trackingNumber}/letters/{id:\\d+}.docx")
  public ResponseEntity<?> letterFile(@PathVariable String trackingNumber, @PathVariable long id) {
    requireReader(trackingNumber);
    return letters.file(trackingNumber, id).<ResponseEntity<?>>map(LetterController::download)
        .orElseGet(() -> notFound("未找到该文书。"));
  }

  @GetMapping(CASES + "{trackingNumber}/letters/{id:\\d+}")
  public ResponseEntity<?> letterPage(@PathVariable String trackingNumber, @PathVariable long id) {
    requireReader(trackingNumber);
    Optional<LetterFile> file = letters.file(trackingNumber, id);
    if (file.isEmpty()) {
      return notFound("未找到该文书。");
    }
    return html(LetterPrintView.page(file.get().fileName().replace(".docx", ""),
        file.get().bytes(), letterHref(trackingNumber, id) + ".docx", null));
  }

  @GetMapping(CASES + "{trackingNumber}/reply-letter.docx")
  public ResponseEntity<?> replyFile(@PathVariable String trackingNumber) {
    return currentReplyRead(trackingNumber, PersonalDataAccessLog.Purpose.REPLY_LETTER_FILE,
        LetterController::download);
  }

  @GetMapping(CASES + "{trackingNumber}/reply-letter")
  public ResponseEntity<?> replyPage(@PathVariable String trackingNumber) {
    return currentReplyRead(trackingNumber, PersonalDataAccessLog.Purpose.REPLY_LETTER, file -> {
      String note = file.documentNumber() == null
          ? "送审稿：签发后编定文号，文书以签发稿为准" : "已签发，文号 " + file.documentNumber();
      return html(LetterPrintView.page(LetterKind.REPLY.title(), file.bytes(),
          CASES + trackingNumber + "/reply-letter.docx", note));
    });
  }

  /**
   * The case's current reply for a reader of the case, or 404 (never sent, none yet); the whole
   * letter, as the other full texts: each read is in the audit trail (ADR 0136).
   */
  private ResponseEntity<?> currentReplyRead(String trackingNumber,
      PersonalDataAccessLog.Purpose purpose,
      java.util.function.Function<LetterFile, ResponseEntity<?>> answer) {
    requireReader(trackingNumber);
    Optional<String> notSent = neverSent(trackingNumber);
    if (notSent.isPresent()) {
      return notFound(notSent.get());
    }
    Optional<LetterFile> file = currentReply(trackingNumber);
    if (file.isEmpty()) {
      return notFound("该案件尚无答复书。");
    }
    accessLog.record(trackingNumber, access.currentUser(), purpose);
    return answer.apply(file.get());
  }

  /**
   * The decision an appeal challenges, which legal's answer and defence tasks link: the issued
   * reply, else the 终止办理告知书 that ended the case (withdrawal, 6.1, 6.2: no reply exists;
   * audit round 27, F7), else a page saying there is neither (an appeal against the failure to
   * reply).
   */
  @GetMapping(CASES + "{trackingNumber}/challenged-letter")
  public ResponseEntity<?> challengedPage(@PathVariable String trackingNumber) {
    requireReader(trackingNumber);
    Optional<LetterFile> issuedReply = reply.current(trackingNumber, null)
        .filter(file -> file.documentNumber() != null && neverSent(trackingNumber).isEmpty());
    if (issuedReply.isPresent()) {
      accessLog.record(trackingNumber, access.currentUser(),
          PersonalDataAccessLog.Purpose.REPLY_LETTER);
      return html(LetterPrintView.page(LetterKind.REPLY.title(), issuedReply.get().bytes(),
          CASES + trackingNumber + "/reply-letter.docx",
          "已签发，文号 " + issuedReply.get().documentNumber()));
    }
    return letters.latest(trackingNumber, Set.of(LetterKind.TERMINATION_NOTICE))
        .<ResponseEntity<?>>map(letter -> ResponseEntity.status(HttpStatus.FOUND)
            .location(java.net.URI.create(letterHref(trackingNumber, letter.id()))).build())
        .orElseGet(() -> notFound("本案没有已签发的答复书或终止办理告知书：复议或诉讼针对的是逾期未答复。"));
  }

  /**
   * Office, leadership and auditors read every case's letters. The legal team drafts the
   * agency's answer to a 行政复议 or 行政诉讼 and its evidence: it reads the letters of a case
   * that is under appeal, the challenged reply first.
   */
  private void requireReader(String trackingNumber) {
    if (access.allows(Groups.LEGAL) && !appeals.of(trackingNumber).isEmpty()) {
      return;
    }
    access.require(READERS);
  }

  @GetMapping(CASES + "{trackingNumber}/proof-of-service.docx")
  public ResponseEntity<?> proofOfServiceFile(@PathVariable String trackingNumber) {
    access.require(Groups.OFFICE);
    return withProofOfService(trackingNumber, LetterController::download);
  }

  @GetMapping(CASES + "{trackingNumber}/proof-of-service")
  public ResponseEntity<?> proofOfServicePage(@PathVariable String trackingNumber) {
    access.require(Groups.OFFICE);
    return withProofOfService(trackingNumber, file -> html(LetterPrintView.page("送达回证",
        file.bytes(), CASES + trackingNumber + "/proof-of-service.docx", null)));
  }

  /**
   * The 送达回证 answered, or why there is none: no issued reply yet, or a delivery by e-mail or
   * online, which its sending record proves (nobody signs for it). Once the service of the
   * issued reply is recorded, the recorded 送达方式 decides, not the 获取方式 asked for (audit
   * 32a, F4; ADR 0132): a reply asked for by e-mail but posted has its 回证.
   */
  private ResponseEntity<?> withProofOfService(String trackingNumber,
      Function<LetterFile, ResponseEntity<?>> answer) {
    Optional<String> notSent = neverSent(trackingNumber);
    if (notSent.isPresent()) {
      return notFound(notSent.get());
    }
    Optional<ApplicantContact> contact = register.applicantContact(trackingNumber);
    Service service = service(trackingNumber, contact);
    if (service.recorded() && ELECTRONIC_DELIVERY.contains(service.method())) {
      return notFound("本案答复书已以" + RECORDED_METHODS.get(service.method())
          + "方式送达，以系统发送记录为送达凭证，不打印送达回证。");
    }
    if (!service.recorded() && ELECTRONIC_DELIVERY.contains(service.method())) {
      return notFound("电子邮件送达、网上送达以系统发送记录为送达凭证，不打印送达回证。"
          + "如改为邮寄或直接送达，请在登记送达后打印送达回证。");
    }
    return proofOfService(trackingNumber, contact, service).map(answer)
        .orElseGet(() -> notFound("答复书尚未签发，不能打印送达回证。"));
  }

  /**
   * How the reply is served: the 送达方式 and date recorded for the issued reply (a delivery
   * recorded before it was issued belongs to an earlier round's reply), else the 获取方式 asked
   * for, dated the day the reply was issued.
   */
  private record Service(String method, LocalDate date, boolean recorded) {}

  private Service service(String trackingNumber, Optional<ApplicantContact> contact) {
    LocalDate issuedOn = reply.issuedOn(trackingNumber).orElse(null);
    String deliveredBy = register.deliveredBy(trackingNumber);
    LocalDate deliveredOn = register.dates(trackingNumber)
        .map(CaseRegister.CaseDates::deliveredOn).orElse(null);
    if (issuedOn != null && deliveredBy != null && deliveredOn != null
        && !deliveredOn.isBefore(issuedOn)) {
      return new Service(deliveredBy, deliveredOn, true);
    }
    return new Service(contact.map(ApplicantContact::deliveryMethod).orElse(null), issuedOn,
        false);
  }

  private static final String NEVER_SENT = "答复书未发出：本案在答复书送达前已终止办理（如申请人撤回申请、"
      + "逾期未缴纳信息处理费），该答复书虽已签发编号，但未送达申请人，不作为本案的答复，不提供查看和下载。"
      + "本案的终止办理告知书见办理过程记录。";

  /**
   * The reply was numbered and dated at 签发 but the case closed without it being served
   * (withdrawn, the fee unpaid): it is no decision of the case and is not handed out as a
   * signed letter (audit 32a, F6; ADR 0132). Its row stays in the register with its 文号.
   */
  private Optional<String> neverSent(String trackingNumber) {
    // Recorded void (ADR 0136): so it stays after a correction reopened the case, until the new
    // round issues its own reply; before, the pages showed it as 已签发 meanwhile.
    Optional<String> voided = reply.voidedLatest(trackingNumber).map(r -> "答复书"
        + r.documentNumber() + "已于" + CaseLetters.chinese(r.voidedOn()) + "作废（" + r.voidReason()
        + "），未送达申请人，不作为本案的答复，不提供查看和下载。");
    if (voided.isPresent()) {
      return voided;
    }
    String number = reply.issuedNumber(trackingNumber).orElse(null);
    boolean closedUnsent = number != null
        && register.dates(trackingNumber).map(CaseRegister.CaseDates::status)
            .filter(CaseRegister.Status.CLOSED.name()::equals).isPresent()
        && letters.of(trackingNumber).stream().noneMatch(letter ->
            letter.kind() == LetterKind.REPLY && number.equals(letter.documentNumber()));
    return closedUnsent ? Optional.of(NEVER_SENT) : Optional.empty();
  }

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<String> refused(AccessDenied e) {
    return page(HttpStatus.FORBIDDEN, "无权查看", "您无权查看本案件的文书。");
  }

  /** The issued reply as stored, else the 送审稿 of the letter as it stands. */
  private Optional<LetterFile> currentReply(String trackingNumber) {
    String draft = access.withoutAuthorizations(() -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(trackingNumber).active().list().stream().findFirst()
          .orElse(null);
      Object text = instance == null ? null
          : runtime.getVariable(instance.getId(), ProcessVariables.REPLY_LETTER_TEXT);
      return text instanceof String s && !s.isBlank() ? s : null;
    });
    return reply.current(trackingNumber, draft);
  }

  /** The 送达回证 of the issued reply: recipient and address from the register (logged). */
  private Optional<LetterFile> proofOfService(String trackingNumber,
      Optional<ApplicantContact> contact, Service service) {
    Optional<LetterFile> issued = reply.current(trackingNumber, null)
        .filter(file -> file.documentNumber() != null);
    if (issued.isEmpty() || contact.isEmpty() || service.date() == null) {
      return Optional.empty();
    }
    accessLog.record(trackingNumber, access.currentUser(),
        PersonalDataAccessLog.Purpose.PROOF_OF_SERVICE);
    // Before the service is recorded the way asked for is only intended (拟).
    String method = service.recorded()
        ? RECORDED_METHODS.getOrDefault(service.method(), "")
        : "拟" + DELIVERY_METHODS.getOrDefault(service.method(), "");
    byte[] docx = documents.proofOfService(LetterKind.REPLY.title(),
        issued.get().documentNumber(), contact.get().applicantName(), method,
        // Post goes to the applicant's address; a reply collected is served at the agency.
        "POST".equals(service.method()) ? contact.get().contactAddress() : agency.address(),
        // The day of the service once recorded, else the reply's own date, never the day the
        // 回证 happens to be printed.
        service.date());
    return Optional.of(new LetterFile("送达回证（" + issued.get().documentNumber() + "）.docx",
        issued.get().documentNumber(), docx, LetterFile.sha256(docx)));
  }

  private static ResponseEntity<?> download(LetterFile file) {
    return ResponseEntity.ok().contentType(DOCX).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(file.bytes());
  }

  private static ResponseEntity<String> html(String page) {
    return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(page);
  }

  private static ResponseEntity<?> notFound(String message) {
    return page(HttpStatus.NOT_FOUND, "未找到", message);
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String message) {
    return ResponseEntity.status(status).contentType(HTML).body(StaffPages.begin(title, "")
        .append("<h1>").append(escape(title)).append("</h1><p>").append(escape(message))
        .append("</p></body></html>\n").toString());
  }
}
