package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.TextLimits;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the steps of the appeal processes do alike: ids, service dates, answers, due dates. */
final class AppealSteps {

  private AppealSteps() {}

  static LocalDate recordSubmission(DelegateExecution execution, AppealRegister appeals,
      AppealParties parties, PleadingBlocks blocks, Letters letters, CaseRegister cases,
      AgencyProperties agency) {
    long id = appealId(execution);
    LocalDate submittedOn = AppealWindow.notInFuture(
        Vars.requiredDate(execution, SUBMITTED_ON, "提交日期"), SUBMITTED_ON, "提交日期");
    LocalDate servedOn = appeals.get(id).servedOn();
    if (servedOn != null && submittedOn.isBefore(servedOn)) {
      throw new InvalidInput(SUBMITTED_ON + " lies before the appeal was served on " + servedOn
          + "（提交日期不能早于收到日期" + CaseLetters.chinese(servedOn) + "）");
    }
    notBeforeApproval(submittedOn, appeals.answerApprovedOn(id).orElse(null), "答复书或答辩状");
    String answer = Vars.requiredProse(execution, ANSWER_TEXT, "答复书或答辩状");
    String evidence = Vars.text(execution, EVIDENCE_LIST);
    // Only what leadership approved leaves the agency, checked against the register's copy
    // (kept on approval; an answer approved before that was kept is taken as it stands).
    // The engine holds both masked (ADR 0129): compared as shown, printed whole from the copy.
    Optional<AppealRegister.ApprovedAnswer> approved = appeals.approvedAnswer(id);
    if (approved.isPresent() && (!AnswerDrafts.sameShown(ANSWER_TEXT, approved.get().text(),
        answer) || !AnswerDrafts.sameShown(EVIDENCE_LIST, approved.get().evidence(), evidence))) {
      throw new InvalidInput(ANSWER_TEXT + ": differs from the answer leadership approved"
          + "（答复书或证据清单与领导审批通过的内容不一致，不能提交）");
    }
    if (approved.isPresent()) {
      answer = approved.get().text();
      evidence = approved.get().evidence();
    }
    AppealRegister.Appeal appeal = appeals.get(id);
    // Built first: an opening that cannot be written refuses the submission, nothing recorded.
    // The agents and parties approved with this answer (ADR 0073), not whatever was entered since.
    String opening = opening(appeal, cases.get(appeal.trackingNumber()), null, letters, appeals,
        approvedBlock(id, PleadingBlocks.Document.ANSWER, appeals, parties, blocks), agency);
    appeals.recordAnswer(id, answer, evidence);
    appeals.recordSubmission(id, submittedOn);
    issueAnswer(appeal, documentKind(appeal, appeals), opening + answer, evidence, letters);
    return submittedOn;
  }

  /**
   * Audit round 31a, F2 (ADR 0124): only what leadership approved leaves the agency, so it cannot
   * have been submitted before the day it was approved; an earlier date would hide a late answer
   * and the decision's late-answer warning. {@code approvedOn} null: not known (before V87).
   */
  static void notBeforeApproval(LocalDate submittedOn, LocalDate approvedOn, String document) {
    if (approvedOn != null && submittedOn.isBefore(approvedOn)) {
      throw new InvalidInput(SUBMITTED_ON + " lies before leadership approved the answer on "
          + approvedOn + "（提交日期不能早于领导审批通过" + document + "的日期"
          + CaseLetters.chinese(approvedOn) + "）");
    }
  }

  /**
   * The agents and parties block leadership approved with {@code document} (ADR 0073); for a
   * pleading approved before V52, the register's current one (as it was printed before).
   */
  static PleadingBlocks.Block approvedBlock(long id, PleadingBlocks.Document document,
      AppealRegister appeals, AppealParties parties, PleadingBlocks blocks) {
    return blocks.approved(id, document).orElseGet(() -> currentBlock(id, appeals, parties));
  }

  /** The row's own block as the register holds it now: its agents and further parties. */
  static PleadingBlocks.Block currentBlock(long id, AppealRegister appeals, AppealParties parties) {
    return new PleadingBlocks.Block(appeals.agents(id), parties.of(id));
  }

  /**
   * The approved answer as an issued document (issue 15): 行政复议答复书 to the reconsideration
   * body, 答辩状 (or the agency's 行政上诉状) to the court, the answer of a complaint to the body
   * that passed it on; the
   * evidence list follows the text.
   */
  static void issueAnswer(AppealRegister.Appeal appeal, LetterKind kind, String answer,
      String evidence, Letters letters) {
    issueAnswer(appeal.trackingNumber(), appeal, kind, answer, evidence, letters);
  }

  /**
   * As {@link #issueAnswer(AppealRegister.Appeal, LetterKind, String, String, Letters)}, kept under
   * {@code caseRef}: a complaint without a request (Art. 51) keeps its answer under its own
   * number (SSJB-…).
   */
  static void issueAnswer(String caseRef, AppealRegister.Appeal appeal, LetterKind kind,
      String answer, String evidence, Letters letters) {
    if (kind.pleading()) {
      // Laid out as a pleading (ADR 0051): 此致 the body or court, 附, the evidence list.
      letters.keepPleading(caseRef, kind, answer, appeal.bodyOrCourt(), evidence);
      return;
    }
    String body = evidence == null || evidence.isBlank() ? answer
        : answer.strip() + "\n附：证据及依据清单\n" + evidence.strip();
    letters.keep(caseRef, kind, body, appeal.bodyOrCourt());
  }

