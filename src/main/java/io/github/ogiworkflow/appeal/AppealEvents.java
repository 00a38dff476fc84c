package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.InvalidInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * Appeal events from outside (the reconsideration body, the court, the higher authority, as
 * legal staff or an integration post them): each starts an appeal process or is correlated as
 * the message its process waits for. The processes' own steps validate the content, so an event
 * is checked exactly as the same entry in Tasklist; a refused event changes nothing.
 */
@Service
// Web layer only: the process test engine scans this package without one.
@ConditionalOnWebApplication
public class AppealEvents {

  /** The fields each event may carry: the variable names of the processes. */
  static final List<String> RECONSIDERATION_FIELDS = List.of(DOCKET_NO, APPEAL_BODY, FILED_ON,
      SERVED_ON, PROCEDURE, APPELLANT, APPELLANT_NAME, CO_APPELLANTS, THIRD_PARTIES);
  static final List<String> LAWSUIT_FIELDS = List.of(DOCKET_NO, APPEAL_BODY, FILED_ON, SERVED_ON,
      AFTER_RECONSIDERATION, APPELLANT, APPELLANT_NAME, CO_APPELLANTS, THIRD_PARTIES);
  static final List<String> DECISION_FIELDS =
      List.of(APPEAL_RESULT, APPEAL_RESULT_DETAIL, DECIDED_ON, DECISION_RECEIVED_ON,
          CORRECTED_DUE_ON);
  static final List<String> JUDGMENT_FIELDS = List.of(APPEAL_RESULT, APPEAL_RESULT_DETAIL,
      DECIDED_ON, CORRECTED_DUE_ON, APPEALED_TO_HIGHER_COURT, APPEALED_BY, APPEAL_BODY, DOCKET_NO,
      JUDGMENT_KIND, JUDGMENT_SERVED_ON);
  static final List<String> PLAINTIFF_APPEAL_FIELDS = List.of(PLAINTIFF_APPEAL_SERVED_ON,
      PLAINTIFF_APPEAL_FILED_ON, APPEAL_BODY, SECOND_INSTANCE_DOCKET_NO);
  static final List<String> COMPLAINT_FIELDS = List.of(COMPLAINT_KIND, APPEAL_BODY, DOCKET_NO,
      SERVED_ON, COMPLAINT_TEXT, COMPLAINT_REFERENCE, COMPLAINT_DUPLICATE_CONFIRMED);
  /** A complaint registered on its own: about a request only when it names one. */
  static final List<String> STANDALONE_COMPLAINT_FIELDS = List.of(TRACKING_NUMBER, COMPLAINT_KIND,
      APPEAL_BODY, DOCKET_NO, SERVED_ON, COMPLAINT_TEXT, COMPLAINT_REFERENCE,
      COMPLAINT_DUPLICATE_CONFIRMED);

  /**
   * What a recorded filing created; {@code warning} (bilingual, or null) when it was filed late,
   * directly in court where reconsideration comes first, or against the failure to reply before
   * the reply period ran out (ADR 0081): recorded all the same, since admissibility is for the
   * reconsideration body or court (ARL Art. 20).
   */
  public record Filed(String trackingNumber, long appealId, String processInstanceId,
      String warning) {}

  private final RuntimeService runtime;
  private final AppealWindow window;
  private final AppealRegister appeals;

  private final HistoryService history;
  private final PlaintiffAppeals plaintiffs;

  public AppealEvents(RuntimeService runtime, HistoryService history, AppealWindow window,
      AppealRegister appeals, PlaintiffAppeals plaintiffs) {
    this.runtime = runtime;
    this.history = history;
    this.window = window;
    this.appeals = appeals;
    this.plaintiffs = plaintiffs;
  }

  public Filed fileReconsideration(String trackingNumber, Map<String, Object> body) {
    return start(ProcessKeys.RECONSIDERATION, trackingNumber, body, RECONSIDERATION_FIELDS);
  }

