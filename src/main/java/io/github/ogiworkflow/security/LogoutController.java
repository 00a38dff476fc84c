package io.github.ogiworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 退出登录 for our staff pages: ends the login session they share with the webapps. A POST (from
 * the button on the page the GET shows), so another site cannot log a person out with a link.
 */
@RestController
public class LogoutController {

  public static final String LOGOUT = "/logout";

  @GetMapping(value = LOGOUT, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page() {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>退出登录"
        + "</title></head><body><form method=\"post\" action=\"" + LOGOUT + "\">"
        + "<button type=\"submit\">退出登录</button></form></body></html>";
  }

  @PostMapping(LOGOUT)
  ResponseEntity<Void> logout(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, StaffAuthenticationProvider.LOGIN_PAGE).build();
  }
}
