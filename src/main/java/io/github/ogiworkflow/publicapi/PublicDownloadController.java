package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.attachment.AttachmentController;
import io.github.ogiworkflow.attachment.ElectronicDelivery;
import io.github.ogiworkflow.attachment.ElectronicDelivery.DownloadRefused;
import io.github.ogiworkflow.attachment.ElectronicDelivery.Offer;
import io.github.ogiworkflow.attachment.ElectronicDelivery.PublicFile;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.receipt.ApplicationReceipt;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the applicant takes away online, with the query code (header X-Query-Code, which the
 * page uses so that the code never appears in a URL; the parameter "code" as for the status): the 受理回执, and after delivery by 网上获取 or 电子邮件 the reply
 * letter and the released files, through signed links that expire (attachment/DownloadLinks).
 */
@RestController
class PublicDownloadController {

  static final String DOWNLOADS = "/api/public/downloads/";
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final OnlineRegister online;
  private final OfficeQueryCodes officeCodes;
  private final ElectronicDelivery delivery;
  private final ApplicationReceipt receipt;

  PublicDownloadController(OnlineRegister online, OfficeQueryCodes officeCodes,
      ElectronicDelivery delivery, ApplicationReceipt receipt) {
    this.online = online;
    this.officeCodes = officeCodes;
    this.delivery = delivery;
    this.receipt = receipt;
  }

  @GetMapping(PublicRequestController.BASE + "/{trackingNumber}/receipt")
  ResponseEntity<String> receipt(@PathVariable String trackingNumber,
      @RequestHeader(name = PublicRequestController.QUERY_CODE_HEADER, required = false)
      String headerCode, @RequestParam(name = "code", required = false) String paramCode) {
    authorize(trackingNumber, headerCode != null ? headerCode : paramCode);
    String html = receipt.html(trackingNumber).orElseThrow(PublicApiException::notFound);
    return ResponseEntity.ok().contentType(HTML).body(html);
  }

  @GetMapping(PublicRequestController.BASE + "/{trackingNumber}/downloads")
  Map<String, Object> downloads(@PathVariable String trackingNumber,
      @RequestHeader(name = PublicRequestController.QUERY_CODE_HEADER, required = false)
      String headerCode, @RequestParam(name = "code", required = false) String paramCode) {
    authorize(trackingNumber, headerCode != null ? headerCode : paramCode);
    Offer offer = delivery.offer(trackingNumber);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trackingNumber", trackingNumber);
    body.put("available", offer.available());
    body.put("message", offer.message());
    List<Map<String, Object>> files = offer.files().stream().map(f -> {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("kind", f.kind());
      file.put("title", f.title());
      file.put("fileName", f.fileName());
      file.put("url", DOWNLOADS + f.token());
      file.put("expiresAt", f.expiresAt().toString());
      return file;
    }).toList();
    body.put("files", files);
    return body;
  }

  @GetMapping(DOWNLOADS + "{token}")
  ResponseEntity<byte[]> download(@PathVariable String token) {
    PublicFile file = delivery.download(token);
    return AttachmentController.file(file.fileName(), file.contentType(), file.bytes());
  }

  @ExceptionHandler(DownloadRefused.class)
  ResponseEntity<Map<String, Object>> refused(DownloadRefused e) {
    return ResponseEntity.status(e.expired() ? HttpStatus.GONE : HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_JSON)
        .body(PublicApiErrors.body(e.expired() ? "link expired" : "not found",
            e.chineseMessage()));
  }

  /** Online codes and the office-issued code of a counter or post case alike (ADR 0170). */
  private void authorize(String trackingNumber, String code) {
    OnlineIntake.requireAnyCode(officeCodes, online, trackingNumber, code);
  }
}
