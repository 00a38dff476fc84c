package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.receipt.ApplicationReceipt;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.webapp.StaffPages;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cases/{trackingNumber}/receipt}: the 受理回执 of a counter or post request with its
 * query code printed (ADR 0175, audit 34a F3's open rest). The office's plain form post from the
 * receipt page ({@code identityChecked=true}: a new code is issued as
 * {@code POST /api/cases/{n}/query-code} issues it, the earlier one stops working) or from the
 * case page right after issuing ({@code queryCode=…}: printed only if it is the case's working
 * office code). The code is never stored in clear: it exists in this answer only (no-store); a
 * reprint ({@code GET}) says when a code was issued, not what it is. Office only (403); 400 in
 * Chinese naming the field; 409 for an online application; 404 for an unknown number.
 */
@RestController
@ConditionalOnWebApplication
public class ReceiptQueryCodeController {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final QueryCodeReissue codes;
  private final ApplicationReceipt receipt;
  private final StaffAccess access;

  public ReceiptQueryCodeController(QueryCodeReissue codes, ApplicationReceipt receipt,
      StaffAccess access) {
    this.codes = codes;
    this.receipt = receipt;
    this.access = access;
  }

  @PostMapping("/cases/{trackingNumber}/receipt")
  public ResponseEntity<String> printWithQueryCode(@PathVariable String trackingNumber,
      @RequestParam(name = "identityChecked", required = false) String identityChecked,
      @RequestParam(name = "queryCode", required = false) String queryCode) {
    access.require(Groups.OFFICE);
    String number = trackingNumber.strip();
    Optional<String> code;
    try {
      if (queryCode != null && !queryCode.isBlank()) {
        if (receipt.staffHtml(number).isEmpty()) {
          code = Optional.empty();
        } else if (!codes.isOfficeCode(number, queryCode)) {
          throw new InvalidInput("queryCode: not the case's working code（查询码不是本申请现行有效的"
              + "查询码，不能打印；请重新生成查询码）");
        } else {
          code = Optional.of(queryCode.strip());
        }
      } else {
        code = codes.issueForReceipt(number, "true".equals(identityChecked) ? Boolean.TRUE
            : identityChecked, access.currentUser());
      }
    } catch (InvalidInput e) {
      return page(HttpStatus.BAD_REQUEST, "不能生成查询码", e.getMessage(), number);
    } catch (QueryCodeReissue.OnlineApplication | QueryCodeReissue.NoReceipt e) {
      return page(HttpStatus.CONFLICT, "不能生成查询码", e.getMessage(), number);
    }
    return code.flatMap(c -> receipt.htmlWithQueryCode(number, c))
        .map(html -> ResponseEntity.status(HttpStatus.OK).contentType(HTML)
            .cacheControl(CacheControl.noStore()).body(html))
        .orElseGet(() -> page(HttpStatus.NOT_FOUND, "未找到", "受理编号 " + number + " 不存在。",
            null));
  }

  /** A short Chinese page for a refusal, with the way back to the receipt. */
  private static ResponseEntity<String> page(HttpStatus status, String title, String message,
      String number) {
    // The Chinese part of "field: english（中文）" is what the office reads.
    String text = message.contains("（") && message.endsWith("）")
        ? message.substring(message.indexOf('（') + 1, message.length() - 1) : message;
    StringBuilder html = StaffPages.begin(title, "").append("<h1>").append(title)
        .append("</h1><p>").append(StaffPages.escape(text)).append("</p>");
    if (number != null) {
      html.append("<p><a href=\"/cases/").append(StaffPages.escape(java.net.URLEncoder.encode(
          number, StandardCharsets.UTF_8))).append("/receipt\">返回受理回执</a></p>");
    }
    return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
        .body(html.append("</body></html>\n").toString());
  }
}
