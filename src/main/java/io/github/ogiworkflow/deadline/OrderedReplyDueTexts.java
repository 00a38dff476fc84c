package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * ADR 0111 gave the extension forms (临近答复期限, 审批延期答复) the round's ordered reply date as
 * {@code orderedReplyDueText}, set with every move of the deadline and by the decision. A case
 * bound by an ordered date before the upgrade has no such variable until its deadline next moves,
 * so its forms showed the unbound hint (20 working days) while the server refused any extension
 * past the date (ADR 0120). At every start, each running request whose round has an ordered date
 * in the register ({@code ogi_case.ordered_due_on}) and whose instance lacks the variable, or
 * holds another date, gets the register's date. Idempotent; one register query that reads only
 * bound rounds, not every open case; a failure is logged and never stops the app.
 */
@Component
public class OrderedReplyDueTexts implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrderedReplyDueTexts.class);

  private final ObjectProvider<ProcessEngine> engine;
  private final CaseRegister cases;

  public OrderedReplyDueTexts(ObjectProvider<ProcessEngine> engine, CaseRegister cases) {
    this.engine = engine;
    this.cases = cases;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processEngine != null) {
      int set = fill(processEngine);
      if (set > 0) {
        LOG.info("OrderedReplyDueTexts: {} running request(s) given orderedReplyDueText", set);
      }
    }
  }

  /** Sets the register's ordered date where a running bound round lacks it; how many. */
  public int fill(ProcessEngine processEngine) {
    RuntimeService runtime = processEngine.getRuntimeService();
    int set = 0;
    for (CaseRegister.RunningCase bound : cases.withRunningClockBoundByOrderedDate()) {
      if (bound.orderedDueOn() == null || bound.processInstanceId() == null) {
        continue;
      }
      try {
        if (runtime.createProcessInstanceQuery().processInstanceId(bound.processInstanceId())
            .singleResult() == null) {
          continue;
        }
        String expected = bound.orderedDueOn().toString();
        if (!expected.equals(runtime.getVariable(bound.processInstanceId(),
            ProcessVariables.ORDERED_REPLY_DUE_TEXT))) {
          runtime.setVariable(bound.processInstanceId(), ProcessVariables.ORDERED_REPLY_DUE_TEXT,
              expected);
          set++;
        }
      } catch (RuntimeException e) {
        LOG.warn("Request {} keeps its orderedReplyDueText: {}", bound.trackingNumber(),
            e.getMessage());
      }
    }
    return set;
  }
}
