package io.github.ogiworkflow.deadline;

import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE_TEXT;

import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseDates;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Tasklist's 答复期限 column ({@code replyDueDateText}) of the cases that already waited for the
 * applicant's correction (补正, Art. 30) when 发出补正告知书 began to set it (ADR 0041): they still
 * showed the date counted from the original receipt, a date that no longer counts while the reply
 * clock waits (Art. 30, 33). At every start, before the web server takes requests, each case the
 * register shows waiting with its clock stopped ({@link CorrectionWait#clockWaits}) gets the text
 * the register gives it now ({@link CorrectionWait#RECOMPUTED_AFTER_CORRECTION}), so cases that
 * entered the wait before and after that change read the same. Idempotent: a case already
 * showing it is not touched (no history entry). Logs at INFO how many changed and how long it
 * took (docs/benchmarks.md).
 */
@Component
public class WaitingCorrectionTexts implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(WaitingCorrectionTexts.class);

  private final CaseRegister register;
  private final ObjectProvider<RuntimeService> runtime;

  public WaitingCorrectionTexts(CaseRegister register, ObjectProvider<RuntimeService> runtime) {
    this.register = register;
    this.runtime = runtime;
  }

  @Override
  public void afterSingletonsInstantiated() {
    RuntimeService engine = runtime.getIfAvailable();
    if (engine == null) {
      return; // a context without the engine (the process tests call refresh themselves)
    }
    long started = System.nanoTime();
    int refreshed = refresh(engine);
    // One line per start, so its cost shows apart from the rest of the start (benchmarks.md).
    LOG.info("WaitingCorrectionTexts: {} cases waiting for a correction refreshed in {} ms",
        refreshed, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Sets {@code replyDueDateText} of every running case whose reply clock waits for the
   * correction to {@link CorrectionWait#RECOMPUTED_AFTER_CORRECTION} where it says something
   * else; returns how many changed.
   */
  public int refresh(RuntimeService engine) {
    int refreshed = 0;
    for (CaseDates waiting : register.awaitingCorrection()) {
      String instance = waiting.processInstanceId();
      if (instance == null
          || !CorrectionWait.clockWaits(register, waiting.trackingNumber())
          || engine.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
        continue;
      }
      if (!CorrectionWait.RECOMPUTED_AFTER_CORRECTION.equals(
          engine.getVariable(instance, REPLY_DUE_DATE_TEXT))) {
        engine.setVariable(instance, REPLY_DUE_DATE_TEXT,
            CorrectionWait.RECOMPUTED_AFTER_CORRECTION);
        refreshed++;
      }
    }
    return refreshed;
  }
}