  public Filed fileLawsuit(String trackingNumber, Map<String, Object> body) {
    return start(ProcessKeys.LITIGATION, trackingNumber, body, LAWSUIT_FIELDS);
  }

  /**
   * A complaint about a request, or, where the number is a publication batch's (ZDGK-…), about
   * that proactive disclosure (Art. 51): then it gets its own number.
   */
  public Filed fileComplaint(String trackingNumber, Map<String, Object> body) {
    if (trackingNumber != null && ComplaintDelegates.isBatch(trackingNumber)) {
      Map<String, Object> variables = pick(body, COMPLAINT_FIELDS);
      variables.put(COMPLAINT_REFERENCE, trackingNumber);
      return started(runtime.startProcessInstanceByKey(ProcessKeys.COMPLAINT, variables));
    }
    return start(ProcessKeys.COMPLAINT, trackingNumber, body, COMPLAINT_FIELDS);
  }

  /**
   * A complaint registered on its own (Art. 51): about a request when the body names its
   * {@code trackingNumber}, else about a publication batch ({@code complaintReference}) or the
   * agency's OGI work in general; such a complaint's {@code trackingNumber} in the answer is its
   * own number (SSJB-…).
   */
  public Filed fileComplaint(Map<String, Object> body) {
    Map<String, Object> variables = pick(body, STANDALONE_COMPLAINT_FIELDS);
    Object trackingNumber = variables.get(TRACKING_NUMBER);
    if (trackingNumber instanceof String tn && !tn.isBlank()) {
      window.requireCase(tn.strip());
    }
    return started(runtime.startProcessInstanceByKey(ProcessKeys.COMPLAINT, variables));
  }

  private Filed started(ProcessInstance instance) {
    Object appealId = runtime.getVariable(instance.getId(), APPEAL_ID);
    String key = runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
    return new Filed(key, ((Number) appealId).longValue(), instance.getId(), null);
  }

  /**
   * A decision recorded: the warning it was recorded with (bilingual, or null), when it is dated
   * before the agency's answer was submitted (recorded all the same, ARL Art. 48, 70), and what
   * the system did with it (the request reopened, …; ADR 0110).
   */
  public AppealRegister.DecisionNotes reconsiderationDecided(String trackingNumber, Map<String, Object> body) {
    return correlate(ElementIds.MESSAGE_RECONSIDERATION_DECIDED, trackingNumber, body, DECISION_FIELDS,
        "no reconsideration awaits a decision（该申请没有等待复议决定的行政复议）");
  }

  /** A judgment recorded: its warning as {@link #reconsiderationDecided}'s. */
  public AppealRegister.DecisionNotes judgmentDelivered(String trackingNumber, Map<String, Object> body) {
    return correlate(ElementIds.MESSAGE_JUDGMENT_DELIVERED, trackingNumber, body, JUDGMENT_FIELDS,
        "no lawsuit awaits a judgment（该申请没有等待判决的行政诉讼）");
  }

  /**
   * The copy of the plaintiff's appeal against a first-instance judgment, served on the agency
   * (ADR 0049): recorded while 登记原告上诉 or 决定是否上诉 waits, late ones with a warning; where
   * no suit of the case waits for it but one ended with its first-instance judgment unappealed,
   * recorded in a new instance for that suit, with the warning that the judgment had been taken
   * as final (ADR 0057); where the agency has appealed it and its second instance runs, recorded
   * into that second instance (ADR 0060, {@link PlaintiffAppeals}). The answer is the warning
   * it was recorded with (bilingual), or null.
   */
  public String plaintiffAppealServed(String trackingNumber, Map<String, Object> body) {
    return plaintiffs.served(runtime, history, trackingNumber, pick(body, PLAINTIFF_APPEAL_FIELDS),
        pick(body, PlaintiffAppeals.SELECTOR_FIELDS)).warning();
  }

