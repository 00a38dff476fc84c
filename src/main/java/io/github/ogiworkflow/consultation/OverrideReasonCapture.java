package io.github.ogiworkflow.consultation;

import static io.github.ogiworkflow.process.ProcessVariables.OVERRIDE_PARTY_REASONS;
import static io.github.ogiworkflow.process.ProcessVariables.OVERRIDE_PROPOSED;
import static io.github.ogiworkflow.process.ProcessVariables.OVERRIDE_REASON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ModelVersions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.privacy.FullTextKeeper;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.UserTaskParsing;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Completing 判断是否涉及重大公共利益 with a proposal to disclose keeps the office's reason in full
 * on the third party's latest consultation ({@code ogi_consultation.override_reason}, V81): the
 * engine stores the variable masked (audit 30b F4, ADR 0117), and the 公开决定告知书 is written
 * after leadership's approval, in a later command. A built-in complete listener, so cases on
 * every deployed version of the model keep it (the model is parsed again after a restart); it
 * runs in the completing command, where the submitted value is still whole. A reason entered
 * before this change, awaiting leadership's approval, is kept from its variable before the
 * backfill masks it ({@link FullTextKeeper}).
 *
 * <p>One reason per objecting party (ADR 0182): each party's 公开决定告知书 states the reason
 * concerning its own information (Art. 15, 32), so the task lists the parties the notices will go
 * to ({@link OverrideNotices#needed}, {@code overridePartyReasons}, set when it is created and
 * removed when it is completed) and its completion keeps each party's reason on that party's consultation. Every party
 * needs one: refused (400, nothing kept) otherwise. With one party on a form without the list,
 * the single {@code overrideReason} is its reason. A case whose deployed form predates the list (two or more
 * parties, one field) keeps the one reason for all, as before.
 */
@Component
public class OverrideReasonCapture extends AbstractProcessEnginePlugin
    implements FullTextKeeper {

  static final String FORM_ID = "public-interest";
  static final String ROW_REASON = "overridePartyReason";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<ConsultationRegister> consultations;
  private final ObjectProvider<RuntimeService> runtime;
  private final ObjectProvider<OverrideNotices> notices;

  public OverrideReasonCapture(ObjectProvider<ConsultationRegister> consultations,
      ObjectProvider<RuntimeService> runtime, ObjectProvider<OverrideNotices> notices) {
    this.consultations = consultations;
    this.runtime = runtime;
    this.notices = notices;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.onEveryUserTask(configuration, (element, activity, task) -> {
      if (ElementIds.TASK_CONSIDER_PUBLIC_INTEREST.equals(activity.getId())) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::listParties);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::keep);
      }
    });
  }

  @Override
  public int keepFullTexts() {
    RuntimeService engine = runtime.getObject();
    ConsultationRegister register = consultations.getObject();
    return FullTextKeeper.keepEach(engine, OVERRIDE_REASON, (variable, reason) -> {
      if (!Boolean.TRUE.equals(engine.getVariable(variable.getExecutionId(), OVERRIDE_PROPOSED))) {
        return false;
      }
      ProcessInstance instance = engine.createProcessInstanceQuery()
          .processInstanceId(variable.getProcessInstanceId()).singleResult();
      Optional<Consultation> objection = instance == null ? Optional.empty()
          : register.latestThirdParty(instance.getBusinessKey());
      if (objection.isEmpty() || register.overrideReason(objection.get().id()).isPresent()) {
        return false;
      }
      register.keepOverrideReason(objection.get().id(), reason);
      return true;
    });
  }

  /** The rows of the form's list: one per party a notice would go to, in the notices' order. */
  private void listParties(DelegateTask task) {
    if (ModelVersions.formLacks(task.getExecution(), FORM_ID, OVERRIDE_PARTY_REASONS)) {
      return;
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (OverrideNotices.PartyNotice notice : notices.getObject()
        .needed(task.getExecution().getProcessBusinessKey())) {
      rows.add(Map.of("party", notice.partyText()));
    }
    task.getExecution().setVariable(OVERRIDE_PARTY_REASONS, org.camunda.spin.Spin.JSON(rows));
  }

  private void keep(DelegateTask task) {
    // The list lives only while the task is open: read, then removed in the completing command,
    // so the reasons never reach the runtime tables (the history keeps no value, PersonalVariables).
    Object partyReasons = task.getVariable(OVERRIDE_PARTY_REASONS);
    task.getExecution().removeVariable(OVERRIDE_PARTY_REASONS);
    if (!Boolean.TRUE.equals(task.getVariable(OVERRIDE_PROPOSED))) {
      return;
    }
    ConsultationRegister register = consultations.getObject();
    String trackingNumber = task.getExecution().getProcessBusinessKey();
    List<OverrideNotices.PartyNotice> needed = notices.getObject().needed(trackingNumber);
    String single = Vars.text(task, OVERRIDE_REASON);
    if (needed.size() > 1
        && ModelVersions.formLacks(task.getExecution(), FORM_ID, OVERRIDE_PARTY_REASONS)) {
      // A case on a model deployed before ADR 0182: its form has one field, for all parties.
      register.latestThirdParty(trackingNumber).ifPresent(objection ->
          register.keepOverrideReason(objection.id(), single));
      return;
    }
    if (needed.isEmpty()) {
      // Nothing to disclose over an objection (发出公开决定告知书 refuses it); kept as before.
      register.latestThirdParty(trackingNumber).ifPresent(objection ->
          register.keepOverrideReason(objection.id(), single));
      return;
    }
    // The single field stands for the one party's reason only on a form without the list
    // (ADR 0182); the form with the list sends the reason in its row (review37 F3).
    Map<Long, String> reasons = reasons(needed, partyReasons,
        ModelVersions.formLacks(task.getExecution(), FORM_ID, OVERRIDE_PARTY_REASONS)
            ? single : null);
    reasons.forEach(register::keepOverrideReason);
    // Leadership's 审批公共利益公开 reads every party's reason (stored masked, as before): one
    // party's reason as it is, several as "party：reason" lines (review37 F3).
    StringBuilder all = new StringBuilder();
    for (OverrideNotices.PartyNotice notice : needed) {
      String reason = reasons.get(notice.consultation().id());
      all.append(all.length() == 0 ? "" : "\n")
          .append(needed.size() == 1 ? reason : notice.partyText() + "：" + reason);
    }
    task.getExecution().setVariable(OVERRIDE_REASON, all.toString());
  }

  /**
   * Each needed party's reason by its consultation: its row's, or, for a single party on a form
   * without the list, the one {@code overrideReason} ({@code single}, null on the form with it). Every party must have one, every row must name a party a notice goes
   * to, once; checked before anything is kept. Bad input: 400 on the row, in Chinese.
   */
  static Map<Long, String> reasons(List<OverrideNotices.PartyNotice> needed, Object value,
      String single) {
    Map<String, String> byParty = new LinkedHashMap<>();
    for (JsonNode row : rows(value)) {
      String party = row.path("party").asText("").strip();
      if (needed.stream().noneMatch(n -> n.partyText().equals(party))
          || byParty.containsKey(party)) {
        throw new InvalidInput(OVERRIDE_PARTY_REASONS + ": a row that is not an objecting party"
            + " the notices go to, or twice（理由列表只能列本案不同意公开、将收到公开决定告知书的第三方，"
            + "每个第三方一行）");
      }
      JsonNode reason = row.path(ROW_REASON);
      byParty.put(party, reason.isTextual() ? reason.asText() : null);
    }
    Map<Long, String> reasons = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    int n = 0;
    for (OverrideNotices.PartyNotice notice : needed) {
      n++;
      String reason = byParty.get(notice.partyText());
      if ((reason == null || reason.isBlank()) && needed.size() == 1) {
        reason = single;
      }
      if (reason == null || reason.isBlank()) {
        missing.add(notice.partyText());
        continue;
      }
      if (reason.codePointCount(0, reason.length()) > 4000
          || Vars.hasHiddenCharacters(reason, true)) {
        throw new InvalidInput(OVERRIDE_PARTY_REASONS + "[" + n + "]." + ROW_REASON
            + " at most 4000 characters, no control characters（" + notice.partyText()
            + "：提请公开的理由不超过4000字，且不含无法识别的字符）");
      }
      reasons.put(notice.consultation().id(), reason.strip());
    }
    if (!missing.isEmpty()) {
      throw new InvalidInput(OVERRIDE_PARTY_REASONS + ": a reason for each objecting party"
          + " is required (Art. 32)（对各第三方决定公开的理由：每个不同意公开的第三方各收到一份公开决定告知书，"
          + "须逐一填写对其决定公开的理由（条例第三十二条），尚未填写：" + String.join("、", missing) + "）");
    }
    return reasons;
  }

  private static List<JsonNode> rows(Object value) {
    if (value == null) {
      return List.of();
    }
    JsonNode array;
    try {
      array = value instanceof List<?> list ? JSON.valueToTree(list)
          : JSON.readTree(value.toString());
    } catch (Exception e) {
      throw new InvalidInput(OVERRIDE_PARTY_REASONS + " is not a JSON list（理由列表格式错误）", e);
    }
    if (!array.isArray()) {
      throw new InvalidInput(OVERRIDE_PARTY_REASONS + " is not a JSON list（理由列表格式错误：应为列表）");
    }
    List<JsonNode> rows = new ArrayList<>();
    array.forEach(row -> {
      if (!row.isObject()) {
        throw new InvalidInput(OVERRIDE_PARTY_REASONS + " has a row that is not an object"
            + "（理由列表格式错误）");
      }
      rows.add(row);
    });
    return rows;
  }
}
