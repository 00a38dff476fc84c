package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealResult;
import io.github.ogiworkflow.appeal.ReplyCorrections;
import io.github.ogiworkflow.appeal.ReplyCorrections.Correction;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister.RequestAnswer;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ReasonsRequestRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister.FrozenLetter;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ItemSummary.Result;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.vocabulary.ReasonsDecision;
import io.github.ogiworkflow.vocabulary.WithdrawalForm;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * Drafts the reply letter (答复书) and the closing parts of the termination notice from
 * {@code letters/reply-decisions.properties}: the decision for the outcome with its articles,
 * what became of each item (per withheld item its ground, the legal basis legal entered and a
 * plain reason, Art. 36 and 37), and the remedies — reconsideration first for 不予公开 and for
 * the withheld part of a 部分公开 (ARL Art. 23(1)(四) and 23(2)), otherwise reconsideration
 * within 60 days or litigation within 6 months. A reply made anew after a reconsideration
 * decision or a judgment corrected the agency (纠正) opens by naming that decision, read from the
 * appeal register (ADR 0044).
 */
@Component
public class ReplyLetter {

  /** The three variable parts of the reply letter. */
  public record Parts(String decision, String items, String remedies) {}

  /**
   * How the released information reaches the applicant (Art. 36(二)): the 载体形式 and 获取方式
   * the applicant asked for (Art. 29; null where not recorded), whether the request has a query
   * code (applied online), and the agency's address and phone for a pick-up.
   */
  public record Delivery(String form, String method, boolean queryCode, String agencyAddress,
      String contactPhone) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
  /** How a decision paragraph that reports the agency's examination opens. */
  private static final String EXAMINED = "经审查";
  /** The 获取方式 (Art. 29) with their own sentence in provision.*; others get the default. */
  private static final List<String> PROVISION_METHODS = List.of("PICK_UP", "POST", "EMAIL",
      "ONLINE");
  /**
   * Wording of earlier drafts that an edited reply may still carry, with what the server
   * drafts now; both sides of the legal-parts check are read with the current wording, so a
   * letter drafted before a wording change is not refused for it: Art. 32 was cited for every
   * third-party ground, 4.1 with both findings announced the list twice.
   */
  private static final Map<String, String> EARLIER_WORDING = Map.of(
      "第十五条、第三十二条）", "第十五条）",
      "的规定予以告知，具体情况见下。", "的规定予以告知。");
  /** Punctuation a value may end with that would double up with the letter's own. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。．.，,；;：:]+$");

  private final CaseLetters letters;
  private final ItemRegister items;
  private final ReasonsRequestRegister reasons;
  private final CaseRegister register;
  private final ReplyLetterRegister replyLetters;
  private final ReplyCorrections corrections;
  private final Properties texts;
  private final DecisionPhrases phrases = DecisionPhrases.load();

  public ReplyLetter(CaseLetters letters, ItemRegister items, ReasonsRequestRegister reasons,
      CaseRegister register, ReplyLetterRegister replyLetters, ReplyCorrections corrections) {
    this.letters = letters;
    this.items = items;
    this.reasons = reasons;
    this.register = register;
    this.replyLetters = replyLetters;
    this.corrections = corrections;
    this.texts = load();
    for (OutcomeCode outcome : OutcomeCode.values()) {
      text(outcome.code());
    }
    for (WithholdingGround ground : WithholdingGround.values()) {
      for (String part : new String[] {"", ".kind", ".basis", ".clause"}) {
        text("ground." + ground.name() + part);
      }
    }
    for (String key : List.of("1.public", "introduction", "introduction.examined", "introduction.reopened",
        "correction.default", "correction.dueOn", "correction.ORDERED_TO_ACT.dueOn",
        "provision.default", "provision.download", "provision.form.PAPER",
        "provision.form.ELECTRONIC", "ground.THIRD_PARTY.basis.consulted", "3.part",
        "3.severalGrounds.part", "part.opening", "part.further", "part.NONEXISTENT",
        "part.NOT_HELD", "part.NEEDS_PROCESSING", "part.NOT_GOVERNMENT_INFO")) {
      text(key);
    }
    for (String method : PROVISION_METHODS) {
      text("provision." + method);
    }
    for (AppealKind kind : List.of(AppealKind.RECONSIDERATION, AppealKind.LITIGATION)) {
      text("correction." + kind.name());
    }
    for (AppealResult.Detail detail : AppealResult.CORRECTED.details()) {
      text("correction." + detail.name());
    }
  }

  public String draft(String trackingNumber, OutcomeCode outcome, boolean objectionUpheld) {
    return draft(trackingNumber, parts(trackingNumber, outcome, objectionUpheld),
        correctionSentence(trackingNumber));
  }

  private String draft(String trackingNumber, Parts parts, String correction) {
    String introduction = correction != null
        ? text("introduction.reopened").replace("${correction}", correction)
        // 经审查 once: where the decision opens with it (2, 3.x, 6.3), the introduction does not.
        : parts.decision().startsWith(EXAMINED) ? text("introduction.examined")
        : text("introduction");
    return tidy(letters.draft(trackingNumber, LetterKind.REPLY, Map.of(
        "introduction", introduction, "decision", parts.decision(), "items", parts.items(),
        "remedies", parts.remedies())));
  }

  /**
   * The sentence naming the reconsideration decision or judgment that corrected the agency and
   * reopened the request (handbook §3), from the appeal register; null for a request never
   * corrected. No internal numbers: the body or court, its 案号 as registered, its date, what
   * it decided and the act it corrected by date and 文号.
   */
  private String correctionSentence(String trackingNumber) {
    return corrections.reopeningOf(trackingNumber)
        .map(correction -> correctionSentence(correction, letters.addressOf(trackingNumber)))
        .orElse(null);
  }

  /** {@link #correctionSentence(String)} for a correction as the register holds it. Pure. */
  public String correctionSentence(Correction correction, String you) {
    String key = "correction." + (correction.detail() == null ? "default"
        : correction.detail().name());
    String ordered = texts.getProperty(key, text("correction.default"));
    if (correction.dueOn() != null) {
      // The decision set the date of the reply made anew (handbook §3): said only then.
      ordered = texts.getProperty(key + ".dueOn", ordered + text("correction.dueOn"))
          .replace("${dueOn}", CaseLetters.chinese(correction.dueOn()));
    }
    String docket = correction.docketNo() == null || correction.docketNo().isBlank() ? ""
        : "（案号：" + correction.docketNo().strip() + "）";
    String body = correction.bodyOrCourt() == null || correction.bodyOrCourt().isBlank()
        ? (correction.kind() == AppealKind.LITIGATION ? "人民法院" : "行政复议机关")
        : correction.bodyOrCourt().strip();
    return tidy(text("correction." + correction.kind().name())
        .replace("${decidedOn}", CaseLetters.chinese(correction.decidedOn()))
        .replace("${body}", body)
        .replace("${docket}", docket)
        .replace("${ordered}", ordered.replace("${act}", correction.act())
            .replace("${you}", you)));
  }

