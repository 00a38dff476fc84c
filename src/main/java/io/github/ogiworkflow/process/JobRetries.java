package io.github.ogiworkflow.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * One retry cycle for every job of every model (docs/adr/0008-one-retry-cycle.md, amended by
 * docs/adr/0021-first-retry-soon.md): a failed asynchronous step, timer or continuation is tried
 * three times in all, the second time ten seconds after the first and the third five minutes
 * after that, then becomes an incident that Cockpit shows. Ten seconds heal the usual failure on
 * a cluster, a conflict with another node (an optimistic locking failure), without a five-minute
 * wait; five minutes leave a real fault time to be seen before the incident. Models do not write
 * a cycle of their own; a step that must not retry says so with a named exception instead
 * ({@link StepRefused}, e.g. {@code reply.ReleaseRefused}, turned into an incident at once by
 * {@link RefusalIncidents}).
 */
@Component
public class JobRetries extends AbstractProcessEnginePlugin {

  /** The engine's list form: one interval per retry, so two retries and three attempts. */
  public static final String DEFAULT_CYCLE = "PT10S,PT5M";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobRetryTimeCycle(DEFAULT_CYCLE);
  }
}
