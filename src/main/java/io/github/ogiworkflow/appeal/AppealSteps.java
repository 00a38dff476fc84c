package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the steps of the appeal processes do alike: ids, service dates, answers, due dates. */
final class AppealSteps {

  private AppealSteps() {}

  static LocalDate recordSubmission(DelegateExecution execution, AppealRegister appeals,
      Letters letters, CaseRegister cases) {
    long id = appealId(execution);
    LocalDate submittedOn = AppealWindow.notInFuture(
        Vars.requiredDate(execution, SUBMITTED_ON, "提交日期"), SUBMITTED_ON, "提交日期");
    LocalDate servedOn = appeals.get(id).servedOn();
    if (servedOn != null && submittedOn.isBefore(servedOn)) {
      throw new InvalidInput(SUBMITTED_ON + " lies before the appeal was served on " + servedOn
          + "（提交日期不能早于收到日期" + CaseLetters.chinese(servedOn) + "）");
    }
    String answer = Vars.requiredText(execution, ANSWER_TEXT, "答复书或答辩状");
    String evidence = Vars.text(execution, EVIDENCE_LIST);
    // Only what leadership approved leaves the agency, checked against the register's copy
    // (kept on approval; an answer approved before that was kept is taken as it stands).
    Optional<AppealRegister.ApprovedAnswer> approved = appeals.approvedAnswer(id);
    if (approved.isPresent() && (!approved.get().text().equals(answer)
        || !Objects.equals(approved.get().evidence(), evidence))) {
      throw new InvalidInput(ANSWER_TEXT + ": differs from the answer leadership approved"
          + "（答复书或证据清单与领导审批通过的内容不一致，不能提交）");
    }
    appeals.recordAnswer(id, answer, evidence);
    appeals.recordSubmission(id, submittedOn);
    AppealRegister.Appeal appeal = appeals.get(id);
    issueAnswer(appeal, opening(appeal, cases.get(appeal.trackingNumber()).applicantName(),
        letters) + answer, evidence, letters);
    return submittedOn;
  }

  /**
   * The approved answer as an issued document (issue 15): 行政复议答复书 to the reconsideration
   * body, 答辩状 to the court, the answer of a complaint to the body that passed it on; the
   * evidence list follows the text.
   */
  static void issueAnswer(AppealRegister.Appeal appeal, String answer, String evidence,
      Letters letters) {
    issueAnswer(appeal.trackingNumber(), appeal, answer, evidence, letters);
  }

  /**
   * As {@link #issueAnswer(AppealRegister.Appeal, String, String, Letters)}, kept under
   * {@code caseRef}: a complaint without a request (Art. 51) keeps its answer under its own
   * number (SSJB-…).
   */
  static void issueAnswer(String caseRef, AppealRegister.Appeal appeal, String answer,
      String evidence, Letters letters) {
    LetterKind kind = switch (appeal.kind()) {
      case RECONSIDERATION -> LetterKind.RECONSIDERATION_ANSWER;
      case LITIGATION -> LetterKind.LITIGATION_DEFENCE;
      case COMPLAINT -> LetterKind.COMPLAINT_ANSWER;
    };
    String body = evidence == null || evidence.isBlank() ? answer
        : answer.strip() + "\n附：证据及依据清单\n" + evidence.strip();
    letters.keep(caseRef, kind, body, appeal.bodyOrCourt());
  }

  /**
   * The answer's first paragraph: which reconsideration or lawsuit it answers, by whom, against
   * which act (文号 and date from the register's issued letters), so the document stands on its
   * own. The appellant is the applicant against the reply, or the third party against the
   * decision to disclose over its objection (Art. 32). Empty for complaints.
   */
  static String opening(AppealRegister.Appeal appeal, String applicantName, Letters letters) {
    String docket = appeal.docketNo() == null || appeal.docketNo().isBlank() ? ""
        : "（" + appeal.docketNo() + "）";
    return switch (appeal.kind()) {
      case RECONSIDERATION -> subject(appeal, applicantName, letters) + "，申请行政复议" + docket
          + "。现答复如下：\n";
      case LITIGATION -> subject(appeal, applicantName, letters) + "，提起行政诉讼" + docket
          + "。本机关现答辩如下：\n";
      case COMPLAINT -> "";
    };
  }

