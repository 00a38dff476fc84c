package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.SUPPLEMENT_TEXT;

import io.github.ogiworkflow.privacy.FullTextKeeper;
import io.github.ogiworkflow.register.CaseRegister;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A case that received an online correction before V92 has its text only in the engine; before
 * the text is masked there (ADR 0129) it is kept in {@code ogi_case.supplement_text}, where the
 * office's applicant page reads it.
 */
@Component
// Web layer only, as the backfill that calls it: the process test engine scans this package
// without an engine service to inject.
@ConditionalOnWebApplication
class SupplementTextKeeper implements FullTextKeeper {

  private final RuntimeService runtime;
  private final CaseRegister register;

  SupplementTextKeeper(RuntimeService runtime, CaseRegister register) {
    this.runtime = runtime;
    this.register = register;
  }

  @Override
  public int keepFullTexts() {
    return FullTextKeeper.keepEach(runtime, SUPPLEMENT_TEXT, (variable, text) -> {
      var instance = runtime.createProcessInstanceQuery()
          .processInstanceId(variable.getProcessInstanceId()).singleResult();
      if (instance == null || instance.getBusinessKey() == null
          || register.supplementText(instance.getBusinessKey()).isPresent()) {
        return false;
      }
      register.recordSupplementText(instance.getBusinessKey(), text);
      return true;
    });
  }
}
