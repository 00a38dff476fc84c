package io.github.ogiworkflow.consultation;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.ItemRegister;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Art. 32: when leadership decides to disclose although the third party objected, because
 * withholding would seriously harm the public interest, the agency tells the third party in
 * writing what it will disclose and why (公开决定告知书（第三方）), before the reply is released.
 * The release check ({@code reply/ReleaseChecks}) refuses delivery until the notice's service is
 * recorded.
 */
@Configuration(proxyBeanMethods = false)
public class OverrideNoticeDelegates {

  /** 发出公开决定告知书（第三方）: the items concerned and the office's public-interest reason. */
  @Bean
  JavaDelegate sendOverrideNoticeDelegate(CaseLetters letters, ItemRegister items,
      ConsultationRegister consultations) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      Consultation objection = consultations.latestThirdParty(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No third-party consultation for " + trackingNumber));
      LocalDate today = OfficeTime.today();
      letters.send(trackingNumber, LetterKind.OVERRIDE_NOTICE, Map.of(
          "addressee", ConsultationDelegates.addressee(items, trackingNumber,
              ConsultationKind.THIRD_PARTY),
          "consultedOn", CaseLetters.chinese(objection.letterSentOn()),
          "items", ConsultationDelegates.concernedItems(items, trackingNumber,
              ConsultationKind.THIRD_PARTY),
          "reason", Vars.requiredText(execution, OVERRIDE_REASON, "公共利益理由")));
      consultations.overrideNoticeSent(objection.id(), today);
      execution.setVariable(OVERRIDE_NOTICE_ISSUED_ON, today.toString());
    };
  }

  /**
   * Leaving 登记公开决定告知书送达: the service date, not in the future and not before the notice
   * went out (400 on the form otherwise), is the register's proof that the third party was told.
   */
  @Bean
  ExecutionListener recordOverrideNoticeServiceListener(ConsultationRegister consultations) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      Consultation objection = consultations.latestThirdParty(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No third-party consultation for " + trackingNumber));
      LocalDate servedOn = ConsultationDelegates.dateBetween(execution,
          OVERRIDE_NOTICE_SERVED_ON, "告知书送达日期", objection.overrideNoticeSentOn(),
          "告知书发出日期");
      consultations.overrideNoticeServed(objection.id(), servedOn);
    };
  }
}
