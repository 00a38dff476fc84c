package io.github.ogiworkflow.process;

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
 * A job that failed with {@link StepRefused} (e.g. {@code reply.ReleaseRefused}, or 核对每项均已审查
 * finding an item without its review) gets no retries: its retries drop to 0 at once, so the
 * engine raises the incident (with the refusal's message) on the first attempt instead of trying
 * again after ten seconds and five minutes. Every other failure keeps the retry cycle of {@link
 * JobRetries}.
 */
@Component
public class RefusalIncidents extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory standard = configuration.getFailedJobCommandFactory() != null
        ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> refusal(exception)
        ? new NoRetry(jobId, exception) : standard.getCommand(jobId, exception));
  }

  static boolean refusal(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof StepRefused) {
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
