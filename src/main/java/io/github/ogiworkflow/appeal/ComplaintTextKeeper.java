package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_TEXT;

import io.github.ogiworkflow.privacy.FullTextKeeper;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A complaint registered before V81 has its text only in the engine; before the text is masked
 * there (audit 30b F4, ADR 0117) it is kept in {@code ogi_appeal.complaint_text}, from which
 * the answer quotes it.
 */
@Component
// Web layer only, as the backfill that calls it: the process test engine scans this package
// without an engine service to inject.
@ConditionalOnWebApplication
class ComplaintTextKeeper implements FullTextKeeper {

  private final RuntimeService runtime;
  private final AppealRegister appeals;

  ComplaintTextKeeper(RuntimeService runtime, AppealRegister appeals) {
    this.runtime = runtime;
    this.appeals = appeals;
  }

  @Override
  public int keepFullTexts() {
    return FullTextKeeper.keepEach(runtime, COMPLAINT_TEXT,
        (variable, text) -> appeals.keepComplaintTextOf(variable.getProcessInstanceId(), text));
  }
}