  private Parts parts(String trackingNumber, OutcomeCode outcome, boolean objectionUpheld) {
    String publicationSource = outcome == OutcomeCode.NOT_PROCESSED_PUBLICATION
        ? register.publicationSource(trackingNumber) : null;
    Parts parts = compose(outcome, items.of(trackingNumber), objectionUpheld, publicationSource,
        delivery(trackingNumber), letters.addressOf(trackingNumber),
        letters.agency().reconsiderationBody());
    if (outcome == OutcomeCode.NOT_PROCESSED_EXCESSIVE && applicantStaysSilent(trackingNumber)) {
      // Art. 35: the letter states what happened, silence or reasons found unreasonable.
      parts = new Parts(fill(text("5.4.notAnswered"), letters.addressOf(trackingNumber),
          letters.agency().reconsiderationBody()), parts.items(), parts.remedies());
    }
    String earlier = outcome == OutcomeCode.NOT_PROCESSED_REPEAT
        ? register.repeatOf(trackingNumber) : null;
    if (earlier != null) {
      // Art. 36(六): the letter names the same applicant's earlier request and its answer.
      parts = new Parts(fill(repeatDecision(earlier), letters.addressOf(trackingNumber),
          letters.agency().reconsiderationBody()), parts.items(), parts.remedies());
    }
    String basis = outcome == OutcomeCode.NOT_PROCESSED_CONFIRMATION
        ? register.confirmationBasis(trackingNumber) : null;
    if (basis != null) {
      // 5.5: the fact the office chose, not the alternative of both (Art. 36: reasons; ADR
      // 0064); an earlier answer named by its dates and 文号 as for 5.2.
      String earlierAnswer = "ANSWERED".equals(basis) ? register.repeatOf(trackingNumber) : null;
      String decision = earlierAnswer == null ? text("5.5.obtained")
          : earlierAnswerText(text("5.5.answered"), earlierAnswer);
      parts = new Parts(fill(decision, letters.addressOf(trackingNumber),
          letters.agency().reconsiderationBody()), parts.items(), parts.remedies());
    }
    return parts;
  }

  /** 5.2's decision naming the earlier request: when received, when and by which letter answered. */
  private String repeatDecision(String earlier) {
    return earlierAnswerText(text("5.2.earlier"), earlier);
  }

  /** A decision naming an earlier request: when received, when and by which letter answered. */
  private String earlierAnswerText(String template, String earlier) {
    RequestAnswer answer = register.requestAnswer(earlier).orElseThrow(
        () -> new IllegalStateException("No earlier request " + earlier));
    FrozenLetter letter = replyLetters.latest(earlier).filter(FrozenLetter::issued).orElse(null);
    LocalDate answeredOn = letter != null && letter.issuedOn() != null ? letter.issuedOn()
        : answer.deliveredOn();
    if (answeredOn == null) {
      throw new IllegalStateException("Earlier request " + earlier + " was not answered");
    }
    return template
        .replace("${earlierReceivedOn}", CaseLetters.chinese(answer.firstReceivedOn()))
        .replace("${earlierAnsweredOn}", CaseLetters.chinese(answeredOn))
        .replace("${answer}", "《" + LetterKind.REPLY.title() + "》"
            + (letter == null ? "" : "（" + letter.documentNumber() + "）"));
  }

  /** A part of the reply the law requires, and the sentence of the fresh draft carrying it. */
  public record RequiredPart(String name, String sentence) {}

  /** An article cited: 第三十六条, 第二十三条 …. */
  private static final Pattern CITATION = Pattern.compile("第[一二三四五六七八九十百]+条");

  /**
   * What an edited reply must keep of the letter the server drafts for the case now: the
   * addressee line, the receipt sentence with the register's receipt date (Art. 31: the day the
   * clock starts), after a correction the sentence naming the decision or judgment (ADR 0044),
   * each sentence of the decision citing an article (the decision's legal basis), and every
   * sentence of the remedies (救济途径: reconsideration first for a refusal, ARL Art. 23(1)(四)
   * and 23(2); otherwise 60 days / 6 months).
   */
  public List<RequiredPart> requiredParts(String trackingNumber, OutcomeCode outcome,
      boolean objectionUpheld) {
    return checked(trackingNumber, outcome, objectionUpheld).required();
  }

  /** The letter the server drafts for the case now, and what of it an edit must keep. */
  private record Checked(String draft, List<RequiredPart> required,
      LocalDate receivedOn, String you, String outcomeLabel, List<String> registerTexts,
      List<ItemLine> itemLines) {}

  /**
   * An item's line as the server drafts it: its number in the letter's list, its title and the
   * line's text after the title (what the register holds for the item: released, withheld on
   * which ground …), both as the check compares them.
   */
  record ItemLine(int number, String name, String title, String decision) {}

  /** The numbered item lines of a draft's item list, in order: 1. 标题：予以公开（…）。 */
  private static final Pattern ITEM_LINE = Pattern.compile("^(\\d+)\\.\\s*(.*)$");

  /** The item lines the server drafts for {@code caseItems} in {@code itemsPart}. */
  static List<ItemLine> draftedItemLines(List<Item> caseItems, String itemsPart) {
    List<ItemLine> lines = new ArrayList<>();
    List<String> numbered = itemsPart.lines().map(String::strip)
        .filter(line -> ITEM_LINE.matcher(line).matches()).toList();
    for (int i = 0; i < caseItems.size() && i < numbered.size(); i++) {
      String title = comparable(bare(caseItems.get(i).title()));
      Matcher line = ITEM_LINE.matcher(numbered.get(i));
      line.matches();
      String text = comparable(line.group(2));
      if (title.isEmpty() || !text.startsWith(title + "：")) {
        continue;
      }
      lines.add(new ItemLine(i + 1, bare(caseItems.get(i).title()), title,
          text.substring(title.length() + 1)));
    }
    return List.copyOf(lines);
  }