  private Filed start(String processKey, String trackingNumber, Map<String, Object> body,
      List<String> fields) {
    window.requireCase(trackingNumber);
    Map<String, Object> variables = pick(body, fields);
    variables.put(TRACKING_NUMBER, trackingNumber);
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(processKey, trackingNumber, variables);
    Object appealId = runtime.getVariable(instance.getId(), APPEAL_ID);
    Object warning = runtime.getVariable(instance.getId(), FILING_WARNING_NOTE);
    return new Filed(trackingNumber, ((Number) appealId).longValue(), instance.getId(),
        warning == null ? null : warning.toString());
  }

  private AppealRegister.DecisionNotes correlate(String messageName, String trackingNumber, Map<String, Object> body,
      List<String> fields, String nothingWaiting) {
    window.requireCase(trackingNumber);
    List<String> waiting = runtime.createExecutionQuery()
        .processInstanceBusinessKey(trackingNumber).messageEventSubscriptionName(messageName)
        .list().stream().map(Execution::getProcessInstanceId).distinct().toList();
    if (waiting.isEmpty()) {
      throw new AppealConflict("Case " + trackingNumber + ": " + nothingWaiting);
    }
    String target = whichAppeal(trackingNumber, waiting, pick(body, SELECTOR_FIELDS));
    // Read before: the decision may end the appeal's process.
    Object appealId = runtime.getVariable(target, APPEAL_ID);
    runtime.createMessageCorrelation(messageName).processInstanceId(target)
        .setVariables(pick(body, fields)).correlate();
    return appealId instanceof Number id ? appeals.decisionNotes(id.longValue())
        : new AppealRegister.DecisionNotes(null, null);
  }

  /**
   * The field that names, between two pending appeals of one appellant, the act the decision is
   * about: {@code NON_REPLY} (不服逾期未作答复) or {@code REPLY} (ADR 0096). An API field only,
   * never a process variable.
   */
  static final String CHALLENGED_ACT = "challengedAct";

  /** Fields that name whose appeal a decision or judgment is for (ADR 0038, 0096). */
  static final List<String> SELECTOR_FIELDS = List.of(APPELLANT, APPELLANT_NAME, CHALLENGED_ACT);

  /** The appellant the body names ({@code appellant}), null if none; 400 on an unknown one. */
  private static Appellant appellantOf(Object given) {
    return Appellant.ofField(given);
  }

  /**
   * The appeal a decision or judgment is for: the only one waiting, or, where the applicant's
   * and a third party's both wait (ADR 0038), the one of the appellant the body names
   * ({@code appellant}, and {@code appellantName} between third parties); 400 on the field when
   * the choice is missing or matches none.
   */
  private String whichAppeal(String trackingNumber, List<String> waiting,
      Map<String, Object> selector) {
    Appellant appellant = appellantOf(selector.get(APPELLANT));
    Object givenName = selector.get(APPELLANT_NAME);
    List<String> matching = new ArrayList<>();
    for (String instanceId : waiting) {
      Object filedBy = runtime.getVariable(instanceId, APPELLANT);
      Appellant of = filedBy == null ? Appellant.APPLICANT : Appellant.valueOf(filedBy.toString());
      Object name = runtime.getVariable(instanceId, APPELLANT_NAME);
      if ((appellant == null || appellant == of) && (givenName == null
          || givenName.toString().isBlank() || givenName.toString().strip().equals(name))) {
        matching.add(instanceId);
      }
    }
    if (matching.isEmpty()) {
      throw new InvalidInput(APPELLANT + ": no appeal of this appellant awaits it on case "
          + trackingNumber + "（该申请没有该提起人等待决定或判决的复议、诉讼）");
    }
    ChallengedAct act = challengedActOf(selector.get(CHALLENGED_ACT));
    List<AppealRegister.Appeal> recorded = matching.stream().map(id -> appeals.get(
        ((Number) runtime.getVariable(id, APPEAL_ID)).longValue())).toList();
    if (act != null) {
      // The act named is checked even when only one appeal waits (audit 28 F4): a decision on
      // the reply must not be booked on the appeal against the failure to reply, whose effect
      // differs (a moved deadline instead of a reopening).
      List<String> ofAct = new ArrayList<>();
      List<AppealRegister.Appeal> recordedOfAct = new ArrayList<>();
      for (int i = 0; i < matching.size(); i++) {
        if (challengedOf(recorded.get(i)) == act) {
          ofAct.add(matching.get(i));
          recordedOfAct.add(recorded.get(i));
        }
      }
      if (ofAct.isEmpty()) {
        throw new InvalidInput(CHALLENGED_ACT + ": no appeal against this act awaits it on case "
            + trackingNumber + "（该申请没有" + (act == ChallengedAct.NON_REPLY ? "对逾期未作答复" : "对答复或决定")
            + "提起且等待决定或判决的复议、诉讼）");
      }
      matching = ofAct;
      recorded = recordedOfAct;
    }
    if (matching.size() == 1) {
      return matching.get(0);
    }
    // One appellant's appeals against the failure to reply and against the reply (ADR 0096).
    AppealRegister.Appeal first = recorded.get(0);
    boolean oneAppellant = recorded.stream().allMatch(a -> a.filedBy(
        first.appellant() == null ? Appellant.APPLICANT : first.appellant(),
        first.appellantName()));
    if (oneAppellant) {
      throw new InvalidInput(CHALLENGED_ACT + " is required: this appellant's appeals against"
          + " the failure to reply and against the reply both await it on case " + trackingNumber
          + "（该提起人对逾期未作答复和对答复的复议或诉讼均尚未审结，请填写所针对的行为：NON_REPLY"
          + "（不服逾期未作答复）或REPLY（不服答复））");
    }
    throw new InvalidInput(APPELLANT + " is required: appeals of several appellants await it on"
        + " case " + trackingNumber + "（该申请有多个提起人的复议或诉讼尚未审结，请填写提起人"
        + "及第三方名称）");
  }

