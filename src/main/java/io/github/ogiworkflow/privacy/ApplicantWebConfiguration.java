package io.github.ogiworkflow.privacy;

import io.github.ogiworkflow.security.StaffApiAuthentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The office's applicant page authenticates like the other staff pages. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ApplicantWebConfiguration {

  /** The page of a case is this, its tracking number, then {@link #APPLICANT}. */
  public static final String CASE_PAGES = "/cases/";
  public static final String APPLICANT = "/applicant";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> applicantAuthentication() {
    return StaffApiAuthentication.httpBasic("applicant-authentication", "", CASE_PAGES + "*");
  }
}
