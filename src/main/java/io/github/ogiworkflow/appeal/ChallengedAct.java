package io.github.ogiworkflow.appeal;

/**
 * What a reconsideration or lawsuit challenges (ADR 0081): the act served on the appellant (the
 * applicant's reply or termination notice, a third party's decision to disclose, Art. 32), or
 * the agency's failure to reply to the applicant within Art. 33's period (逾期未作答复: OGI conduct
 * open to reconsideration and litigation under Art. 51; the SPC provisions on OGI cases, Art.
 * 1(一), list 逾期不予答复 as a ground of suit).
 */
public enum ChallengedAct {
  REPLY("不服答复或决定"), NON_REPLY("不服逾期未作答复");

  private final String label;

  ChallengedAct(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The act as stored; an appeal recorded before V53 challenged the act served. */
  static ChallengedAct of(String stored) {
    return stored == null ? REPLY : valueOf(stored);
  }
}
