package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The copy of a plaintiff's appeal served on the agency (ADR 0049, 0057, 0060), wherever it
 * belongs: the first-instance judgment it appeals is found among all suits of the case, then
 * <ul>
 *   <li>its suit waits at 登记原告上诉 or 决定是否上诉: the message it waits for;</li>
 *   <li>its suit has ended at 一审判决生效: a new instance ({@link LatePlaintiffAppeals});</li>
 *   <li>the agency has appealed it and its second instance runs: the higher court hears both
 *       appeals in that one case (ALL Art. 85, 87), so the plaintiff's appeal is recorded into
 *       it (register and audit trail), no second instance starts, and the agency's 答辩状 to it
 *       starts there (ADR 0066).</li>
 * </ul>
 * Where several suits of the case could take it (the applicant's and a third party's, or an
 * ended suit and a later one), the body names whose ({@code appellant}, {@code appellantName})
 * and, between suits of one appellant, the first instance's 案号 ({@code docketNo}). One
 * transaction, the case's row locked first (ADR 0059): a copy sent twice at once is recorded
 * once, the other refused as a duplicate (409).
 */
@Component
public class PlaintiffAppeals {

  /** The selector fields of a plaintiff's appeal: whose, and which first instance. */
  static final List<String> SELECTOR_FIELDS = List.of(APPELLANT, APPELLANT_NAME, DOCKET_NO);

  static final String NOTHING_WAITING = "no first-instance judgment awaits an appeal（该申请"
      + "没有等待原告上诉的一审判决：已上诉或尚未判决）";

  /** Where a first-instance judgment takes the plaintiff's appeal. */
  enum Route { WAITING, ENDED, AGENCY_SECOND_INSTANCE }

  /** A first-instance judgment that may take the appeal, and the instance that runs it. */
  record Candidate(Route route, AppealRegister.Appeal first, String processInstanceId) {}

  /** What was recorded: where, and the warning (bilingual, or null). */
  public record Recorded(Route route, long firstInstanceId, String warning) {}

  private final AppealRegister appeals;
  private final AppealWindow window;
  private final LatePlaintiffAppeals late;
  private final WorkingDayCalendar calendar;
  private final TransactionTemplate transaction;
  private final AgencyProperties agency;

