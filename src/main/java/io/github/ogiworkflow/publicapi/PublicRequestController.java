package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.publicapi.OnlineIntake.StatusView;
import io.github.ogiworkflow.publicapi.OnlineIntake.Submitted;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicants' API (no login): submit an application, look up its status with the query
 * code, send a correction. Described in static/public/openapi.yaml. Bodies are never logged.
 */
@RestController
@RequestMapping(PublicRequestController.BASE)
class PublicRequestController {

  static final String BASE = "/api/public/requests";
  static final String QUERY_CODE_HEADER = "X-Query-Code";
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
  private static final Set<String> SUPPLEMENT_FIELDS = Set.of("text");

  private final OnlineIntake intake;
  private final JsonBodies bodies;

  PublicRequestController(OnlineIntake intake, JsonBodies bodies) {
    this.intake = intake;
    this.bodies = bodies;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> submit(HttpServletRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw PublicApiException.badRequest("invalid Idempotency-Key",
          "Idempotency-Key 应为 8 至 100 位字母、数字或 . _ : -");
    }
    ApplicationForm form = ApplicationValidator.validate(
        bodies.read(request, ApplicationValidator.FIELDS), OfficeTime.today());
    Submitted submitted = intake.submit(form, idempotencyKey);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trackingNumber", submitted.trackingNumber());
    body.put("queryCode", submitted.queryCode());
    body.put("replayed", submitted.replayed());
    body.put("status", "SUBMITTED");
    body.put("message", submitted.queryCode() != null
        ? "申请已提交。请妥善保存受理编号和查询码：查询码只显示这一次，凭它查询办理进度和提交补正材料。"
        : "该申请已于首次提交时受理；查询码已在首次提交时显示。");
    URI location = URI.create(BASE + "/" + submitted.trackingNumber());
    return ResponseEntity.status(submitted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
        .location(location).body(body);
  }

  @GetMapping("/{trackingNumber}")
  StatusView status(@PathVariable String trackingNumber,
      @RequestHeader(name = QUERY_CODE_HEADER, required = false) String headerCode,
      @RequestParam(name = "code", required = false) String paramCode) {
    return intake.status(trackingNumber, headerCode != null ? headerCode : paramCode);
  }

  @PostMapping("/{trackingNumber}/supplement")
  ResponseEntity<Map<String, Object>> supplement(HttpServletRequest request,
      @PathVariable String trackingNumber,
      @RequestHeader(name = QUERY_CODE_HEADER, required = false) String headerCode,
      @RequestParam(name = "code", required = false) String paramCode) {
    LocalDate receivedOn = intake.supplement(trackingNumber,
        headerCode != null ? headerCode : paramCode, answerText(request, "补正内容"));
    return received(trackingNumber, "supplementReceivedOn", receivedOn,
        "补正材料已提交，收到日期为" + CaseLetters.chinese(receivedOn) + "。答复期限自收到补正材料之日起重新计算。");
  }

  /** 说明理由 (Art. 35; ADR 0163): the applicant's reasons, while the office waits for them. */
  @PostMapping("/{trackingNumber}/reasons")
  ResponseEntity<Map<String, Object>> reasons(HttpServletRequest request,
      @PathVariable String trackingNumber,
      @RequestHeader(name = QUERY_CODE_HEADER, required = false) String headerCode,
      @RequestParam(name = "code", required = false) String paramCode) {
    LocalDate receivedOn = intake.reasons(trackingNumber,
        headerCode != null ? headerCode : paramCode, answerText(request, "说明的理由"));
    return received(trackingNumber, "reasonsReceivedOn", receivedOn,
        "说明的理由已提交，收到日期为" + CaseLetters.chinese(receivedOn) + "。本机关将审查所说明的理由，并将结果告知您。");
  }

  /**
   * 撤回申请 (ADR 0175): the online applicant withdraws the request with the query code, stating
   * {@code "confirmation": "确认撤回"} and optionally a {@code reason} (at most 1,000
   * characters). 201 with the day and the 终止办理告知书's 文号; 400 on the field; 409 in Chinese
   * when the request can no longer be withdrawn here; nothing is written on a refusal.
   */
  @PostMapping("/{trackingNumber}/withdrawal")
  ResponseEntity<Map<String, Object>> withdraw(HttpServletRequest request,
      @PathVariable String trackingNumber,
      @RequestHeader(name = QUERY_CODE_HEADER, required = false) String headerCode,
      @RequestParam(name = "code", required = false) String paramCode) {
    Map<String, String> raw = bodies.read(request, WITHDRAWAL_FIELDS);
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> value = new LinkedHashMap<>();
    value.put("reason", raw.get("reason") == null || raw.get("reason").isBlank() ? null
        : raw.get("reason").strip());
    ApplicationValidator.text(value, errors, "reason", "撤回理由", false, 1000, true);
    if (!WITHDRAWAL_CONFIRMATION.equals(raw.get("confirmation") == null ? null
        : raw.get("confirmation").strip())) {
      errors.put("confirmation", "请确认撤回申请：撤回后本机关将终止办理该申请，不再作出答复"
          + "（确认时填写“" + WITHDRAWAL_CONFIRMATION + "”）");
    }
    if (!errors.isEmpty()) {
      throw PublicApiException.invalid(errors);
    }
    var withdrawn = intake.withdraw(trackingNumber,
        headerCode != null ? headerCode : paramCode, value.get("reason"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trackingNumber", trackingNumber);
    body.put("withdrawnOn", withdrawn.withdrawnOn());
    body.put("message", "您已于" + CaseLetters.chinese(withdrawn.withdrawnOn())
        + "撤回本申请，本机关已终止办理，终止办理告知书可在本页“文书”中查看。如仍需获取该政府信息，可以重新提出申请。");
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  static final Set<String> WITHDRAWAL_FIELDS = Set.of("reason", "confirmation");
  /** What the applicant states to withdraw (the page sends it once the box is ticked). */
  static final String WITHDRAWAL_CONFIRMATION = "确认撤回";

  /** 202 for a written answer taken: the case, the day it counts as received, what follows. */
  private static ResponseEntity<Map<String, Object>> received(String trackingNumber,
      String dayField, LocalDate receivedOn, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trackingNumber", trackingNumber);
    body.put(dayField, receivedOn);
    body.put("message", message);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
  }

  /**
   * The applicant's written answer (a correction or reasons) from the body's {@code text}: trimmed,
   * required, at most 4,000 characters; a 400 naming the field otherwise.
   */
  private String answerText(HttpServletRequest request, String label) {
    Map<String, String> raw = bodies.read(request, SUPPLEMENT_FIELDS);
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> value = new LinkedHashMap<>();
    value.put("text", raw.get("text") == null || raw.get("text").isBlank() ? null
        : raw.get("text").strip());
    ApplicationValidator.text(value, errors, "text", label, true, 4000, true);
    if (!errors.isEmpty()) {
      throw PublicApiException.invalid(errors);
    }
    return value.get("text");
  }
}