  /** The act an appeal challenges; one recorded before V53 challenged the act served. */
  private static ChallengedAct challengedOf(AppealRegister.Appeal appeal) {
    return appeal.challenged() == null ? ChallengedAct.REPLY : appeal.challenged();
  }

  /** The act the body names ({@code challengedAct}), null if none; 400 on an unknown one. */
  private static ChallengedAct challengedActOf(Object given) {
    if (given == null || given.toString().isBlank()) {
      return null;
    }
    try {
      return ChallengedAct.valueOf(given.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(CHALLENGED_ACT + " must be NON_REPLY or REPLY（所针对的行为无效：应为"
          + "NON_REPLY（不服逾期未作答复）或REPLY（不服答复））", e);
    }
  }

  /** The further parties (ADR 0063): a text of one name a line, or a JSON array of names. */
  static final List<String> PARTY_LISTS = List.of(CO_APPELLANTS, THIRD_PARTIES);

  /** An array of names as the text the processes read, one a line; only texts are names. */
  private static String partyLines(String field, List<?> names) {
    List<String> lines = new ArrayList<>();
    for (Object name : names) {
      if (!(name instanceof String text) || text.contains("\n") || text.contains("\r")) {
        throw new InvalidInput(field + " must list names as texts of one line（"
            + io.github.ogiworkflow.process.FieldLabels.of(field) + "须为名称列表，每项一个名称）");
      }
      lines.add(text.isBlank() ? "——" : text);
    }
    return String.join("\n", lines);
  }

  /** Only the event's own fields become variables; everything else in the body is ignored. */
  private static Map<String, Object> pick(Map<String, Object> body, List<String> fields) {
    Map<String, Object> variables = new HashMap<>();
    for (String field : fields) {
      Object value = body == null ? null : body.get(field);
      if (value instanceof List<?> names && PARTY_LISTS.contains(field)) {
        value = partyLines(field, names);
      }
      if (value != null && !(value instanceof String || value instanceof Boolean
          || value instanceof Number)) {
        throw new io.github.ogiworkflow.process.InvalidInput(
            field + " must be a text, number or true/false（"
                + io.github.ogiworkflow.process.FieldLabels.of(field) + "的格式无效）");
      }
      variables.put(field, value);
    }
    return variables;
  }
}
