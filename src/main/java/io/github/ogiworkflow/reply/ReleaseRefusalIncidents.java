package io.github.ogiworkflow.reply;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job that failed with {@link ReleaseRefused} gets no retries: its retries drop to 0 at once,
 * so the engine raises the incident (with the refusal's message) on the first attempt instead of
 * trying again every five minutes. Every other failure keeps the model's retry cycle.
 */
@Component
public class ReleaseRefusalIncidents extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory standard = configuration.getFailedJobCommandFactory() != null
        ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> refusal(exception)
        ? new NoRetry(jobId, exception) : standard.getCommand(jobId, exception));
  }

  static boolean refusal(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof ReleaseRefused) {
        return true;
      }
    }
    return false;
  }

  /** Records the failure like the standard command, with no retries left. */
  static class NoRetry extends JobRetryCmd implements Command<Object> {

    NoRetry(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job != null) {
        job.unlock();
        logException(job);
        job.setRetries(0);
        notifyAcquisition(commandContext);
      }
      return null;
    }
  }
}