  /**
   * The answer's first part, so the document stands on its own (ADR 0043): for a 行政复议答复书
   * and a 答辩状 the answering party (被申请人, 答辩人 or 被上诉人: name, address, 法定代表人 and
   * 职务, ARL Art. 48, ALL Art. 67), then which reconsideration or lawsuit it answers, by whom,
   * against which act (文号 and date from the register's issued letters), with the docket as
   * （案号：…）; the body names the agency as the block does. A second instance names who
   * appealed against which first-instance judgment (court and docket from the register). The
   * appellant is the applicant against the reply, or the third party against the decision to
   * disclose over its objection (Art. 32). A complaint's answer (Art. 51) says which complaint
   * it answers: passed on by which body under which docket, received when, about what (the
   * request by its receipt date and description: no tracking number), and what it says.
   * {@code block} holds the agency's agents and the appeal's further parties (ADR 0063): each
   * co-appellant after the appellant, each as 申请人 or 原告, then each 第三人, so the pleading
   * names them all; the block approved with the pleading (ADR 0073).
   */
  static String opening(AppealRegister.Appeal appeal, CaseRegister.CaseRecord record,
      String complaintText, Letters letters, AppealRegister appeals,
      PleadingBlocks.Block block, AgencyProperties agency) {
    String docket = docket(appeal.docketNo());
    List<AppealRegister.Agent> agents = block.agents();
    AppealParties.Parties parties = block.parties();
    return switch (appeal.kind()) {
      case RECONSIDERATION -> block("被申请人", agency, agents)
          + parties("申请人", "第三人", appellantName(appeal, record.applicantName()), parties)
          + subject(appeal, record.applicantName(), parties.coAppellants(), letters, "被申请人")
          + "，申请行政复议" + docket + "。被申请人现答复如下：\n";
      case LITIGATION -> appeal.instanceNo() >= 2
          ? secondInstanceOpening(appeal, record.applicantName(), block, appeals, agency)
          : block("答辩人", agency, agents)
              + parties("原告", "第三人", appellantName(appeal, record.applicantName()), parties)
              + subject(appeal, record.applicantName(), parties.coAppellants(), letters, "答辩人")
              + "，提起行政诉讼" + docket + "。答辩人现答辩如下：\n";
      case COMPLAINT -> complaintOpening(appeal, record, complaintText, appeals);
    };
  }

  /** （案号：…）, or nothing without a docket number; the docket keeps its own brackets. */
  static String docket(String docketNo) {
    return docketNo == null || docketNo.isBlank() ? "" : "（案号：" + docketNo.strip() + "）";
  }

  /**
   * The other party's line of the parties block (申请人, 原告, 上诉人（原审原告）: ADR 0051): the
   * applicant, or the third party that appealed.
   */
  static String party(String role, String name) {
    return role + "：" + name + "\n";
  }

  /**
   * The other parties' lines (ADR 0063): the appellant, each co-appellant under the same
   * {@code role}, then each 第三人 under {@code thirdPartyRole}; one line each, so the copies
   * attached to a court pleading follow their number (LetterDocuments.copies).
   */
  static String parties(String role, String thirdPartyRole, String appellant,
      AppealParties.Parties parties) {
    StringBuilder lines = new StringBuilder(party(role, appellant));
    parties.coAppellants().forEach(name -> lines.append(party(role, name)));
    parties.thirdParties().forEach(name -> lines.append(party(thirdPartyRole, name)));
    return lines.toString();
  }

  private static String appellantName(AppealRegister.Appeal appeal, String applicantName) {
    return appeal.appellant() == Appellant.THIRD_PARTY ? appeal.appellantName() : applicantName;
  }

  /**
   * The answering party: 被申请人 / 答辩人 / 被上诉人（原审被告）, its address and 法定代表人,
   * then its 委托代理人 where legal named any (ADR 0056): one line each, name and position or
   * unit, none when none was named.
   */
  static String block(String role, AgencyProperties agency, List<AppealRegister.Agent> agents) {
    StringBuilder block = new StringBuilder(role).append("：").append(agency.name())
        .append("\n住所：").append(agency.address()).append("\n法定代表人：")
        .append(agency.legalRepresentative()).append("，")
        .append(agency.legalRepresentativeTitle()).append("\n");
    for (AppealRegister.Agent agent : agents) {
      block.append("委托代理人：").append(agent.name()).append("，").append(agent.position())
          .append("\n");
    }
    return block.toString();
  }

  /** Longest 委托代理人 name and position or unit (the register's columns, V37). */
  static final int AGENT_NAME_MAX = 50;
  static final int AGENT_POSITION_MAX = 100;

