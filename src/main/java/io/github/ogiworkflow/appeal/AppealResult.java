package io.github.ogiworkflow.appeal;

import java.util.Set;

/** Result of a reconsideration decision or a judgment: the columns of annual-report table 四. */
public enum AppealResult {
  MAINTAINED("维持", Set.of()),
  /**
   * 纠正: counted so in table 四 whatever its detail; only a detail that orders the agency to act
   * anew reopens the request ({@link Detail#reopens()}).
   */
  CORRECTED("纠正", Set.of(Detail.REVOKED, Detail.CHANGED, Detail.CONFIRMED_UNLAWFUL,
      Detail.ORDERED_TO_ACT)),
  OTHER("其他结果", Set.of(Detail.TERMINATED, Detail.DISMISSED, Detail.OTHER));

  /** What exactly was decided within a result. */
  public enum Detail {
    REVOKED("撤销"), CHANGED("变更"), CONFIRMED_UNLAWFUL("确认违法"), ORDERED_TO_ACT("责令履行"),
    TERMINATED("终止"), DISMISSED("驳回"), OTHER("其他");

    private final String label;

    Detail(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /**
     * Whether this correction orders the agency to act anew, so that the request is handled
     * again with a new reply (audit 37a F4): 撤销 (with or without an order to act anew: ARL
     * 2023 Art. 64; ALL Art. 70) and 责令履行 / 责令重新答复 (ARL Art. 66; ALL Art. 72). Not 变更,
     * where the body or court itself replaces the act (ARL Art. 63; ALL Art. 77), nor 确认违法,
     * which leaves the act standing and orders nothing (ARL Art. 65; ALL Art. 74): the appeal
     * ends there.
     */
    public boolean reopens() {
      return this == REVOKED || this == ORDERED_TO_ACT;
    }
  }

  private final String label;
  private final Set<Detail> details;

  AppealResult(String label, Set<Detail> details) {
    this.label = label;
    this.details = details;
  }

  /** As table 四 names the column. */
  public String label() {
    return label;
  }

  /** The details this result needs one of; none for 维持. */
  public Set<Detail> details() {
    return details;
  }
}
