package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.VOID_QUERY_CODE_NOTICE;

import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * ADR 0177's open point, ADR 0180: the void's proposal (审查申请内容是否明确) and approval
 * (审批登记作废) forms say, read-only, that the office handed the applicant a query code for the
 * case (ADR 0170), so the office knows to tell the applicant: after the void the code's lookup
 * shows the void's text. Computed by the server from the register ({@code
 * ogi_office_query_code}) when the completeness check is created, at the proposal (for the
 * approval form) and whenever a code is issued while the case runs; never taken from a form.
 */
public final class VoidQueryCodeNotice {

  private VoidQueryCodeNotice() {
  }

  /** The notice for a code issued on {@code issuedOn}. */
  static String text(LocalDate issuedOn) {
    return "已为本申请出具查询码（" + ChineseDateText.of(issuedOn) + "）：作废后申请人凭查询码查询将看到"
        + "作废说明，请告知申请人";
  }

  /** The notice for the case's working office code, if it has one. */
  static Optional<String> of(String trackingNumber, OfficeQueryCodes codes) {
    return codes.issuedAt(trackingNumber)
        .map(at -> text(LocalDate.ofInstant(at, OfficeTime.ZONE)));
  }

  /** Sets (or removes) the notice on the case's instance from the register. */
  static void note(VariableScope scope, String trackingNumber, OfficeQueryCodes codes) {
    Optional<String> notice = of(trackingNumber, codes);
    if (notice.isPresent()) {
      scope.setVariable(VOID_QUERY_CODE_NOTICE, notice.get());
    } else if (scope.hasVariable(VOID_QUERY_CODE_NOTICE)) {
      scope.removeVariable(VOID_QUERY_CODE_NOTICE);
    }
  }

  /**
   * A code was issued for a counter or post case (ADR 0170): its running instance, if any, gets
   * the notice for the forms open now. The server's own act, after the office's right to issue
   * the code was checked: the engine's grants of the issuing user (who may not change an
   * instance's variables) are not asked. A case without a running instance has no form to tell.
   */
  public static void afterIssue(ProcessEngineServices engine, String trackingNumber,
      OfficeQueryCodes codes) {
    Optional<String> notice = of(trackingNumber, codes);
    if (notice.isEmpty()) {
      return;
    }
    RuntimeService runtime = engine.getRuntimeService();
    WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
          .processInstanceBusinessKey(trackingNumber).active().list()
          .forEach(instance -> runtime.setVariable(instance.getId(), VOID_QUERY_CODE_NOTICE,
              notice.get()));
      return null;
    });
  }
}
