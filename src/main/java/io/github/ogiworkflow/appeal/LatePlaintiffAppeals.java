package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The copy of a plaintiff's appeal served after its suit had ended (ADR 0057): 登记原告上诉 waits
 * 15 days past the last day of ALL Art. 85's period, then the suit ends at 一审判决生效; a court
 * may forward an appeal posted in time later still. Every appeal served is recorded (handbook
 * §3): a new Litigation instance for the same first instance starts at 登记原告上诉's service
 * step, which checks the input against the register exactly as in a waiting suit, records the
 * appeal with a warning and starts the second instance. The register is the record: the
 * variables come from it, not from the ended instance. A refused input starts nothing.
 */
@Component
public class LatePlaintiffAppeals {

  /** What was recorded: the first instance, the new suit's instance and its warning. */
  public record Recorded(long appealId, String processInstanceId, String warning) {}

  private final AppealRegister appeals;
  private final CaseRegister cases;
  private final Letters letters;

  public LatePlaintiffAppeals(AppealRegister appeals, CaseRegister cases, Letters letters) {
    this.appeals = appeals;
    this.cases = cases;
    this.letters = letters;
  }

  /**
   * The case's first-instance judgments nobody has appealed whose suit no longer runs (ended at
   * 一审判决生效, or on a model before ADR 0049 at 诉讼审结 or after a correction).
   */
  public List<AppealRegister.Appeal> ended(RuntimeService runtime, String trackingNumber) {
    return appeals.of(trackingNumber).stream()
        .filter(a -> a.kind() == AppealKind.LITIGATION && a.instanceNo() == 1 && !a.pending()
            && a.decidedOn() != null && a.appealedBy() == null)
        .filter(a -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
            .processDefinitionKey(ProcessKeys.LITIGATION).variableValueEquals(APPEAL_ID, a.id())
            .count() == 0)
        .toList();
  }

  /**
   * Records the appeal ({@code fields}: the plaintiff-appeal event's) against the ended suit of
   * the appellant the selector names ({@code appellant}, {@code appellantName}; needed only
   * where several ended); 409 where none ended, 400 on a field as in a waiting suit.
   */
  public Recorded record(RuntimeService runtime, HistoryService history, String trackingNumber,
      Map<String, Object> fields, Appellant appellant, String appellantName,
      String nothingWaiting) {
    List<AppealRegister.Appeal> candidates = ended(runtime, trackingNumber).stream()
        .filter(a -> appellant == null || a.filedBy(appellant, appellantName)
            || (appellant == Appellant.THIRD_PARTY && (appellantName == null
                || appellantName.isBlank()) && a.appellant() == Appellant.THIRD_PARTY))
        .toList();
    if (candidates.isEmpty()) {
      throw new AppealConflict("Case " + trackingNumber + ": " + nothingWaiting);
    }
    if (candidates.size() > 1) {
      throw new InvalidInput(APPELLANT + " is required: suits of several appellants have ended on"
          + " case " + trackingNumber + "（该申请有多个提起人的诉讼已审结，请填写提起人及第三方名称）");
    }
    return record(runtime, history, trackingNumber, candidates.get(0), fields);
  }

  /**
   * Records the appeal ({@code fields}: the plaintiff-appeal event's) against {@code first},
   * a first-instance judgment of {@link #ended}: a new instance at 登记原告上诉's service step.
   */
  public Recorded record(RuntimeService runtime, HistoryService history, String trackingNumber,
      AppealRegister.Appeal first, Map<String, Object> fields) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TRACKING_NUMBER, trackingNumber);
    variables.put(APPEAL_ID, first.id());
    variables.put(INSTANCE_NO, 1);
    variables.put(AFTER_RECONSIDERATION, first.afterReconsideration());
    Appellant filer = first.appellant() == null ? Appellant.APPLICANT : first.appellant();
    variables.put(APPELLANT, filer.name());
    variables.put(APPELLANT_NAME, first.appellantName());
    variables.put(DOCKET_NO, first.docketNo());
    variables.put(APPEALED_TO_HIGHER_COURT, false);
    variables.put(APPEAL_SUBJECT, AppealSteps.subject(first,
        cases.get(trackingNumber).applicantName(), letters) + "，提起行政诉讼");
    variables.put(FIRST_INSTANCE_FINAL_ON, finalOn(history, trackingNumber, first).toString());
    variables.putAll(fields);
    ProcessInstance suit = runtime.createProcessInstanceByKey(ProcessKeys.LITIGATION)
        .businessKey(trackingNumber).setVariables(variables)
        .startBeforeActivity(ElementIds.SERVICE_RECORD_PLAINTIFF_APPEAL).execute();
    Object warning = runtime.getVariable(suit.getId(), FILING_WARNING_NOTE);
    return new Recorded(first.id(), suit.getId(), warning == null ? null : warning.toString());
  }

  /**
   * The day the suit ended, from the history of its last instance; where history has none
   * (cleaned up), the judgment date, the earliest it can have ended.
   */
  private static LocalDate finalOn(HistoryService history, String trackingNumber,
      AppealRegister.Appeal first) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .processDefinitionKey(ProcessKeys.LITIGATION).variableValueEquals(APPEAL_ID, first.id())
        .finished().list().stream().map(HistoricProcessInstance::getEndTime)
        .filter(java.util.Objects::nonNull).max(java.util.Date::compareTo)
        .map(end -> LocalDate.ofInstant(end.toInstant(), OfficeTime.ZONE))
        .orElse(first.decidedOn());
  }
}
