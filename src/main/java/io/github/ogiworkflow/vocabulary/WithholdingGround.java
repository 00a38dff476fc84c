package io.github.ogiworkflow.vocabulary;

import java.util.regex.Pattern;

/**
 * The grounds for withholding (Art. 14–16), in the order the annual report counts them, each with
 * the article of the 2019 Regulation it rests on (Art. 14 secrets, other laws and the "three
 * securities, one stability"; Art. 15 third parties; Art. 16 internal and process information and
 * enforcement files; Art. 36(七) matters with their own query procedure).
 */
public enum WithholdingGround {
  STATE_SECRET("属于国家秘密", OutcomeCode.WITHHELD_STATE_SECRET, "第十四条"),
  LAW_FORBIDS("其他法律行政法规禁止公开", OutcomeCode.WITHHELD_LAW_FORBIDS, "第十四条"),
  THREE_SECURITIES("危及“三安全一稳定”", OutcomeCode.WITHHELD_THREE_SECURITIES, "第十四条"),
  THIRD_PARTY("保护第三方合法权益", OutcomeCode.WITHHELD_THIRD_PARTY, "第十五条"),
  INTERNAL_AFFAIRS("属于三类内部事务信息", OutcomeCode.WITHHELD_INTERNAL_AFFAIRS, "第十六条"),
  PROCESS_INFO("属于四类过程性信息", OutcomeCode.WITHHELD_PROCESS_INFO, "第十六条"),
  ENFORCEMENT_FILE("属于行政执法案卷", OutcomeCode.WITHHELD_ENFORCEMENT_FILE, "第十六条"),
  QUERY_PROCEDURE("属于行政查询事项", OutcomeCode.WITHHELD_QUERY_PROCEDURE, "第三十六条");

  /** How a legal basis names the Regulation: a basis that cites it must cite the ground's article. */
  public static final String REGULATION = "政府信息公开条例";

  private final String label;
  private final OutcomeCode outcome;
  private final String regulationArticle;

  WithholdingGround(String label, OutcomeCode outcome, String regulationArticle) {
    this.label = label;
    this.outcome = outcome;
    this.regulationArticle = regulationArticle;
  }

  /** The article of the Regulation the ground rests on, as a letter cites it (第十六条). */
  public String regulationArticle() {
    return regulationArticle;
  }

  /**
   * A citation: a law's title in 《》 and an article (第十六条, 第16条). "依法", "无" or "相关规定"
   * name no law, and a letter printing 法律依据：依法 gives the applicant nothing to check
   * (handbook 2.7, 2.13; Art. 36(三), 37: reasons and basis per withheld item).
   */
  private static final Pattern CITATION = Pattern.compile(
      "《[^《》]*[^《》\\s\\u3000][^《》]*》[^《》]*第[0-9一二三四五六七八九十百零〇两]+条");

  /** Whether the text cites a law by its 《title》 and an article (第…条). */
  public static boolean isCitation(String legalBasis) {
    return legalBasis != null && CITATION.matcher(legalBasis).find();
  }

  /**
   * Whether a legal basis fits the ground: it cites a law and an article ({@link #isCitation}),
   * and one that cites the Regulation must cite the ground's article (a process draft withheld
   * under 第十四条 states the law wrong); one that cites only another law
   * (《保守国家秘密法》第十三条) is the legal team's to choose. An empty basis fits nothing: a
   * withholding states its basis.
   */
  public boolean fitsBasis(String legalBasis) {
    return isCitation(legalBasis)
        && (!legalBasis.contains(REGULATION) || legalBasis.contains(regulationArticle));
  }

  public String label() {
    return label;
  }

  public OutcomeCode outcome() {
    return outcome;
  }
}