  /**
   * The 委托代理人 legal entered on the drafting task (ADR 0056), checked: optional, at most two
   * (the form's two places; ALL Art. 31: 一至二人), each with a name and a position or unit (a
   * pleading names both), within the register's lengths, on one line, not the same person
   * twice. Every wrong field is refused at once (400 on the field, Chinese), nothing recorded.
   */
  static List<AppealRegister.Agent> agents(DelegateExecution execution) {
    String[][] fields = {
        {AGENT_1_NAME, AGENT_1_POSITION, "一"}, {AGENT_2_NAME, AGENT_2_POSITION, "二"}};
    InvalidInput.Collector errors = new InvalidInput.Collector();
    List<AppealRegister.Agent> agents = new ArrayList<>();
    for (String[] field : fields) {
      String name = errors.check(() -> agentText(execution, field[0],
          "委托代理人" + field[2] + "的姓名", AGENT_NAME_MAX));
      String position = errors.check(() -> agentText(execution, field[1],
          "委托代理人" + field[2] + "的职务或工作单位", AGENT_POSITION_MAX));
      if (name == null && position != null && !given(execution, field[0])) {
        errors.add(new InvalidInput(field[0] + " is required with " + field[1]
            + "（填写了委托代理人" + field[2] + "的职务或工作单位，请填写其姓名）"));
      } else if (name != null && position == null && !given(execution, field[1])) {
        errors.add(new InvalidInput(field[1] + " is required with " + field[0]
            + "（请填写委托代理人" + field[2] + "的职务或工作单位）"));
      } else if (name != null && position != null) {
        if (agents.stream().anyMatch(agent -> sameName(agent.name(), name))) {
          errors.add(new InvalidInput(field[0] + " names the same agent twice"
              + "（两名委托代理人不能是同一人）"));
        }
        agents.add(new AppealRegister.Agent(name, position));
      }
    }
    errors.throwIfAny();
    return List.copyOf(agents);
  }

  /**
   * The further parties legal entered (ADR 0063): {@code coAppellants} (共同申请人 or 共同原告,
   * besides {@code appellant}, the one the appeal row names) and {@code thirdParties} (第三人),
   * one name a line, both optional. Each name is required on its line (no line of only
   * punctuation or of only a bracketed remark), one party a line (no 、，,；; inside a name but a
   * comma before a Latin company suffix), within its column (TextLimits, 200), free of hidden
   * characters (bidi controls: {@link Vars#text}); no party twice, nor the appellant again, nor
   * the agency, nor one as both, names compared by {@link #match}. Every wrong field at once
   * (400 on the field, Chinese), nothing recorded.
   */
  static AppealParties.Parties parties(VariableScope input, AppealKind kind, String appellant,
      String agencyName) {
    String coRole = kind == AppealKind.LITIGATION ? "共同原告" : "共同申请人";
    InvalidInput.Collector errors = new InvalidInput.Collector();
    // The names listed so far, compared pairwise: a remark makes a match one-sided (match).
    List<String> seen = new ArrayList<>();
    if (appellant != null) {
      seen.add(appellant);
    }
    List<String> coAppellants =
        partyNames(input, CO_APPELLANTS, coRole, appellant, agencyName, seen, errors);
    List<String> thirdParties =
        partyNames(input, THIRD_PARTIES, "第三人", appellant, agencyName, seen, errors);
    errors.throwIfAny();
    return new AppealParties.Parties(coAppellants, thirdParties);
  }

  /**
   * The reconsideration body, court or forwarding body entered ({@code appealBody}, labelled
   * {@code label} on the form: 复议机关, 受理法院, 二审法院, 转办机关): required, and never the
   * agency itself (audit round 30, F1). The agency cannot decide a reconsideration of its own
   * act (ARL Art. 24: the people's government at the same level, or the department above,
   * decides), nor judge it, and a complaint about it goes to the higher authority or the OGI
   * competent department (Regulation Art. 51); left in, the agency would issue a 行政复议答复书
   * ending 此致 itself, or a complaint answer saying it forwarded the complaint to itself.
   * Compared as the parties lists compare names with the agency's (ADR 0068: NFKC, spaces,
   * trailing punctuation, a bracketed remark such as "（本机关）"). 400 on the field, Chinese;
   * every step that reads the field checks it before it records anything.
   */
  static String appealBody(VariableScope input, String label, String agencyName) {
    String body = Vars.requiredText(input, APPEAL_BODY, label);
    notTheAgency(body, label, agencyName);
    return body;
  }

  /** {@link #appealBody}'s refusal of the agency's own name, for a value already read. */
  static void notTheAgency(String body, String label, String agencyName) {
    Match agency = match(body, agencyName);
    if (agency != Match.NONE) {
      throw new InvalidInput(APPEAL_BODY + " names the agency itself（" + label + "不能是本机关："
          + "“" + body + "”" + remark(agency) + "是本机关的名称，请填写" + label + "的名称）");
    }
  }