  /**
   * What the register quotes into the letter: the applicant's name, the request's description,
   * a publication's 获取途径 and each item's title, where to find it, the responsible agency and
   * the review's basis and note. An item titled
   * 行政复议案件统计表 stays the applicant's words when the office rewords its line.
   */
  private List<String> registerTexts(String trackingNumber) {
    List<String> quoted = new ArrayList<>();
    register.find(trackingNumber).ifPresent(record -> {
      // As the letter quotes it (masked, ADR 0131), and as typed: a draft from before the mask.
      quoted.add(CaseLetters.requestQuote(record.description()));
      quoted.add(record.description());
      // As the letter quotes it, inner quotes single (CaseLetters.quotedInside, audit 32a F12).
      quoted.add(CaseLetters.quotedInside(record.description()));
      // Both, as the letter quotes it now.
      quoted.add(CaseLetters.quotedInside(CaseLetters.requestQuote(record.description())));
      // The addressee may be named 某某法院 or 某某商业秘密研究所: the applicant's name, not ours.
      quoted.add(record.applicantName());
    });
    quoted.add(register.publicationSource(trackingNumber));
    for (Item item : items.of(trackingNumber)) {
      quoted.add(item.title());
      quoted.add(item.wherePublic());
      quoted.add(item.responsibleAgency());
      quoted.add(item.responsibleAgencyContact());
      quoted.add(item.notOursReason());
      if (item.review() != null) {
        quoted.add(item.review().legalBasis());
        quoted.add(PersonalDataMasker.maskFreeTextInLetter(item.review().redactionNote()));
        quoted.add(item.review().redactionNote());
      }
    }
    return quoted.stream().filter(text -> !blank(text)).map(ReplyLetter::bare)
        .map(ReplyLetter::comparable).filter(text -> !text.isEmpty()).toList();
  }

  private Checked checked(String trackingNumber, OutcomeCode outcome, boolean objectionUpheld) {
    Parts parts = parts(trackingNumber, outcome, objectionUpheld);
    String correction = correctionSentence(trackingNumber);
    String draft = draft(trackingNumber, parts, correction);
    List<RequiredPart> required = new ArrayList<>();
    draft.lines().map(String::strip)
        .filter(line -> line.endsWith("：")).findFirst()
        .ifPresent(line -> required.add(new RequiredPart("称谓", line)));
    LocalDate receivedOn = register.find(trackingNumber)
        .map(CaseRegister.CaseRecord::firstReceivedOn).orElse(null);
    String receipt = receiptSentence(draft, receivedOn);
    if (receipt != null) {
      // Art. 31: the receipt date starts the clock; the letter states the register's (audit
      // round 24, F2: a corrected date left the letter stating the old one).
      required.add(new RequiredPart("收到申请的日期", receipt));
    }
    if (correction != null) {
      // Handbook §3: the reply made anew names the decision or judgment that corrected the
      // agency (ADR 0044).
      required.add(new RequiredPart("重新答复所依据的复议决定或判决", correction));
    }
    for (String sentence : sentences(parts.decision())) {
      if (CITATION.matcher(sentence).find()) {
        required.add(new RequiredPart("答复决定及其法律依据", sentence));
      }
    }
    for (String sentence : sentences(parts.remedies())) {
      required.add(new RequiredPart("救济途径", sentence));
    }
    return new Checked(draft, required, receivedOn, letters.addressOf(trackingNumber),
        outcome.label(), registerTexts(trackingNumber),
        draftedItemLines(items.of(trackingNumber), parts.items()));
  }

  /**
   * The drafted clause stating the receipt date (本机关于2026年2月10日收到您提出的政府信息公开申请),
   * as the template words it: from the start of its line to the comma after the date.
   */
  private static String receiptSentence(String draft, LocalDate receivedOn) {
    if (receivedOn == null) {
      return null;
    }
    String date = CaseLetters.chinese(receivedOn);
    for (String line : draft.split("\\n")) {
      int at = line.indexOf(date + "收到");
      if (at >= 0) {
        int end = line.indexOf('，', at);
        return line.substring(0, end < 0 ? line.length() : end).strip();
      }
    }
    return null;
  }

  /**
   * Refuses an edited reply that lost a part the law requires ({@link #requiredParts}),
   * compared verbatim but for whitespace and line breaks, or that adds what contradicts the
   * register ({@link #contradictions}): HTTP 400 on replyLetterText naming each.
   */
  public void requireLegalParts(String trackingNumber, OutcomeCode outcome,
      boolean objectionUpheld, String edited) {
    Checked checked = checked(trackingNumber, outcome, objectionUpheld);
    String text = comparable(edited == null ? "" : edited);
    List<String> missing = new ArrayList<>();
    for (RequiredPart part : checked.required()) {
      if (!text.contains(comparable(part.sentence()))) {
        missing.add(part.name() + "“" + part.sentence() + "”");
      }
    }
    List<String> contradicting = contradictions(checked, text, edited == null ? "" : edited);
    if (missing.isEmpty() && contradicting.isEmpty()) {
      return;
    }
    List<String> said = new ArrayList<>();
    if (!missing.isEmpty()) {
      said.add("答复书缺少依法应当载明的内容，请按原文保留：" + String.join("；", missing));
    }
    if (!contradicting.isEmpty()) {
      said.add("答复书有与登记的答复不一致的内容，请删除或改正：" + String.join("；", contradicting));
    }
    throw new InvalidInput("replyLetterText " + (missing.isEmpty()
        ? "contradicts the register" : "lacks parts the law requires")
        + "（" + String.join("。", said) + "）");
  }

  /**
   * What an edited reply says against the register (audit round 24, F1): the office may keep
   * every required sentence and still add a decision or a remedy of its own. Refused:
   * <ul>
   *   <li>in the office's own words (the text without the draft's sentences and the register's
   *   quotes), a decision or a withholding ground the server's draft for this case does not
   *   state, recognised by what it says ({@link #unstatedDecisions}: 不宜公开, 不予提供, 属于国家
   *   秘密 … in any of the vocabulary's words, not only the templates');</li>
   *   <li>a sentence of another outcome's decision paragraph;</li>
   *   <li>outside the draft's own sentences, any remedy: 复议, 诉讼, 起诉, 法院, 不服 or a
   *   period counted 之日起 (ARL Art. 20, 23; ALL Art. 46 are stated once, in the required
   *   remedy sentences);</li>
   *   <li>a receipt date (本机关于…收到) other than the register's (Art. 31);</li>
   *   <li>of an item, another decision or ground than the register holds for it, or no line
   *   for it ({@link #itemContradictions}, audit 35a F2).</li>
   * </ul>
   * The rest stays the office's: item explanations, a note, the contact line, in words that
   * state no other decision (an explanation may name the ground the draft states, or say the
   * information 不涉及国家秘密).
   */
  private List<String> contradictions(Checked checked, String text, String edited) {
    String draft = comparable(checked.draft());
    Set<String> found = new LinkedHashSet<>();
    for (String sentence : decisionSentences(checked.you())) {
      String phrase = comparable(sentence);
      if (text.contains(phrase) && !draft.contains(phrase)) {
        found.add("其他答复类型的决定“" + sentence + "”");
      }
    }
    // The office's own words: the text without the draft's sentences, longest first so a
    // sentence is not cut by a shorter one it contains.
    String own = text;
    List<String> drafted = new ArrayList<>(sentences(checked.draft()).stream()
        .map(ReplyLetter::comparable).filter(sentence -> !sentence.isEmpty()).toList());
    drafted.sort(java.util.Comparator.comparingInt(String::length).reversed());
    for (String sentence : drafted) {
      own = own.replace(sentence, "\n");
    }
    found.addAll(unstatedDecisions(without(draft, checked.registerTexts()),
        without(own, checked.registerTexts()), checked.outcomeLabel()));
    for (String quoted : checked.registerTexts()) {
      own = own.replace(quoted, "");
    }
    for (String sentence : own.split("\\n")) {
      for (String clause : sentence.split("(?<=[。；])")) {
        if (REMEDY_WORDS.matcher(clause).find()) {
          found.add("救济途径以外另行告知的救济内容“" + clause + "”（救济途径只能按原文载明：行政复议六十日、"
              + "行政诉讼六个月，不予公开的应当先申请行政复议）");
        }
      }
    }
    found.addAll(itemContradictions(checked.itemLines(), edited, checked.registerTexts(),
        sentences(checked.draft()).stream().map(ReplyLetter::comparable)
            .collect(java.util.stream.Collectors.toSet())));
    if (checked.receivedOn() != null) {
      String registered = CaseLetters.chinese(checked.receivedOn());
      Matcher receipt = RECEIPT_DATE.matcher(text);
      while (receipt.find()) {
        if (!receipt.group(1).equals(registered)) {
          found.add("与登记不符的收到申请日期“" + receipt.group(1) + "”（登记为" + registered + "）");
        }
      }
    }
    return List.copyOf(found);
  }

