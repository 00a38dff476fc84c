package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Withdrawal (撤回) of a published item: reason from the office, approval by leadership. */
@Configuration(proxyBeanMethods = false)
public class WithdrawalDelegates {

  /** 核对拟撤回信息: only a published item can be withdrawn, and only with a reason. */
  @Bean
  JavaDelegate checkWithdrawalDelegate(PublicationRegister register) {
    return execution -> {
      Integer itemId = Vars.number(execution, PUBLICATION_ITEM_ID);
      Publication p = itemId == null ? null : register.byItem(itemId).orElse(null);
      if (p == null || p.status() != PublicationStatus.PUBLISHED) {
        throw new InvalidInput("publicationItemId is not a published item（该信息项未发布或已撤回）");
      }
      Vars.requiredText(execution, WITHDRAWAL_REASON, "撤回理由");
      execution.setProcessBusinessKey(p.batchRef());
      execution.setVariable(TRACKING_NUMBER, p.batchRef());
      execution.setVariable(ITEM_TITLE, p.title());
      execution.setVariable(PUBLISHED_CHANNELS_TEXT, register.channels(p.id()).stream()
          .map(c -> c.channel().label() + " " + c.publishedOn() + " " + c.location())
          .collect(Collectors.joining("\n")));
    };
  }

  /** 登记撤回: the item leaves the catalogue and the counts; the approver is kept. */
  @Bean
  JavaDelegate recordWithdrawalDelegate(PublicationRegister register) {
    return execution -> {
      Integer itemId = Vars.number(execution, PUBLICATION_ITEM_ID);
      Publication p = register.byItem(itemId).orElseThrow();
      if (p.status() != PublicationStatus.PUBLISHED) {
        // Withdrawn meanwhile by another approved withdrawal: the first one stands.
        return;
      }
      register.withdraw(p.id(), OfficeTime.today(),
          Vars.requiredText(execution, WITHDRAWAL_REASON, "撤回理由"),
          CompletedBy.lastTask(execution, ElementIds.TASK_APPROVE_WITHDRAWAL));
    };
  }
}
