package io.github.ogiworkflow.report;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Whether a year's report may be (re)started: a past year since 2008, no other run of that year
 * open, and not yet published. A published report is final (Art. 49–50: it is the agency's
 * published account of that year, ADR 0035): redoing it would replace its approved tables, text
 * and approval. Checked by the first step of every run and, for the office's message
 * {@code AnnualReportRequested}, by the engine API guard before the engine. A refusal inside
 * the started run (a request that raced another) reaches the client as the same 400
 * ({@code enginerest/StepRefusalResponses}), not as the message endpoint's 500.
 */
@Component
public class AnnualReportRuns {

  private final AnnualReportRegister register;

  public AnnualReportRuns(AnnualReportRegister register) {
    this.register = register;
  }

  /**
   * The run's first step: registers {@code ownInstanceId} as the run that prepares {@code year}
   * ({@code ogi_annual_report_run}), atomically on every node, then checks as
   * {@link #checkMayStart}. Two runs of one year started at the same moment: the primary key or
   * the row lock lets one through, the other is refused (正在编制中) and nothing of it is written
   * (ADR 0059). A run that no longer runs (ended, or deleted by an administrator) is taken over.
   */
  public void register(RuntimeService runtime, int year, String ownInstanceId) {
    AnnualReportDelegates.checkReportYear(year);
    java.util.Optional<String> owner = register.lockRun(year);
    if (owner.isEmpty()) {
      if (!register.insertRun(year, ownInstanceId, OfficeTime.now())) {
        throw preparing(year);
      }
    } else if (!owner.get().equals(ownInstanceId)) {
      if (runtime.createProcessInstanceQuery().processInstanceId(owner.get()).count() > 0) {
        throw preparing(year);
      }
      register.takeOverRun(year, ownInstanceId, OfficeTime.now());
    }
    checkMayStart(runtime, year, ownInstanceId);
  }

  private static InvalidInput preparing(int year) {
    return new InvalidInput("reportYear: the report on " + year + " is already being prepared（"
        + year + "年度报告正在编制中，不能重复发起）");
  }

  /**
   * Refuses with {@link InvalidInput} (English and Chinese) a year not yet over, a year whose
   * report is being prepared by a run other than {@code ownInstanceId} (null: any run), and a
   * year whose report is published. The runtime service is the caller's (a step's engine).
   */
  public void checkMayStart(RuntimeService runtime, int year, String ownInstanceId) {
    AnnualReportDelegates.checkReportYear(year);
    boolean running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ANNUAL_REPORT)
        .processInstanceBusinessKey(AnnualReportDelegates.businessKey(year)).list().stream()
        .anyMatch(other -> !other.getId().equals(ownInstanceId));
    if (running) {
      throw preparing(year);
    }
    register.of(year).filter(AnnualReportRegister.Entry::published).ifPresent(entry -> {
      throw new InvalidInput("reportYear: the report on " + year + " was published on "
          + entry.publishedOn() + " and is final（" + year + "年度报告已于"
          + ReportEdition.chineseDate(entry.publishedOn())
          + "经审批发布，不能重新编制；已发布的年度报告及其审批记录予以保留）");
    });
  }
}
