package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * ADR 0078 (audit round 24, F13) gave a reply on items all already public the decision 1.public
 * (Art. 36(一): how to obtain it) instead of 1's 本机关决定予以公开, and the legal-parts check
 * refuses the old paragraph. A case waiting at 审核答复书 at the upgrade carries the draft made
 * before. At every start, the paragraph the server drafted then is replaced by the one it drafts
 * now in the case's letter (the process variable the form shows and the check reads, ADR 0052),
 * where the letter carries it verbatim, the register's outcome is 1 and every item is PUBLIC
 * ({@link ReplyLetter#withCurrentAllPublicWording}); the office's other edits stay, and the
 * office sees the new paragraph before it finalises the letter. Idempotent: once replaced,
 * nothing is left to replace. One task query when no case waits there; a failure is logged and
 * never stops the app. A letter already frozen is not touched: on outcome 1 without an override
 * it was issued at once, and it is not checked again.
 */
@Component
public class EarlierReplyWording implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EarlierReplyWording.class);

  private final ObjectProvider<ProcessEngine> engine;
  private final ReplyLetter replyLetter;

  public EarlierReplyWording(ObjectProvider<ProcessEngine> engine, ReplyLetter replyLetter) {
    this.engine = engine;
    this.replyLetter = replyLetter;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processEngine != null) {
      long started = System.nanoTime();
      int redrafted = redraft(processEngine);
      LOG.info("EarlierReplyWording: {} letter(s) at 审核答复书 given the current all-public"
          + " decision in {} ms", redrafted, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Replaces the earlier all-public decision in the letters waiting at 审核答复书; how many. */
  public int redraft(ProcessEngine processEngine) {
    RuntimeService runtime = processEngine.getRuntimeService();
    int redrafted = 0;
    for (Task task : processEngine.getTaskService().createTaskQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .taskDefinitionKey(ElementIds.TASK_EDIT_REPLY).list()) {
      try {
        if (!(runtime.getVariable(task.getExecutionId(), ProcessVariables.REPLY_LETTER_TEXT)
            instanceof String letter) || !replyLetter.earlierAllPublicIn(letter)) {
          continue; // most letters: no register read
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult();
        Optional<String> current = instance == null ? Optional.empty()
            : replyLetter.withCurrentAllPublicWording(instance.getBusinessKey(), letter);
        if (current.isPresent()) {
          runtime.setVariable(task.getExecutionId(), ProcessVariables.REPLY_LETTER_TEXT,
              current.get());
          redrafted++;
          LOG.info("Reply letter of {} at 审核答复书: the all-public decision drafted before"
              + " ADR 0078 replaced by the current one", instance.getBusinessKey());
        }
      } catch (RuntimeException e) {
        LOG.warn("Reply letter at task {} keeps its wording: {}", task.getId(), e.getMessage());
      }
    }
    return redrafted;
  }
}
