package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_ITEM_ID;
import static io.github.ogiworkflow.process.ProcessVariables.WITHDRAWAL_REASON;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.AppealResult;
import io.github.ogiworkflow.appeal.ReplyCorrectionFollowUp;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.register.PublishedYearGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * ADR 0118: when a reconsideration decision or judgment corrects (纠正) a reply, what was
 * published under Art. 44 from that reply no longer rests on a decision that stands (handbook §5,
 * §2.7: 先审查、后公开). For each such item still published the system proposes its withdrawal
 * ({@code PublicationWithdrawal}, ADR 0110: leadership approves or refuses it, 审批撤回), unless
 * one runs already; an item whose withdrawal the register would refuse today (dated in a year
 * whose report is published, a 制发 below the repeals) is left to the office, named. The decision's
 * notice (ADR 0110, {@code decision_notice}) names the batch and items and what was done; the
 * compliance check lists the items until they are withdrawn.
 */
@Component
public class Art44Withdrawals implements ReplyCorrectionFollowUp {

  private final PublicationRegister register;
  private final AppealRegister appeals;
  private final PublishedYearGuard publishedYears;

  public Art44Withdrawals(PublicationRegister register, AppealRegister appeals,
      PublishedYearGuard publishedYears) {
    this.register = register;
    this.appeals = appeals;
    this.publishedYears = publishedYears;
  }

  @Override
  public void replyCorrected(ProcessEngineServices engine, AppealRegister.Appeal appeal) {
    List<Publication> published = register.ofSourceRequest(appeal.trackingNumber()).stream()
        .filter(p -> p.status() != PublicationStatus.WITHDRAWN
            && p.status() != PublicationStatus.NOT_PUBLISHED).toList();
    if (published.isEmpty()) {
      return;
    }
    String reason = "申请 " + appeal.trackingNumber() + " 的答复已被" + decision(appeal)
        + "纠正，依申请转为主动公开（条例第四十四条）所依据的答复不再有效";
    RuntimeService runtime = engine.getRuntimeService();
    List<String> lines = new ArrayList<>();
    int started = 0;
    for (Publication p : published) {
      String line = "批次" + p.batchRef() + " 信息项" + p.itemId() + "「" + p.title() + "」";
      if (p.status() != PublicationStatus.PUBLISHED) {
        // Registered, not yet published: the publish step's Art. 44 check refuses it now that the
        // request is reopened (its reply is no longer delivered).
        lines.add(line + "尚未发布，发布时将不予发布");
        continue;
      }
      if (WithoutAuthorizations.call(engine.getIdentityService(),
          () -> WithdrawalDelegates.withdrawalRuns(runtime, p, null))) {
        lines.add(line + "已有撤回申请正在审批");
        continue;
      }
      String refused = WithoutAuthorizations.call(engine.getIdentityService(),
          () -> refusal(p));
      if (refused != null) {
        lines.add(line + "未能自动提出撤回（" + refused + "），请办公室核对处理");
        continue;
      }
      WithoutAuthorizations.call(engine.getIdentityService(), () ->
          runtime.startProcessInstanceByKey(ProcessKeys.PUBLICATION_WITHDRAWAL,
              Map.of(PUBLICATION_ITEM_ID, p.itemId(), WITHDRAWAL_REASON, reason)));
      started++;
      lines.add(line + "已提出撤回，待领导小组审批");
    }
    appeals.addDecisionNotice(appeal.id(), "Items of the corrected reply were published under"
        + " Art. 44; their withdrawal was proposed where possible (" + started + " started)"
        + "（注意：该申请被纠正的答复中有信息已依第四十四条转为主动公开，须撤回："
        + String.join("；", lines) + "）");
  }

  /**
   * Why 核对拟撤回信息 would refuse the item's withdrawal today (null: it would not), asked before
   * the start so that a refusal cannot undo the decision's transaction: the withdrawal's date
   * (ADR 0110), read only.
   */
  private String refusal(Publication p) {
    try {
      WithdrawalDelegates.requireWithdrawableToday(register, publishedYears, p);
      return null;
    } catch (InvalidInput e) {
      String message = e.getMessage();
      int open = message.indexOf('（');
      return open >= 0 && message.endsWith("）")
          ? message.substring(open + 1, message.length() - 1) : message;
    }
  }

  private static String decision(AppealRegister.Appeal appeal) {
    String detail = appeal.resultDetail() == null ? ""
        : "（" + AppealResult.Detail.valueOf(appeal.resultDetail()).label() + "）";
    return (appeal.bodyOrCourt() == null ? "" : appeal.bodyOrCourt())
        + (appeal.decidedOn() == null ? "" : "于" + CaseLetters.chinese(appeal.decidedOn()) + "作出的")
        + (appeal.kind() == AppealKind.RECONSIDERATION ? "行政复议决定" : "判决")
        + (appeal.docketNo() == null ? "" : "（案号：" + appeal.docketNo() + "）") + detail;
  }
}