  public PlaintiffAppeals(AppealRegister appeals, AppealWindow window, LatePlaintiffAppeals late,
      WorkingDayCalendar calendar, PlatformTransactionManager transactions,
      AgencyProperties agency) {
    this.agency = agency;
    this.appeals = appeals;
    this.window = window;
    this.late = late;
    this.calendar = calendar;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Records the copy: {@code fields} the event's own, {@code selector} whose appeal it is. 404
   * for an unknown case, 409 where no judgment takes it (not judged, or already appealed by the
   * plaintiff), 400 on a field.
   */
  public Recorded served(RuntimeService runtime, HistoryService history, String trackingNumber,
      Map<String, Object> fields, Map<String, Object> selector) {
    return transaction.execute(status -> {
      window.lockCase(trackingNumber);
      Candidate chosen = choose(trackingNumber, candidates(runtime, trackingNumber), selector);
      return switch (chosen.route()) {
        case WAITING -> {
          runtime.createMessageCorrelation(ElementIds.MESSAGE_PLAINTIFF_APPEAL_SERVED)
              .processInstanceId(chosen.processInstanceId()).setVariables(fields).correlate();
          // Its warning, if any, goes with the second instance (started by an async step).
          yield new Recorded(Route.WAITING, chosen.first().id(), null);
        }
        case ENDED -> new Recorded(Route.ENDED, chosen.first().id(),
            late.record(runtime, history, trackingNumber, chosen.first(), fields).warning());
        case AGENCY_SECOND_INSTANCE -> new Recorded(Route.AGENCY_SECOND_INSTANCE,
            chosen.first().id(), intoAgencySecondInstance(runtime, chosen, fields));
      };
    });
  }

  /** Every first-instance judgment of the case that may take a plaintiff's appeal now. */
  List<Candidate> candidates(RuntimeService runtime, String trackingNumber) {
    List<Candidate> found = new ArrayList<>();
    runtime.createExecutionQuery().processInstanceBusinessKey(trackingNumber)
        .messageEventSubscriptionName(ElementIds.MESSAGE_PLAINTIFF_APPEAL_SERVED).list().stream()
        .map(Execution::getProcessInstanceId).distinct().forEach(instanceId -> {
          Object id = runtime.getVariable(instanceId, APPEAL_ID);
          if (id instanceof Number n) {
            found.add(new Candidate(Route.WAITING, appeals.get(n.longValue()), instanceId));
          }
        });
    for (AppealRegister.Appeal ended : late.ended(runtime, trackingNumber)) {
      found.add(new Candidate(Route.ENDED, ended, null));
    }
    for (AppealRegister.Appeal first : appeals.of(trackingNumber)) {
      if (first.kind() != AppealKind.LITIGATION || first.instanceNo() != 1
          || !AppealedBy.AGENCY.name().equals(first.appealedBy())) {
        continue;
      }
      appeals.secondInstanceOf(first.id())
          .filter(second -> second.pending()
              && appeals.joinedPlaintiffAppeal(second.id()).isEmpty())
          .flatMap(second -> runtime.createProcessInstanceQuery()
              .processInstanceBusinessKey(trackingNumber)
              .processDefinitionKey(ProcessKeys.LITIGATION)
              .variableValueEquals(APPEAL_ID, second.id()).list().stream().findFirst())
          .map(ProcessInstance::getId)
          .ifPresent(instanceId -> found.add(
              new Candidate(Route.AGENCY_SECOND_INSTANCE, first, instanceId)));
    }
    return found;
  }

  /**
   * The one candidate the selector leaves: 409 where none is left and the selector names a
   * judgment already appealed (or nothing takes an appeal at all), 400 on the selector where
   * it matches none of several, or leaves more than one.
   */
  private Candidate choose(String trackingNumber, List<Candidate> candidates,
      Map<String, Object> selector) {
    Appellant appellant = Appellant.ofField(selector.get(APPELLANT));
    String name = text(selector.get(APPELLANT_NAME));
    String docket = text(selector.get(DOCKET_NO));
    List<Candidate> matching = candidates.stream()
        .filter(c -> matches(c.first(), appellant, name, docket)).toList();
    if (matching.size() == 1) {
      return matching.get(0);
    }
    if (matching.isEmpty()) {
      boolean judgedAndNamed = appeals.of(trackingNumber).stream()
          .anyMatch(a -> a.kind() == AppealKind.LITIGATION && a.instanceNo() == 1
              && a.decidedOn() != null && matches(a, appellant, name, docket));
      if (candidates.isEmpty() || judgedAndNamed) {
        throw new AppealConflict("Case " + trackingNumber + ": " + NOTHING_WAITING);
      }
      String field = docket != null ? DOCKET_NO : APPELLANT;
      throw new InvalidInput(field + ": no first-instance judgment of this appellant or docket"
          + " awaits an appeal on case " + trackingNumber + "（该申请没有该提起人或该一审案号"
          + "等待原告上诉的一审判决）");
    }
    throw new InvalidInput(APPELLANT + " is required: first-instance judgments of several suits"
        + " may take the appeal on case " + trackingNumber + "（该申请有多个诉讼的一审判决可以"
        + "登记原告上诉，请填写提起人、第三方名称或一审案号）");
  }

  /** Filed by the named appellant (a third party without a name: any third party), docket too. */
  private static boolean matches(AppealRegister.Appeal first, Appellant appellant, String name,
      String docket) {
    boolean byAppellant = appellant == null || first.filedBy(appellant, name)
        || (appellant == Appellant.THIRD_PARTY && name == null
            && first.appellant() == Appellant.THIRD_PARTY);
    return byAppellant && (docket == null
        || docket.equals(first.docketNo() == null ? null : first.docketNo().strip()));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /**
   * ADR 0060: the agency appealed the judgment and its second instance runs; the higher court
   * hears the plaintiff's appeal in the same case. Checked as in a waiting suit, and the court
   * must be that second instance's (and its 案号, where both are known); recorded on the second
   * instance's row with the lateness warning, if any; nothing else starts or is counted.
   */
  private String intoAgencySecondInstance(RuntimeService runtime, Candidate chosen,
      Map<String, Object> fields) {
    AppealRegister.Appeal first = chosen.first();
    AppealRegister.Appeal second = appeals.secondInstanceOf(first.id()).orElseThrow();
    AppealRegister.JudgmentService service = appeals.judgmentService(first.id()).orElseThrow(() ->
        new AppealConflict("Appeal " + first.id() + " has no recorded judgment（尚未登记一审判决，"
            + "不能登记上诉）"));
    LitigationDelegates.PlaintiffAppealInput input =
        LitigationDelegates.plaintiffAppealInput(scope(fields), first, agency.name());
    if (!input.court().equals(second.bodyOrCourt())) {
      throw new InvalidInput(APPEAL_BODY + " differs from the court of the agency's appeal（本机关"
          + "已上诉，二审由" + second.bodyOrCourt() + "审理；原告上诉由同一二审法院一并审理，二审法院"
          + "应相同）");
    }
    String docket = second.docketNo() == null || second.docketNo().isBlank() ? null
        : second.docketNo().strip();
    if (input.docketNo() != null && docket != null && !docket.equals(input.docketNo())) {
      throw new InvalidInput(SECOND_INSTANCE_DOCKET_NO + " differs from the second instance's（"
          + "二审案号与本机关上诉的二审案号" + docket + "不一致）");
    }
    if (input.docketNo() != null && docket == null) {
      appeals.recordDocketNo(second.id(), input.docketNo());
      runtime.setVariable(chosen.processInstanceId(), DOCKET_NO, input.docketNo());
    }
    String warning = LitigationDelegates.plaintiffAppealWarning(
        LitigationDelegates.appealPeriodLastDay(calendar, service), service, input.filedOn(),
        input.servedOn());
    appeals.recordJoinedPlaintiffAppeal(second.id(), input.servedOn(), input.filedOn(), warning);
    // The agency answers it with a 答辩状 of its own (ADR 0066), beside its 行政上诉状: the
    // second instance's event sub-process, its due day from the register. An instance left on a
    // model without it (a migration the engine refused, logged at start-up) has the register
    // entry only, as before.
    if (runtime.createExecutionQuery().processInstanceId(chosen.processInstanceId())
        .messageEventSubscriptionName(ElementIds.MESSAGE_PLAINTIFF_APPEAL_JOINED).count() > 0) {
      runtime.createMessageCorrelation(ElementIds.MESSAGE_PLAINTIFF_APPEAL_JOINED)
          .processInstanceId(chosen.processInstanceId()).correlate();
    }
    return warning;
  }

  /** The event's fields read as a step reads its variables, so the checks are the same. */
  private static VariableScope scope(Map<String, Object> fields) {
    return (VariableScope) java.lang.reflect.Proxy.newProxyInstance(
        VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getVariable") && args != null && args.length == 1) {
            return fields.get(args[0]);
          }
          if (method.getName().equals("hasVariable") && args != null && args.length == 1) {
            return fields.get(args[0]) != null;
          }
          if (method.getName().equals("toString") && args == null) {
            return "plaintiff appeal fields";
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