  /**
   * Who contests what: 申请人 (reconsideration) or 原告 (litigation), named, and the act: the
   * reply for the applicant, the decision to disclose (公开决定, told by the 公开决定告知书) for a
   * third party.
   */
  static String subject(AppealRegister.Appeal appeal, String applicantName, Letters letters) {
    String role = appeal.kind() == AppealKind.LITIGATION ? "原告" : "申请人";
    if (appeal.appellant() == Appellant.THIRD_PARTY) {
      return role + appeal.appellantName() + "（受理编号" + appeal.trackingNumber()
          + "的政府信息公开申请中被征求意见的第三方）不服"
          + challengedDisclosure(appeal.trackingNumber(), letters);
    }
    return role + applicantName + "不服" + challenged(appeal.trackingNumber(), letters);
  }

  /**
   * The decision to disclose over a third party's objection (Art. 32), as the latest
   * 公开决定告知书 told it: its date and 文号.
   */
  static String challengedDisclosure(String trackingNumber, Letters letters) {
    Letters.Letter notice = null;
    for (Letters.Letter letter : letters.of(trackingNumber)) {
      if (letter.kind() == LetterKind.OVERRIDE_NOTICE) {
        notice = letter;
      }
    }
    return notice == null ? "本机关作出的予以公开的决定"
        : "本机关于" + CaseLetters.chinese(notice.issuedOn()) + "作出的予以公开的决定（《"
            + notice.title() + "》（" + notice.documentNumber() + "）），即不采纳其不同意公开的意见、"
            + "决定向申请人公开涉及该第三方的政府信息";
  }

  /** What the answer's forms and the audit trail show of who filed (提起人). */
  static Map<String, Object> appellantVariables(AppealWindow.Filer filer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(APPELLANT, filer.appellant().name());
    variables.put(APPELLANT_NAME, filer.name());
    return variables;
  }

  /** The reply (or termination notice) an appeal challenges: its date, title and 文号. */
  static String challenged(String trackingNumber, Letters letters) {
    Letters.Letter reply = null;
    for (Letters.Letter letter : letters.of(trackingNumber)) {
      if (letter.kind() == LetterKind.REPLY || letter.kind() == LetterKind.TERMINATION_NOTICE) {
        reply = letter;
      }
    }
    return reply == null ? "本机关作出的政府信息公开答复"
        : "本机关于" + CaseLetters.chinese(reply.issuedOn()) + "作出的《" + reply.title() + "》（"
            + reply.documentNumber() + "）";
  }

  /**
   * What the drafter and the approver of an answer see of the appeal: what it challenges (or
   * the complaint), and a late or irregular filing's warning in Chinese, which otherwise only
   * the audit trail shows.
   */
  static void showToDrafter(Map<String, Object> variables, String subject, String warning) {
    variables.put(APPEAL_SUBJECT, subject);
    variables.put(FILING_WARNING_TEXT, warning == null ? "" : ApiError.chinese(warning));
  }

  /** The tracking number becomes the business key, so the case's tasks show together. */
  static String trackingNumber(DelegateExecution execution) {
    String trackingNumber = Vars.requiredText(execution, TRACKING_NUMBER, "受理编号");
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(trackingNumber);
    }
    return trackingNumber;
  }

  static LocalDate servedOn(DelegateExecution execution, LocalDate notBefore) {
    LocalDate servedOn = Optional.ofNullable(Vars.date(execution, SERVED_ON))
        .orElse(OfficeTime.today());
    AppealWindow.notInFuture(servedOn, SERVED_ON, "收到日期");
    if (notBefore != null && servedOn.isBefore(notBefore)) {
      throw new InvalidInput(SERVED_ON + " lies before " + FILED_ON + "（收到日期不能早于申请日期）");
    }
    execution.setVariable(SERVED_ON, servedOn.toString());
    return servedOn;
  }

  /** Keeps the warning with the appeal in the register; the variable shows it in the trail. */
  static String recordWarning(AppealRegister appeals, long id, String warning) {
    if (warning != null) {
      appeals.recordFilingWarning(id, warning);
    }
    return warning;
  }

  static long appealId(DelegateExecution execution) {
    return ((Number) execution.getVariable(APPEAL_ID)).longValue();
  }

  static Map<String, Object> answerDue(long id, LocalDate dueOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(APPEAL_ID, id);
    variables.put(ANSWER_DUE_DATE, OfficeTime.endOf(dueOn));
    variables.put(ANSWER_DUE_DATE_TEXT, dueOn.toString());
    return variables;
  }
}
