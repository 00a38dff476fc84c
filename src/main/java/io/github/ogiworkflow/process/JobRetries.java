package io.github.ogiworkflow.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * One retry cycle for every job of every model (docs/adr/0008-one-retry-cycle.md): a failed
 * asynchronous step, timer or continuation is tried three more times, five minutes apart, then
 * becomes an incident that Cockpit shows. Models do not write a cycle of their own; a step that
 * must not retry says so with a named exception instead (e.g. {@code reply.ReleaseRefused},
 * turned into an incident at once by {@code reply.ReleaseRefusalIncidents}).
 */
@Component
public class JobRetries extends AbstractProcessEnginePlugin {

  /** ISO 8601 repetition: three retries, five minutes apart. */
  public static final String DEFAULT_CYCLE = "R3/PT5M";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobRetryTimeCycle(DEFAULT_CYCLE);
  }
}
