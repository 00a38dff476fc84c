package io.github.ogiworkflow.attachment;

import io.github.ogiworkflow.enginerest.BrowserErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload far beyond the limit is stopped while the request is read, before any controller
 * is chosen, so only a global handler can answer it: 400 with the Chinese message, like the
 * refusal of {@link Attachments} for a file just over the limit.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadTooLargeResponses {

  private final AttachmentProperties properties;

  public UploadTooLargeResponses(AttachmentProperties properties) {
    this.properties = properties;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    String message = "文件超过大小上限 " + properties.maxSize().toMegabytes()
        + " MB，请压缩或拆分后上传";
    if (request.getRequestURI().startsWith(AttachmentWebConfiguration.PAGES)) {
      // The attachments page's own upload form: a page for the person, not JSON.
      return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML)
          .body(new String(BrowserErrorPages.page(400, message), StandardCharsets.UTF_8));
    }
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
        .body(AttachmentController.error("file too large", "file", message));
  }
}
