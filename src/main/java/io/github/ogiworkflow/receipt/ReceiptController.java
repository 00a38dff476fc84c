package io.github.ogiworkflow.receipt;

import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.webapp.StaffPages;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 受理回执 at the counter: the office prints it for the applicant after registering the
 * application (linked from the completeness check). Authenticated by the /cases/ pages' filter
 * (privacy/ApplicantWebConfiguration). For a counter or post request the page carries the form
 * that issues a query code and prints it on the receipt (publicapi/ReceiptQueryCodeController,
 * ADR 0175).
 */
@RestController
@ConditionalOnWebApplication
public class ReceiptController {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final ApplicationReceipt receipt;
  private final StaffAccess access;

  public ReceiptController(ApplicationReceipt receipt, StaffAccess access) {
    this.receipt = receipt;
    this.access = access;
  }

  @GetMapping("/cases/{trackingNumber}/receipt")
  public ResponseEntity<String> receipt(@PathVariable String trackingNumber) {
    access.require(Groups.OFFICE);
    return receipt.staffHtml(trackingNumber.trim())
        .map(html -> page(HttpStatus.OK, html))
        .orElseGet(() -> page(HttpStatus.NOT_FOUND, StaffPages.begin("未找到", "")
            .append("<h1>未找到</h1><p>受理编号 ").append(StaffPages.escape(trackingNumber))
            .append(" 不存在。</p></body></html>\n").toString()));
  }

  private static ResponseEntity<String> page(HttpStatus status, String html) {
    return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
        .body(html);
  }
}
