package io.github.ogiworkflow.attachment;

import io.github.ogiworkflow.security.StaffApiAuthentication;
import jakarta.servlet.MultipartConfigElement;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The staff attachment API authenticates like the other staff APIs (the pages under /cases/ are
 * covered by privacy/ApplicantWebConfiguration's filter). Spring's multipart limits follow
 * ogi.attachments.max-size, with a little room so that {@link Attachments} itself refuses a file
 * just over the limit (400 with its Chinese message) and the servlet container only stops
 * uploads far beyond it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class AttachmentWebConfiguration {

  /** A case's files: this, the tracking number, then {@link #ATTACHMENTS}. */
  public static final String API = "/api/cases/";
  public static final String PAGES = "/cases/";
  public static final String ATTACHMENTS = "/attachments";

  static final DataSize ROOM = DataSize.ofMegabytes(1);

  /** Every case API under /api/cases/ (attachments, date corrections): one filter, one check. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> caseApiAuthentication() {
    return StaffApiAuthentication.httpBasic("case-api-authentication", "", API + "*");
  }

  @Bean
  MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
    long file = properties.maxSize().toBytes() + ROOM.toBytes();
    return new MultipartConfigElement("", file, file + ROOM.toBytes(),
        (int) DataSize.ofMegabytes(1).toBytes());
  }
}
