package io.github.ogiworkflow.publication;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At each start, open publication batches whose 发布期限 text still holds an ISO date (registered
 * before audit 33a F15) get it written as new ones have it (2026年3月30日);
 * {@link PublicationDueDateRecomputation#rewriteIsoDueDateTexts}. Nothing once none is left.
 */
@Component
class OldDueDateTexts implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OldDueDateTexts.class);

  /** Absent where the engine is not a bean (the scenario tests' engine). */
  private final ObjectProvider<ProcessEngine> engine;
  private final PublicationDueDateRecomputation recomputation;

  OldDueDateTexts(ObjectProvider<ProcessEngine> engine,
      PublicationDueDateRecomputation recomputation) {
    this.engine = engine;
    this.recomputation = recomputation;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processEngine == null) {
      return;
    }
    try {
      List<String> rewritten = recomputation.rewriteIsoDueDateTexts(processEngine);
      if (!rewritten.isEmpty()) {
        LOG.info("发布期限 written in Chinese for {} open batches: {}", rewritten.size(), rewritten);
      }
    } catch (RuntimeException e) {
      // Only a text: the batches run on; the next step counts it again anyway.
      LOG.warn("Rewriting old 发布期限 texts failed: {}", e.toString());
    }
  }
}
