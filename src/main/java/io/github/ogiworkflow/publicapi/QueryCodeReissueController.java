package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{trackingNumber}/query-code} with {@code {"identityChecked": true}}:
 * 重新生成查询码 (ADR 0158, audit 34a F3). Office only (and administrators), authenticated like
 * the other case APIs. Answers 201 with the new code, shown this once for handing over or
 * mailing (no-store); the earlier codes stop working. 400 in Chinese on {@code identityChecked},
 * 404 for an unknown number. A counter or post case gets its first (or a new) office-issued code
 * (ADR 0170): it serves the status lookup and downloads only, and makes it no online case.
 */
@RestController
@ConditionalOnWebApplication
public class QueryCodeReissueController {

  private final QueryCodeReissue reissue;
  private final StaffAccess access;

  public QueryCodeReissueController(QueryCodeReissue reissue, StaffAccess access) {
    this.reissue = reissue;
    this.access = access;
  }

  @PostMapping(path = "/api/cases/{trackingNumber}/query-code", produces = "application/json")
  public ResponseEntity<?> reissue(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.OFFICE);
    String number = trackingNumber.strip();
    return reissue.reissue(number, body == null ? null : body.get("identityChecked"),
            access.currentUser())
        .<ResponseEntity<?>>map(issued -> {
          Map<String, Object> answer = new LinkedHashMap<>();
          answer.put("trackingNumber", number);
          answer.put("queryCode", issued.code());
          answer.put("message", issued.online()
              ? "已为" + number + "重新生成查询码，原查询码已失效。新查询码仅显示这一次，"
                  + "请当面交给申请人或书面寄送；本机关不保存查询码。"
              : "已为" + number + "（当面或邮寄申请）生成查询码，原查询码（如有）已失效。查询码仅显示这一次，"
                  + "请当面交给申请人或书面寄送；本机关不保存查询码。申请人可凭受理编号和查询码在网上查询办理进度、"
                  + "下载已送达的文书；补正、说明理由等仍以书面形式提交。");
          return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
              .body(answer);
        })
        .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "unknown tracking number "
            + number + "（受理编号 " + number + " 不存在）"));
  }

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<Map<String, String>> invalid(InvalidInput e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
