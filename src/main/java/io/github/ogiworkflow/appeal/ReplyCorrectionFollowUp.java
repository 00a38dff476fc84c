package io.github.ogiworkflow.appeal;

import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * What another domain does when a reconsideration decision or judgment has corrected (纠正) a
 * reply and the request was reopened (ADR 0118): e.g. the withdrawal of what was published under
 * Art. 44 on that reply. Called by 重新办理申请 in the decision's transaction, after the reopening;
 * an implementation adds what it did to the decision's notice
 * ({@link AppealRegister#addDecisionNotice}) and must be idempotent (a later decision on the same
 * reply calls it again). Declared here so that the appeal package need not know those domains.
 */
public interface ReplyCorrectionFollowUp {

  void replyCorrected(ProcessEngineServices engine, AppealRegister.Appeal appeal);
}