  /** How an edited sentence may open with an item's number in the list: 1. 1、 1． */
  private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d+)[.．、]");

  /**
   * Audit 35a F2: what the letter says of each item against what the register holds for it.
   * The check by kind ({@link #unstatedDecisions}) lets a 部分公开 letter say 予以公开 of a
   * withheld item, because the letter states 予以公开 of another. Here each sentence of the
   * edited letter that names an item (by its title, or as its line by its number: 2. …：) may
   * state only the decisions and grounds the server's line for that item states; the item's
   * own line (1. 标题：…) must state the item's decision (its line's first: 予以公开, 不予公开,
   * 部分公开 …); and every item keeps its line. Register quotes (titles, bases, notes) state
   * nothing. Each mismatch is named with the item's number and title.
   */
  List<String> itemContradictions(List<ItemLine> itemLines, String edited,
      List<String> registerTexts) {
    return itemContradictions(itemLines, edited, registerTexts, Set.of());
  }

  /**
   * As above; a sentence the server drafted, left as drafted ({@code drafted}, comparable), is
   * not checked again: it says what the register holds, and a short title (an item called 三)
   * would otherwise be found in its article numbers (第三十六条).
   */
  List<String> itemContradictions(List<ItemLine> itemLines, String edited,
      List<String> registerTexts, Set<String> drafted) {
    if (itemLines.isEmpty()) {
      return List.of();
    }
    List<ItemLine> byTitle = new ArrayList<>(itemLines);
    byTitle.sort(java.util.Comparator.comparingInt((ItemLine line) -> line.title().length())
        .reversed());
    Set<String> found = new LinkedHashSet<>();
    Set<Integer> stated = new java.util.HashSet<>();
    for (String line : edited.split("\\n")) {
      for (String sentence : line.split("(?<=。)")) {
        String text = comparable(sentence);
        if (text.isEmpty()) {
          continue;
        }
        Matcher number = ITEM_NUMBER.matcher(text);
        boolean numbered = number.find();
        String head = numbered ? text.substring(number.end()) : text;
        ItemLine own = byTitle.stream().filter(item -> head.startsWith(item.title() + "："))
            .findFirst().orElse(null);
        if (drafted.contains(text)) {
          if (own != null) {
            stated.add(own.number());
          }
          continue;
        }
        List<ItemLine> named = new ArrayList<>();
        String rest = text;
        for (ItemLine item : byTitle) {
          // A one-character title is an item's name only in 《》 or opening its own line.
          boolean names = item.title().length() > 1 ? rest.contains(item.title())
              : rest.contains("《" + item.title() + "》") || item == own;
          if (names) {
            named.add(item);
            rest = rest.replace(item.title(), "\n");
          }
        }
        if (own == null && numbered && head.contains("：") && !phrases.statements(
            without(head.substring(head.indexOf('：') + 1), registerTexts)).isEmpty()) {
          // The line of an item whose title the office changed: known by its number, if it
          // states a decision (a numbered note such as 1. 联系方式：… is no item's line).
          int at = Integer.parseInt(number.group(1));
          own = itemLines.stream().filter(item -> item.number() == at).findFirst().orElse(null);
          if (own != null && !named.contains(own)) {
            named.add(own);
          }
        }
        if (named.isEmpty()) {
          continue;
        }
        List<DecisionPhrases.Statement> says = phrases.statements(without(text, registerTexts));
        for (ItemLine item : named) {
          List<DecisionPhrases.Statement> holds = phrases.statements(
              without(item.decision(), registerTexts));
          Set<String> held = new java.util.HashSet<>();
          holds.forEach(statement -> held.add(statement.kind()));
          for (DecisionPhrases.Statement statement : says) {
            if (!held.contains(statement.kind())) {
              found.add(itemName(item) + "写明“" + statement.phrase() + "”，与登记的该项答复"
                  + registered(holds) + "不符");
            }
          }
        }
        if (own != null) {
          stated.add(own.number());
          DecisionPhrases.Statement decision = firstDecision(phrases.statements(
              without(own.decision(), registerTexts)));
          if (decision != null && says.stream()
              .noneMatch(statement -> statement.kind().equals(decision.kind()))) {
            found.add(itemName(own) + "未写明登记的该项答复“" + decision.phrase() + "”");
          }
        }
      }
    }
    for (ItemLine item : itemLines) {
      if (!stated.contains(item.number())) {
        found.add("缺少" + itemName(item) + "的答复（应写明：" + item.number() + ". " + item.name()
            + "：……，按登记写明该项的答复）");
      }
    }
    return List.copyOf(found);
  }

  private static String itemName(ItemLine item) {
    return "第" + item.number() + "项《" + item.name() + "》";
  }

  /** The decision of an item's line as the register holds it: “不予公开” (理由：过程性信息). */
  private static String registered(List<DecisionPhrases.Statement> holds) {
    DecisionPhrases.Statement decision = firstDecision(holds);
    return decision == null ? "" : "“" + decision.phrase() + "”";
  }

  private static DecisionPhrases.Statement firstDecision(
      List<DecisionPhrases.Statement> statements) {
    return statements.stream().filter(statement -> !statement.ground()).findFirst()
        .orElse(null);
  }

  /**
   * The decisions and withholding grounds {@code own} (the office's own words) states that
   * {@code draft} (the server's draft for the case) does not, recognised by what they say
   * ({@link DecisionPhrases}: 不宜公开, 不予提供, 属于国家秘密 … however worded), as the refusal
   * names them. Both without what the register quotes (an item titled 商业秘密保护协议 states no
   * ground). Pure: the unit tests call it directly.
   */
  List<String> unstatedDecisions(String draft, String own, String outcomeLabel) {
    Set<String> stated = new java.util.HashSet<>();
    for (DecisionPhrases.Statement statement : phrases.statements(draft)) {
      stated.add(statement.kind());
    }
    Set<String> found = new LinkedHashSet<>();
    for (DecisionPhrases.Statement statement : phrases.statements(own)) {
      if (!stated.contains(statement.kind())) {
        found.add("与答复类型“" + outcomeLabel + "”不符的" + (statement.ground() ? "不予公开理由" : "决定")
            + "“" + statement.phrase() + "”");
      }
    }
    return List.copyOf(found);
  }

  /** The decisions and grounds a text states ({@link DecisionPhrases}), by kind. */
  List<String> decisionKinds(String text) {
    return phrases.statements(comparable(text)).stream().map(DecisionPhrases.Statement::kind)
        .distinct().toList();
  }

  /** A text without the register's quotes, each cut so that what stood around it stays apart. */
  private static String without(String text, List<String> quotes) {
    String rest = text;
    for (String quoted : quotes) {
      rest = rest.replace(quoted, "\n");
    }
    return rest;
  }

  /**
   * The request's receipt dates a letter states (本机关于2026年2月10日收到您提出的政府信息公开申请),
   * as written, in order; none for a letter without the clause. Whitespace and line breaks do not
   * count, as in the check of an edit.
   */
  static List<String> statedReceiptDates(String letter) {
    List<String> dates = new ArrayList<>();
    Matcher receipt = RECEIPT_DATE.matcher(comparable(letter == null ? "" : letter));
    while (receipt.find()) {
      dates.add(receipt.group(1));
    }
    return dates;
  }

  /** How the office's own words would state a remedy: its kinds, its court, its period. */
  private static final Pattern REMEDY_WORDS = Pattern.compile("复议|诉讼|起诉|法院|不服|之日起");
  /**
   * The request's receipt date as a letter states it (本机关于2026年2月10日收到您提出的政府信息公开
   * 申请); a supplement's or another document's receipt is the office's to mention.
   */
  private static final Pattern RECEIPT_DATE = Pattern.compile(
      "于(\\d{4}年\\d{1,2}月\\d{1,2}日)收到(?:您|贵单位)提出的政府信息公开申请");
  /**
   * A case's letter with the decision paragraph drafted before ADR 0078 for items all already
   * public (1: 本机关决定予以公开) replaced by the one the server drafts for them now (1.public,
   * Art. 36(一)); empty where the letter does not carry that paragraph verbatim, the register's
   * outcome is not 1 or an item is not PUBLIC (a reply releasing an item keeps 1). The rest of
   * the letter, the office's edits included, stays as it is (EarlierReplyWording).
   */
  public java.util.Optional<String> withCurrentAllPublicWording(String trackingNumber,
      String text) {
    if (text == null || !earlierAllPublicIn(text)) {
      return java.util.Optional.empty();
    }
    String you = letters.addressOf(trackingNumber);
    String body = letters.agency().reconsiderationBody();
    String earlier = fill(text("1"), you, body);
    List<Item> caseItems = items.of(trackingNumber);
    boolean allPublic = !caseItems.isEmpty()
        && caseItems.stream().allMatch(item -> item.finding() == ItemFinding.PUBLIC);
    String outcome = register.find(trackingNumber).map(CaseRegister.CaseRecord::outcomeCode)
        .orElse(null);
    if (!text.contains(earlier) || !allPublic || !OutcomeCode.DISCLOSED.code().equals(outcome)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(text.replace(earlier, fill(text("1.public"), you, body)));
  }

  /** Whether a text may carry 1's paragraph, for 您 or 贵单位 (no register read). */
  boolean earlierAllPublicIn(String text) {
    return text.contains(fill(text("1"), "您", "")) || text.contains(fill(text("1"), "贵单位", ""));
  }

  /** The keys of the decision paragraphs: 1, 1.public, 3.4.objection, 5.2.earlier …. */
  private static final Pattern DECISION_KEY = Pattern.compile(
      "[1-6](\\.[0-9]+)?(\\.[A-Za-z]+)?");
  /** What a decision paragraph says the agency does: 本机关（决定）不予公开, 对…决定不予公开. */
  private static final Pattern VERDICT_START = Pattern.compile("^(不|予以|无法)");

  /**
   * The decisions the letters state, read from the decision paragraphs of
   * reply-decisions.properties: in each clause, what follows 决定 (or, without it, 本机关) where
   * it says what the agency does or will not do (不…, 予以…, 无法…): 予以公开, 不予公开,
   * 无法提供, 不予提供, 不作为政府信息公开申请处理, 不予重复处理, 不予处理, 不再处理该政府信息公开申请.
   * The check recognises decisions by the vocabulary ({@link DecisionPhrases}); these must all
   * be in it (ReplyLetterTest), so a new paragraph's decision is not missed.
   */
  List<String> verdicts(String you) {
    Set<String> verdicts = new LinkedHashSet<>();
    for (String template : decisionTemplates()) {
      for (String clause : template.replace("${you}", you).split("[，。；：]")) {
        int decided = clause.lastIndexOf("决定");
        int agency = clause.indexOf("本机关");
        String verdict = decided >= 0 ? clause.substring(decided + 2)
            : agency >= 0 ? clause.substring(agency + 3) : "";
        if (VERDICT_START.matcher(verdict).find() && !verdict.contains("${")) {
          verdicts.add(verdict);
        }
      }
    }
    return List.copyOf(verdicts);
  }

  /** Every sentence of every decision paragraph, placeholders filled where the case fills them. */
  private List<String> decisionSentences(String you) {
    List<String> sentences = new ArrayList<>();
    String body = letters.agency().reconsiderationBody();
    for (String template : decisionTemplates()) {
      for (String sentence : sentences(template.replace("${you}", you)
          .replace("${reconsiderationBody}", body))) {
        if (!sentence.contains("${")) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }

  private List<String> decisionTemplates() {
    return texts.stringPropertyNames().stream().sorted()
        .filter(key -> DECISION_KEY.matcher(key).matches()).map(texts::getProperty).toList();
  }

  private static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String line : tidy(text).split("\\n")) {
      for (String sentence : line.split("(?<=。)")) {
        if (!sentence.isBlank()) {
          sentences.add(sentence.strip());
        }
      }
    }
    return sentences;
  }

  private static String withoutWhitespace(String text) {
    return text.replaceAll("[\\s\u3000]+", "");
  }

  /** A text as the legal-parts check compares it: no whitespace, earlier wording as today's. */
  static String comparable(String text) {
    String comparable = withoutWhitespace(text);
    for (Map.Entry<String, String> wording : EARLIER_WORDING.entrySet()) {
      comparable = comparable.replace(wording.getKey(), wording.getValue());
    }
    return comparable;
  }

  /** What the register knows of how the applicant wants the information (Art. 29). */
  private Delivery delivery(String trackingNumber) {
    return register.requestedDelivery(trackingNumber)
        // A way the register cannot reach the applicant by (an e-mail never given) is not
        // promised: the letter then says the information comes with it (audit round 23, F5).
        .map(d -> new Delivery(d.deliveryForm(), d.reachable() ? d.deliveryMethod() : null,
            d.queryCode(), letters.agency().address(), letters.agency().contactPhone()))
        .orElse(null);
  }

  private boolean applicantStaysSilent(String trackingNumber) {
    return reasons.latest(trackingNumber)
        .map(request -> request.decision() == ReasonsDecision.NOT_ANSWERED).orElse(false);
  }

  /**
   * The values of the termination notice (6.1, 6.2): the reason with the applicant addressed
   * properly, the article the case is closed under, the remedies, and for a case reopened by a
   * correction (纠正) the sentence naming it, the same as the reply made anew opens with (ADR
   * 0044).
   */
  public Map<String, String> terminationValues(String trackingNumber, OutcomeCode outcome,
      String reason) {
    String you = letters.addressOf(trackingNumber);
    String basis = texts.getProperty("termination." + outcome.code(),
        text("termination.default"));
    // A termination notice that closes a reopened round names the correction that reopened
    // the case, in the reply's own sentence (handbook §3, ADR 0044); nothing otherwise.
    String correction = correctionSentence(trackingNumber);
    return Map.of(
        "correction", correction == null ? "" : correction,
        "reason", reason.replace("您（单位）", you),
        "decision", text("termination.decision").replace("${basis}", basis),
        "remedies", fill(text("remedies.termination"), you,
            letters.agency().reconsiderationBody()));
  }

  /**
   * The 终止办理告知书 confirming the applicant's withdrawal (ADR 0085): when and how it was made
   * and the end of the handling; no article (the regulation has none on withdrawal) and no
   * remedies (the applicant asked for the end), but that a new application may be made. A
   * reopened round names the correction first, as every termination notice does.
   */
  public Map<String, String> withdrawalValues(String trackingNumber, LocalDate withdrawnOn,
      WithdrawalForm form) {
    String you = letters.addressOf(trackingNumber);
    String correction = correctionSentence(trackingNumber);
    String reason = text("termination.withdrawn")
        .replace("${withdrawnOn}", CaseLetters.chinese(withdrawnOn))
        .replace("${withdrawalForm}", text("termination.withdrawn." + form.name()));
    return Map.of(
        "correction", correction == null ? "" : correction,
        "reason", fill(reason, you, letters.agency().reconsiderationBody()),
        "decision", text("termination.withdrawn.decision"),
        "remedies", fill(text("termination.withdrawn.remedies"), you,
            letters.agency().reconsiderationBody()));
  }

  /**
   * The letter's parts for an outcome and the case's items; {@code you} is 您 or 贵单位. Pure:
   * the unit tests call it directly.
   */
  public Parts compose(OutcomeCode outcome, List<Item> caseItems, boolean objectionUpheld,
      String you, String reconsiderationBody) {
    return compose(outcome, caseItems, objectionUpheld, null, you, reconsiderationBody);
  }

  /**
   * As above, with the 获取途径 the office entered for a publication asked for (5.3, Art. 39(2));
   * null (cases before the field) keeps the general wording.
   */
  public Parts compose(OutcomeCode outcome, List<Item> caseItems, boolean objectionUpheld,
      String publicationSource, String you, String reconsiderationBody) {
    return compose(outcome, caseItems, objectionUpheld, publicationSource, null, you,
        reconsiderationBody);
  }

  /**
   * As above, with how the applicant asked to get the information ({@code delivery}; null:
   * not known), which the letter states after the released items (Art. 36(二)).
   */
  public Parts compose(OutcomeCode outcome, List<Item> caseItems, boolean objectionUpheld,
      String publicationSource, Delivery delivery, String you, String reconsiderationBody) {
    boolean withheldPart = caseItems.stream().anyMatch(item -> {
      Result result = ItemSummary.resultOf(item, objectionUpheld);
      return result == Result.WITHHELD || result == Result.REDACTED;
    });
    String decision = outcome == OutcomeCode.NOT_PROCESSED_PUBLICATION
        && !blank(publicationSource)
        ? fill(text("5.3.where"), you, reconsiderationBody, bare(publicationSource))
        : fill(decision(outcome, caseItems, objectionUpheld, withheldPart), you,
            reconsiderationBody);
    String remedies;
    if (outcome.refusesDisclosure() && otherFindings(outcome, caseItems, objectionUpheld)
        .isEmpty()) {
      remedies = text("remedies.refusal");
    } else if ((outcome.refusesDisclosure() || outcome == OutcomeCode.PARTIAL) && withheldPart) {
      // Reconsideration first only for what is withheld (ARL Art. 23(1)(四)); the rest of a
      // refusal with items of another kind (不存在, 不属于本机关 …) as any other reply (audit 32a, F1).
      remedies = text("remedies.withheldPart") + "\n" + text("remedies.otherPart");
    } else {
      remedies = text("remedies.default");
    }
    return new Parts(decision, itemLines(caseItems, objectionUpheld, delivery, you),
        fill(remedies, you, reconsiderationBody));
  }

  private String decision(OutcomeCode outcome, List<Item> caseItems, boolean objectionUpheld,
      boolean withheldPart) {
    if (outcome == OutcomeCode.PARTIAL && !withheldPart) {
      return text("2.nothingWithheld");
    }
    if (outcome == OutcomeCode.DISCLOSED && !caseItems.isEmpty()
        && caseItems.stream().allMatch(item -> item.finding() == ItemFinding.PUBLIC)) {
      // Art. 36(一): information already public is not disclosed anew; the applicant is told
      // how to obtain it (audit round 24, F13).
      return text("1.public");
    }
    Set<ItemFinding> others = otherFindings(outcome, caseItems, objectionUpheld);
    if (!others.isEmpty()) {
      return mixedDecision(outcome, caseItems, objectionUpheld, others);
    }
    if (outcome == OutcomeCode.UNAVAILABLE_NOT_HELD) {
      boolean nonexistent = caseItems.stream()
          .anyMatch(item -> item.finding() == ItemFinding.NONEXISTENT);
      boolean notOurs = caseItems.stream()
          .anyMatch(item -> item.finding() == ItemFinding.NOT_HELD);
      if (nonexistent && notOurs) {
        return text("4.1.both");
      }
      return nonexistent ? text("4.1.nonexistent") : text("4.1");
    }
    if (outcome.refusesDisclosure()) {
      Set<WithholdingGround> grounds = withheldGrounds(caseItems, objectionUpheld);
      if (grounds.size() > 1) {
        List<String> named = new ArrayList<>();
        for (WithholdingGround ground : grounds) {
          // What the information is, as the article puts it; the annual report's label
          // (ground.label(), e.g. 四类过程性信息) is a table heading, not letter language.
          named.add(text("ground." + ground.name() + ".kind") + "（"
              + defaultBasis(ground, consultedAbout(ground, caseItems, objectionUpheld)) + "）");
        }
        // Each ground's own item of Art. 36: (三) for Art. 14–16, (七) for a query procedure;
        // every one that applies, in order, once.
        Set<String> clauses = new java.util.TreeSet<>(java.util.Comparator.comparingInt(
            ReplyLetter::clauseNumber));
        for (WithholdingGround ground : grounds) {
          clauses.add(text("ground." + ground.name() + ".clause"));
        }
        return text("3.severalGrounds").replace("${grounds}", String.join("；", named))
            .replace("${clauses}", String.join("、", clauses));
      }
      if (outcome == OutcomeCode.WITHHELD_THIRD_PARTY && objectionUpheld) {
        return text(outcome.code()) + text("3.4.objection");
      }
    }
    return text(outcome.code());
  }

  /** What the outcome itself answers: the withheld items of 3.x, the unheld ones of 4.1 …. */
  private static Set<ItemFinding> ownFindings(OutcomeCode outcome) {
    if (outcome.refusesDisclosure()) {
      return Set.of(ItemFinding.HELD);
    }
    return switch (outcome) {
      case UNAVAILABLE_NOT_HELD -> Set.of(ItemFinding.NOT_HELD, ItemFinding.NONEXISTENT);
      case UNAVAILABLE_NEEDS_PROCESSING -> Set.of(ItemFinding.NEEDS_PROCESSING);
      default -> null;
    };
  }

  /**
   * The findings of a 3.x, 4.1 or 4.2 reply's items that the outcome does not answer (the
   * outcome table gives 3.x whatever the other items are, and 4.1 before 4.2): each part then
   * gets its own decision with its article (Art. 36, 38; audit 32a, F1). Empty for other
   * outcomes, which word their mixes themselves (2, 4.1.both).
   */
  private static Set<ItemFinding> otherFindings(OutcomeCode outcome, List<Item> caseItems,
      boolean objectionUpheld) {
    Set<ItemFinding> own = ownFindings(outcome);
    Set<ItemFinding> others = java.util.EnumSet.noneOf(ItemFinding.class);
    if (own == null) {
      return others;
    }
    for (Item item : caseItems) {
      if (own.contains(item.finding())) {
        continue;
      }
      if (item.finding() == ItemFinding.PUBLIC || item.finding() == ItemFinding.HELD) {
        // Not in a 3.x, 4.1 or 4.2 case (the table gives 1 or 2 first); nothing to add here.
        continue;
      }
      others.add(item.finding());
    }
    return others;
  }

  /**
   * The decision of a reply whose items are of several kinds: the outcome's own part (3.x: the
   * withheld information with its grounds and Art. 36 clauses; 4.1, 4.2: the unheld information),
   * then each other kind with its article (不存在 Art. 36(四), 不属于本机关 Art. 36(五), 需另行制作
   * Art. 38, not government information Art. 2); each part as 部分信息, never the whole request.
   */
  private String mixedDecision(OutcomeCode outcome, List<Item> caseItems, boolean objectionUpheld,
      Set<ItemFinding> others) {
    StringBuilder decision = new StringBuilder();
    Set<ItemFinding> later = java.util.EnumSet.copyOf(others);
    if (outcome.refusesDisclosure()) {
      Set<WithholdingGround> grounds = withheldGrounds(caseItems, objectionUpheld);
      List<String> named = new ArrayList<>();
      Set<String> clauses = new java.util.TreeSet<>(java.util.Comparator.comparingInt(
          ReplyLetter::clauseNumber));
      for (WithholdingGround ground : grounds) {
        named.add(text("ground." + ground.name() + ".kind") + "（"
            + defaultBasis(ground, consultedAbout(ground, caseItems, objectionUpheld)) + "）");
        clauses.add(text("ground." + ground.name() + ".clause"));
      }
      decision.append(text(grounds.size() > 1 ? "3.severalGrounds.part" : "3.part")
          .replace("${grounds}", String.join("；", named))
          .replace("${clauses}", String.join("、", clauses)));
      if (outcome == OutcomeCode.WITHHELD_THIRD_PARTY && objectionUpheld && grounds.size() == 1) {
        decision.append(text("3.4.objection"));
      }
    } else {
      Set<ItemFinding> own = java.util.EnumSet.noneOf(ItemFinding.class);
      for (Item item : caseItems) {
        if (ownFindings(outcome).contains(item.finding())) {
          own.add(item.finding());
        }
      }
      decision.append(text("part.opening")).append(text("part." + own.iterator().next()));
      own.remove(own.iterator().next());
      later.addAll(own);
    }
    for (ItemFinding finding : later) {
      decision.append(text("part.further")).append(text("part." + finding.name()));
    }
    return decision.toString();
  }

  /** The distinct grounds of the withheld items, in the order of the annual report. */
  private static Set<WithholdingGround> withheldGrounds(List<Item> caseItems,
      boolean objectionUpheld) {
    Set<WithholdingGround> grounds = new java.util.TreeSet<>();
    for (Item item : caseItems) {
      if (ItemSummary.resultOf(item, objectionUpheld) == Result.WITHHELD) {
        WithholdingGround ground = ItemSummary.groundOf(item, objectionUpheld);
        if (ground != null) {
          grounds.add(ground);
        }
      }
    }
    return new LinkedHashSet<>(grounds);
  }

  /**
   * One line per item, numbered from 1 in the letter's own list ({@link CaseLetters#numbered}):
   * a reopened case's items carry the case's running numbers (3., 4. after a first round of 1.
   * and 2.), which the applicant never saw.
   */
  private String itemLines(List<Item> caseItems, boolean objectionUpheld, Delivery delivery,
      String you) {
    if (caseItems.isEmpty()) {
      return "";
    }
    boolean provides = caseItems.stream().anyMatch(item -> item.finding() == ItemFinding.HELD
        && switch (ItemSummary.resultOf(item, objectionUpheld)) {
          case RELEASED, REDACTED -> true;
          default -> false;
        });
    return text("items.heading") + "\n" + CaseLetters.numbered(caseItems.stream()
        .map(item -> bare(item.title()) + "：" + describe(item, objectionUpheld) + "。")
        .toList()) + "\n" + (provides ? provision(delivery, you) + "\n" : "");
  }

  /**
   * Art. 36(二): how the released information reaches the applicant, from the form and way the
   * applicant asked for (Art. 29). Only what the system knows: the agency's own address and
   * phone for a pick-up, the applicant's own address or e-mail (not repeated in the letter),
   * the online page for an applicant with a query code.
   */
  private String provision(Delivery delivery, String you) {
    String method = delivery == null ? null : delivery.method();
    if (method == null || !PROVISION_METHODS.contains(method)
        || ("ONLINE".equals(method) && !delivery.queryCode())) {
      return text("provision.default");
    }
    String sentence = text("provision." + method);
    if ("EMAIL".equals(method) && delivery.queryCode()) {
      sentence += text("provision.download");
    }
    String form = delivery.form() == null ? ""
        : texts.getProperty("provision.form." + delivery.form(), "");
    return sentence.replace("${form}", form).replace("${you}", you)
        .replace("${address}", bare(delivery.agencyAddress()))
        .replace("${phone}", bare(delivery.contactPhone()));
  }

  private String describe(Item item, boolean objectionUpheld) {
    return switch (item.finding()) {
      case PUBLIC -> text("item.public").replace("${where}", blank(item.wherePublic()) ? ""
          : text("item.public.where").replace("${where}", bare(item.wherePublic())));
      case NOT_HELD -> text("item.notOurs") + (blank(item.notOursReason()) ? ""
          : text("item.reason").replace("${reason}", bare(item.notOursReason())))
          + responsibleAgency(item);
      case NONEXISTENT -> text("item.nonexistent");
      case NEEDS_PROCESSING -> text("item.needsProcessing");
      case NOT_GOVERNMENT_INFO -> text("item.notGovernmentInfo");
      case HELD -> switch (ItemSummary.resultOf(item, objectionUpheld)) {
        case RELEASED -> text("item.released");
        case REDACTED -> text("item.redacted") + (item.review() == null
            || blank(item.review().redactionNote()) ? ""
            // What is withheld, never the withheld personal data itself (Art. 15, 37; audit
            // 32a F2, ADR 0131): the note's numbers, e-mails and addresses masked.
            : text("item.redacted.note").replace("${note}", bare(
                PersonalDataMasker.maskFreeTextInLetter(item.review().redactionNote()))))
            + groundAndBasis(item, objectionUpheld, false);
        default -> text("item.withheld") + groundAndBasis(item, objectionUpheld, true);
      };
    };
  }

  /**
   * Art. 36(五): after the reason the office gave (说明理由, printed before, where entered), where
   * the agency responsible can be determined, its name and contact details
   * (联系方式) as the office entered them; otherwise that it cannot be determined.
   */
  private String responsibleAgency(Item item) {
    if (blank(item.responsibleAgency())) {
      return text("item.notOurs.unknown");
    }
    return text("item.notOurs.agency").replace("${agency}", bare(item.responsibleAgency()))
        + (blank(item.responsibleAgencyContact()) ? "" : text("item.notOurs.contact")
            .replace("${contact}", bare(item.responsibleAgencyContact())));
  }

  /**
   * The ground's reason, one plain clause in the article's words (not the annual report's
   * label), and the legal basis legal entered in the review (or, where none was entered, the
   * articles of that ground). A redacted item names them only when the review gave a ground.
   */
  private String groundAndBasis(Item item, boolean objectionUpheld, boolean required) {
    WithholdingGround ground = ItemSummary.groundOf(item, objectionUpheld);
    if (ground == null) {
      return required && item.review() != null && !blank(item.review().legalBasis())
          ? text("item.basis").replace("${basis}", bare(item.review().legalBasis())) : "";
    }
    // An item the review released but the third party's upheld objection withholds rests on
    // Art. 15 and 32, not on the basis the review gave for a passage (ADR 0178, audit 36a F1).
    String basis = item.review() != null && !blank(item.review().legalBasis())
        && !ItemSummary.withheldByObjection(item, objectionUpheld)
        ? bare(item.review().legalBasis()) : defaultBasis(ground, item.thirdParty());
    return text("item.reason").replace("${reason}", text("ground." + ground.name()))
        + text("item.basis").replace("${basis}", basis);
  }

  /**
   * The articles a ground rests on, for an item whose review gave no basis: Art. 15 for a
   * third party, with Art. 32 (the consultation) only where the third party was consulted about
   * the item ({@code consulted}: the item was marked for the consultation, which the case then
   * held, ConsultationPlanner).
   */
  private String defaultBasis(WithholdingGround ground, boolean consulted) {
    return ground == WithholdingGround.THIRD_PARTY && consulted
        ? text("ground.THIRD_PARTY.basis.consulted") : text("ground." + ground.name() + ".basis");
  }

  /** Whether any item withheld on {@code ground} was the subject of a third-party consultation. */
  private static boolean consultedAbout(WithholdingGround ground, List<Item> caseItems,
      boolean objectionUpheld) {
    return caseItems.stream().anyMatch(item -> item.thirdParty()
        && ItemSummary.resultOf(item, objectionUpheld) == Result.WITHHELD
        && ItemSummary.groundOf(item, objectionUpheld) == ground);
  }

  /** The order of Art. 36's items: 第（三）项 before 第（七）项. */
  private static int clauseNumber(String clause) {
    return "一二三四五六七".indexOf(clause.charAt(clause.indexOf('（') + 1));
  }

  private String text(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("reply-decisions.properties lacks " + key);
    }
    return text;
  }

  private static String fill(String text, String you, String reconsiderationBody) {
    return fill(text, you, reconsiderationBody, null);
  }

  /** Fills the placeholders; {@code where} (5.3's 获取途径) only where the text has one. */
  private static String fill(String text, String you, String reconsiderationBody,
      String where) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = switch (matcher.group(1)) {
        case "you" -> you;
        case "reconsiderationBody" -> reconsiderationBody;
        case "where" -> java.util.Objects.requireNonNull(where, "${where} needs a value");
        default -> throw new IllegalStateException("Unknown placeholder " + matcher.group());
      };
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** A value as entered, without end punctuation that would double the letter's own. */
  static String bare(String value) {
    return value == null ? "" : TRAILING_PUNCTUATION.matcher(value.strip()).replaceAll("");
  }

  /** No doubled punctuation where an entered value met the letter's own (e.g. "。”。"). */
  static String tidy(String letter) {
    return letter.replaceAll("[。．.]+”。", "”。").replaceAll("。{2,}", "。")
        .replaceAll("[，；：]。", "。");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static Properties load() {
    try {
      return PropertiesLoaderUtils.loadProperties(new EncodedResource(
          new ClassPathResource("letters/reply-decisions.properties"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