  /**
   * The warning for a reconsideration filed with another body than the one the agency's reply
   * letters name ({@code ogi.agency.reconsideration-body}, the remedies clause of every 答复书),
   * or null (audit round 30, F1). Not a refusal: the applicant may have chosen another
   * competent body (ARL Art. 24–28, e.g. the department above under vertical leadership), and
   * whether it is competent is the body's to decide (ARL Art. 30); legal should check it.
   * Compared as {@link #appealBody} compares (ADR 0068).
   */
  static String otherBodyWarning(String body, String reconsiderationBody) {
    if (body == null || reconsiderationBody == null || reconsiderationBody.isBlank()
        || match(body, reconsiderationBody) != Match.NONE) {
      return null;
    }
    // No name in the English part: a name's own bracket would split the text (ApiError).
    return "Filed with another body than the reconsideration body the reply letters name"
        + " (ARL Art. 24); recorded, check that the body is competent"
        + "（复议机关“" + body + "”不是本机关答复书告知的复议机关“" + reconsiderationBody
        + "”；已登记，请核对该机关是否有权受理（《行政复议法》第二十四条至第二十八条））";
  }

  /**
   * The further parties entered with a filing being registered, checked against the appellant
   * (the applicant, or the third party that filed); checked before anything is recorded.
   */
  static AppealParties.Parties filingParties(VariableScope input, AppealKind kind,
      AppealWindow.Filer filer, CaseRegister.CaseRecord record, String agencyName) {
    return parties(input, kind, filer.thirdParty() ? filer.name() : record.applicantName(),
        agencyName);
  }

