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
 *
 * <p>Every failure is recorded with its message in Chinese first ({@link IncidentMessages}): the
 * engine copies the job's exception message into the incident Cockpit shows staff (cut to 666
 * characters, so the order matters before the cut). The failure as thrown is the recorded stack
 * trace's cause, for administrators.
 */
@Component
public class RefusalIncidents extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory standard = configuration.getFailedJobCommandFactory() != null
        ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> refusal(exception)
        ? new NoRetry(jobId, chineseFirst(exception))
        : standard.getCommand(jobId, chineseFirst(exception)));
  }

  /** The failure, with a message in Chinese first; the failure as thrown is its cause. */
  static Throwable chineseFirst(Throwable exception) {
    return exception == null ? null : new ChineseFirst(exception);
  }

  static boolean refusal(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof StepRefused) {
        return true;
      }
    }
    return false;
  }

  /**
   * A failure's message as staff read it; its cause is the failure as thrown. It has no stack of
   * its own: the recorded stack trace reads its message, then "Caused by:" the failure.
   */
  static final class ChineseFirst extends RuntimeException {

    ChineseFirst(Throwable failure) {
      super(IncidentMessages.chineseFirst(failure), failure, false, false);
    }
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
