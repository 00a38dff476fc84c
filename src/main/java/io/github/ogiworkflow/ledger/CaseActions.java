package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.consultation.LateConsultationAnswers;
import io.github.ogiworkflow.correction.DateCorrections;
import io.github.ogiworkflow.fee.FeeCorrections;
import io.github.ogiworkflow.intake.Withdrawals;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.vocabulary.WithdrawalForm;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;

/**
 * The register corrections the case page offers its reader (ADR 0093): 登记撤回申请 (ADR 0085),
 * 更正或撤销收费通知 (ADR 0086) and 更正日期 (issue 14, point 11). Decided here, from the register
 * and the running case, by the same checks the APIs make of the case's state: the office's
 * (and administrators') only, as the APIs require, except 更正日期 of the dates 领导小组 may
 * correct (the receipt, payment and delivery, ADR 0124, 0127), which leadership is offered too
 * (ADR 0137: a correction that lifts a passed deadline or a late reply is leadership's to make),
 * and the office's 登记申请人建议主动公开 and 转为主动公开 (Art. 44, ADR 0162, {@link Art44Offers})
 * 生成查询码 (ADR 0175) and 登记逾期第三方答复 (ADR 0172);
 * null for an action the reader may not take or the case's state refuses. The page shows a form only where this says so; the APIs still
 * check everything (dates, amounts, published years) when the form is sent.
 */
@Service
public class CaseActions {

  /** The actions by name, all null for readers outside the office. */
  static final List<String> NAMES = List.of("withdrawal", "feeCorrection", "dateCorrection",
      "proactiveSuggestion", "art44", "queryCode", "lateConsultationAnswer");

  private final Withdrawals withdrawals;
  private final FeeCorrections fees;
  private final DateCorrections dates;
  private final StaffAccess access;
  private final ProcessEngine engine;
  private final Art44Offers art44;
  private final CaseRegister cases;
  private final OnlineRegister onlineAccess;
  private final LateConsultationAnswers lateAnswers;

  public CaseActions(Withdrawals withdrawals, FeeCorrections fees, DateCorrections dates,
      StaffAccess access, ProcessEngine engine, Art44Offers art44, CaseRegister cases,
      OnlineRegister onlineAccess, LateConsultationAnswers lateAnswers) {
    this.lateAnswers = lateAnswers;
    this.onlineAccess = onlineAccess;
    this.cases = cases;
    this.art44 = art44;
    this.withdrawals = withdrawals;
    this.fees = fees;
    this.dates = dates;
    this.access = access;
    this.engine = engine;
  }