  /**
   * A name as compared with another (ADR 0068, amended in audit rounds 23 and 24): NFKC
   * (full-width letters, digits, brackets and commas as their plain forms), a comma before a
   * Latin company suffix dropped ({@link #SUFFIX_COMMA}), every space removed (U+3000 included),
   * trailing punctuation dropped (。．.，,；;、：:！!？?), Latin letters compared without case, so
   * "ＡＢＣ公司" is "ABC公司" is "abc公司", "杨  丽" is "杨丽", "Acme Co., Ltd." is
   * "ACME Co. Ltd" and "示范市市场监督管理局。" is the agency. Names are kept as entered; only the
   * comparison normalises. A trailing bracketed remark is {@link #sameName}'s business.
   */
  static String nameKey(String name) {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
    return SUFFIX_COMMA.matcher(plain).replaceAll(" ")
        .replaceAll("[\\s\\p{Z}]", "").replaceAll("[。.,;、:!?]+$", "")
        .toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * {@link #nameKey} without the bracketed remarks at its end ("示范市市场监督管理局（本机关）",
   * "李四(第三人)。"); empty when the name is nothing but remarks. Brackets inside a name stay
   * ("某某（北京）有限公司").
   */
  private static String bareKey(String name) {
    return nameKey(name).replaceAll(
        "(?:\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】|〔[^〔〕]*〕|[。.,;、:!?])+$", "");
  }

  /**
   * A line that says there is no such party (无, 暂无, 无第三人 …): no party named 无, and no
   * refusal either (ADR 0068, amended after audit round 24). Compared by {@link #nameKey}.
   */
  static final java.util.Set<String> NO_PARTY = java.util.Set.of("无", "暂无", "没有", "无第三人",
      "没有第三人", "无共同申请人", "无共同原告", "none", "n/a");

  /**
   * A role written before the name with a colon (第三人：李四, 原告:张三): the field already says
   * the role. Refused, not cut off, as names are kept as entered (ADR 0068).
   */
  private static final java.util.regex.Pattern ROLE_LABEL = java.util.regex.Pattern.compile(
      "^(第三人|共同申请人|共同原告|申请人|被申请人|原告|被告|上诉人|被上诉人|当事人)\\s*[:：]");

  /** How two names are the same one: not at all, as written, or once a remark is taken off. */
  enum Match { NONE, AS_WRITTEN, WITHOUT_REMARK }

  /**
   * Whether two names name one party (ADR 0068, amended in audit round 24): their keys are equal,
   * or one is the other with a bracketed remark at its end, so a clerk's "示范市市场监督管理局（本机关）"
   * or "(被告)" is the agency and "李四（第三人）" is 李四. Two different remarks keep two names
   * apart ("张伟（1980年生）" and "张伟（1975年生）", "某某银行（北京分行）" and "某某银行（上海分行）"):
   * that is how a clerk tells two parties of one name apart.
   */
  static Match match(String a, String b) {
    if (a == null || b == null) {
      return Match.NONE;
    }
    String keyA = nameKey(a);
    String keyB = nameKey(b);
    if (keyA.equals(keyB)) {
      return Match.AS_WRITTEN;
    }
    String bareA = bareKey(a);
    String bareB = bareKey(b);
    return (!bareA.isEmpty() && bareA.equals(keyB)) || (!bareB.isEmpty() && bareB.equals(keyA))
        ? Match.WITHOUT_REMARK : Match.NONE;
  }

  static boolean sameName(String a, String b) {
    return match(a, b) != Match.NONE;
  }

  /**
   * The agency's 委托代理人 act for it against the other side (ALL Art. 31): none of them may be
   * the appellant or a further party. Refused on the agent's name field (400, Chinese).
   */
  static void agentsNotParties(VariableScope input, String appellant,
      AppealParties.Parties parties) {
    List<String> names = new ArrayList<>(parties.coAppellants());
    names.addAll(parties.thirdParties());
    if (appellant != null) {
      names.add(appellant);
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String[][] fields = {{AGENT_1_NAME, "一"}, {AGENT_2_NAME, "二"}};
    for (String[] field : fields) {
      Object value = input.getVariable(field[0]);
      String agent = value instanceof String text ? text : null;
      if (agent != null && !agent.isBlank()
          && names.stream().anyMatch(party -> sameName(party, agent))) {
        errors.add(new InvalidInput(field[0] + " names a party of the appeal（委托代理人"
            + field[1] + "是本案当事人，不能担任本机关的委托代理人）"));
      }
    }
    errors.throwIfAny();
  }

  /**
   * Keeps the further parties with the appeal, and as the variables the drafting form shows
   * again (one name a line, as checked), so legal may complete them there.
   */
  static void recordParties(DelegateExecution execution, AppealParties register, long id,
      AppealParties.Parties parties) {
    register.record(id, parties);
    execution.setVariable(CO_APPELLANTS, String.join("\n", parties.coAppellants()));
    execution.setVariable(THIRD_PARTIES, String.join("\n", parties.thirdParties()));
  }

  /** Whether the input carries either list (a form or API body that has the fields). */
  static boolean partiesGiven(VariableScope input) {
    return input.hasVariable(CO_APPELLANTS) || input.hasVariable(THIRD_PARTIES);
  }

  /**
   * What separates names in a list (ADR 0068, amended in audit round 23): the enumeration comma
   * 、, commas and semicolons, full-width or not. A name containing one is refused as several
   * parties on one line; at its end it is only punctuation (see {@link #nameKey}), before a Latin
   * company suffix it is part of the name ({@link #SUFFIX_COMMA}).
   */
  private static final java.util.regex.Pattern SEPARATOR =
      java.util.regex.Pattern.compile("[、，,；;]");

  /**
   * A comma (after NFKC) before a Latin company suffix, as in "Acme Co., Ltd.", "Beta, Inc.",
   * "Gamma Partners, L.P." (ADR 0068, amended in audit round 24): written so by the company, not
   * a second name. The suffix is a whole word of this fixed list, any case; any other comma
   * still separates ("John Smith, Jane Doe", "Acme Co., Ltd., 李四").
   */
  static final java.util.regex.Pattern SUFFIX_COMMA = java.util.regex.Pattern.compile(
      ",\\s*(?=(?:co|corp|corporation|company|inc|incorporated|ltd|limited|llc|llp|lp|l\\.p"
          + "|plc|gmbh|ag|s\\.a|n\\.v|b\\.v|pte|pty|s\\.r\\.l|s\\.p\\.a|sas|sarl|kg)\\.?"
          + "(?![\\p{L}\\p{N}]))",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private static String withoutTrailingPunctuation(String name) {
    return name.replaceAll("[。．.，,；;、：:！!？?\\s\\p{Z}]+$", "");
  }

  /** Whether a line names several parties: a separator left once the suffixes' commas are out. */
  private static boolean severalNames(String name) {
    String plain = java.text.Normalizer.normalize(withoutTrailingPunctuation(name),
        java.text.Normalizer.Form.NFKC);
    return SEPARATOR.matcher(SUFFIX_COMMA.matcher(plain).replaceAll(" ")).find();
  }

  /** What a refusal says when a name matched only once its remark was taken off. */
  private static String remark(Match match) {
    return match == Match.WITHOUT_REMARK ? "去掉括号中的说明后" : "";
  }

  private static List<String> partyNames(VariableScope input, String field, String label,
      String appellant, String agencyName, List<String> seen,
      InvalidInput.Collector errors) {
    String text = errors.check(() -> Vars.text(input, field));
    List<String> names = new ArrayList<>();
    if (text == null) {
      return names;
    }
    int max = TextLimits.LIMITS.get(TextLimits.PARTY_NAME).maxLength();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String name = lines[i].strip();
      if (name.isEmpty() || NO_PARTY.contains(nameKey(name))) {
        continue;
      }
      String where = label + "第" + (i + 1) + "行";
      java.util.regex.Matcher role = ROLE_LABEL.matcher(name);
      Match appellantMatch = match(name, appellant);
      Match agencyMatch = match(name, agencyName);
      Match seenMatch = seen.stream().map(other -> match(name, other))
          .filter(m -> m != Match.NONE).findFirst().orElse(Match.NONE);
      if (name.codePoints().noneMatch(Character::isLetterOrDigit)
          || bareKey(name).codePoints().noneMatch(Character::isLetterOrDigit)) {
        // A line of only punctuation, or of only a remark ("（本机关）"), names nobody.
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " has no name（" + where
            + "没有填写名称）"));
      } else if (role.find()) {
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " starts with a role（" + where
            + "“" + name + "”请只填写名称，去掉“" + role.group() + "”）"));
      } else if (withoutTrailingPunctuation(name)
          .replaceAll("[（(\\[【〔［][^）)\\]】〕］]*[）)\\]】〕］]", "").matches(".*[:：].*")) {
        // A colon in a remark (张伟（出生：1980年）) is the remark's.
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " has a colon（" + where + "“"
            + name + "”含有冒号，请每行只填写一个当事人的名称）"));
      } else if (severalNames(name)) {
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " names several parties（"
            + where + "含有多个名称，请每行填写一个当事人）"));
      } else if (name.length() > max) {
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " is longer than " + max
            + " characters（" + where + "的名称不得超过" + max + "个字）"));
      } else if (appellantMatch != Match.NONE) {
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " names the appellant（" + where
            + "“" + name + "”" + remark(appellantMatch) + "是提起人本人，不能重复列为" + label
            + "）"));
      } else if (agencyMatch != Match.NONE) {
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " names the agency itself（"
            + where + "“" + name + "”" + remark(agencyMatch) + "是本机关，不能列为" + label + "）"));
      } else if (seenMatch != Match.NONE) {
        errors.add(new InvalidInput(field + ": line " + (i + 1) + " names a party twice（" + where
            + "“" + name + "”" + remark(seenMatch) + "已列为当事人，同一当事人不能重复填写"
            + (seenMatch == Match.WITHOUT_REMARK ? "；同名的不同当事人请分别在括号中注明区别" : "")
            + "）"));
      } else {
        seen.add(name);
        names.add(name);
      }
    }
    return names;
  }

  /** Whether a field holds anything visible (refused or not). */
  private static boolean given(DelegateExecution execution, String field) {
    Object value = execution.getVariable(field);
    return value != null && !value.toString().isBlank();
  }

  /**
   * A 案号 (or 来文编号) as the body or court gave it: one line, like the agents' names; a line
   * break or tab would split the pleading's opening sentence that cites it (audit 37a, F9).
   * Null when not given; {@code required} refuses that.
   */
  static String docketText(org.camunda.bpm.engine.delegate.VariableScope scope, String field,
      String chineseName, boolean required) {
    String text = required ? Vars.requiredText(scope, field, chineseName)
        : Vars.text(scope, field);
    if (text != null && Vars.hasHiddenCharacters(text, false)) {
      throw new InvalidInput(field + " must be one line（" + chineseName + "不能换行，也不能含有制表符"
          + "等控制字符）");
    }
    return text;
  }

  private static String agentText(DelegateExecution execution, String field, String chineseName,
      int max) {
    String text = Vars.text(execution, field);
    if (text == null) {
      return null;
    }
    if (text.contains("\n") || text.contains("\r")) {
      throw new InvalidInput(field + " must be one line（" + chineseName + "不能换行）");
    }
    if (text.length() > max) {
      throw new InvalidInput(field + " is longer than " + max + " characters（" + chineseName
          + "不得超过" + max + "字）");
    }
    return text;
  }

  /**
   * The second instance (ALL Art. 85): the agency answers the 原审原告's appeal (the applicant or
   * the third party) against the first-instance judgment as 被上诉人（原审被告） in a 答辩状;
   * where the agency itself appealed, its document is the 行政上诉状, as 上诉人（原审被告）.
   * Court, docket and who appealed come from the first instance in the register.
   */
  static String secondInstanceOpening(AppealRegister.Appeal appeal, String applicantName,
      PleadingBlocks.Block block, AppealRegister appeals, AgencyProperties agency) {
    AppealRegister.Appeal first = firstInstance(appeal, appeals);
    String plaintiff = appellantName(appeal, applicantName);
    String judgment = firstInstanceAct(first, appeals);
    List<AppealRegister.Agent> agents = block.agents();
    AppealParties.Parties parties = block.parties();
    if (agencyAppealed(first)) {
      // The 行政上诉状 is lodged before the higher court dockets the appeal (ALL Art. 85), so it
      // names the first-instance act only; a second-instance 案号 entered later is in the trail.
      if (appeals.joinedPlaintiffAppeal(appeal.id()).isPresent()) {
        // Both sides appealed (ADR 0060, 0066): both are 上诉人, each with its first-instance role.
        return block(AGENCY_CO_APPELLANT, agency, agents)
            + parties(PLAINTIFF_CO_APPELLANT, "原审第三人", plaintiff, parties)
            + AGENCY_CO_APPELLANT + "不服" + judgment + "，现提出上诉。上诉请求及理由如下：\n";
      }
      return block("上诉人（原审被告）", agency, agents)
          + parties("被上诉人（原审原告）", "原审第三人", plaintiff, parties)
          + "上诉人不服" + judgment + "，现提出上诉。上诉请求及理由如下：\n";
    }
    return block("被上诉人（原审被告）", agency, agents)
        + parties("上诉人（原审原告）", "原审第三人", plaintiff, parties)
        + "上诉人（原审原告）" + names(plaintiff, parties.coAppellants()) + "不服"
        + judgment + "，提起上诉" + docket(appeal.docketNo()) + "。被上诉人现答辩如下：\n";
  }

  /** The parties' roles when both sides appealed one judgment (ADR 0066). */
  static final String AGENCY_CO_APPELLANT = "上诉人（一审被告）";
  static final String PLAINTIFF_CO_APPELLANT = "上诉人（一审原告）";

  /**
   * The opening of the agency's 答辩状 to the plaintiff's appeal heard in the second instance of
   * its own appeal (ADR 0066): the agency answers as 答辩人, itself an appellant too (答辩人（上诉人、
   * 一审被告）, so the pleading is signed 答辩人), the plaintiff as 上诉人（一审原告） with its
   * co-appellants, then each 原审第三人; the act appealed and the second instance's 案号 from
   * the register.
   */
  static String joinedDefenceOpening(AppealRegister.Appeal appeal, String applicantName,
      PleadingBlocks.Block block, AppealRegister appeals, AgencyProperties agency) {
    AppealRegister.Appeal first = firstInstance(appeal, appeals);
    String plaintiff = appellantName(appeal, applicantName);
    AppealParties.Parties parties = block.parties();
    return block("答辩人（上诉人、一审被告）", agency, block.agents())
        + parties(PLAINTIFF_CO_APPELLANT, "原审第三人", plaintiff, parties)
        + PLAINTIFF_CO_APPELLANT + names(plaintiff, parties.coAppellants()) + "不服"
        + firstInstanceAct(first, appeals) + "，提起上诉" + docket(appeal.docketNo())
        + "。答辩人就其上诉答辩如下：\n";
  }

  /**
   * The first-instance act appealed, as pleadings cite it: the court, the date it was made, the
   * 案号 and 行政判决 or 行政裁定 (the document the register recorded; ALL Art. 85).
   */
  static String firstInstanceAct(AppealRegister.Appeal first, AppealRegister appeals) {
    JudgmentKind kind = appeals.judgmentService(first.id()).map(AppealRegister.JudgmentService::kind)
        .orElse(JudgmentKind.JUDGMENT);
    return (first.bodyOrCourt() == null || first.bodyOrCourt().isBlank() ? "一审人民法院"
        : first.bodyOrCourt().strip())
        + (first.decidedOn() == null ? "" : CaseLetters.chinese(first.decidedOn()) + "作出的")
        + (first.docketNo() == null || first.docketNo().isBlank() ? "" : first.docketNo().strip())
        + kind.act();
  }

  private static AppealRegister.Appeal firstInstance(AppealRegister.Appeal appeal,
      AppealRegister appeals) {
    return appeals.firstInstanceOf(appeal.id()).orElseThrow(() ->
        new IllegalStateException("Second instance " + appeal.id() + " has no first instance"));
  }

  private static boolean agencyAppealed(AppealRegister.Appeal first) {
    return AppealedBy.AGENCY.name().equals(first.appealedBy());
  }

  /**
   * The document an answer is issued as: 行政复议答复书, 答辩状 (行政上诉状 in a second instance
   * the agency started), or the answer to a complaint.
   */
  static LetterKind documentKind(AppealRegister.Appeal appeal, AppealRegister appeals) {
    return switch (appeal.kind()) {
      case RECONSIDERATION -> LetterKind.RECONSIDERATION_ANSWER;
      case LITIGATION -> appeal.instanceNo() >= 2 && agencyAppealed(firstInstance(appeal, appeals))
          ? LetterKind.LITIGATION_APPEAL : LetterKind.LITIGATION_DEFENCE;
      case COMPLAINT -> LetterKind.COMPLAINT_ANSWER;
    };
  }

  /** A complaint's first paragraph (Art. 51), from the register and the registered text. */
  static String complaintOpening(AppealRegister.Appeal appeal, CaseRegister.CaseRecord record,
      String complaintText, AppealRegister appeals) {
    String what = ComplaintKind.valueOf(appeal.procedureKind()).label();
    StringBuilder text = new StringBuilder();
    text.append("本机关于").append(CaseLetters.chinese(appeal.servedOn())).append("收到");
    text.append(appeal.bodyOrCourt() == null || appeal.bodyOrCourt().isBlank() ? ""
        : appeal.bodyOrCourt().strip() + "转来的").append(what);
    if (appeal.docketNo() != null && !appeal.docketNo().isBlank()) {
      text.append("（来文编号：").append(appeal.docketNo().strip()).append("）");
    }
    text.append("，事涉");
    if (record != null) {
      text.append("本机关于").append(CaseLetters.chinese(record.firstReceivedOn()))
          .append("收到的政府信息公开申请");
      if (record.description() != null && !record.description().isBlank()) {
        // Quoted as every letter quotes the request (ADR 0131): its numbers masked.
        text.append("（申请公开：").append(CaseLetters.requestQuote(record.description()))
            .append("）");
      }
    } else {
      text.append(appeals.complaintSubject(appeal.id()));
    }
    if (complaintText != null && !complaintText.isBlank()) {
      text.append("。").append(what).append("称：").append(trimmed(complaintText));
    }
    return text.append("。经核查，现答复如下：\n").toString();
  }

  private static String trimmed(String text) {
    return text.strip().replaceAll("[。．.，,；;]+$", "");
  }

  /**
   * Who contests what, as the agency's staff see it (本机关).
   */
  static String subject(AppealRegister.Appeal appeal, String applicantName, Letters letters) {
    return subject(appeal, applicantName, letters, "本机关");
  }

  /**
   * Who contests what: 申请人 (reconsideration) or 原告 (litigation), named, and the act: the
   * reply for the applicant (or its failure to reply in time, ADR 0081), the decision to disclose (公开决定, told by the 公开决定告知书) for a
   * third party, named as the consulted party of its 征求第三方意见函 (no internal number);
   * {@code self} is how the agency is named (本机关 for staff, 被申请人 or 答辩人 in documents).
   */
  static String subject(AppealRegister.Appeal appeal, String applicantName, Letters letters,
      String self) {
    return subject(appeal, applicantName, List.of(), letters, self);
  }

  /**
   * As {@link #subject(AppealRegister.Appeal, String, Letters, String)}, naming the
   * co-appellants after the appellant (申请人张三、李四不服…; ADR 0063).
   */
  static String subject(AppealRegister.Appeal appeal, String applicantName,
      List<String> coAppellants, Letters letters, String self) {
    String role = appeal.kind() == AppealKind.LITIGATION ? "原告" : "申请人";
    if (appeal.appellant() == Appellant.THIRD_PARTY) {
      return role + appeal.appellantName() + "（" + consulted(appeal, applicantName, letters, self)
          + "）" + names("", coAppellants) + "不服"
          + challengedDisclosure(appeal.trackingNumber(), letters, self);
    }
    if (appeal.againstNonReply()) {
      // No reply to cite (ADR 0081): the challenged conduct is the inaction itself.
      return role + names(applicantName, coAppellants) + "不服" + nonReply(self);
    }
    return role + names(applicantName, coAppellants) + "不服"
        + challenged(appeal.trackingNumber(), letters, self);
  }

  /**
   * The failure to reply as an appeal against it names it (ADR 0081): the agency did not reply
   * to the applicant's request within the period of Art. 33.
   */
  static String nonReply(String self) {
    return self + "未在法定期限内对其政府信息公开申请作出答复（逾期未作答复）";
  }

  /** {@code first} and the co-appellants, joined by 、. */
  private static String names(String first, List<String> coAppellants) {
    StringBuilder names = new StringBuilder(first);
    coAppellants.forEach(name -> names.append("、").append(name));
    return names.toString();
  }

  /**
   * The third party as the consultation named it: the 征求第三方意见函 addressed to it (or the
   * case's latest one), its date and 文号, and whose request it was about.
   */
  static String consulted(AppealRegister.Appeal appeal, String applicantName, Letters letters,
      String self) {
    Letters.Letter addressed = null;
    Letters.Letter latest = null;
    for (Letters.Letter letter : letters.of(appeal.trackingNumber())) {
      if (letter.kind() == LetterKind.CONSULTATION_THIRD_PARTY) {
        latest = letter;
        if (addressees(letters, letter).contains(appeal.appellantName())) {
          addressed = letter;
        }
      }
    }
    Letters.Letter letter = addressed != null ? addressed : latest;
    String request = applicantName == null || applicantName.isBlank() ? "一件政府信息公开申请"
        : applicantName + "的政府信息公开申请";
    return letter == null ? self + "就" + request + "征求意见的第三方"
        : self + "于" + CaseLetters.chinese(letter.issuedOn()) + "以《" + letter.title() + "》（"
            + letter.documentNumber() + "）就" + request + "征求意见的第三方";
  }

  /** The names on a letter's 主送 line, as the document renders it (names joined by 、). */
  private static java.util.List<String> addressees(Letters letters, Letters.Letter letter) {
    String addressee = letters.addresseeOf(letter);
    return addressee == null ? java.util.List.of()
        : java.util.Arrays.asList(addressee.split("、"));
  }

  /**
   * The decision to disclose over a third party's objection (Art. 32), as the latest
   * 公开决定告知书 told it: its date and 文号.
   */
  static String challengedDisclosure(String trackingNumber, Letters letters, String self) {
    Letters.Letter notice = null;
    for (Letters.Letter letter : letters.of(trackingNumber)) {
      if (letter.kind() == LetterKind.OVERRIDE_NOTICE) {
        notice = letter;
      }
    }
    return notice == null ? self + "作出的予以公开的决定"
        : self + "于" + CaseLetters.chinese(notice.issuedOn()) + "作出的予以公开的决定（《"
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
  static String challenged(String trackingNumber, Letters letters, String self) {
    Letters.Letter reply = null;
    for (Letters.Letter letter : letters.of(trackingNumber)) {
      if (letter.kind() == LetterKind.REPLY || letter.kind() == LetterKind.TERMINATION_NOTICE) {
        reply = letter;
      }
    }
    return reply == null ? self + "作出的政府信息公开答复"
        : self + "于" + CaseLetters.chinese(reply.issuedOn()) + "作出的《" + reply.title() + "》（"
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

  /**
   * The day the appeal or complaint was served (today unless given): not in the future, not
   * before {@code notBefore} (its filing), and not in a year whose annual report is published,
   * which counts it by this day (table 四, the legacy 附表; ADR 0096). {@code label} names it in
   * the message.
   */
  static LocalDate servedOn(DelegateExecution execution, LocalDate notBefore,
      PublishedYearGuard publishedYears, String label) {
    LocalDate servedOn = Optional.ofNullable(Vars.date(execution, SERVED_ON))
        .orElse(OfficeTime.today());
    AppealWindow.notInFuture(servedOn, SERVED_ON, "收到日期");
    if (notBefore != null && servedOn.isBefore(notBefore)) {
      throw new InvalidInput(SERVED_ON + " lies before " + FILED_ON + "（收到日期不能早于申请日期）");
    }
    publishedYears.requireRecordable(null, CountedDate.APPEAL_SERVICE, servedOn, SERVED_ON,
        label);
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