  /** The actions on request {@code trackingNumber} for the current reader. */
  public Map<String, Object> of(String trackingNumber) {
    Map<String, Object> actions = none();
    boolean office = access.allows(Groups.OFFICE);
    // A member of 领导小组 (not of the office) corrects only the dates that are leadership's.
    boolean leadership = !office && access.allows(Groups.LEADERSHIP);
    if (!office && !leadership) {
      return actions;
    }
    String api = "/api/cases/" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8);
    // Neither holds a grant on the running case; the group was checked just above.
    access.withoutAuthorizations(() -> {
      if (office && withdrawals.mayRecord(trackingNumber)) {
        Map<String, Object> withdrawal = new LinkedHashMap<>();
        withdrawal.put("path", api + "/withdrawal");
        withdrawal.put("forms", Arrays.stream(WithdrawalForm.values())
            .filter(WithdrawalForm::recordable).map(f -> choice(f.name(), f.label())).toList());
        actions.put("withdrawal", withdrawal);
      }
      if (office) {
        offerFeeCorrection(trackingNumber, api, actions);
        // 登记申请人建议主动公开 and 转为主动公开 (Art. 44, ADR 0162): the office's.
        actions.put("proactiveSuggestion", art44.suggestion(trackingNumber, api));
        // 作废申请人建议主动公开登记 (ADR 0173): a suggestion recorded in error.
        actions.put("proactiveSuggestionVoid", art44.suggestionVoid(trackingNumber, api));
        actions.put("proactiveSuggestionAnswer", art44.suggestionAnswer(trackingNumber, api));
        actions.put("art44", art44.proposal(engine, trackingNumber));
        actions.put("queryCode", queryCode(trackingNumber, api));
        actions.put("lateConsultationAnswer", lateConsultationAnswer(trackingNumber, api));
      }
      List<DateCorrections.Correctable> correctable = dates.correctable(trackingNumber).stream()
          .filter(c -> office || c.field().leadershipMayCorrect()).toList();
      if (!correctable.isEmpty()) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("path", api + "/date-corrections");
        // Whose form it is: the page heads and explains leadership's apart from the office's.
        date.put("leadership", leadership);
        date.put("fields", correctable.stream().map(c -> {
          Map<String, Object> field = choice(c.field().name(), c.field().label());
          field.put("current", c.current() == null ? null : c.current().toString());
          return field;
        }).toList());
        actions.put("dateCorrection", date);
      }
      return null;
    });
    return actions;
  }

  private void offerFeeCorrection(String trackingNumber, String api,
      Map<String, Object> actions) {
    fees.correctable(engine, trackingNumber).ifPresent(notice -> {
      Map<String, Object> fee = new LinkedHashMap<>();
      fee.put("path", api + "/fee-corrections");
      fee.put("scheme", notice.scheme() == null ? null : notice.scheme().name());
      fee.put("schemeLabel", notice.scheme() == null ? null : notice.scheme().label());
      fee.put("amount", notice.amount().stripTrailingZeros().toPlainString());
      fee.put("noticeNumber", notice.noticeNumber());
      fee.put("issuedOn", notice.issuedOn().toString());
      // The scale asks less now (a voided registration of the month, ADR 0184): say so.
      fee.put("overcharge", notice.overcharge());
      fee.put("choices", Arrays.stream(FeeCorrections.Action.values())
          .map(a -> choice(a.name(), a.label())).toList());
      actions.put("feeCorrection", fee);
    });
  }

  /**
   * 生成查询码 / 重新生成查询码 (ADR 0158, 0170, 0175): {@code POST /api/cases/{n}/query-code}, for
   * every request in the register; {@code online} whether it reissues an online applicant's code;
   * for a counter or post request {@code receiptPath}, where the code just shown is printed on
   * the 受理回执 (a form post, the code checked against the register's hash).
   */
  private Map<String, Object> queryCode(String trackingNumber, String api) {
    return cases.find(trackingNumber).map(c -> {
      // As the API decides (QueryCodeReissue): an online submission has its access row.
      boolean online = !onlineAccess.accesses(trackingNumber).isEmpty();
      Map<String, Object> offer = new LinkedHashMap<>();
      offer.put("path", api + "/query-code");
      offer.put("online", online);
      offer.put("receiptPath", online ? null
          : "/cases/" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8) + "/receipt");
      return offer;
    }).orElse(null);
  }

  /** Every action named, none offered. */
  /**
   * 登记逾期第三方答复 (ADR 0172): {@code POST /api/cases/{n}/late-consultation-answers}, only
   * while the API would take an answer (a silent party whose items are not yet reviewed); each
   * such party with its letter's service day and last day, and the two answers.
   */
  private Map<String, Object> lateConsultationAnswer(String trackingNumber, String api) {
    List<Consultation> silent = lateAnswers.recordable(engine.getRuntimeService(), trackingNumber);
    if (silent.isEmpty()) {
      return null;
    }
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("path", api + "/late-consultation-answers");
    offer.put("parties", silent.stream().map(c -> {
      Map<String, Object> party = choice(c.party() == null ? "" : c.party(),
          c.party() == null ? "被征求意见的第三方" : c.party());
      party.put("servedOn", c.servedOn() == null ? null : c.servedOn().toString());
      party.put("dueOn", c.dueOn() == null ? null : c.dueOn().toString());
      return party;
    }).toList());
    offer.put("answers", List.of(choice(Answer.CONSENT.name(), "同意公开"),
        choice(Answer.OBJECTION.name(), "不同意公开")));
    return offer;
  }

  static Map<String, Object> none() {
    Map<String, Object> actions = new LinkedHashMap<>();
    NAMES.forEach(name -> actions.put(name, null));
    return actions;
  }

  private static Map<String, Object> choice(String value, String label) {
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("value", value);
    choice.put("label", label);
    return choice;
  }
}
